//! `collections.deque`, exact with CPython 3.11's _collections.deque: a ring buffer with
//! O(1) appends and pops at both ends, `maxlen` trimming, rotation, CPython's method errors,
//! the "deque mutated during iteration" check and `deque([1, 2], maxlen=3)` reprs.
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const clinic = @import("clinic.zig");
const nt = @import("nativetype.zig");
const Value = rt.Value;
const Error = rt.Error;
const NativeIter = rt.iter.NativeIter;
const exc = rt.exc;
const types = rt.types;

pub const Deque = struct {
    base: rt.Object,
    /// Ring buffer: item i is buf[(head + i) & (buf.len - 1)]; buf.len is 0 or a power of two.
    buf: []Value,
    head: usize,
    len: usize,
    /// -1 when unbounded.
    maxlen: i64,
    /// Bumped by every change of length or order, so iterators can detect mutation.
    state: u64,

    inline fn at(d: *const Deque, i: usize) *Value {
        return &d.buf[(d.head + i) & (d.buf.len - 1)];
    }

    pub fn val(d: *Deque) Value {
        return .{ .obj = &d.base };
    }

    fn grow(d: *Deque) void {
        const cap = if (d.buf.len == 0) 8 else d.buf.len * 2;
        const nb = rt.mem.allocSlice(Value, .scan, cap);
        for (0..d.len) |i| nb[i] = d.at(i).*;
        d.buf = nb;
        d.head = 0;
    }

    fn pushRight(d: *Deque, v: Value) void {
        if (d.len == d.buf.len) d.grow();
        d.at(d.len).* = v;
        d.len += 1;
        d.state +%= 1;
    }

    fn pushLeft(d: *Deque, v: Value) void {
        if (d.len == d.buf.len) d.grow();
        d.head = (d.head + d.buf.len - 1) & (d.buf.len - 1);
        d.buf[d.head] = v;
        d.len += 1;
        d.state +%= 1;
    }

    fn popRight(d: *Deque) ?Value {
        if (d.len == 0) return null;
        d.len -= 1;
        const slot = d.at(d.len);
        const v = slot.*;
        slot.* = .none;
        d.state +%= 1;
        return v;
    }

    fn popLeft(d: *Deque) ?Value {
        if (d.len == 0) return null;
        const v = d.buf[d.head];
        d.buf[d.head] = .none;
        d.head = (d.head + 1) & (d.buf.len - 1);
        d.len -= 1;
        d.state +%= 1;
        return v;
    }

    /// append(): adds on the right, dropping from the left past maxlen.
    pub fn append(d: *Deque, v: Value) void {
        d.pushRight(v);
        if (d.maxlen >= 0 and d.len > @as(usize, @intCast(d.maxlen))) _ = d.popLeft();
    }

    pub fn appendLeft(d: *Deque, v: Value) void {
        d.pushLeft(v);
        if (d.maxlen >= 0 and d.len > @as(usize, @intCast(d.maxlen))) _ = d.popRight();
    }

    fn clear(d: *Deque) void {
        d.buf = &.{};
        d.head = 0;
        d.len = 0;
        d.state +%= 1;
    }

    /// Rotates right by n (left when negative).
    fn rotate(d: *Deque, n_in: i64) void {
        if (d.len <= 1) return;
        const len: i64 = @intCast(d.len);
        var n = @mod(n_in, len);
        d.state +%= 1;
        if (n == 0) return;
        // Moving items between the ends keeps the buffer; choose the shorter direction.
        if (n <= @divFloor(len, 2)) {
            while (n > 0) : (n -= 1) {
                d.len -= 1;
                const v = d.at(d.len).*;
                d.head = (d.head + d.buf.len - 1) & (d.buf.len - 1);
                d.buf[d.head] = v;
                d.len += 1;
            }
        } else {
            var m = len - n;
            while (m > 0) : (m -= 1) {
                const v = d.buf[d.head];
                d.head = (d.head + 1) & (d.buf.len - 1);
                d.at(d.len - 1).* = v;
            }
        }
    }

    /// The items in order, as a fresh slice.
    pub fn items(d: *const Deque) []Value {
        const out = rt.mem.allocSlice(Value, .scan, d.len);
        for (out, 0..) |*x, i| x.* = d.at(i).*;
        return out;
    }
};

