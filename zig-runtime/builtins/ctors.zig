//! Calling builtin types: int(), float(), str(), bool(), list(), tuple(), dict(), set(),
//! frozenset(), range(), type(), object(), slice(), property(), staticmethod(), classmethod(),
//! super(), bytes(), bytearray(), and the builtin exception classes.
const std = @import("std");
const rt = @import("../rt.zig");
const fmtlib = @import("../format/root.zig");
const Value = rt.Value;
const Error = rt.Error;
const types = rt.types;
const exc = rt.exc;
const Type = rt.Type;

pub fn construct(t: *Type, args: rt.Args) Error!Value {
    if (t.kind == .exception) {
        if (t.isSubtype(&types.BaseExceptionGroup)) return @import("../core/excgroup.zig").construct(t, args.pos);
        if (args.kwnames.len > 0) return exc.raiseFmt(&types.TypeError, "{s}() takes no keyword arguments", .{t.name});
        // OSError(errno, strerror, ...) is the subclass for errno (FileNotFoundError for 2...).
        if (t == &types.OSError and args.pos.len >= 2 and args.pos.len <= 5 and args.pos[0] == .int) {
            if (args.pos[0].int.toI64()) |n| if (n >= 0 and n <= std.math.maxInt(u16)) {
                return exc.newException(@import("../modules/osfs.zig").errorType(@intCast(n)), args.pos).val();
            };
        }
        return exc.newException(t, args.pos).val();
    }
    if (t == &types.int_type) return intCtor(args);
    if (t == &types.float_type) return floatCtor(args);
    if (t == &types.str_type) return strCtor(args);
    if (t == &types.bool_type) {
        try rt.call.expectArgs("bool", args, 0, 1);
        return Value.fromBool(if (args.pos.len == 0) false else try rt.ops.truthy(args.pos[0]));
    }
    if (t == &types.list_type) {
        try rt.call.expectArgs("list", args, 0, 1);
        if (args.pos.len == 0) return rt.list.new().val();
        return (try rt.iter.toList(args.pos[0])).val();
    }
    if (t == &types.tuple_type) {
        try rt.call.expectArgs("tuple", args, 0, 1);
        if (args.pos.len == 0) return rt.tuple.empty.val();
        // tuple(t) is t itself only for an exact tuple (a subclass instance is copied).
        if (args.pos[0] == .obj and args.pos[0].obj.ty == &types.tuple_type) return args.pos[0];
        return rt.tupleOf(try rt.iter.toSlice(args.pos[0]));
    }
    if (t == &types.dict_type) return dictCtor(rt.dict.new(), args);
    if (t == &types.set_type or t == &types.frozenset_type) {
        try rt.call.expectArgs(t.name, args, 0, 1);
        const s = rt.set.newOfType(t);
        if (args.pos.len == 1) try rt.set.update(s, args.pos[0]);
        return s.val();
    }
    if (t == &types.range_type) return rangeCtor(args);
    if (t == &types.memoryview_type) return @import("memoryview.zig").construct(args);
    if (t == &types.type_type) return typeCtor(args);
    if (t == &types.object_type) {
        try rt.call.expectArgs("object", args, 0, 0);
        const o = rt.mem.create(rt.attr.Instance, .scan);
        o.* = .{ .base = .{ .ty = &types.object_type }, .dict = rt.dict.new() };
        return o.val();
    }
    if (t == &types.slice_type) {
        try rt.call.expectArgs("slice", args, 1, 3);
        if (args.pos.len == 1) return rt.newSlice(.none, args.pos[0], .none);
        return rt.newSlice(args.pos[0], args.pos[1], if (args.pos.len == 3) args.pos[2] else .none);
    }
    if (t == &types.property_type) return propertyCtor(args);
    if (t == &types.staticmethod_type or t == &types.classmethod_type) {
        try rt.call.expectArgs(t.name, args, 1, 1);
        const w = rt.mem.create(rt.attr.Wrapper, .scan);
        w.* = .{ .base = .{ .ty = t }, .func = args.pos[0] };
        return .{ .obj = &w.base };
    }
    if (t == &types.super_type) {
        try rt.call.expectArgs("super", args, 2, 2);
        if (!args.pos[0].isKind(.type)) return exc.raiseMsg(&types.TypeError, "super() argument 1 must be a type");
        return rt.class.newSuper(args.pos[0].as(Type), args.pos[1]);
    }
    if (t == &types.bytes_type or t == &types.bytearray_type) return bytesCtor(t, args);
    if (t == &types.complex_type) {
        if (args.kwnames.len > 0) return exc.raiseMsg(&types.TypeError, "complex() keyword arguments are not supported by pyaot");
        return @import("../core/complex.zig").construct(args.pos);
    }
    if (t.native) |_| {}
    return exc.raiseFmt(&types.TypeError, "cannot create '{s}' instances", .{t.name});
}

