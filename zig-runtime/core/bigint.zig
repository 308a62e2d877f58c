//! Big ints: the heap half of the `Int` word (int.zig).
//!
//! A `BigInt` is sign + magnitude, immutable once published. Header and limbs live in one
//! `noscan` allocation: the header's only pointers are its static type (`int`, never a heap
//! class) and the slice into its own limbs, so the collector need not scan it, and a big int
//! costs one allocation. The `Int` word holds the object's address with the low bit set.
//!
//! Invariant (normalization): a BigInt's magnitude has no high zero limb and its value lies
//! outside the small range [-2^62, 2^62). Every operation returns results that fit the small
//! range as small ints, through `finish`. So equal values have equal words when small, and a
//! small int never equals a big one.
//!
//! The magnitude is compatible with std.math.big.int (`toConst`), for code that wants std's
//! algorithms; the runtime's own arithmetic is in limbs.zig and intops.zig.
const std = @import("std");
const assert = std.debug.assert;
const value = @import("value.zig");
const mem = @import("mem.zig");
const types = @import("types.zig");
const limbs = @import("limbs.zig");
const Int = @import("int.zig").Int;

pub const Limb = limbs.Limb;

pub const BigInt = struct {
    base: value.Object,
    positive: bool,
    /// The magnitude, least significant limb first; normalized (see the file comment).
    limbs: []Limb,

    pub const kind: value.Kind = .bigint;

    pub inline fn mag(b: *const BigInt) []const Limb {
        return b.limbs;
    }

    /// A std.math.big view (no copy).
    pub fn toConst(b: *const BigInt) std.math.big.int.Const {
        return .{ .limbs = b.limbs, .positive = b.positive };
    }
};

/// Bytes before the limbs in a BigInt's allocation (16-byte aligned, like every allocation).
const header_bytes = std.mem.alignForward(usize, @sizeOf(BigInt), 16);

comptime {
    assert(header_bytes == 32);
}

/// The magnitude bound of small ints: |v| < 2^62 for positive, |v| <= 2^62 for negative.
const small_mag_max: Limb = 1 << 62;

/// A new BigInt with room for `cap` limbs (uninitialized contents, zeroed memory). The caller
/// writes the magnitude and publishes it with `finish`. Cost: one allocation.
pub fn alloc(cap: usize) *BigInt {
    assert(cap > 0);
    const raw = mem.allocSlice(u8, .noscan, header_bytes + cap * @sizeOf(Limb));
    const b: *BigInt = @ptrCast(@alignCast(raw.ptr));
    const ls: [*]Limb = @ptrCast(@alignCast(raw.ptr + header_bytes));
    b.* = .{ .base = .{ .ty = &types.int_type }, .positive = true, .limbs = ls[0..cap] };
    return b;
}

/// Publishes `b` whose first `len` limbs hold the magnitude (high zero limbs allowed): returns a
/// small int (releasing `b` at once) when the value fits, else the normalized big int.
pub fn finish(b: *BigInt, len: usize, positive: bool) Int {
    assert(len <= b.limbs.len);
    const n = limbs.normLen(b.limbs[0..len]);
    if (n <= 1) {
        const m: Limb = if (n == 0) 0 else b.limbs[0];
        if (m < small_mag_max or (!positive and m == small_mag_max)) {
            mem.free(b);
            const v: i64 = @intCast(m); // m <= 2^62 here
            return Int.fromSmall(if (positive) v else -v);
        }
    }
    b.limbs = b.limbs[0..n];
    b.positive = positive;
    return Int.fromBig(b);
}

/// An Int equal to sign * `m` (`m` in any memory; high zero limbs allowed). Copies big values.
pub fn fromMag(m: []const Limb, positive: bool) Int {
    const n = limbs.normLen(m);
    if (n <= 1) {
        const x: Limb = if (n == 0) 0 else m[0];
        if (x < small_mag_max) return Int.fromSmall(if (positive) @intCast(x) else -@as(i64, @intCast(x)));
        if (!positive and x == small_mag_max) return Int.fromSmall(Int.small_min);
    }
    const b = alloc(n);
    @memcpy(b.limbs[0..n], m[0..n]);
    b.limbs = b.limbs[0..n];
    b.positive = positive;
    return Int.fromBig(b);
}

/// A big Int for an i64 outside the small range (int.zig's `fromI64` slow half).
pub fn fromI64Big(v: i64) Int {
    assert(v < Int.small_min or v > Int.small_max);
    const b = alloc(1);
    b.limbs[0] = @abs(v);
    b.positive = v > 0;
    return Int.fromBig(b);
}

/// The value of a big Int when it fits an i64 (int.zig's `toI64` slow half).
pub fn toI64Big(a: Int) ?i64 {
    const b = a.big();
    if (b.limbs.len != 1) return null;
    const m = b.limbs[0];
    if (b.positive) {
        if (m > std.math.maxInt(i64)) return null;
        return @intCast(m);
    }
    if (m > @as(Limb, 1) << 63) return null;
    return @bitCast(0 -% m);
}

/// Sign and magnitude of any Int. A small value's magnitude lives in the caller's `buf`.
pub const Parts = struct {
    negative: bool,
    /// Normalized; empty for zero.
    mag: []const Limb,

    pub inline fn isZero(p: Parts) bool {
        return p.mag.len == 0;
    }
};

pub inline fn parts(a: Int, buf: *[1]Limb) Parts {
    if (a.isSmall()) {
        const v = a.small();
        buf[0] = @abs(v);
        return .{ .negative = v < 0, .mag = buf[0..@intFromBool(v != 0)] };
    }
    const b = a.big();
    return .{ .negative = !b.positive, .mag = b.limbs };
}

test "normalization returns small ints for small values" {
    const gc = @import("../gc/gc.zig");
    gc.init(@frameAddress());
    defer gc.deinit();
    const edge = [_]i64{ Int.small_min - 1, Int.small_min, Int.small_max, Int.small_max + 1, std.math.minInt(i64), std.math.maxInt(i64) };
    for (edge) |v| {
        const x = Int.fromI64(v);
        try std.testing.expectEqual(v >= Int.small_min and v <= Int.small_max, x.isSmall());
        try std.testing.expectEqual(v, x.toI64().?);
        var buf: [1]Limb = undefined;
        const p = parts(x, &buf);
        try std.testing.expectEqual(v < 0, p.negative);
        try std.testing.expect(fromMag(p.mag, !p.negative).eqlFast(x) or x.isBig());
    }
    const b = alloc(3);
    b.limbs[0] = small_mag_max;
    b.limbs[1] = 0;
    b.limbs[2] = 0;
    try std.testing.expectEqual(Int.small_min, finish(b, 3, false).small());
}
