//! Behaviour tests of the collector through its public API.
//!
//! Reclamation is observed two ways: finalizers as death probes (a probe's finalizer runs only
//! when a collection found it unreachable), and heap size bounds over many allocations. A
//! conservative collector may keep an object alive through a stale copy of its address in a
//! dead stack slot, so tests that expect a death create the object in a `noinline` helper and
//! overwrite the dead stack below the test's frame (`clobberStack`) before collecting.

const std = @import("std");
const builtin = @import("builtin");
const gc = @import("gc.zig");
const expect = std.testing.expect;
const expectEqual = std.testing.expectEqual;

const Node = struct {
    next: ?*Node,
    other: ?*Node,
    value: u64,
};

const Probe = struct {
    id: u64,
    payload: [5]u64,
};

var probes_finalized: u64 = 0;
var probe_ids_finalized: u64 = 0;

fn probeFinalizer(object: *anyopaque) void {
    const probe: *Probe = @ptrCast(@alignCast(object));
    probes_finalized += 1;
    probe_ids_finalized +%= probe.id;
}

fn resetProbes() void {
    probes_finalized = 0;
    probe_ids_finalized = 0;
}

noinline fn newProbe(id: u64) *Probe {
    const probe: *Probe = @ptrCast(@alignCast(gc.allocWithFinalizer(.scan, @sizeOf(Probe), probeFinalizer)));
    probe.id = id;
    return probe;
}

/// Overwrites the dead stack below the caller so stale copies of pointers cannot keep
/// objects alive.
noinline fn clobberStack() void {
    var buffer: [64 * 1024]u8 = undefined;
    @memset(&buffer, 0);
    std.mem.doNotOptimizeAway(&buffer);
}

/// Runs `function` 8 KiB further down the stack. Whatever addresses its frames leave behind
/// then lie where `clobberStack` overwrites them, not just under the test's frame, where the
/// collector's entry frames will sit with slots that their prologue reserved but never wrote.
noinline fn deep(comptime function: anytype, arguments: anytype) @typeInfo(@TypeOf(function)).@"fn".return_type.? {
    var padding: [8192]u8 = undefined;
    std.mem.doNotOptimizeAway(&padding);
    return @call(.never_inline, function, arguments);
}

/// Inline, so the collector's frames land on the clobbered stack, not on stale slots of a
/// helper frame.
inline fn collectClean() void {
    clobberStack();
    gc.collect();
}

noinline fn buildList(count: usize) *Node {
    var head: ?*Node = null;
    for (0..count) |index| {
        const node = gc.create(Node, .scan);
        node.* = .{ .next = head, .other = null, .value = index };
        head = node;
    }
    return head.?;
}

noinline fn churn(count: usize) void {
    for (0..count) |index| {
        const node = gc.create(Node, .scan);
        node.value = index;
        std.mem.doNotOptimizeAway(node);
    }
}

fn listSum(head: *Node) u64 {
    var sum: u64 = 0;
    var node: ?*Node = head;
    while (node) |current| : (node = current.next) sum += current.value;
    return sum;
}

test "objects reachable only from the stack survive collections" {
    gc.init(@frameAddress());
    defer gc.deinit();
    const head = buildList(100_000);
    const large = gc.allocSlice(u64, .scan, 100_000);
    large[99_999] = @intFromPtr(buildList(10));
    for (0..5) |_| {
        churn(200_000);
        gc.collect();
    }
    try expectEqual(@as(u64, 100_000 * 99_999 / 2), listSum(head));
    const tail_list: *Node = @ptrFromInt(large[99_999]);
    try expectEqual(@as(u64, 45), listSum(tail_list));
    try expect(gc.stats().collections >= 5);
}

noinline fn mixedTemporaries(count: usize, keep: *[64]?*Node) void {
    var seed: u64 = 0x9E3779B97F4A7C15;
    for (0..count) |index| {
        seed = seed *% 6364136223846793005 +% 1442695040888963407;
        const pick = seed >> 33;
        const size: usize = if (index % 100_000 == 0)
            300 * 1024 // large object
        else if (index % 1000 == 0)
            @as(usize, @intCast(pick % (64 * 1024)))
        else
            @as(usize, @intCast(pick % 512));
        const memory = if (pick & 1 == 0) gc.alloc(.scan, size) else gc.alloc(.noscan, size);
        if (size >= @sizeOf(Node)) {
            // Keep a small rotating live set, each linking to the previous one (a chain that the
            // next rotation cuts).
            const node: *Node = @ptrCast(memory);
            if (pick & 1 == 0) node.next = keep[index % 64];
            keep[index % 64] = node;
        }
    }
}

