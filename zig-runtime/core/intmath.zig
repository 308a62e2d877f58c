//! The math module's integer functions (isqrt, gcd, lcm, factorial, comb, perm) and the
//! modular inverse behind pow(a, -b, m), with CPython 3.11's argument checks and messages.
//! They are built on intops' arithmetic; the products use balanced product trees so the big
//! multiplications are Karatsuba-sized and factorial(12000) takes about a millisecond.
const std = @import("std");
const assert = std.debug.assert;
const exc = @import("exc.zig");
const types = @import("types.zig");
const intops = @import("intops.zig");
const limbs = @import("limbs.zig");
const bigint = @import("bigint.zig");
const Limb = limbs.Limb;
const Scratch = limbs.Scratch;
const Int = @import("int.zig").Int;
const Error = @import("err.zig").Error;

const llong_max: u64 = std.math.maxInt(i64);

/// The inverse of a modulo n (n > 1), or null when gcd(a, n) != 1 (CPython's long_invmod).
pub fn invmod(a: Int, n: Int) Error!?Int {
    assert(intops.order(n, Int.one) == .gt);
    // Extended Euclid keeping s0 * a == x and s1 * a == y (mod n).
    var x = try intops.mod(a, n);
    var y = n;
    var s0 = Int.one;
    var s1 = Int.zero;
    while (!intops.isZero(y)) {
        const q, const r = try intops.divmod(x, y);
        x = y;
        y = r;
        const t = intops.sub(s0, intops.mul(q, s1));
        s0 = s1;
        s1 = t;
    }
    if (!x.eqlFast(Int.one)) return null;
    return try intops.mod(s0, n);
}

/// math.isqrt(n): the floor of the square root.
pub fn isqrt(n: Int) Error!Int {
    if (intops.isNegative(n)) return exc.raiseMsg(&types.ValueError, "isqrt() argument must be nonnegative");
    if (intops.toU64(n)) |v| return intops.fromU64(isqrtWord(v));
    // CPython's algorithm: Newton steps at doubling precision, so the total cost is a few
    // divisions of the full size. Invariant: (a - 1)^2 < (n >> 2(c - d)) < (a + 1)^2.
    const c = (intops.bitLength(n) - 1) / 2;
    var a = Int.one;
    var d: u64 = 0;
    var s: u6 = @intCast(64 - @clz(c));
    while (s > 0) {
        s -= 1;
        const e = d;
        d = c >> s;
        const shifted = try intops.shr(n, intops.fromU64(2 * c - e - d + 1));
        a = intops.add(try intops.shl(a, intops.fromU64(d - e - 1)), try intops.floordiv(shifted, a));
    }
    return if (intops.order(intops.mul(a, a), n) == .gt) intops.sub(a, Int.one) else a;
}

fn isqrtWord(v: u64) u64 {
    var r: u64 = @intFromFloat(@sqrt(@as(f64, @floatFromInt(v))));
    while (@as(u128, r) * r > v) r -= 1;
    while (@as(u128, r + 1) * (r + 1) <= v) r += 1;
    return r;
}

/// math.gcd(a, b): non-negative.
pub fn gcd(a: Int, b: Int) Error!Int {
    if (intops.toU64(intops.abs(a))) |x| {
        if (intops.toU64(intops.abs(b))) |y| return intops.fromU64(gcdWord(x, y));
    }
    var buf_a: [1]Limb = undefined;
    var buf_b: [1]Limb = undefined;
    const x = bigint.parts(a, &buf_a).mag;
    const y = bigint.parts(b, &buf_b).mag;
    return if (limbs.cmp(x, y) == .lt) gcdLehmer(y, x) else gcdLehmer(x, y);
}

/// gcd of magnitudes x >= y by Lehmer's algorithm, as CPython's _PyLong_GCD does it: while x
/// is big, simulate Euclid on its leading 62 bits (and the same bits of y) to get cofactors of
/// up to 31 bits, and apply them to the full numbers in one pass; fall back to a division step
/// when the simulation makes no progress.
fn gcdLehmer(x: []const Limb, y: []const Limb) Int {
    const m = Scratch.mark();
    defer Scratch.release(m);
    var a = Scratch.alloc(x.len);
    var b = Scratch.allocZero(x.len);
    var t = Scratch.alloc(x.len);
    @memcpy(a, x);
    @memcpy(b[0..y.len], y);
    var la = x.len;
    var lb = y.len;
    while (la > 1) {
        if (lb == 0) return bigint.fromMag(a[0..la], true);
        const shift = limbs.bitLen(a[0..la]) - window_bits;
        const co = lehmerCofactors(window(a[0..la], shift), window(b[0..la], shift));
        if (co.steps == 0) {
            // No progress from the leading bits: one Euclidean step, (a, b) = (b, a mod b).
            if (lb == 1) {
                t[0] = limbs.divRem1(null, a[0..la], b[0]);
            } else {
                limbs.divRem(null, t[0..lb], a[0..la], b[0..lb]);
            }
            const lt = limbs.normLen(t[0..lb]);
            @memset(t[lt..la], 0);
            std.mem.swap([]Limb, &a, &b);
            std.mem.swap([]Limb, &b, &t);
            la = lb;
            lb = lt;
            continue;
        }
        applyCofactors(a[0..la], b[0..la], co);
        la = limbs.normLen(a[0..la]);
        lb = limbs.normLen(b[0..la]);
    }
    return intops.fromU64(gcdWord(if (la == 0) 0 else a[0], if (lb == 0) 0 else b[0]));
}

