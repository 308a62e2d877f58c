//! The format-spec mini-language, parsed once into a `Spec`:
//!
//!     [[fill]align][sign]["z"]["#"]["0"][width][","|"_"][.precision][type]
//!
//! This is the syntactic half of CPython 3.11's parse_internal_render_format_spec
//! (Python/formatter_unicode.c); it raises the same errors in the same order. What depends
//! on the object (default type and alignment, which separators a type accepts) is resolved
//! by the format_* functions, which call `resolve`, so one parsed Spec serves int, float and
//! str alike.
//!
//! Widths and precisions accept any Unicode decimal digit, as CPython does; a value above
//! the largest Py_ssize_t (i64) is "Too many decimal digits in format string".

const std = @import("std");
const assert = std.debug.assert;
const text = @import("text.zig");
const Diagnostic = @import("diagnostic.zig").Diagnostic;

pub const Align = enum { left, right, center, after_sign };
pub const Sign = enum { none, minus, plus, space };
pub const Grouping = enum { none, comma, underscore };

pub const Spec = struct {
    fill: u21 = ' ',
    /// null: the object's default ('<' for str, '>' for numbers).
    alignment: ?Align = null,
    sign: Sign = .none,
    /// 'z': negative zero after rounding prints as zero.
    no_neg_zero: bool = false,
    /// '#'.
    alternate: bool = false,
    /// A '0' before the width with no explicit fill: fill is '0', and numbers without an
    /// explicit alignment pad after the sign.
    zero_pad: bool = false,
    width: ?u64 = null,
    grouping: Grouping = .none,
    precision: ?u64 = null,
    /// The presentation type as a code point; 0 when absent.
    type: u21 = 0,

    /// Parses `spec` (UTF-8). On error fills `diag` and returns error.PythonError.
    /// Cost: one pass over `spec`, no allocation.
    pub fn parse(spec: []const u8, diag: *Diagnostic) error{PythonError}!Spec {
        var s: Spec = .{};
        var pos: usize = 0;
        // A fill is any code point followed by an alignment character.
        if (spec.len > 0) {
            const first = text.decode(spec);
            if (first.len < spec.len and alignOf(spec[first.len]) != null) {
                s.fill = first.cp;
                s.alignment = alignOf(spec[first.len]);
                pos = first.len + 1;
            } else if (alignOf(spec[0])) |a| {
                s.alignment = a;
                pos = 1;
            }
        }
        const fill_given = pos > 1;
        if (pos < spec.len) {
            switch (spec[pos]) {
                '+' => s.sign = .plus,
                '-' => s.sign = .minus,
                ' ' => s.sign = .space,
                else => {},
            }
            if (s.sign != .none) pos += 1;
        }
        if (pos < spec.len and spec[pos] == 'z') {
            s.no_neg_zero = true;
            pos += 1;
        }
        if (pos < spec.len and spec[pos] == '#') {
            s.alternate = true;
            pos += 1;
        }
        if (!fill_given and pos < spec.len and spec[pos] == '0') {
            s.fill = '0';
            s.zero_pad = true;
            pos += 1;
        }
        s.width = try parseInteger(spec, &pos, diag);
        if (pos < spec.len and spec[pos] == ',') {
            s.grouping = .comma;
            pos += 1;
        }
        if (pos < spec.len and spec[pos] == '_') {
            if (s.grouping != .none) return fail(diag, .both_separators);
            s.grouping = .underscore;
            pos += 1;
        }
        if (pos < spec.len and spec[pos] == ',' and s.grouping == .underscore) {
            return fail(diag, .both_separators);
        }
        if (pos < spec.len and spec[pos] == '.') {
            pos += 1;
            s.precision = try parseInteger(spec, &pos, diag) orelse
                return fail(diag, .missing_precision);
        }
        // At most one code point may remain: the type.
        if (pos < spec.len) {
            const last = text.decode(spec[pos..]);
            if (pos + last.len != spec.len) {
                diag.* = .{ .problem = .invalid_specifier, .spec_text = spec };
                return error.PythonError;
            }
            s.type = last.cp;
        }
        return s;
    }

    /// The object-dependent half of CPython's parse: the effective type and alignment for
    /// an object whose default type is `default_type` (0, 'd' or 's') and whose default
    /// alignment is `default_align`, and the check that the separator suits that type.
    pub fn resolve(
        s: *const Spec,
        default_type: u8,
        default_align: Align,
        diag: *Diagnostic,
    ) error{PythonError}!Resolved {
        const t: u21 = if (s.type != 0) s.type else default_type;
        var group_size: u8 = 3;
        if (s.grouping != .none) {
            switch (t) {
                'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 => {},
                'b', 'o', 'x', 'X' => {
                    // PEP 515: '_' groups binary, octal and hex digits by four.
                    if (s.grouping != .underscore) return failSeparator(diag, s.grouping, t);
                    group_size = 4;
                },
                else => return failSeparator(diag, s.grouping, t),
            }
        }
        const alignment = s.alignment orelse
            if (s.zero_pad and default_align == .right) Align.after_sign else default_align;
        return .{
            .type = t,
            .alignment = alignment,
            .separator = switch (s.grouping) {
                .none => 0,
                .comma => ',',
                .underscore => '_',
            },
            .group_size = group_size,
        };
    }
};