pub var deque_type = nt.template("collections.deque", .native, &deque_ops);
const deque_ops: rt.value.NativeOps = .{ .repr = repr, .len = lenHook, .iter = iterHook, .contains = containsHook, .eq = eqHook };

var methods = nt.defs("collections.deque", .{
    .{ "__init__", init_ },
    .{ "append", append_ },
    .{ "appendleft", appendleft_ },
    .{ "pop", pop_ },
    .{ "popleft", popleft_ },
    .{ "extend", extend_ },
    .{ "extendleft", extendleft_ },
    .{ "clear", clear_ },
    .{ "copy", copy_ },
    .{ "__copy__", copy_ },
    .{ "__reduce__", reduce_ },
    .{ "count", count_ },
    .{ "index", index_ },
    .{ "insert", insert_ },
    .{ "remove", remove_ },
    .{ "reverse", reverse_ },
    .{ "rotate", rotate_ },
    .{ "__len__", len_ },
    .{ "__iter__", iter_ },
    .{ "__reversed__", reversed_ },
    .{ "__contains__", contains_ },
    .{ "__getitem__", getitem_ },
    .{ "__setitem__", setitem_ },
    .{ "__delitem__", delitem_ },
    .{ "__add__", add_ },
    .{ "__iadd__", iadd_ },
    .{ "__mul__", mul_ },
    .{ "__rmul__", mul_ },
    .{ "__imul__", imul_ },
    .{ "__eq__", cmpMethod(.eq) },
    .{ "__ne__", cmpMethod(.ne) },
    .{ "__lt__", cmpMethod(.lt) },
    .{ "__le__", cmpMethod(.le) },
    .{ "__gt__", cmpMethod(.gt) },
    .{ "__ge__", cmpMethod(.ge) },
});
var new_def = rt.call.builtin("__new__", new_);
var maxlen_get = rt.call.builtin("maxlen", maxlenGet);
var class_getitem_def = rt.call.builtin("__class_getitem__", classGetitem);

pub var iter_type = nt.template("_collections._deque_iterator", .iterator, null);
pub var reviter_type = nt.template("_collections._deque_reverse_iterator", .iterator, null);

pub fn setup() void {
    if (deque_type.dict != null) return;
    nt.setup(&deque_type, &methods, &new_def);
    nt.unhashable(&deque_type);
    const p = rt.mem.create(rt.attr.Property, .scan);
    p.* = .{ .base = .{ .ty = &types.property_type }, .fget = maxlen_get.val() };
    rt.dict.setStr(deque_type.dict.?, mu.lit("maxlen"), .{ .obj = &p.base });
    const w = rt.mem.create(rt.attr.Wrapper, .scan);
    w.* = .{ .base = .{ .ty = &types.classmethod_type }, .func = class_getitem_def.val() };
    rt.dict.setStr(deque_type.dict.?, mu.lit("__class_getitem__"), .{ .obj = &w.base });
    nt.setup(&iter_type, &.{}, null);
    nt.setup(&reviter_type, &.{}, null);
}

// ---- Argument plumbing ------------------------------------------------------------------------

fn self_(self: Value) Error!*Deque {
    return nt.selfAs(Deque, &deque_type, self);
}

/// METH_O: `deque.name() takes exactly one argument (N given)`.
fn oneArg(comptime name: []const u8, args: rt.Args) Error!Value {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "deque." ++ name ++ "() takes no keyword arguments");
    if (args.pos.len != 1) return exc.raiseFmt(&types.TypeError, "deque." ++ name ++ "() takes exactly one argument ({d} given)", .{args.pos.len});
    return args.pos[0];
}

/// METH_NOARGS: `deque.name() takes no arguments (N given)`.
fn noArgs(comptime name: []const u8, args: rt.Args) Error!void {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "deque." ++ name ++ "() takes no keyword arguments");
    if (args.pos.len != 0) return exc.raiseFmt(&types.TypeError, "deque." ++ name ++ "() takes no arguments ({d} given)", .{args.pos.len});
}

// ---- Construction -----------------------------------------------------------------------------

pub fn alloc(t: *rt.Type) *Deque {
    const d = rt.mem.create(Deque, .scan);
    d.* = .{ .base = .{ .ty = t }, .buf = &.{}, .head = 0, .len = 0, .maxlen = -1, .state = 0 };
    return d;
}

fn new_(_: Value, args: rt.Args) Error!Value {
    const cls = try nt.newCls(&deque_type, args);
    return alloc(cls).val();
}

