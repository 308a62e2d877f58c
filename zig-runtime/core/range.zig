//! Python `range`, as CPython's Objects/rangeobject.c: start, stop, step and the length are
//! Python ints of any size. The common case, where all four fit an i64, is held as machine
//! integers (O(1) arithmetic, no allocation per item); any other range keeps its bounds as
//! ints in `big` and computes with the int operations. Only `len()` of a range longer than
//! sys.maxsize fails (OverflowError, as CPython's range_length).
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const iter_mod = @import("iter.zig");
const repr_mod = @import("repr.zig");
const intops = @import("intops.zig");
const Int = @import("int.zig").Int;
const Slice = @import("slice.zig").Slice;
const Value = value.Value;
const Object = value.Object;
const Error = @import("err.zig").Error;

const max_i64 = std.math.maxInt(i64);

pub const Range = struct {
    base: Object,
    /// The bounds when `big` is null; then count(start, stop, step) <= maxInt(i64) too, so
    /// every item and index is an i64.
    start: i64 = 0,
    stop: i64 = 0,
    step: i64 = 1,
    /// The bounds of a range that does not fit the i64 representation.
    big: ?*Bounds = null,

    pub const kind: value.Kind = .range;
    pub inline fn val(r: *Range) Value {
        return .{ .obj = &r.base };
    }
};

/// A range's start, stop, step and length as ints (CPython's rangeobject fields).
pub const Bounds = struct { start: Int, stop: Int, step: Int, len: Int };

fn small(start: i64, stop: i64, step: i64) *Range {
    const r = mem.create(Range, .scan);
    r.* = .{ .base = .{ .ty = &types.range_type }, .start = start, .stop = stop, .step = step };
    return r;
}

pub fn new(start: i64, stop: i64, step: i64) Error!*Range {
    if (step == 0) return exc.raiseMsg(&types.ValueError, "range() arg 3 must not be zero");
    if (count(start, stop, step) > max_i64) return fromInts(Int.fromI64(start), Int.fromI64(stop), Int.fromI64(step));
    return small(start, stop, step);
}

/// range(start, stop, step) for ints of any size (the small representation when it fits).
pub fn fromInts(start: Int, stop: Int, step: Int) Error!*Range {
    if (intops.isZero(step)) return exc.raiseMsg(&types.ValueError, "range() arg 3 must not be zero");
    if (start.toI64()) |a| if (stop.toI64()) |b| if (step.toI64()) |c| if (count(a, b, c) <= max_i64) return small(a, b, c);
    const big = mem.create(Bounds, .scan);
    big.* = .{ .start = start, .stop = stop, .step = step, .len = try lengthOf(start, stop, step) };
    const r = mem.create(Range, .scan);
    r.* = .{ .base = .{ .ty = &types.range_type }, .big = big };
    return r;
}

/// `range(a)`, `range(a, b)`, `range(a, b, c)`: each argument through __index__, in order.
pub fn fromArgs(a: Value, b: ?Value, c: ?Value) Error!*Range {
    if (b) |stop| {
        const start = try toIndex(a);
        const stop_i = try toIndex(stop);
        const step = if (c) |cv| try toIndex(cv) else Int.one;
        return fromInts(start, stop_i, step);
    }
    return fromInts(Int.zero, try toIndex(a), Int.one);
}

/// An int, bool or object with `__index__` as an int; null for anything else.
fn indexValue(v: Value) Error!?Int {
    switch (v) {
        .int => |i| return i,
        .bool => |b| return Int.fromI64(@intFromBool(b)),
        .obj => |o| if (o.ty.flags.heap) {
            const attr = @import("attr.zig");
            if (attr.lookupType(o.ty, &@import("names.zig").__index__)) |m| {
                const r = try @import("call.zig").callUnbound(m, v, &.{});
                if (r != .int and r != .bool) return exc.raiseFmt(&types.TypeError, "__index__ returned non-int (type {s})", .{@import("ops.zig").typeName(r)});
                return try indexValue(r);
            }
        },
        else => {},
    }
    return null;
}

