//! Python `int` operations, exact with CPython 3.11.
//!
//! Generated code calls these directly for statically typed ints, and the dynamic dispatcher
//! (ops.zig) calls them for boxed ones. Each operation has an `inline` fast path for two small
//! ints (see int.zig: a small int is its value shifted left by one) that compiles to a tag test
//! and one overflow-checked machine operation on the raw words, and a `noinline` cold slow path
//! that handles big operands and overflow exactly and returns a normalized result.
//!
//! Errors are Python exceptions raised through exc.zig, with CPython's messages. Text and
//! bytes conversions are in intconv.zig and the math-module functions in intmath.zig; both are
//! re-exported here so callers need one import.
const std = @import("std");
const assert = std.debug.assert;
const Order = std.math.Order;
const exc = @import("exc.zig");
const types = @import("types.zig");
const limbs = @import("limbs.zig");
const bigint = @import("bigint.zig");
const Int = @import("int.zig").Int;
pub const Error = @import("err.zig").Error;

const Limb = limbs.Limb;
const Scratch = limbs.Scratch;
const Parts = bigint.Parts;
const parts = bigint.parts;

const intconv = @import("intconv.zig");
const intmath = @import("intmath.zig");

pub const toString = intconv.toString;
pub const magnitudeDigits = intconv.magnitudeDigits;
pub const Digits = intconv.Digits;
pub const parse = intconv.parse;
pub const ParseError = intconv.ParseError;
pub const toBytes = intconv.toBytes;
pub const fromBytes = intconv.fromBytes;
pub const isqrt = intmath.isqrt;
pub const gcd = intmath.gcd;
pub const lcm = intmath.lcm;
pub const factorial = intmath.factorial;
pub const comb = intmath.comb;
pub const perm = intmath.perm;
/// sys.get_int_max_str_digits() / sys.set_int_max_str_digits() read and write this (0 = no
/// limit; the setter checks CPython's "maxdigits must be 0 or larger than 640").
pub const max_str_digits: *u32 = &intconv.max_str_digits;

/// Results beyond this many bits cannot be allocated (the collector reserves 64 GiB of address
/// space): operations that would build one raise MemoryError at once, as CPython does when its
/// allocation fails, instead of dying in the allocator.
pub const result_bits_max: u64 = 1 << 39;

// ---- Construction and inspection ---------------------------------------------------------------

pub inline fn fromU64(v: u64) Int {
    if (v <= Int.small_max) return Int.fromSmall(@intCast(v));
    return bigint.fromMag(&[_]Limb{v}, true);
}

/// An int from a sign and a magnitude (least significant limb first): big literals in
/// generated code.
pub fn fromLimbs(negative: bool, mag: []const Limb) Int {
    return bigint.fromMag(mag, !negative);
}

pub inline fn isZero(a: Int) bool {
    return a.w == 0;
}

pub inline fn isNegative(a: Int) bool {
    if (a.isSmall()) return a.w < 0;
    return !a.big().positive;
}

/// The value as u64 when it is non-negative and fits.
pub fn toU64(a: Int) ?u64 {
    if (a.isSmall()) return if (a.w >= 0) @intCast(a.small()) else null;
    const b = a.big();
    if (!b.positive or b.limbs.len != 1) return null;
    return b.limbs[0];
}

/// int.bit_length(): bits of |a|.
pub fn bitLength(a: Int) u64 {
    if (a.isSmall()) return 64 - @clz(@abs(a.small()));
    return limbs.bitLen(a.big().limbs);
}

/// int.bit_count(): one bits in |a|.
pub fn bitCount(a: Int) u64 {
    if (a.isSmall()) return @popCount(@abs(a.small()));
    var n: u64 = 0;
    for (a.big().limbs) |l| n += @popCount(l);
    return n;
}

// ---- Addition, subtraction, multiplication, negation -------------------------------------------

pub inline fn add(a: Int, b: Int) Int {
    if ((a.w | b.w) & 1 == 0) {
        const r = @addWithOverflow(a.w, b.w);
        if (r[1] == 0) return .{ .w = r[0] };
    }
    return addSlow(a, b);
}

