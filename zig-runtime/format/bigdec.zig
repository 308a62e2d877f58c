//! The exact decimal expansion of a double: m * 2**e is m * 5**-e / 10**-e (for e < 0) or
//! the integer m * 2**e (for e >= 0), at most 767 digits, built in base 10**9 limbs.
//!
//! Cost grows with |e|: for numbers near 1 a handful of limb operations, for subnormals
//! about 90 passes over up to 86 limbs (a few microseconds). Used when the 128-bit fast
//! path (scaled.zig) does not fit.

const std = @import("std");
const assert = std.debug.assert;
const digits_mod = @import("digits.zig");
const Digits = digits_mod.Digits;
const digits_max = digits_mod.digits_max;

/// Base 10**9 limbs, least significant first.
const Big = struct {
    const base = 1_000_000_000;
    const limbs_max = 90;
    comptime {
        assert(limbs_max * 9 >= digits_max);
    }

    limbs: [limbs_max]u32 = undefined,
    len: u32 = 0,

    fn init(v: u64) Big {
        var b: Big = .{};
        var rest = v;
        while (rest != 0) : (rest /= base) {
            b.limbs[b.len] = @intCast(rest % base);
            b.len += 1;
        }
        return b;
    }

    /// b *= factor. factor < 2**31 keeps limb * factor + carry below 2**64.
    fn mul(b: *Big, factor: u32) void {
        assert(factor < 1 << 31);
        var carry: u64 = 0;
        for (b.limbs[0..b.len]) |*limb| {
            const t = @as(u64, limb.*) * factor + carry;
            limb.* = @intCast(t % base);
            carry = t / base;
        }
        while (carry != 0) : (carry /= base) {
            assert(b.len < limbs_max);
            b.limbs[b.len] = @intCast(carry % base);
            b.len += 1;
        }
    }

    /// Writes the decimal digits (no leading zeros) and returns how many.
    fn writeDigits(b: *const Big, out: []u8) u32 {
        assert(b.len > 0);
        var n: u32 = 0;
        var top = b.limbs[b.len - 1];
        var tmp: [9]u8 = undefined;
        var i: usize = tmp.len;
        while (top != 0) : (top /= 10) {
            i -= 1;
            tmp[i] = @intCast('0' + top % 10);
        }
        @memcpy(out[0 .. tmp.len - i], tmp[i..]);
        n += @intCast(tmp.len - i);
        var k = b.len - 1;
        while (k > 0) {
            k -= 1;
            var limb = b.limbs[k];
            var j: usize = 9;
            while (j > 0) {
                j -= 1;
                out[n + j] = @intCast('0' + limb % 10);
                limb /= 10;
            }
            n += 9;
        }
        return n;
    }
};

/// The exact decimal expansion of mantissa * 2**exp2 (mantissa > 0), trailing zeros kept.
pub fn expand(b: digits_mod.Binary, d: *Digits) void {
    assert(b.mantissa != 0);
    var big = Big.init(b.mantissa);
    var scale: i32 = 0; // value = big * 10**-scale
    if (b.exp2 >= 0) {
        var left: u32 = @intCast(b.exp2);
        while (left >= 29) : (left -= 29) big.mul(1 << 29);
        if (left > 0) big.mul(@as(u32, 1) << @intCast(left));
    } else {
        // m * 2**-k == m * 5**k / 10**k.
        var left: u32 = @intCast(-b.exp2);
        scale = @intCast(left);
        const pow5_13: u32 = 1220703125;
        while (left >= 13) : (left -= 13) big.mul(pow5_13);
        if (left > 0) big.mul(std.math.pow(u32, 5, left));
    }
    d.len = big.writeDigits(&d.buf);
    d.decpt = @as(i32, @intCast(d.len)) - scale;
}
