//! Conservative marking with an explicit, bounded mark stack.
//!
//! Every aligned word of a root range or of a reached `scan` object is a candidate: if it points
//! anywhere inside an allocated object (interior pointers and low-bit tags such as a big int's
//! `address | 1` included), that object is marked and, unless it is `noscan`, its range is
//! pushed. Words that merely look like pointers retain garbage; that is the price of needing no
//! cooperation from generated code.
//!
//! The mark stack has a fixed capacity. Big ranges are scanned in `scan_step_bytes` slices (the
//! rest is pushed back first), so one huge array costs one entry. When the stack is full the
//! object is marked but not pushed and `overflowed` is set; `finish` then rescans every marked
//! object in the heap until a pass completes without overflow (Boehm's recovery). Each pass marks
//! something new or completes, so it terminates, and memory never grows during a collection.

const std = @import("std");
const assert = std.debug.assert;
const os = @import("os.zig");
const sc = @import("size_class.zig");
const heap_mod = @import("heap.zig");
const Heap = heap_mod.Heap;

const scan_step_bytes = 4096;
/// Entries popped ahead of scanning, their memory prefetched. binary_trees (9 MB of 48-byte
/// nodes marked per collection, beyond the cache) spent half of marking on the first load of
/// each object at 8; GC CPU at 8 / 16 / 32, same runs: 75 / 65 / 62 ms (roughly: loaded host).
const prefetch_distance = 32;

pub const Entry = struct { address: usize, bytes: usize };

