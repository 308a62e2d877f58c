//! The heap: one reserved address range cut into 64 KiB chunks, a side table with one entry per
//! chunk, runs of small objects with allocation and mark bitmaps, and large objects made of
//! whole chunks.
//!
//! Layout. `region` holds the objects; four side regions, reserved for the largest possible heap
//! and committed as it grows, hold per-chunk metadata: `chunks` (16 bytes each), `bitmaps` (64
//! `BitPair`s each, used by run heads: an allocation and a mark bit per slot, side by side so
//! marking a random object misses the cache once, not twice), and `free_map` (one bit per
//! chunk, 1 = free). Keeping metadata out of the chunks keeps object slots at the chunk base and
//! 16-byte aligned, and the bitmaps dense for the sweep.
//!
//! Small allocation. Each (kind, class) has a `Cursor` over one 64-slot word of a run: the free
//! slots of that word as a bit set. Allocation pops the lowest bit (`@ctz`), so the fast path is a
//! test, a ctz, a clear and a multiply-add. Slots handed out are recorded in the alloc bits only
//! when the cursor moves to the next word (`flushCursor`); a collection flushes every cursor
//! first. Marking only accepts slots whose alloc bit is set, so a stale pointer to a dead or
//! never-used slot can neither retain it nor resurrect what its old contents pointed to.
//!
//! Sweep. After marking, each run's mark bits become its alloc bits (live = allocated), the mark
//! bits are cleared, runs with no live slot go back to the chunk pool, and runs with free slots
//! are queued on their class's available list in address order. The sweep touches only the side
//! bitmaps, never object memory, so it costs about heap_bytes / 2^13 word operations.
//!
//! Zeroing. Fresh or decommitted chunks read as zero; a run built on them hands out slots without
//! zeroing until its first collection. After that (`dirty`) each slot is zeroed as it is handed
//! out, while it is about to be written anyway.

const std = @import("std");
const assert = std.debug.assert;
const os = @import("os.zig");
const sc = @import("size_class.zig");

pub const Kind = enum(u1) {
    /// Contents may hold pointers: the collector scans every word.
    scan,
    /// Contents never hold pointers (bytes, floats, limbs): never scanned.
    noscan,
};
pub const kind_count = 2;

pub const none: u32 = std.math.maxInt(u32);
const words_per_chunk = sc.bitmap_words_per_chunk;

pub const ChunkKind = enum(u8) { free = 0, run, large, tail };

pub const ChunkFlags = packed struct(u8) {
    noscan: bool = false,
    /// Large objects: reached by the current mark phase.
    marked: bool = false,
    /// Memory may be non-zero (free chunks and runs).
    dirty: bool = false,
    /// The run is on its class's available list.
    listed: bool = false,
    /// The run is the one its class cursor allocates from.
    current: bool = false,
    /// A slot was freed behind the cursor of this current run: relist it when exhausted.
    rescan: bool = false,
    reserved: u2 = 0,
};

pub const Chunk = extern struct {
    kind: ChunkKind,
    class: u8,
    flags: ChunkFlags,
    reserved: u8,
    /// Run or large head: length in chunks. Tail: distance back to the head.
    span: u32,
    /// Available-list link: the next run's chunk index, or `none`.
    next: u32,
    /// Large head: object size in granules, the range marking scans.
    granules: u32,
};

comptime {
    assert(@sizeOf(Chunk) == 16);
    assert(@intFromEnum(ChunkKind.free) == 0); // committed (zeroed) table entries are free chunks
}

/// Read by the inlined allocation fast path; one per (kind, class). Extern: compiled programs
/// run the fast path on the runtime's cursors too (abi/client_gc.zig, exported as gc_cursors).
pub const Cursor = extern struct {
    /// Free slots of the current word: bit i is slot `word_address + i * size`.
    free_bits: u64 = 0,
    word_address: usize = 0,
    needs_zero: bool = false,
};

