//! The collector's allocation API as seen from a compiled program: calls into the runtime
//! object, which owns the one heap (see abi/README.md).
const std = @import("std");
const abi = @import("stub.zig");

const sc = @import("../gc/size_class.zig");
const Cursor = @import("../gc/heap.zig").Cursor;

pub const Kind = enum { scan, noscan };

pub inline fn create(comptime T: type, comptime kind: Kind) *T {
    return @ptrCast(@alignCast(alloc(kind, @sizeOf(T))));
}

pub inline fn allocSlice(comptime T: type, comptime kind: Kind, n: usize) []T {
    const p: [*]T = @ptrCast(@alignCast(alloc(kind, @sizeOf(T) * n)));
    return p[0..n];
}

/// Zeroed memory: gc.alloc's fast path, inline in the program, for sizes up to 128 bytes (the
/// 16-byte-step classes: the class is a shift, no table), on the runtime's cursors, which it
/// exports by address. Everything else, and an empty cursor, calls the runtime. The call
/// (one per binary_trees node, pyaot_mem_alloc 9% of its samples) clobbers the caller's
/// registers; with marking's seen-word skip, binary_trees' user CPU went 209 -> 184 ms.
pub inline fn alloc(comptime kind: Kind, size: usize) [*]align(16) u8 {
    if (size -% 1 < sc.linear_class_count * sc.granule_bytes) {
        const class = (size - 1) / sc.granule_bytes;
        const cursors = abi.global([2][sc.class_count]Cursor, "pyaot_g_gc_cursors");
        const cursor = &cursors[@intFromEnum(kind)][class];
        const free_bits = cursor.free_bits;
        if (free_bits != 0) {
            cursor.free_bits = free_bits & (free_bits - 1);
            const memory: [*]align(16) u8 = @ptrFromInt(cursor.word_address + @as(usize, @ctz(free_bits)) * ((class + 1) * sc.granule_bytes));
            if (cursor.needs_zero) switch (class) {
                inline 0...sc.linear_class_count - 1 => |c| @memset(memory[0 .. (c + 1) * sc.granule_bytes], 0),
                else => unreachable,
            };
            return memory;
        }
    }
    return @ptrCast(@alignCast(abi.call("mem_alloc", .{ @as(u8, @intFromEnum(kind)), size })));
}

pub inline fn reallocSlice(comptime T: type, comptime kind: Kind, old: []T, n: usize) []T {
    const p: [*]T = @ptrCast(@alignCast(abi.call("mem_realloc", .{ @as(u8, @intFromEnum(kind)), @as([*]u8, @ptrCast(old.ptr)), @sizeOf(T) * old.len, @sizeOf(T) * n })));
    return p[0..n];
}

pub fn free(memory: *const anyopaque) void {
    _ = memory; // the runtime collects it; early release is an optimization only
}

pub fn addRoot(address: *const anyopaque, len_bytes: usize) void {
    abi.call("mem_addRoot", .{ address, len_bytes });
}

pub fn allocator(comptime kind: Kind) std.mem.Allocator {
    _ = kind;
    @compileError("compiled programs allocate through rt.mem, not an std.mem.Allocator");
}
