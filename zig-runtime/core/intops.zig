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
const intfloat = @import("intfloat.zig");
const intpow = @import("intpow.zig");

pub const truediv = intfloat.truediv;
pub const toF64 = intfloat.toF64;
pub const fromF64 = intfloat.fromF64;
pub const orderFloat = intfloat.orderFloat;
pub const scaleToF64 = intfloat.scaleToF64;
pub const PowResult = intpow.PowResult;
pub const pow = intpow.pow;
pub const powmod = intpow.powmod;
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

/// hash(a): |a| mod (2^61 - 1) with a's sign, and -1 becomes -2 (CPython's long_hash).
pub inline fn hash(a: Int) i64 {
    if (a.isSmall()) return hashSmall(a.small());
    return hashBig(a);
}

/// hash() of a small int's value. Pure arithmetic: compiled programs call it too, for their
/// inline set probes (abi/client_ops.zig).
pub inline fn hashSmall(v: i64) i64 {
    // |v| < 2^62 < 3 * modulus: at most two subtractions instead of a 64-bit division
    // (int keys are the commonest dict keys).
    var m: u64 = @abs(v);
    if (m >= hash_modulus) m -= hash_modulus;
    if (m >= hash_modulus) m -= hash_modulus;
    const h: i64 = @intCast(m);
    const r = if (v < 0) -h else h;
    return if (r == -1) -2 else r;
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
