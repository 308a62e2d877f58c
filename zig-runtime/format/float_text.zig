//! CPython's PyOS_double_to_string (Python/pystrtod.c, format_float_short): a double as
//! text in one of the styles 'e', 'f', 'g' (upper-case variants too) and 'r' (repr),
//! with the flags '#' (alternate), "add .0 to integers" and 'z'.
//!
//! The text is kept as a description rather than bytes, because precision can ask for a
//! million zeros: a digit string padded with virtual zeros on both sides, a decimal point
//! position, and an optional exponent, as in CPython's own "vdigits" picture:
//!
//!     [-] vdigits[vstart .. decpt] [.] vdigits[decpt .. vend] [e+XX]
//!
//! where vdigits[i] is digits[i] for 0 <= i < len and '0' elsewhere. The number-field
//! code needs exactly this split: integer digits (grouped), point, remainder.

const std = @import("std");
const assert = std.debug.assert;
const Writer = std.Io.Writer;
const digits_mod = @import("digits.zig");
const Digits = digits_mod.Digits;

pub const Style = enum { e, f, g, r };

pub const Options = struct {
    style: Style,
    /// 'E', 'F', 'G': exponent 'E' and "INF"/"NAN".
    upper: bool = false,
    /// Digits after the point ('e', 'f') or significant digits ('g'); unused by 'r'.
    precision: u64 = 0,
    /// '#': keep the point and, for 'g', trailing zeros.
    alternate: bool = false,
    /// Py_DTSF_ADD_DOT_0: integers without exponent get ".0" (repr, and 'g' without type).
    add_dot_0: bool = false,
    /// 'z': a negative value that rounds to zero prints without the sign.
    no_neg_zero: bool = false,
};

pub const FloatText = struct {
    negative: bool,
    /// "inf", "nan", "INF" or "NAN" instead of digits.
    special: ?[]const u8,
    digits: Digits,
    vstart: i64,
    vend: i64,
    decpt: i64,
    point: bool,
    /// The exponent, when the style uses one.
    exponent: ?i32,
    upper: bool,

    /// Number of characters before the point (or before the exponent): the digits that
    /// thousands separators group. Zero for inf and nan.
    pub fn intLen(t: *const FloatText) u64 {
        if (t.special != null) return 0;
        return @intCast(t.decpt - t.vstart);
    }

    /// Characters after the point: fraction digits and exponent (and the whole of inf/nan).
    pub fn remainderLen(t: *const FloatText) u64 {
        if (t.special) |s| return s.len;
        return @as(u64, @intCast(t.vend - t.decpt)) + t.exponentLen();
    }

    fn exponentLen(t: *const FloatText) u64 {
        const e = t.exponent orelse return 0;
        const magnitude = @abs(e);
        return 2 + @as(u64, if (magnitude >= 100) 3 else 2);
    }

    /// Total characters, sign included.
    pub fn len(t: *const FloatText) u64 {
        return @intFromBool(t.negative) + t.intLen() + @intFromBool(t.point) + t.remainderLen();
    }

    /// The digit at virtual position i (see the file header).
    pub fn vdigit(t: *const FloatText, i: i64) u8 {
        if (i < 0 or i >= t.digits.len) return '0';
        return t.digits.buf[@intCast(i)];
    }

    /// Writes vdigits[from .. to] (as bytes, zeros included) without a per-digit call for
    /// the zero runs, which can be long.
    pub fn writeVdigits(t: *const FloatText, w: *Writer, from: i64, to: i64) Writer.Error!void {
        if (from >= to) return;
        const n: i64 = t.digits.len;
        const lead_end = @min(to, @max(from, 0));
        try w.splatByteAll('0', @intCast(lead_end - from));
        const mid_end = @min(to, n);
        if (mid_end > lead_end) {
            try w.writeAll(t.digits.buf[@intCast(lead_end)..@intCast(mid_end)]);
        }
        const zeros_from = @max(lead_end, mid_end);
        try w.splatByteAll('0', @intCast(to - zeros_from));
    }

    /// Writes the characters after the point: fraction, exponent, or inf/nan.
    pub fn writeRemainder(t: *const FloatText, w: *Writer) Writer.Error!void {
        if (t.special) |s| return w.writeAll(s);
        try t.writeVdigits(w, t.decpt, t.vend);
        if (t.exponent) |e| {
            try w.writeByte(if (t.upper) 'E' else 'e');
            try w.writeByte(if (e < 0) '-' else '+');
            const magnitude = @abs(e);
            if (magnitude >= 100) try w.writeByte(@intCast('0' + magnitude / 100));
            try w.writeByte(@intCast('0' + magnitude / 10 % 10));
            try w.writeByte(@intCast('0' + magnitude % 10));
        }
    }

    /// Writes the whole text, '-' included.
    pub fn write(t: *const FloatText, w: *Writer) Writer.Error!void {
        if (t.negative) try w.writeByte('-');
        try t.writeUnsigned(w);
    }

    /// Writes the text without its sign.
    pub fn writeUnsigned(t: *const FloatText, w: *Writer) Writer.Error!void {
        if (t.special == null) try t.writeVdigits(w, t.vstart, t.decpt);
        if (t.point) try w.writeByte('.');
        try t.writeRemainder(w);
    }
};

