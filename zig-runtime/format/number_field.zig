//! Lays out a formatted number in its field, as CPython's calc_number_widths and fill_number
//! (Python/formatter_unicode.c) do:
//!
//!     <lpadding> <sign> <prefix> <spadding> <grouped digits> <point> <remainder> <rpadding>
//!
//! With fill '0' and '=' alignment, the zero padding goes inside the digit groups
//! (format(1234, '010,') is '00,001,234'); CPython counts that through
//! _PyUnicode_InsertThousandsGrouping's min_width, reproduced in `groupedDigitCount`.
//! Widths count code points; everything here is ASCII except the fill and a 'c' character.

const std = @import("std");
const assert = std.debug.assert;
const Writer = std.Io.Writer;
const text = @import("text.zig");
const spec_mod = @import("spec.zig");
const FloatText = @import("float_text.zig").FloatText;

pub const Body = union(enum) {
    /// Integer digits without sign or prefix; `upper` for 'X'.
    int: struct { digits: []const u8, upper: bool },
    /// The character of format(n, 'c').
    char: u21,
    /// A float's text (its '-' is taken from `negative`); `percent` appends '%'.
    float: struct { text: *const FloatText, percent: bool },
};

pub const Field = struct {
    fill: u21,
    alignment: spec_mod.Align,
    /// null: as wide as the content.
    width: ?u64,
    sign: spec_mod.Sign,
    /// 0 for no grouping.
    separator: u8,
    group_size: u8,
};

/// Writes `body` laid out in `field`. `negative` says whether the value has a '-'.
pub fn write(
    w: *Writer,
    field: Field,
    negative: bool,
    prefix: []const u8,
    body: Body,
) Writer.Error!void {
    const sign_char: u8 = switch (field.sign) {
        .plus => if (negative) '-' else '+',
        .space => if (negative) '-' else ' ',
        .none, .minus => if (negative) '-' else 0,
    };
    const digit_count: u64, const has_point: bool, const remainder_len: u64 = switch (body) {
        .int => |b| .{ b.digits.len, false, 0 },
        .char => .{ 0, false, 1 },
        .float => |b| .{
            b.text.intLen(),
            b.text.point and b.text.special == null,
            b.text.remainderLen() + @intFromBool(b.percent),
        },
    };
    const non_digit = @as(u64, @intFromBool(sign_char != 0)) + prefix.len +
        @intFromBool(has_point) + remainder_len;
    const width: i64 = if (field.width) |v| @intCast(v) else -1;
    // Zero padding counted into the digit groups, as CPython's n_min_width.
    const min_width: i64 = if (field.fill == '0' and field.alignment == .after_sign)
        width - @as(i64, @intCast(non_digit))
    else
        0;
    const grouped = if (digit_count == 0)
        Grouped{ .digit_chars = 0, .total = 0 }
    else
        groupedDigitCount(digit_count, min_width, field.separator, field.group_size);
    const padding: u64 = @intCast(@max(0, width - @as(i64, @intCast(non_digit + grouped.total))));
    var lpad: u64 = 0;
    var spad: u64 = 0;
    var rpad: u64 = 0;
    switch (field.alignment) {
        .left => rpad = padding,
        .right => lpad = padding,
        .center => {
            lpad = padding / 2;
            rpad = padding - lpad;
        },
        .after_sign => spad = padding,
    }
    var fill_buf: [4]u8 = undefined;
    const fill = text.encode(field.fill, &fill_buf);
    try w.splatBytesAll(fill, lpad);
    if (sign_char != 0) try w.writeByte(sign_char);
    try w.writeAll(prefix);
    try w.splatBytesAll(fill, spad);
    switch (body) {
        .int => |b| try writeGroupedInt(w, b.digits, b.upper, grouped, field),
        .char => |cp| {
            var buf: [4]u8 = undefined;
            try w.writeAll(text.encode(cp, &buf));
        },
        .float => |b| {
            if (digit_count > 0) try writeGroupedFloat(w, b.text, grouped, field);
            if (has_point) try w.writeByte('.');
            try b.text.writeRemainder(w);
            if (b.percent) try w.writeByte('%');
        },
    }
    try w.splatBytesAll(fill, rpad);
}