pub inline fn sub(a: Int, b: Int) Int {
    if ((a.w | b.w) & 1 == 0) {
        const r = @subWithOverflow(a.w, b.w);
        if (r[1] == 0) return .{ .w = r[0] };
    }
    return subSlow(a, b);
}

pub inline fn mul(a: Int, b: Int) Int {
    if ((a.w | b.w) & 1 == 0) {
        // value(a) * (2 * value(b)) is the word of the product, overflowing exactly when the
        // product leaves the small range.
        const r = @mulWithOverflow(a.w >> 1, b.w);
        if (r[1] == 0) return .{ .w = r[0] };
    }
    return mulSlow(a, b);
}

pub inline fn neg(a: Int) Int {
    if (a.isSmall() and a.w != std.math.minInt(i64)) return .{ .w = -a.w };
    return negSlow(a);
}

pub inline fn pos(a: Int) Int {
    return a;
}

pub inline fn abs(a: Int) Int {
    if (a.isSmall()) return if (a.w >= 0) a else neg(a);
    return if (a.big().positive) a else negSlow(a);
}

/// ~a == -a - 1; on a small word that is flipping every bit but the tag bit.
pub inline fn invert(a: Int) Int {
    if (a.isSmall()) return .{ .w = a.w ^ -2 };
    return invertSlow(a);
}

noinline fn addSlow(a: Int, b: Int) Int {
    @branchHint(.cold);
    var buf_a: [1]Limb = undefined;
    var buf_b: [1]Limb = undefined;
    return addParts(parts(a, &buf_a), parts(b, &buf_b));
}

noinline fn subSlow(a: Int, b: Int) Int {
    @branchHint(.cold);
    var buf_a: [1]Limb = undefined;
    var buf_b: [1]Limb = undefined;
    return addParts(parts(a, &buf_a), negParts(parts(b, &buf_b)));
}

noinline fn negSlow(a: Int) Int {
    @branchHint(.cold);
    var buf: [1]Limb = undefined;
    const p = parts(a, &buf);
    return bigint.fromMag(p.mag, p.negative);
}

noinline fn invertSlow(a: Int) Int {
    @branchHint(.cold);
    var buf: [1]Limb = undefined;
    const minus_one: Parts = .{ .negative = true, .mag = &[_]Limb{1} };
    return addParts(negParts(parts(a, &buf)), minus_one);
}

inline fn negParts(p: Parts) Parts {
    return .{ .negative = !p.negative and !p.isZero(), .mag = p.mag };
}

/// x + y for any signs. One allocation, of the result.
fn addParts(x: Parts, y: Parts) Int {
    const p, const q = if (x.mag.len >= y.mag.len) .{ x, y } else .{ y, x };
    if (p.isZero()) return Int.zero;
    if (p.negative == q.negative) {
        const r = bigint.alloc(p.mag.len + 1);
        r.limbs[p.mag.len] = limbs.add(r.limbs, p.mag, q.mag);
        return bigint.finish(r, p.mag.len + 1, !p.negative);
    }
    return switch (limbs.cmp(p.mag, q.mag)) {
        .eq => Int.zero,
        .gt => subMags(p.mag, q.mag, !p.negative),
        .lt => subMags(q.mag, p.mag, !q.negative),
    };
}

/// sign * (larger - smaller) for magnitudes with larger > smaller.
fn subMags(larger: []const Limb, smaller: []const Limb, positive: bool) Int {
    const r = bigint.alloc(larger.len);
    const borrow = limbs.sub(r.limbs, larger, smaller);
    assert(borrow == 0);
    return bigint.finish(r, larger.len, positive);
}

noinline fn mulSlow(a: Int, b: Int) Int {
    @branchHint(.cold);
    var buf_a: [1]Limb = undefined;
    var buf_b: [1]Limb = undefined;
    const x = parts(a, &buf_a);
    const y = parts(b, &buf_b);
    if (x.isZero() or y.isZero()) return Int.zero;
    const n = x.mag.len + y.mag.len;
    const r = bigint.alloc(n);
    // Big times small (r *= i in a loop) is the common case: one pass, no scratch.
    if (y.mag.len == 1) {
        r.limbs[x.mag.len] = limbs.mul1(r.limbs, x.mag, y.mag[0]);
    } else if (x.mag.len == 1) {
        r.limbs[y.mag.len] = limbs.mul1(r.limbs, y.mag, x.mag[0]);
    } else {
        limbs.mul(r.limbs, x.mag, y.mag);
    }
    return bigint.finish(r, n, x.negative == y.negative);
}

