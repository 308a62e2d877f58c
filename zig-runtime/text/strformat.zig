//! str.format(*args, **kwargs) and str.format_map(mapping): the replacement-field grammar of
//! CPython 3.11 (Objects/stringlib/unicode_format.h), transcribed so that every message and
//! the order of evaluation match:
//!
//!   field       := "{" [name] ["!" conversion] [":" spec] "}"
//!   name        := (integer | identifier | "") ("." attribute | "[" key "]")*
//!   spec        := text in which nested "{...}" fields are expanded first (two levels at most)
//!
//! `{{` and `}}` are literal braces. Empty names number fields automatically; mixing that with
//! explicit indices is an error. Each field is formatted by core/fmt.zig's formatValueInto
//! (format(value, spec), so user __format__ methods apply). All delimiters are ASCII, so the
//! template is scanned as bytes.
const std = @import("std");
const rt = @import("../rt.zig");
const codepoint = @import("../unicode/codepoint.zig");
const utf8 = @import("../unicode/utf8.zig");
const Str = rt.Str;
const Value = rt.Value;
const Error = rt.Error;
const Builder = rt.Builder;

/// Where field values come from.
const Source = struct {
    /// Positional arguments; null for format_map (positional fields are an error there).
    args: ?[]const Value,
    /// str.format's keyword arguments.
    kwnames: []const *Str = &.{},
    kwvals: []const Value = &.{},
    /// format_map's mapping (looked up with __getitem__).
    mapping: ?Value = null,
    /// Automatic numbering: unset, automatic ({}), or manual ({0}).
    numbering: enum { unset, auto, manual } = .unset,
    next_auto: usize = 0,
};

/// CPython allows a format spec to hold fields whose specs hold no fields.
const recursion_depth_max = 2;

/// str.format(*args, **kwargs).
pub fn format(template: *Str, args: rt.Args) Error!*Str {
    var src: Source = .{ .args = args.pos, .kwnames = args.kwnames, .kwvals = args.kwvals };
    var b = Builder.initCapacity(template.bytes.len + 16);
    try build(&b, template.bytes, &src, recursion_depth_max);
    return b.finish();
}

/// str.format_map(mapping).
pub fn formatMap(template: *Str, mapping: Value) Error!*Str {
    var src: Source = .{ .args = null, .mapping = mapping };
    var b = Builder.initCapacity(template.bytes.len + 16);
    try build(&b, template.bytes, &src, recursion_depth_max);
    return b.finish();
}

fn valueError(msg: []const u8) Error {
    return rt.exc.raiseMsg(&rt.types.ValueError, msg);
}

/// Appends the expansion of template text `t` (MarkupIterator + output_markup).
fn build(b: *Builder, t: []const u8, src: *Source, depth: u32) Error!void {
    if (depth == 0) return valueError("Max string recursion exceeded");
    var i: usize = 0;
    while (i < t.len) {
        // Literal text up to the next brace.
        const start = i;
        while (i < t.len and t[i] != '{' and t[i] != '}') i += 1;
        b.append(t[start..i]);
        if (i == t.len) return;
        const c = t[i];
        i += 1;
        const at_end = i == t.len;
        if (c == '}' and (at_end or t[i] != '}')) return valueError("Single '}' encountered in format string");
        if (at_end and c == '{') return valueError("Single '{' encountered in format string");
        if (t[i] == c) {
            b.appendByte(c);
            i += 1;
            continue;
        }
        const field = try parseField(t, &i);
        try outputField(b, field, src, depth);
    }
}

const Field = struct {
    name: []const u8,
    conversion: ?u21 = null,
    spec: []const u8 = "",
    spec_has_fields: bool = false,
};

/// parse_field: the text after a '{' up to its matching '}'; advances `i` past it.
fn parseField(t: []const u8, i: *usize) Error!Field {
    const name_start = i.*;
    var c: u8 = 0;
    while (i.* < t.len) {
        c = t[i.*];
        i.* += 1;
        switch (c) {
            '{' => return valueError("unexpected '{' in field name"),
            '[' => {
                while (i.* < t.len and t[i.*] != ']') i.* += 1;
                continue;
            },
            '}', ':', '!' => break,
            else => continue,
        }
    }
    var field: Field = .{ .name = t[name_start .. i.* - 1] };
    if (c != '!' and c != ':') {
        if (c != '}') return valueError("expected '}' before end of string");
        return field;
    }
    if (c == '!') {
        if (i.* >= t.len) return valueError("end of string while looking for conversion specifier");
        const d = utf8.decode(t[i.*..]);
        field.conversion = d.cp;
        i.* += d.len;
        if (i.* < t.len) {
            const after = t[i.*];
            i.* += 1;
            if (after == '}') return field;
            if (after != ':') return valueError("expected ':' after conversion specifier");
        }
    }
    const spec_start = i.*;
    var nesting: usize = 1;
    while (i.* < t.len) {
        const x = t[i.*];
        i.* += 1;
        if (x == '{') {
            field.spec_has_fields = true;
            nesting += 1;
        } else if (x == '}') {
            nesting -= 1;
            if (nesting == 0) {
                field.spec = t[spec_start .. i.* - 1];
                return field;
            }
        }
    }
    return valueError("unmatched '{' in format spec");
}

