//! The collector's allocation API as seen from a compiled program: calls into the runtime
//! object, which owns the one heap (see abi/README.md).
const std = @import("std");
const abi = @import("stub.zig");

pub const Kind = enum { scan, noscan };

pub inline fn create(comptime T: type, comptime kind: Kind) *T {
    return @ptrCast(@alignCast(abi.call("mem_alloc", .{ @as(u8, @intFromEnum(kind)), @as(usize, @sizeOf(T)) })));
}

pub inline fn allocSlice(comptime T: type, comptime kind: Kind, n: usize) []T {
    const p: [*]T = @ptrCast(@alignCast(abi.call("mem_alloc", .{ @as(u8, @intFromEnum(kind)), @sizeOf(T) * n })));
    return p[0..n];
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
