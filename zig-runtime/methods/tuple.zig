//! Methods of `tuple`, with CPython 3.11's semantics and messages: typed functions over
//! `*Tuple`, and thin table wrappers that check the arguments.
const std = @import("std");
const rt = @import("../rt.zig");
const cargs = @import("cargs.zig");
const natives = @import("../core/natives.zig");
const list_methods = @import("list.zig");
const Value = rt.Value;
const Args = rt.Args;
const Error = rt.Error;
const Tuple = rt.Tuple;
const types = rt.types;
const exc = rt.exc;

// ---- Typed operations ------------------------------------------------------------------------

/// `t.index(x, start, stop)`.
pub fn index(t: *Tuple, x: Value, start: i64, stop: i64) Error!usize {
    const r = cargs.searchRange(start, stop, t.items.len);
    for (t.items[r.lo..r.hi], r.lo..) |v, i| {
        if (try list_methods.itemEq(v, x)) return i;
    }
    return exc.raiseMsg(&types.ValueError, "tuple.index(x): x not in tuple");
}

pub fn count(t: *Tuple, x: Value) Error!usize {
    var n: usize = 0;
    for (t.items) |v| {
        if (try list_methods.itemEq(v, x)) n += 1;
    }
    return n;
}

pub fn contains(t: *Tuple, x: Value) Error!bool {
    for (t.items) |v| {
        if (try list_methods.itemEq(v, x)) return true;
    }
    return false;
}

/// `a + b` (a plain tuple).
pub fn concat(a: *Tuple, b: *Tuple) *Tuple {
    if (b.items.len == 0 and a.base.ty == &types.tuple_type) return a;
    if (a.items.len == 0 and b.base.ty == &types.tuple_type) return b;
    const r = rt.tuple.alloc(a.items.len + b.items.len);
    @memcpy(r.items[0..a.items.len], a.items);
    @memcpy(r.items[a.items.len..], b.items);
    return r;
}

/// `t * n` (n <= 0 gives ()).
pub fn repeat(t: *Tuple, n: i64) Error!*Tuple {
    if (n == 1 and t.base.ty == &types.tuple_type) return t;
    if (n <= 0 or t.items.len == 0) return &rt.tuple.empty;
    const k: usize = @intCast(n);
    if (k > (@as(usize, 1) << 40) / t.items.len) return exc.raiseEmpty(&types.MemoryError);
    const len = t.items.len;
    const r = rt.tuple.alloc(len * k);
    for (0..k) |i| @memcpy(r.items[i * len ..][0..len], t.items);
    return r;
}

pub fn reprInto(b: *rt.Builder, t: *Tuple) Error!void {
    if (!cargs.reprEnter(&t.base)) return b.append("(...)");
    defer cargs.reprLeave();
    if (t.items.len == 1) return cargs.reprItems(b, t.items, "(", ",)");
    try cargs.reprItems(b, t.items, "(", ")");
}

/// A forward iterator over the tuple's items.
pub fn iterOf(t: *Tuple) Value {
    return rt.iter.newIter(&rt.iter.tuple_iterator_type, tupleNext, t.val()).val();
}

fn tupleNext(it: *rt.iter.NativeIter) Error!?Value {
    const t = it.a.as(Tuple);
    const i: usize = @intCast(it.i);
    if (i >= t.items.len) return null;
    it.i += 1;
    return t.items[i];
}

// ---- The table -------------------------------------------------------------------------------

fn m(comptime name: []const u8, comptime impl: cargs.Impl) rt.call.Builtin {
    return cargs.method("tuple", name, cargs.isTuple, impl);
}

inline fn self_(v: Value) *Tuple {
    return v.as(Tuple);
}

fn indexImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("tuple.index", "index", args, 1, 3);
    const start = if (cargs.opt(args, 1)) |v| try cargs.sliceIndexNotNone(v) else 0;
    const stop = if (cargs.opt(args, 2)) |v| try cargs.sliceIndexNotNone(v) else std.math.maxInt(i64);
    return Value.fromSmall(@intCast(try index(self_(self), args.pos[0], start, stop)));
}

fn countImpl(self: Value, args: Args) Error!Value {
    return Value.fromSmall(@intCast(try count(self_(self), try cargs.one("tuple.count", args))));
}

fn lenImpl(self: Value, args: Args) Error!Value {
    try cargs.none("tuple.__len__", args);
    return Value.fromSmall(@intCast(self_(self).items.len));
}

fn getitemImpl(self: Value, args: Args) Error!Value {
    return rt.sub.tupleGet(self_(self), try cargs.one("tuple.__getitem__", args));
}

fn containsImpl(self: Value, args: Args) Error!Value {
    return Value.fromBool(try contains(self_(self), try cargs.one("tuple.__contains__", args)));
}

fn iterImpl(self: Value, args: Args) Error!Value {
    try cargs.none("tuple.__iter__", args);
    return iterOf(self_(self));
}

