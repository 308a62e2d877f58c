//! `repr()` and `str()` of values, written into a str Builder.
//!
//! Containers print their elements with repr, and guard against self-reference (`[...]`,
//! `{...}`) with a small stack of objects being printed, as CPython's Py_ReprEnter does.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const str_mod = @import("str.zig");
const list_mod = @import("list.zig");
const tuple_mod = @import("tuple.zig");
const dict_mod = @import("dict.zig");
const names = @import("names.zig");
const call = @import("call.zig");
const attr = @import("attr.zig");
const ops = @import("ops.zig");
const intops = @import("intops.zig");
const numfmt = @import("numfmt.zig");
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Str = str_mod.Str;
const Builder = str_mod.Builder;
const List = list_mod.List;
const Tuple = tuple_mod.Tuple;
const Dict = dict_mod.Dict;
const Error = @import("err.zig").Error;

pub fn repr(v: Value) Error!*Str {
    switch (v) {
        .obj => |o| if (o.ty.kind == .str and !o.ty.flags.heap) {
            var b = Builder.initCapacity(Object.as(o, Str).bytes.len + 2);
            reprStr(&b, Object.as(o, Str));
            return b.finish();
        },
        else => {},
    }
    var b = Builder{};
    try reprInto(&b, v);
    return b.finish();
}

/// `str(v)`.
pub fn str(v: Value) Error!*Str {
    switch (v) {
        .obj => |o| {
            if (o.ty == &types.str_type) return Object.as(o, Str);
        },
        .int => |i| if (i.isSmall()) return smallIntStr(i.small()),
        else => {},
    }
    var b = Builder{};
    try strInto(&b, v);
    return b.finish();
}

/// The decimal digits of `n`, written backwards into the end of `buf` (str(i) is hot in string
/// building; std.fmt's general path costs several times more).
pub fn decimalDigits(buf: *[24]u8, n: i64) []const u8 {
    var at: usize = buf.len;
    var m: u64 = @abs(n);
    while (true) {
        at -= 1;
        buf[at] = @intCast('0' + m % 10);
        m /= 10;
        if (m == 0) break;
    }
    if (n < 0) {
        at -= 1;
        buf[at] = '-';
    }
    return buf[at..];
}

fn smallIntStr(n: i64) *Str {
    if (n >= 0 and n < 10) return str_mod.fromCodePoint(@intCast('0' + n));
    var buf: [24]u8 = undefined;
    const digits = decimalDigits(&buf, n);
    const s = str_mod.allocInline(digits.len);
    @memcpy(@constCast(s.bytes), digits);
    s.len = digits.len;
    s.ascii = true;
    return s;
}

/// What a user class's own `__str__` returns for `v` (a str, possibly of a subclass: checked),
/// or null when `v`'s class has none of its own.
pub fn userStr(v: Value) Error!?Value {
    if (v != .obj or !v.obj.ty.flags.heap) return null;
    const m = attr.lookupType(v.obj.ty, &names.__str__) orelse return null;
    if (m == .obj and m.obj.ty.kind == .builtin_function) return null;
    const r = try call.callUnbound(m, v, &.{});
    if (!r.isKind(.str)) return exc.raiseFmt(&types.TypeError, "__str__ returned non-string (type {s})", .{ops.typeName(r)});
    return r;
}

/// Appends `str(v)`.
pub fn strInto(b: *Builder, v: Value) Error!void {
    switch (v) {
        .obj => |o| {
            if (o.ty.kind == .str and !o.ty.flags.heap) return b.append(Object.as(o, Str).bytes);
            if (try userStr(v)) |r| return b.append(r.as(Str).bytes);
            if (o.ty.kind == .exception) return excStr(b, Object.as(o, exc.ExcObject));
            // A str subclass without its own __str__: its text.
            if (o.ty.kind == .str) return b.append(Object.as(o, Str).bytes);
        },
        else => {},
    }
    return reprInto(b, v);
}

/// The text of an exception: str(args[0]) for one argument, '' for none, str(args) otherwise;
/// KeyError shows repr of its key.
pub fn excStr(b: *Builder, e: *exc.ExcObject) Error!void {
    if (@import("excgroup.zig").isGroup(e)) return @import("excgroup.zig").strInto(b, e);
    const args = e.args.items;
    if (e.base.ty.isSubtype(&types.SyntaxError)) return @import("../builtins/excattrs.zig").syntaxStr(b, e);
    if (args.len == 0) return;
    if (e.base.ty.isSubtype(&types.UnicodeError)) {
        if (try @import("../builtins/excattrs.zig").unicodeStr(b, e)) return;
    }
    // OSError(errno, strerror[, filename[, winerror[, filename2]]]): CPython's OSError_str.
    if (args.len >= 2 and args.len <= 5 and e.base.ty.isSubtype(&types.OSError)) {
        const filename: Value = if (args.len >= 3) args[2] else .none;
        const filename2: Value = if (args.len == 5) args[4] else .none;
        if (filename != .none or (args[0] != .none and args[1] != .none)) {
            b.append("[Errno ");
            try strInto(b, args[0]);
            b.append("] ");
            try strInto(b, args[1]);
            if (filename != .none) {
                b.append(": ");
                try reprInto(b, filename);
                if (filename2 != .none) {
                    b.append(" -> ");
                    try reprInto(b, filename2);
                }
            }
            return;
        }
    }
    if (args.len == 1) {
        if (e.base.ty.isSubtype(&types.KeyError)) return reprInto(b, args[0]);
        return strInto(b, args[0]);
    }
    return reprInto(b, e.args.val());
}

