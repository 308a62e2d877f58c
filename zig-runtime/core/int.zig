//! Python ints: one representation for every int, static or dynamic.
//!
//! An `Int` is one 64-bit word. Even words are small integers (the value shifted left by one,
//! so the range is [-2^62, 2^62)); odd words are a pointer to a `BigInt` with the low bit set.
//! The fast path of `a + b` is therefore: both words even (`(a | b) & 1 == 0`), one
//! `@addWithOverflow` on the raw words (shifted values add exactly), and no allocation. On
//! overflow, or when either side is big, the slow path in bigint.zig computes exactly and
//! normalizes: a result that fits the small range is always returned small, so a `BigInt` never
//! holds a small value (equality of a small and a big int is therefore always false).
const std = @import("std");

/// In a compiled program (a separate object from the runtime, see abi/), the big-int slow
/// paths are calls into the runtime; in the runtime itself, bigint.zig directly.
const big_impl = if (@hasDecl(@import("root"), "pyaot_client")) @import("../abi/client_int.zig") else @import("bigint.zig");

pub const Int = extern struct {
    w: i64,

    pub const small_min: i64 = -(1 << 62);
    pub const small_max: i64 = (1 << 62) - 1;

    pub const zero: Int = .{ .w = 0 };
    pub const one: Int = .{ .w = 2 };

    pub inline fn isSmall(a: Int) bool {
        return a.w & 1 == 0;
    }
    /// The value of a small int. Asserts `isSmall`.
    pub inline fn small(a: Int) i64 {
        std.debug.assert(a.isSmall());
        return a.w >> 1;
    }
    /// A small int from a value known to be in range. Asserts the range.
    pub inline fn fromSmall(v: i64) Int {
        std.debug.assert(v >= small_min and v <= small_max);
        return .{ .w = v << 1 };
    }
    /// Any i64 (promotes to a big int outside the small range).
    pub inline fn fromI64(v: i64) Int {
        if (v >= small_min and v <= small_max) return .{ .w = v << 1 };
        return big_impl.fromI64Big(v);
    }
    /// The value as i64 when it fits (small ints always fit; big ones may).
    pub inline fn toI64(a: Int) ?i64 {
        if (a.isSmall()) return a.w >> 1;
        return big_impl.toI64Big(a);
    }
    pub inline fn isBig(a: Int) bool {
        return a.w & 1 != 0;
    }
    /// The big-int object of a big word. Asserts `isBig`.
    pub inline fn big(a: Int) *@import("bigint.zig").BigInt {
        std.debug.assert(a.isBig());
        return @ptrFromInt(@as(usize, @bitCast(a.w)) & ~@as(usize, 1));
    }
    pub inline fn fromBig(b: *@import("bigint.zig").BigInt) Int {
        return .{ .w = @bitCast(@intFromPtr(b) | 1) };
    }
    /// Raw-word equality is value equality (normalized representation).
    pub inline fn eqlFast(a: Int, b: Int) bool {
        return a.w == b.w;
    }
};

comptime {
    std.debug.assert(@sizeOf(Int) == 8);
}
