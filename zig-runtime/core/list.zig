//! Python `list`: a growable array of Values.
//!
//! `store` is the allocation (capacity); `store[0..len]` are the items. Growth over-allocates
//! like CPython (about 1/8 extra plus a constant), so `append` in a loop is amortized O(1).
//!
//! A large list of bools made by `[b] * n` starts compact: `bits[0..len]` holds one byte per
//! item (0 or 1) and `store` is empty. A 16-byte Value per flag made a sieve of 12 million
//! touch 192 MB of fresh memory, and the first touch of each page was most of its run time.
//! Only reads and writes of single items, `len` and iteration work on the compact form
//! (core/list.zig get/setItem, the typed fast paths in abi/client_ops.zig); everything else
//! reads the items through `buf()` / `items()`, which turn the list into Values for good first.
//! The field is not named `buf` so that no code can reach the Values without that step.
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
    /// The Values (capacity `store.len`); empty while `bits` holds the items.
    store: []Value = &.{},
    /// The compact form of a list of bools, or null (see the file comment).
    bits: ?[*]u8 = null,

    pub const kind: value.Kind = .list;

    pub inline fn val(l: *List) Value {
        return .{ .obj = &l.base };
    }
    /// The Value buffer (its length is the capacity), after leaving the compact form.
    pub inline fn buf(l: *List) []Value {
        if (l.bits != null) materialize(l);
        return l.store;
    }
    pub inline fn items(l: *List) []Value {
        return l.buf()[0..l.len];
    }
};

/// Lists of bools at least this long start compact: below it the bytes saved are not worth
/// turning the list into Values at its first generic use.
pub const compact_min: usize = 1024;

/// `[b] * n` in the compact form.
pub fn compactBools(b: bool, n: usize) *List {
    const l = new();
    const bytes = mem.allocSlice(u8, .noscan, n);
    if (b) @memset(bytes, 1);
    l.bits = bytes.ptr;
    l.len = n;
    return l;
}

/// `l * n` as a new plain list (the caller has checked the size): compact when it is a long run
/// of one bool or a repeat of a compact list.
pub fn repeat(l: *List, n: usize) *List {
    const total = l.len * n;
    if (total >= compact_min) {
        if (l.bits) |bits| {
            const r = compactBools(false, total);
            for (0..n) |k| @memcpy(r.bits.?[k * l.len ..][0..l.len], bits[0..l.len]);
            return r;
        }
        if (l.len == 1 and l.store[0] == .bool) return compactBools(l.store[0].bool, total);
    }
    const r = withCapacity(total);
    for (0..n) |_| extendSlice(r, l.items());
    return r;
}

/// The compact form's item i (in range).
pub inline fn bitAt(bits: [*]u8, i: usize) Value {
    return .{ .bool = bits[i] != 0 };
}

/// Turns a compact list into Values (once: a list never becomes compact again).
noinline fn materialize(l: *List) void {
    @branchHint(.cold);
    const bits = l.bits.?;
    const store = mem.allocSlice(Value, .scan, l.len);
    for (store, bits[0..l.len]) |*d, b| d.* = .{ .bool = b != 0 };
    l.store = store;
    l.bits = null;
    mem.free(bits);
}

pub fn new() *List {
    const l = mem.create(List, .scan);
    l.* = .{ .base = .{ .ty = &types.list_type } };
    return l;
}

pub fn withCapacity(n: usize) *List {
    const l = new();
    if (n > 0) l.store = mem.allocSlice(Value, .scan, n);
    return l;
}

/// A list of `n` items, all None until the caller fills them.
pub fn withLen(n: usize) *List {
    const l = withCapacity(n);
    for (l.store[0..n]) |*it| it.* = .none;
    l.len = n;
    return l;
}

pub fn fromSlice(src: []const Value) *List {
    const l = withCapacity(src.len);
    @memcpy(l.store[0..src.len], src);
    l.len = src.len;
    return l;
}

/// Ensures room for `extra` more items.
pub fn reserve(l: *List, extra: usize) void {
    const need = l.len + extra;
    if (need <= l.buf().len) return;
    // CPython's growth pattern: new_allocated = need + need/8 + 6, rounded down to a multiple of 4.
    const cap = (need + (need >> 3) + 6) & ~@as(usize, 3);
    growTo(l, cap);
}

noinline fn growTo(l: *List, cap: usize) void {
    @branchHint(.cold);
    // In place when the collector can (a large buffer takes the free chunks after it): with
    // growth of 1/8, a list appended to a million times was otherwise copied about 8 times
    // over and allocated 9 times its size ([x for x in range(10**6)]: 1.47 GB for ten).
    l.store = mem.resizeSlice(Value, .scan, l.store, cap);
}

pub inline fn append(l: *List, v: Value) void {
    if (l.len == l.buf().len) reserve(l, 1);
    l.store[l.len] = v;
    l.len += 1;
}

pub fn extendSlice(l: *List, src: []const Value) void {
    reserve(l, src.len);
    @memcpy(l.store[l.len..][0..src.len], src);
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
    if (l.bits) |bits| return bitAt(bits, j);
    return l.store[j];
}

pub inline fn setItem(l: *List, i: i64, v: Value) Error!void {
    const j = normIndex(i, l.len) orelse return exc.raiseMsg(&types.IndexError, "list assignment index out of range");
    if (l.bits) |bits| {
        if (v == .bool) {
            bits[j] = @intFromBool(v.bool);
            return;
        }
    }
    l.buf()[j] = v;
}

pub fn insert(l: *List, i: i64, v: Value) void {
    const n: i64 = @intCast(l.len);
    var j = if (i < 0) i + n else i;
    if (j < 0) j = 0;
    if (j > n) j = n;
    reserve(l, 1);
    const at: usize = @intCast(j);
    std.mem.copyBackwards(Value, l.buf()[at + 1 .. l.len + 1], l.buf()[at..l.len]);
    l.buf()[at] = v;
    l.len += 1;
}

/// `l.pop(i)`.
pub fn pop(l: *List, i: i64) Error!Value {
    if (l.len == 0) return exc.raiseMsg(&types.IndexError, "pop from empty list");
    const j = normIndex(i, l.len) orelse return exc.raiseMsg(&types.IndexError, "pop index out of range");
    const v = l.buf()[j];
    std.mem.copyForwards(Value, l.buf()[j .. l.len - 1], l.buf()[j + 1 .. l.len]);
    l.len -= 1;
    l.buf()[l.len] = .none;
    return v;
}

/// Removes items [lo, hi) (already clamped).
pub fn deleteRange(l: *List, lo: usize, hi: usize) void {
    if (hi <= lo) return;
    const n = hi - lo;
    std.mem.copyForwards(Value, l.buf()[lo .. l.len - n], l.buf()[hi..l.len]);
    for (l.buf()[l.len - n .. l.len]) |*it| it.* = .none;
    l.len -= n;
}

pub fn reverse(l: *List) void {
    std.mem.reverse(Value, l.items());
}

pub fn clear(l: *List) void {
    l.len = 0;
    l.store = &.{};
    l.bits = null;
}
