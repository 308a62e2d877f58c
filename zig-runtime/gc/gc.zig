//! pyaot's memory manager: a conservative, non-moving mark-sweep collector.
//!
//! Generated code keeps heap pointers in ordinary locals, registers and Zig globals and never
//! counts references (DESIGN.md, semantics 5). The collector finds roots conservatively: the
//! main thread's stack from the address given to `init` down to the collector's entry, the
//! callee-saved registers at collection time (`entry.zig`), and ranges registered with
//! `addRoot` (`roots.zig`). Any word that points
//! into an allocated object, at its start, its middle (Zig slices, field pointers) or with a low
//! tag bit (a big int's `address | 1`), keeps that object alive. A word that only looks like a
//! pointer may retain garbage: the accepted cost of conservatism.
//!
//! Memory comes in two kinds: `scan` objects may hold pointers; `noscan` objects (string bytes,
//! float and int arrays, big-int limbs) are never scanned, which saves marking time and avoids
//! false retention through data that happens to look like addresses. Memory returned by every
//! allocation function is zeroed and 16-byte aligned.
//!
//! Policy: a collection starts when the bytes allocated since the last one exceed
//! max(`collect_floor_bytes`, live bytes after the last one * `growth_percent` / 100), so the
//! heap stays near (1 + growth) * live. Freed chunks beyond that budget go back to the OS.
//!
//! Single-threaded: every function here must be called from the thread that called `init`.
//! Layout and algorithms: `heap.zig` (chunks, runs, sweep), `mark.zig` (marking), `entry.zig`
//! (register roots), `roots.zig` (stack and registered ranges), `finalizers.zig`,
//! `size_class.zig`, `os.zig`; README.md has the overview and measurements.

const std = @import("std");
const assert = std.debug.assert;
const sc = @import("size_class.zig");
const heap_mod = @import("heap.zig");
const Heap = heap_mod.Heap;
const Marker = @import("mark.zig").Marker;
const entry_mod = @import("entry.zig");
const roots_mod = @import("roots.zig");
const Roots = roots_mod.Roots;
const finalizers_mod = @import("finalizers.zig");
const Finalizers = finalizers_mod.Finalizers;

pub const Kind = heap_mod.Kind;
pub const Finalizer = finalizers_mod.Finalizer;
/// Every allocation is aligned to this.
pub const alignment_bytes = sc.granule_bytes;
/// Largest size served from size-classed runs; larger objects take whole 64 KiB chunks.
pub const small_size_max = sc.small_size_max;

pub const Options = struct {
    /// Address space reserved for the heap; allocation beyond it is a MemoryError.
    heap_bytes_max: usize = 64 << 30,
    /// Never collect before this many bytes were allocated since the last collection.
    collect_floor_bytes: usize = 8 << 20,
    /// Collect after allocating this percentage of the live bytes (Go's GOGC). 200, not Go's
    /// 100: marking costs about half as much per byte allocated (binary_trees -23% CPU,
    /// json_roundtrip -9%) for a heap of up to 3x, not 2x, the live bytes (binary_trees' peak
    /// RSS 27 -> 38 MiB); programs whose live data stays under the floor are unaffected.
    growth_percent: u32 = 200,
    /// Mark stack capacity; marking never allocates more (overflow is recovered by rescans).
    mark_stack_entries: u32 = 1 << 16,
};

pub const Stats = struct {
    /// Bytes of chunks that hold objects now (runs and large objects).
    heap_bytes: usize,
    heap_bytes_peak: usize,
    /// Address space committed so far, including free chunks (resident or not).
    committed_bytes: usize,
    /// Free chunks whose pages are still resident, kept for reuse (at most one budget's worth).
    free_resident_bytes: usize,
    /// Bytes of objects found live by the last collection (slot sizes, whole large chunks).
    live_bytes: usize,
    collections: u64,
    /// Bytes handed out since `init` (slot sizes, whole large chunks).
    allocated_bytes_total: u64,
    /// Wall time of collections: the pauses the program saw.
    pause_ns_total: u64,
    pause_ns_max: u64,
    /// This thread's CPU time in collections: the pauses less time the OS gave to others.
    collect_cpu_ns_total: u64,
    collect_cpu_ns_max: u64,
    finalizers_run: u64,
    /// Mark-stack overflow recoveries in the last collection.
    mark_overflow_passes: u32,
};

