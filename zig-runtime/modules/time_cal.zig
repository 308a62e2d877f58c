//! The calendar half of `time`: struct_time, gmtime(), localtime(), mktime(), strftime(),
//! asctime() and ctime(), over the C library's own functions (gmtime_r, localtime_r, mktime,
//! strftime) as CPython's timemodule.c uses them, so time zones (TZ, /etc/localtime) and
//! formats come out the same. struct_time is a named tuple of CPython's nine fields; its
//! extra attributes tm_zone and tm_gmtoff are not provided.
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

/// glibc's `struct tm` (x86-64 and aarch64 Linux).
const Tm = extern struct {
    tm_sec: c_int = 0,
    tm_min: c_int = 0,
    tm_hour: c_int = 0,
    tm_mday: c_int = 0,
    tm_mon: c_int = 0,
    tm_year: c_int = 0,
    tm_wday: c_int = 0,
    tm_yday: c_int = 0,
    tm_isdst: c_int = 0,
    tm_gmtoff: c_long = 0,
    tm_zone: ?[*:0]const u8 = null,
};

extern "c" fn gmtime_r(t: *const i64, out: *Tm) ?*Tm;
extern "c" fn localtime_r(t: *const i64, out: *Tm) ?*Tm;
extern "c" fn mktime(t: *Tm) i64;
extern "c" fn strftime(buf: [*]u8, max: usize, fmt: [*:0]const u8, tm: *const Tm) usize;

var struct_time_cls: Value = .none;

/// The struct_time class: a named tuple named `time.struct_time`, made on first use.
fn structTimeClass() Error!Value {
    if (struct_time_cls != .none) return struct_time_cls;
    const nt = @import("namedtuple.zig");
    var names: [9]Value = undefined;
    inline for (.{ "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst" }, 0..) |n, i| names[i] = rt.str.static(n).val();
    const cls = try nt.namedtuple_(.{ .pos = &.{ rt.str.static("struct_time").val(), rt.tupleOf(&names) }, .kwnames = &.{rt.str.static("module")}, .kwvals = &.{rt.str.static("time").val()} });
    cls.as(rt.Type).name = "time.struct_time";
    struct_time_cls = cls;
    rt.mem.addRoot(@ptrCast(&struct_time_cls), @sizeOf(Value));
    return cls;
}

fn structTime(tm: *const Tm) Error!Value {
    const cls = try structTimeClass();
    const f = [_]c_int{ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, @mod(tm.tm_wday + 6, 7), tm.tm_yday + 1, tm.tm_isdst };
    var items: [9]Value = undefined;
    for (f, 0..) |x, i| items[i] = Value.fromSmall(x);
    return rt.call.call(cls, .{ .pos = &items });
}

/// The seconds argument of gmtime/localtime/ctime: None for now, an int, or a float floored
/// (CPython's _PyTime_ObjectToTime_t with ROUND_FLOOR).
fn seconds(v: ?Value) Error!i64 {
    const x = v orelse return @divFloor(@import("time.zig").nowNs(.REALTIME), std.time.ns_per_s);
    if (x == .none) return @divFloor(@import("time.zig").nowNs(.REALTIME), std.time.ns_per_s);
    if (x == .float) {
        const f = x.float;
        if (std.math.isNan(f)) return exc.raiseMsg(&types.ValueError, "Invalid value NaN (not a number)");
        const fl = @floor(f);
        if (!(fl >= -0x1p63 and fl < 0x1p63)) return exc.raiseMsg(&types.OverflowError, "timestamp out of range for platform time_t");
        return @intFromFloat(fl);
    }
    const i = (try mu.indexOpt(x)) orelse return exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(x)});
    return i.toI64() orelse exc.raiseMsg(&types.OverflowError, "timestamp out of range for platform time_t");
}

fn convert(comptime local: bool, comptime name: []const u8, args: rt.Args) Error!Value {
    try rt.call.expectArgs(name, args, 0, 1);
    const t = try seconds(if (args.pos.len == 1) args.pos[0] else null);
    var tm: Tm = .{};
    const ok = if (local) localtime_r(&t, &tm) else gmtime_r(&t, &tm);
    if (ok == null) return exc.raiseMsg(&types.OverflowError, "timestamp out of range for platform time_t");
    return structTime(&tm);
}

pub fn gmtime_(args: rt.Args) Error!Value {
    return convert(false, "gmtime", args);
}

pub fn localtime_(args: rt.Args) Error!Value {
    return convert(true, "localtime", args);
}

/// A struct_time or 9-tuple as a `struct tm` (CPython's gettmarg).
fn tmArg(v: Value, comptime fname: []const u8) Error!Tm {
    if (!v.isKind(.tuple)) return exc.raiseMsg(&types.TypeError, "Tuple or struct_time argument required");
    const items = v.as(rt.Tuple).items;
    if (items.len != 9) return exc.raiseFmt(&types.TypeError, fname ++ "(): illegal time tuple argument", .{});
    var f: [9]c_int = undefined;
    for (items, 0..) |x, i| {
        const n = (try mu.indexOpt(x)) orelse return exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(x)});
        const w = n.toI64() orelse return exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C int");
        f[i] = std.math.cast(c_int, w) orelse return exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C int");
    }
    return .{ .tm_year = f[0] -% 1900, .tm_mon = f[1] -% 1, .tm_mday = f[2], .tm_hour = f[3], .tm_min = f[4], .tm_sec = f[5], .tm_wday = @mod(f[6] + 1, 7), .tm_yday = f[7] -% 1, .tm_isdst = f[8] };
}

