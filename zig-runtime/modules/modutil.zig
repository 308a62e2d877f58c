//! Plumbing shared by the native stdlib modules (math, random, json, os, time, tempfile):
//! attribute tables, builtin function objects, Python-style argument binding, and the number
//! conversions CPython's C modules apply to their arguments (PyFloat_AsDouble,
//! PyNumber_Index).
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const natives = @import("../core/natives.zig");
const Value = rt.Value;
const Error = rt.Error;
const Int = rt.Int;
const exc = rt.exc;
const types = rt.types;

/// One attribute of a native module, resolved when the program reads it.
pub const Attr = union(enum) {
    func: *rt.call.Builtin,
    float: f64,
    int: i64,
    str: *rt.Str,
    /// A slot filled at run time (a module object, a class, os.environ).
    slot: *const fn () Value,

    pub fn value(a: Attr) Value {
        return switch (a) {
            .func => |b| b.val(),
            .float => |f| Value.fromFloat(f),
            .int => |i| Value.fromSmall(i),
            .str => |s| s.val(),
            .slot => |f| f(),
        };
    }
};

/// Name -> attribute, built at compile time: `get` costs a length switch and one compare.
pub const Map = std.StaticStringMap(Attr);

/// A module-level function `name` implemented by `f`.
pub fn func(comptime name: []const u8, comptime f: fn (rt.Args) Error!Value) Attr {
    const S = struct {
        var b = registry.func(name, f);
    };
    return .{ .func = &S.b };
}

/// A static str attribute.
pub fn strAttr(comptime text: []const u8) Attr {
    const S = struct {
        var s = rt.str.literal(text);
    };
    return .{ .str = &S.s };
}

/// A method of a native class (bound to its receiver on attribute access, like str.upper).
pub fn method(comptime owner: []const u8, comptime name: []const u8, comptime f: fn (Value, rt.Args) Error!Value) *rt.call.Builtin {
    const S = struct {
        var b = natives.method(owner, name, unboundToo(f));
    };
    return &S.b;
}

/// Lets a method also be called through its class (`json.JSONEncoder.default(self, o)`):
/// a builtin called unbound gets no receiver, so the first argument is taken as one.
pub fn unboundToo(comptime f: fn (Value, rt.Args) Error!Value) fn (Value, rt.Args) Error!Value {
    return struct {
        fn impl(self: Value, args: rt.Args) Error!Value {
            if (self != .none) return f(self, args);
            if (args.pos.len == 0) return exc.raiseFmt(&types.TypeError, "unbound method needs an argument", .{});
            return f(args.pos[0], .{ .pos = args.pos[1..], .kwnames = args.kwnames, .kwvals = args.kwvals });
        }
    }.impl;
}

/// A one-argument method as a Python function object (not a builtin): the runtime's repr()
/// and str() only call dunders that are, so native classes define __repr__ this way.
/// Allocates the function; call once, at module initialisation.
pub fn selfFunction(comptime qualname: []const u8, comptime f: fn (Value) Error!Value) Value {
    const S = struct {
        /// The C-ABI entry (compiled programs and the runtime are separate objects).
        fn entryC(_: *rt.Function, slots: [*]const Value, _: usize, out: *Value) callconv(.c) u8 {
            out.* = f(slots[0]) catch return 1;
            return 0;
        }
        /// The entry of a single-unit build (program and runtime compiled together).
        fn entryZig(_: *rt.Function, slots: []const Value) Error!Value {
            return f(slots[0]);
        }
        const entry_params = @typeInfo(@typeInfo(@FieldType(rt.Code, "entry")).pointer.child).@"fn".params.len;
        const code = rt.Code{ .name = "__repr__", .qualname = qualname, .params = &.{"self"}, .n_pos = 1, .entry = if (entry_params == 4) entryC else entryZig };
    };
    return rt.call.newFunction(&S.code, &.{}, &.{}, null).val();
}

/// A static str value for a compile-time literal (no allocation).
pub fn lit(comptime text: []const u8) *rt.Str {
    const S = struct {
        var s = rt.str.literal(text);
    };
    return &S.s;
}

// ---- Argument binding ------------------------------------------------------------------------

/// The signature of a function written in Python in CPython's stdlib (random.py, json,
/// posixpath, tempfile): positional-or-keyword parameters, then keyword-only ones. Binding
/// errors use the messages CPython gives for Python functions.
pub const Params = struct {
    /// The function's qualified name as messages show it (`Random.randint`, `dumps`).
    name: []const u8,
    /// Parameter names: `n_pos` positional-or-keyword first, then keyword-only ones.
    names: []const []const u8,
    n_pos: usize,
    /// Leading positional parameters without a default.
    n_req: usize,
    /// Keyword-only parameters without a default (they come first among the keyword-only).
    n_kwreq: usize = 0,
};