/// Cold per-(kind, class) state of the slow path.
pub const ClassList = struct {
    /// Chunk index of the run the cursor walks, or `none`.
    run: u32 = none,
    /// Next bitmap word of `run` to load; the loaded word is `word_next - 1`.
    word_next: u32 = 0,
    /// Free bits of the loaded word as loaded (plus slots freed into it since); 0 = none loaded.
    word_free: u64 = 0,
    /// Runs with free slots, in address order, linked through `Chunk.next`.
    head: u32 = none,
    tail: u32 = none,
};

/// Bit i of word w describes slot 64 * w + i of a run.
pub const BitPair = extern struct {
    /// Allocated: handed out and not yet found dead or freed.
    alloc: u64,
    /// Reached by the current mark phase; zero outside collections.
    mark: u64,
};

pub inline fn bitIndex(run: u32, word: usize) usize {
    assert(word < words_per_chunk);
    return @as(usize, run) * words_per_chunk + word;
}

pub const Refill = enum { ok, collect, out_of_memory };

/// What an address inside the heap belongs to, for the cold paths (free, realloc, finalizers).
pub const Object = struct {
    address: usize,
    size: usize,
    head: u32,
    /// Slot index for run objects; 0 for large objects.
    slot: u32,
    is_large: bool,
    kind: Kind,
};

