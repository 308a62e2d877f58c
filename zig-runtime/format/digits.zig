//! Decimal digits of a double, as David Gay's _Py_dg_dtoa gives them to CPython:
//! a digit string without trailing zeros and the position of the decimal point.
//!
//! - `shortest` (dtoa mode 0, repr): the shortest digits that read back as the same double,
//!   the closest to it when several are as short. Ryu from Zig's std does this.
//! - `significant` (mode 2, 'e' and 'g') and `fixed` (mode 3, 'f' and round()): the exact
//!   binary value rounded half-to-even at a digit position. Zig's std rounds its shortest
//!   digits instead, which is wrong for '%.20f' % 0.1, so the exact decimal expansion is
//!   computed here: every double is m * 2**e, and m * 5**-e (for e < 0) or m * 2**e (for
//!   e >= 0) is an integer of at most 767 digits, built in base 10**9 limbs.
//!
//! Cost: `shortest` is a few dozen multiplications. The exact modes grow with the distance of
//! the exponent from zero: for numbers near 1 a handful of limb operations, for subnormals
//! about 90 passes over 86 limbs. Everything lives on the stack (about 1.2 KB).

const std = @import("std");
const assert = std.debug.assert;
const ryu = std.fmt.float;

/// The longest exact expansion: a subnormal's m * 5**1074 has 767 digits.
pub const digits_max = 768;

pub const Digits = struct {
    /// ASCII digits, `len` of them, no trailing zeros (a zero value is "0").
    buf: [digits_max]u8 = undefined,
    len: u32 = 0,
    /// The value is 0.d1d2d3... * 10**decpt.
    decpt: i32 = 0,

    pub fn slice(d: *const Digits) []const u8 {
        return d.buf[0..d.len];
    }

    fn setZero(d: *Digits) void {
        d.buf[0] = '0';
        d.len = 1;
        d.decpt = 1;
    }

    fn stripTrailingZeros(d: *Digits) void {
        while (d.len > 0 and d.buf[d.len - 1] == '0') d.len -= 1;
    }
};

/// A finite double's magnitude as an integer times a power of two, with the integer odd
/// (or zero), so the exact expansion below is as short as it can be.
const Binary = struct {
    mantissa: u64,
    exp2: i32,

    fn of(x: f64) Binary {
        assert(std.math.isFinite(x));
        const bits: u64 = @bitCast(x);
        const biased: i32 = @intCast((bits >> 52) & 0x7FF);
        const fraction = bits & ((@as(u64, 1) << 52) - 1);
        var b: Binary = if (biased == 0)
            .{ .mantissa = fraction, .exp2 = -1074 }
        else
            .{ .mantissa = fraction | (@as(u64, 1) << 52), .exp2 = biased - 1075 };
        if (b.mantissa != 0) {
            const tz: u6 = @intCast(@ctz(b.mantissa));
            b.mantissa >>= tz;
            b.exp2 += tz;
        }
        return b;
    }
};

/// At most 17 digits: what `shortest` produces, without the big buffer, for repr's hot path.
pub const Short = struct {
    buf: [17]u8 = undefined,
    len: u8 = 0,
    /// The value is 0.d1d2d3... * 10**decpt.
    decpt: i32 = 0,

    pub fn slice(s: *const Short) []const u8 {
        return s.buf[0..s.len];
    }
};

/// Shortest round-tripping digits of |x| (finite, nonzero). dtoa mode 0.
pub fn shortestShort(x: f64) Short {
    assert(x != 0 and std.math.isFinite(x));
    const bits: u64 = @bitCast(@abs(x));
    const r = ryu.binaryToDecimal(u64, bits, 52, 11, false, &ryu.Backend64_TablesFull);
    var mantissa = r.mantissa;
    var exp10 = r.exponent;
    while (mantissa % 10 == 0) {
        mantissa /= 10;
        exp10 += 1;
    }
    const n = decimalLength(mantissa);
    var s: Short = .{ .len = n, .decpt = exp10 + n };
    var i: usize = n;
    while (i >= 2) {
        i -= 2;
        const pair: usize = @intCast(mantissa % 100);
        mantissa /= 100;
        s.buf[i..][0..2].* = digit_pairs[pair * 2 ..][0..2].*;
    }
    if (i == 1) s.buf[0] = @intCast('0' + mantissa);
    return s;
}

const digit_pairs = blk: {
    var table: [200]u8 = undefined;
    for (0..100) |v| {
        table[v * 2] = '0' + v / 10;
        table[v * 2 + 1] = '0' + v % 10;
    }
    break :blk table;
};