/// `deque(iterable=(), maxlen=None)`; calling it again on a deque refills it.
fn init_(self: Value, args: rt.Args) Error!Value {
    const d = try self_(self);
    const p = try clinic.bind(.{ .name = "deque", .names = &.{ "iterable", "maxlen" }, .n_pos = 2, .n_req = 0 }, args);
    var maxlen: i64 = -1;
    if (p[1]) |m| if (m != .none) {
        if (!(m == .int or m == .bool)) return exc.raiseMsg(&types.TypeError, "an integer is required");
        maxlen = try clinic.ssize(m);
        if (maxlen < 0) return exc.raiseMsg(&types.ValueError, "maxlen must be non-negative");
    };
    d.maxlen = maxlen;
    if (d.len > 0) d.clear();
    if (p[0]) |it| try extend(d, it);
    return .none;
}

pub fn extend(d: *Deque, iterable: Value) Error!void {
    // Extending a deque by itself reads a snapshot.
    if (iterable.isObj(&d.base)) {
        for (d.items()) |v| d.append(v);
        return;
    }
    if (iterable.isKind(.list)) {
        for (iterable.as(rt.List).items()) |v| d.append(v);
        return;
    }
    const it = try rt.iter.iter(iterable);
    while (try rt.iter.next(it)) |v| d.append(v);
}

fn extendLeft(d: *Deque, iterable: Value) Error!void {
    if (iterable.isObj(&d.base)) {
        for (d.items()) |v| d.appendLeft(v);
        return;
    }
    const it = try rt.iter.iter(iterable);
    while (try rt.iter.next(it)) |v| d.appendLeft(v);
}

/// A new deque like `d` (same class and maxlen) holding `d`'s items.
fn copyOf(d: *Deque) Error!*Deque {
    if (d.base.ty == &deque_type) {
        const c = alloc(&deque_type);
        c.maxlen = d.maxlen;
        for (0..d.len) |i| c.pushRight(d.at(i).*);
        return c;
    }
    // A subclass is rebuilt through its constructor, as CPython does.
    const maxlen: Value = if (d.maxlen < 0) .none else Value.fromSmall(d.maxlen);
    const r = try rt.call.call(.{ .obj = &d.base.ty.base }, .{ .pos = &.{ d.val(), maxlen } });
    return self_(r);
}

// ---- Methods ----------------------------------------------------------------------------------

fn append_(self: Value, args: rt.Args) Error!Value {
    const v = try oneArg("append", args);
    (try self_(self)).append(v);
    return .none;
}

fn appendleft_(self: Value, args: rt.Args) Error!Value {
    const v = try oneArg("appendleft", args);
    (try self_(self)).appendLeft(v);
    return .none;
}

fn pop_(self: Value, args: rt.Args) Error!Value {
    try noArgs("pop", args);
    return (try self_(self)).popRight() orelse exc.raiseMsg(&types.IndexError, "pop from an empty deque");
}

fn popleft_(self: Value, args: rt.Args) Error!Value {
    try noArgs("popleft", args);
    return (try self_(self)).popLeft() orelse exc.raiseMsg(&types.IndexError, "pop from an empty deque");
}

fn extend_(self: Value, args: rt.Args) Error!Value {
    const v = try oneArg("extend", args);
    try extend(try self_(self), v);
    return .none;
}

fn extendleft_(self: Value, args: rt.Args) Error!Value {
    const v = try oneArg("extendleft", args);
    try extendLeft(try self_(self), v);
    return .none;
}

fn clear_(self: Value, args: rt.Args) Error!Value {
    try noArgs("clear", args);
    (try self_(self)).clear();
    return .none;
}

fn copy_(self: Value, args: rt.Args) Error!Value {
    try noArgs("copy", args);
    return (try copyOf(try self_(self))).val();
}

/// `(type(d), ()` or `((), maxlen)`, None, iter(d))`, as CPython's deque.__reduce__ (copy and
/// deepcopy rebuild deques from it).
fn reduce_(self: Value, args: rt.Args) Error!Value {
    try noArgs("__reduce__", args);
    const d = try self_(self);
    const ctor_args = if (d.maxlen < 0) rt.tuple.empty.val() else rt.tupleOf(&.{ rt.tuple.empty.val(), Value.fromSmall(d.maxlen) });
    return rt.tupleOf(&.{ .{ .obj = &d.base.ty.base }, ctor_args, .none, newIter(d, false) });
}

