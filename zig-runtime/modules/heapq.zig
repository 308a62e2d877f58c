//! The `heapq` module, exact with CPython 3.11: the C accelerator's heap operations (_heapq:
//! same sift algorithms, same `<` calls in the same order, same errors) and heapq.py's
//! merge/nlargest/nsmallest, ported with their decorate-with-order tuples so ties and errors
//! come out as in CPython.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const clinic = @import("clinic.zig");
const sorting = @import("../builtins/sorting.zig");
const Value = rt.Value;
const Error = rt.Error;
const List = rt.List;
const exc = rt.exc;
const types = rt.types;

var mod: ?*rt.Module = null;

pub fn module() Value {
    return registry.nativeModule(&mod, "heapq", get);
}

const attrs = mu.Map.initComptime(.{
    .{ "heappush", mu.func("heappush", heappush_) },
    .{ "heappop", mu.func("heappop", heappop_) },
    .{ "heapify", mu.func("heapify", heapify_) },
    .{ "heapreplace", mu.func("heapreplace", heapreplace_) },
    .{ "heappushpop", mu.func("heappushpop", heappushpop_) },
    .{ "_heappop_max", mu.func("_heappop_max", heappopMax_) },
    .{ "_heapreplace_max", mu.func("_heapreplace_max", heapreplaceMax_) },
    .{ "_heapify_max", mu.func("_heapify_max", heapifyMax_) },
    .{ "_siftdown", mu.func("_siftdown", siftdown_) },
    .{ "_siftup", mu.func("_siftup", siftup_) },
    .{ "_siftdown_max", mu.func("_siftdown_max", siftdownMax_) },
    .{ "_siftup_max", mu.func("_siftup_max", siftupMax_) },
    .{ "merge", mu.func("merge", merge_) },
    .{ "nlargest", mu.func("nlargest", nlargest_) },
    .{ "nsmallest", mu.func("nsmallest", nsmallest_) },
});

fn get(name: []const u8) ?Value {
    if (attrs.get(name)) |a| return a.value();
    if (std.mem.eql(u8, name, "__all__")) return allNames();
    return null;
}

fn allNames() Value {
    const names = [_][]const u8{ "heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop" };
    const l = rt.list.withCapacity(names.len);
    for (names) |n| rt.list.append(l, rt.str.static(n).val());
    return l.val();
}

// ---- Sifting (_heapqmodule.c) -----------------------------------------------------------------

const Order = enum { min, max };

/// Whether `x` goes above `y`: x < y for a min-heap, y < x for a max-heap.
inline fn before(comptime o: Order, x: Value, y: Value) Error!bool {
    return switch (o) {
        .min => rt.ops.lt(x, y),
        .max => rt.ops.lt(y, x),
    };
}

fn changedSize() Error {
    return exc.raiseMsg(&types.RuntimeError, "list changed size during iteration");
}

/// Moves the item at `pos` up towards `start` until its parent does not go after it.
pub fn siftdown(comptime o: Order, heap: *List, start: usize, pos_in: usize) Error!void {
    const size = heap.len;
    if (pos_in >= size) return exc.raiseMsg(&types.IndexError, "list index out of range");
    var pos = pos_in;
    while (pos > start) {
        const parentpos = (pos - 1) >> 1;
        const goes_up = try before(o, heap.buf()[pos], heap.buf()[parentpos]);
        if (size != heap.len) return changedSize();
        if (!goes_up) break;
        std.mem.swap(Value, &heap.buf()[parentpos], &heap.buf()[pos]);
        pos = parentpos;
    }
}

/// Bubbles the smaller child up from `pos` to a leaf, then sifts the item down into place.
pub fn siftup(comptime o: Order, heap: *List, pos_in: usize) Error!void {
    const end = heap.len;
    const start = pos_in;
    if (pos_in >= end) return exc.raiseMsg(&types.IndexError, "list index out of range");
    var pos = pos_in;
    const limit = end >> 1;
    while (pos < limit) {
        var child = 2 * pos + 1;
        if (child + 1 < end) {
            const left_first = try before(o, heap.buf()[child], heap.buf()[child + 1]);
            if (end != heap.len) return changedSize();
            if (!left_first) child += 1;
        }
        std.mem.swap(Value, &heap.buf()[child], &heap.buf()[pos]);
        pos = child;
    }
    return siftdown(o, heap, start, pos);
}

