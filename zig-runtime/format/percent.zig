//! printf-style `%` formatting of one converted value, as CPython 3.11's unicodeobject.c
//! does it (formatfloat, _PyUnicode_FormatLong, unicode_format_arg_output).
//!
//! The runtime's `%` operator parses the format string, fetches arguments (and '*' widths
//! and precisions), converts non-numbers, and calls one of these per conversion:
//! - `percentInt` for d i u o x X (sign and magnitude digits, like formatIntDigits);
//! - `percentFloat` for e E f F g G;
//! - `percentText` for s r a c once it has the text (str(), repr(), ascii(), the char).
//!
//! CPython's quirks are kept: '0' pads after the sign and after a '#' prefix ('0x', '0X',
//! '0o'), '-' wins over '0' and pads with spaces on the right, and a text conversion never
//! zero-pads.

const std = @import("std");
const assert = std.debug.assert;
const Writer = std.Io.Writer;
const float_text = @import("float_text.zig");
const text = @import("text.zig");
const Diagnostic = @import("diagnostic.zig").Diagnostic;

pub const Flags = packed struct {
    /// '-'
    left: bool = false,
    /// '+'
    plus: bool = false,
    /// ' '
    space: bool = false,
    /// '#'
    alternate: bool = false,
    /// '0'
    zero: bool = false,
};

pub const PercentSpec = struct {
    flags: Flags = .{},
    /// null when absent. A negative '*' width is the caller's to turn into `left`.
    width: ?u64 = null,
    /// null when absent. A negative '*' precision is 0, as in CPython.
    precision: ?u64 = null,
    /// The conversion character.
    conversion: u8,
};

pub const Error = Writer.Error || error{PythonError};

/// One numeric conversion's text, as the parts unicode_format_arg_output looks at.
const Parts = struct {
    negative: bool,
    /// '0x', '0X' or '0o' when '#' asks for it; moved before zero padding.
    prefix: []const u8,
    /// Everything after sign and prefix, `body_len` characters.
    body_len: u64,
};

/// %d %i %u %o %x %X of the int with sign `negative` and magnitude `digits` (base 10, 8 or
/// 16 by conversion, lower case, "0" for zero). Precision is a minimum digit count.
pub fn percentInt(
    w: *Writer,
    negative: bool,
    digits: []const u8,
    spec: PercentSpec,
    diag: *Diagnostic,
) Error!void {
    assert(digits.len > 0);
    const c = spec.conversion;
    assert(c == 'd' or c == 'i' or c == 'u' or c == 'o' or c == 'x' or c == 'X');
    const precision = spec.precision orelse 0;
    // CPython keeps the digit count in a C int.
    if (precision > std.math.maxInt(i32) - 3) {
        diag.* = .{ .problem = .percent_precision_too_large };
        return error.PythonError;
    }
    const prefix: []const u8 = if (!spec.flags.alternate) "" else switch (c) {
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        else => "",
    };
    const zeros = precision -| digits.len;
    const parts: Parts = .{
        .negative = negative,
        .prefix = prefix,
        .body_len = zeros + digits.len,
    };
    const body: Body = .{ .int = .{ .zeros = zeros, .digits = digits, .upper = c == 'X' } };
    return output(w, spec, parts, body);
}

/// %e %E %f %F %g %G of `x`. Precision defaults to 6; '#' keeps the point and, for 'g',
/// trailing zeros.
pub fn percentFloat(w: *Writer, x: f64, spec: PercentSpec) Writer.Error!void {
    const style: float_text.Style = switch (spec.conversion) {
        'e', 'E' => .e,
        'f', 'F' => .f,
        'g', 'G' => .g,
        else => unreachable,
    };
    var t: float_text.FloatText = undefined;
    float_text.render(&t, x, .{
        .style = style,
        .upper = spec.conversion == 'E' or spec.conversion == 'F' or spec.conversion == 'G',
        .precision = spec.precision orelse 6,
        .alternate = spec.flags.alternate,
    });
    const parts: Parts = .{ .negative = t.negative, .prefix = "", .body_len = t.len() - @intFromBool(t.negative) };
    return output(w, spec, parts, .{ .float = &t });
}

