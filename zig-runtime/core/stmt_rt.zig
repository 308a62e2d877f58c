//! Runtime support for statements the compiler lowers: raise/except matching, unpacking,
//! `for i in range(...)`, `with`, and building literals and displays.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const list_mod = @import("list.zig");
const tuple_mod = @import("tuple.zig");
const dict_mod = @import("dict.zig");
const names = @import("names.zig");
const call = @import("call.zig");
const attr = @import("attr.zig");
const ops = @import("ops.zig");
const iter = @import("iter.zig");
const intops = @import("intops.zig");
const Int = @import("int.zig").Int;
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Str = str_mod.Str;
const List = list_mod.List;
const Tuple = tuple_mod.Tuple;
const Dict = dict_mod.Dict;
const Error = @import("err.zig").Error;

// ---- raise / except --------------------------------------------------------------------------

/// `raise v [from cause]`: v is an exception instance or class.
pub fn raiseValue(v: Value, cause: ?Value) Error {
    const e = try toException(v);
    if (cause) |c| {
        if (c == .none) {
            e.cause = .none;
        } else {
            e.cause = (try toCause(c)).val();
        }
        e.suppress_context = true;
    }
    return exc.raise(e);
}

fn toException(v: Value) Error!*exc.ExcObject {
    if (v.isKind(.type)) {
        const t = v.as(Type);
        if (t.isSubtype(&types.BaseException)) {
            const r = try call.call(v, .{ .pos = &.{} });
            if (r.isKind(.exception)) return r.as(exc.ExcObject);
        }
        return exc.raiseMsg(&types.TypeError, "exceptions must derive from BaseException");
    }
    if (v == .obj and v.obj.ty.kind == .exception) return v.as(exc.ExcObject);
    return exc.raiseMsg(&types.TypeError, "exceptions must derive from BaseException");
}

/// The exception of `raise ... from c`: an instance, or a class called with no arguments.
fn toCause(c: Value) Error!*exc.ExcObject {
    if (c.isKind(.type) and c.as(Type).isSubtype(&types.BaseException)) {
        const r = try call.call(c, .{ .pos = &.{} });
        if (r.isKind(.exception)) return r.as(exc.ExcObject);
    } else if (c.isKind(.exception)) {
        return c.as(exc.ExcObject);
    }
    return exc.raiseMsg(&types.TypeError, "exception causes must derive from BaseException");
}

/// Bare `raise`: the exception being handled.
pub fn reraise() Error {
    const e = exc.handlingTop() orelse return exc.raiseMsg(&types.RuntimeError, "No active exception to reraise");
    exc.current = e;
    return error.PyException;
}

pub fn raiseAssert(msg: ?Value) Error {
    if (msg) |m| return exc.raiseWith(&types.AssertionError, m);
    return exc.raiseEmpty(&types.AssertionError);
}

