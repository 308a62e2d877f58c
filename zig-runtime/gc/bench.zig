//! Allocation benchmarks: the collector against malloc/free (`std.heap.c_allocator`) and Zig's
//! `smp_allocator`, each freeing every object explicitly.
//!
//! Build and run (ReleaseFast, libc for the malloc baseline):
//!   zig build-exe -OReleaseFast -lc zig-runtime/gc/bench.zig -femit-bin=/tmp/gc-bench
//!   /tmp/gc-bench throughput 50000000   # ns per 32-byte allocation
//!   /tmp/gc-bench trees 18              # binary-trees workload (shared/bench/binary_trees.py)
//!   /tmp/gc-bench pause 100             # collection pause with ~100 MB live
//!   /tmp/gc-bench temporaries gc        # 10M mixed temporaries: time and peak RSS
//!   /tmp/gc-bench temporaries malloc    # the same with malloc/free
//! Times are the thread's CPU seconds. Sizes come from argv so nothing is folded at compile time. Each mode prints one line per
//! allocator. Peak RSS (VmHWM) is per process, so `temporaries` measures one allocator per run.

const std = @import("std");
const gc = @import("gc.zig");

const Node = struct {
    /// Stands in for the object header a runtime object carries.
    header: usize,
    left: ?*Node,
    right: ?*Node,
};

pub fn main() !void {
    gc.init(@frameAddress());
    defer gc.report();
    var arguments = std.process.args();
    _ = arguments.next();
    const mode = arguments.next() orelse return usage();
    const parameter = arguments.next();
    if (std.mem.eql(u8, mode, "throughput")) return throughput(try parseCount(parameter, 50_000_000));
    if (std.mem.eql(u8, mode, "trees")) return trees(@intCast(try parseCount(parameter, 18)));
    if (std.mem.eql(u8, mode, "pause")) return pause(try parseCount(parameter, 100));
    if (std.mem.eql(u8, mode, "temporaries")) return temporaries(parameter orelse "gc");
    return usage();
}

fn usage() !void {
    std.debug.print("usage: gc-bench throughput N | trees DEPTH | pause MB | temporaries gc|malloc|smp\n", .{});
    return error.InvalidArguments;
}

fn parseCount(text: ?[]const u8, default: usize) !usize {
    return if (text) |digits| try std.fmt.parseInt(usize, digits, 10) else default;
}

/// Measures this thread's CPU time, not wall time: the machine is shared, and time spent
/// descheduled says nothing about the allocator.
const CpuTimer = struct {
    start_ns: u64,

    fn start() !CpuTimer {
        return .{ .start_ns = try now() };
    }
    fn reset(timer: *CpuTimer) void {
        timer.start_ns = now() catch timer.start_ns;
    }
    fn read(timer: *const CpuTimer) u64 {
        return (now() catch timer.start_ns) - timer.start_ns;
    }
    fn now() !u64 {
        const time = try std.posix.clock_gettime(.THREAD_CPUTIME_ID);
        return @as(u64, @intCast(time.sec)) * std.time.ns_per_s + @as(u64, @intCast(time.nsec));
    }
};

fn seconds(timer: *CpuTimer) f64 {
    return @as(f64, @floatFromInt(timer.read())) / 1e9;
}

// ------------------------------------------------------------------ throughput

fn throughput(count: usize) !void {
    var timer = try CpuTimer.start();
    var checksum: usize = 0;
    for (0..count) |index| {
        const node = gc.create(Node, .scan);
        node.header = index;
        checksum +%= @intFromPtr(node);
    }
    const gc_seconds = seconds(&timer);
    std.mem.doNotOptimizeAway(checksum);
    report("throughput gc, 32 B (size known at compile time)", count, gc_seconds);
    // Sizes only known at run time (as for strings): the class lookup and zeroing are not folded.
    var sizes: [16]usize = undefined;
    for (&sizes, 0..) |*size, index| size.* = 16 + index * 15;
    std.mem.doNotOptimizeAway(&sizes);
    timer.reset();
    for (0..count) |index| {
        const memory = gc.alloc(.noscan, sizes[index % sizes.len]);
        memory[0] = @truncate(index);
        checksum +%= @intFromPtr(memory);
    }
    std.mem.doNotOptimizeAway(checksum);
    report("throughput gc, 16-241 B (run-time sizes)", count, seconds(&timer));
    try throughputWith("throughput malloc+free, 32 B", std.heap.c_allocator, count);
    try throughputWith("throughput smp alloc+free, 32 B", std.heap.smp_allocator, count);
}

