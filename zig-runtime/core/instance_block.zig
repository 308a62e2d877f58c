//! A plain user-class instance, its attribute dict and that dict's first table (entries and
//! index) in ONE allocation.
//!
//! Why: an instance is the most common object of class-heavy programs (trees, records), and
//! as three or four allocations it cost that many allocator pops and, worse, that many objects
//! for every collection to mark while it lives. The dict keeps working as any dict: when it
//! outgrows the table it moves to separately allocated storage (dict.resize), leaving the
//! inline table unused inside the block; `Dict.inline_table` tells resize not to free it.
//!
//! Used by the runtime's object.__new__ (class.zig) and by the program-side fast path for
//! `C(args)` (abi/client_attr.zig), which sizes the table for what the last instance of the
//! class held after `__init__`.
const std = @import("std");
const value = @import("value.zig");
const mem = @import("mem.zig");
const dict_mod = @import("dict.zig");
const Instance = @import("attr.zig").Instance;
const Type = value.Type;
const Dict = dict_mod.Dict;
const Entry = dict_mod.Entry;

const Head = struct {
    inst: Instance,
    dict: Dict,
};

const empty_slot = dict_mod.empty_slot;

/// A new instance of `t` whose dict (of type `dict_type`) has room for `attrs` attributes
/// without resizing: an index of the smallest power of two at least 4 that keeps it at most
/// 2/3 full, as dict.resize sizes tables.
pub inline fn new(t: *Type, dict_type: *Type, attrs: u32) *Instance {
    var index_len: usize = 4;
    while (index_len * 2 / 3 < attrs) index_len *= 2;
    const entries_len = index_len * 2 / 3;
    const head_words = @sizeOf(Head) / 8;
    const entry_words = @sizeOf(Entry) / 8;
    comptime std.debug.assert(@sizeOf(Head) % 8 == 0 and @sizeOf(Entry) % 8 == 0);
    // The index is i32s: two per word.
    const words = head_words + entries_len * entry_words + (index_len + 1) / 2;
    const block = mem.allocSlice(u64, .scan, words);
    const head: *Head = @ptrCast(block.ptr);
    const entries: [*]Entry = @ptrCast(block.ptr + head_words);
    const index: [*]i32 = @ptrCast(block.ptr + head_words + entries_len * entry_words);
    @memset(index[0..index_len], empty_slot);
    head.dict = .{ .base = .{ .ty = dict_type }, .inline_table = true };
    head.dict.entries = entries[0..entries_len];
    head.dict.index = index[0..index_len];
    head.inst = .{ .base = .{ .ty = t }, .dict = &head.dict };
    return &head.inst;
}