/// Bottom-up heapify. (CPython switches to a cache-friendly visiting order past 2500 items;
/// every node is still sifted after its children, so the result is the same heap.)
pub fn heapify(comptime o: Order, heap: *List) Error!void {
    var i = heap.len >> 1;
    while (i > 0) {
        i -= 1;
        try siftup(o, heap, i);
    }
}

pub fn push(heap: *List, item: Value) Error!void {
    rt.list.append(heap, item);
    try siftdown(.min, heap, 0, heap.len - 1);
}

pub fn pop(comptime o: Order, heap: *List) Error!Value {
    if (heap.len == 0) return exc.raiseMsg(&types.IndexError, "index out of range");
    const last = try rt.list.pop(heap, -1);
    if (heap.len == 0) return last;
    const top = heap.buf()[0];
    heap.buf()[0] = last;
    try siftup(o, heap, 0);
    return top;
}

pub fn replace(comptime o: Order, heap: *List, item: Value) Error!Value {
    if (heap.len == 0) return exc.raiseMsg(&types.IndexError, "index out of range");
    const top = heap.buf()[0];
    heap.buf()[0] = item;
    try siftup(o, heap, 0);
    return top;
}

// ---- Module functions -------------------------------------------------------------------------

/// The heap argument: a list (or list subclass), else CPython's TypeError.
fn heapArg(comptime fname: []const u8, comptime which: []const u8, v: Value) Error!*List {
    if (v.isKind(.list)) return v.as(List);
    return exc.raiseFmt(&types.TypeError, fname ++ "() argument" ++ which ++ " must be list, not {s}", .{rt.ops.typeName(v)});
}

fn heappush_(args: rt.Args) Error!Value {
    try clinic.unpack("heappush", args, 2, 2);
    try push(try heapArg("heappush", " 1", args.pos[0]), args.pos[1]);
    return .none;
}

fn heappop_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("heappop", args, 1, 1);
    return pop(.min, try heapArg("heappop", "", args.pos[0]));
}

fn heappopMax_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("_heappop_max", args, 1, 1);
    return pop(.max, try heapArg("_heappop_max", "", args.pos[0]));
}

fn heapify_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("heapify", args, 1, 1);
    try heapify(.min, try heapArg("heapify", "", args.pos[0]));
    return .none;
}

fn heapifyMax_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("_heapify_max", args, 1, 1);
    try heapify(.max, try heapArg("_heapify_max", "", args.pos[0]));
    return .none;
}

fn heapreplace_(args: rt.Args) Error!Value {
    try clinic.unpack("heapreplace", args, 2, 2);
    return replace(.min, try heapArg("heapreplace", " 1", args.pos[0]), args.pos[1]);
}

fn heapreplaceMax_(args: rt.Args) Error!Value {
    try clinic.unpack("_heapreplace_max", args, 2, 2);
    return replace(.max, try heapArg("_heapreplace_max", " 1", args.pos[0]), args.pos[1]);
}

fn heappushpop_(args: rt.Args) Error!Value {
    try clinic.unpack("heappushpop", args, 2, 2);
    const heap = try heapArg("heappushpop", " 1", args.pos[0]);
    const item = args.pos[1];
    if (heap.len == 0) return item;
    if (!try rt.ops.lt(heap.buf()[0], item)) return item;
    if (heap.len == 0) return exc.raiseMsg(&types.IndexError, "index out of range");
    const top = heap.buf()[0];
    heap.buf()[0] = item;
    try siftup(.min, heap, 0);
    return top;
}

/// heapq.py's pure-Python helpers `_siftdown(heap, startpos, pos)` and `_siftup(heap, pos)`,
/// which some programs call directly (same algorithms as the C versions).
fn position(v: Value, heap: *List) Error!usize {
    const x = try clinic.ssize(v);
    if (x < 0 or x >= heap.len) return exc.raiseMsg(&types.IndexError, "list index out of range");
    return @intCast(x);
}

fn siftdownAny(comptime o: Order, comptime name: []const u8, args: rt.Args) Error!Value {
    const p = try mu.bind(.{ .name = name, .names = &.{ "heap", "startpos", "pos" }, .n_pos = 3, .n_req = 3 }, args);
    const heap = try heapArg(name, " 1", p[0].?);
    try siftdown(o, heap, try position(p[1].?, heap), try position(p[2].?, heap));
    return .none;
}

fn siftupAny(comptime o: Order, comptime name: []const u8, args: rt.Args) Error!Value {
    const p = try mu.bind(.{ .name = name, .names = &.{ "heap", "pos" }, .n_pos = 2, .n_req = 2 }, args);
    const heap = try heapArg(name, " 1", p[0].?);
    try siftup(o, heap, try position(p[1].?, heap));
    return .none;
}

