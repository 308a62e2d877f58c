//! Virtual memory for the collector: reserve address space once, commit it as the heap grows,
//! and hand pages of dead objects back to the OS.
//!
//! Reserving with PROT_NONE and MAP_NORESERVE costs no memory and no commit charge, so the
//! heap can be one contiguous range (a pointer test is a subtraction and a compare) and still
//! work under strict overcommit (`vm.overcommit_memory=2`): only `commit` is charged. Pages given
//! back with `decommit` (MADV_DONTNEED) stay mapped and read as zero on next touch, which is
//! also how the collector gets zeroed memory for free.

const std = @import("std");
const builtin = @import("builtin");
const posix = std.posix;
const assert = std.debug.assert;

/// The smallest page size of any supported target; every range passed here is a multiple of it.
pub const page_bytes = std.heap.page_size_min;

comptime {
    if (builtin.os.tag != .linux and !builtin.os.tag.isDarwin()) {
        @compileError("pyaot gc: virtual memory code is written for Linux and macOS only");
    }
}

pub const Region = struct {
    base: usize,
    reserved_bytes: usize,
    committed_bytes: usize,

    /// Reserves `bytes` (a multiple of `alignment`, itself a power of two >= page size) of
    /// inaccessible address space aligned to `alignment`. Cost: two or three syscalls.
    pub fn reserve(bytes: usize, alignment: usize) error{OutOfMemory}!Region {
        assert(std.math.isPowerOfTwo(alignment));
        assert(alignment >= page_bytes);
        assert(bytes % alignment == 0);
        const mapped_bytes = bytes + alignment;
        const mapped = posix.mmap(null, mapped_bytes, posix.PROT.NONE, mapFlags(), -1, 0) catch
            return error.OutOfMemory;
        const mapped_base = @intFromPtr(mapped.ptr);
        const base = std.mem.alignForward(usize, mapped_base, alignment);
        // Trim the misaligned head and the spare tail so the region is exactly `bytes`.
        if (base > mapped_base) unmap(mapped_base, base - mapped_base);
        const tail_bytes = mapped_base + mapped_bytes - (base + bytes);
        if (tail_bytes > 0) unmap(base + bytes, tail_bytes);
        return .{ .base = base, .reserved_bytes = bytes, .committed_bytes = 0 };
    }

    /// Makes the first `bytes` (rounded up to pages) readable and writable. Never shrinks.
    /// Cost: one mprotect when the committed prefix grows, nothing otherwise.
    pub fn commit(region: *Region, bytes: usize) error{OutOfMemory}!void {
        const target_bytes = std.mem.alignForward(usize, bytes, page_bytes);
        assert(target_bytes <= region.reserved_bytes);
        if (target_bytes <= region.committed_bytes) return;
        const start = region.base + region.committed_bytes;
        const length = target_bytes - region.committed_bytes;
        const memory: [*]align(page_bytes) u8 = @ptrFromInt(start);
        posix.mprotect(memory[0..length], posix.PROT.READ | posix.PROT.WRITE) catch
            return error.OutOfMemory;
        // Transparent huge pages where the system offers them on request: a heap of millions
        // of small objects touched in no particular order (dict entries, keys) otherwise
        // spends much of its time in TLB misses and one page fault per 4 KiB. Advice only.
        if (builtin.os.tag == .linux) posix.madvise(memory, length, 14) catch {}; // MADV_HUGEPAGE
        region.committed_bytes = target_bytes;
    }

    /// Returns the whole reservation to the OS. The region must not be used afterwards.
    pub fn release(region: *Region) void {
        assert(region.reserved_bytes > 0);
        unmap(region.base, region.reserved_bytes);
        region.* = undefined;
    }
};

/// Gives the physical pages of `[address, address + bytes)` back to the OS; the range stays
/// mapped and reads as zero afterwards. Both ends must be page aligned. Cost: one madvise,
/// plus the kernel's work per resident page.
pub fn decommit(address: usize, bytes: usize) void {
    assert(address % page_bytes == 0);
    assert(bytes % page_bytes == 0);
    if (bytes == 0) return;
    const memory: [*]align(page_bytes) u8 = @ptrFromInt(address);
    if (builtin.os.tag.isDarwin()) {
        // Darwin's MADV_DONTNEED does not promise zeroes; mapping fresh pages over the range does.
        var flags = mapFlags();
        flags.FIXED = true;
        _ = posix.mmap(memory, bytes, posix.PROT.READ | posix.PROT.WRITE, flags, -1, 0) catch
            @memset(memory[0..bytes], 0);
        return;
    }
    // MADV_DONTNEED on a private anonymous mapping zero-fills on the next touch (Linux). If the
    // kernel refuses, zero by hand: the pages stay resident, but the "reads as zero" contract holds.
    posix.madvise(memory, bytes, posix.MADV.DONTNEED) catch @memset(memory[0..bytes], 0);
}

fn mapFlags() posix.MAP {
    var flags: posix.MAP = .{ .TYPE = .PRIVATE, .ANONYMOUS = true };
    if (@hasField(posix.MAP, "NORESERVE")) flags.NORESERVE = true;
    return flags;
}

fn unmap(address: usize, bytes: usize) void {
    const memory: [*]align(page_bytes) const u8 = @ptrFromInt(address);
    posix.munmap(memory[0..bytes]);
}

test "reserve, commit, write, decommit reads zero" {
    var region = try Region.reserve(1 << 24, 1 << 16);
    defer region.release();
    try std.testing.expect(region.base % (1 << 16) == 0);
    try region.commit(3 * page_bytes + 1);
    try std.testing.expectEqual(4 * page_bytes, region.committed_bytes);
    const bytes: [*]u8 = @ptrFromInt(region.base);
    bytes[0] = 42;
    bytes[4 * page_bytes - 1] = 7;
    decommit(region.base, 4 * page_bytes);
    try std.testing.expectEqual(@as(u8, 0), bytes[0]);
    try std.testing.expectEqual(@as(u8, 0), bytes[4 * page_bytes - 1]);
}
