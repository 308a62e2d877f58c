//! repr(float) and str(float): the shortest digits that read back as the same double, laid
//! out as CPython's float_repr does ('r' mode of PyOS_double_to_string with ".0" added to
//! integers): exponent form when the decimal exponent is below -4 or at least 16, the
//! exponent with a sign and at least two digits; 'inf', '-inf', 'nan' (never '-nan').
//!
//! This is on hot paths (printing floats, json), so it writes into a small fixed buffer
//! directly from Ryu's digits, without the general layout machinery.

const std = @import("std");
const assert = std.debug.assert;
const Writer = std.Io.Writer;
const digits_mod = @import("digits.zig");

/// The longest repr: "-2.2250738585072014e-308" is 24 bytes.
pub const repr_len_max = 24;

/// Writes repr(x) into `buf` and returns it. Cost: one Ryu conversion and a copy.
pub fn reprBuf(buf: *[repr_len_max]u8, x: f64) []const u8 {
    if (std.math.isNan(x)) return copy(buf, "nan");
    const negative = std.math.signbit(x);
    if (std.math.isInf(x)) return copy(buf, if (negative) "-inf" else "inf");
    if (x == 0) return copy(buf, if (negative) "-0.0" else "0.0");

    const s = digits_mod.shortestShort(x);
    const digits = s.slice();
    const n: i32 = s.len;
    const k = s.decpt;
    var pos: usize = 0;
    if (negative) {
        buf[0] = '-';
        pos = 1;
    }
    if (k <= -4 or k > 16) {
        buf[pos] = digits[0];
        pos += 1;
        if (n > 1) {
            buf[pos] = '.';
            pos += 1;
            @memcpy(buf[pos..][0 .. digits.len - 1], digits[1..]);
            pos += digits.len - 1;
        }
        const e = k - 1;
        buf[pos] = 'e';
        buf[pos + 1] = if (e < 0) '-' else '+';
        pos += 2;
        const magnitude: u32 = @abs(e);
        if (magnitude >= 100) {
            buf[pos] = @intCast('0' + magnitude / 100);
            pos += 1;
        }
        buf[pos] = @intCast('0' + magnitude / 10 % 10);
        buf[pos + 1] = @intCast('0' + magnitude % 10);
        pos += 2;
    } else if (k <= 0) {
        const zeros: usize = @intCast(-k);
        buf[pos] = '0';
        buf[pos + 1] = '.';
        pos += 2;
        @memset(buf[pos..][0..zeros], '0');
        pos += zeros;
        @memcpy(buf[pos..][0..digits.len], digits);
        pos += digits.len;
    } else if (k >= n) {
        @memcpy(buf[pos..][0..digits.len], digits);
        pos += digits.len;
        const zeros: usize = @intCast(k - n);
        @memset(buf[pos..][0..zeros], '0');
        pos += zeros;
        buf[pos] = '.';
        buf[pos + 1] = '0';
        pos += 2;
    } else {
        const int_len: usize = @intCast(k);
        @memcpy(buf[pos..][0..int_len], digits[0..int_len]);
        pos += int_len;
        buf[pos] = '.';
        pos += 1;
        @memcpy(buf[pos..][0 .. digits.len - int_len], digits[int_len..]);
        pos += digits.len - int_len;
    }
    assert(pos <= repr_len_max);
    return buf[0..pos];
}

/// Writes repr(x).
pub fn writeRepr(w: *Writer, x: f64) Writer.Error!void {
    var buf: [repr_len_max]u8 = undefined;
    return w.writeAll(reprBuf(&buf, x));
}

fn copy(buf: *[repr_len_max]u8, s: []const u8) []const u8 {
    @memcpy(buf[0..s.len], s);
    return buf[0..s.len];
}

test reprBuf {
    const cases = [_]struct { f64, []const u8 }{
        .{ 0.1, "0.1" },                                        .{ 1e16, "1e+16" },
        .{ 1e-7, "1e-07" },                                     .{ 123456789012345.0, "123456789012345.0" },
        .{ 1.5e-5, "1.5e-05" },                                 .{ -0.0, "-0.0" },
        .{ 100.0, "100.0" },                                    .{ 1e22, "1e+22" },
        .{ 5e-324, "5e-324" },                                  .{ -2.2250738585072014e-308, "-2.2250738585072014e-308" },
        .{ 9999999999999998.0, "9999999999999998.0" },          .{ 0.0001, "0.0001" },
        .{ 1.7976931348623157e308, "1.7976931348623157e+308" },
    };
    var buf: [repr_len_max]u8 = undefined;
    for (cases) |c| try std.testing.expectEqualStrings(c[1], reprBuf(&buf, c[0]));
    try std.testing.expectEqualStrings("-inf", reprBuf(&buf, -std.math.inf(f64)));
    try std.testing.expectEqualStrings("nan", reprBuf(&buf, -std.math.nan(f64)));
}
