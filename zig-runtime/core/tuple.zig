//! Python `tuple`: an immutable array of Values, allocated in one piece with its header.
const std = @import("std");
const value = @import("value.zig");
const mem = @import("mem.zig");
const types = @import("types.zig");
const Object = value.Object;
const Value = value.Value;

pub const Tuple = struct {
    base: Object,
    hash_cache: i64 = 0,
    items: []Value,

    pub const kind: value.Kind = .tuple;

    pub inline fn val(t: *Tuple) Value {
        return .{ .obj = &t.base };
    }
};

pub var empty: Tuple = .{ .base = .{ .ty = &types.tuple_type }, .items = &.{} };

/// A tuple of `n` items, all None until the caller fills them.
pub fn alloc(n: usize) *Tuple {
    if (n == 0) return &empty;
    // Header and items in one allocation: one pointer chase less on every index.
    const items_at = comptime std.mem.alignForward(usize, @sizeOf(Tuple), @alignOf(Value));
    const raw = mem.allocSlice(u8, .scan, items_at + n * @sizeOf(Value));
    const t: *Tuple = @ptrCast(@alignCast(raw.ptr));
    const items_ptr: [*]Value = @ptrCast(@alignCast(raw.ptr + items_at));
    t.* = .{ .base = .{ .ty = &types.tuple_type }, .items = items_ptr[0..n] };
    for (t.items) |*it| it.* = .none;
    return t;
}

/// A tuple holding a copy of `items`.
pub fn fromSlice(items: []const Value) *Tuple {
    const t = alloc(items.len);
    @memcpy(t.items, items);
    return t;
}

pub fn pair(a: Value, b: Value) *Tuple {
    const t = alloc(2);
    t.items[0] = a;
    t.items[1] = b;
    return t;
}