test "heap stays bounded over 10 million temporary allocations of mixed sizes" {
    gc.init(@frameAddress());
    defer gc.deinit();
    var keep: [64]?*Node = @splat(null);
    mixedTemporaries(10_000_000, &keep);
    const after = gc.stats();
    try expect(after.collections > 20);
    try expect(after.allocated_bytes_total > 1 << 30);
    // The budget is 8 MiB between collections plus a small live set.
    try expect(after.heap_bytes_peak < 48 << 20);
    try expect(after.committed_bytes < 64 << 20);
}

noinline fn makeCycles(count: usize) void {
    for (0..count) |index| {
        const a = gc.create(Node, .scan);
        const b = gc.create(Node, .scan);
        a.* = .{ .next = b, .other = a, .value = index };
        b.* = .{ .next = a, .other = b, .value = index };
        if (index % 1000 == 0) {
            // A longer ring with a finalizable member.
            const probe = newProbe(1);
            var first: ?*Node = null;
            var previous: ?*Node = null;
            for (0..50) |_| {
                const node = gc.create(Node, .scan);
                node.other = @ptrCast(@alignCast(probe));
                if (previous) |p| p.next = node else first = node;
                previous = node;
            }
            previous.?.next = first;
        }
    }
}

test "reference cycles are reclaimed" {
    gc.init(@frameAddress());
    defer gc.deinit();
    resetProbes();
    deep(makeCycles, .{1_000_000});
    collectClean();
    collectClean();
    const after = gc.stats();
    // 2M nodes of 32 bytes and 1000 rings were created; almost nothing may survive.
    try expect(after.allocated_bytes_total > 60 << 20);
    try expect(after.live_bytes < 1 << 20);
    try expect(after.heap_bytes_peak < 48 << 20);
    try expect(probes_finalized >= 990);
}

/// Not inlined, so the probe pointer it forms does not linger in the test's frame.
noinline fn expectProbeId(id: u64, address: usize) !void {
    const probe: *Probe = @ptrFromInt(address);
    try expectEqual(id, probe.id);
}

noinline fn probeAddress(id: u64, offset: usize) usize {
    return @intFromPtr(newProbe(id)) + offset;
}

/// Holds three probes only through derived words on this frame's stack while collecting.
noinline fn collectHoldingDerivedPointers() !void {
    var interior = probeAddress(1, 40);
    var tagged = probeAddress(2, 0) | 1;
    var past_header = probeAddress(4, 8);
    std.mem.doNotOptimizeAway(&interior);
    std.mem.doNotOptimizeAway(&tagged);
    std.mem.doNotOptimizeAway(&past_header);
    churn(100_000);
    collectClean();
    try expectEqual(@as(u64, 0), probes_finalized);
    try expectProbeId(1, interior - 40);
    try expectProbeId(2, tagged & ~@as(usize, 1));
    try expectProbeId(4, past_header - 8);
}

test "interior and tagged pointers keep objects alive" {
    gc.init(@frameAddress());
    defer gc.deinit();
    resetProbes();
    try deep(collectHoldingDerivedPointers, .{});
    // The derived words died with that frame.
    collectClean();
    try expectEqual(@as(u64, 3), probes_finalized);
    try expectEqual(@as(u64, 7), probe_ids_finalized);
}

noinline fn bufferHoldingProbe(comptime kind: gc.Kind, length: usize) []usize {
    const buffer = gc.allocSlice(usize, kind, length);
    buffer[length - 1] = @intFromPtr(newProbe(10));
    return buffer;
}