const State = struct {
    heap: Heap,
    marker: Marker,
    roots: Roots,
    finalizers: Finalizers,
    options: Options,
    stack_bottom: usize,
    live_bytes: usize,
    collections: u64,
    pause_ns_total: u64,
    pause_ns_max: u64,
    collect_cpu_ns_total: u64,
    collect_cpu_ns_max: u64,
    collecting: bool,
    /// PYAOT_GC_STATS=2: one stderr line per collection.
    trace: bool,
};

var state: State = undefined;
var initialized = false;

/// Bytes handed out since `init` (`Stats.allocated_bytes_total`), for compiled programs that
/// pace their stack scrubbing by allocation (client.zig `mem.scrubAfter`); exported by address.
pub const allocated_total: *const u64 = &state.heap.allocated_bytes_total;

/// The allocation cursors, for compiled programs' inline fast path (abi/client_gc.zig `alloc`);
/// exported by address. Popping a cursor's bit is all the fast path does here too.
pub const cursors = &state.heap.cursors;

/// Sets up the heap (reserves address space, commits nothing) and records the stack bottom:
/// the highest stack address that can hold a heap pointer. Generated `main` calls
/// `gc.init(@frameAddress())` first; heap pointers kept in frames above (outside) that address
/// are not roots. Asserts it is not initialized yet. Cost: about ten syscalls.
pub fn init(stack_bottom: usize) void {
    initWithOptions(stack_bottom, .{});
}

pub fn initWithOptions(stack_bottom: usize, options: Options) void {
    assert(!initialized);
    // From the frame that recorded the bottom or one below it (equal when inlined into it).
    assert(stack_bottom >= @frameAddress());
    assert(options.growth_percent > 0);
    state = .{
        .heap = undefined,
        .marker = undefined,
        .roots = .{},
        .finalizers = .{},
        .options = options,
        .stack_bottom = stack_bottom,
        .live_bytes = 0,
        .collections = 0,
        .pause_ns_total = 0,
        .pause_ns_max = 0,
        .collect_cpu_ns_total = 0,
        .collect_cpu_ns_max = 0,
        .collecting = false,
        .trace = statsLevel() >= 2,
    };
    state.heap.init(options.heap_bytes_max) catch outOfMemory(options.heap_bytes_max);
    state.marker.init(&state.heap, options.mark_stack_entries) catch outOfMemory(0);
    setBudget(0);
    initialized = true;
}

/// Unmaps the heap and forgets all roots and finalizers (finalizers do not run: call
/// `finalizeAll` first if they must). For tests and embedders; every heap pointer dangles.
pub fn deinit() void {
    assert(initialized);
    state.heap.deinit();
    state.marker.deinit();
    state.roots.deinit();
    state.finalizers.deinit();
    initialized = false;
}

/// Returns `size_bytes` of zeroed memory, 16-byte aligned (64 KiB aligned above
/// `small_size_max`). May collect first. Never fails: when the heap cannot grow it prints
/// MemoryError and exits with status 1.
/// Cost: when `size_bytes` is comptime-known and small, a test, a ctz, a clear, a multiply-add
/// and (only in reused runs) the zeroing stores; a class-table load more for runtime sizes.
pub inline fn alloc(comptime kind: Kind, size_bytes: usize) [*]align(16) u8 {
    if (size_bytes <= sc.small_size_max) return allocSmall(kind, sc.classOf(size_bytes));
    return allocLarge(kind, size_bytes);
}

/// `alloc` for memory the caller overwrites completely before anything reads it (string text):
/// a slot of a reused run is handed out without zeroing. Only for `.noscan` memory, which the
/// collector never reads, so stale bytes in it can neither retain nor corrupt anything.
/// Cost: as `alloc` without the zeroing stores.
pub inline fn allocUninit(size_bytes: usize) [*]align(16) u8 {
    if (size_bytes <= sc.small_size_max) {
        const class = sc.classOf(size_bytes);
        const cursor = &state.heap.cursors[@intFromEnum(Kind.noscan)][class];
        if (cursor.free_bits != 0) {
            const free_bits = cursor.free_bits;
            cursor.free_bits = free_bits & (free_bits - 1);
            return @ptrFromInt(cursor.word_address + @as(usize, @ctz(free_bits)) * sc.classes[class].size);
        }
        return @ptrFromInt(SlowPaths(.noscan).small_entry(class, 0));
    }
    return allocLarge(.noscan, size_bytes);
}