pub const Resolved = struct {
    type: u21,
    alignment: Align,
    /// 0 when digits are not grouped.
    separator: u8,
    group_size: u8,
};

fn alignOf(c: u8) ?Align {
    return switch (c) {
        '<' => .left,
        '>' => .right,
        '^' => .center,
        '=' => .after_sign,
        else => null,
    };
}

fn fail(diag: *Diagnostic, problem: @import("diagnostic.zig").Problem) error{PythonError} {
    diag.* = .{ .problem = problem };
    return error.PythonError;
}

fn failSeparator(diag: *Diagnostic, grouping: Grouping, t: u21) error{PythonError} {
    diag.* = .{
        .problem = .separator_with_type,
        .separator = if (grouping == .comma) ',' else '_',
        .code = t,
    };
    return error.PythonError;
}

/// CPython's get_integer: decimal digits (any script) from `pos.*`; null when there are
/// none. Overflow past i64 is an error, as Py_ssize_t overflow is in CPython.
fn parseInteger(spec: []const u8, pos: *usize, diag: *Diagnostic) error{PythonError}!?u64 {
    var value: u64 = 0;
    var digit_count: usize = 0;
    const value_max: u64 = std.math.maxInt(i64);
    while (pos.* < spec.len) {
        const d = text.decode(spec[pos.*..]);
        const digit = text.decimalValue(d.cp) orelse break;
        if (value > (value_max - digit) / 10) return fail(diag, .too_many_digits);
        value = value * 10 + digit;
        pos.* += d.len;
        digit_count += 1;
    }
    return if (digit_count == 0) null else value;
}

test "parse" {
    var diag: Diagnostic = .{};
    const s = try Spec.parse("*^+z#012,.3f", &diag);
    try std.testing.expectEqual(@as(u21, '*'), s.fill);
    try std.testing.expectEqual(Align.center, s.alignment.?);
    try std.testing.expectEqual(Sign.plus, s.sign);
    try std.testing.expect(s.no_neg_zero and s.alternate);
    // A '0' after an explicit fill is the width's first digit.
    try std.testing.expectEqual(@as(?u64, 12), s.width);
    try std.testing.expect(!s.zero_pad);
    try std.testing.expectEqual(Grouping.comma, s.grouping);
    try std.testing.expectEqual(@as(?u64, 3), s.precision);
    try std.testing.expectEqual(@as(u21, 'f'), s.type);

    try std.testing.expectError(error.PythonError, Spec.parse("abc", &diag));
    try std.testing.expectEqual(.invalid_specifier, diag.problem);
    try std.testing.expectError(error.PythonError, Spec.parse("._", &diag));
    try std.testing.expectEqual(.missing_precision, diag.problem);
    try std.testing.expectError(error.PythonError, Spec.parse("_,", &diag));
    try std.testing.expectEqual(.both_separators, diag.problem);
}