test "noscan contents are not treated as pointers" {
    gc.init(@frameAddress());
    defer gc.deinit();
    resetProbes();
    const small_noscan = deep(bufferHoldingProbe, .{ .noscan, 8 });
    const large_noscan = deep(bufferHoldingProbe, .{ .noscan, 100_000 });
    const small_scan = deep(bufferHoldingProbe, .{ .scan, 8 });
    const large_scan = deep(bufferHoldingProbe, .{ .scan, 100_000 });
    collectClean();
    // Only the probes behind noscan buffers died; the buffers themselves are alive.
    try expectEqual(@as(u64, 2), probes_finalized);
    try expect(gc.testing.isAllocated(@intFromPtr(small_noscan.ptr)));
    try expect(gc.testing.isAllocated(@intFromPtr(large_noscan.ptr)));
    const survivor: *Probe = @ptrFromInt(small_scan[7]);
    try expectEqual(@as(u64, 10), survivor.id);
    try expect(gc.testing.isAllocated(large_scan[99_999]));
}

var global_roots: [4]usize = @splat(0);

test "registered roots keep objects alive until removed" {
    gc.init(@frameAddress());
    defer gc.deinit();
    resetProbes();
    gc.addRoot(&global_roots, @sizeOf(@TypeOf(global_roots)));
    global_roots[2] = deep(probeAddress, .{ 5, 16 });
    churn(100_000);
    collectClean();
    try expectEqual(@as(u64, 0), probes_finalized);
    gc.removeRoot(&global_roots);
    collectClean();
    try expectEqual(@as(u64, 1), probes_finalized);
    global_roots = @splat(0);
}

fn residentBytes() !usize {
    var buffer: [128]u8 = undefined;
    const file = try std.fs.openFileAbsolute("/proc/self/statm", .{});
    defer file.close();
    const length = try file.readAll(&buffer);
    var fields = std.mem.tokenizeScalar(u8, buffer[0..length], ' ');
    _ = fields.next();
    const pages = try std.fmt.parseInt(usize, fields.next().?, 10);
    return pages * std.heap.pageSize();
}

noinline fn touchLargeObject(bytes: usize) void {
    const memory = gc.alloc(.noscan, bytes);
    @memset(memory[0..bytes], 0xAB);
    std.mem.doNotOptimizeAway(memory);
}

test "large objects are returned to the OS when swept" {
    if (builtin.os.tag != .linux) return error.SkipZigTest;
    gc.init(@frameAddress());
    defer gc.deinit();
    const before = try residentBytes();
    deep(touchLargeObject, .{200 << 20});
    const during = try residentBytes();
    try expect(during >= before + (190 << 20));
    try expect(gc.stats().heap_bytes >= 200 << 20);
    collectClean();
    const after = try residentBytes();
    try expect(after < before + (16 << 20));
    try expect(gc.stats().heap_bytes < 1 << 20);
    // The address space is reused, zeroed.
    const again = gc.alloc(.noscan, 150 << 20);
    try expectEqual(@as(u8, 0), again[0]);
    try expectEqual(@as(u8, 0), again[(150 << 20) - 1]);
}

noinline fn dropProbes(count: usize) void {
    for (0..count) |index| _ = newProbe(index);
}

test "finalizers run once, after the object is found dead" {
    gc.init(@frameAddress());
    defer gc.deinit();
    resetProbes();
    const kept = newProbe(1000);
    deep(dropProbes, .{100});
    collectClean();
    try expectEqual(@as(u64, 100), probes_finalized);
    try expectEqual(@as(u64, 99 * 100 / 2), probe_ids_finalized);
    collectClean();
    collectClean();
    try expectEqual(@as(u64, 100), probes_finalized);
    try expectEqual(@as(u64, 1000), kept.id);
    // At exit the remaining ones run too, once.
    gc.finalizeAll();
    try expectEqual(@as(u64, 101), probes_finalized);
    collectClean();
    try expectEqual(@as(u64, 101), probes_finalized);
}

fn buildTree(depth: u32) *Node {
    const node = gc.create(Node, .scan);
    node.value = 1;
    if (depth > 0) {
        node.next = buildTree(depth - 1);
        node.other = buildTree(depth - 1);
    }
    return node;
}

fn treeCount(node: ?*Node) u64 {
    const current = node orelse return 0;
    return current.value + treeCount(current.next) + treeCount(current.other);
}

test "marking survives mark stack overflow" {
    gc.initWithOptions(@frameAddress(), .{ .mark_stack_entries = 4 });
    defer gc.deinit();
    const tree = buildTree(14);
    const list = buildList(50_000);
    churn(100_000);
    gc.collect();
    try expect(gc.stats().mark_overflow_passes > 0);
    churn(100_000);
    gc.collect();
    try expectEqual(@as(u64, (1 << 15) - 1), treeCount(tree));
    try expectEqual(@as(u64, 50_000 * 49_999 / 2), listSum(list));
}