/// A zeroed `T` (its fields read as zero; give it real values before use).
/// Asserts at compile time that T needs at most 16-byte alignment.
pub inline fn create(comptime T: type, comptime kind: Kind) *T {
    comptime assert(@alignOf(T) <= alignment_bytes);
    return @ptrCast(@alignCast(alloc(kind, @sizeOf(T))));
}

/// A zeroed slice of `count` T. Cost: as `alloc` of `count * @sizeOf(T)` bytes.
pub inline fn allocSlice(comptime T: type, comptime kind: Kind, count: usize) []T {
    comptime assert(@alignOf(T) <= alignment_bytes);
    const bytes = std.math.mul(usize, @sizeOf(T), count) catch outOfMemory(std.math.maxInt(usize));
    const memory: [*]T = @ptrCast(@alignCast(alloc(kind, bytes)));
    return memory[0..count];
}

/// `alloc`, plus `finalizer(object)` called once after a collection finds the object
/// unreachable (before its memory is reused), or by `finalizeAll`. The object must not be
/// passed to `free`. Cost: `alloc` plus an append to the finalizer registry.
pub fn allocWithFinalizer(comptime kind: Kind, size_bytes: usize, finalizer: Finalizer) [*]align(16) u8 {
    const memory = alloc(kind, size_bytes);
    state.finalizers.register(@intFromPtr(memory), finalizer) catch outOfMemory(0);
    return memory;
}

/// Resizes the object at `memory` (allocated as `kind` with `old_size` bytes) to `new_size`
/// bytes, keeping the first min(old, new) bytes. Bytes past `old_size` read as zero. Returns
/// `memory` when the object's slot or chunks have room (or a large object can take the free
/// chunks after it); otherwise a new object, and the old one is freed at once, so the caller
/// must drop every pointer to it. Cost: O(min(old, new)) for a move, O(|new - old|) in place.
pub fn realloc(comptime kind: Kind, memory: [*]align(16) u8, old_size: usize, new_size: usize) [*]align(16) u8 {
    const object = state.heap.lookup(@intFromPtr(memory)).?; // not an allocated object
    assert(object.address == @intFromPtr(memory));
    assert(object.kind == kind);
    assert(old_size <= state.heap.capacity(object));
    if (resizeInPlace(kind, memory, object, old_size, new_size)) return memory;
    const moved = alloc(kind, new_size);
    @memcpy(moved[0..@min(old_size, new_size)], memory[0..@min(old_size, new_size)]);
    state.heap.free(@intFromPtr(memory));
    return moved;
}

/// `realloc` for slices: the result has `new_count` items; items past the old length are zero.
pub fn reallocSlice(comptime T: type, comptime kind: Kind, old: []T, new_count: usize) []T {
    comptime assert(@alignOf(T) <= alignment_bytes);
    if (old.len == 0) return allocSlice(T, kind, new_count);
    const new_bytes = std.math.mul(usize, @sizeOf(T), new_count) catch outOfMemory(std.math.maxInt(usize));
    const memory: [*]align(16) u8 = @ptrCast(@alignCast(old.ptr));
    const moved: [*]T = @ptrCast(@alignCast(realloc(kind, memory, old.len * @sizeOf(T), new_bytes)));
    return moved[0..new_count];
}

fn resizeInPlace(kind: Kind, memory: [*]align(16) u8, object: heap_mod.Object, old_size: usize, new_size: usize) bool {
    const capacity = state.heap.capacity(object);
    if (new_size > capacity) {
        if (!object.is_large or !state.heap.growLargeInPlace(object.head, new_size)) return false;
        // The old chunks' bytes past `old_size` may hold a previous object's data.
        @memset(memory[old_size..capacity], 0);
        return true;
    }
    if (object.is_large and new_size <= sc.small_size_max) return false; // give the chunks back
    if (new_size > old_size) {
        @memset(memory[old_size..new_size], 0);
    } else if (kind == .scan) {
        // Stale pointers past the new end would still be scanned.
        @memset(memory[new_size..old_size], 0);
    }
    if (object.is_large) state.heap.setLargeSize(object.head, new_size);
    return true;
}

/// Frees the object that starts at `memory` now, for memory the runtime knows is dead (a
/// list's old buffer after growth). Every pointer to it must be dead: the slot may be handed
/// out again by the next allocation. Asserts (in safe builds) that `memory` is the first byte
/// of an allocated object without a finalizer being queued. Large objects' chunks return to
/// the pool, and to the OS when the pool holds enough resident memory already.
/// Cost: a few word operations; O(chunks) for large objects.
pub fn free(memory: *const anyopaque) void {
    state.heap.free(@intFromPtr(memory));
}

