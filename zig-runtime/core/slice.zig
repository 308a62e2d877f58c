//! Python `slice` objects and the index arithmetic of `seq[a:b:c]` (PySlice_AdjustIndices).
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const repr = @import("repr.zig");
const ops = @import("ops.zig");
const Value = value.Value;
const Object = value.Object;
const Error = @import("err.zig").Error;

pub const Slice = struct {
    base: Object,
    start: Value,
    stop: Value,
    step: Value,

    pub const kind: value.Kind = .slice;
    pub inline fn val(s: *Slice) Value {
        return .{ .obj = &s.base };
    }
};

pub fn new(start: Value, stop: Value, step: Value) *Slice {
    const s = mem.create(Slice, .scan);
    s.* = .{ .base = .{ .ty = &types.slice_type }, .start = start, .stop = stop, .step = step };
    return s;
}

/// Concrete bounds of a slice over a sequence of length `len`.
pub const Bounds = struct {
    start: i64,
    stop: i64,
    step: i64,
    /// Number of items selected.
    n: usize,
};

fn indexOf(v: Value) Error!?i64 {
    return switch (v) {
        .none => null,
        .int => |i| i.toI64() orelse (if (i.isBig() and @import("intops.zig").order(i, @import("int.zig").Int.zero) == .lt) std.math.minInt(i64) else std.math.maxInt(i64)),
        .bool => |b| @intFromBool(b),
        else => exc.raiseMsg(&types.TypeError, "slice indices must be integers or None or have an __index__ method"),
    };
}

pub fn bounds(start_v: Value, stop_v: Value, step_v: Value, len: usize) Error!Bounds {
    const step = (try indexOf(step_v)) orelse 1;
    if (step == 0) return exc.raiseMsg(&types.ValueError, "slice step cannot be zero");
    return adjust(try indexOf(start_v), try indexOf(stop_v), step, len);
}

/// PySlice_AdjustIndices with optional start/stop.
pub fn adjust(start_o: ?i64, stop_o: ?i64, step: i64, len_u: usize) Bounds {
    const len: i64 = @intCast(len_u);
    var start: i64 = undefined;
    var stop: i64 = undefined;
    if (start_o) |s0| {
        start = s0;
        if (start < 0) {
            start = if (start < -len) (if (step < 0) -1 else 0) else start + len;
        } else if (start >= len) {
            start = if (step < 0) len - 1 else len;
        }
    } else start = if (step < 0) len - 1 else 0;
    if (stop_o) |s1| {
        stop = s1;
        if (stop < 0) {
            stop = if (stop < -len) (if (step < 0) -1 else 0) else stop + len;
        } else if (stop >= len) {
            stop = if (step < 0) len - 1 else len;
        }
    } else stop = if (step < 0) -1 else len;
    var n: usize = 0;
    if (step < 0) {
        if (stop < start) n = @intCast(@divFloor(start - stop - 1, -step) + 1);
    } else if (start < stop) {
        n = @intCast(@divFloor(stop - start - 1, step) + 1);
    }
    return .{ .start = start, .stop = stop, .step = step, .n = n };
}

pub fn reprInto(b: *str_mod.Builder, o: *Object) Error!void {
    const s = Object.as(o, Slice);
    b.append("slice(");
    try repr.reprInto(b, s.start);
    b.append(", ");
    try repr.reprInto(b, s.stop);
    b.append(", ");
    try repr.reprInto(b, s.step);
    b.append(")");
}