test "reused memory is zeroed" {
    gc.init(@frameAddress());
    defer gc.deinit();
    for (0..3) |_| {
        for (0..50_000) |_| {
            const memory = gc.alloc(.scan, 48);
            for (memory[0..48]) |byte| try expectEqual(@as(u8, 0), byte);
            @memset(memory[0..48], 0xFF);
        }
        collectClean();
    }
    try expect(gc.stats().collections >= 3);
}

test "free makes memory reusable at once; realloc keeps contents and zeroes growth" {
    gc.init(@frameAddress());
    defer gc.deinit();
    const first = gc.alloc(.noscan, 100);
    gc.free(first);
    const second = gc.alloc(.noscan, 100);
    try expectEqual(@intFromPtr(first), @intFromPtr(second));
    try expectEqual(@as(u8, 0), second[0]);

    var items = gc.allocSlice(u64, .noscan, 4);
    for (items, 0..) |*item, index| item.* = index + 1;
    var length: usize = 4;
    while (length < 4 << 20) : (length *= 2) {
        items = gc.reallocSlice(u64, .noscan, items, length * 2);
        try expectEqual(@as(u64, length), items[length - 1]);
        try expectEqual(@as(u64, 0), items[length]);
        try expectEqual(@as(u64, 0), items[length * 2 - 1]);
        for (items[length..]) |*item| item.* = 0;
        items[length * 2 - 1] = length * 2;
    }
    // Only the last buffer is live: freeing old buffers kept the heap near its size.
    try expect(gc.stats().heap_bytes < 96 << 20);
    const big = gc.alloc(.noscan, 1 << 20);
    gc.free(big);
    try expect(gc.stats().heap_bytes < 96 << 20);
}

test "allocator() serves std containers and big ints from the collected heap" {
    gc.init(@frameAddress());
    defer gc.deinit();
    var list: std.ArrayList(u32) = .empty;
    for (0..100_000) |index| try list.append(gc.allocator(.noscan), @intCast(index));
    var number = try std.math.big.int.Managed.initSet(gc.allocator(.noscan), 1);
    for (1..300) |factor| try number.mul(&number, &(try std.math.big.int.Managed.initSet(gc.allocator(.noscan), factor)));
    churn(300_000);
    gc.collect();
    try expect(gc.testing.isAllocated(@intFromPtr(list.items.ptr)));
    try expectEqual(@as(u32, 99_999), list.items[99_999]);
    try expect(gc.testing.isAllocated(@intFromPtr(number.limbs.ptr)));
    const text = try number.toString(std.testing.allocator, 10, .lower);
    defer std.testing.allocator.free(text);
    try expectEqual(@as(usize, 613), text.len); // 299! has 613 digits
    const aligned = try gc.allocator(.noscan).alignedAlloc(u8, .fromByteUnits(4096), 5000);
    try expect(@intFromPtr(aligned.ptr) % 4096 == 0);
}

// ------------------------------------------------------------------ randomized model check

const stress_slots = 512;
/// Registered root: the only references to the model's objects.
var stress_roots: [stress_slots]usize = @splat(0);
var stress_sizes: [stress_slots]usize = @splat(0);
var stress_kinds: [stress_slots]gc.Kind = @splat(.noscan);
var stress_tags: [stress_slots]u8 = @splat(0);
const child_bytes = 40;

fn stressSize(random: std.Random) usize {
    return switch (random.uintLessThan(u8, 100)) {
        0 => random.uintLessThan(usize, 600 * 1024),
        1...5 => random.uintLessThan(usize, 64 * 1024),
        else => random.uintLessThan(usize, 700),
    };
}

/// Fills an object with its tag; a scan object's first word points to a child that nothing
/// else references, so the child lives only through the heap.
fn stressFill(slot: usize) void {
    const memory: [*]u8 = @ptrFromInt(stress_roots[slot]);
    const size = stress_sizes[slot];
    var start: usize = 0;
    if (stress_kinds[slot] == .scan) {
        const child = gc.alloc(.noscan, child_bytes);
        @memset(child[0..child_bytes], stress_tags[slot] ^ 0x5A);
        @as(*usize, @ptrCast(@alignCast(memory))).* = @intFromPtr(child);
        start = 8;
    }
    @memset(memory[start..size], stress_tags[slot]);
}