/// Binds `args` to `p`: slot i holds the argument for `p.names[i]`, or null when not given
/// (the caller applies the default).
pub fn bind(comptime p: Params, args: rt.Args) Error![p.names.len]?Value {
    var out: [p.names.len]?Value = @splat(null);
    if (args.pos.len > p.n_pos) return tooManyPositional(p, args.pos.len);
    for (args.pos, 0..) |v, i| out[i] = v;
    for (args.kwnames, args.kwvals) |k, v| {
        const i = indexOfName(p.names, k.bytes) orelse
            return exc.raiseFmt(&types.TypeError, "{s}() got an unexpected keyword argument '{s}'", .{ p.name, k.bytes });
        if (out[i] != null) return exc.raiseFmt(&types.TypeError, "{s}() got multiple values for argument '{s}'", .{ p.name, k.bytes });
        out[i] = v;
    }
    var missing: [p.names.len][]const u8 = undefined;
    var n_missing: usize = 0;
    for (0..p.n_req) |i| {
        if (out[i] == null) {
            missing[n_missing] = p.names[i];
            n_missing += 1;
        }
    }
    if (n_missing > 0) return missingArgs(p.name, "positional", missing[0..n_missing]);
    for (p.n_pos..p.n_pos + p.n_kwreq) |i| {
        if (out[i] == null) {
            missing[n_missing] = p.names[i];
            n_missing += 1;
        }
    }
    if (n_missing > 0) return missingArgs(p.name, "keyword-only", missing[0..n_missing]);
    return out;
}

fn indexOfName(list: []const []const u8, name: []const u8) ?usize {
    for (list, 0..) |n, i| if (std.mem.eql(u8, n, name)) return i;
    return null;
}

fn tooManyPositional(comptime p: Params, given: usize) Error {
    var b = rt.Builder{};
    if (p.n_req < p.n_pos) {
        b.print("{s}() takes from {d} to {d} positional arguments but {d}", .{ p.name, p.n_req, p.n_pos, given });
    } else {
        b.print("{s}() takes {d} positional argument{s} but {d}", .{ p.name, p.n_pos, if (p.n_pos == 1) "" else "s", given });
    }
    b.append(if (given == 1) " was given" else " were given");
    return exc.raise(exc.newException(&types.TypeError, &.{b.finish().val()}));
}

fn missingArgs(name: []const u8, what: []const u8, missing: []const []const u8) Error {
    var b = rt.Builder{};
    b.print("{s}() missing {d} required {s} argument{s}: ", .{ name, missing.len, what, if (missing.len == 1) "" else "s" });
    for (missing, 0..) |m, i| {
        if (i > 0) {
            if (missing.len == 2) b.append(" and ") else if (i == missing.len - 1) b.append(", and ") else b.append(", ");
        }
        b.print("'{s}'", .{m});
    }
    return exc.raise(exc.newException(&types.TypeError, &.{b.finish().val()}));
}

/// For C functions that take no keywords: `name() takes no keyword arguments`.
pub fn noKeywords(comptime name: []const u8, args: rt.Args) Error!void {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, name ++ "() takes no keyword arguments");
}

// ---- Number conversions ----------------------------------------------------------------------

/// PyFloat_AsDouble: floats, ints (OverflowError past the double range), bools, and objects
/// with `__float__` or `__index__`; TypeError "must be real number, not X" otherwise.
pub fn toF64(v: Value) Error!f64 {
    switch (v) {
        .float => |f| return f,
        .int => |i| return rt.intops.toF64(i),
        .bool => |b| return if (b) 1.0 else 0.0,
        .obj => |o| if (o.ty.flags.heap) {
            if (rt.attr.lookupType(o.ty, &rt.names.__float__)) |m| {
                const r = try rt.call.callUnbound(m, v, &.{});
                if (r != .float) return exc.raiseFmt(&types.TypeError, "{s}.__float__ returned non-float (type {s})", .{ o.ty.name, rt.ops.typeName(r) });
                return r.float;
            }
            if (try indexOpt(v)) |i| return rt.intops.toF64(i);
        },
        .none => {},
    }
    return exc.raiseFmt(&types.TypeError, "must be real number, not {s}", .{rt.ops.typeName(v)});
}

/// The int an `__index__`-able value stands for, or null when it has none.
pub fn indexOpt(v: Value) Error!?Int {
    switch (v) {
        .int => |i| return i,
        .bool => |b| return Int.fromSmall(@intFromBool(b)),
        .obj => |o| if (o.ty.flags.heap) {
            const m = rt.attr.lookupType(o.ty, &rt.names.__index__) orelse return null;
            const r = try rt.call.callUnbound(m, v, &.{});
            return switch (r) {
                .int => |i| i,
                .bool => |b| Int.fromSmall(@intFromBool(b)),
                else => exc.raiseFmt(&types.TypeError, "__index__ returned non-int (type {s})", .{rt.ops.typeName(r)}),
            };
        },
        else => {},
    }
    return null;
}

/// PyNumber_Index: TypeError "'X' object cannot be interpreted as an integer".
pub fn toIndex(v: Value) Error!Int {
    return (try indexOpt(v)) orelse
        exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(v)});
}

/// An index that must fit an i64 (Py_ssize_t): OverflowError past it.
pub fn toSsize(v: Value) Error!i64 {
    const i = try toIndex(v);
    return i.toI64() orelse exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C ssize_t");
}

/// A str argument: TypeError in CPython's wording for functions taking only str.
pub fn expectStr(comptime what: []const u8, v: Value) Error!*rt.Str {
    if (v.isKind(.str)) return v.as(rt.Str);
    return exc.raiseFmt(&types.TypeError, what ++ " must be str, not {s}", .{rt.ops.typeName(v)});
}

/// A float result as a value.
pub inline fn float(f: f64) Value {
    return Value.fromFloat(f);
}

/// A 2-tuple.
pub fn pair(a: Value, b: Value) Value {
    return rt.tuple.pair(a, b).val();
}