fn siftdown_(args: rt.Args) Error!Value {
    return siftdownAny(.min, "_siftdown", args);
}
fn siftdownMax_(args: rt.Args) Error!Value {
    return siftdownAny(.max, "_siftdown_max", args);
}
fn siftup_(args: rt.Args) Error!Value {
    return siftupAny(.min, "_siftup", args);
}
fn siftupMax_(args: rt.Args) Error!Value {
    return siftupAny(.max, "_siftup_max", args);
}

// ---- nsmallest / nlargest (heapq.py) ------------------------------------------------------------

/// heapq.nlargest(n, iterable, key) for native callers (Counter.most_common).
pub fn nlargest(n: Value, iterable: Value, key: Value) Error!Value {
    return nBest(.max, "nlargest", .{ .pos = &.{ n, iterable, key } });
}

fn nsmallest_(args: rt.Args) Error!Value {
    return nBest(.min, "nsmallest", args);
}

fn nlargest_(args: rt.Args) Error!Value {
    return nBest(.max, "nlargest", args);
}

/// heapq.py's nsmallest (o = .min) and nlargest (o = .max). The kept items are a heap of the
/// opposite order whose top is the worst kept; items carry an order number so ties keep input
/// order and items themselves are never compared when their keys tie.
fn nBest(comptime o: Order, comptime name: []const u8, args: rt.Args) Error!Value {
    const p = try mu.bind(.{ .name = name, .names = &.{ "n", "iterable", "key" }, .n_pos = 3, .n_req = 2 }, args);
    const n = p[0].?;
    const iterable = p[1].?;
    const key = p[2] orelse .none;
    if (try rt.ops.eq(n, Value.fromSmall(1))) return bestOne(o, iterable, key);
    if (try sizeOf(iterable)) |size| {
        if (try rt.ops.ge(n, Value.fromSmall(@intCast(size)))) {
            const l = try rt.iter.toList(iterable);
            try sorting.sortValues(l.items(), key, o == .max);
            const count = try countOf(n);
            if (count < l.len) l.len = count;
            return l.val();
        }
    }
    const count = try countOf(n);
    const it = try rt.iter.iter(iterable);
    const result = rt.list.new();
    // Orders: 0, 1, 2, ... for nsmallest; 0, -1, -2, ... for nlargest.
    const step: i64 = if (o == .min) 1 else -1;
    var order: i64 = 0;
    while (result.len < count) : (order += step) {
        const elem = (try rt.iter.next(it)) orelse break;
        rt.list.append(result, try decorate(key, elem, order));
    }
    if (result.len == 0) return result.val();
    // The kept set's worst item sits on top: a max-heap for nsmallest, a min-heap for nlargest.
    const keep: Order = if (o == .min) .max else .min;
    try heapify(keep, result);
    var top = topKey(result);
    while (try rt.iter.next(it)) |elem| {
        const k = if (key == .none) elem else try rt.call.call1(key, elem);
        const better = if (o == .min) try rt.ops.lt(k, top) else try rt.ops.lt(top, k);
        if (better) {
            _ = try replace(keep, result, if (key == .none) rt.tupleOf(&.{ elem, Value.fromSmall(order) }) else rt.tupleOf(&.{ k, Value.fromSmall(order), elem }));
            top = topKey(result);
            order += step;
        }
    }
    try sorting.sortValues(result.items(), .none, o == .max);
    // Undecorate: (elem, order) or (key, order, elem).
    for (result.items()) |*slot| slot.* = slot.as(rt.Tuple).items[if (key == .none) 0 else 2];
    return result.val();
}

fn decorate(key: Value, elem: Value, order: i64) Error!Value {
    if (key == .none) return rt.tupleOf(&.{ elem, Value.fromSmall(order) });
    return rt.tupleOf(&.{ try rt.call.call1(key, elem), Value.fromSmall(order), elem });
}

fn topKey(heap: *List) Value {
    return heap.buf()[0].as(rt.Tuple).items[0];
}

/// n == 1: min()/max() with the key, or [] for an empty iterable.
fn bestOne(comptime o: Order, iterable: Value, key: Value) Error!Value {
    const it = try rt.iter.iter(iterable);
    const first = (try rt.iter.next(it)) orelse return rt.list.new().val();
    var best = first;
    var best_key = if (key == .none) first else try rt.call.call1(key, first);
    while (try rt.iter.next(it)) |v| {
        const k = if (key == .none) v else try rt.call.call1(key, v);
        const better = if (o == .min) try rt.ops.lt(k, best_key) else try rt.ops.gt(k, best_key);
        if (better) {
            best = v;
            best_key = k;
        }
    }
    return rt.listOf(&.{best});
}