fn mutated() Error {
    return exc.raiseMsg(&types.RuntimeError, "deque mutated during iteration");
}

fn count_(self: Value, args: rt.Args) Error!Value {
    const x = try oneArg("count", args);
    const d = try self_(self);
    const state = d.state;
    var n: i64 = 0;
    var i: usize = 0;
    while (i < d.len) : (i += 1) {
        if (try rt.ops.eq(d.at(i).*, x)) n += 1;
        if (d.state != state) return mutated();
    }
    return Value.fromSmall(n);
}

/// Clamps a start/stop argument as list.index does (negative counts from the end).
fn clampIndex(v: Value, len: usize) Error!usize {
    const i = (mu.indexOpt(v) catch |e| return e) orelse
        return exc.raiseMsg(&types.TypeError, "slice indices must be integers or have an __index__ method");
    const n: i64 = @intCast(len);
    var x = i.toI64() orelse (if (rt.intops.isNegative(i)) -n - 1 else n);
    if (x < 0) x = @max(0, x + n);
    return @intCast(@min(x, n));
}

fn index_(self: Value, args: rt.Args) Error!Value {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "deque.index() takes no keyword arguments");
    try clinic.unpackPos("index", args.pos.len, 1, 3);
    const d = try self_(self);
    const x = args.pos[0];
    const start = if (args.pos.len > 1) try clampIndex(args.pos[1], d.len) else 0;
    const stop = if (args.pos.len > 2) try clampIndex(args.pos[2], d.len) else d.len;
    const state = d.state;
    var i = start;
    while (i < stop and i < d.len) : (i += 1) {
        const eq = try rt.ops.eq(d.at(i).*, x);
        if (d.state != state) return mutated();
        if (eq) return Value.fromSmall(@intCast(i));
    }
    return notInDeque(x);
}

fn notInDeque(x: Value) Error {
    var b = rt.Builder{};
    try rt.repr.reprInto(&b, x);
    b.append(" is not in deque");
    return exc.raise(exc.newException(&types.ValueError, &.{b.finish().val()}));
}

fn insert_(self: Value, args: rt.Args) Error!Value {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "deque.insert() takes no keyword arguments");
    if (args.pos.len != 2) return exc.raiseFmt(&types.TypeError, "insert() takes exactly 2 arguments ({d} given)", .{args.pos.len});
    const d = try self_(self);
    const index = try clinic.ssize(args.pos[0]);
    const v = args.pos[1];
    if (d.maxlen >= 0 and d.len == @as(usize, @intCast(d.maxlen))) return exc.raiseMsg(&types.IndexError, "deque already at its maximum size");
    const n: i64 = @intCast(d.len);
    if (index >= n) {
        d.append(v);
    } else if (index <= -n or index == 0) {
        d.appendLeft(v);
    } else {
        d.rotate(-index);
        if (index < 0) d.append(v) else d.appendLeft(v);
        d.rotate(index);
    }
    return .none;
}

fn remove_(self: Value, args: rt.Args) Error!Value {
    const x = try oneArg("remove", args);
    const d = try self_(self);
    const n = d.len;
    for (0..n) |i| {
        const eq = try rt.ops.eq(d.at(i).*, x);
        if (d.len != n) return exc.raiseMsg(&types.IndexError, "deque mutated during remove().");
        if (eq) {
            try delAt(d, i);
            return .none;
        }
    }
    return notInDeque(x);
}

fn delAt(d: *Deque, i: usize) Error!void {
    // Shift the shorter side over the hole.
    if (i < d.len / 2) {
        var j = i;
        while (j > 0) : (j -= 1) d.at(j).* = d.at(j - 1).*;
        _ = d.popLeft();
    } else {
        for (i..d.len - 1) |j| d.at(j).* = d.at(j + 1).*;
        _ = d.popRight();
    }
}

fn reverse_(self: Value, args: rt.Args) Error!Value {
    try noArgs("reverse", args);
    const d = try self_(self);
    if (d.len < 2) return .none;
    var i: usize = 0;
    var j: usize = d.len - 1;
    while (i < j) : ({
        i += 1;
        j -= 1;
    }) std.mem.swap(Value, d.at(i), d.at(j));
    return .none;
}