const window_bits = 62;

/// Bits [shift, shift + 62) of a (a shorter than shift/64 + 1 limbs reads as zero there).
fn window(a: []const Limb, shift: u64) u64 {
    const i: usize = @intCast(shift / 64);
    const lo: u128 = if (i < a.len) a[i] else 0;
    const hi: u128 = if (i + 1 < a.len) a[i + 1] else 0;
    const w = ((hi << 64) | lo) >> @intCast(shift % 64);
    return @intCast(w & ((1 << window_bits) - 1));
}

const Cofactors = struct { a: i128, b: i128, c: i128, d: i128, steps: u32 };

/// Lehmer's inner loop with Jebelean's exact stopping condition (CPython's); signed wide
/// arithmetic so an out-of-range step can only stop the loop early, which is always safe.
fn lehmerCofactors(x0: u64, y0: u64) Cofactors {
    var x: i128 = x0;
    var y: i128 = y0;
    var co: Cofactors = .{ .a = 1, .b = 0, .c = 0, .d = 1, .steps = 0 };
    while (y - co.c > 0) : (co.steps += 1) {
        const q = @divFloor(x + (co.a - 1), y - co.c);
        const s = co.b + q * co.d;
        const t = x - q * y;
        if (s > t) break;
        x = y;
        y = t;
        const u = co.a + q * co.c;
        co.a = co.d;
        co.b = co.c;
        co.c = s;
        co.d = u;
    }
    return co;
}

/// (a, b) = (A*b - B*a, D*a - C*b) after an odd number of steps, (A*a - B*b, D*b - C*a) after
/// an even number; in place, one pass, carries in i128.
fn applyCofactors(a: []Limb, b: []Limb, co: Cofactors) void {
    const odd = co.steps % 2 == 1;
    var carry_a: i128 = 0;
    var carry_b: i128 = 0;
    for (a, b) |*ai, *bi| {
        const x: i128 = ai.*;
        const y: i128 = bi.*;
        carry_a += if (odd) co.a * y - co.b * x else co.a * x - co.b * y;
        carry_b += if (odd) co.d * x - co.c * y else co.d * y - co.c * x;
        ai.* = @truncate(@as(u128, @bitCast(carry_a)));
        bi.* = @truncate(@as(u128, @bitCast(carry_b)));
        carry_a >>= 64;
        carry_b >>= 64;
    }
    assert(carry_a == 0 and carry_b == 0);
}

fn gcdWord(a: u64, b: u64) u64 {
    if (a == 0) return b;
    if (b == 0) return a;
    const shift = @ctz(a | b);
    var x = a >> @intCast(@ctz(a));
    var y = b;
    while (y != 0) {
        y >>= @intCast(@ctz(y));
        if (x > y) std.mem.swap(u64, &x, &y);
        y -= x;
    }
    return x << @intCast(shift);
}

/// math.lcm(a, b): non-negative.
pub fn lcm(a: Int, b: Int) Error!Int {
    if (intops.isZero(a) or intops.isZero(b)) return Int.zero;
    const g = try gcd(a, b);
    return intops.abs(intops.mul(try intops.floordiv(a, g), b));
}

/// math.factorial(n).
pub fn factorial(n: Int) Error!Int {
    if (intops.isNegative(n)) return exc.raiseMsg(&types.ValueError, "factorial() not defined for negative values");
    const v = intops.toU64(n) orelse return factorialTooBig();
    if (v > llong_max) return factorialTooBig();
    if (v < 2) return Int.one;
    // log2(v!) < v * log2(v): refuse what cannot be allocated.
    if (@as(f64, @floatFromInt(v)) * std.math.log2(@as(f64, @floatFromInt(v))) > @as(f64, @floatFromInt(intops.result_bits_max))) {
        return exc.raiseEmpty(&types.MemoryError);
    }
    return rangeProduct(2, v + 1);
}

fn factorialTooBig() Error {
    return exc.raiseFmt(&types.OverflowError, "factorial() argument should not exceed {d}", .{llong_max});
}

