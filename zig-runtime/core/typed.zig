//! Helpers for statically typed code: checked unboxing, int powers, exact int/float comparison.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const intops = @import("intops.zig");
const ops = @import("ops.zig");
const Int = @import("int.zig").Int;
const Value = value.Value;
const Error = @import("err.zig").Error;

/// An rt.Value the compiler proved to be an int. Checked anyway: a wrong proof must surface as
/// an error, never as a wrong result.
pub inline fn unboxInt(v: Value) Error!Int {
    return switch (v) {
        .int => |i| i,
        .bool => |b| Int.fromSmall(@intFromBool(b)),
        else => typeBug(v, "int"),
    };
}

pub inline fn unboxFloat(v: Value) Error!f64 {
    return switch (v) {
        .float => |f| f,
        else => typeBug(v, "float"),
    };
}

pub inline fn unboxBool(v: Value) Error!bool {
    return switch (v) {
        .bool => |b| b,
        else => typeBug(v, "bool"),
    };
}

fn typeBug(v: Value, comptime want: []const u8) Error {
    @branchHint(.cold);
    return exc.raiseFmt(&types.SystemError, "pyaot internal error: expected " ++ want ++ ", got {s}; please report this program", .{ops.typeName(v)});
}

/// A function the compiler typed as always returning fell off its end.
pub fn internalError(comptime what: []const u8) Error {
    @branchHint(.cold);
    return exc.raiseMsg(&types.SystemError, "pyaot internal error: " ++ what);
}

/// `a ** b` where b is a non-negative int (the compiler only types those).
pub inline fn powInt(a: Int, b: Int) Error!Int {
    return switch (try intops.pow(a, b)) {
        .int => |r| r,
        .float => exc.raiseMsg(&types.SystemError, "pyaot internal error: int power gave a float"),
    };
}

pub const Cmp = enum { eq, ne, lt, le, gt, ge };

fn fromOrder(o: ?std.math.Order, c: Cmp) bool {
    const ord = o orelse return c == .ne; // NaN compares unequal to everything
    return switch (c) {
        .eq => ord == .eq,
        .ne => ord != .eq,
        .lt => ord == .lt,
        .le => ord != .gt,
        .gt => ord == .gt,
        .ge => ord != .lt,
    };
}

pub inline fn cmpIntFloat(a: Int, b: f64, c: Cmp) bool {
    return fromOrder(intops.orderFloat(a, b), c);
}

pub inline fn cmpFloatInt(a: f64, b: Int, c: Cmp) bool {
    const o = intops.orderFloat(b, a) orelse return c == .ne;
    return fromOrder(o.invert(), c);
}