/// An empty instance of a user subclass of a builtin container (`class D(dict)`).
pub fn constructEmpty(t: *Type) Error!Value {
    switch (t.kind) {
        .list => {
            const l = rt.list.new();
            l.base.ty = t;
            return l.val();
        },
        .dict => {
            const d = rt.dict.new();
            d.base.ty = t;
            return d.val();
        },
        .set, .frozenset => return rt.set.newOfType(t).val(),
        else => return exc.raiseFmt(&types.TypeError, "pyaot does not support subclassing '{s}'", .{t.mro[1].name}),
    }
}

// `str(x)`, `int(x)`, `float(x)` with the builtin type and one positional argument, called
// directly by compiled code (compiler/codegen/expr.ts) instead of calling the type object:
// string building with `s += str(i)` spent half its time dispatching that call.

pub fn strOf(v: Value) Error!Value {
    // A user `__str__` returning a str subclass instance: str() returns that instance as is.
    if (try rt.repr.userStr(v)) |r| return r;
    return (try rt.repr.str(v)).val();
}

pub fn intOf(v: Value) Error!Value {
    return intCtor(.{ .pos = &[_]Value{v} });
}

pub fn floatOf(v: Value) Error!Value {
    return floatCtor(.{ .pos = &[_]Value{v} });
}

fn intCtor(args: rt.Args) Error!Value {
    var x: ?Value = null;
    var base: ?Value = null;
    if (args.pos.len > 2) return exc.raiseFmt(&types.TypeError, "int() takes at most 2 arguments ({d} given)", .{args.pos.len});
    if (args.pos.len > 0) x = args.pos[0];
    if (args.pos.len > 1) base = args.pos[1];
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "base")) base = v else return exc.raiseFmt(&types.TypeError, "'{s}' is an invalid keyword argument for int()", .{k.bytes});
    }
    const v = x orelse return Value.fromSmall(0);
    if (base) |bv| {
        const b = switch (bv) {
            .int => |i| i.toI64() orelse 99,
            .bool => |bb| @as(i64, @intFromBool(bb)),
            else => return exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(bv)}),
        };
        if (b != 0 and (b < 2 or b > 36)) return exc.raiseMsg(&types.ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (!(v.isKind(.str) or v.isKind(.bytes) or v.isKind(.bytearray))) return exc.raiseMsg(&types.TypeError, "int() can't convert non-string with explicit base");
        return parseIntText(v, @intCast(b));
    }
    switch (v) {
        .int => return v,
        .bool => |b| return Value.fromSmall(@intFromBool(b)),
        .float => |f| return .{ .int = try rt.intops.fromF64(f) },
        .obj => |o| {
            if (o.ty.kind == .str or o.ty.kind == .bytes or o.ty.kind == .bytearray) return parseIntText(v, 10);
            if (o.ty.flags.heap) {
                inline for (.{ "__int__", "__index__" }, .{ &rt.names.__int__, &rt.names.__index__ }) |name, n| {
                    if (rt.attr.lookupType(o.ty, n)) |m| return intResult(name, try rt.call.callUnbound(m, v, &.{}));
                }
            }
        },
        else => {},
    }
    return exc.raiseFmt(&types.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '{s}'", .{rt.ops.typeName(v)});
}

