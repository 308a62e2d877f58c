//! The workload of /work/shared/bench/bigint.py written directly against intops, the way
//! generated code for statically typed ints calls it, with the CPU time of each piece on
//! stderr (thread CPU time: the benchmark machine is shared, so wall time is noisy) and the
//! program's output on stdout (compare it with bench/bigint.out). Not part of the test suite;
//! build with ReleaseFast:
//!
//!   zig build-exe -O ReleaseFast --dep rt -Mmain=tests/runtime/int/bench.zig \
//!       -Mrt=zig-runtime/rt.zig && ./main 12000
const std = @import("std");
const rt = @import("rt");
const intops = rt.intops;
const Int = rt.Int;

const chunk_digits = 1000;
var chunk: Int = undefined;
var out: *std.Io.Writer = undefined;

pub fn main() u8 {
    return rt.start(registerRoots, run);
}

fn registerRoots() void {
    rt.mem.addRoot(&chunk, @sizeOf(Int));
}

fn small(v: i64) Int {
    return Int.fromI64(v);
}

fn factorial(n: i64) Int {
    var r = Int.one;
    var i: i64 = 2;
    while (i <= n) : (i += 1) r = intops.mul(r, small(i));
    return r;
}

fn fibBig(n: i64) Int {
    var a = Int.zero;
    var b = Int.one;
    for (0..@intCast(n)) |_| {
        const t = intops.add(a, b);
        a = b;
        b = t;
    }
    return a;
}

const DigitSum = struct { sum: i64, count: i64 };

fn digitsOf(x_in: Int) rt.Error!DigitSum {
    var x = intops.abs(x_in);
    if (intops.isZero(x)) return .{ .sum = 0, .count = 1 };
    var chunks: std.ArrayList(Int) = .empty;
    const gpa = rt.mem.allocator(.scan);
    while (intops.order(x, chunk) != .lt) {
        x, const low = try intops.divmod(x, chunk);
        chunks.append(gpa, low) catch @panic("oom");
    }
    var total: i64 = 0;
    for (chunks.items) |c| {
        const s = try intops.toString(c, 10);
        for (s) |ch| total += @as(i64, ch) - 48;
    }
    const head = try intops.toString(x, 10);
    for (head) |ch| total += @as(i64, ch) - 48;
    return .{ .sum = total, .count = @as(i64, @intCast(head.len)) + chunk_digits * @as(i64, @intCast(chunks.items.len)) };
}

fn trailingZeros(x_in: Int) rt.Error!i64 {
    var x = x_in;
    var z: i64 = 0;
    const million = small(1000000);
    const ten = small(10);
    while (intops.isZero(try intops.mod(x, million))) {
        x = try intops.floordiv(x, million);
        z += 6;
    }
    while (intops.isZero(try intops.mod(x, ten))) {
        x = try intops.floordiv(x, ten);
        z += 1;
    }
    return z;
}

var lap_start_ns: u64 = 0;

fn cpuNs() u64 {
    const ts = std.posix.clock_gettime(.THREAD_CPUTIME_ID) catch unreachable;
    return @as(u64, @intCast(ts.sec)) * std.time.ns_per_s + @as(u64, @intCast(ts.nsec));
}

fn lap(name: []const u8) void {
    const now = cpuNs();
    std.debug.print("{s}: {d:.3}s\n", .{ name, @as(f64, @floatFromInt(now - lap_start_ns)) / 1e9 });
    lap_start_ns = now;
}

fn run() rt.Error!void {
    var buf: [4096]u8 = undefined;
    var w = std.fs.File.stdout().writer(&buf);
    out = &w.interface;
    var args = std.process.args();
    _ = args.next();
    const n: i64 = if (args.next()) |a| std.fmt.parseInt(i64, a, 10) catch 12000 else 12000;
    const start_ns = cpuNs();
    lap_start_ns = start_ns;

    chunk = (try intops.pow(small(10), small(chunk_digits))).int;
    const f = factorial(n);
    lap("factorial");
    const fd = try digitsOf(f);
    lap("digits_of(f)");
    const tz = try trailingZeros(f);
    lap("trailing");
    print("{d}!: digits {d}, digit sum {d}, trailing zeros {d}\n", .{ n, fd.count, fd.sum, tz });

    const p = (try intops.pow(small(3), small(n * 20))).int;
    lap("3**");
    const pd = try digitsOf(p);
    lap("digits_of(p)");
    print("3^{d}: digits {d}, digit sum {d}\n", .{ n * 20, pd.count, pd.sum });

    const q = intops.add(intops.sub((try intops.pow(small(7), small(n * 7))).int, (try intops.pow(small(2), small(n * 13))).int), Int.one);
    lap("7**-2**");
    const qd = try digitsOf(q);
    lap("digits_of(q)");
    print("7^{d} - 2^{d} + 1: digits {d}, digit sum {d}\n", .{ n * 7, n * 13, qd.count, qd.sum });

    const fb = fibBig(n * 10);
    lap("fib");
    const fbd = try digitsOf(fb);
    lap("digits_of(fb)");
    print("fib({d}): digits {d}, digit sum {d}\n", .{ n * 10, fbd.count, fbd.sum });

    const g = try intops.floordiv(intops.mul(f, fb), intops.add(try intops.mod(p, intops.add(fb, small(12345))), Int.one));
    lap("mixed");
    const gd = try digitsOf(g);
    const gm = try intops.mod(g, small(1000000007));
    lap("digits g");
    print("mixed: digits {d}, digit sum {d}, mod {d}\n", .{ gd.count, gd.sum, gm.small() });

    var acc: i64 = 0;
    var k: i64 = 1;
    while (k <= @divTrunc(n, 10)) : (k += 1) acc += (try digitsOf(factorial(k * 3))).sum;
    lap("acc");
    print("sum of digit sums of (3k)! for k<={d}: {d}\n", .{ @divTrunc(n, 10), acc });
    std.debug.print("total: {d:.3}s\n", .{@as(f64, @floatFromInt(cpuNs() - start_ns)) / 1e9});
    out.flush() catch {};
}

fn print(comptime fmt: []const u8, args: anytype) void {
    out.print(fmt, args) catch @panic("stdout");
}