/// Registers [address, address + len_bytes) as a root: every aligned word in it is scanned
/// by every collection, for as long as it stays registered. For Zig globals that hold heap
/// pointers. Asserts `address` is word aligned. Cost: amortized O(1).
pub fn addRoot(address: *const anyopaque, len_bytes: usize) void {
    state.roots.add(@intFromPtr(address), len_bytes) catch outOfMemory(0);
}

/// Unregisters the root range that starts at `address`. Asserts it was registered.
/// Cost: O(registered ranges).
pub fn removeRoot(address: *const anyopaque) void {
    state.roots.remove(@intFromPtr(address));
}

/// Collects now, then runs the finalizers of objects found dead. Cost: marking is
/// proportional to live `scan` bytes plus roots; sweeping to the chunk count plus the
/// bitmap words of all runs (about heap_bytes / 8192 words); never touches dead objects.
pub fn collect() void {
    _ = collect_entry(0, 0);
}

const collect_entry = entry_mod.Entry(collectInner).call;

fn collectInner(_: usize, _: usize, stack_top: usize) callconv(.c) usize {
    collectAt(stack_top);
    return 0;
}

/// Collects with the mutator's stack starting at `stack_top`, then runs finalizers.
fn collectAt(stack_top: usize) void {
    collectNow(stack_top);
    state.finalizers.runPending();
}

/// Runs every registered finalizer, reachable or not (for program exit, so open files are
/// flushed and closed). Each object's finalizer still runs only once.
pub fn finalizeAll() void {
    state.finalizers.runAll();
}

pub fn stats() Stats {
    return .{
        .heap_bytes = @as(usize, state.heap.used_chunks) << sc.chunk_shift,
        .heap_bytes_peak = @as(usize, state.heap.used_chunks_peak) << sc.chunk_shift,
        .committed_bytes = state.heap.committedBytes(),
        .free_resident_bytes = @as(usize, state.heap.dirty_free_chunks) << sc.chunk_shift,
        .live_bytes = state.live_bytes,
        .collections = state.collections,
        .allocated_bytes_total = state.heap.allocated_bytes_total,
        .pause_ns_total = state.pause_ns_total,
        .pause_ns_max = state.pause_ns_max,
        .collect_cpu_ns_total = state.collect_cpu_ns_total,
        .collect_cpu_ns_max = state.collect_cpu_ns_max,
        .finalizers_run = state.finalizers.finalized_count,
        .mark_overflow_passes = state.marker.recovery_passes,
    };
}

/// If the environment has PYAOT_GC_STATS=1 (or 2, which also traces every collection), prints
/// `stats()` to stderr. The runtime calls it at exit.
pub fn report() void {
    if (statsLevel() == 0) return;
    const s = stats();
    std.debug.print(
        "pyaot gc: collections={d} heap_peak={d}KiB heap={d}KiB live={d}KiB committed={d}KiB " ++
            "allocated={d}KiB pause_total={d:.3}ms pause_max={d:.3}ms cpu_total={d:.3}ms " ++
            "cpu_max={d:.3}ms finalizers={d}\n",
        .{
            s.collections,                        s.heap_bytes_peak / 1024,
            s.heap_bytes / 1024,                  s.live_bytes / 1024,
            s.committed_bytes / 1024,             s.allocated_bytes_total / 1024,
            milliseconds(s.pause_ns_total),       milliseconds(s.pause_ns_max),
            milliseconds(s.collect_cpu_ns_total), milliseconds(s.collect_cpu_ns_max),
            s.finalizers_run,
        },
    );
}

fn milliseconds(ns: u64) f64 {
    return @as(f64, @floatFromInt(ns)) / 1e6;
}

fn statsLevel() u8 {
    const flag = std.posix.getenv("PYAOT_GC_STATS") orelse return 0;
    if (std.mem.eql(u8, flag, "1")) return 1;
    if (std.mem.eql(u8, flag, "2")) return 2;
    return 0;
}

