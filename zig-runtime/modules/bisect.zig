//! The `bisect` module, as CPython 3.11's _bisect (bisect.py only re-exports it): binary search
//! and insertion with `lo`, `hi` and `key=`. Items are read with `a[mid]` and compared with `<`
//! only, in the same order as CPython, so user types see the same calls.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const clinic = @import("clinic.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

var mod: ?*rt.Module = null;

pub fn module() Value {
    return registry.nativeModule(&mod, "bisect", get);
}

const attrs = mu.Map.initComptime(.{
    .{ "bisect_right", mu.func("bisect_right", bisectRight_) },
    .{ "bisect_left", mu.func("bisect_left", bisectLeft_) },
    .{ "insort_right", mu.func("insort_right", insortRight_) },
    .{ "insort_left", mu.func("insort_left", insortLeft_) },
});

fn get(name: []const u8) ?Value {
    if (attrs.get(name)) |a| return a.value();
    // bisect.py's aliases: the same function objects.
    if (std.mem.eql(u8, name, "bisect")) return attrs.get("bisect_right").?.value();
    if (std.mem.eql(u8, name, "insort")) return attrs.get("insort_right").?.value();
    return null;
}

const Side = enum { left, right };

const Bound = struct { a: Value, x: Value, lo: i64, hi: i64, key: Value };

fn parse(comptime name: []const u8, args: rt.Args) Error!Bound {
    const p = try clinic.bind(.{ .name = name, .names = &.{ "a", "x", "lo", "hi", "key" }, .n_pos = 4, .n_req = 2 }, args);
    const lo: i64 = if (p[2]) |v| try clinic.ssize(v) else 0;
    if (lo < 0) return exc.raiseMsg(&types.ValueError, "lo must be non-negative");
    // hi=None (and hi=-1, CPython's internal default) mean len(a).
    var hi: i64 = (try clinic.optSsize(p[3])) orelse -1;
    if (hi == -1) hi = @intCast(try rt.iter.len(p[0].?));
    return .{ .a = p[0].?, .x = p[1].?, .lo = lo, .hi = hi, .key = p[4] orelse .none };
}

/// The insertion point of `x` in `a[lo:hi]` (already keyed when `key` is given).
pub fn search(side: Side, a: Value, x: Value, lo_in: i64, hi_in: i64, key: Value) Error!i64 {
    var lo = lo_in;
    var hi = hi_in;
    while (lo < hi) {
        // Unsigned average, as CPython (no overflow for large lo + hi).
        const mid: i64 = @intCast((@as(u64, @intCast(lo)) + @as(u64, @intCast(hi))) / 2);
        var item = try itemAt(a, mid);
        if (key != .none) item = try rt.call.call1(key, item);
        switch (side) {
            .right => if (try rt.ops.lt(x, item)) {
                hi = mid;
            } else {
                lo = mid + 1;
            },
            .left => if (try rt.ops.lt(item, x)) {
                lo = mid + 1;
            } else {
                hi = mid;
            },
        }
    }
    return lo;
}

fn itemAt(a: Value, i: i64) Error!Value {
    if (a.isKind(.list)) {
        const l = a.as(rt.List);
        if (i < l.len) return l.buf()[@intCast(i)];
    }
    return rt.sub.getitem(a, Value.fromSmall(i));
}

fn bisectRight_(args: rt.Args) Error!Value {
    const b = try parse("bisect_right", args);
    return Value.fromSmall(try search(.right, b.a, b.x, b.lo, b.hi, b.key));
}

fn bisectLeft_(args: rt.Args) Error!Value {
    const b = try parse("bisect_left", args);
    return Value.fromSmall(try search(.left, b.a, b.x, b.lo, b.hi, b.key));
}

fn insort(comptime side: Side, b: Bound) Error!Value {
    const kx = if (b.key == .none) b.x else try rt.call.call1(b.key, b.x);
    const i = try search(side, b.a, kx, b.lo, b.hi, b.key);
    if (b.a.objType() == &types.list_type) {
        rt.list.insert(b.a.as(rt.List), i, b.x);
    } else {
        _ = try rt.attr.callMethod(b.a, mu.lit("insert"), .{ .pos = &.{ Value.fromSmall(i), b.x } });
    }
    return .none;
}

fn insortRight_(args: rt.Args) Error!Value {
    return insort(.right, try parse("insort_right", args));
}

fn insortLeft_(args: rt.Args) Error!Value {
    return insort(.left, try parse("insort_left", args));
}