pub const Marker = struct {
    heap: *Heap,
    region: os.Region,
    entries: [*]Entry,
    capacity: u32,
    top: u32,
    overflowed: bool,
    /// Overflow recovery passes in the current collection (for tests and stats).
    recovery_passes: u32,
    /// The last candidate word found already marked (or not an object) in this collection:
    /// repeating it is skipped without the table lookups. Every object of a class holds the
    /// same type pointer, which is found marked every time but the first; for binary_trees'
    /// nodes it is one of three heap words per object. Valid for one collection (`reset`):
    /// marks only get set while marking, and nothing is allocated.
    seen: usize,

    /// Reserves and commits a mark stack of `capacity` entries outside the heap.
    pub fn init(marker: *Marker, heap: *Heap, capacity: u32) error{OutOfMemory}!void {
        assert(capacity >= 1);
        const bytes = std.mem.alignForward(usize, @as(usize, capacity) * @sizeOf(Entry), os.page_bytes);
        var region = try os.Region.reserve(bytes, os.page_bytes);
        errdefer region.release();
        try region.commit(bytes);
        marker.* = .{
            .heap = heap,
            .region = region,
            .entries = @ptrFromInt(region.base),
            .capacity = capacity,
            .top = 0,
            .overflowed = false,
            .recovery_passes = 0,
            .seen = 0,
        };
    }

    pub fn deinit(marker: *Marker) void {
        marker.region.release();
        marker.* = undefined;
    }

    pub fn reset(marker: *Marker) void {
        marker.top = 0;
        marker.overflowed = false;
        marker.recovery_passes = 0;
        marker.seen = 0;
    }

    /// Treats every aligned word of [low, high) as a candidate pointer, last word first: the
    /// stack is LIFO, so the object named by the first field is scanned next. Structures
    /// built field by field (a tree's left subtree, then its right) are then marked in the
    /// order they were allocated, which is address order, and the hardware prefetcher helps.
    /// Cost: a subtract and a compare per word that is not a heap address, a table lookup and
    /// a bitmap test per word that is.
    pub fn scanRange(marker: *Marker, low: usize, high: usize) void {
        assert(low <= high);
        const first = std.mem.alignForward(usize, low, @sizeOf(usize));
        var end = std.mem.alignBackward(usize, high, @sizeOf(usize));
        const heap = marker.heap;
        const committed = heap.committedBytes();
        var seen = marker.seen;
        while (end > first) {
            end -= @sizeOf(usize);
            const word = @as(*const usize, @ptrFromInt(end)).*;
            if (word -% heap.base < committed and word != seen) {
                if (!marker.markWord(word)) seen = word;
            }
        }
        marker.seen = seen;
    }

    /// Marks the object that `word` points into, if any, and queues it for scanning.
    pub fn markCandidate(marker: *Marker, word: usize) void {
        _ = marker.markWord(word);
    }

    /// `markCandidate`; true when it marked an object that was not marked yet.
    inline fn markWord(marker: *Marker, word: usize) bool {
        const heap = marker.heap;
        const offset = word -% heap.base;
        if (offset >= heap.committedBytes()) return false;
        var index: u32 = @intCast(offset >> sc.chunk_shift);
        var chunk = heap.chunks[index];
        if (chunk.kind == .tail) {
            index -= chunk.span;
            chunk = heap.chunks[index];
        }
        const head_address = heap.chunkAddress(index);
        switch (chunk.kind) {
            .free => return false,
            .tail => unreachable,
            .run => {
                const info = &sc.classes[chunk.class];
                const slot = sc.slotIndex(info, word - head_address);
                if (slot >= info.slots) return false;
                const pair = &heap.bitmaps[heap_mod.bitIndex(index, slot / 64)];
                const bit = @as(u64, 1) << @intCast(slot % 64);
                if (pair.alloc & bit == 0) return false;
                if (pair.mark & bit != 0) return false;
                pair.mark |= bit;
                if (!chunk.flags.noscan) marker.push(head_address + slot * info.size, info.size);
                return true;
            },
            .large => {
                if (chunk.flags.marked) return false;
                heap.chunks[index].flags.marked = true;
                if (!chunk.flags.noscan) marker.push(head_address, @as(usize, chunk.granules) * sc.granule_bytes);
                return true;
            },
        }
    }

    fn push(marker: *Marker, address: usize, bytes: usize) void {
        if (marker.top == marker.capacity) {
            marker.overflowed = true;
            return;
        }
        marker.entries[marker.top] = .{ .address = address, .bytes = bytes };
        marker.top += 1;
    }

    /// Scans queued objects until none is left. Entries popped from the stack wait in a small
    /// FIFO after their memory is prefetched, so up to `prefetch_distance` cache misses overlap
    /// instead of stalling marking once per object (Cher, Hosking and Vijaykumar, "Software
    /// prefetching for mark-sweep garbage collection", ASPLOS 2004).
    pub fn drain(marker: *Marker) void {
        var fifo: [prefetch_distance]Entry = undefined;
        var fifo_head: u32 = 0; // the oldest entry
        var fifo_count: u32 = 0;
        while (true) {
            while (fifo_count < prefetch_distance and marker.top > 0) {
                marker.top -= 1;
                const entry = marker.entries[marker.top];
                @prefetch(@as([*]const u8, @ptrFromInt(entry.address)), .{});
                fifo[(fifo_head + fifo_count) % prefetch_distance] = entry;
                fifo_count += 1;
            }
            if (fifo_count == 0) return;
            const entry = fifo[fifo_head];
            fifo_head = (fifo_head + 1) % prefetch_distance;
            fifo_count -= 1;
            // A big range is scanned one slice at a time, its rest queued below the slice's
            // children, so the stack stays short. With the stack full, scan it whole (its
            // children then overflow and `finish` recovers).
            if (entry.bytes > scan_step_bytes and marker.top < marker.capacity) {
                marker.push(entry.address + scan_step_bytes, entry.bytes - scan_step_bytes);
                marker.scanRange(entry.address, entry.address + scan_step_bytes);
            } else {
                marker.scanRange(entry.address, entry.address + entry.bytes);
            }
        }
    }

    /// Drains, then recovers from overflow until every reachable object is marked.
    pub fn finish(marker: *Marker) void {
        marker.drain();
        // Bounded by the number of objects: a pass that overflows has marked at least one.
        while (marker.overflowed) {
            marker.overflowed = false;
            marker.recovery_passes += 1;
            marker.rescanMarked();
        }
    }

    /// Scans every marked `scan` object of the heap again, draining after each.
    fn rescanMarked(marker: *Marker) void {
        const heap = marker.heap;
        var index: u32 = 0;
        while (index < heap.chunk_count) {
            const chunk = heap.chunks[index];
            switch (chunk.kind) {
                .free => index += 1,
                .tail => unreachable,
                .large => {
                    if (chunk.flags.marked and !chunk.flags.noscan) {
                        marker.push(heap.chunkAddress(index), @as(usize, chunk.granules) * sc.granule_bytes);
                        marker.drain();
                    }
                    index += chunk.span;
                },
                .run => {
                    if (!chunk.flags.noscan) marker.rescanRun(index, chunk.class);
                    index += chunk.span;
                },
            }
        }
    }

    fn rescanRun(marker: *Marker, run: u32, class: u8) void {
        const heap = marker.heap;
        const info = &sc.classes[class];
        const head_address = heap.chunkAddress(run);
        for (0..info.words) |word| {
            var bits = heap.bitmaps[heap_mod.bitIndex(run, word)].mark;
            while (bits != 0) : (bits &= bits - 1) {
                const slot = word * 64 + @ctz(bits);
                const address = head_address + slot * info.size;
                marker.scanRange(address, address + info.size);
                marker.drain();
            }
        }
    }
};
