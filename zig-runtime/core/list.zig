//! Python `list`: a growable array of Values.
//!
//! `buf` is the allocation (capacity); `buf[0..len]` are the items. Growth over-allocates like
//! CPython (about 1/8 extra plus a constant), so `append` in a loop is amortized O(1).
const std = @import("std");
const value = @import("value.zig");
const mem = @import("mem.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const Object = value.Object;
const Value = value.Value;
const Error = @import("err.zig").Error;

pub const List = struct {
    base: Object,
    len: usize = 0,
    buf: []Value = &.{},

    pub const kind: value.Kind = .list;

    pub inline fn val(l: *List) Value {
        return .{ .obj = &l.base };
    }
    pub inline fn items(l: *List) []Value {
        return l.buf[0..l.len];
    }
};

pub fn new() *List {
    const l = mem.create(List, .scan);
    l.* = .{ .base = .{ .ty = &types.list_type } };
    return l;
}

pub fn withCapacity(n: usize) *List {
    const l = new();
    if (n > 0) l.buf = mem.allocSlice(Value, .scan, n);
    return l;
}

/// A list of `n` items, all None until the caller fills them.
pub fn withLen(n: usize) *List {
    const l = withCapacity(n);
    for (l.buf[0..n]) |*it| it.* = .none;
    l.len = n;
    return l;
}

pub fn fromSlice(src: []const Value) *List {
    const l = withCapacity(src.len);
    @memcpy(l.buf[0..src.len], src);
    l.len = src.len;
    return l;
}

/// Ensures room for `extra` more items.
pub fn reserve(l: *List, extra: usize) void {
    const need = l.len + extra;
    if (need <= l.buf.len) return;
    // CPython's growth pattern: new_allocated = need + need/8 + 6, rounded down to a multiple of 4.
    const cap = (need + (need >> 3) + 6) & ~@as(usize, 3);
    growTo(l, cap);
}

noinline fn growTo(l: *List, cap: usize) void {
    @branchHint(.cold);
    const nb = mem.allocSlice(Value, .scan, cap);
    @memcpy(nb[0..l.len], l.buf[0..l.len]);
    if (l.buf.len > 0) mem.free(l.buf.ptr);
    l.buf = nb;
}

pub inline fn append(l: *List, v: Value) void {
    if (l.len == l.buf.len) reserve(l, 1);
    l.buf[l.len] = v;
    l.len += 1;
}

pub fn extendSlice(l: *List, src: []const Value) void {
    reserve(l, src.len);
    @memcpy(l.buf[l.len..][0..src.len], src);
    l.len += src.len;
}

/// Normalizes a Python index (negative counts from the end); null when out of range.
pub inline fn normIndex(i: i64, len: usize) ?usize {
    const n: i64 = @intCast(len);
    const j = if (i < 0) i + n else i;
    if (j < 0 or j >= n) return null;
    return @intCast(j);
}

pub inline fn get(l: *List, i: i64) Error!Value {
    const j = normIndex(i, l.len) orelse return exc.raiseMsg(&types.IndexError, "list index out of range");
    return l.buf[j];
}

pub inline fn setItem(l: *List, i: i64, v: Value) Error!void {
    const j = normIndex(i, l.len) orelse return exc.raiseMsg(&types.IndexError, "list assignment index out of range");
    l.buf[j] = v;
}

pub fn insert(l: *List, i: i64, v: Value) void {
    const n: i64 = @intCast(l.len);
    var j = if (i < 0) i + n else i;
    if (j < 0) j = 0;
    if (j > n) j = n;
    reserve(l, 1);
    const at: usize = @intCast(j);
    std.mem.copyBackwards(Value, l.buf[at + 1 .. l.len + 1], l.buf[at..l.len]);
    l.buf[at] = v;
    l.len += 1;
}

/// `l.pop(i)`.
pub fn pop(l: *List, i: i64) Error!Value {
    if (l.len == 0) return exc.raiseMsg(&types.IndexError, "pop from empty list");
    const j = normIndex(i, l.len) orelse return exc.raiseMsg(&types.IndexError, "pop index out of range");
    const v = l.buf[j];
    std.mem.copyForwards(Value, l.buf[j .. l.len - 1], l.buf[j + 1 .. l.len]);
    l.len -= 1;
    l.buf[l.len] = .none;
    return v;
}

/// Removes items [lo, hi) (already clamped).
pub fn deleteRange(l: *List, lo: usize, hi: usize) void {
    if (hi <= lo) return;
    const n = hi - lo;
    std.mem.copyForwards(Value, l.buf[lo .. l.len - n], l.buf[hi..l.len]);
    for (l.buf[l.len - n .. l.len]) |*it| it.* = .none;
    l.len -= n;
}

pub fn reverse(l: *List) void {
    std.mem.reverse(Value, l.items());
}

pub fn clear(l: *List) void {
    l.len = 0;
    l.buf = &.{};
}