fn throughputWith(label: []const u8, allocator: std.mem.Allocator, count: usize) !void {
    var timer = try CpuTimer.start();
    for (0..count) |index| {
        const node = try allocator.create(Node);
        node.header = index;
        std.mem.doNotOptimizeAway(node);
        allocator.destroy(node);
    }
    report(label, count, seconds(&timer));
}

fn report(label: []const u8, count: usize, elapsed_s: f64) void {
    const ns = elapsed_s * 1e9 / @as(f64, @floatFromInt(count));
    std.debug.print("{s}: {d} allocations in {d:.3} s = {d:.2} ns each\n", .{ label, count, elapsed_s, ns });
}

// ------------------------------------------------------------------ binary trees

const GcTrees = struct {
    fn make(depth: u32) *Node {
        const node = gc.create(Node, .scan);
        if (depth > 0) {
            node.left = make(depth - 1);
            node.right = make(depth - 1);
        }
        return node;
    }
    fn drop(_: *Node) void {}
};

fn AllocatorTrees(comptime allocator: std.mem.Allocator) type {
    return struct {
        fn make(depth: u32) *Node {
            const node = allocator.create(Node) catch @panic("out of memory");
            node.* = .{ .header = 0, .left = null, .right = null };
            if (depth > 0) {
                node.left = make(depth - 1);
                node.right = make(depth - 1);
            }
            return node;
        }
        fn drop(node: *Node) void {
            if (node.left) |left| drop(left);
            if (node.right) |right| drop(right);
            allocator.destroy(node);
        }
    };
}

fn check(node: *const Node) u64 {
    const left = node.left orelse return 1;
    return 1 + check(left) + check(node.right.?);
}

/// The shape of shared/bench/binary_trees.py: a stretch tree, a long-lived tree, and
/// 2^(max - depth + 4) short-lived trees for each even depth from 4 to max.
fn binaryTrees(comptime Trees: type, max_depth: u32) u64 {
    var total: u64 = 0;
    const stretch = Trees.make(max_depth + 1);
    total += check(stretch);
    Trees.drop(stretch);
    const long_lived = Trees.make(max_depth);
    var depth: u32 = 4;
    while (depth <= max_depth) : (depth += 2) {
        const iterations = @as(u64, 1) << @intCast(max_depth - depth + 4);
        for (0..iterations) |_| {
            const tree = Trees.make(depth);
            total += check(tree);
            Trees.drop(tree);
        }
    }
    total += check(long_lived);
    Trees.drop(long_lived);
    return total;
}

fn trees(max_depth: u32) !void {
    var timer = try CpuTimer.start();
    const gc_total = binaryTrees(GcTrees, max_depth);
    const gc_seconds = seconds(&timer);
    const s = gc.stats();
    std.debug.print("trees gc: depth {d} check {d} in {d:.3} s ({d} collections: {d:.1} ms CPU in all, at most {d:.2} ms; heap peak {d} MiB)\n", .{
        max_depth,
        gc_total,
        gc_seconds,
        s.collections,
        @as(f64, @floatFromInt(s.collect_cpu_ns_total)) / 1e6,
        @as(f64, @floatFromInt(s.collect_cpu_ns_max)) / 1e6,
        s.heap_bytes_peak >> 20,
    });
    timer.reset();
    const malloc_total = binaryTrees(AllocatorTrees(std.heap.c_allocator), max_depth);
    std.debug.print("trees malloc: check {d} in {d:.3} s\n", .{ malloc_total, seconds(&timer) });
    timer.reset();
    const smp_total = binaryTrees(AllocatorTrees(std.heap.smp_allocator), max_depth);
    std.debug.print("trees smp: check {d} in {d:.3} s\n", .{ smp_total, seconds(&timer) });
}

// ------------------------------------------------------------------ pause

