//! Powers: a ** b (an int for b >= 0, CPython's float result for b < 0) and pow(a, b, m),
//! by left-to-right binary exponentiation on magnitudes in scratch memory, so only the final
//! result is allocated.
const std = @import("std");
const builtin = @import("builtin");
const exc = @import("exc.zig");
const types = @import("types.zig");
const limbs = @import("limbs.zig");
const bigint = @import("bigint.zig");
const intops = @import("intops.zig");
const intfloat = @import("intfloat.zig");
const intmath = @import("intmath.zig");
const Int = @import("int.zig").Int;
const Error = @import("err.zig").Error;

const Limb = limbs.Limb;
const Scratch = limbs.Scratch;
const parts = bigint.parts;

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
    if (intops.isNegative(b)) return .{ .float = try powNegative(a, b) };
    // A huge exponent: only 0, 1 and -1 have a power that fits in memory.
    if (intops.isZero(a)) return .{ .int = Int.zero };
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
    if (bits_max > intops.result_bits_max) return exc.raiseEmpty(&types.MemoryError);
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

/// a ** b for b < 0: CPython converts both to float and applies float_pow, which ends in the C
/// library's pow(|a|, b) for |a| >= 2. Programs link libc (so does the test driver), and call
/// that same pow for bit-identical results; without libc, |a|^b is computed exactly and rounded
/// once, which agrees with glibc wherever glibc rounds correctly.
fn powNegative(a: Int, b: Int) Error!f64 {
    const fa = try intfloat.toF64(a);
    const fb = try intfloat.toF64(b);
    if (fa == 0) return exc.raiseMsg(&types.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    const n = -fb; // a positive integer-valued double
    const odd = n < 0x1p53 and @mod(n, 2.0) == 1.0;
    const negative = fa < 0 and odd;
    const base = @abs(fa);
    if (base == 1.0) return if (negative) -1.0 else 1.0;
    const r = if (comptime builtin.link_libc) powf64(base, fb) else try powNegativeExact(base, n);
    return if (negative) -r else r;
}

/// glibc's pow under its _Float64 name: the plain `pow` is also defined, weakly, by Zig's
/// compiler_rt, and differs from glibc in the last bit (see modules/libm.zig).
extern "c" fn powf64(x: f64, y: f64) f64;

/// base^-n correctly rounded, for an integer-valued base >= 2 and n >= 1.
fn powNegativeExact(base: f64, n: f64) Error!f64 {
    // base^n >= 2^((L-1)n) where L is the bit length of base.
    const base_int = try intfloat.fromF64(base);
    const l_minus_1: f64 = @floatFromInt(intops.bitLength(base_int) - 1);
    if (l_minus_1 * n >= 1076) return 0.0; // below half the least subnormal
    const power = try powBig(base_int, @intFromFloat(n));
    var buf: [1]Limb = undefined;
    return intfloat.divToF64(&[_]Limb{1}, parts(power, &buf).mag, false).?;
}

/// pow(a, b, m): modular exponentiation, with a modular inverse for b < 0.
pub fn powmod(a: Int, b: Int, m: Int) Error!Int {
    if (intops.isZero(m)) return exc.raiseMsg(&types.ValueError, "pow() 3rd argument cannot be 0");
    const negative_output = intops.isNegative(m);
    const modulus = intops.abs(m);
    if (modulus.eqlFast(Int.one)) return Int.zero;
    var base = a;
    var exponent = b;
    if (intops.isNegative(b)) {
        base = try intmath.invmod(a, modulus) orelse
            return exc.raiseMsg(&types.ValueError, "base is not invertible for the given modulus");
        exponent = intops.neg(b);
    }
    base = try intops.mod(base, modulus);
    var r = modExp(base, exponent, modulus);
    if (negative_output and !intops.isZero(r)) r = intops.sub(r, modulus);
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
    if (nm.len == 1) return intops.fromU64(modExpWord(x[0], ex, nm[0]));
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

test "negative powers without libc match CPython, subnormals included" {
    const gc = @import("../gc/gc.zig");
    gc.init(@frameAddress());
    defer gc.deinit();
    defer Scratch.forget();
    // (base, exponent, repr of CPython's result)
    const cases = [_]struct { i64, i64, f64 }{
        .{ 2, -1074, 5e-324 },           .{ 2, -1075, 0.0 },                  .{ 3, -670, 2.132e-320 },
        .{ 3, -678, 5e-324 },            .{ 10, -320, 1e-320 },               .{ 10, -323, 1e-323 },
        .{ 7, -380, 7.3e-322 },          .{ -3, -671, -7.105e-321 },          .{ 2, -1023, 1.1125369292536007e-308 },
        .{ 3, -5, 0.00411522633744856 }, .{ -7, -3, -0.0029154518950437317 }, .{ -11, -4, 6.830134553650706e-05 },
    };
    for (cases) |c| {
        const r = (try pow(Int.fromSmall(c[0]), Int.fromSmall(c[1]))).float;
        try std.testing.expectEqual(@as(u64, @bitCast(c[2])), @as(u64, @bitCast(r)));
    }
}
