//! round() for floats, as CPython 3.11's float___round___impl and double_round: the exact
//! binary value rounded half to even at a decimal position, through a correctly rounded
//! decimal string and back (round(2.675, 2) == 2.67 because 2.675 is 2.67499999...).

const std = @import("std");
const assert = std.debug.assert;
const digits_mod = @import("digits.zig");

/// round(x, ndigits) for a float. error.Overflow is CPython's OverflowError "rounded value
/// too large to represent" (round(1.7976931348623157e308, -308)). An ndigits int beyond
/// i64 is clipped to the i64 range first, as CPython's PyNumber_AsSsize_t(n, NULL) does.
pub fn roundDigits(x: f64, ndigits: i64) error{Overflow}!f64 {
    if (!std.math.isFinite(x)) return x;
    // Past these bounds every double rounds to itself or to zero; 0.30103 bounds log10(2).
    const ndigits_max = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
    const ndigits_min = -308; // -(DBL_MAX_EXP + 1) * 0.30103
    if (ndigits > ndigits_max) return x;
    if (ndigits < ndigits_min) return 0.0 * x;
    var d: digits_mod.Digits = undefined;
    digits_mod.fixed(&d, x, ndigits);
    const negative = std.math.signbit(x);
    if (d.len == 0) return if (negative) -0.0 else 0.0;
    // "<digits>e<exponent>" read back by a correctly rounding parser.
    var buf: [digits_mod.digits_max + 16]u8 = undefined;
    @memcpy(buf[0..d.len], d.slice());
    const exponent = @as(i64, d.decpt) - d.len;
    const tail = std.fmt.bufPrint(buf[d.len..], "e{d}", .{exponent}) catch unreachable;
    const magnitude = std.fmt.parseFloat(f64, buf[0 .. d.len + tail.len]) catch unreachable;
    if (std.math.isInf(magnitude)) return error.Overflow;
    return if (negative) -magnitude else magnitude;
}

/// round(x) for a finite or infinite float: the nearest integral value, halves to even.
/// The caller turns it into an int (raising for inf and nan as int(x) does).
pub fn roundHalfEven(x: f64) f64 {
    // CPython: C round() (halves away from zero), then fixes exact halves.
    var rounded = @round(x);
    if (@abs(x - rounded) == 0.5) rounded = 2.0 * @round(x / 2.0);
    return rounded;
}

test roundDigits {
    try std.testing.expectEqual(@as(f64, 2.67), try roundDigits(2.675, 2));
    try std.testing.expectEqual(@as(f64, 0.12), try roundDigits(0.125, 2));
    try std.testing.expectEqual(@as(f64, 1200.0), try roundDigits(1234.5, -2));
    try std.testing.expectEqual(@as(f64, 1.5e300), try roundDigits(1.5e300, -299));
    try std.testing.expectEqual(@as(f64, 0.1), try roundDigits(0.1, 400));
    try std.testing.expect(std.math.signbit(try roundDigits(-0.001, 2)));
    try std.testing.expectError(error.Overflow, roundDigits(1.7976931348623157e308, -308));
}

test roundHalfEven {
    try std.testing.expectEqual(@as(f64, 2), roundHalfEven(2.5));
    try std.testing.expectEqual(@as(f64, 4), roundHalfEven(3.5));
    try std.testing.expectEqual(@as(f64, -2), roundHalfEven(-2.5));
    try std.testing.expectEqual(@as(f64, 0), roundHalfEven(0.49999999999999994));
}
