//! Roots: the main thread's stack, the registers at collection time, and registered ranges.
//!
//! Stack. The runtime is single-threaded. `init` records the stack's far end ("bottom": the
//! highest address, as stacks grow down on every supported target); generated `main` passes
//! `@frameAddress()` as its first act, so every frame that can hold a heap pointer lies between
//! the collector's entry (`entry.zig`) and that address. The scan covers that range word by word,
//! aligned, whatever the compiler keeps there (spilled locals, derived pointers, saved
//! registers).
//!
//! Registers. `entry.zig` pushes the callee-saved registers just above the scanned range's start.
//!
//! Registered ranges. Zig globals (module globals of the compiled program, runtime tables) are
//! not scanned unless registered with `add`. The list lives outside the heap.

const std = @import("std");
const assert = std.debug.assert;
const Marker = @import("mark.zig").Marker;

pub const Range = struct { address: usize, bytes: usize };

/// Registered ranges, kept in page-allocator memory that the collector never scans.
pub const Roots = struct {
    ranges: std.ArrayListUnmanaged(Range) = .empty,

    pub fn deinit(roots: *Roots) void {
        roots.ranges.deinit(std.heap.page_allocator);
        roots.* = undefined;
    }

    /// Registers [address, address + bytes) as a root range. Cost: amortized O(1).
    pub fn add(roots: *Roots, address: usize, bytes: usize) error{OutOfMemory}!void {
        assert(address % @alignOf(usize) == 0);
        try roots.ranges.append(std.heap.page_allocator, .{ .address = address, .bytes = bytes });
    }

    /// Unregisters the range that starts at `address`. Asserts it was registered.
    /// Cost: O(registered ranges).
    pub fn remove(roots: *Roots, address: usize) void {
        for (roots.ranges.items, 0..) |range, index| {
            if (range.address == address) {
                _ = roots.ranges.swapRemove(index);
                return;
            }
        }
        unreachable; // not a registered root
    }

    pub fn scan(roots: *const Roots, marker: *Marker) void {
        for (roots.ranges.items) |range| marker.scanRange(range.address, range.address + range.bytes);
    }
};

/// Scans the stack from `stack_top` (where `entry.zig` pushed the callee-saved registers;
/// everything deeper is the collector's own frames) to `stack_bottom`.
pub fn scanStack(marker: *Marker, stack_top: usize, stack_bottom: usize) void {
    assert(stack_top < stack_bottom); // init was called from an outer frame of this thread
    marker.scanRange(stack_top, stack_bottom);
}
