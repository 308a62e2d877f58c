//! `collections.Counter`, a native port of CPython 3.11's (pure Python) Counter: a dict
//! subclass of counts. Every method reaches the counter through the generic protocols
//! (`self[x]`, `self.items()`, `self.get`), as the Python methods do, so subclasses that
//! override those see the same calls; results of the operators are plain Counters.
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const nt = @import("nativetype.zig");
const dictm = @import("../methods/dict.zig");
const sorting = @import("../builtins/sorting.zig");
const heapq = @import("heapq.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;
const ops = rt.ops;

pub var counter_type = nt.templateIn("collections", "Counter", .dict, &types.dict_type, &.{ .repr = repr });

var methods = nt.defs("collections.Counter", .{
    .{ "__init__", init_ },
    .{ "__missing__", missing_ },
    .{ "total", total_ },
    .{ "most_common", mostCommon_ },
    .{ "elements", elements_ },
    .{ "update", update_ },
    .{ "subtract", subtract_ },
    .{ "copy", copy_ },
    .{ "__copy__", copy_ },
    .{ "__reduce__", reduce_ },
    .{ "__delitem__", delitem_ },
    .{ "__eq__", eq_ },
    .{ "__ne__", ne_ },
    .{ "__le__", le_ },
    .{ "__lt__", lt_ },
    .{ "__ge__", ge_ },
    .{ "__gt__", gt_ },
    .{ "__add__", binop(.add) },
    .{ "__sub__", binop(.sub) },
    .{ "__or__", binop(.bor) },
    .{ "__and__", binop(.band) },
    .{ "__pos__", pos_ },
    .{ "__neg__", neg_ },
    .{ "_keep_positive", keepPositive_ },
    .{ "__iadd__", inplace(.add) },
    .{ "__isub__", inplace(.sub) },
    .{ "__ior__", inplace(.bor) },
    .{ "__iand__", inplace(.band) },
});
var fromkeys_def = rt.call.builtin("fromkeys", fromkeys_);
var second_def = rt.call.builtin("_count", second);

pub fn setup() void {
    if (counter_type.dict != null) return;
    nt.setup(&counter_type, &methods, null);
    nt.unhashable(&counter_type);
    nt.classmethod(&counter_type, &fromkeys_def);
    nt.classmethod(&counter_type, &nt.class_getitem);
}

// ---- Helpers ----------------------------------------------------------------------------------

const zero = Value.fromSmall(0);

fn isCounter(v: Value) bool {
    return v == .obj and v.obj.ty.isSubtype(&counter_type);
}

fn notImplemented() Value {
    return .{ .obj = &ops.not_implemented };
}

fn method(self: Value, comptime name: []const u8, pos: []const Value) Error!Value {
    return rt.attr.callMethod(self, mu.lit(name), .{ .pos = pos });
}

/// `self.items()` as a list of (key, count) pairs.
fn itemsOf(v: Value) Error![]Value {
    return (try rt.iter.toList(try method(v, "items", &.{}))).items();
}

fn pairOf(item: Value) Error![2]Value {
    const p = try rt.unpack(item, 2);
    return .{ p[0], p[1] };
}

fn newCounter() *rt.Dict {
    const d = rt.dict.new();
    d.base.ty = &counter_type;
    return d;
}

const isMapping = @import("chainmap.zig").isMapping;

/// Arguments of `f(self, iterable=None, /, **kwds)`: the optional positional and the keywords.
fn iterableArg(comptime qualname: []const u8, args: rt.Args) Error!Value {
    if (args.pos.len > 1) return exc.raiseFmt(&types.TypeError, qualname ++ "() takes from 1 to 2 positional arguments but {d} were given", .{args.pos.len + 1});
    return if (args.pos.len == 1) args.pos[0] else .none;
}

fn kwdsDict(args: rt.Args) ?Value {
    if (args.kwnames.len == 0) return null;
    const d = rt.dict.new();
    for (args.kwnames, args.kwvals) |k, v| rt.dict.setStr(d, k, v);
    return d.val();
}

// ---- Construction and counting -----------------------------------------------------------------

fn init_(self: Value, args: rt.Args) Error!Value {
    const iterable = try iterableArg("Counter.__init__", args);
    var pos: [1]Value = .{iterable};
    _ = try rt.attr.callMethod(self, mu.lit("update"), .{ .pos = pos[0..@intFromBool(iterable != .none)], .kwnames = args.kwnames, .kwvals = args.kwvals });
    return .none;
}

fn missing_(_: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__missing__", args, 1, 1);
    return zero;
}

fn update_(self: Value, args: rt.Args) Error!Value {
    const iterable = try iterableArg("Counter.update", args);
    if (iterable != .none) {
        if (isMapping(iterable)) {
            if (try ops.truthy(self)) {
                for (try itemsOf(iterable)) |item| {
                    const elem, const count = try pairOf(item);
                    const old = try method(self, "get", &.{ elem, zero });
                    try rt.sub.setitem(self, elem, try ops.binary(.add, count, old));
                }
            } else {
                // Fast path when the counter is empty: dict.update.
                try dictm.update(self.as(rt.Dict), iterable, &.{}, &.{});
            }
        } else {
            _ = try @import("_collections.zig").countElements(self, iterable);
        }
    }
    if (kwdsDict(args)) |k| _ = try method(self, "update", &.{k});
    return .none;
}

fn subtract_(self: Value, args: rt.Args) Error!Value {
    const iterable = try iterableArg("Counter.subtract", args);
    if (iterable != .none) {
        if (isMapping(iterable)) {
            for (try itemsOf(iterable)) |item| {
                const elem, const count = try pairOf(item);
                const old = try method(self, "get", &.{ elem, zero });
                try rt.sub.setitem(self, elem, try ops.binary(.sub, old, count));
            }
        } else {
            const it = try rt.iter.iter(iterable);
            while (try rt.iter.next(it)) |elem| {
                const old = try method(self, "get", &.{ elem, zero });
                try rt.sub.setitem(self, elem, try ops.binary(.sub, old, Value.fromSmall(1)));
            }
        }
    }
    if (kwdsDict(args)) |k| _ = try method(self, "subtract", &.{k});
    return .none;
}

fn total_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("total", args, 0, 0);
    const it = try rt.iter.iter(try method(self, "values", &.{}));
    var acc = zero;
    while (try rt.iter.next(it)) |v| acc = try ops.binary(.add, acc, v);
    return acc;
}

