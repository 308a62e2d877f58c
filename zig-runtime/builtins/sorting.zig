//! `sorted()` and `list.sort()`: a stable merge sort (CPython's sort is stable; so is this),
//! with `key` called once per element and `reverse` keeping equal elements in order.
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Error = rt.Error;

/// Sorts `items` in place. A comparison that raises stops the sort and propagates, leaving
/// `items` as it was.
pub fn sortValues(items: []Value, key: Value, reverse: bool) Error!void {
    if (items.len < 2) return;
    if (key == .none) {
        // Small ints equal in value are the same Value: order alone decides, so an unstable
        // sort of the Values themselves gives what a stable one would.
        if (allSmallInts(items)) {
            if (reverse) std.mem.sortUnstable(Value, items, {}, smallIntGreater) else std.mem.sortUnstable(Value, items, {}, smallIntLess);
            return;
        }
        if (try sortByScalarKeys(items, items, reverse)) return;
        // The merges move the elements themselves (with their keys when there is a key
        // function), not indices into them: sequential passes over memory instead of a random
        // access per comparison (1M ints: 0.235 s -> 0.1 s).
        const work = rt.mem.allocSlice(Value, .scan, items.len);
        @memcpy(work, items);
        const tmp = rt.mem.allocSlice(Value, .scan, items.len);
        try mergeSort(Value, work, tmp, reverse);
        @memcpy(items, work);
        return;
    }
    const keys = rt.mem.allocSlice(Value, .scan, items.len);
    for (items, 0..) |v, i| keys[i] = try rt.call.call1(key, v);
    if (try sortByScalarKeys(items, keys, reverse)) return;
    const work = rt.mem.allocSlice(Keyed, .scan, items.len);
    for (items, keys, 0..) |v, k, i| work[i] = .{ .key = k, .item = v };
    rt.mem.free(keys.ptr);
    const tmp = rt.mem.allocSlice(Keyed, .scan, items.len);
    try mergeSort(Keyed, work, tmp, reverse);
    for (work, 0..) |e, i| items[i] = e.item;
}

fn allSmallInts(xs: []const Value) bool {
    for (xs) |x| if (!(x == .int and x.int.isSmall())) return false;
    return true;
}

fn smallIntLess(_: void, a: Value, b: Value) bool {
    return a.int.w < b.int.w;
}

fn smallIntGreater(_: void, a: Value, b: Value) bool {
    return a.int.w > b.int.w;
}

/// A key that is a machine number, with the element's first position: sorting by (key,
/// position) is stable whatever the algorithm, so pdqsort serves (no comparison calls out,
/// nothing can raise).
fn Scalar(comptime K: type) type {
    return struct { k: K, i: u32 };
}

/// Sorts `items` by `keys` (the items themselves without a key function) when every key is a
/// small int, or every key a float and none a NaN (a NaN's order is the algorithm's; the merge
/// sort keeps CPython's answers for them no better, but keeps them as they were). Returns
/// false, doing nothing, otherwise.
fn sortByScalarKeys(items: []Value, keys: []const Value, reverse: bool) Error!bool {
    if (items.len > std.math.maxInt(u32)) return false;
    if (allSmallInts(keys)) {
        sortByKeys(i64, items, keys, reverse);
        return true;
    }
    for (keys) |x| if (!(x == .float and !std.math.isNan(x.float))) return false;
    sortByKeys(f64, items, keys, reverse);
    return true;
}

fn sortByKeys(comptime K: type, items: []Value, keys: []const Value, reverse: bool) void {
    const E = Scalar(K);
    const es = rt.mem.allocSlice(E, .noscan, items.len);
    defer rt.mem.free(es.ptr);
    for (keys, 0..) |x, i| es[i] = .{ .k = if (K == i64) x.int.w else x.float, .i = @intCast(i) };
    const by = struct {
        // Equal keys keep their order in both directions (CPython's reverse is stable too).
        fn asc(_: void, a: E, b: E) bool {
            return a.k < b.k or (a.k == b.k and a.i < b.i);
        }
        fn desc(_: void, a: E, b: E) bool {
            return a.k > b.k or (a.k == b.k and a.i < b.i);
        }
    };
    if (reverse) std.mem.sortUnstable(E, es, {}, by.desc) else std.mem.sortUnstable(E, es, {}, by.asc);
    const before = rt.mem.allocSlice(Value, .scan, items.len);
    defer rt.mem.free(before.ptr);
    @memcpy(before, items);
    for (es, 0..) |e, i| items[i] = before[e.i];
}

/// An element with its key, sorted together.
const Keyed = struct { key: Value, item: Value };

inline fn keyOf(e: anytype) Value {
    return if (@TypeOf(e) == Keyed) e.key else e;
}

/// a < b for the sort's order (with reverse, b < a: equal elements keep their order).
inline fn less(a: anytype, b: @TypeOf(a), reverse: bool) Error!bool {
    const x = keyOf(a);
    const y = keyOf(b);
    return if (reverse) lessThan(y, x) else lessThan(x, y);
}