/// Lays out `x` as CPython's format_float_short does, into `t` (which holds the digits,
/// about 800 bytes, so it is filled in place rather than returned).
pub fn render(t: *FloatText, x: f64, o: Options) void {
    t.negative = std.math.signbit(x);
    t.special = null;
    t.point = false;
    t.exponent = null;
    t.upper = o.upper;
    if (std.math.isNan(x)) {
        // CPython ignores the sign of a nan.
        t.negative = false;
        t.special = if (o.upper) "NAN" else "nan";
        return;
    }
    if (std.math.isInf(x)) {
        t.special = if (o.upper) "INF" else "inf";
        return;
    }
    var precision = o.precision;
    // CPython passes precision + 1 significant digits for 'e' in a C int, which wraps for
    // precision INT_MAX; dtoa then reads the non-positive count as 1 and the layout
    // computes with the wrapped value: format(1.0, '.2147483647e') is '1e+00'.
    const e_digits: i64 = if (precision >= std.math.maxInt(i32)) std.math.minInt(i32) else @intCast(precision + 1);
    switch (o.style) {
        .r => digits_mod.shortest(&t.digits, x),
        .e => digits_mod.significant(&t.digits, x, @intCast(@max(e_digits, 1))),
        .f => digits_mod.fixed(&t.digits, x, @intCast(@min(precision, std.math.maxInt(i64)))),
        .g => {
            // Precision 0 makes no sense for 'g'; CPython reads it as 1.
            if (precision == 0) precision = 1;
            digits_mod.significant(&t.digits, x, precision);
        },
    }
    const digits_len: i64 = t.digits.len;
    if (o.no_neg_zero and t.negative and
        (digits_len == 0 or (digits_len == 1 and t.digits.buf[0] == '0')))
    {
        t.negative = false;
    }
    var decpt: i64 = t.digits.decpt;
    var vend: i64 = digits_len;
    var use_exp = false;
    const p: i64 = @intCast(@min(precision, std.math.maxInt(i32)));
    switch (o.style) {
        .e => {
            use_exp = true;
            vend = e_digits;
        },
        .f => vend = decpt + p,
        .g => {
            if (decpt <= -4 or decpt > (if (o.add_dot_0) p - 1 else p)) use_exp = true;
            if (o.alternate) vend = p;
        },
        // Exponent from 1e16 on: a 16-digit shortest repr padded with zeros would look
        // odd (2e16+8 would print as 20000000000000010.0).
        .r => if (decpt <= -4 or decpt > 16) {
            use_exp = true;
        },
    }
    if (use_exp) {
        t.exponent = @intCast(decpt - 1);
        decpt = 1;
    }
    t.vstart = if (decpt <= 0) decpt - 1 else 0;
    if (!use_exp and o.add_dot_0) {
        vend = @max(vend, decpt + 1);
    } else {
        vend = @max(vend, decpt);
    }
    assert(t.vstart <= 0 and digits_len <= vend);
    assert(t.vstart < decpt and decpt <= vend);
    t.vend = vend;
    t.decpt = decpt;
    // A trailing point is dropped unless '#' asks for it.
    t.point = vend > decpt or o.alternate;
}

fn expectRender(x: f64, o: Options, expected: []const u8) !void {
    var buf: [2048]u8 = undefined;
    var w: Writer = .fixed(&buf);
    var t: FloatText = undefined;
    render(&t, x, o);
    try t.write(&w);
    try std.testing.expectEqualStrings(expected, w.buffered());
    try std.testing.expectEqual(@as(u64, expected.len), t.len());
}

test render {
    const repr: Options = .{ .style = .r, .add_dot_0 = true };
    try expectRender(0.1, repr, "0.1");
    try expectRender(1e16, repr, "1e+16");
    try expectRender(1e-7, repr, "1e-07");
    try expectRender(123456789012345.0, repr, "123456789012345.0");
    try expectRender(1.5e-5, repr, "1.5e-05");
    try expectRender(-0.0, repr, "-0.0");
    try expectRender(100.0, repr, "100.0");
    try expectRender(1e22, repr, "1e+22");
    try expectRender(std.math.inf(f64), repr, "inf");
    try expectRender(-std.math.nan(f64), repr, "nan");
    try expectRender(1e300, repr, "1e+300");
    try expectRender(0.1, .{ .style = .f, .precision = 20 }, "0.10000000000000000555");
    try expectRender(1e22, .{ .style = .f, .precision = 3 }, "10000000000000000000000.000");
    try expectRender(1234.5, .{ .style = .g, .precision = 4, .add_dot_0 = true }, "1.234e+03");
    try expectRender(123.0, .{ .style = .g, .precision = 4, .add_dot_0 = true }, "123.0");
    try expectRender(1e16, .{ .style = .r, .add_dot_0 = true, .alternate = true }, "1.e+16");
    try expectRender(0.0001, .{ .style = .g, .precision = 6 }, "0.0001");
    try expectRender(1.0, .{ .style = .g, .precision = 6, .alternate = true }, "1.00000");
    try expectRender(-0.001, .{ .style = .f, .precision = 1, .no_neg_zero = true }, "0.0");
    try expectRender(2.5, .{ .style = .e, .precision = 0 }, "2e+00");
    try expectRender(2.5, .{ .style = .e, .precision = 0, .alternate = true }, "2.e+00");
    try expectRender(1.0, .{ .style = .e, .precision = 3, .upper = true }, "1.000E+00");
}