var repr_stack: [64]*Object = undefined;
var repr_depth: usize = 0;

fn reprEnter(o: *Object) bool {
    for (repr_stack[0..@min(repr_depth, repr_stack.len)]) |x| if (x == o) return false;
    if (repr_depth < repr_stack.len) repr_stack[repr_depth] = o;
    repr_depth += 1;
    return true;
}
fn reprLeave() void {
    repr_depth -= 1;
}

/// Appends `repr(v)`.
pub fn reprInto(b: *Builder, v: Value) Error!void {
    switch (v) {
        .none => b.append("None"),
        .bool => |x| b.append(if (x) "True" else "False"),
        .int => |i| try intReprInto(b, i),
        .float => |f| numfmt.floatRepr(b, f),
        .obj => |o| try objRepr(b, o),
    }
}

pub fn intReprInto(b: *Builder, i: @import("int.zig").Int) Error!void {
    if (i.isSmall()) {
        b.print("{d}", .{i.small()});
        return;
    }
    b.append(try intops.toString(i, 10));
}

fn objRepr(b: *Builder, o: *Object) Error!void {
    const t = o.ty;
    if (t.flags.heap) {
        if (attr.lookupType(t, &names.__repr__)) |m| {
            if (!(m == .obj and m.obj.ty.kind == .builtin_function)) {
                const r = try call.callUnbound(m, .{ .obj = o }, &.{});
                if (!r.isKind(.str)) return exc.raiseFmt(&types.TypeError, "__repr__ returned non-string (type {s})", .{ops.typeName(r)});
                return b.append(r.as(Str).bytes);
            }
        }
        // A native class of a builtin kind (collections.Counter is a dict, namedtuple classes
        // are tuples) prints itself, as do its subclasses that do not define __repr__.
        if (t.kind != .native) if (t.native) |n| if (n.repr) |f| {
            var w = BuilderWriter.init(b);
            f(.{ .obj = o }, &w.writer) catch |e| return @errorCast(e);
            return;
        };
    }
    switch (t.kind) {
        .str => reprStr(b, Object.as(o, Str)),
        .list => {
            const l = Object.as(o, List);
            if (!reprEnter(o)) return b.append("[...]");
            defer reprLeave();
            b.appendByte('[');
            for (l.items(), 0..) |x, i| {
                if (i > 0) b.append(", ");
                try reprInto(b, x);
            }
            b.appendByte(']');
        },
        .tuple => {
            const tp = Object.as(o, Tuple);
            if (!reprEnter(o)) return b.append("(...)");
            defer reprLeave();
            b.appendByte('(');
            for (tp.items, 0..) |x, i| {
                if (i > 0) b.append(", ");
                try reprInto(b, x);
            }
            if (tp.items.len == 1) b.appendByte(',');
            b.appendByte(')');
        },
        .dict => {
            const d = Object.as(o, Dict);
            if (!reprEnter(o)) return b.append("{...}");
            defer reprLeave();
            // Subclasses print like dicts (CPython's dict_repr does not name the type).
            b.appendByte('{');
            var i: usize = 0;
            var first = true;
            while (dict_mod.nextEntry(d, &i)) |e| {
                if (!first) b.append(", ");
                first = false;
                try reprInto(b, e.key);
                b.append(": ");
                try reprInto(b, e.value);
            }
            b.appendByte('}');
        },
        .bigint => try intReprInto(b, @import("int.zig").Int.fromBig(Object.as(o, @import("bigint.zig").BigInt))),
        .type => {
            const ty = Object.as(o, Type);
            if (ty.flags.heap) {
                b.print("<class '{s}.{s}'>", .{ ty.module, ty.qualname });
            } else if (std.mem.eql(u8, ty.module, "builtins")) {
                b.print("<class '{s}'>", .{ty.qualname});
            } else {
                b.print("<class '{s}.{s}'>", .{ ty.module, ty.qualname });
            }
        },
        .exception => {
            const e = Object.as(o, exc.ExcObject);
            b.append(t.name);
            b.appendByte('(');
            for (exc.visibleArgs(e), 0..) |x, i| {
                if (i > 0) b.append(", ");
                try reprInto(b, x);
            }
            b.appendByte(')');
        },
        .function => {
            const f = Object.as(o, call.Function);
            b.print("<function {s} at 0x{x:0>12}>", .{ f.qualname.bytes, @intFromPtr(o) });
        },
        .builtin_function => {
            const f = Object.as(o, call.Builtin);
            if (f.self != .none and f.owner.len != 0) {
                b.print("<built-in method {s} of {s} object at 0x{x:0>12}>", .{ f.name, ops.typeName(f.self), @intFromPtr(f.self.obj) });
            } else if (f.owner.len != 0) {
                b.print("<method '{s}' of '{s}' objects>", .{ f.name, f.owner });
            } else {
                b.print("<built-in function {s}>", .{f.name});
            }
        },
        .method => {
            const m = Object.as(o, call.Method);
            const qn = if (m.func.isKind(.function)) m.func.as(call.Function).qualname.bytes else "?";
            b.print("<bound method {s} of ", .{qn});
            try reprInto(b, m.self);
            b.appendByte('>');
        },
        .generator => {
            const g = Object.as(o, @import("gen.zig").Generator);
            b.print("<generator object {s} at 0x{x:0>12}>", .{ g.qualname, @intFromPtr(o) });
        },
        .module => {
            const m = Object.as(o, @import("class.zig").Module);
            if (m.file.len > 0) b.print("<module '{s}' from '{s}'>", .{ m.name, m.file }) else b.print("<module '{s}' (built-in)>", .{m.name});
        },
        .file => try @import("../builtins/files.zig").reprInto(b, Object.as(o, @import("../builtins/files.zig").File)),
        .singleton => {
            if (o == &ops.not_implemented) return b.append("NotImplemented");
            if (o == &ops.ellipsis) return b.append("Ellipsis");
            b.print("<{s} object>", .{t.name});
        },
        .set, .frozenset => try @import("set.zig").reprInto(b, o),
        .complex => @import("complex.zig").reprInto(b, o),
        .bytes, .bytearray => @import("bytes.zig").reprInto(b, o),
        .range => try @import("range.zig").reprInto(b, o),
        .dict_view => try @import("views.zig").reprInto(b, o),
        .slice => try @import("slice.zig").reprInto(b, o),
        .native => if (t.native) |n| if (n.repr) |f| {
            var w = BuilderWriter.init(b);
            f(.{ .obj = o }, &w.writer) catch |e| return @errorCast(e);
            return;
        } else defaultRepr(b, o) else defaultRepr(b, o),
        else => defaultRepr(b, o),
    }
}

