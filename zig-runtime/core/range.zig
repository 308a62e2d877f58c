//! Python `range`: start, stop, step as i64 (ranges beyond i64 are rejected with OverflowError,
//! a documented limit), with O(1) len, indexing, containment and equality.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const iter_mod = @import("iter.zig");
const Value = value.Value;
const Object = value.Object;
const Error = @import("err.zig").Error;

pub const Range = struct {
    base: Object,
    start: i64,
    stop: i64,
    step: i64,

    pub const kind: value.Kind = .range;
    pub inline fn val(r: *Range) Value {
        return .{ .obj = &r.base };
    }
};

pub fn new(start: i64, stop: i64, step: i64) Error!*Range {
    if (step == 0) return exc.raiseMsg(&types.ValueError, "range() arg 3 must not be zero");
    const r = mem.create(Range, .scan);
    r.* = .{ .base = .{ .ty = &types.range_type }, .start = start, .stop = stop, .step = step };
    return r;
}

/// Number of items of range(start, stop, step) (step != 0).
pub inline fn count(start: i64, stop: i64, step: i64) usize {
    if (step > 0) {
        if (start >= stop) return 0;
        return @intCast(@divFloor(@as(i128, stop) - start - 1, step) + 1);
    }
    if (start <= stop) return 0;
    return @intCast(@divFloor(@as(i128, start) - stop - 1, -@as(i128, step)) + 1);
}

pub fn len(o: *Object) usize {
    const r = Object.as(o, Range);
    return count(r.start, r.stop, r.step);
}

pub fn item(r: *Range, i: i64) Error!i64 {
    const n: i64 = @intCast(count(r.start, r.stop, r.step));
    const j = if (i < 0) i + n else i;
    if (j < 0 or j >= n) return exc.raiseMsg(&types.IndexError, "range object index out of range");
    return r.start + j * r.step;
}

pub fn contains(r: *Range, x: i64) bool {
    if (r.step > 0) {
        if (x < r.start or x >= r.stop) return false;
    } else {
        if (x > r.start or x <= r.stop) return false;
    }
    return @mod(x - r.start, r.step) == 0;
}

pub fn equal(a: *Object, b: *Object) bool {
    const x = Object.as(a, Range);
    const y = Object.as(b, Range);
    const n = count(x.start, x.stop, x.step);
    if (n != count(y.start, y.stop, y.step)) return false;
    if (n == 0) return true;
    if (x.start != y.start) return false;
    if (n == 1) return true;
    return x.step == y.step;
}

pub fn reprInto(b: *str_mod.Builder, o: *Object) void {
    const r = Object.as(o, Range);
    if (r.step == 1) b.print("range({d}, {d})", .{ r.start, r.stop }) else b.print("range({d}, {d}, {d})", .{ r.start, r.stop, r.step });
}

pub fn iter(o: *Object) Value {
    const r = Object.as(o, Range);
    const it = iter_mod.newIter(&iter_mod.range_iterator_type, rangeNext, .none);
    it.i = r.start;
    it.j = r.step;
    it.k = @intCast(count(r.start, r.stop, r.step));
    return it.val();
}

fn rangeNext(it: *iter_mod.NativeIter) Error!?Value {
    if (it.k <= 0) return null;
    const v = it.i;
    it.k -= 1;
    it.i +%= it.j;
    return Value.fromSmall(v);
}

/// Iterator for `reversed(range(...))`.
pub fn reversed(o: *Object) Value {
    const r = Object.as(o, Range);
    const n: i64 = @intCast(count(r.start, r.stop, r.step));
    const it = iter_mod.newIter(&iter_mod.range_iterator_type, rangeNext, .none);
    it.i = r.start + (n - 1) * r.step;
    it.j = -r.step;
    it.k = n;
    return it.val();
}