/// output_markup: look the value up, convert it, expand the spec, format.
fn outputField(b: *Builder, field: Field, src: *Source, depth: u32) Error!void {
    var v = try fieldValue(field.name, src);
    if (field.conversion) |conv| v = try convert(v, conv);
    if (field.spec_has_fields) {
        var spec_b = Builder.initCapacity(field.spec.len + 8);
        try build(&spec_b, field.spec, src, depth - 1);
        return rt.fmt.formatValueInto(b, v, spec_b.slice());
    }
    return rt.fmt.formatValueInto(b, v, field.spec);
}

fn convert(v: Value, conv: u21) Error!Value {
    return switch (conv) {
        's' => (try rt.repr.str(v)).val(),
        'r' => (try rt.repr.repr(v)).val(),
        'a' => (try rt.fmt.ascii(v)).val(),
        else => if (conv > 32 and conv < 127)
            rt.exc.raiseFmt(&rt.types.ValueError, "Unknown conversion specifier {c}", .{@as(u8, @intCast(conv))})
        else
            rt.exc.raiseFmt(&rt.types.ValueError, "Unknown conversion specifier \\x{x}", .{conv}),
    };
}

/// get_integer: the value of an all-decimal-digit name (any script's digits), or null.
fn integer(text: []const u8) Error!?usize {
    if (text.len == 0) return null;
    var n: usize = 0;
    var it: utf8.Iterator = .{ .bytes = text };
    while (it.next()) |cp| {
        const d = codepoint.decimalValue(cp) orelse return null;
        if (n > @as(usize, std.math.maxInt(i64)) / 10) return valueError("Too many decimal digits in format string");
        n = n * 10 + d;
    }
    return n;
}

/// get_field_object: the first part of the name, then `.attr` and `[key]` steps.
fn fieldValue(name: []const u8, src: *Source) Error!Value {
    var first_end: usize = 0;
    while (first_end < name.len and name[first_end] != '.' and name[first_end] != '[') first_end += 1;
    const first = name[0..first_end];
    var index = try integer(first);
    if (first.len == 0 or index != null) {
        const auto = first.len == 0;
        if (src.numbering == .unset) src.numbering = if (auto) .auto else .manual;
        if (src.numbering == .manual and auto) return valueError("cannot switch from manual field specification to automatic field numbering");
        if (src.numbering == .auto and !auto) return valueError("cannot switch from automatic field numbering to manual field specification");
        if (auto) {
            index = src.next_auto;
            src.next_auto += 1;
        }
    }
    var v = try firstValue(first, index, src);
    var i = first_end;
    while (i < name.len) {
        const c = name[i];
        i += 1;
        switch (c) {
            '.' => {
                const start = i;
                while (i < name.len and name[i] != '.' and name[i] != '[') i += 1;
                if (i == start) return valueError("Empty attribute in format string");
                v = try rt.attr.getattr(v, rt.str.fromBytes(name[start..i]));
            },
            '[' => {
                const start = i;
                while (i < name.len and name[i] != ']') i += 1;
                if (i == name.len) return valueError("Missing ']' in format string");
                const key = name[start..i];
                i += 1;
                if (key.len == 0) return valueError("Empty attribute in format string");
                const k: Value = if (try integer(key)) |n| Value.fromSmall(@intCast(n)) else rt.str.fromBytes(key).val();
                v = try rt.sub.getitem(v, k);
            },
            else => return valueError("Only '.' or '[' may follow ']' in format field specifier"),
        }
    }
    return v;
}

fn firstValue(first: []const u8, index: ?usize, src: *Source) Error!Value {
    if (index) |n| {
        const args = src.args orelse return valueError("Format string contains positional fields");
        if (n >= args.len) return rt.exc.raiseFmt(&rt.types.IndexError, "Replacement index {d} out of range for positional args tuple", .{n});
        return args[n];
    }
    const key = rt.str.fromBytes(first);
    if (src.mapping) |m| return rt.sub.getitem(m, key.val());
    for (src.kwnames, src.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, first)) return v;
    }
    return rt.exc.raiseWith(&rt.types.KeyError, key.val());
}