/// The result of `__int__` / `__index__` as int() returns it: an int (a bool becomes 0 or 1;
/// CPython warns that returning an int subclass is deprecated), else CPython's TypeError.
fn intResult(comptime dunder: []const u8, r: Value) Error!Value {
    return switch (r) {
        .int => r,
        .bool => |b| Value.fromSmall(@intFromBool(b)),
        else => exc.raiseFmt(&types.TypeError, dunder ++ " returned non-int (type {s})", .{rt.ops.typeName(r)}),
    };
}

/// int(text, base): strips whitespace (Unicode too), then the int literal rules.
fn parseIntText(v: Value, base: u8) Error!Value {
    const raw: []const u8 = if (v.isKind(.str)) v.as(rt.Str).bytes else v.as(rt.bytes.Bytes).data();
    const trimmed = trimSpace(raw);
    const ascii = try decimalDigitsToAscii(trimmed);
    return .{ .int = rt.intops.parse(ascii, base) catch |e| {
        if (e == error.PyException) return error.PyException;
        var b = rt.Builder{};
        b.print("invalid literal for int() with base {d}: ", .{base});
        // CPython formats the argument with %.200R: its repr cut to 200 characters.
        var r = rt.Builder{};
        try rt.repr.reprInto(&r, v);
        const rs = r.slice();
        var end: usize = 0;
        var k: usize = 0;
        while (end < rs.len and k < 200) : (k += 1) end += rt.str.seqLen(rs[end]);
        b.append(rs[0..@min(end, rs.len)]);
        return exc.raise(exc.newException(&types.ValueError, &.{b.finish().val()}));
    } };
}

/// int() and float() accept any Unicode decimal digit; map them to ASCII first.
fn decimalDigitsToAscii(s: []const u8) Error![]const u8 {
    var all_ascii = true;
    for (s) |c| if (c >= 0x80) {
        all_ascii = false;
        break;
    };
    if (all_ascii) return s;
    var b = rt.Builder{};
    var i: usize = 0;
    while (i < s.len) {
        const n = rt.str.seqLen(s[i]);
        const cp = rt.str.decodeAt(s, i);
        if (cp >= 0x80) {
            if (@import("../unicode/unicode.zig").codepoint.decimalValue(cp)) |d| b.appendByte('0' + @as(u8, d)) else b.append(s[i .. i + n]);
        } else b.appendByte(@intCast(cp));
        i += n;
    }
    return b.slice();
}

fn trimSpace(s: []const u8) []const u8 {
    var lo: usize = 0;
    var hi: usize = s.len;
    while (lo < hi) {
        const cp = rt.str.decodeAt(s, lo);
        if (!@import("../unicode/unicode.zig").codepoint.isSpace(cp)) break;
        lo += rt.str.seqLen(s[lo]);
    }
    while (hi > lo) {
        var start = hi - 1;
        while (start > lo and (s[start] & 0xC0) == 0x80) start -= 1;
        const cp = rt.str.decodeAt(s, start);
        if (!@import("../unicode/unicode.zig").codepoint.isSpace(cp)) break;
        hi = start;
    }
    return s[lo..hi];
}