/// The sort key of most_common: an item's count (itemgetter(1)).
fn second(_: Value, args: rt.Args) Error!Value {
    return rt.sub.getitem(args.pos[0], Value.fromSmall(1));
}

fn mostCommon_(self: Value, args: rt.Args) Error!Value {
    const p = try mu.bind(.{ .name = "Counter.most_common", .names = &.{"n"}, .n_pos = 1, .n_req = 0 }, args);
    const n = p[0] orelse .none;
    const items = try rt.iter.toList(try method(self, "items", &.{}));
    if (n == .none) {
        try sorting.sortValues(items.items(), second_def.val(), true);
        return items.val();
    }
    return heapq.nlargest(n, items.val(), second_def.val());
}

/// elements(): chain.from_iterable(starmap(repeat, self.items())), itertools' own objects.
fn elements_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("elements", args, 0, 0);
    const itertools = try rt.modules.import("itertools");
    const starmap = try rt.attr.getattr(itertools, mu.lit("starmap"));
    const repeat = try rt.attr.getattr(itertools, mu.lit("repeat"));
    const chain = try rt.attr.getattr(itertools, mu.lit("chain"));
    const pairs = try rt.call.call2(starmap, repeat, try method(self, "items", &.{}));
    return rt.attr.callMethod(chain, mu.lit("from_iterable"), .{ .pos = &.{pairs} });
}