/// A range() argument as an int (PyNumber_Index).
pub fn toIndex(v: Value) Error!Int {
    return (try indexValue(v)) orelse exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{@import("ops.zig").typeName(v)});
}

/// Number of items of range(start, stop, step) (step != 0) for i64 bounds (at most 2^64 - 1).
pub inline fn count(start: i64, stop: i64, step: i64) u64 {
    if (step > 0) {
        if (start >= stop) return 0;
        return @intCast(@divFloor(@as(i128, stop) - start - 1, step) + 1);
    }
    if (start <= stop) return 0;
    return @intCast(@divFloor(@as(i128, start) - stop - 1, -@as(i128, step)) + 1);
}

/// CPython's compute_range_length: (hi - lo - 1) // |step| + 1, or 0 for an empty range.
pub fn lengthOf(start: Int, stop: Int, step: Int) Error!Int {
    var lo = start;
    var hi = stop;
    var st = step;
    if (intops.isNegative(step)) {
        lo = stop;
        hi = start;
        st = intops.neg(step);
    }
    if (intops.order(lo, hi) != .lt) return Int.zero;
    return intops.add(try intops.floordiv(intops.sub(intops.sub(hi, lo), Int.one), st), Int.one);
}

/// The bounds of any range as ints.
pub fn bounds(r: *Range) Bounds {
    if (r.big) |b| return b.*;
    return .{
        .start = Int.fromI64(r.start),
        .stop = Int.fromI64(r.stop),
        .step = Int.fromI64(r.step),
        .len = Int.fromI64(@intCast(count(r.start, r.stop, r.step))),
    };
}

/// len(r): OverflowError beyond sys.maxsize, as CPython's range_length.
pub fn len(o: *Object) Error!usize {
    const r = Object.as(o, Range);
    if (r.big) |b| {
        const n = b.len.toI64() orelse return exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C ssize_t");
        return @intCast(n);
    }
    return @intCast(count(r.start, r.stop, r.step));
}

/// bool(r): any length, never overflows.
pub fn truthy(o: *Object) bool {
    const r = Object.as(o, Range);
    if (r.big) |b| return !intops.isZero(b.len);
    return count(r.start, r.stop, r.step) != 0;
}

/// start + i * step without a bounds check (CPython's compute_item).
fn itemAt(b: Bounds, i: Int) Int {
    return intops.add(b.start, intops.mul(i, b.step));
}

/// r[i] for an int index of any size (CPython's compute_range_item).
pub fn itemInt(r: *Range, index: Int) Error!Int {
    if (r.big == null) {
        if (index.toI64()) |i| return Int.fromI64(try item(r, i));
    }
    const b = bounds(r);
    var i = index;
    if (intops.isNegative(i)) i = intops.add(i, b.len);
    if (intops.isNegative(i) or intops.order(i, b.len) != .lt) return exc.raiseMsg(&types.IndexError, "range object index out of range");
    return itemAt(b, i);
}

/// r[i] of a small range (an i64 index).
pub fn item(r: *Range, i: i64) Error!i64 {
    std.debug.assert(r.big == null);
    const n: i64 = @intCast(count(r.start, r.stop, r.step));
    const j = if (i < 0) i + n else i;
    if (j < 0 or j >= n) return exc.raiseMsg(&types.IndexError, "range object index out of range");
    // The item lies between start and stop, so the wrapping product and sum are exact.
    return r.start +% j *% r.step;
}

/// r[k]: an index (any int, or __index__) or a slice.
pub fn getitem(r: *Range, k: Value) Error!Value {
    if (k.isKind(.slice)) return (try slice(r, k.as(Slice))).val();
    const i = (try indexValue(k)) orelse return exc.raiseFmt(&types.TypeError, "range indices must be integers or slices, not {s}", .{@import("ops.zig").typeName(k)});
    return .{ .int = try itemInt(r, i) };
}

fn sliceIndex(v: Value) Error!Int {
    return (try indexValue(v)) orelse exc.raiseMsg(&types.TypeError, "slice indices must be integers or None or have an __index__ method");
}