fn decimalLength(v: u64) u8 {
    assert(v > 0 and v < 100_000_000_000_000_000);
    var n: u8 = 1;
    var bound: u64 = 10;
    while (v >= bound) : (bound *= 10) n += 1;
    return n;
}

/// Shortest round-tripping digits of |x| (finite). dtoa mode 0.
pub fn shortest(x: f64) Digits {
    var d: Digits = .{};
    if (x == 0) {
        d.setZero();
        return d;
    }
    const s = shortestShort(x);
    @memcpy(d.buf[0..s.len], s.slice());
    d.len = s.len;
    d.decpt = s.decpt;
    return d;
}

/// |x| (finite) rounded half-even to `ndigits` significant digits (>= 1). dtoa mode 2.
pub fn significant(x: f64, ndigits: u64) Digits {
    assert(ndigits >= 1);
    var d: Digits = .{};
    if (x == 0) {
        d.setZero();
        return d;
    }
    expand(Binary.of(@abs(x)), &d);
    roundAt(&d, @intCast(@min(ndigits, digits_max)));
    return d;
}

/// |x| (finite) rounded half-even to `ndigits` digits after the decimal point (negative:
/// to tens, hundreds, ...). dtoa mode 3. When everything rounds away the digits are empty
/// and decpt is -ndigits, as dtoa reports it.
pub fn fixed(x: f64, ndigits: i64) Digits {
    var d: Digits = .{};
    if (x == 0) {
        d.setZero();
        return d;
    }
    expand(Binary.of(@abs(x)), &d);
    // A cut beyond the expansion keeps everything; clamping keeps the arithmetic in range.
    const cut = @as(i64, d.decpt) + std.math.clamp(ndigits, -digits_max * 2, digits_max * 2);
    if (cut < 0) {
        d.len = 0;
        d.decpt = @intCast(-std.math.clamp(ndigits, -digits_max * 2, digits_max * 2));
        return d;
    }
    roundAt(&d, @intCast(@min(cut, digits_max)));
    if (d.len == 0) d.decpt = @intCast(-ndigits);
    return d;
}

/// Keeps the first `keep` digits of an exact expansion, rounding half to even on the
/// dropped ones, and strips trailing zeros. keep == 0 rounds to zero or to one unit at
/// the position before the first digit.
fn roundAt(d: *Digits, keep: u32) void {
    if (keep >= d.len) {
        d.stripTrailingZeros();
        return;
    }
    const first_dropped = d.buf[keep];
    var up = first_dropped > '5';
    if (first_dropped == '5') {
        up = for (d.buf[keep + 1 .. d.len]) |c| {
            if (c != '0') break true;
        } else
            // Exactly half: round to the even neighbour (a missing digit counts as 0).
            keep > 0 and (d.buf[keep - 1] - '0') % 2 == 1;
    }
    d.len = keep;
    if (up) {
        var i = keep;
        while (i > 0) {
            i -= 1;
            if (d.buf[i] != '9') {
                d.buf[i] += 1;
                break;
            }
            d.buf[i] = '0';
        } else {
            // All nines (or nothing kept): the result is a single 1 one place higher.
            d.buf[0] = '1';
            d.len = 1;
            d.decpt += 1;
        }
    }
    d.stripTrailingZeros();
}

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
fn expand(b: Binary, d: *Digits) void {
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

fn expectDigits(d: Digits, digits: []const u8, decpt: i32) !void {
    try std.testing.expectEqualStrings(digits, d.slice());
    try std.testing.expectEqual(decpt, d.decpt);
}

test shortest {
    try expectDigits(shortest(0.1), "1", 0);
    try expectDigits(shortest(100.0), "1", 3);
    try expectDigits(shortest(1e22), "1", 23);
    try expectDigits(shortest(5e-324), "5", -323);
    try expectDigits(shortest(123456789012345.0), "123456789012345", 15);
    try expectDigits(shortest(0.0), "0", 1);
}

test "exact modes" {
    // 0.1 is 0.1000000000000000055511151231257827...
    try expectDigits(fixed(0.1, 20), "10000000000000000555", 0);
    try expectDigits(significant(2.675, 3), "267", 1); // 2.67499999...
    try expectDigits(fixed(0.125, 2), "12", 0); // half: to even
    try expectDigits(fixed(0.375, 2), "38", 0);
    try expectDigits(fixed(2.5, 0), "2", 1);
    try expectDigits(fixed(0.5, 0), "", 0);
    try expectDigits(fixed(0.001, 1), "", -1);
    try expectDigits(fixed(9.96, 1), "1", 2);
    try expectDigits(fixed(1234.5, -2), "12", 4);
    try expectDigits(significant(1e22, 30), "1", 23);
    try expectDigits(significant(5e-324, 1000), "4940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625", -323);
}
