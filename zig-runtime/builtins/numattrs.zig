//! Attributes of ints, floats, bools and None that are not methods: `real`, `imag`,
//! `numerator`, `denominator`.
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Error = rt.Error;

pub fn get(v: Value, name: []const u8) Error!?Value {
    switch (v) {
        .int, .bool => {
            const i: Value = if (v == .bool) Value.fromSmall(@intFromBool(v.bool)) else v;
            if (std.mem.eql(u8, name, "real") or std.mem.eql(u8, name, "numerator")) return i;
            if (std.mem.eql(u8, name, "imag")) return Value.fromSmall(0);
            if (std.mem.eql(u8, name, "denominator")) return Value.fromSmall(1);
        },
        .float => {
            if (std.mem.eql(u8, name, "real")) return v;
            // Always +0.0, also for negative numbers, infinities and NaN.
            if (std.mem.eql(u8, name, "imag")) return .{ .float = 0.0 };
        },
        else => {},
    }
    return null;
}