/// A slice bound clamped to [lower, upper] (_PySlice_GetLongIndices).
fn clampIndex(v: Value, length: Int, lower: Int, upper: Int) Error!Int {
    var i = try sliceIndex(v);
    if (intops.isNegative(i)) {
        i = intops.add(i, length);
        if (intops.order(i, lower) == .lt) i = lower;
    } else if (intops.order(i, upper) == .gt) i = upper;
    return i;
}

/// r[a:b:c] as a range (CPython's compute_slice), so range(3, 30, 4)[::2] is range(3, 31, 8).
pub fn slice(r: *Range, s: *Slice) Error!*Range {
    const b = bounds(r);
    const step = if (s.step == .none) Int.one else try sliceIndex(s.step);
    if (intops.isZero(step)) return exc.raiseMsg(&types.ValueError, "slice step cannot be zero");
    const negative = intops.isNegative(step);
    const lower = if (negative) Int.fromI64(-1) else Int.zero;
    const upper = intops.add(b.len, lower);
    const start = if (s.start == .none) (if (negative) upper else lower) else try clampIndex(s.start, b.len, lower, upper);
    const stop = if (s.stop == .none) (if (negative) lower else upper) else try clampIndex(s.stop, b.len, lower, upper);
    return fromInts(itemAt(b, start), itemAt(b, stop), intops.mul(b.step, step));
}

/// `x in r` for a small range and an i64 x.
pub fn contains(r: *Range, x: i64) bool {
    std.debug.assert(r.big == null);
    if (r.step > 0) {
        if (x < r.start or x >= r.stop) return false;
    } else {
        if (x > r.start or x <= r.stop) return false;
    }
    return @mod(@as(i128, x) - r.start, r.step) == 0;
}

/// `x in r` for an int or bool x (CPython's range_contains_long); null for other objects,
/// which are compared with the items one by one.
pub fn containsValue(r: *Range, x: Value) Error!?bool {
    const xi: Int = switch (x) {
        .int => |i| i,
        .bool => |b| Int.fromI64(@intFromBool(b)),
        else => return null,
    };
    if (r.big == null) {
        if (xi.toI64()) |v| return contains(r, v);
        return false;
    }
    return try containsInt(bounds(r), xi);
}

fn containsInt(b: Bounds, x: Int) Error!bool {
    if (intops.isNegative(b.step)) {
        if (intops.order(x, b.start) == .gt or intops.order(x, b.stop) != .gt) return false;
    } else {
        if (intops.order(x, b.start) == .lt or intops.order(x, b.stop) != .lt) return false;
    }
    return intops.isZero(try intops.mod(intops.sub(x, b.start), b.step));
}

/// The position of the int or bool x in r (range.index), null when absent or not an int.
pub fn position(r: *Range, x: Value) Error!?Int {
    if (!((try containsValue(r, x)) orelse false)) return null;
    const b = bounds(r);
    const xi: Int = if (x == .bool) Int.fromI64(@intFromBool(x.bool)) else x.int;
    return try intops.floordiv(intops.sub(xi, b.start), b.step);
}

/// r == other (CPython's range_equals: same length, and same start and step where they matter).
pub fn equal(a: *Object, b: *Object) bool {
    if (a == b) return true;
    const x = Object.as(a, Range);
    const y = Object.as(b, Range);
    if (x.big == null and y.big == null) {
        const n = count(x.start, x.stop, x.step);
        if (n != count(y.start, y.stop, y.step)) return false;
        if (n == 0) return true;
        if (x.start != y.start) return false;
        if (n == 1) return true;
        return x.step == y.step;
    }
    const p = bounds(x);
    const q = bounds(y);
    if (!intops.eq(p.len, q.len)) return false;
    if (intops.isZero(p.len)) return true;
    if (!intops.eq(p.start, q.start)) return false;
    if (intops.eq(p.len, Int.one)) return true;
    return intops.eq(p.step, q.step);
}