/// The product lo * (lo+1) * ... * (hi-1), lo < hi, as a balanced product tree whose leaves
/// pack consecutive factors into one word.
fn rangeProduct(lo: u64, hi: u64) Int {
    assert(lo < hi);
    if (hi - lo <= 16) {
        var result = Int.one;
        var word: u64 = 1;
        for (lo..hi) |k| {
            const p = @mulWithOverflow(word, @as(u64, k));
            if (p[1] != 0) {
                result = intops.mul(result, intops.fromU64(word));
                word = k;
            } else {
                word = p[0];
            }
        }
        return intops.mul(result, intops.fromU64(word));
    }
    const mid = lo + (hi - lo) / 2;
    return intops.mul(rangeProduct(lo, mid), rangeProduct(mid, hi));
}

/// The product lo * (lo+1) * ... * (lo+count-1) for an int lo of any size, count >= 1.
fn rangeProductInt(lo: Int, count: u64) Int {
    assert(count >= 1);
    if (intops.toU64(lo)) |l| {
        const end = @addWithOverflow(l, count);
        if (end[1] == 0) return rangeProduct(l, end[0]);
    }
    if (count == 1) return lo;
    const half = count / 2;
    const upper = intops.add(lo, intops.fromU64(half));
    return intops.mul(rangeProductInt(lo, half), rangeProductInt(upper, count - half));
}

/// math.perm(n, k) with an int k (perm(n) without k is factorial(n), the caller's choice).
pub fn perm(n: Int, k: Int) Error!Int {
    if (intops.isNegative(n)) return exc.raiseMsg(&types.ValueError, "n must be a non-negative integer");
    if (intops.isNegative(k)) return exc.raiseMsg(&types.ValueError, "k must be a non-negative integer");
    if (intops.order(n, k) == .lt) return Int.zero;
    const kw = intops.toU64(k);
    if (kw == null or kw.? > llong_max) {
        return exc.raiseFmt(&types.OverflowError, "k must not exceed {d}", .{llong_max});
    }
    const kv = kw.?;
    if (kv == 0) return Int.one;
    if (kv == 1) return n;
    try checkProductSize(n, kv);
    return rangeProductInt(intops.add(intops.sub(n, k), Int.one), kv);
}

/// math.comb(n, k).
pub fn comb(n: Int, k: Int) Error!Int {
    if (intops.isNegative(n)) return exc.raiseMsg(&types.ValueError, "n must be a non-negative integer");
    if (intops.isNegative(k)) return exc.raiseMsg(&types.ValueError, "k must be a non-negative integer");
    const n_minus_k = intops.sub(n, k);
    if (intops.isNegative(n_minus_k)) return Int.zero;
    const k_min = if (intops.order(n_minus_k, k) == .lt) n_minus_k else k;
    const kw = intops.toU64(k_min);
    if (kw == null or kw.? > llong_max) {
        return exc.raiseFmt(&types.OverflowError, "min(n - k, k) must not exceed {d}", .{llong_max});
    }
    const kv = kw.?;
    if (kv == 0) return Int.one;
    if (kv == 1) return n;
    try checkProductSize(n, kv);
    // C(n, k) = n (n-1) ... (n-k+1) / k!, an exact division.
    const numerator = rangeProductInt(intops.add(intops.sub(n, k_min), Int.one), kv);
    return intops.floordiv(numerator, rangeProduct(1, kv + 1));
}

/// A product of k factors up to n has at most k * bitLength(n) bits.
fn checkProductSize(n: Int, k: u64) Error!void {
    const bits = @as(u128, intops.bitLength(n)) * k;
    if (bits > intops.result_bits_max) return exc.raiseEmpty(&types.MemoryError);
}

test "small math values" {
    const gc = @import("../gc/gc.zig");
    gc.init(@frameAddress());
    defer gc.deinit();
    defer Scratch.forget();
    try std.testing.expectEqual(@as(i64, 3628800), (try factorial(Int.fromSmall(10))).small());
    try std.testing.expectEqual(@as(i64, 252), (try comb(Int.fromSmall(10), Int.fromSmall(5))).small());
    try std.testing.expectEqual(@as(i64, 720), (try perm(Int.fromSmall(10), Int.fromSmall(3))).small());
    try std.testing.expectEqual(@as(i64, 6), (try gcd(Int.fromSmall(-12), Int.fromSmall(18))).small());
    try std.testing.expectEqual(@as(i64, 36), (try lcm(Int.fromSmall(-12), Int.fromSmall(18))).small());
    try std.testing.expectEqual(@as(i64, 2147483647), (try isqrt(Int.fromSmall(std.math.maxInt(i64) >> 1))).small());
    try std.testing.expectEqual(@as(i64, 4), (try invmod(Int.fromSmall(3), Int.fromSmall(11))).?.small());
}
