//! format(n, spec) for an int: CPython 3.11's _PyLong_FormatAdvancedWriter and
//! format_long_internal.
//!
//! Ints are arbitrary precision, so the caller hands over the sign and the magnitude's
//! digits in the base the spec asks for (`intBase`: 2, 8, 10 or 16, lower-case letters).
//! Types e E f F g G % format float(n) instead (`intNeedsFloat`): the caller converts,
//! raising OverflowError "int too large to convert to float" itself, and calls
//! formatFloat. `formatInt` does all of this for values that fit an i64.

const std = @import("std");
const assert = std.debug.assert;
const Writer = std.Io.Writer;
const Spec = @import("spec.zig").Spec;
const Diagnostic = @import("diagnostic.zig").Diagnostic;
const number_field = @import("number_field.zig");
const formatFloat = @import("format_float.zig").formatFloat;

pub const Error = Writer.Error || error{PythonError};

/// True when `spec` formats an int as float(n) ('e', 'E', 'f', 'F', 'g', 'G', '%').
pub fn intNeedsFloat(spec: *const Spec) bool {
    return switch (spec.type) {
        'e', 'E', 'f', 'F', 'g', 'G', '%' => true,
        else => false,
    };
}

/// The base of the digits `formatIntDigits` expects for `spec` ('c' takes decimal digits).
pub fn intBase(spec: *const Spec) u8 {
    return switch (spec.type) {
        'b' => 2,
        'o' => 8,
        'x', 'X' => 16,
        else => 10,
    };
}

/// Formats the int with sign `negative` and magnitude `digits` (base `intBase(spec)`, no
/// leading zeros, "0" for zero). Asserts !intNeedsFloat(spec).
pub fn formatIntDigits(
    w: *Writer,
    negative: bool,
    digits: []const u8,
    spec: *const Spec,
    diag: *Diagnostic,
) Error!void {
    assert(!intNeedsFloat(spec));
    assert(digits.len > 0);
    const r = try spec.resolve('d', .right, diag);
    switch (r.type) {
        'b', 'c', 'd', 'o', 'x', 'X', 'n' => {},
        else => {
            diag.* = .{ .problem = .unknown_code, .code = r.type };
            return error.PythonError;
        },
    }
    if (spec.precision != null) return fail(diag, .int_precision);
    if (spec.no_neg_zero) return fail(diag, .int_no_neg_zero);
    const field: number_field.Field = .{
        .fill = spec.fill,
        .alignment = r.alignment,
        .width = spec.width,
        .sign = spec.sign,
        .separator = r.separator,
        .group_size = r.group_size,
    };
    if (r.type == 'c') {
        if (spec.sign != .none) return fail(diag, .char_sign);
        if (spec.alternate) return fail(diag, .char_alternate);
        const cp = try charOf(negative, digits, diag);
        return number_field.write(w, field, false, "", .{ .char = cp });
    }
    const prefix: []const u8 = if (!spec.alternate) "" else switch (r.type) {
        'b' => "0b",
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        else => "",
    };
    try number_field.write(w, field, negative, prefix, .{
        .int = .{ .digits = digits, .upper = r.type == 'X' },
    });
}

/// format(n, spec) for an int that fits an i64 (every type, float ones included).
pub fn formatInt(w: *Writer, value: i64, spec: *const Spec, diag: *Diagnostic) Error!void {
    if (intNeedsFloat(spec)) {
        // Round to nearest even, as int.__float__ does.
        return formatFloat(w, @floatFromInt(value), spec, diag);
    }
    var buf: [64]u8 = undefined;
    const digits = magnitudeDigits(@abs(value), intBase(spec), &buf);
    return formatIntDigits(w, value < 0, digits, spec, diag);
}

/// Lower-case digits of `magnitude` in `base`, right-aligned in `buf`.
pub fn magnitudeDigits(magnitude: u64, base: u8, buf: *[64]u8) []const u8 {
    var rest = magnitude;
    var i: usize = buf.len;
    while (true) {
        i -= 1;
        buf[i] = "0123456789abcdef"[@intCast(rest % base)];
        rest /= base;
        if (rest == 0) break;
    }
    return buf[i..];
}

/// The code point for 'c': CPython converts to a C long first (OverflowError past it),
/// then checks the Unicode range.
fn charOf(negative: bool, digits: []const u8, diag: *Diagnostic) error{PythonError}!u21 {
    var magnitude: u64 = 0;
    for (digits) |c| {
        assert(c >= '0' and c <= '9');
        const times_ten = @mulWithOverflow(magnitude, 10);
        const sum = @addWithOverflow(times_ten[0], c - '0');
        if (times_ten[1] != 0 or sum[1] != 0) return fail(diag, .char_too_large);
        magnitude = sum[0];
    }
    const long_max: u64 = std.math.maxInt(i64);
    if (magnitude > long_max + @intFromBool(negative)) return fail(diag, .char_too_large);
    if (negative and magnitude != 0) return fail(diag, .char_range);
    if (magnitude > 0x10FFFF) return fail(diag, .char_range);
    return @intCast(magnitude);
}

fn fail(diag: *Diagnostic, problem: @import("diagnostic.zig").Problem) error{PythonError} {
    diag.* = .{ .problem = problem };
    return error.PythonError;
}
