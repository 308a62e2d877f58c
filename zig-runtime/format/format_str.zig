//! format(s, spec) for a str: CPython 3.11's format_string_internal. Precision truncates
//! and width pads by code points; the default alignment is left.

const std = @import("std");
const Writer = std.Io.Writer;
const Spec = @import("spec.zig").Spec;
const diagnostic = @import("diagnostic.zig");
const Diagnostic = diagnostic.Diagnostic;
const text = @import("text.zig");

pub const Error = Writer.Error || error{PythonError};

/// Formats the UTF-8 string `s`.
pub fn formatStr(w: *Writer, s: []const u8, spec: *const Spec, diag: *Diagnostic) Error!void {
    const r = try spec.resolve('s', .left, diag);
    if (r.type != 's') {
        diag.* = .{ .problem = .unknown_code, .code = r.type };
        return error.PythonError;
    }
    switch (spec.sign) {
        .none => {},
        .space => return fail(diag, .str_space),
        .plus, .minus => return fail(diag, .str_sign),
    }
    if (spec.no_neg_zero) return fail(diag, .str_no_neg_zero);
    if (spec.alternate) return fail(diag, .str_alternate);
    if (r.alignment == .after_sign) return fail(diag, .str_equals_align);

    var shown = s;
    var length = text.codePointCount(s);
    if (spec.precision) |p| if (length >= p) {
        shown = s[0..text.prefixBytes(s, @intCast(p))];
        length = @intCast(p);
    };
    const total = @max(length, spec.width orelse 0);
    const lpad: u64 = switch (r.alignment) {
        .right => total - length,
        .center => (total - length) / 2,
        .left, .after_sign => 0,
    };
    const rpad = total - length - lpad;
    var fill_buf: [4]u8 = undefined;
    const fill = text.encode(spec.fill, &fill_buf);
    try w.splatBytesAll(fill, lpad);
    try w.writeAll(shown);
    try w.splatBytesAll(fill, rpad);
}

fn fail(diag: *Diagnostic, problem: diagnostic.Problem) error{PythonError} {
    diag.* = .{ .problem = problem };
    return error.PythonError;
}