/// `x < y`, deciding inline what CPython's own comparisons decide without calling anything:
/// small ints, floats, exact strs (UTF-8 byte order is code point order), and exact tuples of
/// those item by item (the common `key=lambda r: (r.score, r.name)`); everything else is
/// ops.lt. A tuple compares as CPython's: the first items that are not equal decide (`is`
/// first, then `==`), else the shorter tuple is less.
fn lessThan(x: Value, y: Value) Error!bool {
    switch (fastOrder(x, y)) {
        .lt => return true,
        .gt, .eq => return false,
        .unknown => {},
    }
    if (x == .obj and y == .obj and x.obj.ty == &rt.types.tuple_type and y.obj.ty == &rt.types.tuple_type) {
        const a = x.as(rt.Tuple).items;
        const b = y.as(rt.Tuple).items;
        for (0..@min(a.len, b.len)) |i| {
            switch (fastOrder(a[i], b[i])) {
                .lt => return true,
                .gt => return false,
                .eq => continue,
                .unknown => {
                    if (a[i] == .obj and b[i] == .obj and a[i].obj == b[i].obj) continue;
                    if (try rt.ops.eq(a[i], b[i])) continue;
                    return rt.ops.lt(a[i], b[i]);
                },
            }
        }
        return a.len < b.len;
    }
    return rt.ops.lt(x, y);
}

const Order = enum { lt, gt, eq, unknown };

/// The order of two values whose comparison needs no call: `.gt` also stands for "neither
/// less nor equal" (a NaN), where `<` is false as well.
inline fn fastOrder(x: Value, y: Value) Order {
    if (x == .int and y == .int and x.int.isSmall() and y.int.isSmall()) {
        return if (x.int.w < y.int.w) .lt else if (x.int.w == y.int.w) .eq else .gt;
    }
    if (x == .float and y == .float) {
        return if (x.float < y.float) .lt else if (x.float == y.float) .eq else .gt;
    }
    if (x == .obj and y == .obj and x.obj.ty == &rt.types.str_type and y.obj.ty == &rt.types.str_type) {
        return switch (std.mem.order(u8, x.as(rt.Str).bytes, y.as(rt.Str).bytes)) {
            .lt => .lt,
            .eq => .eq,
            .gt => .gt,
        };
    }
    return .unknown;
}

fn mergeSort(comptime E: type, xs: []E, tmp: []E, reverse: bool) Error!void {
    const n = xs.len;
    // Insertion sort for short runs, then bottom-up merges.
    const run: usize = 16;
    var start: usize = 0;
    while (start < n) : (start += run) {
        const end = @min(start + run, n);
        var i = start + 1;
        while (i < end) : (i += 1) {
            const v = xs[i];
            var j = i;
            while (j > start and try less(v, xs[j - 1], reverse)) : (j -= 1) xs[j] = xs[j - 1];
            xs[j] = v;
        }
    }
    var width: usize = run;
    var src = xs;
    var dst = tmp;
    while (width < n) : (width *= 2) {
        var lo: usize = 0;
        while (lo < n) : (lo += 2 * width) {
            const mid = @min(lo + width, n);
            const hi = @min(lo + 2 * width, n);
            var a = lo;
            var b = mid;
            var k = lo;
            while (a < mid and b < hi) : (k += 1) {
                // Take from the right only when strictly less: stability.
                if (try less(src[b], src[a], reverse)) {
                    dst[k] = src[b];
                    b += 1;
                } else {
                    dst[k] = src[a];
                    a += 1;
                }
            }
            while (a < mid) : (k += 1) {
                dst[k] = src[a];
                a += 1;
            }
            while (b < hi) : (k += 1) {
                dst[k] = src[b];
                b += 1;
            }
        }
        const t = src;
        src = dst;
        dst = t;
    }
    if (src.ptr != xs.ptr) @memcpy(xs, src);
}

fn sortOptions(args: rt.Args, comptime name: []const u8) Error!struct { key: Value, reverse: bool } {
    var key: Value = .none;
    var reverse = false;
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "key")) key = v else if (std.mem.eql(u8, k.bytes, "reverse")) reverse = try rt.ops.truthy(v) else return rt.exc.raiseFmt(&rt.types.TypeError, "'{s}' is an invalid keyword argument for " ++ name ++ "()", .{k.bytes});
    }
    return .{ .key = key, .reverse = reverse };
}

pub fn sorted_(args: rt.Args) Error!Value {
    if (args.pos.len != 1) return rt.exc.raiseFmt(&rt.types.TypeError, "sorted expected 1 argument, got {d}", .{args.pos.len});
    const o = try sortOptions(args, "sort");
    const l = try rt.iter.toList(args.pos[0]);
    try sortValues(l.items(), o.key, o.reverse);
    return l.val();
}

/// list.sort(key=None, reverse=False); the list appears empty while sorting, as in CPython.
pub fn listSort(l: *rt.List, args: rt.Args) Error!Value {
    if (args.pos.len != 0) return rt.exc.raiseMsg(&rt.types.TypeError, "sort() takes no positional arguments");
    const o = try sortOptions(args, "sort");
    const items = l.items();
    const buf = l.store;
    l.len = 0;
    l.store = &.{};
    sortValues(items, o.key, o.reverse) catch |e| {
        l.store = buf;
        l.len = items.len;
        return e;
    };
    if (l.len != 0) return rt.exc.raiseMsg(&rt.types.ValueError, "list modified during sort");
    l.store = buf;
    l.len = items.len;
    return .none;
}