const Grouped = struct {
    /// Digits written, leading zero padding included.
    digit_chars: u64,
    /// digit_chars plus separators.
    total: u64,
};

/// CPython's _PyUnicode_InsertThousandsGrouping in counting mode: groups of `group_size`
/// from the right, each short group padded with zeros while min_width asks for more.
fn groupedDigitCount(digit_count: u64, min_width_signed: i64, separator: u8, group_size: u8) Grouped {
    assert(digit_count > 0);
    var min_width: i64 = @max(0, min_width_signed);
    var remaining: i64 = @intCast(digit_count);
    var chars: i64 = 0;
    var separators: i64 = 0;
    if (separator != 0) {
        const size: i64 = group_size;
        // The group generator repeats `size` forever, so the loop only ends by its break.
        while (true) {
            const len = @min(size, @max(@max(remaining, min_width), 1));
            chars += len;
            remaining -= @min(remaining, len);
            min_width -= len;
            if (remaining <= 0 and min_width <= 0) break;
            min_width -= 1; // the separator's width
            separators += 1;
        }
    } else {
        chars = @max(@max(remaining, min_width), 1);
    }
    return .{ .digit_chars = @intCast(chars), .total = @intCast(chars + separators) };
}

/// True when a separator goes before the digit that has `after` digits to its right.
fn separatorBefore(field: Field, index: u64, after: u64) bool {
    return field.separator != 0 and index > 0 and after % field.group_size == 0;
}

fn writeGroupedInt(w: *Writer, digits: []const u8, upper: bool, g: Grouped, field: Field) Writer.Error!void {
    const zeros = g.digit_chars - digits.len;
    if (field.separator == 0 and !upper) {
        try w.splatByteAll('0', zeros);
        return w.writeAll(digits);
    }
    var i: u64 = 0;
    while (i < g.digit_chars) : (i += 1) {
        if (separatorBefore(field, i, g.digit_chars - i)) try w.writeByte(field.separator);
        const c = if (i < zeros) '0' else digits[@intCast(i - zeros)];
        try w.writeByte(if (upper) std.ascii.toUpper(c) else c);
    }
}

fn writeGroupedFloat(w: *Writer, t: *const FloatText, g: Grouped, field: Field) Writer.Error!void {
    const int_len = t.intLen();
    const zeros = g.digit_chars - int_len;
    if (field.separator == 0) {
        try w.splatByteAll('0', zeros);
        return t.writeVdigits(w, t.vstart, t.decpt);
    }
    var i: u64 = 0;
    while (i < g.digit_chars) : (i += 1) {
        if (separatorBefore(field, i, g.digit_chars - i)) try w.writeByte(field.separator);
        const c = if (i < zeros) '0' else t.vdigit(t.vstart + @as(i64, @intCast(i - zeros)));
        try w.writeByte(c);
    }
}

test groupedDigitCount {
    // format(1234, '09,') == '0,001,234'; format(1234, '08,') too (CPython overshoots).
    try std.testing.expectEqual(Grouped{ .digit_chars = 7, .total = 9 }, groupedDigitCount(4, 9, ',', 3));
    try std.testing.expectEqual(Grouped{ .digit_chars = 7, .total = 9 }, groupedDigitCount(4, 8, ',', 3));
    try std.testing.expectEqual(Grouped{ .digit_chars = 4, .total = 5 }, groupedDigitCount(4, 0, ',', 3));
    try std.testing.expectEqual(Grouped{ .digit_chars = 5, .total = 5 }, groupedDigitCount(3, 5, 0, 3));
}