fn addImpl(self: Value, args: Args) Error!Value {
    const other = try cargs.one("tuple.__add__", args);
    if (!other.isKind(.tuple)) return exc.raiseFmt(&types.TypeError, "can only concatenate tuple (not \"{s}\") to tuple", .{rt.ops.typeName(other)});
    return concat(self_(self), other.as(Tuple)).val();
}

fn mulImpl(self: Value, args: Args) Error!Value {
    return (try repeat(self_(self), try list_methods.repeatArg(try cargs.one("tuple.__mul__", args)))).val();
}

fn rmulImpl(self: Value, args: Args) Error!Value {
    return (try repeat(self_(self), try list_methods.repeatArg(try cargs.one("tuple.__rmul__", args)))).val();
}

fn cmpImpl(comptime op: rt.ops.CmpOp) cargs.Impl {
    return struct {
        fn f(self: Value, args: Args) Error!Value {
            const other = try cargs.one("tuple.__" ++ @tagName(op) ++ "__", args);
            if (!other.isKind(.tuple)) return cargs.notImplemented();
            return Value.fromBool(try rt.seq.itemsCompare(op, self_(self).items, other.as(Tuple).items));
        }
    }.f;
}

fn hashImpl(self: Value, args: Args) Error!Value {
    try cargs.none("tuple.__hash__", args);
    return Value.fromSmall(try rt.seq.tupleHash(self_(self)));
}

fn reprImpl(self: Value, args: Args) Error!Value {
    try cargs.none("tuple.__repr__", args);
    var b = rt.Builder{};
    try reprInto(&b, self_(self));
    return b.finish().val();
}

/// `tuple.__new__(cls, iterable=())`: what `super().__new__(cls, ...)` in a tuple subclass
/// calls. The receiver is the class (bound by super()) or None (called on `tuple` itself).
fn newImpl(self: Value, args: Args) Error!Value {
    if (args.pos.len == 0 or !args.pos[0].isKind(.type)) return exc.raiseMsg(&types.TypeError, "tuple.__new__(X): X is not a type object");
    _ = self;
    const cls = args.pos[0].as(rt.Type);
    if (!cls.isSubtype(&types.tuple_type)) return exc.raiseFmt(&types.TypeError, "tuple.__new__({s}): {s} is not a subtype of tuple", .{ cls.name, cls.name });
    return newOfType(cls, .{ .pos = args.pos[1..], .kwnames = args.kwnames, .kwvals = args.kwvals });
}

/// A tuple of type `cls` (tuple or a subclass) from `tuple(iterable=())`'s arguments: also what
/// calling a tuple subclass without its own `__new__` builds (core/class.zig allocInstance).
pub fn newOfType(cls: *rt.Type, rest: Args) Error!Value {
    try cargs.positional("tuple", "tuple", rest, 0, 1);
    const items: []const Value = if (rest.pos.len == 1) try rt.iter.toSlice(rest.pos[0]) else &.{};
    if (cls == &types.tuple_type) return (if (items.len == 0) &rt.tuple.empty else rt.tuple.fromSlice(items)).val();
    // A subclass instance needs its own object (never the shared empty tuple).
    const t = if (items.len == 0) allocEmpty() else rt.tuple.fromSlice(items);
    t.base.ty = cls;
    return t.val();
}

fn allocEmpty() *Tuple {
    const t = rt.mem.create(Tuple, .scan);
    t.* = .{ .base = .{ .ty = &types.tuple_type }, .items = &.{} };
    return t;
}

var index_b = m("index", indexImpl);
var count_b = m("count", countImpl);
var len_b = m("__len__", lenImpl);
var getitem_b = m("__getitem__", getitemImpl);
var contains_b = m("__contains__", containsImpl);
var iter_b = m("__iter__", iterImpl);
var add_b = m("__add__", addImpl);
var mul_b = m("__mul__", mulImpl);
var rmul_b = m("__rmul__", rmulImpl);
var eq_b = m("__eq__", cmpImpl(.eq));
var ne_b = m("__ne__", cmpImpl(.ne));
var lt_b = m("__lt__", cmpImpl(.lt));
var le_b = m("__le__", cmpImpl(.le));
var gt_b = m("__gt__", cmpImpl(.gt));
var ge_b = m("__ge__", cmpImpl(.ge));
var hash_b = m("__hash__", hashImpl);
var repr_b = m("__repr__", reprImpl);
var new_b = natives.method("tuple", "__new__", newImpl);

pub const table = natives.Table.initComptime(.{
    .{ "index", &index_b },
    .{ "count", &count_b },
    .{ "__len__", &len_b },
    .{ "__getitem__", &getitem_b },
    .{ "__contains__", &contains_b },
    .{ "__iter__", &iter_b },
    .{ "__add__", &add_b },
    .{ "__mul__", &mul_b },
    .{ "__rmul__", &rmul_b },
    .{ "__eq__", &eq_b },
    .{ "__ne__", &ne_b },
    .{ "__lt__", &lt_b },
    .{ "__le__", &le_b },
    .{ "__gt__", &gt_b },
    .{ "__ge__", &ge_b },
    .{ "__hash__", &hash_b },
    .{ "__repr__", &repr_b },
    .{ "__new__", &new_b },
});