/// An allocator whose memory lives in the collected heap, for std containers (big-int limbs,
/// array lists). Memory is zeroed, reclaimed by collection when unreachable, and freed at once
/// by `free`. Alignments up to 64 KiB are honoured; larger ones fail with OutOfMemory.
pub fn allocator(comptime kind: Kind) std.mem.Allocator {
    return .{ .ptr = &allocator_context, .vtable = &AllocatorVTable(kind).vtable };
}

var allocator_context: u8 = 0;

fn AllocatorVTable(comptime kind: Kind) type {
    return struct {
        const vtable: std.mem.Allocator.VTable = .{
            .alloc = allocFn,
            .resize = resizeFn,
            .remap = remapFn,
            .free = freeFn,
        };

        fn allocFn(_: *anyopaque, len: usize, alignment: std.mem.Alignment, _: usize) ?[*]u8 {
            const align_bytes = alignment.toByteUnits();
            if (align_bytes <= alignment_bytes) return alloc(kind, len);
            if (align_bytes > sc.chunk_bytes) return null;
            // Power-of-two classes sit at multiples of their size in 64 KiB-aligned runs, and
            // large objects start on a chunk, so either meets any alignment up to 64 KiB.
            const rounded = std.math.ceilPowerOfTwo(usize, @max(len, align_bytes)) catch return null;
            return alloc(kind, if (rounded <= sc.small_size_max) rounded else len);
        }

        fn resizeFn(_: *anyopaque, memory: []u8, _: std.mem.Alignment, new_len: usize, _: usize) bool {
            const object = state.heap.lookup(@intFromPtr(memory.ptr)).?;
            assert(object.kind == kind);
            const bytes: [*]align(16) u8 = @alignCast(memory.ptr);
            return resizeInPlace(kind, bytes, object, memory.len, new_len);
        }

        fn remapFn(context: *anyopaque, memory: []u8, alignment: std.mem.Alignment, new_len: usize, return_address: usize) ?[*]u8 {
            return if (resizeFn(context, memory, alignment, new_len, return_address)) memory.ptr else null;
        }

        fn freeFn(_: *anyopaque, memory: []u8, _: std.mem.Alignment, _: usize) void {
            free(memory.ptr);
        }
    };
}

// -------------------------------------------------------------------- internals

inline fn allocSmall(comptime kind: Kind, class: u8) [*]align(16) u8 {
    const cursor = &state.heap.cursors[@intFromEnum(kind)][class];
    if (cursor.free_bits != 0) return popCursor(cursor, class);
    return @ptrFromInt(SlowPaths(kind).small_entry(class, 0));
}

inline fn allocLarge(comptime kind: Kind, size_bytes: usize) [*]align(16) u8 {
    return @ptrFromInt(SlowPaths(kind).large_entry(size_bytes, 0));
}

inline fn popCursor(cursor: *heap_mod.Cursor, class: u8) [*]align(16) u8 {
    const free_bits = cursor.free_bits;
    assert(free_bits != 0);
    cursor.free_bits = free_bits & (free_bits - 1);
    const memory: [*]align(16) u8 = @ptrFromInt(cursor.word_address + @as(usize, @ctz(free_bits)) * sc.classes[class].size);
    if (cursor.needs_zero) zeroSlot(memory, class);
    return memory;
}

/// Zeroes a slot of a reused run. Slots up to 128 bytes (the common case) get inline stores
/// even when the class is only known at run time, instead of a call to memset.
inline fn zeroSlot(memory: [*]align(16) u8, class: u8) void {
    switch (class) {
        inline 0...sc.linear_class_count - 1 => |small| {
            @memset(memory[0..sc.classes[small].size], 0);
        },
        else => @memset(memory[0..sc.classes[class].size], 0),
    }
}

