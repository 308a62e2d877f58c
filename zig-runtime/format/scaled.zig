//! The common case of the exact digit modes without a big number: |x| * 10**p rounded half
//! to even to an integer, when every intermediate fits in 128 bits. With x = m * 2**e,
//!
//!     x * 10**p = num / den,   num = m * 2**max(e,0) * 10**max(p,0),
//!                              den = 2**max(-e,0) * 10**max(-p,0),
//!
//! and the quotient and remainder decide the rounding exactly. This covers '%.9f' of
//! ordinary numbers and round(x, 2); tiny, huge and very precise requests return null and
//! go to the big-number expansion (bigdec.zig).

const std = @import("std");
const assert = std.debug.assert;

pub const Scaled = struct {
    /// floor(|x| * 10**p).
    floor: u128,
    /// Whether rounding half to even goes up from `floor`.
    up: bool,
};

/// 10**i for i <= 38, the powers that fit a u128.
const pow10 = blk: {
    var table: [39]u128 = undefined;
    table[0] = 1;
    for (1..table.len) |i| table[i] = table[i - 1] * 10;
    break :blk table;
};

pub fn pow10u128(i: usize) u128 {
    return pow10[i];
}

/// mantissa * 2**exp2 * 10**p, floored and with its rounding direction; null when it does
/// not fit 128 bits.
pub fn scaled(mantissa: u64, exp2: i32, p: i64) ?Scaled {
    assert(mantissa != 0);
    var num: u128 = mantissa;
    var shift: u32 = 0; // den's power of two
    if (exp2 >= 0) {
        if (exp2 + 64 > 127) return null;
        num <<= @intCast(exp2);
    } else {
        if (-exp2 > 126) return null;
        shift = @intCast(-exp2);
    }
    var den_pow10: u128 = 1;
    if (p >= 0) {
        if (p >= pow10.len) return null;
        const product = @mulWithOverflow(num, pow10[@intCast(p)]);
        if (product[1] != 0) return null;
        num = product[0];
    } else {
        if (-p >= pow10.len) return null;
        den_pow10 = pow10[@intCast(-p)];
    }
    if (den_pow10 == 1) {
        if (shift == 0) return .{ .floor = num, .up = false };
        const floor = num >> @intCast(shift);
        const rem = num & ((@as(u128, 1) << @intCast(shift)) - 1);
        const half = @as(u128, 1) << @intCast(shift - 1);
        return .{ .floor = floor, .up = rem > half or (rem == half and floor & 1 == 1) };
    }
    // den < 2**126 keeps 2 * rem below 2**127.
    if (shift + 128 - @clz(den_pow10) > 126) return null;
    const den = den_pow10 << @intCast(shift);
    const floor = num / den;
    const twice_rem = 2 * (num % den);
    return .{ .floor = floor, .up = twice_rem > den or (twice_rem == den and floor & 1 == 1) };
}

/// Number of decimal digits of v (v > 0).
pub fn decimalLength(v: u128) u32 {
    assert(v > 0);
    var n: u32 = 1;
    while (n < pow10.len and v >= pow10[n]) n += 1;
    return n;
}

test scaled {
    // 0.125 * 100 = 12.5: a tie, to even.
    try std.testing.expectEqual(Scaled{ .floor = 12, .up = false }, scaled(1, -3, 2).?);
    // 0.375 * 100 = 37.5: up to 38.
    try std.testing.expectEqual(Scaled{ .floor = 37, .up = true }, scaled(3, -3, 2).?);
    // 1234.5 at -2: 12.345, down.
    try std.testing.expectEqual(Scaled{ .floor = 12, .up = false }, scaled(2469, -1, -2).?);
    // 2**100 does not fit with room to spare.
    try std.testing.expectEqual(@as(?Scaled, null), scaled(1, 100, 0));
    try std.testing.expectEqual(@as(u32, 39), decimalLength(std.math.maxInt(u128)));
}