pub fn reprInto(b: *str_mod.Builder, o: *Object) Error!void {
    const r = Object.as(o, Range);
    if (r.big) |bb| {
        b.append("range(");
        try repr_mod.intReprInto(b, bb.start);
        b.append(", ");
        try repr_mod.intReprInto(b, bb.stop);
        if (!intops.eq(bb.step, Int.one)) {
            b.append(", ");
            try repr_mod.intReprInto(b, bb.step);
        }
        b.append(")");
        return;
    }
    if (r.step == 1) b.print("range({d}, {d})", .{ r.start, r.stop }) else b.print("range({d}, {d}, {d})", .{ r.start, r.stop, r.step });
}

/// hash(r): CPython's range_hash, the hash of (len, start, step) with None for what equality
/// ignores (start and step of an empty range, step of a one-item range).
pub fn hash(o: *Object) Error!i64 {
    const b = bounds(Object.as(o, Range));
    const empty = intops.isZero(b.len);
    const one = intops.eq(b.len, Int.one);
    const items = [_]Value{
        .{ .int = b.len },
        if (empty) .none else .{ .int = b.start },
        if (empty or one) .none else .{ .int = b.step },
    };
    return @import("seq.zig").tupleHash(@import("tuple.zig").fromSlice(&items));
}

/// `r.start`, `r.stop`, `r.step` as ints.
pub fn attrValue(r: *Range, name: []const u8) ?Value {
    const b = bounds(r);
    if (std.mem.eql(u8, name, "start")) return .{ .int = b.start };
    if (std.mem.eql(u8, name, "stop")) return .{ .int = b.stop };
    if (std.mem.eql(u8, name, "step")) return .{ .int = b.step };
    return null;
}

// ---- iteration -------------------------------------------------------------------------------

pub fn iter(o: *Object) Value {
    const r = Object.as(o, Range);
    if (r.big) |b| return bigIter(b.start, b.step, b.len);
    return smallIter(r.start, r.step, count(r.start, r.stop, r.step));
}

/// Iterator for `reversed(range(...))`: from the last item down by -step.
pub fn reversed(o: *Object) Value {
    const r = Object.as(o, Range);
    // -minInt(i64) is not an i64: that one goes through the int path too.
    if (r.big == null and r.step != std.math.minInt(i64)) {
        const n = count(r.start, r.stop, r.step);
        const last = r.start +% @as(i64, @bitCast(n -% 1)) *% r.step;
        return smallIter(last, -r.step, n);
    }
    const b = bounds(r);
    if (intops.isZero(b.len)) return smallIter(0, 1, 0);
    return bigIter(itemAt(b, intops.sub(b.len, Int.one)), intops.neg(b.step), b.len);
}

/// i: the next item, j: the step, k: items left (at most maxInt(i64): the small invariant).
fn smallIter(start: i64, step: i64, n: u64) Value {
    const it = iter_mod.newIter(&iter_mod.range_iterator_type, rangeNext, .none);
    it.i = start;
    it.j = step;
    it.k = @intCast(n);
    return it.val();
}

fn rangeNext(it: *iter_mod.NativeIter) Error!?Value {
    if (it.k <= 0) return null;
    const v = it.i;
    it.k -= 1;
    // Past the last item the sum may leave i64; it is never read then.
    it.i +%= it.j;
    return Value.fromSmall(v);
}

/// a: the next item, b: the step, many[0]: items left (ints); k mirrors the count left, capped
/// at maxInt(i64), for operator.length_hint.
fn bigIter(start: Int, step: Int, n: Int) Value {
    const it = iter_mod.newIter(&iter_mod.range_iterator_type, bigNext, .{ .int = start });
    it.b = .{ .int = step };
    it.many = mem.allocSlice(Value, .scan, 1);
    it.many[0] = .{ .int = n };
    it.k = n.toI64() orelse max_i64;
    return it.val();
}

fn bigNext(it: *iter_mod.NativeIter) Error!?Value {
    const n = it.many[0].int;
    if (intops.isZero(n)) return null;
    const v = it.a;
    it.a = .{ .int = intops.add(v.int, it.b.int) };
    const rest = intops.sub(n, Int.one);
    it.many[0] = .{ .int = rest };
    it.k = rest.toI64() orelse max_i64;
    return v;
}
