//! float.hex() and float.fromhex(), as CPython 3.11's float_hex and float_fromhex
//! (Objects/floatobject.c).

const std = @import("std");
const assert = std.debug.assert;
const Writer = std.Io.Writer;
const text = @import("text.zig");

/// float.hex(x): '0x1.<13 hex digits>p<exp>' for normal numbers, '0x0.<13>p-1022' for
/// subnormals, '0x0.0p+0' for zero, and repr's 'inf', '-inf', 'nan'.
pub fn writeHex(w: *Writer, x: f64) Writer.Error!void {
    if (std.math.isNan(x)) return w.writeAll("nan");
    if (std.math.isInf(x)) return w.writeAll(if (x < 0) "-inf" else "inf");
    const bits: u64 = @bitCast(x);
    if (std.math.signbit(x)) try w.writeByte('-');
    if (x == 0) return w.writeAll("0x0.0p+0");
    const biased: i32 = @intCast((bits >> 52) & 0x7FF);
    const fraction = bits & ((@as(u64, 1) << 52) - 1);
    const lead: u8 = if (biased == 0) '0' else '1';
    const exponent: i32 = if (biased == 0) -1022 else biased - 1023;
    try w.print("0x{c}.{x:0>13}p{c}{d}", .{
        lead, fraction, @as(u8, if (exponent < 0) '-' else '+'), @abs(exponent),
    });
}

pub const FromHexError = error{
    /// ValueError: invalid hexadecimal floating-point string
    Invalid,
    /// OverflowError: hexadecimal value too large to represent as a float
    Overflow,
    /// ValueError: hexadecimal string too long to convert
    TooLong,
};

const long_min = std.math.minInt(i64);
const long_max = std.math.maxInt(i64);
const dbl_min_exp = -1021;
const dbl_max_exp = 1024;
const dbl_mant_dig = 53;

/// float.fromhex(s) for a str `s` (UTF-8; only ASCII whitespace is skipped, as in CPython).
pub fn fromHex(s: []const u8) FromHexError!f64 {
    var pos: usize = 0;
    while (pos < s.len and text.isAsciiSpace(s[pos])) pos += 1;
    const result = if (parseInfOrNan(s[pos..])) |special| blk: {
        pos += special.len;
        break :blk special.value;
    } else try parseFinite(s, &pos);
    while (pos < s.len and text.isAsciiSpace(s[pos])) pos += 1;
    if (pos != s.len) return error.Invalid;
    return result;
}

const Special = struct { value: f64, len: usize };

/// CPython's _Py_parse_inf_or_nan: [sign] inf | infinity | nan, any case, as a prefix.
fn parseInfOrNan(s: []const u8) ?Special {
    var i: usize = 0;
    var negative = false;
    if (i < s.len and (s[i] == '+' or s[i] == '-')) {
        negative = s[i] == '-';
        i += 1;
    }
    const rest = s[i..];
    if (std.ascii.startsWithIgnoreCase(rest, "inf")) {
        const n: usize = if (std.ascii.startsWithIgnoreCase(rest, "infinity")) 8 else 3;
        const inf = std.math.inf(f64);
        return .{ .value = if (negative) -inf else inf, .len = i + n };
    }
    if (std.ascii.startsWithIgnoreCase(rest, "nan")) {
        const nan = std.math.nan(f64);
        return .{ .value = if (negative) -nan else nan, .len = i + 3 };
    }
    return null;
}

fn hexValue(c: u8) ?u4 {
    return switch (c) {
        '0'...'9' => @intCast(c - '0'),
        'a'...'f' => @intCast(c - 'a' + 10),
        'A'...'F' => @intCast(c - 'A' + 10),
        else => null,
    };
}

/// The coefficient's hex digits, most significant first, skipping the point.
const Coefficient = struct {
    /// Digits before the point, then after it.
    int_part: []const u8,
    frac_part: []const u8,

    fn count(c: Coefficient) usize {
        return c.int_part.len + c.frac_part.len;
    }

    /// The j-th digit counting from the least significant (CPython's HEX_DIGIT(j)).
    fn digit(c: Coefficient, j: usize) u4 {
        assert(j < c.count());
        const from_left = c.count() - 1 - j;
        const ch = if (from_left < c.int_part.len)
            c.int_part[from_left]
        else
            c.frac_part[from_left - c.int_part.len];
        return hexValue(ch).?;
    }
};