fn floatCtor(args: rt.Args) Error!Value {
    try rt.call.expectArgs("float", args, 0, 1);
    if (args.pos.len == 0) return .{ .float = 0.0 };
    const v = args.pos[0];
    switch (v) {
        .float => return v,
        .int => |i| return .{ .float = try rt.intops.toF64(i) },
        .bool => |b| return .{ .float = @floatFromInt(@intFromBool(b)) },
        .obj => |o| {
            if (o.ty.kind == .str) {
                const text = try decimalDigitsToAscii(trimSpace(v.as(rt.Str).bytes));
                return .{ .float = fmtlib.parseFloatStr(text) catch {
                    var b = rt.Builder{};
                    b.append("could not convert string to float: ");
                    try rt.repr.reprInto(&b, v);
                    return exc.raise(exc.newException(&types.ValueError, &.{b.finish().val()}));
                } };
            }
            if (o.ty.kind == .bytes or o.ty.kind == .bytearray) {
                // float(b" 1.5 "): bytes parse like str (ASCII whitespace stripped).
                const text = std.mem.trim(u8, v.as(rt.bytes.Bytes).data(), " \t\n\r\x0b\x0c");
                return .{ .float = fmtlib.parseFloatStr(text) catch {
                    var b = rt.Builder{};
                    b.append("could not convert string to float: ");
                    try rt.repr.reprInto(&b, v);
                    return exc.raise(exc.newException(&types.ValueError, &.{b.finish().val()}));
                } };
            }
            if (o.ty.flags.heap) {
                if (rt.attr.lookupType(o.ty, &rt.names.__float__)) |m| {
                    const r = try rt.call.callUnbound(m, v, &.{});
                    if (r == .float) return r;
                    return exc.raiseFmt(&types.TypeError, "{s}.__float__ returned non-float (type {s})", .{ rt.ops.typeName(v), rt.ops.typeName(r) });
                }
                if (rt.attr.lookupType(o.ty, &rt.names.__index__)) |m| {
                    const r = try intResult("__index__", try rt.call.callUnbound(m, v, &.{}));
                    return .{ .float = try rt.intops.toF64(r.int) };
                }
            }
        },
        else => {},
    }
    return exc.raiseFmt(&types.TypeError, "float() argument must be a string or a real number, not '{s}'", .{rt.ops.typeName(v)});
}

fn strCtor(args: rt.Args) Error!Value {
    if (args.pos.len == 0 and args.kwnames.len == 0) return rt.str.empty.val();
    if (args.pos.len == 1 and args.kwnames.len == 0) return strOf(args.pos[0]);
    // str(bytes, encoding[, errors])
    const src = if (args.pos.len > 0) args.pos[0] else rt.call.kwarg(args, "object") orelse return rt.str.empty.val();
    if (src.isKind(.bytes) or src.isKind(.bytearray)) {
        const data = src.as(rt.bytes.Bytes).data();
        if (!std.unicode.utf8ValidateSlice(data)) return exc.raiseMsg(&types.UnicodeDecodeError, "'utf-8' codec can't decode bytes: invalid start byte");
        return rt.str.fromBytes(data).val();
    }
    return exc.raiseMsg(&types.TypeError, "decoding str is not supported");
}

pub fn dictCtor(d: *rt.Dict, args: rt.Args) Error!Value {
    if (args.pos.len > 1) return exc.raiseFmt(&types.TypeError, "dict expected at most 1 argument, got {d}", .{args.pos.len});
    if (args.pos.len == 1) try dictUpdateFrom(d, args.pos[0]);
    for (args.kwnames, args.kwvals) |k, v| try rt.dict.set(d, k.val(), v);
    return d.val();
}

/// dict.update(src) / dict(src): a mapping (keys() + getitem) or an iterable of pairs.
pub fn dictUpdateFrom(d: *rt.Dict, src: Value) Error!void {
    if (src.isKind(.dict)) return rt.seq.dictUpdate(d, src.as(rt.Dict));
    if (src == .obj and src.obj.ty.flags.heap and rt.attr.lookupType(src.obj.ty, rt.str.static("keys")) != null) {
        const keys = try rt.call.callMethod(src, rt.str.static("keys"), .{ .pos = &.{} });
        const it = try rt.iter.iter(keys);
        while (try rt.iter.next(it)) |k| try rt.dict.set(d, k, try rt.sub.getitem(src, k));
        return;
    }
    const it = try rt.iter.iter(src);
    var i: usize = 0;
    while (try rt.iter.next(it)) |item| : (i += 1) {
        const kv = rt.iter.toSlice(item) catch |e| {
            if (exc.pendingIs(&types.TypeError)) {
                _ = exc.take();
                return exc.raiseFmt(&types.TypeError, "cannot convert dictionary update sequence element #{d} to a sequence", .{i});
            }
            return e;
        };
        if (kv.len != 2) return exc.raiseFmt(&types.ValueError, "dictionary update sequence element #{d} has length {d}; 2 is required", .{ i, kv.len });
        try rt.dict.set(d, kv[0], kv[1]);
    }
}

