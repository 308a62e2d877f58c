//! The `time` module's clocks and sleep: time() and time_ns() (CLOCK_REALTIME),
//! perf_counter() and monotonic() (CLOCK_MONOTONIC, as CPython on Linux), process_time()
//! and thread_time() (the CPU-time clocks), and sleep(). Seconds are converted to float as
//! CPython's _PyTime_AsSecondsDouble does.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const linux = std.os.linux;
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

var mod: ?*rt.Module = null;

pub fn module() Value {
    return registry.nativeModule(&mod, "time", get);
}

fn get(name: []const u8) ?Value {
    const a = attrs.get(name) orelse return null;
    return a.value();
}

const attrs = mu.Map.initComptime(.{
    .{ "time", clockFloat("time", .REALTIME) },
    .{ "time_ns", clockNs("time_ns", .REALTIME) },
    .{ "perf_counter", clockFloat("perf_counter", .MONOTONIC) },
    .{ "perf_counter_ns", clockNs("perf_counter_ns", .MONOTONIC) },
    .{ "monotonic", clockFloat("monotonic", .MONOTONIC) },
    .{ "monotonic_ns", clockNs("monotonic_ns", .MONOTONIC) },
    .{ "process_time", clockFloat("process_time", .PROCESS_CPUTIME_ID) },
    .{ "process_time_ns", clockNs("process_time_ns", .PROCESS_CPUTIME_ID) },
    .{ "thread_time", clockFloat("thread_time", .THREAD_CPUTIME_ID) },
    .{ "thread_time_ns", clockNs("thread_time_ns", .THREAD_CPUTIME_ID) },
    .{ "sleep", mu.func("sleep", sleep_) },
    .{ "gmtime", mu.func("gmtime", cal.gmtime_) },
    .{ "localtime", mu.func("localtime", cal.localtime_) },
    .{ "mktime", mu.func("mktime", cal.mktime_) },
    .{ "strftime", mu.func("strftime", cal.strftime_) },
    .{ "asctime", mu.func("asctime", cal.asctime_) },
    .{ "ctime", mu.func("ctime", cal.ctime_) },
});
const cal = @import("time_cal.zig");

/// A clock's reading in nanoseconds.
pub fn nowNs(clock: linux.CLOCK) i64 {
    var ts: linux.timespec = undefined;
    _ = linux.clock_gettime(clock, &ts);
    return @as(i64, ts.sec) * std.time.ns_per_s + ts.nsec;
}

/// Nanoseconds as float seconds, exactly as CPython rounds them.
pub fn secondsFloat(ns: i64) f64 {
    if (@rem(ns, std.time.ns_per_s) == 0) return @floatFromInt(@divTrunc(ns, std.time.ns_per_s));
    return @as(f64, @floatFromInt(ns)) / 1e9;
}

fn clockFloat(comptime name: []const u8, comptime clock: linux.CLOCK) mu.Attr {
    const S = struct {
        fn impl(args: rt.Args) Error!Value {
            try rt.call.expectArgs(name, args, 0, 0);
            return mu.float(secondsFloat(nowNs(clock)));
        }
    };
    return mu.func(name, S.impl);
}

fn clockNs(comptime name: []const u8, comptime clock: linux.CLOCK) mu.Attr {
    const S = struct {
        fn impl(args: rt.Args) Error!Value {
            try rt.call.expectArgs(name, args, 0, 0);
            return Value.fromSmall(nowNs(clock));
        }
    };
    return mu.func(name, S.impl);
}

/// time.sleep(secs): ints and floats (rounded up to the nanosecond, as CPython's timeout
/// rounding), ValueError for negative or NaN, and sleeps again after an interruption.
fn sleep_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("time.sleep", args, 1, 1);
    const v = args.pos[0];
    const ns: i64 = switch (v) {
        .float => |f| blk: {
            if (std.math.isNan(f)) return exc.raiseMsg(&types.ValueError, "Invalid value NaN (not a number)");
            if (f < 0) return exc.raiseMsg(&types.ValueError, "sleep length must be non-negative");
            const x = @ceil(f * 1e9);
            if (x >= 0x1p63) return exc.raiseMsg(&types.OverflowError, "timestamp too large to convert to C _PyTime_t");
            break :blk @intFromFloat(x);
        },
        else => blk: {
            const i = (try mu.indexOpt(v)) orelse return exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(v)});
            if (rt.intops.isNegative(i)) return exc.raiseMsg(&types.ValueError, "sleep length must be non-negative");
            const s = i.toI64() orelse return exc.raiseMsg(&types.OverflowError, "timestamp too large to convert to C _PyTime_t");
            break :blk std.math.mul(i64, s, std.time.ns_per_s) catch return exc.raiseMsg(&types.OverflowError, "timestamp too large to convert to C _PyTime_t");
        },
    };
    // Output written before a sleep is seen before it, as with CPython's line-buffered stdout.
    rt.io.stdout.flush();
    // A Ctrl-C that came between two sleeps (a loop of sleeps makes no compiled call that
    // would see it) is raised here rather than never.
    try rt.interrupt.check();
    var req: linux.timespec = .{ .sec = @divTrunc(ns, std.time.ns_per_s), .nsec = @rem(ns, std.time.ns_per_s) };
    while (true) {
        var rem: linux.timespec = undefined;
        const rc = linux.nanosleep(&req, &rem);
        if (linux.E.init(rc) != .INTR) break;
        try rt.interrupt.check(); // Ctrl-C ends the sleep with KeyboardInterrupt
        req = rem;
    }
    return .none;
}