fn stressCheck(slot: usize) !void {
    const memory: [*]u8 = @ptrFromInt(stress_roots[slot]);
    const size = stress_sizes[slot];
    var start: usize = 0;
    if (stress_kinds[slot] == .scan) {
        const child: [*]u8 = @ptrFromInt(@as(*usize, @ptrCast(@alignCast(memory))).*);
        for (child[0..child_bytes]) |byte| try expectEqual(stress_tags[slot] ^ 0x5A, byte);
        start = 8;
    }
    // Both ends and a stride through the middle: an object whose memory was handed to another
    // one is overwritten whole, so sampling finds it, and Debug builds stay fast.
    const stride = @max(1, (size - start) / 64);
    var index = start;
    while (index < size) : (index += stride) try expectEqual(stress_tags[slot], memory[index]);
    for (memory[start..size][(size - start) -| 64..]) |byte| try expectEqual(stress_tags[slot], byte);
}

fn stressAllocate(slot: usize, random: std.Random) !void {
    const kind: gc.Kind = if (random.boolean()) .scan else .noscan;
    // Scan objects always have room for their child pointer, also after a shrinking realloc.
    const size = stressSize(random) + @as(usize, if (kind == .scan) 8 else 0);
    const memory = if (kind == .scan) gc.alloc(.scan, size) else gc.alloc(.noscan, size);
    try expect(std.mem.allEqual(u8, memory[0..size], 0));
    stress_roots[slot] = @intFromPtr(memory);
    stress_sizes[slot] = size;
    stress_kinds[slot] = kind;
    stress_tags[slot] = random.int(u8) | 1;
    stressFill(slot);
}

fn stressRealloc(slot: usize, random: std.Random) !void {
    const old_size = stress_sizes[slot];
    const new_size = stressSize(random) + @as(usize, if (stress_kinds[slot] == .scan) 8 else 0);
    const memory: [*]align(16) u8 = @ptrFromInt(stress_roots[slot]);
    const moved = if (stress_kinds[slot] == .scan)
        gc.realloc(.scan, memory, old_size, new_size)
    else
        gc.realloc(.noscan, memory, old_size, new_size);
    try expect(std.mem.allEqual(u8, moved[@min(old_size, new_size)..new_size], 0));
    stress_roots[slot] = @intFromPtr(moved);
    stress_sizes[slot] = @min(old_size, new_size);
    try stressCheck(slot);
    stress_sizes[slot] = new_size;
    stressFill(slot);
}

test "randomized allocate, free, realloc, drop and collect keep every live object intact" {
    gc.init(@frameAddress());
    defer gc.deinit();
    gc.addRoot(&stress_roots, @sizeOf(@TypeOf(stress_roots)));
    defer stress_roots = @splat(0);
    var prng = std.Random.DefaultPrng.init(0x5EED);
    const random = prng.random();
    for (0..200_000) |step| {
        const slot = random.uintLessThan(usize, stress_slots);
        if (stress_roots[slot] == 0) {
            try stressAllocate(slot, random);
        } else {
            try stressCheck(slot);
            switch (random.uintLessThan(u8, 3)) {
                0 => {
                    gc.free(@ptrFromInt(stress_roots[slot]));
                    stress_roots[slot] = 0;
                },
                1 => stress_roots[slot] = 0, // dropped: left to the collector
                else => try stressRealloc(slot, random),
            }
        }
        if (step % 20_000 == 0) gc.collect();
    }
    gc.collect();
    // Every live object is intact and no two overlap.
    var spans: [stress_slots][2]usize = undefined;
    var count: usize = 0;
    for (0..stress_slots) |slot| {
        if (stress_roots[slot] == 0) continue;
        try stressCheck(slot);
        spans[count] = .{ stress_roots[slot], stress_roots[slot] + @max(stress_sizes[slot], 1) };
        count += 1;
    }
    std.mem.sort([2]usize, spans[0..count], {}, struct {
        fn lessThan(_: void, a: [2]usize, b: [2]usize) bool {
            return a[0] < b[0];
        }
    }.lessThan);
    for (1..count) |index| try expect(spans[index - 1][1] <= spans[index][0]);
    try expect(gc.stats().collections >= 10);
}