fn rangeCtor(args: rt.Args) Error!Value {
    if (args.kwnames.len > 0) return exc.raiseMsg(&types.TypeError, "range() takes no keyword arguments");
    if (args.pos.len == 0) return exc.raiseMsg(&types.TypeError, "range expected at least 1 argument, got 0");
    if (args.pos.len > 3) return exc.raiseFmt(&types.TypeError, "range expected at most 3 arguments, got {d}", .{args.pos.len});
    return (try rt.range.fromArgs(args.pos[0], if (args.pos.len > 1) args.pos[1] else null, if (args.pos.len > 2) args.pos[2] else null)).val();
}

fn typeCtor(args: rt.Args) Error!Value {
    if (args.pos.len == 1) return .{ .obj = &rt.ops.typeOf(args.pos[0]).base };
    if (args.pos.len != 3) return exc.raiseMsg(&types.TypeError, "type() takes 1 or 3 arguments");
    if (!args.pos[0].isKind(.str) or !args.pos[1].isKind(.tuple) or !args.pos[2].isKind(.dict)) return exc.raiseMsg(&types.TypeError, "type() argument types must be (str, tuple, dict)");
    const name = args.pos[0].as(rt.Str).bytes;
    const ns = rt.dict.copy(args.pos[2].as(rt.Dict));
    const t = try rt.class.newClass(name, name, "__main__", args.pos[1].as(rt.Tuple).items, ns);
    return .{ .obj = &t.base };
}

fn propertyCtor(args: rt.Args) Error!Value {
    const p = rt.mem.create(rt.attr.Property, .scan);
    p.* = .{ .base = .{ .ty = &types.property_type } };
    const fields = [_]*Value{ &p.fget, &p.fset, &p.fdel, &p.doc };
    if (args.pos.len > 4) return exc.raiseFmt(&types.TypeError, "property expected at most 4 arguments, got {d}", .{args.pos.len});
    for (args.pos, 0..) |v, i| fields[i].* = v;
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "fget")) p.fget = v else if (std.mem.eql(u8, k.bytes, "fset")) p.fset = v else if (std.mem.eql(u8, k.bytes, "fdel")) p.fdel = v else if (std.mem.eql(u8, k.bytes, "doc")) p.doc = v else return exc.raiseFmt(&types.TypeError, "property() got an unexpected keyword argument '{s}'", .{k.bytes});
    }
    if (p.doc == .none and p.fget != .none) {
        p.doc = (rt.attr.getattrOpt(p.fget, &rt.names.__doc__) catch null) orelse .none;
    }
    return .{ .obj = &p.base };
}

/// An instance of a user subclass of bytes or bytearray from the arguments of calling it.
pub fn bytesOfType(t: *Type, args: rt.Args) Error!Value {
    return bytesCtor(t, args);
}

/// An instance of a user subclass of frozenset from the arguments of calling it.
pub fn frozensetOfType(t: *Type, args: rt.Args) Error!Value {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "frozenset() takes no keyword arguments");
    if (args.pos.len > 1) return exc.raiseFmt(&types.TypeError, "{s} expected at most 1 argument, got {d}", .{ t.name, args.pos.len });
    const s = rt.set.newOfType(t);
    if (args.pos.len == 1) try rt.set.update(s, args.pos[0]);
    return s.val();
}