// ---- Division ----------------------------------------------------------------------------------

pub const DivMod = struct { Int, Int };

/// a // b, rounding toward negative infinity.
pub inline fn floordiv(a: Int, b: Int) Error!Int {
    // Dividing the words divides the values (both are doubled).
    if ((a.w | b.w) & 1 == 0 and b.w != 0) return Int.fromI64(@divFloor(a.w, b.w));
    return floordivSlow(a, b);
}

/// a % b, with the sign of b.
pub inline fn mod(a: Int, b: Int) Error!Int {
    if ((a.w | b.w) & 1 == 0 and b.w != 0) {
        // The remainder of the doubled values is the doubled remainder: already a word.
        var r = @rem(a.w, b.w);
        if (r != 0 and (r ^ b.w) < 0) r += b.w;
        return .{ .w = r };
    }
    return modSlow(a, b);
}

/// divmod(a, b) == (a // b, a % b).
pub inline fn divmod(a: Int, b: Int) Error!DivMod {
    if ((a.w | b.w) & 1 == 0 and b.w != 0) {
        var q = @divTrunc(a.w, b.w);
        var r = @rem(a.w, b.w);
        if (r != 0 and (r ^ b.w) < 0) {
            q -= 1;
            r += b.w;
        }
        return .{ Int.fromI64(q), .{ .w = r } };
    }
    return divmodSlow(a, b);
}

noinline fn floordivSlow(a: Int, b: Int) Error!Int {
    @branchHint(.cold);
    var buf_a: [1]Limb = undefined;
    var buf_b: [1]Limb = undefined;
    const y = parts(b, &buf_b);
    if (y.isZero()) return exc.raiseMsg(&types.ZeroDivisionError, "integer division or modulo by zero");
    return divmodParts(parts(a, &buf_a), y, .quotient)[0];
}

noinline fn modSlow(a: Int, b: Int) Error!Int {
    @branchHint(.cold);
    var buf_a: [1]Limb = undefined;
    var buf_b: [1]Limb = undefined;
    const y = parts(b, &buf_b);
    if (y.isZero()) return exc.raiseMsg(&types.ZeroDivisionError, "integer modulo by zero");
    return divmodParts(parts(a, &buf_a), y, .remainder)[1];
}

noinline fn divmodSlow(a: Int, b: Int) Error!DivMod {
    @branchHint(.cold);
    var buf_a: [1]Limb = undefined;
    var buf_b: [1]Limb = undefined;
    const y = parts(b, &buf_b);
    if (y.isZero()) return exc.raiseMsg(&types.ZeroDivisionError, "integer division or modulo by zero");
    return divmodParts(parts(a, &buf_a), y, .both);
}

pub const DivWant = enum { quotient, remainder, both };

/// Floor division of parts (y != 0). Only the wanted results are allocated; the other one is
/// returned as zero.
pub fn divmodParts(x: Parts, y: Parts, comptime want: DivWant) DivMod {
    assert(!y.isZero());
    const m = Scratch.mark();
    defer Scratch.release(m);
    const want_q = want != .remainder;
    const want_r = want != .quotient;
    const q_negative = x.negative != y.negative;

    // The truncated quotient goes straight into its BigInt, with a spare limb for the floor
    // adjustment; the remainder into scratch (it is needed for the adjustment either way).
    const q_cap = if (x.mag.len >= y.mag.len) x.mag.len - y.mag.len + 2 else 1;
    const q_big: ?*bigint.BigInt = if (want_q) bigint.alloc(q_cap) else null;
    const q: ?[]Limb = if (q_big) |qb| qb.limbs else null;
    if (q) |qq| @memset(qq, 0);
    const r = Scratch.alloc(y.mag.len);
    var r_len: usize = undefined;
    if (limbs.cmp(x.mag, y.mag) == .lt) {
        @memcpy(r[0..x.mag.len], x.mag);
        r_len = x.mag.len;
    } else if (y.mag.len == 1) {
        r[0] = limbs.divRem1(q, x.mag, y.mag[0]);
        r_len = 1;
    } else {
        limbs.divRem(if (q) |qq| qq[0 .. x.mag.len - y.mag.len + 1] else null, r, x.mag, y.mag);
        r_len = y.mag.len;
    }
    r_len = limbs.normLen(r[0..r_len]);
    if (q_negative and r_len > 0) {
        // Floor: q = -(|q| + 1), r = sign(y) * (|y| - |r|).
        if (q) |qq| {
            const carry = limbs.add1(qq, qq, 1);
            assert(carry == 0);
        }
        const borrow = limbs.sub(r, y.mag, r[0..r_len]);
        assert(borrow == 0);
        r_len = limbs.normLen(r[0..y.mag.len]);
    }
    const qi = if (q_big) |qb| bigint.finish(qb, q_cap, !q_negative) else Int.zero;
    const ri = if (want_r) bigint.fromMag(r[0..r_len], !y.negative) else Int.zero;
    return .{ qi, ri };
}

