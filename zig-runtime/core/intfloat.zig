//! int <-> float: true division, float(int), int(float) and exact int/float comparison, all
//! correctly rounded as CPython does (long_true_divide, PyLong_AsDouble, float_richcompare).
//! Everything funnels into `scaleToF64`, which rounds a 55+ bit integer with a sticky bit
//! once, to nearest even, honouring subnormals and overflow.
const std = @import("std");
const assert = std.debug.assert;
const Order = std.math.Order;
const exc = @import("exc.zig");
const types = @import("types.zig");
const limbs = @import("limbs.zig");
const bigint = @import("bigint.zig");
const intops = @import("intops.zig");
const Int = @import("int.zig").Int;
const Error = @import("err.zig").Error;

const Limb = limbs.Limb;
const Scratch = limbs.Scratch;
const parts = bigint.parts;

/// a / b, correctly rounded (CPython's long_true_divide).
pub fn truediv(a: Int, b: Int) Error!f64 {
    if ((a.w | b.w) & 1 == 0) {
        const x = a.small();
        const y = b.small();
        const exact_max: i64 = 1 << 53;
        // Both convert exactly, and IEEE division rounds correctly.
        if (y != 0 and @abs(x) <= exact_max and @abs(y) <= exact_max) {
            return @as(f64, @floatFromInt(x)) / @as(f64, @floatFromInt(y));
        }
    }
    return truedivSlow(a, b);
}

noinline fn truedivSlow(a: Int, b: Int) Error!f64 {
    @branchHint(.cold);
    var buf_a: [1]Limb = undefined;
    var buf_b: [1]Limb = undefined;
    const x = parts(a, &buf_a);
    const y = parts(b, &buf_b);
    if (y.isZero()) return exc.raiseMsg(&types.ZeroDivisionError, "division by zero");
    return divToF64(x.mag, y.mag, x.negative != y.negative) orelse
        exc.raiseMsg(&types.OverflowError, "integer division result too large for a float");
}

/// sign * x / y correctly rounded to a double; null when it overflows. y != 0.
pub fn divToF64(x: []const Limb, y: []const Limb, negative: bool) ?f64 {
    const zero: f64 = if (negative) -0.0 else 0.0;
    if (x.len == 0) return zero;
    const lx: i64 = @intCast(limbs.bitLen(x));
    const ly: i64 = @intCast(limbs.bitLen(y));
    const diff = lx - ly;
    // x / y lies in [2^(diff-1), 2^(diff+1)).
    if (diff > 1025) return null;
    if (diff < -1077) return zero;
    // A quotient of 55 or 56 bits plus a sticky bit determines the rounding.
    const shift = diff - 55;
    const m = Scratch.mark();
    defer Scratch.release(m);
    var sticky = false;
    var num: []Limb = undefined;
    if (shift >= 0) {
        const s: u64 = @intCast(shift);
        num = Scratch.alloc(x.len);
        sticky = shiftRightInto(num, x, s);
        num = num[0..limbs.normLen(num)];
    } else {
        num = shiftLeftAlloc(x, @intCast(-shift));
    }
    const q = Scratch.alloc(num.len + 1);
    @memset(q, 0);
    if (y.len == 1) {
        sticky = limbs.divRem1(q, num, y[0]) != 0 or sticky;
    } else if (num.len >= y.len) {
        const r = Scratch.alloc(y.len);
        limbs.divRem(q[0 .. num.len - y.len + 1], r, num, y);
        sticky = limbs.normLen(r) != 0 or sticky;
    } else unreachable; // the quotient has at least 54 bits
    assert(limbs.normLen(q) == 1);
    return scaleToF64(q[0], sticky, shift, negative);
}

/// r = a >> s (r.len >= a.len, zero-filled above); returns whether any one bits were dropped.
fn shiftRightInto(r: []Limb, a: []const Limb, s: u64) bool {
    @memset(r, 0);
    const words: usize = @intCast(@min(s / 64, a.len));
    var dropped = false;
    for (a[0..words]) |l| dropped = dropped or l != 0;
    if (words == a.len) return dropped;
    const out = limbs.shrBits(r, a[words..], @intCast(s % 64));
    return dropped or out != 0;
}

/// a << s in new scratch (normalized).
fn shiftLeftAlloc(a: []const Limb, s: u64) []Limb {
    const words: usize = @intCast(s / 64);
    const r = Scratch.alloc(a.len + words + 1);
    @memset(r[0..words], 0);
    r[a.len + words] = limbs.shlBits(r[words..][0..a.len], a, @intCast(s % 64));
    return r[0..limbs.normLen(r)];
}