/// bytes(source, encoding, errors) and bytearray(...)'s arguments, with CPython's checks.
const BytesArgs = struct { source: ?Value = null, encoding: ?Value = null, errors: ?Value = null };

fn bytesArgs(t: *Type, args: rt.Args) Error!BytesArgs {
    const fname = if (t.isSubtype(&types.bytearray_type)) "bytearray" else "bytes";
    const total = args.pos.len + args.kwnames.len;
    if (total > 3) return exc.raiseFmt(&types.TypeError, "{s}() takes at most 3 arguments ({d} given)", .{ fname, total });
    var slots = [3]?Value{ null, null, null };
    for (args.pos, 0..) |v, i| slots[i] = v;
    const names = [3][]const u8{ "source", "encoding", "errors" };
    for (args.kwnames, args.kwvals) |k, v| {
        const i = for (names, 0..) |n, j| {
            if (std.mem.eql(u8, n, k.bytes)) break j;
        } else return exc.raiseFmt(&types.TypeError, "'{s}' is an invalid keyword argument for {s}()", .{ k.bytes, fname });
        if (slots[i] != null) return exc.raiseFmt(&types.TypeError, "argument for {s}() given by name ('{s}') and position ({d})", .{ fname, k.bytes, i + 1 });
        slots[i] = v;
    }
    for (slots[1..], names[1..]) |v, n| if (v) |x| if (!x.isKind(.str))
        return exc.raiseFmt(&types.TypeError, "{s}() argument '{s}' must be str, not {s}", .{ fname, n, rt.ops.typeName(x) });
    return .{ .source = slots[0], .encoding = slots[1], .errors = slots[2] };
}

fn bytesCtor(t: *Type, args: rt.Args) Error!Value {
    const a = try bytesArgs(t, args);
    const is_str = if (a.source) |v| v.isKind(.str) else false;
    // CPython's order of complaints (bytes_new / bytearray___init__).
    if (a.encoding != null and !is_str) return exc.raiseMsg(&types.TypeError, "encoding without a string argument");
    if (a.errors != null and !is_str) return exc.raiseMsg(&types.TypeError, "errors without a string argument");
    const v = a.source orelse return rt.bytes.fromSliceOfType(t, "").val();
    if (is_str) {
        const enc = a.encoding orelse return exc.raiseMsg(&types.TypeError, "string argument without an encoding");
        // str.encode does the codec (and its LookupError and UnicodeEncodeError).
        const enc_args = [2]Value{ enc, a.errors orelse rt.str.static("strict").val() };
        const out = try rt.attr.callMethod(v, rt.str.static("encode"), .{ .pos = &enc_args });
        return rt.bytes.fromSliceOfType(t, out.as(rt.bytes.Bytes).data()).val();
    }
    if (v == .int) {
        const n = v.int.toI64() orelse return exc.raiseMsg(&types.OverflowError, "cannot fit 'int' into an index-sized integer");
        if (n < 0) return exc.raiseMsg(&types.ValueError, "negative count");
        const buf = rt.mem.allocSlice(u8, .noscan, @intCast(n));
        return rt.bytes.fromSliceOfType(t, buf).val();
    }
    if (v.isKind(.bytes) or v.isKind(.bytearray)) return rt.bytes.fromSliceOfType(t, v.as(rt.bytes.Bytes).data()).val();
    const items = try rt.iter.toSlice(v);
    const buf = rt.mem.allocSlice(u8, .noscan, items.len);
    for (items, 0..) |x, i| buf[i] = rt.bytes.byteValue(x) catch |e| {
        // bytes() says "bytes must be in range(0, 256)"; bytearray() keeps "byte must ...".
        if (!t.isSubtype(&types.bytearray_type) and exc.pendingIs(&types.ValueError)) {
            _ = exc.take();
            return exc.raiseMsg(&types.ValueError, "bytes must be in range(0, 256)");
        }
        return e;
    };
    return rt.bytes.fromSliceOfType(t, buf).val();
}