/// len(iterable), or null when it has none (TypeError/AttributeError are swallowed).
fn sizeOf(iterable: Value) Error!?usize {
    return rt.iter.len(iterable) catch |e| {
        if (exc.pendingIs(&types.TypeError) or exc.pendingIs(&types.AttributeError)) {
            _ = exc.take();
            return null;
        }
        return e;
    };
}

/// How many items range(n) yields (n must be an index; negative gives none).
fn countOf(n: Value) Error!usize {
    const i = try mu.toIndex(n);
    if (rt.intops.isNegative(i)) return 0;
    const v = i.toI64() orelse return std.math.maxInt(usize);
    return @intCast(v);
}

// ---- merge (heapq.py's generator) ---------------------------------------------------------------

var merge_type: rt.Type = .{
    .base = .{ .ty = &types.type_type },
    .kind = .iterator,
    .name = "generator",
    .qualname = "generator",
    .bases = &.{&types.object_type},
    .mro = &.{&types.object_type},
    .flags = .{ .final = true },
};

const MergeIter = struct {
    it: rt.iter.NativeIter,
    /// Entries [value, order, iterator] (no key) or [key, order, value, iterator].
    h: *List,
    sources: []const Value,
    key: Value,
    reverse: bool,
    phase: enum { start, pick, advance, last, drain, done } = .start,
};

fn merge_(args: rt.Args) Error!Value {
    var key: Value = .none;
    var reverse = false;
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "key")) {
            key = v;
        } else if (std.mem.eql(u8, k.bytes, "reverse")) {
            reverse = try rt.ops.truthy(v);
        } else return exc.raiseFmt(&types.TypeError, "merge() got an unexpected keyword argument '{s}'", .{k.bytes});
    }
    const m = rt.mem.create(MergeIter, .scan);
    const sources = rt.mem.allocSlice(Value, .scan, args.pos.len);
    @memcpy(sources, args.pos);
    m.* = .{ .it = .{ .base = .{ .ty = &merge_type }, .nextFn = mergeNext }, .h = rt.list.new(), .sources = sources, .key = key, .reverse = reverse };
    return m.it.val();
}

fn mergeNext(it: *rt.iter.NativeIter) Error!?Value {
    const m: *MergeIter = @fieldParentPtr("it", it);
    const vi: usize = if (m.key == .none) 0 else 2;
    while (true) switch (m.phase) {
        .start => {
            m.phase = .done;
            try mergeStart(m);
            m.phase = .pick;
        },
        .pick => {
            if (m.h.len == 0) {
                m.phase = .done;
                return null;
            }
            const s = m.h.buf()[0].as(List);
            m.phase = if (m.h.len > 1) .advance else .drain;
            return s.buf()[vi];
        },
        .advance => {
            const s = m.h.buf()[0].as(List);
            const src = s.buf()[s.len - 1];
            if (try rt.iter.next(src)) |v| {
                if (m.key == .none) {
                    s.buf()[0] = v;
                } else {
                    s.buf()[0] = try rt.call.call1(m.key, v);
                    s.buf()[2] = v;
                }
                if (m.reverse) _ = try replace(.max, m.h, s.val()) else _ = try replace(.min, m.h, s.val());
            } else {
                if (m.reverse) _ = try pop(.max, m.h) else _ = try pop(.min, m.h);
            }
            m.phase = .pick;
        },
        .last, .drain => {
            const s = m.h.buf()[0].as(List);
            if (try rt.iter.next(s.buf()[s.len - 1])) |v| return v;
            m.phase = .done;
            return null;
        },
        .done => return null,
    };
}

fn mergeStart(m: *MergeIter) Error!void {
    const direction: i64 = if (m.reverse) -1 else 1;
    for (m.sources, 0..) |src, order| {
        const sub = try rt.iter.iter(src);
        const first = (try rt.iter.next(sub)) orelse continue;
        const ord = Value.fromSmall(@as(i64, @intCast(order)) * direction);
        const entry = if (m.key == .none)
            rt.list.fromSlice(&.{ first, ord, sub })
        else
            rt.list.fromSlice(&.{ try rt.call.call1(m.key, first), ord, first, sub });
        rt.list.append(m.h, entry.val());
    }
    if (m.reverse) try heapify(.max, m.h) else try heapify(.min, m.h);
}