fn rotate_(self: Value, args: rt.Args) Error!Value {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "deque.rotate() takes no keyword arguments");
    try clinic.unpackPos("deque.rotate", args.pos.len, 0, 1);
    const n = if (args.pos.len == 1) try clinic.ssize(args.pos[0]) else 1;
    (try self_(self)).rotate(n);
    return .none;
}

fn maxlenGet(_: Value, args: rt.Args) Error!Value {
    const d = try self_(args.pos[0]);
    return if (d.maxlen < 0) .none else Value.fromSmall(d.maxlen);
}

fn classGetitem(_: Value, args: rt.Args) Error!Value {
    if (args.pos.len != 2) return rt.exc.raiseMsg(&types.TypeError, "__class_getitem__ expected 2 arguments");
    return @import("../builtins/generic_alias.zig").make(args.pos[0], args.pos[1]);
}

// ---- Sequence protocol ------------------------------------------------------------------------

fn len_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__len__", args, 0, 0);
    return Value.fromSmall(@intCast((try self_(self)).len));
}

fn lenHook(v: Value) anyerror!usize {
    return (try self_(v)).len;
}

/// An item position: an int (or __index__), negative from the end; IndexError when outside.
fn position(d: *Deque, k: Value) Error!usize {
    const i = (try mu.indexOpt(k)) orelse
        return exc.raiseFmt(&types.TypeError, "sequence index must be integer, not '{s}'", .{rt.ops.typeName(k)});
    const n: i64 = @intCast(d.len);
    var x = i.toI64() orelse return exc.raiseMsg(&types.IndexError, "cannot fit 'int' into an index-sized integer");
    if (x < 0) x += n;
    if (x < 0 or x >= n) return exc.raiseMsg(&types.IndexError, "deque index out of range");
    return @intCast(x);
}

fn getitem_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__getitem__", args, 1, 1);
    const d = try self_(self);
    return d.at(try position(d, args.pos[0])).*;
}

fn setitem_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__setitem__", args, 2, 2);
    const d = try self_(self);
    d.at(try position(d, args.pos[0])).* = args.pos[1];
    return .none;
}

fn delitem_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__delitem__", args, 1, 1);
    const d = try self_(self);
    try delAt(d, try position(d, args.pos[0]));
    return .none;
}

fn contains(d: *Deque, x: Value) Error!bool {
    const state = d.state;
    var i: usize = 0;
    while (i < d.len) : (i += 1) {
        const eq = try rt.ops.eq(d.at(i).*, x);
        if (d.state != state) return mutated();
        if (eq) return true;
    }
    return false;
}

fn contains_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__contains__", args, 1, 1);
    return Value.fromBool(try contains(try self_(self), args.pos[0]));
}

fn containsHook(v: Value, x: Value) anyerror!bool {
    return contains(try self_(v), x);
}

// ---- Iteration --------------------------------------------------------------------------------

/// Iterators: `a` the deque, `i` the next position, `j` items left, `k` the deque's state.
fn newIter(d: *Deque, reverse: bool) Value {
    const it = rt.iter.newIter(if (reverse) &reviter_type else &iter_type, if (reverse) revNext else fwdNext, d.val());
    it.i = if (reverse) @as(i64, @intCast(d.len)) - 1 else 0;
    it.j = @intCast(d.len);
    it.k = @bitCast(d.state);
    return it.val();
}

fn check(it: *NativeIter) Error!?*Deque {
    const d = it.a.as(Deque);
    if (@as(u64, @bitCast(it.k)) != d.state) {
        it.j = 0;
        return mutated();
    }
    if (it.j <= 0) return null;
    it.j -= 1;
    return d;
}

fn fwdNext(it: *NativeIter) Error!?Value {
    const d = (try check(it)) orelse return null;
    const v = d.at(@intCast(it.i)).*;
    it.i += 1;
    return v;
}

fn revNext(it: *NativeIter) Error!?Value {
    const d = (try check(it)) orelse return null;
    const v = d.at(@intCast(it.i)).*;
    it.i -= 1;
    return v;
}

fn iter_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__iter__", args, 0, 0);
    return newIter(try self_(self), false);
}

fn iterHook(v: Value) anyerror!Value {
    return newIter(try self_(v), false);
}

fn reversed_(self: Value, args: rt.Args) Error!Value {
    try noArgs("__reversed__", args);
    return newIter(try self_(self), true);
}

// ---- Operators --------------------------------------------------------------------------------