fn fromkeys_(_: Value, _: rt.Args) Error!Value {
    return exc.raiseMsg(&types.NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

fn copy_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("copy", args, 0, 0);
    return rt.call.call1(.{ .obj = &ops.typeOf(self).base }, self);
}

fn reduce_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__reduce__", args, 0, 0);
    const plain = rt.dict.copy(self.as(rt.Dict));
    return rt.tupleOf(&.{ .{ .obj = &ops.typeOf(self).base }, rt.tupleOf(&.{plain.val()}) });
}

/// Like dict.__delitem__ but a missing key is no error.
fn delitem_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__delitem__", args, 1, 1);
    if (try rt.sub.contains(self, args.pos[0])) _ = try rt.dict.remove(self.as(rt.Dict), args.pos[0]);
    return .none;
}

// ---- Comparisons (missing counts are zero) -----------------------------------------------------

/// all(self[e] <op> other[e] for c in (self, other) for e in c)
fn allCounts(op: ops.CmpOp, a: Value, b: Value) Error!bool {
    for ([_]Value{ a, b }) |c| {
        const it = try rt.iter.iter(c);
        while (try rt.iter.next(it)) |e| {
            const r = try ops.compare(op, try rt.sub.getitem(a, e), try rt.sub.getitem(b, e));
            if (!try ops.truthy(r)) return false;
        }
    }
    return true;
}

fn cmpArgs(self: Value, args: rt.Args) Error!?Value {
    try rt.call.expectArgs("__cmp__", args, 1, 1);
    if (!isCounter(self) or !isCounter(args.pos[0])) return null;
    return args.pos[0];
}

fn eq_(self: Value, args: rt.Args) Error!Value {
    const other = (try cmpArgs(self, args)) orelse return notImplemented();
    return Value.fromBool(try allCounts(.eq, self, other));
}

fn ne_(self: Value, args: rt.Args) Error!Value {
    const other = (try cmpArgs(self, args)) orelse return notImplemented();
    return Value.fromBool(!try ops.eq(self, other));
}

fn le_(self: Value, args: rt.Args) Error!Value {
    const other = (try cmpArgs(self, args)) orelse return notImplemented();
    return Value.fromBool(try allCounts(.le, self, other));
}

fn ge_(self: Value, args: rt.Args) Error!Value {
    const other = (try cmpArgs(self, args)) orelse return notImplemented();
    return Value.fromBool(try allCounts(.ge, self, other));
}

fn lt_(self: Value, args: rt.Args) Error!Value {
    const other = (try cmpArgs(self, args)) orelse return notImplemented();
    return Value.fromBool(try ops.le(self, other) and try ops.ne(self, other));
}

fn gt_(self: Value, args: rt.Args) Error!Value {
    const other = (try cmpArgs(self, args)) orelse return notImplemented();
    return Value.fromBool(try ops.ge(self, other) and try ops.ne(self, other));
}

// ---- Multiset operators -------------------------------------------------------------------------

fn positive(v: Value) Error!bool {
    return ops.gt(v, zero);
}

/// Counter + - | & Counter, keeping only positive counts (CPython's loops, in its order).
fn binop(comptime op: ops.BinOp) fn (Value, rt.Args) Error!Value {
    return struct {
        fn f(self: Value, args: rt.Args) Error!Value {
            try rt.call.expectArgs("__op__", args, 1, 1);
            const other = args.pos[0];
            if (!isCounter(self) or !isCounter(other)) return notImplemented();
            const result = newCounter();
            for (try itemsOf(self)) |item| {
                const elem, const count = try pairOf(item);
                const other_count = try rt.sub.getitem(other, elem);
                const newcount = switch (op) {
                    .add => try ops.binary(.add, count, other_count),
                    .sub => try ops.binary(.sub, count, other_count),
                    .bor => if (try ops.lt(count, other_count)) other_count else count,
                    .band => if (try ops.lt(count, other_count)) count else other_count,
                    else => unreachable,
                };
                if (try positive(newcount)) try rt.dict.set(result, elem, newcount);
            }
            if (op == .band) return result.val();
            for (try itemsOf(other)) |item| {
                const elem, const count = try pairOf(item);
                if (try rt.sub.contains(self, elem)) continue;
                if (op == .sub) {
                    if (try ops.lt(count, zero)) try rt.dict.set(result, elem, try ops.binary(.sub, zero, count));
                } else if (try positive(count)) {
                    try rt.dict.set(result, elem, count);
                }
            }
            return result.val();
        }
    }.f;
}

