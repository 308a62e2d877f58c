//! format(x, spec) for a float: CPython 3.11's format_float_internal.
//!
//! Types: e E f F g G n % and none. No type means repr when no precision is given and
//! 'g' with at least one digit after the point otherwise. 'n' is 'g' in the C locale,
//! which CPython keeps for LC_NUMERIC (so no grouping). '%' is 'f' of x * 100 (rounded
//! as a double multiplication, as CPython does) followed by '%'.

const std = @import("std");
const Writer = std.Io.Writer;
const spec_mod = @import("spec.zig");
const Spec = spec_mod.Spec;
const Diagnostic = @import("diagnostic.zig").Diagnostic;
const float_text = @import("float_text.zig");
const number_field = @import("number_field.zig");

pub const Error = Writer.Error || error{PythonError};

/// CPython keeps precision in a C int.
const precision_max = std.math.maxInt(i32);

pub fn formatFloat(w: *Writer, x: f64, spec: *const Spec, diag: *Diagnostic) Error!void {
    const r = try spec.resolve(0, .right, diag);
    switch (r.type) {
        0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' => {},
        else => {
            diag.* = .{ .problem = .unknown_code, .code = r.type };
            return error.PythonError;
        },
    }
    if (spec.precision) |p| if (p > precision_max) {
        diag.* = .{ .problem = .precision_too_big };
        return error.PythonError;
    };
    var options: float_text.Options = .{
        .style = .g,
        .alternate = spec.alternate,
        .no_neg_zero = spec.no_neg_zero,
        .precision = spec.precision orelse 6,
    };
    var value = x;
    var percent = false;
    switch (r.type) {
        0 => {
            options.add_dot_0 = true;
            options.style = if (spec.precision == null) .r else .g;
            options.precision = spec.precision orelse 0;
        },
        'e', 'E' => options.style = .e,
        'f', 'F' => options.style = .f,
        'g', 'G', 'n' => options.style = .g,
        '%' => {
            options.style = .f;
            value = x * 100;
            percent = true;
        },
        else => unreachable,
    }
    options.upper = r.type == 'E' or r.type == 'F' or r.type == 'G';
    var t: float_text.FloatText = undefined;
    float_text.render(&t, value, options);
    try number_field.write(w, .{
        .fill = spec.fill,
        .alignment = r.alignment,
        .width = spec.width,
        .sign = spec.sign,
        .separator = r.separator,
        .group_size = r.group_size,
    }, t.negative, "", .{ .float = .{ .text = &t, .percent = percent } });
}
