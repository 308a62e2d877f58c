//! The runtime's one door to memory. Every Python object and buffer is allocated here, so the
//! collector behind it (zig-runtime/gc, a conservative mark-sweep GC) can be tuned without
//! touching callers.
//!
//! Two kinds of memory, as the collector distinguishes them:
//!   - `scan`:   may hold pointers to other GC memory (objects, arrays of Values);
//!   - `noscan`: never holds GC pointers (string bytes, big-int limbs, f64 arrays).
//! All memory returned is zeroed and 16-byte aligned.
const std = @import("std");
/// In a compiled program (a separate object from the runtime, see abi/) allocation calls into
/// the runtime's collector; in the runtime itself, the collector directly.
const gc = if (@hasDecl(@import("root"), "pyaot_client")) @import("../abi/client_gc.zig") else @import("../gc/gc.zig");

pub const Kind = gc.Kind;

/// One zeroed `T` in the GC heap. Cost: a size-class free-list pop on the fast path.
pub inline fn create(comptime T: type, comptime kind: Kind) *T {
    return gc.create(T, kind);
}

/// `n` zeroed `T`s in the GC heap.
pub inline fn allocSlice(comptime T: type, comptime kind: Kind, n: usize) []T {
    return gc.allocSlice(T, kind, n);
}

/// `n` bytes of `.noscan` memory that the caller fills completely before use (not zeroed in
/// the runtime, where the collector allows it; zeroed on the program side, which has no such
/// entry point). Cost: as `allocSlice` without the zeroing of a reused slot.
pub inline fn allocBytesUninit(n: usize) []align(16) u8 {
    if (comptime @hasDecl(@import("root"), "pyaot_client")) {
        return @alignCast(gc.allocSlice(u8, .noscan, n));
    }
    return gc.allocUninit(n)[0..n];
}

/// Grows (or shrinks) a buffer, keeping its contents; the old buffer may be released at once.
pub inline fn resizeSlice(comptime T: type, comptime kind: Kind, old: []T, n: usize) []T {
    return gc.reallocSlice(T, kind, old, n);
}

/// Hands memory known to be dead back to the collector early (optional; never required).
pub inline fn free(ptr: anytype) void {
    gc.free(@ptrCast(ptr));
}

/// An std.mem.Allocator over the GC heap, for std containers that keep their own buffers.
pub fn allocator(comptime kind: Kind) std.mem.Allocator {
    return gc.allocator(kind);
}

/// Registers a range of memory (module globals, runtime statics) as GC roots.
pub fn addRoot(ptr: *const anyopaque, len_bytes: usize) void {
    gc.addRoot(ptr, len_bytes);
}

/// A GC copy of `v` (small structs built in place, e.g. closure environments).
pub inline fn dupe(comptime T: type, v: T) *T {
    const p = gc.create(T, .scan);
    p.* = v;
    return p;
}