/// CPython's checktm for strftime and asctime (with its normalizations of 0 fields).
fn checkTm(tm: *Tm, wday_in: c_int) Error!void {
    if (tm.tm_mon == -1) tm.tm_mon = 0 else if (tm.tm_mon < 0 or tm.tm_mon > 11) return exc.raiseMsg(&types.ValueError, "month out of range");
    if (tm.tm_mday == 0) tm.tm_mday = 1 else if (tm.tm_mday < 0 or tm.tm_mday > 31) return exc.raiseMsg(&types.ValueError, "day of month out of range");
    if (tm.tm_hour < 0 or tm.tm_hour > 23) return exc.raiseMsg(&types.ValueError, "hour out of range");
    if (tm.tm_min < 0 or tm.tm_min > 59) return exc.raiseMsg(&types.ValueError, "minute out of range");
    if (tm.tm_sec < 0 or tm.tm_sec > 61) return exc.raiseMsg(&types.ValueError, "seconds out of range");
    if (wday_in < 0) return exc.raiseMsg(&types.ValueError, "day of week out of range");
    if (tm.tm_yday == -1) tm.tm_yday = 0 else if (tm.tm_yday < 0 or tm.tm_yday > 365) return exc.raiseMsg(&types.ValueError, "day of year out of range");
    if (tm.tm_isdst < -1) tm.tm_isdst = -1 else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
}

fn wdayOf(v: Value) c_int {
    const items = v.as(rt.Tuple).items;
    const w = if (items[6] == .int) items[6].int.toI64() orelse 0 else 0;
    return std.math.cast(c_int, w) orelse 0;
}

/// The time to format: the argument, or localtime() now.
fn tmOrNow(arg: ?Value, comptime fname: []const u8) Error!Tm {
    if (arg) |v| {
        var tm = try tmArg(v, fname);
        try checkTm(&tm, wdayOf(v));
        return tm;
    }
    const t = try seconds(null);
    var tm: Tm = .{};
    _ = localtime_r(&t, &tm);
    return tm;
}

pub fn strftime_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("strftime", args, 1, 2);
    const fmt = args.pos[0];
    if (!fmt.isKind(.str)) return exc.raiseFmt(&types.TypeError, "strftime() argument 1 must be str, not {s}", .{rt.ops.typeName(fmt)});
    const text = fmt.as(rt.Str).bytes;
    if (std.mem.indexOfScalar(u8, text, 0) != null) return exc.raiseMsg(&types.ValueError, "embedded null character");
    const tm = try tmOrNow(if (args.pos.len == 2) args.pos[1] else null, "strftime");
    const gpa = rt.mem.allocator(.noscan);
    const z = gpa.dupeZ(u8, text) catch return exc.raiseEmpty(&types.MemoryError);
    // As CPython: grow the buffer until the result fits (an empty result is taken as final
    // once the buffer is 256 times the format's length).
    var size: usize = 1024;
    while (true) {
        const buf = gpa.alloc(u8, size) catch return exc.raiseEmpty(&types.MemoryError);
        const n = strftime(buf.ptr, size, z.ptr, &tm);
        if (n != 0 or size >= 256 * @max(text.len, 1)) return rt.str.fromBytes(buf[0..n]).val();
        size *= 2;
    }
}

const day_names = [_][]const u8{ "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
const month_names = [_][]const u8{ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/// CPython's _asctime: `Thu Jan  1 00:00:00 1970`.
fn asctimeOf(tm: *const Tm) Value {
    var b = rt.Builder{};
    b.print("{s} {s}{d: >3} {d:0>2}:{d:0>2}:{d:0>2} {d}", .{
        day_names[@intCast(@mod(tm.tm_wday, 7))], month_names[@intCast(@mod(tm.tm_mon, 12))],
        unsigned(tm.tm_mday),                    unsigned(tm.tm_hour),
        unsigned(tm.tm_min),                     unsigned(tm.tm_sec),
        @as(i64, tm.tm_year) + 1900,
    });
    return b.finish().val();
}

/// A field checkTm has made non-negative (Zig prints a sign on padded signed ints).
fn unsigned(x: c_int) u32 {
    return @intCast(@max(x, 0));
}

pub fn asctime_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("asctime", args, 0, 1);
    const tm = try tmOrNow(if (args.pos.len == 1) args.pos[0] else null, "asctime");
    return asctimeOf(&tm);
}

pub fn ctime_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("ctime", args, 0, 1);
    const t = try seconds(if (args.pos.len == 1) args.pos[0] else null);
    var tm: Tm = .{};
    if (localtime_r(&t, &tm) == null) return exc.raiseMsg(&types.OverflowError, "timestamp out of range for platform time_t");
    return asctimeOf(&tm);
}

pub fn mktime_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("mktime", args, 1, 1);
    var tm = try tmArg(args.pos[0], "mktime");
    tm.tm_wday = -1; // sentinel: mktime sets it on success
    const t = mktime(&tm);
    if (t == -1 and tm.tm_wday == -1) return exc.raiseMsg(&types.OverflowError, "mktime argument out of range");
    return Value.fromFloat(@floatFromInt(t));
}