/// sign * (m + f) * 2^e rounded to nearest even, where 0 <= f < 1 and f > 0 exactly when
/// `sticky`; null when it overflows. m must carry at least 55 significant bits, so the rounding
/// of normal results never depends on f alone.
pub fn scaleToF64(m: u64, sticky: bool, e: i64, negative: bool) ?f64 {
    assert(m != 0);
    const n: i64 = 64 - @as(i64, @clz(m));
    const top = n - 1 + e; // the exponent of the leading bit
    if (top > 1023) return null;
    // Significant bits available at this exponent: 53 for normal numbers, fewer below 2^-1022.
    const p: i64 = if (top >= -1022) 53 else top + 1075;
    const zero: f64 = if (negative) -0.0 else 0.0;
    if (p < 0) return zero; // below 2^-1075: rounds to zero
    const d = n - p; // bits to drop: m has at least 55 bits and p is at most 53
    assert(d > 0);
    const du: u7 = @intCast(d);
    const wide: u128 = m;
    var mant: u128 = wide >> du;
    const half = @as(u128, 1) << (du - 1);
    const rest = wide & ((@as(u128, 1) << du) - 1);
    if (rest > half or (rest == half and (sticky or mant & 1 == 1))) mant += 1;
    const r = std.math.ldexp(@as(f64, @floatFromInt(mant)), @intCast(e + d));
    if (std.math.isInf(r)) return null;
    return if (negative) -r else r;
}

/// float(a), correctly rounded; OverflowError when out of range.
pub inline fn toF64(a: Int) Error!f64 {
    if (a.isSmall()) return @floatFromInt(a.small());
    return toF64Big(a);
}

noinline fn toF64Big(a: Int) Error!f64 {
    @branchHint(.cold);
    return bigToF64(a.big().limbs, !a.big().positive) orelse
        exc.raiseMsg(&types.OverflowError, "int too large to convert to float");
}

/// sign * m rounded to a double (m normalized, at least 2^62); null when it overflows.
fn bigToF64(m: []const Limb, negative: bool) ?f64 {
    const top = m.len - 1;
    const s: u6 = @intCast(@clz(m[top]));
    if (m.len == 1) return scaleToF64(m[0], false, 0, negative);
    // The leading 64 bits, and whether anything below them is non-zero.
    var lead = m[top];
    var sticky = false;
    var below = top;
    if (s != 0) {
        const rs: u6 = @intCast(64 - @as(u7, s));
        lead = (m[top] << s) | (m[top - 1] >> rs);
        sticky = (m[top - 1] << s) != 0;
        below = top - 1;
    }
    for (m[0..below]) |l| sticky = sticky or l != 0;
    const e: i64 = @intCast(limbs.bitLen(m) - 64);
    return scaleToF64(lead, sticky, e, negative);
}

/// int(f) for a float: truncates toward zero.
pub fn fromF64(f: f64) Error!Int {
    if (std.math.isNan(f)) return exc.raiseMsg(&types.ValueError, "cannot convert float NaN to integer");
    if (std.math.isInf(f)) return exc.raiseMsg(&types.OverflowError, "cannot convert float infinity to integer");
    const t = @trunc(f);
    const bound: f64 = 0x1p62;
    if (@abs(t) < bound) return Int.fromSmall(@intFromFloat(t));
    // |t| >= 2^62: an integer mantissa shifted left.
    const bits: u64 = @bitCast(t);
    const exp_field: u11 = @truncate(bits >> 52);
    const mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    const shift: u64 = @as(u64, exp_field) - 1075;
    const r = bigint.alloc(@intCast(shift / 64 + 2));
    @memset(r.limbs, 0);
    const words: usize = @intCast(shift / 64);
    const bs: u6 = @intCast(shift % 64);
    r.limbs[words] = mant << bs;
    r.limbs[words + 1] = if (bs == 0) 0 else mant >> @intCast(64 - @as(u7, bs));
    return bigint.finish(r, r.limbs.len, t > 0);
}

/// Exact comparison of an int with a float (CPython's float_richcompare); null when f is NaN.
pub fn orderFloat(a: Int, f: f64) ?Order {
    if (std.math.isNan(f)) return null;
    if (std.math.isInf(f)) return if (f > 0) .lt else .gt;
    const t = @trunc(f);
    const frac = f - t;
    // Compare with the integral part, then let the fraction break a tie.
    var o: Order = undefined;
    if (@abs(t) < 0x1p63) {
        const ti: i64 = @intFromFloat(t);
        o = if (a.toI64()) |v| std.math.order(v, ti) else if (intops.isNegative(a)) .lt else .gt;
    } else {
        // |t| >= 2^63 is an exact integer; converting it allocates, which is rare.
        o = intops.order(a, fromF64(t) catch unreachable);
    }
    if (o != .eq) return o;
    if (frac > 0) return .lt;
    if (frac < 0) return .gt;
    return .eq;
}