fn parseFinite(s: []const u8, pos: *usize) FromHexError!f64 {
    var i = pos.*;
    var negative = false;
    if (i < s.len and (s[i] == '-' or s[i] == '+')) {
        negative = s[i] == '-';
        i += 1;
    }
    if (i + 1 < s.len and s[i] == '0' and (s[i + 1] == 'x' or s[i + 1] == 'X')) i += 2;
    const int_start = i;
    while (i < s.len and hexValue(s[i]) != null) i += 1;
    var coeff: Coefficient = .{ .int_part = s[int_start..i], .frac_part = "" };
    if (i < s.len and s[i] == '.') {
        i += 1;
        const frac_start = i;
        while (i < s.len and hexValue(s[i]) != null) i += 1;
        coeff.frac_part = s[frac_start..i];
    }
    const ndigits = coeff.count();
    if (ndigits == 0) return error.Invalid;
    const ndigits_max = @min(dbl_min_exp - dbl_mant_dig - @divTrunc(long_min, 2), @divTrunc(long_max, 2) + 1 - dbl_max_exp);
    if (ndigits > @divTrunc(ndigits_max, 4)) return error.TooLong;
    var exp: i64 = 0;
    if (i < s.len and (s[i] == 'p' or s[i] == 'P')) {
        i += 1;
        var exp_negative = false;
        if (i < s.len and (s[i] == '-' or s[i] == '+')) {
            exp_negative = s[i] == '-';
            i += 1;
        }
        if (i >= s.len or !std.ascii.isDigit(s[i])) return error.Invalid;
        // strtol saturates at LONG_MIN / LONG_MAX.
        var magnitude: i64 = 0;
        while (i < s.len and std.ascii.isDigit(s[i])) : (i += 1) {
            magnitude = std.math.add(i64, std.math.mul(i64, magnitude, 10) catch long_max, s[i] - '0') catch long_max;
        }
        exp = if (exp_negative) (if (magnitude == long_max) long_min else -magnitude) else magnitude;
    }
    pos.* = i;
    const magnitude = try coefficientValue(coeff, exp);
    return if (negative) -magnitude else magnitude;
}

/// Rounds coefficient * 2**exp (coefficient read as hex with `frac_part` after the point)
/// half to even into a double, CPython's way.
fn coefficientValue(coeff: Coefficient, exp_in: i64) FromHexError!f64 {
    var ndigits = coeff.count();
    // Leading zeros.
    while (ndigits > 0 and coeff.digit(ndigits - 1) == 0) ndigits -= 1;
    if (ndigits == 0 or exp_in < @divTrunc(long_min, 2)) return 0.0;
    if (exp_in > @divTrunc(long_max, 2)) return error.Overflow;
    const exp = exp_in - 4 * @as(i64, @intCast(coeff.frac_part.len));
    var top_exp = exp + 4 * (@as(i64, @intCast(ndigits)) - 1);
    var top_digit: u5 = coeff.digit(ndigits - 1);
    while (top_digit != 0) : (top_digit /= 2) top_exp += 1;
    if (top_exp < dbl_min_exp - dbl_mant_dig) return 0.0;
    if (top_exp > dbl_max_exp) return error.Overflow;
    const lsb = @max(top_exp, dbl_min_exp) - dbl_mant_dig;
    var x: f64 = 0.0;
    if (exp >= lsb) {
        // Exact: at most 53 significant bits.
        var j = ndigits;
        while (j > 0) {
            j -= 1;
            x = 16.0 * x + @as(f64, @floatFromInt(coeff.digit(j)));
        }
        return std.math.ldexp(x, @intCast(exp));
    }
    const half_eps: u5 = @as(u5, 1) << @intCast(@mod(lsb - exp - 1, 4));
    const key_digit: usize = @intCast(@divTrunc(lsb - exp - 1, 4));
    var j = ndigits - 1;
    while (j > key_digit) : (j -= 1) x = 16.0 * x + @as(f64, @floatFromInt(coeff.digit(j)));
    const digit: u5 = coeff.digit(key_digit);
    x = 16.0 * x + @as(f64, @floatFromInt(digit & (16 - 2 * half_eps)));
    if (digit & half_eps != 0) {
        var round_up = (digit & (3 * half_eps - 1)) != 0 or
            (half_eps == 8 and key_digit + 1 < ndigits and coeff.digit(key_digit + 1) & 1 != 0);
        if (!round_up) {
            var k = key_digit;
            while (k > 0) {
                k -= 1;
                if (coeff.digit(k) != 0) {
                    round_up = true;
                    break;
                }
            }
        }
        if (round_up) {
            x += @floatFromInt(2 * @as(u32, half_eps));
            if (top_exp == dbl_max_exp and x == std.math.ldexp(@as(f64, @floatFromInt(2 * @as(u32, half_eps))), dbl_mant_dig)) {
                return error.Overflow;
            }
        }
    }
    return std.math.ldexp(x, @intCast(exp + 4 * @as(i64, @intCast(key_digit))));
}

fn expectHex(x: f64, expected: []const u8) !void {
    var buf: [64]u8 = undefined;
    var w: Writer = .fixed(&buf);
    try writeHex(&w, x);
    try std.testing.expectEqualStrings(expected, w.buffered());
    if (std.math.isFinite(x)) try std.testing.expectEqual(x, try fromHex(expected));
}

test writeHex {
    try expectHex(1.0, "0x1.0000000000000p+0");
    try expectHex(-0.1, "-0x1.999999999999ap-4");
    try expectHex(5e-324, "0x0.0000000000001p-1022");
    try expectHex(-0.0, "-0x0.0p+0");
    try expectHex(std.math.inf(f64), "inf");
}

test fromHex {
    try std.testing.expectEqual(@as(f64, 3.0), try fromHex(" 0x1.8p1 "));
    try std.testing.expectEqual(@as(f64, 1.0), try fromHex("1"));
    try std.testing.expectEqual(@as(f64, 0.5), try fromHex("0x.8"));
    try std.testing.expectError(error.Invalid, fromHex("0x"));
    try std.testing.expectError(error.Invalid, fromHex("0x1p"));
    try std.testing.expectError(error.Overflow, fromHex("0x1p1024"));
    try std.testing.expectEqual(@as(f64, 0.0), try fromHex("0x1p-1080"));
}