fn add_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__add__", args, 1, 1);
    const d = try self_(self);
    const other = args.pos[0];
    if (!(other == .obj and other.obj.ty.isSubtype(&deque_type)))
        return exc.raiseFmt(&types.TypeError, "can only concatenate deque (not \"{s}\") to deque", .{rt.ops.typeName(other)});
    const r = try copyOf(d);
    try extend(r, other);
    return r.val();
}

fn iadd_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__iadd__", args, 1, 1);
    try extend(try self_(self), args.pos[0]);
    return self;
}

fn repeatCount(v: Value) Error!?i64 {
    const i = (try mu.indexOpt(v)) orelse return null;
    return i.toI64() orelse if (rt.intops.isNegative(i)) @as(i64, 0) else return exc.raiseMsg(&types.OverflowError, "cannot fit 'int' into an index-sized integer");
}

/// `d *= n` in place: the items repeated, trimmed to maxlen from the left.
fn repeatInPlace(d: *Deque, n: i64) void {
    if (n <= 0 or d.len == 0) {
        if (n <= 0) d.clear();
        return;
    }
    const snapshot = d.items();
    var k: i64 = 1;
    while (k < n) : (k += 1) {
        for (snapshot) |v| d.append(v);
        // Past maxlen the result no longer changes shape: stop once a full cycle is trimmed.
        if (d.maxlen >= 0 and k * @as(i64, @intCast(snapshot.len)) > d.maxlen + @as(i64, @intCast(snapshot.len))) break;
    }
}

fn mul_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__mul__", args, 1, 1);
    const d = try self_(self);
    const n = (try repeatCount(args.pos[0])) orelse return Value{ .obj = &rt.ops.not_implemented };
    const r = try copyOf(d);
    repeatInPlace(r, n);
    return r.val();
}

fn imul_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__imul__", args, 1, 1);
    const n = (try repeatCount(args.pos[0])) orelse return Value{ .obj = &rt.ops.not_implemented };
    repeatInPlace(try self_(self), n);
    return self;
}

fn isDeque(v: Value) bool {
    return v == .obj and v.obj.ty.isSubtype(&deque_type);
}

fn cmpMethod(comptime op: rt.ops.CmpOp) fn (Value, rt.Args) Error!Value {
    return struct {
        fn f(self: Value, args: rt.Args) Error!Value {
            try rt.call.expectArgs("__cmp__", args, 1, 1);
            const other = args.pos[0];
            if (!isDeque(self) or !isDeque(other)) return Value{ .obj = &rt.ops.not_implemented };
            return Value.fromBool(try compare(op, self.as(Deque), other.as(Deque)));
        }
    }.f;
}

fn compare(op: rt.ops.CmpOp, a: *Deque, b: *Deque) Error!bool {
    if (a == b and (op == .eq or op == .ne)) return op == .eq;
    return rt.seq.itemsCompare(op, a.items(), b.items());
}

fn eqHook(a: Value, b: Value) anyerror!bool {
    if (!isDeque(b)) return false;
    return compare(.eq, a.as(Deque), b.as(Deque));
}

// ---- repr -------------------------------------------------------------------------------------

/// `deque([1, 2])`, `deque([1], maxlen=3)`; a deque inside itself shows as `[...]`.
fn repr(v: Value, w: *std.Io.Writer) anyerror!void {
    const d = v.as(Deque);
    const name = d.base.ty.name;
    const short = name[if (std.mem.lastIndexOfScalar(u8, name, '.')) |i| i + 1 else 0..];
    if (inRepr(d)) return w.print("[...]", .{});
    reprPush(d);
    defer reprPop();
    try w.print("{s}([", .{short});
    for (d.items(), 0..) |x, i| {
        if (i > 0) try w.writeAll(", ");
        try w.writeAll((try rt.repr.repr(x)).bytes);
    }
    try w.writeAll("]");
    if (d.maxlen >= 0) try w.print(", maxlen={d}", .{d.maxlen});
    try w.writeAll(")");
}

var repr_stack: [64]*Deque = undefined;
var repr_depth: usize = 0;

fn inRepr(d: *Deque) bool {
    for (repr_stack[0..@min(repr_depth, repr_stack.len)]) |x| if (x == d) return true;
    return false;
}
fn reprPush(d: *Deque) void {
    if (repr_depth < repr_stack.len) repr_stack[repr_depth] = d;
    repr_depth += 1;
}
fn reprPop() void {
    repr_depth -= 1;
}