fn pos_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__pos__", args, 0, 0);
    const result = newCounter();
    for (try itemsOf(self)) |item| {
        const elem, const count = try pairOf(item);
        if (try positive(count)) try rt.dict.set(result, elem, count);
    }
    return result.val();
}

fn neg_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__neg__", args, 0, 0);
    const result = newCounter();
    for (try itemsOf(self)) |item| {
        const elem, const count = try pairOf(item);
        if (try ops.lt(count, zero)) try rt.dict.set(result, elem, try ops.binary(.sub, zero, count));
    }
    return result.val();
}

/// Strips elements whose count is not positive.
fn keepPositive(self: Value) Error!Value {
    const nonpositive = rt.list.new();
    for (try itemsOf(self)) |item| {
        const elem, const count = try pairOf(item);
        if (!try positive(count)) rt.list.append(nonpositive, elem);
    }
    for (nonpositive.items()) |elem| try rt.sub.delitem(self, elem);
    return self;
}

fn keepPositive_(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("_keep_positive", args, 0, 0);
    return keepPositive(self);
}

/// `+=`, `-=`, `|=`, `&=` in place, then the non-positive counts are dropped.
fn inplace(comptime op: ops.BinOp) fn (Value, rt.Args) Error!Value {
    return struct {
        fn f(self: Value, args: rt.Args) Error!Value {
            try rt.call.expectArgs("__iop__", args, 1, 1);
            const other = args.pos[0];
            const source = if (op == .band) self else other;
            for (try itemsOf(source)) |item| {
                const elem, const count = try pairOf(item);
                switch (op) {
                    .add, .sub => try rt.sub.setitem(self, elem, try ops.inplace(op, try rt.sub.getitem(self, elem), count)),
                    .bor => if (try ops.gt(count, try rt.sub.getitem(self, elem))) try rt.sub.setitem(self, elem, count),
                    .band => {
                        const other_count = try rt.sub.getitem(other, elem);
                        if (try ops.lt(other_count, count)) try rt.sub.setitem(self, elem, other_count);
                    },
                    else => unreachable,
                }
            }
            return keepPositive(self);
        }
    }.f;
}

// ---- repr -------------------------------------------------------------------------------------

/// `Counter({'a': 2, 'b': 1})` in most_common order (insertion order when the counts do not
/// compare); `Counter()` when empty.
fn repr(v: Value, w: *std.Io.Writer) anyerror!void {
    const name = nt.shortName(v.obj.ty);
    if (v.as(rt.Dict).len == 0) return w.print("{s}()", .{name});
    if (!nt.reprEnter(v.obj)) return w.writeAll("...");
    defer nt.reprLeave();
    const ordered = rt.dict.new();
    const mc = method(v, "most_common", &.{}) catch |e| blk: {
        if (!exc.pendingIs(&types.TypeError)) return e;
        _ = exc.take();
        break :blk null;
    };
    if (mc) |items| {
        for ((try rt.iter.toList(items)).items()) |item| {
            const elem, const count = try pairOf(item);
            try rt.dict.set(ordered, elem, count);
        }
    } else {
        try dictm.update(ordered, v, &.{}, &.{});
    }
    var b = rt.Builder{};
    try dictm.reprInto(&b, ordered);
    try w.print("{s}({s})", .{ name, b.slice() });
}