pub const Heap = struct {
    region: os.Region,
    chunk_region: os.Region,
    bitmap_region: os.Region,
    free_region: os.Region,

    base: usize,
    chunk_count_max: u32,
    /// Committed chunks; every address in [base, base + chunk_count * chunk_bytes) is readable.
    chunk_count: u32,
    chunks: [*]Chunk,
    /// Indexed by `bitIndex(run, word)`.
    bitmaps: [*]BitPair,
    free_map: [*]u64,
    /// No free chunk lies below this index.
    free_hint: u32,

    cursors: [kind_count][sc.class_count]Cursor,
    lists: [kind_count][sc.class_count]ClassList,

    used_chunks: u32,
    used_chunks_peak: u32,
    dirty_free_chunks: u32,
    /// Policy, set by the collector: free chunks beyond this many keep no resident pages.
    dirty_free_limit_chunks: u32,
    /// Bytes handed out since the last collection (small: counted per cursor word, corrected
    /// when the word is flushed). Compared against `collect_threshold_bytes` in the slow paths.
    allocated_bytes: usize,
    allocated_bytes_total: u64,
    collect_threshold_bytes: usize,

    /// Reserves address space for `heap_bytes_max` (halving down to 256 MiB if the OS refuses)
    /// and the side tables for it. Commits nothing. Cost: about ten syscalls.
    pub fn init(heap: *Heap, heap_bytes_max: usize) error{OutOfMemory}!void {
        assert(heap_bytes_max >= sc.run_bytes_max);
        var bytes = std.mem.alignForward(usize, heap_bytes_max, sc.chunk_bytes);
        const region = while (true) {
            if (os.Region.reserve(bytes, sc.chunk_bytes)) |region| break region else |err| {
                if (bytes <= 256 << 20) return err;
                bytes /= 2;
            }
        };
        const chunk_count_max: u32 = @intCast(bytes / sc.chunk_bytes);
        heap.* = .{
            .region = region,
            .chunk_region = try reserveTable(chunk_count_max * @sizeOf(Chunk)),
            .bitmap_region = try reserveTable(chunk_count_max * words_per_chunk * @sizeOf(BitPair)),
            .free_region = try reserveTable(std.mem.alignForward(usize, chunk_count_max, 64) / 8),
            .base = region.base,
            .chunk_count_max = chunk_count_max,
            .chunk_count = 0,
            .chunks = undefined,
            .bitmaps = undefined,
            .free_map = undefined,
            .free_hint = 0,
            .cursors = @splat(@splat(.{})),
            .lists = @splat(@splat(.{})),
            .used_chunks = 0,
            .used_chunks_peak = 0,
            .dirty_free_chunks = 0,
            .dirty_free_limit_chunks = 0,
            .allocated_bytes = 0,
            .allocated_bytes_total = 0,
            .collect_threshold_bytes = std.math.maxInt(usize),
        };
        heap.chunks = @ptrFromInt(heap.chunk_region.base);
        heap.bitmaps = @ptrFromInt(heap.bitmap_region.base);
        heap.free_map = @ptrFromInt(heap.free_region.base);
    }

    /// Unmaps everything. Every pointer into the heap dangles afterwards.
    pub fn deinit(heap: *Heap) void {
        heap.region.release();
        heap.chunk_region.release();
        heap.bitmap_region.release();
        heap.free_region.release();
        heap.* = undefined;
    }

    fn reserveTable(bytes: usize) error{OutOfMemory}!os.Region {
        return os.Region.reserve(std.mem.alignForward(usize, bytes, os.page_bytes), os.page_bytes);
    }

    pub inline fn chunkAddress(heap: *const Heap, index: u32) usize {
        return heap.base + (@as(usize, index) << sc.chunk_shift);
    }

    pub inline fn committedBytes(heap: *const Heap) usize {
        return @as(usize, heap.chunk_count) << sc.chunk_shift;
    }

    // ---------------------------------------------------------------- chunk pool

    /// Commits at least `chunks_min` more chunks (and their side tables); they join the pool
    /// as free, zeroed chunks. Returns false when the reservation is exhausted or the OS refuses.
    fn grow(heap: *Heap, chunks_min: u32) bool {
        // The first growth also commits the never-used chunk 0 (see below).
        const needed = @as(u64, chunks_min) + @intFromBool(heap.chunk_count == 0);
        const step = @max(needed, 64, heap.chunk_count / 8);
        const target: u32 = @intCast(@min(@as(u64, heap.chunk_count) + step, heap.chunk_count_max));
        if (target < @as(u64, heap.chunk_count) + needed) return false;
        heap.region.commit(@as(usize, target) << sc.chunk_shift) catch return false;
        heap.chunk_region.commit(@as(usize, target) * @sizeOf(Chunk)) catch return false;
        heap.bitmap_region.commit(@as(usize, target) * words_per_chunk * @sizeOf(BitPair)) catch return false;
        heap.free_region.commit(std.mem.alignForward(usize, target, 64) / 8) catch return false;
        const first = heap.chunk_count;
        heap.chunk_count = target;
        // Freshly committed table entries read as zero: free, clean chunks. Chunk 0 stays out
        // of the pool, so the heap base, a value the collector and allocator handle all the
        // time, never names an object that a stale copy of it could retain.
        const first_usable = @max(first, 1);
        setFreeBits(heap, first_usable, target - first_usable, true);
        heap.free_hint = @min(heap.free_hint, first_usable);
        return true;
    }

    fn setFreeBits(heap: *Heap, first: u32, count: u32, value: bool) void {
        var index = first;
        while (index < first + count) : (index += 1) {
            const mask = @as(u64, 1) << @intCast(index % 64);
            if (value) heap.free_map[index / 64] |= mask else heap.free_map[index / 64] &= ~mask;
        }
    }

    /// First fit: the lowest `count` consecutive free chunks. Cost: one pass over the free
    /// map from `free_hint` (one word per 64 chunks).
    fn findFree(heap: *const Heap, count: u32) ?u32 {
        assert(count > 0);
        var run_start: u32 = 0;
        var run_length: u32 = 0;
        const word_count = (heap.chunk_count + 63) / 64;
        var word_index = heap.free_hint / 64;
        while (word_index < word_count) : (word_index += 1) {
            const word = heap.free_map[word_index];
            if (word == 0) {
                run_length = 0;
                continue;
            }
            var bit: u32 = 0;
            while (bit < 64) {
                const rest = word >> @intCast(bit);
                if (rest == 0) {
                    run_length = 0;
                    break;
                }
                const zeros: u32 = @ctz(rest);
                if (zeros > 0) {
                    run_length = 0;
                    bit += zeros;
                    continue;
                }
                const ones: u32 = @min(@ctz(~rest), 64 - bit);
                if (run_length == 0) run_start = word_index * 64 + bit;
                run_length += ones;
                if (run_length >= count) return run_start;
                bit += ones;
            }
        }
        return null;
    }

    /// Takes `count` consecutive chunks out of the pool, growing the heap if needed. The chunks
    /// keep their `dirty` flags so the caller knows which to zero. Returns null when the heap
    /// cannot grow. Cost: `findFree`, plus `grow` when the pool has no fit.
    fn takeChunks(heap: *Heap, count: u32) ?u32 {
        const head = heap.findFree(count) orelse blk: {
            if (!heap.grow(count)) return null;
            break :blk heap.findFree(count).?;
        };
        var index = head;
        while (index < head + count) : (index += 1) {
            assert(heap.chunks[index].kind == .free);
            if (heap.chunks[index].flags.dirty) heap.dirty_free_chunks -= 1;
        }
        setFreeBits(heap, head, count, false);
        if (head == heap.free_hint) heap.free_hint = head + count;
        heap.used_chunks += count;
        heap.used_chunks_peak = @max(heap.used_chunks_peak, heap.used_chunks);
        return head;
    }

    /// Returns chunks to the pool as free and dirty. Their bitmaps must already be zero.
    fn releaseChunks(heap: *Heap, head: u32, count: u32) void {
        assert(head + count <= heap.chunk_count);
        var index = head;
        while (index < head + count) : (index += 1) {
            heap.chunks[index] = .{ .kind = .free, .class = 0, .flags = .{ .dirty = true }, .reserved = 0, .span = 0, .next = none, .granules = 0 };
        }
        setFreeBits(heap, head, count, true);
        heap.dirty_free_chunks += count;
        heap.used_chunks -= count;
        heap.free_hint = @min(heap.free_hint, head);
    }

    /// Gives the pages of free chunks back to the OS, highest addresses first, until at most
    /// `dirty_free_limit_chunks` free chunks keep resident pages. Cost: one pass over the chunk
    /// table when over the limit, one madvise per contiguous range.
    pub fn trimFreeChunks(heap: *Heap) void {
        var index = heap.chunk_count;
        while (heap.dirty_free_chunks > heap.dirty_free_limit_chunks and index > 0) {
            index -= 1;
            if (!isDirtyFree(heap, index)) continue;
            const end = index + 1;
            var start = index;
            const excess = heap.dirty_free_chunks - heap.dirty_free_limit_chunks;
            while (start > 0 and end - start < excess and isDirtyFree(heap, start - 1)) start -= 1;
            heap.decommitFree(start, end - start);
            index = start;
        }
    }

    fn isDirtyFree(heap: *const Heap, index: u32) bool {
        const chunk = heap.chunks[index];
        return chunk.kind == .free and chunk.flags.dirty;
    }

    fn decommitFree(heap: *Heap, head: u32, count: u32) void {
        os.decommit(heap.chunkAddress(head), @as(usize, count) << sc.chunk_shift);
        var index = head;
        while (index < head + count) : (index += 1) {
            assert(heap.chunks[index].kind == .free);
            if (heap.chunks[index].flags.dirty) heap.dirty_free_chunks -= 1;
            heap.chunks[index].flags.dirty = false;
        }
    }

    // ---------------------------------------------------------------- small objects

    /// Slow path of small allocation: loads the next word of free slots into the cursor of
    /// (kind, class), moving to the next available run or a new one as needed. Returns
    /// `.collect` (before touching anything) when the allocation budget is spent and
    /// `may_collect`, `.out_of_memory` when no run can be had. Asserts the cursor is empty.
    pub fn refill(heap: *Heap, kind: Kind, class: u8, may_collect: bool) Refill {
        const cursor = &heap.cursors[@intFromEnum(kind)][class];
        const list = &heap.lists[@intFromEnum(kind)][class];
        const info = &sc.classes[class];
        assert(cursor.free_bits == 0);
        if (may_collect and heap.allocated_bytes >= heap.collect_threshold_bytes) return .collect;
        heap.flushCursor(kind, class);
        // Bounded: each pass either loads a word, or retires a run and takes another, and a new
        // run always has a free word.
        while (true) {
            if (list.run != none) {
                const bits = heap.bitmaps + bitIndex(list.run, 0);
                while (list.word_next < info.words) {
                    const word = list.word_next;
                    list.word_next += 1;
                    const free_bits = ~bits[word].alloc & validMask(info, word);
                    if (free_bits == 0) continue;
                    list.word_free = free_bits;
                    cursor.free_bits = free_bits;
                    cursor.word_address = heap.chunkAddress(list.run) + @as(usize, word) * 64 * info.size;
                    cursor.needs_zero = heap.chunks[list.run].flags.dirty;
                    const bytes = @as(usize, @popCount(free_bits)) * info.size;
                    heap.allocated_bytes += bytes;
                    heap.allocated_bytes_total += bytes;
                    return .ok;
                }
                heap.retireRun(list);
            }
            const run = heap.popAvailable(list) orelse
                heap.newRun(kind, class) orelse return .out_of_memory;
            heap.chunks[run].flags.current = true;
            list.run = run;
            list.word_next = 0;
        }
    }

    fn validMask(info: *const sc.Class, word: u32) u64 {
        const tail_slots: u6 = @intCast(info.slots % 64);
        if (word + 1 < info.words or tail_slots == 0) return ~@as(u64, 0);
        return (@as(u64, 1) << tail_slots) - 1;
    }

    /// Records the slots the cursor handed out in the alloc bitmap and empties the cursor.
    /// Cost: a few word operations.
    pub fn flushCursor(heap: *Heap, kind: Kind, class: u8) void {
        const cursor = &heap.cursors[@intFromEnum(kind)][class];
        const list = &heap.lists[@intFromEnum(kind)][class];
        if (list.word_free == 0) {
            assert(cursor.free_bits == 0);
            return;
        }
        assert(list.run != none);
        assert(list.word_next > 0);
        assert(cursor.free_bits & ~list.word_free == 0);
        heap.bitmaps[bitIndex(list.run, list.word_next - 1)].alloc |= list.word_free & ~cursor.free_bits;
        // Bytes for the whole word were counted at refill; take back the slots not handed out.
        const unused = @as(usize, @popCount(cursor.free_bits)) * sc.classes[class].size;
        heap.allocated_bytes -|= unused;
        heap.allocated_bytes_total -|= unused;
        list.word_free = 0;
        cursor.free_bits = 0;
    }

    fn retireRun(heap: *Heap, list: *ClassList) void {
        const chunk = &heap.chunks[list.run];
        assert(chunk.flags.current);
        chunk.flags.current = false;
        if (chunk.flags.rescan) {
            chunk.flags.rescan = false;
            heap.appendAvailable(list, list.run);
        }
        list.run = none;
        list.word_free = 0;
    }

    fn appendAvailable(heap: *Heap, list: *ClassList, run: u32) void {
        const chunk = &heap.chunks[run];
        assert(!chunk.flags.listed);
        chunk.flags.listed = true;
        chunk.next = none;
        if (list.tail == none) list.head = run else heap.chunks[list.tail].next = run;
        list.tail = run;
    }

    fn popAvailable(heap: *Heap, list: *ClassList) ?u32 {
        const run = list.head;
        if (run == none) return null;
        const chunk = &heap.chunks[run];
        assert(chunk.flags.listed);
        chunk.flags.listed = false;
        list.head = chunk.next;
        if (list.head == none) list.tail = none;
        return run;
    }

    fn newRun(heap: *Heap, kind: Kind, class: u8) ?u32 {
        const info = &sc.classes[class];
        const head = heap.takeChunks(info.run_chunks) orelse return null;
        var dirty = false;
        var offset: u32 = 0;
        while (offset < info.run_chunks) : (offset += 1) {
            const chunk = &heap.chunks[head + offset];
            dirty = dirty or chunk.flags.dirty;
            chunk.* = .{ .kind = .tail, .class = class, .flags = .{}, .reserved = 0, .span = offset, .next = none, .granules = 0 };
        }
        heap.chunks[head] = .{
            .kind = .run,
            .class = class,
            .flags = .{ .noscan = kind == .noscan, .dirty = dirty },
            .reserved = 0,
            .span = info.run_chunks,
            .next = none,
            .granules = 0,
        };
        return head;
    }

    // ---------------------------------------------------------------- large objects

    /// Allocates `size` bytes (more than `small_size_max`) as whole chunks, zeroed, aligned to
    /// the chunk size. Returns null when the heap cannot grow. Cost: `takeChunks` plus zeroing
    /// of reused dirty chunks (fresh ones are zero already).
    pub fn allocLarge(heap: *Heap, kind: Kind, size: usize) ?[*]align(sc.chunk_bytes) u8 {
        assert(size > sc.small_size_max);
        const count_wide = std.math.divCeil(usize, size, sc.chunk_bytes) catch unreachable;
        if (count_wide > heap.chunk_count_max) return null;
        const count: u32 = @intCast(count_wide);
        const head = heap.takeChunks(count) orelse return null;
        const address = heap.chunkAddress(head);
        var offset: u32 = 0;
        while (offset < count) : (offset += 1) {
            const chunk = &heap.chunks[head + offset];
            if (chunk.flags.dirty) zeroChunkPrefix(heap, head + offset, size - @as(usize, offset) * sc.chunk_bytes);
            chunk.* = .{ .kind = .tail, .class = 0, .flags = .{}, .reserved = 0, .span = offset, .next = none, .granules = 0 };
        }
        heap.chunks[head] = .{
            .kind = .large,
            .class = 0,
            .flags = .{ .noscan = kind == .noscan },
            .reserved = 0,
            .span = count,
            .next = none,
            .granules = @intCast(std.math.divCeil(usize, size, sc.granule_bytes) catch unreachable),
        };
        const bytes = @as(usize, count) << sc.chunk_shift;
        heap.allocated_bytes += bytes;
        heap.allocated_bytes_total += bytes;
        return @ptrFromInt(address);
    }

    fn zeroChunkPrefix(heap: *Heap, index: u32, bytes: usize) void {
        const memory: [*]u8 = @ptrFromInt(heap.chunkAddress(index));
        @memset(memory[0..@min(bytes, sc.chunk_bytes)], 0);
    }

    /// Grows the large object at chunk `head` in place to `new_size` bytes if the chunks after
    /// it are free; the new bytes read as zero. Returns false (changing nothing) otherwise.
    pub fn growLargeInPlace(heap: *Heap, head: u32, new_size: usize) bool {
        const chunk = &heap.chunks[head];
        assert(chunk.kind == .large);
        const old_size = @as(usize, chunk.granules) * sc.granule_bytes;
        assert(new_size > old_size);
        const count_wide = std.math.divCeil(usize, new_size, sc.chunk_bytes) catch unreachable;
        if (count_wide > heap.chunk_count_max) return false;
        const count: u32 = @intCast(count_wide);
        if (count > chunk.span) {
            const extra = count - chunk.span;
            const first = head + chunk.span;
            if (first + extra > heap.chunk_count) return false;
            var index = first;
            while (index < first + extra) : (index += 1) {
                if (heap.free_map[index / 64] & (@as(u64, 1) << @intCast(index % 64)) == 0) return false;
            }
            index = first;
            while (index < first + extra) : (index += 1) {
                const tail = &heap.chunks[index];
                if (tail.flags.dirty) {
                    heap.dirty_free_chunks -= 1;
                    zeroChunkPrefix(heap, index, sc.chunk_bytes);
                }
                tail.* = .{ .kind = .tail, .class = 0, .flags = .{}, .reserved = 0, .span = index - head, .next = none, .granules = 0 };
            }
            setFreeBits(heap, first, extra, false);
            heap.used_chunks += extra;
            heap.used_chunks_peak = @max(heap.used_chunks_peak, heap.used_chunks);
            heap.allocated_bytes += @as(usize, extra) << sc.chunk_shift;
            heap.allocated_bytes_total += @as(usize, extra) << sc.chunk_shift;
            chunk.span = count;
        }
        // The caller zeroes the old chunks' bytes past the old size (they may be dirty).
        chunk.granules = @intCast(std.math.divCeil(usize, new_size, sc.granule_bytes) catch unreachable);
        return true;
    }

    /// Sets the scanned size of the large object at chunk `head` (after an in-place resize).
    pub fn setLargeSize(heap: *Heap, head: u32, size: usize) void {
        const chunk = &heap.chunks[head];
        assert(chunk.kind == .large);
        assert(size <= @as(usize, chunk.span) << sc.chunk_shift);
        chunk.granules = @intCast(std.math.divCeil(usize, size, sc.granule_bytes) catch unreachable);
    }

    // ---------------------------------------------------------------- lookup and free

    /// The allocated object containing `address`, or null when it is outside the heap, in a
    /// free chunk, in a run's unused tail, or in an unallocated slot. Cold-path helper; marking
    /// inlines its own copy. Asserts nothing about the address.
    pub fn lookup(heap: *const Heap, address: usize) ?Object {
        const offset = address -% heap.base;
        if (offset >= heap.committedBytes()) return null;
        var index: u32 = @intCast(offset >> sc.chunk_shift);
        if (heap.chunks[index].kind == .tail) index -= heap.chunks[index].span;
        const chunk = heap.chunks[index];
        const head_address = heap.chunkAddress(index);
        switch (chunk.kind) {
            .free => return null,
            .tail => unreachable,
            .large => return .{
                .address = head_address,
                .size = @as(usize, chunk.granules) * sc.granule_bytes,
                .head = index,
                .slot = 0,
                .is_large = true,
                .kind = if (chunk.flags.noscan) .noscan else .scan,
            },
            .run => {
                const info = &sc.classes[chunk.class];
                const slot = sc.slotIndex(info, address - head_address);
                if (slot >= info.slots) return null;
                if (!heap.slotAllocated(index, chunk.class, @intCast(slot))) return null;
                return .{
                    .address = head_address + slot * info.size,
                    .size = info.size,
                    .head = index,
                    .slot = @intCast(slot),
                    .is_large = false,
                    .kind = if (chunk.flags.noscan) .noscan else .scan,
                };
            },
        }
    }

    /// Whether a slot is allocated, counting slots handed out by an unflushed cursor.
    fn slotAllocated(heap: *const Heap, run: u32, class: u8, slot: u32) bool {
        const bit = @as(u64, 1) << @intCast(slot % 64);
        if (heap.bitmaps[bitIndex(run, slot / 64)].alloc & bit != 0) return true;
        const kind: Kind = if (heap.chunks[run].flags.noscan) .noscan else .scan;
        const list = &heap.lists[@intFromEnum(kind)][class];
        if (list.run != run or list.word_free == 0 or list.word_next - 1 != slot / 64) return false;
        const cursor = &heap.cursors[@intFromEnum(kind)][class];
        return list.word_free & ~cursor.free_bits & bit != 0;
    }

    /// Whether the object starting at `address` was reached by the current mark phase.
    pub fn isMarked(heap: *const Heap, object: Object) bool {
        if (object.is_large) return heap.chunks[object.head].flags.marked;
        const bit = @as(u64, 1) << @intCast(object.slot % 64);
        return heap.bitmaps[bitIndex(object.head, object.slot / 64)].mark & bit != 0;
    }

    /// Bytes usable at `object.address` without moving it: the slot size, or the large
    /// object's chunks.
    pub fn capacity(heap: *const Heap, object: Object) usize {
        if (object.is_large) return @as(usize, heap.chunks[object.head].span) << sc.chunk_shift;
        return object.size;
    }

    /// Frees the object that starts at `address` now. Asserts it is an allocated object's first
    /// byte (a double free or a foreign pointer fails the assertion in safe builds).
    /// Cost: a few word operations for small objects; `releaseChunks` for large ones.
    pub fn free(heap: *Heap, address: usize) void {
        const object = heap.lookup(address) orelse unreachable; // not an allocated object
        assert(object.address == address);
        if (object.is_large) {
            const span = heap.chunks[object.head].span;
            heap.releaseChunks(object.head, span);
            heap.allocated_bytes -|= @as(usize, span) << sc.chunk_shift;
            // A big buffer freed between collections goes straight back to the OS when the
            // pool already holds its share of resident free chunks.
            if (heap.dirty_free_chunks > heap.dirty_free_limit_chunks) heap.decommitFree(object.head, span);
            return;
        }
        heap.freeSlot(object.head, object.slot);
    }

    fn freeSlot(heap: *Heap, run: u32, slot: u32) void {
        const chunk = &heap.chunks[run];
        const kind: Kind = if (chunk.flags.noscan) .noscan else .scan;
        const list = &heap.lists[@intFromEnum(kind)][chunk.class];
        const cursor = &heap.cursors[@intFromEnum(kind)][chunk.class];
        const word = slot / 64;
        const bit = @as(u64, 1) << @intCast(slot % 64);
        const pair = &heap.bitmaps[bitIndex(run, word)];
        chunk.flags.dirty = true;
        if (list.run == run and list.word_free != 0 and list.word_next - 1 == word) {
            // In the cursor's word: hand it out again from there.
            assert(cursor.free_bits & bit == 0);
            pair.alloc &= ~bit;
            list.word_free |= bit;
            cursor.free_bits |= bit;
            cursor.needs_zero = true;
            return;
        }
        assert(pair.alloc & bit != 0);
        pair.alloc &= ~bit;
        heap.allocated_bytes -|= sc.classes[chunk.class].size;
        if (list.run == run) {
            // Ahead of the cursor the slot is found anyway; behind it, relist the run later.
            if (word < list.word_next) chunk.flags.rescan = true;
        } else if (!chunk.flags.listed) {
            heap.appendAvailable(list, run);
        }
    }

    // ---------------------------------------------------------------- collection support

    /// Before marking: records every cursor's handed-out slots, drops cursors and available
    /// lists (the sweep rebuilds them). Mark bits are already clear: the previous sweep (or
    /// the commit of fresh chunks) cleared them. Cost: O(classes).
    pub fn prepareForMark(heap: *Heap) void {
        for (0..kind_count) |kind_index| {
            const kind: Kind = @enumFromInt(kind_index);
            for (0..sc.class_count) |class_index| {
                const class: u8 = @intCast(class_index);
                heap.flushCursor(kind, class);
                const list = &heap.lists[kind_index][class_index];
                if (list.run != none) heap.chunks[list.run].flags.current = false;
                list.* = .{};
            }
        }
    }

    /// After marking: frees unreached objects and rebuilds the available lists. Returns the
    /// bytes of live objects (slot sizes; whole chunks for large objects). Cost: one pass over
    /// the chunk table plus the bitmap words of every run.
    pub fn sweep(heap: *Heap) usize {
        var live_bytes: usize = 0;
        var index: u32 = 0;
        while (index < heap.chunk_count) {
            const chunk = &heap.chunks[index];
            switch (chunk.kind) {
                .free => index += 1,
                .tail => unreachable,
                .run => {
                    const span = chunk.span;
                    live_bytes += heap.sweepRun(index);
                    index += span;
                },
                .large => {
                    const span = chunk.span;
                    if (chunk.flags.marked) {
                        chunk.flags.marked = false;
                        live_bytes += @as(usize, span) << sc.chunk_shift;
                    } else {
                        heap.releaseChunks(index, span);
                    }
                    index += span;
                },
            }
        }
        heap.allocated_bytes = 0;
        return live_bytes;
    }

    fn sweepRun(heap: *Heap, run: u32) usize {
        const chunk = &heap.chunks[run];
        const info = &sc.classes[chunk.class];
        const pairs = heap.bitmaps[bitIndex(run, 0)..][0..info.words];
        var live_slots: usize = 0;
        for (pairs) |*pair| {
            live_slots += @popCount(pair.mark);
            pair.* = .{ .alloc = pair.mark, .mark = 0 };
        }
        chunk.flags.listed = false;
        chunk.flags.current = false;
        chunk.flags.rescan = false;
        if (live_slots == 0) {
            heap.releaseChunks(run, chunk.span);
            return 0;
        }
        chunk.flags.dirty = true;
        if (live_slots < info.slots) {
            const kind: Kind = if (chunk.flags.noscan) .noscan else .scan;
            heap.appendAvailable(&heap.lists[@intFromEnum(kind)][chunk.class], run);
        }
        return live_slots * info.size;
    }
};
