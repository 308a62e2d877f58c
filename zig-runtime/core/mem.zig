//! The runtime's one door to memory. Every Python object and buffer is allocated here, so the
//! collector behind it (zig-runtime/gc) can be swapped or tuned without touching callers.
//!
//! Two kinds of memory, as the collector distinguishes them:
//!   - `scan`:   may hold pointers to other GC memory (objects, arrays of Values);
//!   - `noscan`: never holds GC pointers (string bytes, big-int limbs, f64 arrays).
//! All memory returned is zeroed and 16-byte aligned.
const std = @import("std");
// INTERIM (until zig-runtime/gc lands): a plain general-purpose allocator that never collects.
const backing = std.heap.smp_allocator;

pub const Kind = enum { scan, noscan };

/// Allocates one zeroed `T` in the GC heap. Cost: a size-class free-list pop on the fast path.
pub inline fn create(comptime T: type, comptime kind: Kind) *T {
    _ = kind;
    const p = backing.create(T) catch oom();
    @memset(std.mem.asBytes(p), 0);
    return p;
}

/// Allocates `n` zeroed `T`s in the GC heap.
pub inline fn allocSlice(comptime T: type, comptime kind: Kind, n: usize) []T {
    _ = kind;
    const s = backing.alignedAlloc(T, .@"16", n) catch oom();
    @memset(std.mem.sliceAsBytes(s), 0);
    return s;
}

/// Grows (or shrinks) a buffer, keeping its contents; the old buffer may be released at once.
pub inline fn resizeSlice(comptime T: type, comptime kind: Kind, old: []T, n: usize) []T {
    const s = allocSlice(T, kind, n);
    const keep = @min(n, old.len);
    @memcpy(s[0..keep], old[0..keep]);
    return s;
}

/// Hands memory known to be dead back to the collector early (optional; never required).
pub inline fn free(ptr: anytype) void {
    _ = ptr;
}

/// An std.mem.Allocator over the GC heap, for std containers that keep their own buffers.
pub fn allocator(comptime kind: Kind) std.mem.Allocator {
    _ = kind;
    return backing;
}

/// Registers a range of memory (module globals, runtime statics) as GC roots.
pub fn addRoot(ptr: *const anyopaque, len_bytes: usize) void {
    _ = ptr;
    _ = len_bytes;
}

fn oom() noreturn {
    @branchHint(.cold);
    std.debug.print("MemoryError: out of memory\n", .{});
    std.process.exit(1);
}