/// The allocation slow paths, entered through `entry.zig` so that a collection they start
/// scans the stack from the mutator's frames up, not the slow path's own.
fn SlowPaths(comptime kind: Kind) type {
    return struct {
        const small_entry = entry_mod.Entry(small).call;
        const large_entry = entry_mod.Entry(large).call;

        fn small(class_wide: usize, _: usize, stack_top: usize) callconv(.c) usize {
            assert(initialized);
            const class: u8 = @intCast(class_wide);
            const cursor = &state.heap.cursors[@intFromEnum(kind)][class];
            var collected = false;
            // Bounded: at most one collection, after which refill succeeds or reports OOM.
            // A finalizer run by the collection may itself refill this cursor; then the loop ends.
            while (cursor.free_bits == 0) {
                switch (state.heap.refill(kind, class, !collected)) {
                    .ok => {},
                    .collect => {
                        collectAt(stack_top);
                        collected = true;
                    },
                    .out_of_memory => {
                        if (collected) outOfMemory(sc.classes[class].size);
                        collectAt(stack_top);
                        collected = true;
                    },
                }
            }
            return @intFromPtr(popCursor(cursor, class));
        }

        fn large(size_bytes: usize, _: usize, stack_top: usize) callconv(.c) usize {
            assert(initialized);
            var collected = false;
            if (state.heap.allocated_bytes >= state.heap.collect_threshold_bytes) {
                collectAt(stack_top);
                collected = true;
            }
            // Bounded: at most one more collection before giving up.
            while (true) {
                if (state.heap.allocLarge(kind, size_bytes)) |memory| return @intFromPtr(memory);
                if (collected) outOfMemory(size_bytes);
                collectAt(stack_top);
                collected = true;
            }
        }
    };
}

noinline fn collectNow(stack_top: usize) void {
    assert(initialized);
    assert(!state.collecting); // a finalizer or allocation cannot run inside marking
    state.collecting = true;
    defer state.collecting = false;
    const clock = PauseClock.start();

    state.heap.prepareForMark();
    state.marker.reset();
    state.roots.scan(&state.marker);
    state.finalizers.markPending(&state.marker);
    roots_mod.scanStack(&state.marker, stack_top, state.stack_bottom);
    state.marker.finish();
    state.finalizers.queueUnreached(&state.heap, &state.marker) catch outOfMemory(0);
    state.live_bytes = state.heap.sweep();
    setBudget(state.live_bytes);
    state.heap.trimFreeChunks();

    state.collections += 1;
    clock.stop();
}

/// Wall and CPU time of one collection. Wall time is the pause the program sees; CPU time
/// leaves out time the OS gave to other processes, which dominates on a loaded machine.
const PauseClock = struct {
    wall: ?std.time.Instant,
    cpu_ns: u64,

    fn start() PauseClock {
        return .{ .wall = std.time.Instant.now() catch null, .cpu_ns = threadCpuNs() };
    }

    fn stop(clock: PauseClock) void {
        const cpu_ns = threadCpuNs() -| clock.cpu_ns;
        state.collect_cpu_ns_total += cpu_ns;
        state.collect_cpu_ns_max = @max(state.collect_cpu_ns_max, cpu_ns);
        const began = clock.wall orelse return;
        const now = std.time.Instant.now() catch return;
        const pause_ns = now.since(began);
        state.pause_ns_total += pause_ns;
        state.pause_ns_max = @max(state.pause_ns_max, pause_ns);
        if (state.trace) std.debug.print("pyaot gc: collection {d}: live {d} KiB, heap {d} KiB, pause {d} us, cpu {d} us\n", .{
            state.collections,
            state.live_bytes / 1024,
            @as(usize, state.heap.used_chunks) << (sc.chunk_shift - 10),
            pause_ns / 1000,
            cpu_ns / 1000,
        });
    }
};

fn threadCpuNs() u64 {
    const time = std.posix.clock_gettime(.THREAD_CPUTIME_ID) catch return 0;
    return @as(u64, @intCast(time.sec)) * std.time.ns_per_s + @as(u64, @intCast(time.nsec));
}

fn setBudget(live_bytes: usize) void {
    const growth = live_bytes / 100 * state.options.growth_percent;
    const budget = @max(state.options.collect_floor_bytes, growth);
    state.heap.collect_threshold_bytes = budget;
    // Keep resident free chunks for about one budget's worth of allocation.
    state.heap.dirty_free_limit_chunks = @intCast(@min(budget >> sc.chunk_shift, state.heap.chunk_count_max));
}

fn outOfMemory(size_bytes: usize) noreturn {
    @branchHint(.cold);
    // Like CPython's uncaught MemoryError: the last stderr line names it; exit status 1.
    std.debug.print("pyaot gc: cannot allocate {d} bytes (heap limit reached)\nMemoryError\n", .{size_bytes});
    std.process.exit(1);
}

test {
    _ = @import("entry.zig");
    _ = @import("size_class.zig");
    _ = @import("os.zig");
    _ = @import("tests.zig");
}

/// For tests in this folder only.
pub const testing = struct {
    pub fn isAllocated(address: usize) bool {
        return state.heap.lookup(address) != null;
    }
    pub fn heap() *Heap {
        return &state.heap;
    }
};