/// `except T:` — T is a class or a tuple of classes.
pub fn excMatches(e: *exc.ExcObject, t: Value) Error!bool {
    if (t.isKind(.type)) {
        const ty = t.as(Type);
        if (!ty.isSubtype(&types.BaseException)) return exc.raiseMsg(&types.TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return e.base.ty.isSubtype(ty);
    }
    if (t.isKind(.tuple)) {
        for (t.as(Tuple).items) |x| if (try excMatches(e, x)) return true;
        return false;
    }
    return exc.raiseMsg(&types.TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

// ---- unpacking -------------------------------------------------------------------------------

/// `a, b, c = v`: the n items of v (list/tuple storage, or a fresh array).
/// True when `v`'s type has no iteration protocol at all (no __iter__, no __getitem__): a
/// TypeError from iter(v) is then about v itself, and unpacking or `*v` reword it as CPython.
fn notIterable(v: Value) bool {
    const t = ops.typeOf(v);
    if (!t.flags.heap) return true;
    return attr.lookupType(t, &names.__iter__) == null and attr.lookupType(t, &names.__getitem__) == null;
}

fn unpackIter(v: Value) Error!Value {
    return iter.iter(v) catch |e| {
        if (exc.pendingIs(&types.TypeError) and notIterable(v)) {
            _ = exc.take();
            return exc.raiseFmt(&types.TypeError, "cannot unpack non-iterable {s} object", .{ops.typeName(v)});
        }
        return e;
    };
}

pub fn unpack(v: Value, n: usize) Error![]const Value {
    if (v.isKind(.tuple)) {
        const items = v.as(Tuple).items;
        if (items.len == n) return items;
        return unpackError(items.len, n);
    }
    if (v.isKind(.list)) {
        const items = v.as(List).items();
        if (items.len == n) {
            // Copied: assigning the targets may mutate the list being unpacked.
            const out = mem.allocSlice(Value, .scan, n);
            @memcpy(out, items);
            return out;
        }
        return unpackError(items.len, n);
    }
    const out = mem.allocSlice(Value, .scan, n);
    const it = try unpackIter(v);
    var i: usize = 0;
    while (i < n) : (i += 1) {
        out[i] = (try iter.next(it)) orelse return exc.raiseFmt(&types.ValueError, "not enough values to unpack (expected {d}, got {d})", .{ n, i });
    }
    if ((try iter.next(it)) != null) return exc.raiseFmt(&types.ValueError, "too many values to unpack (expected {d})", .{n});
    return out;
}

fn unpackError(got: usize, n: usize) Error {
    if (got < n) return exc.raiseFmt(&types.ValueError, "not enough values to unpack (expected {d}, got {d})", .{ n, got });
    return exc.raiseFmt(&types.ValueError, "too many values to unpack (expected {d})", .{n});
}

/// `a, *b, c = v`: returns before + 1 + after items, the starred one a new list.
pub fn unpackStar(v: Value, before: usize, after: usize) Error![]const Value {
    const items = try iter.toSlice(try unpackIter(v));
    if (items.len < before + after) return exc.raiseFmt(&types.ValueError, "not enough values to unpack (expected at least {d}, got {d})", .{ before + after, items.len });
    const out = mem.allocSlice(Value, .scan, before + 1 + after);
    @memcpy(out[0..before], items[0..before]);
    out[before] = list_mod.fromSlice(items[before .. items.len - after]).val();
    @memcpy(out[before + 1 ..], items[items.len - after ..]);
    return out;
}

// ---- for i in range(...) ---------------------------------------------------------------------

/// The loop of `for i in range(...)`: n items start + k * step, as i64 (wrapping arithmetic is
/// exact, every item lies between start and stop). When a bound does not fit an i64, `big` is
/// set and the items are big_start + k * big_step as ints; n is then capped at maxInt(i64) (a
/// loop that long never finishes).
pub const RangeArgs = struct {
    start: i64,
    step: i64,
    n: usize,
    big: bool = false,
    big_start: Int = Int.zero,
    big_step: Int = Int.zero,
};

/// The loop bounds of range(a), range(a, b) or range(a, b, c): the arguments as range() takes
/// them, without allocating a range object.
pub fn rangeArgs(a: Value, b: ?Value, c: ?Value) Error!RangeArgs {
    const range = @import("range.zig");
    var start = Int.zero;
    var stop: Int = undefined;
    var step = Int.one;
    if (b) |bv| {
        start = try range.toIndex(a);
        stop = try range.toIndex(bv);
        if (c) |cv| step = try range.toIndex(cv);
    } else {
        stop = try range.toIndex(a);
    }
    if (intops.isZero(step)) return exc.raiseMsg(&types.ValueError, "range() arg 3 must not be zero");
    if (start.toI64()) |s| if (stop.toI64()) |e| if (step.toI64()) |st| return .{ .start = s, .step = st, .n = range.count(s, e, st) };
    const n = try range.lengthOf(start, stop, step);
    return .{ .start = 0, .step = 0, .n = @intCast(n.toI64() orelse std.math.maxInt(i64)), .big = true, .big_start = start, .big_step = step };
}

// ---- with ------------------------------------------------------------------------------------

/// Looks up `__exit__` on the manager's type before `__enter__` runs, as CPython does.
pub fn withExitFn(mgr: Value) Error!Value {
    const t = ops.typeOf(mgr);
    if (attr.lookupType(t, &names.__enter__) == null) {
        return exc.raiseFmt(&types.TypeError, "'{s}' object does not support the context manager protocol", .{t.name});
    }
    return attr.lookupType(t, &names.__exit__) orelse
        exc.raiseFmt(&types.TypeError, "'{s}' object does not support the context manager protocol (missed __exit__ method)", .{t.name});
}

pub fn withEnter(mgr: Value) Error!Value {
    const m = attr.lookupType(ops.typeOf(mgr), &names.__enter__).?;
    return call.callUnbound(m, mgr, &.{});
}

/// `__exit__(None, None, None)` when the body finished without an exception.
pub fn withExitNormal(mgr: Value, exit: Value) Error!Value {
    return call.callUnbound(exit, mgr, &.{ .none, .none, .none });
}

/// `__exit__(type, value, traceback)` for the exception in flight; true when it is suppressed
/// (then the exception is dropped), false when it must propagate (it stays pending).
pub fn withExitError(mgr: Value, exit: Value) Error!bool {
    const e = exc.take();
    exc.pushHandling(e);
    const tb = @import("../builtins/traceback_obj.zig").of(e);
    const r = call.callUnbound(exit, mgr, &.{ .{ .obj = &e.base.ty.base }, e.val(), tb }) catch |err| {
        exc.popHandling();
        return err;
    };
    exc.popHandling();
    if (try ops.truthy(r)) return true;
    exc.current = e;
    return false;
}

// ---- literals and displays -------------------------------------------------------------------

/// An int literal beyond the small range (parsed once per evaluation; rare in hot code).
pub fn bigLiteral(comptime digits: []const u8) Value {
    return .{ .int = intops.parse(digits, 10) catch unreachable };
}

pub fn listOf(items: []const Value) Value {
    return list_mod.fromSlice(items).val();
}

pub fn tupleOf(items: []const Value) Value {
    if (items.len == 0) return tuple_mod.empty.val();
    return tuple_mod.fromSlice(items).val();
}

/// `{**m}` in a dict display: merge any mapping.
pub fn dictMerge(d: *Dict, m: Value) Error!void {
    if (m.isKind(.dict)) return @import("seq.zig").dictUpdate(d, m.as(Dict));
    const keys = try call.callMethod(m, &@import("names.zig").__iter__, .{ .pos = &.{} });
    const it = try iter.iter(keys);
    while (try iter.next(it)) |k| {
        const v = try @import("sub.zig").getitem(m, k);
        try dict_mod.set(d, k, v);
    }
}

/// How CPython names a callable in call errors (_PyObject_FunctionStr): `module.qualname()`,
/// just `qualname()` for builtins, the callable's str() when it has no qualified name.
fn functionStr(b: *str_mod.Builder, f: Value) Error!void {
    if (f == .obj) switch (f.obj.ty.kind) {
        .function => {
            const fo = f.as(call.Function);
            if (!std.mem.eql(u8, fo.module, "builtins")) b.print("{s}.", .{fo.module});
            return b.print("{s}()", .{fo.qualname.bytes});
        },
        .method => return functionStr(b, f.as(call.Method).func),
        .builtin_function => {
            const bf = f.as(call.Builtin);
            if (bf.owner.len != 0) return b.print("{s}.{s}()", .{ bf.owner, bf.name });
            return b.print("{s}()", .{bf.name});
        },
        .type => {
            const t = f.as(Type);
            if (!std.mem.eql(u8, t.module, "builtins")) b.print("{s}.", .{t.module});
            return b.print("{s}()", .{t.qualname});
        },
        else => {},
    };
    return @import("repr.zig").strInto(b, f);
}

/// A builtin function object as a Value.
pub inline fn builtinFn(b: *call.Builtin) Value {
    return .{ .obj = &b.base };
}

/// Keyword arguments collected at run time (`f(**kw)`, mixed splats).
pub const KwBuilder = struct {
    names: std.ArrayListUnmanaged(*Str) = .{},
    vals: std.ArrayListUnmanaged(Value) = .{},
    /// The function being called (None when unknown), for the duplicate-keyword message.
    callee: Value = .none,

    pub fn add(k: *KwBuilder, name: *Str, v: Value) Error!void {
        for (k.names.items) |n| {
            if (str_mod.eql(n, name)) {
                var b = str_mod.Builder{};
                if (k.callee != .none) {
                    try functionStr(&b, k.callee);
                    b.appendByte(' ');
                }
                b.print("got multiple values for keyword argument '{s}'", .{name.bytes});
                return exc.raise(exc.newException(&types.TypeError, &.{b.finish().val()}));
            }
        }
        k.names.append(mem.allocator(.scan), name) catch unreachable;
        k.vals.append(mem.allocator(.scan), v) catch unreachable;
    }

    /// `f(*v)`: appends v's items to the positional arguments. `sole`: `*v` is the only
    /// positional argument (CPython then names the callee in the error; otherwise the list of
    /// arguments is built first and the error says "Value after *").
    pub fn starExtend(k: *KwBuilder, pos: *List, v: Value, sole: bool) Error!void {
        @import("seq.zig").listExtend(pos, v) catch |e| {
            if (exc.pendingIs(&types.TypeError) and notIterable(v)) {
                _ = exc.take();
                var b = str_mod.Builder{};
                if (sole and k.callee != .none) {
                    try functionStr(&b, k.callee);
                    b.append(" argument");
                } else b.append("Value");
                b.print(" after * must be an iterable, not {s}", .{ops.typeName(v)});
                return exc.raise(exc.newException(&types.TypeError, &.{b.finish().val()}));
            }
            return e;
        };
    }

    pub fn addMapping(k: *KwBuilder, m: Value) Error!void {
        if (!m.isKind(.dict)) {
            var b = str_mod.Builder{};
            if (k.callee != .none) {
                try functionStr(&b, k.callee);
                b.appendByte(' ');
            }
            b.print("argument after ** must be a mapping, not {s}", .{ops.typeName(m)});
            return exc.raise(exc.newException(&types.TypeError, &.{b.finish().val()}));
        }
        const d = m.as(Dict);
        var i: usize = 0;
        while (dict_mod.nextEntry(d, &i)) |e| {
            if (!e.key.isKind(.str)) return exc.raiseMsg(&types.TypeError, "keywords must be strings");
            try k.add(e.key.as(Str), e.value);
        }
    }

    pub fn args(k: *KwBuilder, pos: []const Value) call.Args {
        return .{ .pos = pos, .kwnames = k.names.items, .kwvals = k.vals.items };
    }
};
