//! How a formatting function reports "CPython would raise here".
//!
//! A function that can fail returns `error.PythonError` and fills the caller's `Diagnostic`
//! with which of CPython's messages applies and the few values the message quotes. Nothing
//! is allocated: the runtime renders the message with `write` (giving the type name of the
//! object being formatted, which only it knows) and raises `exception()` with it.
//!
//! `spec_text` points into the caller's format spec; render before that buffer goes away.

const std = @import("std");
const Writer = std.Io.Writer;

pub const Exception = enum { value_error, overflow_error };

pub const Problem = enum {
    // Spec syntax (formatter_unicode.c, parse_internal_render_format_spec).
    missing_precision,
    both_separators,
    too_many_digits,
    invalid_specifier,
    separator_with_type,
    // Applying a spec to a value.
    unknown_code,
    precision_too_big,
    int_precision,
    int_no_neg_zero,
    char_sign,
    char_alternate,
    char_range,
    char_too_large,
    str_space,
    str_sign,
    str_no_neg_zero,
    str_alternate,
    str_equals_align,
    // printf-style `%` formatting of ints.
    percent_precision_too_large,
};

pub const Diagnostic = struct {
    problem: Problem = .missing_precision,
    /// The whole spec, for `invalid_specifier`.
    spec_text: []const u8 = "",
    /// The presentation type, for `unknown_code` and `separator_with_type`.
    code: u21 = 0,
    /// ',' or '_', for `separator_with_type`.
    separator: u8 = 0,

    pub fn exception(d: *const Diagnostic) Exception {
        return switch (d.problem) {
            .char_range, .char_too_large, .percent_precision_too_large => .overflow_error,
            else => .value_error,
        };
    }

    /// Writes CPython's message. `type_name` is the Python type of the formatted object
    /// ('int', 'float', 'str', 'bool', a subclass name); CPython quotes at most 200 bytes.
    pub fn write(d: *const Diagnostic, w: *Writer, type_name: []const u8) Writer.Error!void {
        const name = TypeName{ .full = type_name };
        switch (d.problem) {
            .missing_precision => try w.writeAll("Format specifier missing precision"),
            .both_separators => try w.writeAll("Cannot specify both ',' and '_'."),
            .too_many_digits => try w.writeAll("Too many decimal digits in format string"),
            .invalid_specifier => try w.print(
                "Invalid format specifier '{s}' for object of type '{f}'",
                .{ d.spec_text, name },
            ),
            .separator_with_type => {
                try w.print("Cannot specify '{c}' with '", .{d.separator});
                try writeCode(w, d.code);
                try w.writeAll("'.");
            },
            .unknown_code => {
                try w.writeAll("Unknown format code '");
                try writeCode(w, d.code);
                try w.print("' for object of type '{f}'", .{name});
            },
            .precision_too_big => try w.writeAll("precision too big"),
            .int_precision => try w.writeAll("Precision not allowed in integer format specifier"),
            .int_no_neg_zero => try w.writeAll(
                "Negative zero coercion (z) not allowed in integer format specifier",
            ),
            .char_sign => try w.writeAll("Sign not allowed with integer format specifier 'c'"),
            .char_alternate => try w.writeAll(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ),
            .char_range => try w.writeAll("%c arg not in range(0x110000)"),
            .char_too_large => try w.writeAll("Python int too large to convert to C long"),
            .str_space => try w.writeAll("Space not allowed in string format specifier"),
            .str_sign => try w.writeAll("Sign not allowed in string format specifier"),
            .str_no_neg_zero => try w.writeAll(
                "Negative zero coercion (z) not allowed in string format specifier",
            ),
            .str_alternate => try w.writeAll(
                "Alternate form (#) not allowed in string format specifier",
            ),
            .str_equals_align => try w.writeAll(
                "'=' alignment not allowed in string format specifier",
            ),
            .percent_precision_too_large => try w.writeAll("precision too large"),
        }
    }
};

/// A type name as CPython's "%.200s" prints it: the first 200 bytes, decoded with
/// errors='replace', so a character cut in half becomes U+FFFD.
const TypeName = struct {
    full: []const u8,

    pub fn format(t: TypeName, w: *Writer) Writer.Error!void {
        const bytes_max = 200;
        if (t.full.len <= bytes_max) return w.writeAll(t.full);
        var end: usize = bytes_max;
        while (end > 0 and t.full[end] & 0xC0 == 0x80) end -= 1;
        try w.writeAll(t.full[0..end]);
        // Whether the last character was cut: its sequence ran past the 200 bytes.
        if (end < bytes_max) try w.writeAll("\u{FFFD}");
    }
};

/// CPython prints a printable ASCII type code as itself and anything else as '\x<hex>'.
fn writeCode(w: *Writer, code: u21) Writer.Error!void {
    if (code > 32 and code < 128) {
        try w.writeByte(@intCast(code));
    } else {
        try w.print("\\x{x}", .{code});
    }
}

test "messages" {
    var buf: [128]u8 = undefined;
    var w: Writer = .fixed(&buf);
    const d: Diagnostic = .{ .problem = .unknown_code, .code = 0xe9 };
    try d.write(&w, "int");
    try std.testing.expectEqualStrings("Unknown format code '\\xe9' for object of type 'int'", w.buffered());
    try std.testing.expectEqual(Exception.value_error, d.exception());
}

test "type names are cut at 200 bytes like CPython's %.200s" {
    var buf: [256]u8 = undefined;
    var w: Writer = .fixed(&buf);
    const d: Diagnostic = .{ .problem = .unknown_code, .code = 'q' };
    try d.write(&w, "a" ** 199 ++ "\u{e9}b");
    try std.testing.expect(std.mem.endsWith(u8, w.buffered(), "aaa\u{FFFD}'"));
}
