//! Micro-benchmark of the hot paths, in nanoseconds per call over a million doubles of
//! mixed magnitude (1e-8 to 1e8). Build and run from zig-runtime/format:
//!
//!     zig build-exe -O ReleaseFast --dep format -Mmain=test/bench.zig -Mformat=root.zig
//!     ./bench

const std = @import("std");
const fmt = @import("format");

const count = 1_000_000;

pub fn main() !void {
    const gpa = std.heap.page_allocator;
    var prng = std.Random.DefaultPrng.init(42);
    const random = prng.random();
    const xs = try gpa.alloc(f64, count);
    defer gpa.free(xs);
    for (xs) |*x| {
        const scale = std.math.pow(f64, 10, @floatFromInt(random.intRangeAtMost(i32, -8, 8)));
        x.* = (random.float(f64) - 0.5) * scale;
    }
    var diag: fmt.Diagnostic = .{};
    const fixed9 = try fmt.Spec.parse(".9f", &diag);
    const padded = try fmt.Spec.parse(">30", &diag);

    var sink: usize = 0;
    var timer = try std.time.Timer.start();
    var repr_buf: [fmt.repr_len_max]u8 = undefined;
    for (xs) |x| sink += fmt.reprBuf(&repr_buf, x).len;
    const repr_ns = timer.lap();
    for (xs) |x| sink += try formatted(x, &fixed9, &diag);
    const fixed_ns = timer.lap();
    for (xs) |x| sink += try formatted(x, &padded, &diag);
    const padded_ns = timer.lap();
    for (xs) |x| sink += @intFromBool(try fmt.roundDigits(x, 2) > 0);
    const round_ns = timer.lap();
    for (xs) |x| sink += @intFromBool(try fmt.parseFloatStr(fmt.reprBuf(&repr_buf, x)) > 0);
    const parse_ns = timer.lap() -| repr_ns;

    std.debug.print(
        "ns per call: repr {d}, format '.9f' {d}, format '>30' {d}, round(x, 2) {d}, float(repr) {d} (sink {d})\n",
        .{ repr_ns / count, fixed_ns / count, padded_ns / count, round_ns / count, parse_ns / count, sink },
    );
}

fn formatted(x: f64, spec: *const fmt.Spec, diag: *fmt.Diagnostic) !usize {
    var buf: [64]u8 = undefined;
    var w: std.Io.Writer = .fixed(&buf);
    try fmt.formatFloat(&w, x, spec, diag);
    return w.buffered().len;
}