/// %s %r %a %c once the caller has the text (UTF-8): precision truncates s, r and a by
/// code points; width pads with spaces (never zeros), on the right with '-'.
pub fn percentText(w: *Writer, s: []const u8, spec: PercentSpec) Writer.Error!void {
    var shown = s;
    var length = text.codePointCount(s);
    const truncates = switch (spec.conversion) {
        's', 'r', 'a' => true,
        else => false,
    };
    if (truncates) if (spec.precision) |p| if (length > p) {
        shown = s[0..text.prefixBytes(s, @intCast(p))];
        length = @intCast(p);
    };
    const padding = (spec.width orelse 0) -| length;
    if (!spec.flags.left) try w.splatByteAll(' ', padding);
    try w.writeAll(shown);
    if (spec.flags.left) try w.splatByteAll(' ', padding);
}

const Body = union(enum) {
    int: struct { zeros: u64, digits: []const u8, upper: bool },
    float: *const float_text.FloatText,
};

/// unicode_format_arg_output for a number: sign, prefix, padding.
fn output(w: *Writer, spec: PercentSpec, parts: Parts, body: Body) Writer.Error!void {
    const fill: u8 = if (spec.flags.zero) '0' else ' ';
    var len: u64 = parts.body_len + parts.prefix.len;
    const sign_char: u8 = if (parts.negative) '-' else if (spec.flags.plus) '+' else if (spec.flags.space) ' ' else 0;
    var width = @max(spec.width orelse 0, len);
    if (sign_char != 0) {
        if (fill != ' ') try w.writeByte(sign_char);
        if (width > len) width -= 1;
    }
    if (parts.prefix.len > 0) {
        if (fill != ' ') try w.writeAll(parts.prefix);
        width -|= 2;
        len -= 2;
    }
    if (width > len and !spec.flags.left) {
        try w.splatByteAll(fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (sign_char != 0) try w.writeByte(sign_char);
        try w.writeAll(parts.prefix);
    }
    switch (body) {
        .int => |b| {
            try w.splatByteAll('0', b.zeros);
            if (b.upper) {
                for (b.digits) |c| try w.writeByte(std.ascii.toUpper(c));
            } else {
                try w.writeAll(b.digits);
            }
        },
        .float => |t| try t.writeUnsigned(w),
    }
    if (width > len) try w.splatByteAll(' ', width - len);
}

fn expectPercentInt(v: i64, spec: PercentSpec, expected: []const u8) !void {
    var buf: [128]u8 = undefined;
    var w: Writer = .fixed(&buf);
    var digits_buf: [64]u8 = undefined;
    const base: u8 = switch (spec.conversion) {
        'o' => 8,
        'x', 'X' => 16,
        else => 10,
    };
    const digits = @import("format_int.zig").magnitudeDigits(@abs(v), base, &digits_buf);
    var diag: Diagnostic = .{};
    try percentInt(&w, v < 0, digits, spec, &diag);
    try std.testing.expectEqualStrings(expected, w.buffered());
}

test percentInt {
    try expectPercentInt(8, .{ .flags = .{ .alternate = true, .zero = true }, .width = 10, .conversion = 'o' }, "0o00000010");
    try expectPercentInt(-3, .{ .flags = .{ .left = true, .zero = true }, .width = 5, .conversion = 'd' }, "-3   ");
    try expectPercentInt(255, .{ .flags = .{ .alternate = true, .plus = true }, .width = 10, .conversion = 'x' }, "     +0xff");
    try expectPercentInt(255, .{ .flags = .{ .alternate = true }, .precision = 4, .conversion = 'X' }, "0X00FF");
    try expectPercentInt(-42, .{ .width = 6, .precision = 4, .conversion = 'd' }, " -0042");
}