fn defaultRepr(b: *Builder, o: *Object) void {
    const t = o.ty;
    if (t.flags.heap) {
        b.print("<{s}.{s} object at 0x{x:0>12}>", .{ t.module, t.qualname, @intFromPtr(o) });
    } else {
        b.print("<{s} object at 0x{x:0>12}>", .{ t.name, @intFromPtr(o) });
    }
}

/// An std.Io.Writer that appends to a Builder (for native repr hooks).
pub const BuilderWriter = struct {
    b: *Builder,
    writer: std.Io.Writer,

    pub fn init(b: *Builder) BuilderWriter {
        return .{ .b = b, .writer = .{ .vtable = &.{ .drain = drain }, .buffer = &.{} } };
    }
    fn drain(w: *std.Io.Writer, data: []const []const u8, splat: usize) std.Io.Writer.Error!usize {
        const self: *BuilderWriter = @fieldParentPtr("writer", w);
        var n: usize = 0;
        for (data[0 .. data.len - 1]) |d| {
            self.b.append(d);
            n += d.len;
        }
        const last = data[data.len - 1];
        for (0..splat) |_| {
            self.b.append(last);
            n += last.len;
        }
        return n;
    }
};

/// repr of a str with CPython's quote choice and escapes: single quotes unless the text has a
/// single quote and no double quote; \n \r \t \\ and the quote escaped; other non-printable
/// characters as \xNN, \uNNNN or \UNNNNNNNN; printable non-ASCII kept as is.
pub fn reprStr(b: *Builder, s: *const Str) void {
    const bytes = s.bytes;
    const has_single = std.mem.indexOfScalar(u8, bytes, '\'') != null;
    const has_double = std.mem.indexOfScalar(u8, bytes, '"') != null;
    const quote: u8 = if (has_single and !has_double) '"' else '\'';
    b.ensure(bytes.len + 2);
    b.appendByte(quote);
    var i: usize = 0;
    while (i < bytes.len) {
        const c = bytes[i];
        if (c < 0x80) {
            switch (c) {
                '\n' => b.append("\\n"),
                '\r' => b.append("\\r"),
                '\t' => b.append("\\t"),
                '\\' => b.append("\\\\"),
                else => {
                    if (c == quote) {
                        b.appendByte('\\');
                        b.appendByte(c);
                    } else if (c < 0x20 or c == 0x7f) {
                        b.print("\\x{x:0>2}", .{c});
                    } else {
                        b.appendByte(c);
                    }
                },
            }
            i += 1;
            continue;
        }
        const n = str_mod.seqLen(c);
        const cp = str_mod.decodeAt(bytes, i);
        if (@import("../unicode/unicode.zig").codepoint.isPrintable(cp)) {
            b.append(bytes[i .. i + n]);
        } else if (cp <= 0xff) {
            b.print("\\x{x:0>2}", .{cp});
        } else if (cp <= 0xffff) {
            b.print("\\u{x:0>4}", .{cp});
        } else {
            b.print("\\U{x:0>8}", .{cp});
        }
        i += n;
    }
    b.appendByte(quote);
}