/// Builds about `megabytes` MB of live objects (a pointer array and nodes that point at
/// random other nodes, so marking chases pointers across the heap), then times collections.
fn pause(megabytes: usize) !void {
    const node_count = megabytes * 1_000_000 / (32 + 8);
    const nodes = gc.allocSlice(*Node, .scan, node_count);
    for (nodes) |*slot| slot.* = gc.create(Node, .scan);
    var seed: u64 = 12345;
    for (nodes) |node| {
        seed = seed *% 6364136223846793005 +% 1442695040888963407;
        node.left = nodes[(seed >> 33) % node_count];
        node.right = nodes[(seed >> 17) % node_count];
    }
    const runs = 5;
    var pause_ns_min: u64 = std.math.maxInt(u64);
    var cpu_ns_min: u64 = std.math.maxInt(u64);
    for (0..runs) |_| {
        const before = gc.stats();
        gc.collect();
        const after = gc.stats();
        pause_ns_min = @min(pause_ns_min, after.pause_ns_total - before.pause_ns_total);
        cpu_ns_min = @min(cpu_ns_min, after.collect_cpu_ns_total - before.collect_cpu_ns_total);
    }
    const s = gc.stats();
    std.debug.print("pause: live {d} MB ({d} objects) pause min {d:.1} ms wall, {d:.1} ms CPU (max of {d}: {d:.1} ms wall)\n", .{
        s.live_bytes / 1_000_000,                    node_count + 1,
        @as(f64, @floatFromInt(pause_ns_min)) / 1e6, @as(f64, @floatFromInt(cpu_ns_min)) / 1e6,
        runs,                                        @as(f64, @floatFromInt(s.pause_ns_max)) / 1e6,
    });
    std.mem.doNotOptimizeAway(nodes.ptr);
}

// ------------------------------------------------------------------ temporaries

const temporaries_count = 10_000_000;
const live_ring = 64;

fn temporarySize(index: usize, seed: *u64) usize {
    seed.* = seed.* *% 6364136223846793005 +% 1442695040888963407;
    const pick = seed.* >> 33;
    if (index % 100_000 == 0) return 300 * 1024;
    if (index % 1000 == 0) return pick % (64 * 1024) + 1;
    return pick % 512 + 1;
}

/// 10M allocations of mixed sizes (mostly under 512 bytes, some up to 64 KiB, a 300 KiB one
/// every 100k), keeping only the last 64 alive.
fn temporaries(which: []const u8) !void {
    var timer = try CpuTimer.start();
    var seed: u64 = 0x9E3779B97F4A7C15;
    if (std.mem.eql(u8, which, "gc")) {
        var ring: [live_ring]?[*]u8 = @splat(null);
        for (0..temporaries_count) |index| {
            const memory = gc.alloc(.scan, temporarySize(index, &seed));
            memory[0] = 1;
            ring[index % live_ring] = memory;
        }
        std.mem.doNotOptimizeAway(&ring);
    } else {
        const allocator = if (std.mem.eql(u8, which, "malloc")) std.heap.c_allocator else std.heap.smp_allocator;
        var ring: [live_ring]?[]u8 = @splat(null);
        for (0..temporaries_count) |index| {
            const memory = try allocator.alloc(u8, temporarySize(index, &seed));
            @memset(memory, 0); // the collector hands out zeroed memory; match it
            memory[0] = 1;
            if (ring[index % live_ring]) |old| allocator.free(old);
            ring[index % live_ring] = memory;
        }
    }
    std.debug.print("temporaries {s}: {d} allocations in {d:.3} s, peak RSS {d} MiB\n", .{
        which, temporaries_count, seconds(&timer), try peakResidentKiB() / 1024,
    });
}

fn peakResidentKiB() !usize {
    var buffer: [4096]u8 = undefined;
    const file = try std.fs.openFileAbsolute("/proc/self/status", .{});
    defer file.close();
    const length = try file.readAll(&buffer);
    var lines = std.mem.tokenizeScalar(u8, buffer[0..length], '\n');
    while (lines.next()) |line| {
        if (!std.mem.startsWith(u8, line, "VmHWM:")) continue;
        var fields = std.mem.tokenizeAny(u8, line["VmHWM:".len..], " \t");
        return std.fmt.parseInt(usize, fields.next().?, 10);
    }
    return error.NoVmHWM;
}