// ---- True division and float conversion --------------------------------------------------------

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
fn divToF64(x: []const Limb, y: []const Limb, negative: bool) ?f64 {
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

// ---- Powers ------------------------------------------------------------------------------------

pub const PowResult = union(enum) { int: Int, float: f64 };

/// a ** b: an int for b >= 0, a float for b < 0 (CPython then computes float(a) ** float(b)).
pub fn pow(a: Int, b: Int) Error!PowResult {
    if (b.isSmall() and b.w >= 0) {
        if (a.isSmall()) {
            if (powSmall(a.small(), @intCast(b.small()))) |r| return .{ .int = Int.fromI64(r) };
        }
        return .{ .int = try powBig(a, @intCast(b.small())) };
    }
    return powSlow(a, b);
}

noinline fn powSlow(a: Int, b: Int) Error!PowResult {
    @branchHint(.cold);
    if (isNegative(b)) return .{ .float = try powNegative(a, b) };
    // A huge exponent: only 0, 1 and -1 have a power that fits in memory.
    if (isZero(a)) return .{ .int = Int.zero };
    if (a.eqlFast(Int.one)) return .{ .int = Int.one };
    if (a.w == Int.fromSmall(-1).w) return .{ .int = if (b.big().limbs[0] & 1 == 1) a else Int.one };
    return exc.raiseEmpty(&types.MemoryError);
}

/// x ** e in i64 arithmetic, or null when it overflows.
fn powSmall(x: i64, e: u64) ?i64 {
    if (x == 0) return if (e == 0) 1 else 0;
    if (x == 1) return 1;
    if (x == -1) return if (e & 1 == 0) 1 else -1;
    if (e >= 64) return null; // |x| >= 2
    var result: i64 = 1;
    var base = x;
    var k = e;
    while (true) {
        if (k & 1 == 1) {
            const r = @mulWithOverflow(result, base);
            if (r[1] != 0) return null;
            result = r[0];
        }
        k >>= 1;
        if (k == 0) return result;
        const sq = @mulWithOverflow(base, base);
        if (sq[1] != 0) return null;
        base = sq[0];
    }
}

/// a ** e for e >= 0 by left-to-right binary exponentiation on magnitudes.
fn powBig(a: Int, e: u64) Error!Int {
    var buf: [1]Limb = undefined;
    const x = parts(a, &buf);
    if (e == 0) return Int.one;
    if (x.isZero()) return Int.zero;
    const negative = x.negative and e & 1 == 1;
    if (x.mag.len == 1 and x.mag[0] == 1) return if (negative) Int.fromSmall(-1) else Int.one;
    const bits_max = @as(u128, limbs.bitLen(x.mag)) * e;
    if (bits_max > result_bits_max) return exc.raiseEmpty(&types.MemoryError);
    if (x.mag.len == 1 and x.mag[0] & (x.mag[0] - 1) == 0) {
        // A power of two: one shift.
        const k: u64 = @ctz(x.mag[0]);
        return shiftedOne(k * e, negative);
    }
    const cap: usize = @intCast(bits_max / 64 + 2);
    const m = Scratch.mark();
    defer Scratch.release(m);
    var acc = Scratch.alloc(cap);
    var tmp = Scratch.alloc(cap);
    @memcpy(acc[0..x.mag.len], x.mag);
    var len = x.mag.len;
    var bit: u6 = @intCast(63 - @clz(e));
    while (bit > 0) {
        bit -= 1;
        limbs.sqr(tmp[0 .. 2 * len], acc[0..len]);
        len = limbs.normLen(tmp[0 .. 2 * len]);
        std.mem.swap([]Limb, &acc, &tmp);
        if ((e >> bit) & 1 == 1) {
            if (x.mag.len == 1) {
                const c = limbs.mul1(acc[0..len], acc[0..len], x.mag[0]);
                acc[len] = c;
                len += @intFromBool(c != 0);
            } else {
                limbs.mul(tmp[0 .. len + x.mag.len], acc[0..len], x.mag);
                len = limbs.normLen(tmp[0 .. len + x.mag.len]);
                std.mem.swap([]Limb, &acc, &tmp);
            }
        }
    }
    return bigint.fromMag(acc[0..len], !negative);
}

/// sign * 2^k (k below result_bits_max).
fn shiftedOne(k: u64, negative: bool) Int {
    const words: usize = @intCast(k / 64);
    const r = bigint.alloc(words + 1);
    @memset(r.limbs, 0);
    r.limbs[words] = @as(Limb, 1) << @intCast(k % 64);
    return bigint.finish(r, words + 1, !negative);
}

/// a ** b for b < 0: CPython converts both to float and applies float_pow, whose libm pow()
/// is correctly rounded for these arguments; we compute |a|^b exactly and round once.
fn powNegative(a: Int, b: Int) Error!f64 {
    const fa = try toF64(a);
    const fb = try toF64(b);
    if (fa == 0) return exc.raiseMsg(&types.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    const n = -fb; // a positive integer-valued double
    const odd = n < 0x1p53 and @mod(n, 2.0) == 1.0;
    const negative = fa < 0 and odd;
    const base = @abs(fa);
    if (base == 1.0) return if (negative) -1.0 else 1.0;
    // base >= 2 is an integer; base^n >= 2^((L-1)n) where L is its bit length.
    const base_int = try fromF64(base);
    const l_minus_1: f64 = @floatFromInt(bitLength(base_int) - 1);
    if (l_minus_1 * n >= 1076) return if (negative) -0.0 else 0.0; // below half the least subnormal
    const power = try powBig(base_int, @intFromFloat(n));
    var buf: [1]Limb = undefined;
    return divToF64(&[_]Limb{1}, parts(power, &buf).mag, negative).?;
}

/// pow(a, b, m): modular exponentiation, with a modular inverse for b < 0.
pub fn powmod(a: Int, b: Int, m: Int) Error!Int {
    if (isZero(m)) return exc.raiseMsg(&types.ValueError, "pow() 3rd argument cannot be 0");
    const negative_output = isNegative(m);
    const modulus = abs(m);
    if (modulus.eqlFast(Int.one)) return Int.zero;
    var base = a;
    var exponent = b;
    if (isNegative(b)) {
        base = try intmath.invmod(a, modulus) orelse
            return exc.raiseMsg(&types.ValueError, "base is not invertible for the given modulus");
        exponent = neg(b);
    }
    base = try mod(base, modulus);
    var r = modExp(base, exponent, modulus);
    if (negative_output and !isZero(r)) r = sub(r, modulus);
    return r;
}

/// base ** e mod n for 0 <= base < n, e >= 0, n > 1.
fn modExp(base: Int, e: Int, n: Int) Int {
    var buf_b: [1]Limb = undefined;
    var buf_e: [1]Limb = undefined;
    var buf_n: [1]Limb = undefined;
    const x = parts(base, &buf_b).mag;
    const ex = parts(e, &buf_e).mag;
    const nm = parts(n, &buf_n).mag;
    if (ex.len == 0) return Int.one;
    if (x.len == 0) return Int.zero;
    if (nm.len == 1) return fromU64(modExpWord(x[0], ex, nm[0]));
    const m = Scratch.mark();
    defer Scratch.release(m);
    const k = nm.len;
    const acc = Scratch.alloc(k);
    const prod = Scratch.alloc(2 * k);
    @memset(acc, 0);
    @memcpy(acc[0..x.len], x);
    var i = limbs.bitLen(ex) - 1;
    while (i > 0) {
        i -= 1;
        limbs.sqr(prod, acc);
        reduceInto(acc, prod, nm);
        if ((ex[i / 64] >> @intCast(i % 64)) & 1 == 1) {
            limbs.mul(prod, acc, x);
            reduceInto(acc, prod[0 .. k + x.len], nm);
        }
    }
    return bigint.fromMag(acc, true);
}

/// acc[0..n.len] = p mod n (p may have high zero limbs).
fn reduceInto(acc: []Limb, p: []const Limb, n: []const Limb) void {
    const pn = limbs.norm(p);
    if (pn.len < n.len) {
        @memset(acc, 0);
        @memcpy(acc[0..pn.len], pn);
        return;
    }
    limbs.divRem(null, acc, pn, n);
}

fn modExpWord(base: u64, e: []const Limb, n: u64) u64 {
    var acc: u64 = base % n;
    const b = acc;
    var i = limbs.bitLen(e) - 1;
    while (i > 0) {
        i -= 1;
        acc = @intCast((@as(u128, acc) * acc) % n);
        if ((e[i / 64] >> @intCast(i % 64)) & 1 == 1) acc = @intCast((@as(u128, acc) * b) % n);
    }
    return acc;
}

// ---- Shifts and bitwise operations --------------------------------------------------------------

pub inline fn shl(a: Int, b: Int) Error!Int {
    if ((a.w | b.w) & 1 == 0 and b.w >= 0 and b.w < 2 * 63) {
        const r = @shlWithOverflow(a.w, @as(u6, @intCast(b.w >> 1)));
        if (r[1] == 0) return .{ .w = r[0] };
    }
    return shlSlow(a, b);
}

pub inline fn shr(a: Int, b: Int) Error!Int {
    if ((a.w | b.w) & 1 == 0 and b.w >= 0) {
        const s: u6 = @intCast(@min(b.w >> 1, 63));
        return .{ .w = ((a.w >> 1) >> s) << 1 };
    }
    return shrSlow(a, b);
}

noinline fn shlSlow(a: Int, b: Int) Error!Int {
    @branchHint(.cold);
    if (isNegative(b)) return exc.raiseMsg(&types.ValueError, "negative shift count");
    if (isZero(a)) return Int.zero;
    var buf: [1]Limb = undefined;
    const x = parts(a, &buf);
    const s = toU64(b) orelse return shiftTooBig(x.mag, b);
    const bits = @as(u128, limbs.bitLen(x.mag)) + s;
    if (bits > result_bits_max) return shiftTooBig(x.mag, b);
    const words: usize = @intCast(s / 64);
    const n = x.mag.len + words + 1;
    const r = bigint.alloc(n);
    @memset(r.limbs[0..words], 0);
    r.limbs[n - 1] = limbs.shlBits(r.limbs[words..][0..x.mag.len], x.mag, @intCast(s % 64));
    return bigint.finish(r, n, !x.negative);
}

/// The error for a left shift whose result cannot exist: CPython's digit count check
/// (`_PyLong_New`, 30-bit digits) says OverflowError past 2^61 digits; below that, its
/// allocation fails with MemoryError.
fn shiftTooBig(mag: []const Limb, b: Int) Error {
    const digits_max: u128 = (std.math.maxInt(i64) - 24) / 4; // MAX_LONG_DIGITS
    const word_clip: u128 = std.math.maxInt(i64) / 4; // divmod_shift's clip
    var buf: [1]Limb = undefined;
    const s = parts(b, &buf).mag;
    var word_shift: u128 = undefined;
    var rem_shift: u128 = undefined;
    if (s.len > 2 or (s.len == 2 and s[1] >> 62 != 0)) {
        word_shift = word_clip;
        rem_shift = 0;
    } else {
        const v: u128 = (@as(u128, if (s.len == 2) s[1] else 0) << 64) | s[0];
        word_shift = @min(v / 30, word_clip);
        rem_shift = if (v / 30 >= word_clip) 0 else v % 30;
    }
    const old_digits = (limbs.bitLen(mag) + 29) / 30;
    const new_digits = old_digits + word_shift + @intFromBool(rem_shift != 0);
    if (new_digits > digits_max) return exc.raiseMsg(&types.OverflowError, "too many digits in integer");
    return exc.raiseEmpty(&types.MemoryError);
}

noinline fn shrSlow(a: Int, b: Int) Error!Int {
    @branchHint(.cold);
    if (isNegative(b)) return exc.raiseMsg(&types.ValueError, "negative shift count");
    var buf: [1]Limb = undefined;
    const x = parts(a, &buf);
    const all_gone: Int = if (x.negative) Int.fromSmall(-1) else Int.zero;
    const s = toU64(b) orelse return all_gone;
    if (s >= limbs.bitLen(x.mag)) return all_gone;
    const words: usize = @intCast(s / 64);
    const n = x.mag.len - words + 1;
    const r = bigint.alloc(n);
    r.limbs[n - 1] = 0;
    const out = limbs.shrBits(r.limbs, x.mag[words..], @intCast(s % 64));
    if (x.negative) {
        // Floor: round the magnitude up when one bits were shifted out.
        var dropped = out != 0;
        for (x.mag[0..words]) |l| dropped = dropped or l != 0;
        if (dropped) {
            const carry = limbs.add1(r.limbs, r.limbs, 1);
            assert(carry == 0);
        }
    }
    return bigint.finish(r, n, !x.negative);
}

pub inline fn band(a: Int, b: Int) Int {
    if ((a.w | b.w) & 1 == 0) return .{ .w = a.w & b.w };
    return bitSlow(.@"and", a, b);
}

pub inline fn bor(a: Int, b: Int) Int {
    if ((a.w | b.w) & 1 == 0) return .{ .w = a.w | b.w };
    return bitSlow(.@"or", a, b);
}

pub inline fn bxor(a: Int, b: Int) Int {
    if ((a.w | b.w) & 1 == 0) return .{ .w = a.w ^ b.w };
    return bitSlow(.xor, a, b);
}

const BitOp = enum { @"and", @"or", xor };

/// Bitwise operations with Python's semantics: negative numbers behave as infinite two's
/// complement. The operands are converted limb by limb on the fly (~(m - 1) for negatives)
/// with one spare limb for the sign, and a negative result is converted back.
noinline fn bitSlow(comptime op: BitOp, a: Int, b: Int) Int {
    @branchHint(.cold);
    var buf_a: [1]Limb = undefined;
    var buf_b: [1]Limb = undefined;
    const x = parts(a, &buf_a);
    const y = parts(b, &buf_b);
    const n = @max(x.mag.len, y.mag.len) + 1;
    const r = bigint.alloc(n);
    var borrow_x: Limb = 1;
    var borrow_y: Limb = 1;
    for (r.limbs[0..n], 0..) |*ri, i| {
        const xi = twosComplementLimb(x, i, &borrow_x);
        const yi = twosComplementLimb(y, i, &borrow_y);
        ri.* = switch (op) {
            .@"and" => xi & yi,
            .@"or" => xi | yi,
            .xor => xi ^ yi,
        };
    }
    const negative = switch (op) {
        .@"and" => x.negative and y.negative,
        .@"or" => x.negative or y.negative,
        .xor => x.negative != y.negative,
    };
    if (negative) {
        // magnitude = ~r + 1
        var carry: Limb = 1;
        for (r.limbs[0..n]) |*ri| {
            const s = @addWithOverflow(~ri.*, carry);
            ri.* = s[0];
            carry = s[1];
        }
    }
    return bigint.finish(r, n, !negative);
}

inline fn twosComplementLimb(p: Parts, i: usize, borrow: *Limb) Limb {
    const l: Limb = if (i < p.mag.len) p.mag[i] else 0;
    if (!p.negative) return l;
    const d = @subWithOverflow(l, borrow.*);
    borrow.* = d[1];
    return ~d[0];
}

// ---- Comparison and hashing ---------------------------------------------------------------------

pub inline fn order(a: Int, b: Int) Order {
    if ((a.w | b.w) & 1 == 0) return std.math.order(a.w, b.w);
    return orderSlow(a, b);
}

pub inline fn eq(a: Int, b: Int) bool {
    if (a.w == b.w) return true;
    // Normalization: a small int never equals a big one, and distinct small words differ.
    if ((a.w & b.w) & 1 == 0) return false;
    return orderSlow(a, b) == .eq;
}

noinline fn orderSlow(a: Int, b: Int) Order {
    @branchHint(.cold);
    var buf_a: [1]Limb = undefined;
    var buf_b: [1]Limb = undefined;
    return orderParts(parts(a, &buf_a), parts(b, &buf_b));
}

fn orderParts(x: Parts, y: Parts) Order {
    if (x.negative != y.negative) return if (x.negative) .lt else .gt;
    const o = limbs.cmp(x.mag, y.mag);
    return if (x.negative) o.invert() else o;
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
        o = if (a.toI64()) |v| std.math.order(v, ti) else if (isNegative(a)) .lt else .gt;
    } else {
        // |t| >= 2^63 is an exact integer; converting it allocates, which is rare.
        o = order(a, fromF64(t) catch unreachable);
    }
    if (o != .eq) return o;
    if (frac > 0) return .lt;
    if (frac < 0) return .gt;
    return .eq;
}

/// hash(a): |a| mod (2^61 - 1) with a's sign, and -1 becomes -2 (CPython's long_hash).
pub inline fn hash(a: Int) i64 {
    if (a.isSmall()) {
        const v = a.small();
        const h: i64 = @intCast(@abs(v) % hash_modulus);
        const r = if (v < 0) -h else h;
        return if (r == -1) -2 else r;
    }
    return hashBig(a);
}

const hash_modulus: u64 = (1 << 61) - 1;

noinline fn hashBig(a: Int) i64 {
    const b = a.big();
    // Horner's rule from the top limb: x = x * 2^64 + limb, where 2^64 = 2^3 (mod 2^61 - 1).
    var x: u64 = 0;
    var i = b.limbs.len;
    while (i > 0) {
        i -= 1;
        var t: u128 = (@as(u128, x) << 3) + b.limbs[i];
        t = (t & hash_modulus) + (t >> 61);
        t = (t & hash_modulus) + (t >> 61);
        x = @intCast(t);
        if (x >= hash_modulus) x -= hash_modulus;
    }
    const h: i64 = @intCast(x);
    const r = if (b.positive) h else -h;
    return if (r == -1) -2 else r;
}

// ---- Tests --------------------------------------------------------------------------------------

const testing = std.testing;

test "small fast paths and promotion at the small-range edges" {
    const gc = @import("../gc/gc.zig");
    gc.init(@frameAddress());
    defer gc.deinit();
    defer Scratch.forget();
    const max = Int.fromSmall(Int.small_max);
    const min = Int.fromSmall(Int.small_min);
    const one = Int.one;
    try testing.expect(add(max, one).isBig());
    try testing.expectEqual(Int.small_max, sub(add(max, one), one).small());
    try testing.expect(neg(min).isBig());
    try testing.expectEqual(Int.small_min, neg(neg(min)).small());
    try testing.expectEqual(@as(i64, -Int.small_min), (try floordiv(min, Int.fromSmall(-1))).toI64().?);
    try testing.expectEqual(@as(i64, 1), (try mod(Int.fromSmall(-7), Int.fromSmall(2))).small());
    try testing.expectEqual(@as(i64, -1), (try mod(Int.fromSmall(7), Int.fromSmall(-2))).small());
    try testing.expectEqual(@as(i64, -4), (try floordiv(Int.fromSmall(-7), Int.fromSmall(2))).small());
    try testing.expectEqual(@as(i64, -6), invert(Int.fromSmall(5)).small());
    try testing.expectEqual(@as(i64, -2), hash(Int.fromSmall(-1)));
    try testing.expectEqual(@as(i64, 0), hash(fromU64((1 << 61) - 1)));
    try testing.expect((try shl(one, Int.fromSmall(62))).isBig());
    try testing.expectEqual(@as(i64, 1 << 61), (try shl(one, Int.fromSmall(61))).small());
    try testing.expectEqual(@as(i64, -1), (try shr(Int.fromSmall(-5), Int.fromSmall(100))).small());
    try testing.expectEqual(@as(f64, 0x1p63), try toF64(try shl(one, Int.fromSmall(63))));
}
