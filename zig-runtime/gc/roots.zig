//! Roots: the main thread's stack, the registers at collection time, and registered ranges.
//!
//! Stack. The runtime is single-threaded. `init` records the stack's far end ("bottom": the
//! highest address, as stacks grow down on every supported target); generated `main` passes
//! `@frameAddress()` as its first act, so every frame that can hold a heap pointer lies between
//! the collector's entry frame and that address. The scan covers that range word by word,
//! aligned, whatever the compiler keeps there (spilled locals, derived pointers, saved
//! registers).
//!
//! Registers. Under ReleaseFast the only copy of a pointer may sit in a register. Caller-saved
//! registers are dead across the call into the collector (the ABI makes callers save what they
//! need on the stack). Callee-saved ones may still hold a caller's value, so the collector's
//! entry (`gc.collect`, never inlined) first stores them with inline asm into a local array, and
//! the scan starts at that array. Any callee-saved register the compiler itself uses in that
//! frame is saved by its prologue above the array, so it is covered too. The collector's deeper
//! frames are not scanned: they hold its own working values (the heap base, chunk addresses),
//! which would otherwise retain objects at those addresses. Any callee-saved register the compiler
//! itself uses in that frame is saved by its prologue into the same frame, so it is covered too.
//!
//! Registered ranges. Zig globals (module globals of the compiled program, runtime tables) are
//! not scanned unless registered with `add`. The list lives outside the heap.

const std = @import("std");
const builtin = @import("builtin");
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

const register_count = switch (builtin.cpu.arch) {
    .x86_64 => 6,
    .aarch64 => 12 + 8,
    else => @compileError("pyaot gc: register spilling is written for x86_64 and aarch64 only"),
};

pub const Registers = [register_count]usize;

/// Scans the stack from `stack_top` (the address of the `Registers` that the collector's entry
/// frame spilled into; everything deeper is the collector's own frames) to `stack_bottom`.
pub fn scanStack(marker: *Marker, stack_top: usize, stack_bottom: usize) void {
    assert(stack_top < stack_bottom); // init was called from an outer frame of this thread
    marker.scanRange(stack_top, stack_bottom);
}

/// Stores the callee-saved registers (System V x86_64: rbx, rbp, r12-r15; AAPCS64: x19-x29,
/// x30 and the low halves of v8-v15, which LLVM may use to park an integer). Caller-saved
/// registers are not stored: they are dead across the call into the collector, and scanning
/// their leftovers would only retain garbage.
pub inline fn spillRegisters(registers: *Registers) void {
    switch (builtin.cpu.arch) {
        .x86_64 => asm volatile (
            \\movq %%rbx, 0(%%rdi)
            \\movq %%rbp, 8(%%rdi)
            \\movq %%r12, 16(%%rdi)
            \\movq %%r13, 24(%%rdi)
            \\movq %%r14, 32(%%rdi)
            \\movq %%r15, 40(%%rdi)
            :
            : [out] "{rdi}" (registers),
            : .{ .memory = true }),
        .aarch64 => asm volatile (
            \\stp x19, x20, [%[out], #0]
            \\stp x21, x22, [%[out], #16]
            \\stp x23, x24, [%[out], #32]
            \\stp x25, x26, [%[out], #48]
            \\stp x27, x28, [%[out], #64]
            \\stp x29, x30, [%[out], #80]
            \\stp d8, d9, [%[out], #96]
            \\stp d10, d11, [%[out], #112]
            \\stp d12, d13, [%[out], #128]
            \\stp d14, d15, [%[out], #144]
            :
            : [out] "r" (registers),
            : .{ .memory = true }),
        else => comptime unreachable,
    }
}
