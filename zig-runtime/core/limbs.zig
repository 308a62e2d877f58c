//! Natural-number arithmetic on little-endian slices of 64-bit limbs: the engine under
//! bigint.zig. Nothing here knows about Python, signs or objects.
//!
//! Why not std.math.big.int for these loops: its Karatsuba allocates at every recursion level,
//! its squaring is schoolbook only, and its long division estimates each quotient limb with a
//! 128-by-128-bit software division. The benchmark (factorials, powers, repeated divmod by
//! 10**1000, decimal conversion) spends nearly all its time in exactly these loops, so they are
//! written here once, tuned and differentially tested against CPython (tests/runtime/int.test.ts).
//! The magnitudes stay std-compatible (`std.math.big.int.Const` views them without copying).
//!
//! Conventions: a magnitude is normalized when its top limb is non-zero; zero is the empty slice.
//! Results are written to caller-provided slices whose required length each function states.
//! Temporaries come from `Scratch`, a stack-like arena that is reused across operations, so a
//! multiplication or division allocates nothing in steady state.
const std = @import("std");
const builtin = @import("builtin");
const assert = std.debug.assert;
const mem = @import("mem.zig");

pub const Limb = std.math.big.Limb;
pub const DLimb = u128;
pub const limb_bits = 64;
const Log2Limb = u6;

/// Inline assembly for the carry chains: x86-64 through LLVM (the self-hosted backend that
/// Debug builds use does not take this operand syntax).
const use_asm = builtin.cpu.arch == .x86_64 and builtin.zig_backend == .stage2_llvm;

comptime {
    // The arithmetic below (double-limb products, reciprocals) is written for 64-bit limbs.
    assert(@bitSizeOf(Limb) == limb_bits);
}

/// Below this many limbs in the shorter operand, schoolbook multiplication beats Karatsuba
/// (measured on the benchmark machine; the crossover is flat between 24 and 40).
pub const karatsuba_threshold = 32;
/// The same crossover for squaring, whose schoolbook form does half the products.
pub const karatsuba_sqr_threshold = 48;

// ---- Scratch memory ----------------------------------------------------------------------------

/// A stack-like arena for temporaries (Karatsuba partial products, normalized division
/// operands, digit buffers). Callers bracket their use with `mark`/`release`; memory is kept for
/// the next operation, so steady-state arithmetic allocates nothing. Chunks grow geometrically
/// and are never moved, so slices handed out stay valid until released. Single-threaded, like
/// the rest of the runtime.
pub const Scratch = struct {
    const chunks_max = 48;
    const chunk_limbs_min = 4096;

    var chunks: [chunks_max][]Limb = [_][]Limb{&.{}} ** chunks_max;
    var chunk_index: usize = 0;
    var used: usize = 0;
    var rooted = false;

    pub const Mark = struct { chunk: usize, used: usize };

    pub inline fn mark() Mark {
        return .{ .chunk = chunk_index, .used = used };
    }

    pub inline fn release(m: Mark) void {
        assert(m.chunk < chunk_index or (m.chunk == chunk_index and m.used <= used));
        chunk_index = m.chunk;
        used = m.used;
    }

    /// `n` limbs of uninitialized scratch, valid until the enclosing `release`.
    pub fn alloc(n: usize) []Limb {
        const cur = chunks[chunk_index];
        if (cur.len - used >= n) {
            const s = cur[used..][0..n];
            used += n;
            return s;
        }
        return allocSlow(n);
    }

    /// `n` zeroed limbs of scratch.
    pub fn allocZero(n: usize) []Limb {
        const s = alloc(n);
        @memset(s, 0);
        return s;
    }

    /// Drops every chunk without freeing it: for tests that tear the whole GC heap down.
    pub fn forget() void {
        assert(chunk_index == 0 and used == 0);
        chunks = [_][]Limb{&.{}} ** chunks_max;
        rooted = false;
    }

    noinline fn allocSlow(n: usize) []Limb {
        @branchHint(.cold);
        if (!rooted) {
            // The chunks are GC memory referenced only from this static table.
            mem.addRoot(@ptrCast(&chunks), @sizeOf(@TypeOf(chunks)));
            rooted = true;
        }
        // The current chunk is too small (or unused): move on to the next one. Everything past
        // the current chunk is free, so the next chunk can be replaced when it is too small.
        const next = if (chunks[chunk_index].len == 0) chunk_index else chunk_index + 1;
        assert(next < chunks_max);
        if (chunks[next].len < n) {
            const prev_len = if (next > 0) chunks[next - 1].len else 0;
            const len = @max(n, prev_len * 2, chunk_limbs_min);
            if (chunks[next].len > 0) mem.free(chunks[next].ptr);
            chunks[next] = mem.allocSlice(Limb, .noscan, len);
        }
        chunk_index = next;
        used = n;
        return chunks[next][0..n];
    }
};

// ---- Basic helpers ----------------------------------------------------------------------------

/// The length of `a` without its high zero limbs (0 for zero).
pub inline fn normLen(a: []const Limb) usize {
    var n = a.len;
    while (n > 0 and a[n - 1] == 0) n -= 1;
    return n;
}

pub inline fn norm(a: []const Limb) []const Limb {
    return a[0..normLen(a)];
}

/// Number of significant bits of a normalized magnitude (0 for zero).
pub inline fn bitLen(a: []const Limb) u64 {
    if (a.len == 0) return 0;
    return @as(u64, a.len) * limb_bits - @clz(a[a.len - 1]);
}

/// Compares two normalized magnitudes.
pub fn cmp(a: []const Limb, b: []const Limb) std.math.Order {
    if (a.len != b.len) return std.math.order(a.len, b.len);
    return cmpSameLen(a, b);
}

/// Compares two magnitudes of equal length (high zero limbs allowed).
pub fn cmpSameLen(a: []const Limb, b: []const Limb) std.math.Order {
    assert(a.len == b.len);
    var i = a.len;
    while (i > 0) {
        i -= 1;
        if (a[i] != b[i]) return if (a[i] < b[i]) .lt else .gt;
    }
    return .eq;
}

pub inline fn mulWide(a: Limb, b: Limb) struct { hi: Limb, lo: Limb } {
    const p = @as(DLimb, a) * b;
    return .{ .hi = @truncate(p >> limb_bits), .lo = @truncate(p) };
}

// ---- Addition and subtraction -----------------------------------------------------------------

/// r[0..n] = a[0..n] + b[0..n] + carry_in; returns the carry out. r may alias a or b (same
/// start). The carry chain is the whole cost of big-int addition: on x86-64 it is one adc per
/// limb in assembly (LLVM spills the carry of the portable form to the stack, 3-10x slower).
pub fn addN(r: []Limb, a: []const Limb, b: []const Limb, carry_in: u1) u1 {
    assert(a.len == b.len and r.len >= a.len);
    if (a.len == 0) return carry_in;
    if (comptime use_asm) return adcLoop("adcq", r.ptr, a.ptr, b.ptr, a.len, carry_in);
    return addNPortable(r, a, b, carry_in);
}

fn addNPortable(r: []Limb, a: []const Limb, b: []const Limb, carry_in: u1) u1 {
    var carry: Limb = carry_in;
    for (r[0..a.len], a, b) |*ri, ai, bi| {
        const s = @as(DLimb, ai) + bi + carry;
        ri.* = @truncate(s);
        carry = @truncate(s >> limb_bits);
    }
    return @intCast(carry);
}

/// r[0..n] = a[0..n] - b[0..n] - borrow_in; returns the borrow out. r may alias a or b (same
/// start).
pub fn subN(r: []Limb, a: []const Limb, b: []const Limb, borrow_in: u1) u1 {
    assert(a.len == b.len and r.len >= a.len);
    if (a.len == 0) return borrow_in;
    if (comptime use_asm) return adcLoop("sbbq", r.ptr, a.ptr, b.ptr, a.len, borrow_in);
    return subNPortable(r, a, b, borrow_in);
}

fn subNPortable(r: []Limb, a: []const Limb, b: []const Limb, borrow_in: u1) u1 {
    var borrow: Limb = borrow_in;
    for (r[0..a.len], a, b) |*ri, ai, bi| {
        const d = @as(DLimb, ai) -% bi -% borrow;
        ri.* = @truncate(d);
        borrow = @intCast(d >> (2 * limb_bits - 1));
    }
    return @intCast(borrow);
}

/// The x86-64 add/subtract-with-carry loop: `op` is adcq or sbbq; n > 0. The index runs from
/// -n up to 0 so `incq` (which keeps CF) also ends the loop.
inline fn adcLoop(comptime op: []const u8, r: [*]Limb, a: [*]const Limb, b: [*]const Limb, n: usize, carry_in: u1) u1 {
    var i: isize = -@as(isize, @intCast(n));
    var carry: Limb = carry_in;
    asm volatile ("negq %[c]\n" ++
            "1:\n" ++
            "movq (%[a],%[i],8), %%rax\n" ++
            op ++ " (%[b],%[i],8), %%rax\n" ++
            "movq %%rax, (%[r],%[i],8)\n" ++
            "incq %[i]\n" ++
            "jnz 1b\n" ++
            "setc %%al\n" ++
            "movzbl %%al, %%eax\n" ++
            "movq %%rax, %[c]\n"
        : [i] "+r" (i),
          [c] "+r" (carry),
        : [a] "r" (a + n),
          [b] "r" (b + n),
          [r] "r" (r + n),
        : .{ .cc = true, .memory = true, .rax = true });
    return @intCast(carry);
}

/// r[0..a.len] = a + c for a single limb c; returns the carry out. r may alias a. An empty a
/// takes only c <= 1 (the carry out is c).
pub fn add1(r: []Limb, a: []const Limb, c: Limb) u1 {
    assert(r.len >= a.len and (a.len > 0 or c <= 1));
    var carry = c;
    var i: usize = 0;
    while (i < a.len) : (i += 1) {
        const s = @addWithOverflow(a[i], carry);
        r[i] = s[0];
        carry = s[1];
        if (carry == 0) {
            i += 1;
            break;
        }
    }
    if (r.ptr != a.ptr and i < a.len) @memcpy(r[i..a.len], a[i..]);
    return @intCast(carry);
}

/// r[0..a.len] = a - c for a single limb c; returns the borrow out. r may alias a. An empty a
/// takes only c <= 1.
pub fn sub1(r: []Limb, a: []const Limb, c: Limb) u1 {
    assert(r.len >= a.len and (a.len > 0 or c <= 1));
    var borrow = c;
    var i: usize = 0;
    while (i < a.len) : (i += 1) {
        const d = @subWithOverflow(a[i], borrow);
        r[i] = d[0];
        borrow = d[1];
        if (borrow == 0) {
            i += 1;
            break;
        }
    }
    if (r.ptr != a.ptr and i < a.len) @memcpy(r[i..a.len], a[i..]);
    return @intCast(borrow);
}

/// r[0..a.len] = a + b where a.len >= b.len; returns the carry out. r may alias a or b
/// (when it aliases b, b must start where r starts).
pub fn add(r: []Limb, a: []const Limb, b: []const Limb) u1 {
    assert(a.len >= b.len and r.len >= a.len);
    const c = addN(r, a[0..b.len], b, 0);
    return add1(r[b.len..], a[b.len..], c);
}

/// r[0..a.len] = a - b where a.len >= b.len; returns the borrow out (1 when a < b). r may
/// alias a or b (when it aliases b, b must start where r starts).
pub fn sub(r: []Limb, a: []const Limb, b: []const Limb) u1 {
    assert(a.len >= b.len and r.len >= a.len);
    const c = subN(r, a[0..b.len], b, 0);
    return sub1(r[b.len..], a[b.len..], c);
}

/// a += b in place where a.len >= b.len; returns the carry out.
pub inline fn addInPlace(a: []Limb, b: []const Limb) u1 {
    return add(a, a, b);
}

/// a -= b in place where a.len >= b.len; returns the borrow out.
pub inline fn subInPlace(a: []Limb, b: []const Limb) u1 {
    return sub(a, a, b);
}

// ---- Multiplication by one limb ----------------------------------------------------------------

/// r[0..a.len] = a * m; returns the high limb. r may alias a (same start).
pub fn mul1(r: []Limb, a: []const Limb, m: Limb) Limb {
    assert(r.len >= a.len);
    var carry: Limb = 0;
    for (r[0..a.len], a) |*ri, ai| {
        const p = @as(DLimb, ai) * m + carry;
        ri.* = @truncate(p);
        carry = @truncate(p >> limb_bits);
    }
    return carry;
}

/// r[0..a.len] += a * m; returns the carry limb out of r[a.len - 1].
pub fn addMul1(r: []Limb, a: []const Limb, m: Limb) Limb {
    assert(r.len >= a.len);
    var carry: Limb = 0;
    for (r[0..a.len], a) |*ri, ai| {
        // ri + ai*m + carry < 2^128: (2^64-1) + (2^64-1)^2 + (2^64-1) = 2^128 - 1.
        const p = @as(DLimb, ai) * m + ri.* + carry;
        ri.* = @truncate(p);
        carry = @truncate(p >> limb_bits);
    }
    return carry;
}

/// r[0..a.len] -= a * m; returns the borrow limb out of r[a.len - 1].
pub fn subMul1(r: []Limb, a: []const Limb, m: Limb) Limb {
    assert(r.len >= a.len);
    var borrow: Limb = 0;
    for (r[0..a.len], a) |*ri, ai| {
        const p = @as(DLimb, ai) * m + borrow;
        const lo: Limb = @truncate(p);
        const x = ri.*;
        ri.* = x -% lo;
        borrow = @as(Limb, @truncate(p >> limb_bits)) + @intFromBool(x < lo);
    }
    return borrow;
}

// ---- Multiplication ---------------------------------------------------------------------------

/// r[0..a.len + b.len] = a * b. r must not overlap a or b. a and b non-empty (high zero limbs
/// allowed). Uses scratch for Karatsuba temporaries.
pub fn mul(r: []Limb, a: []const Limb, b: []const Limb) void {
    assert(a.len > 0 and b.len > 0 and r.len >= a.len + b.len);
    if (a.ptr == b.ptr and a.len == b.len) return sqr(r, a);
    const x, const y = if (a.len >= b.len) .{ a, b } else .{ b, a };
    if (y.len < karatsuba_threshold) return mulBasecase(r, x, y);
    const m = Scratch.mark();
    defer Scratch.release(m);
    mulKaratsuba(r, x, y);
}

fn mulBasecase(r: []Limb, a: []const Limb, b: []const Limb) void {
    assert(a.len >= b.len);
    r[a.len] = mul1(r[0..a.len], a, b[0]);
    for (b[1..], 1..) |bi, i| r[i + a.len] = addMul1(r[i..][0..a.len], a, bi);
}

/// Karatsuba for a.len >= b.len >= threshold; unbalanced operands are cut into b-sized pieces.
fn mulKaratsuba(r: []Limb, a: []const Limb, b: []const Limb) void {
    assert(a.len >= b.len);
    if (b.len < karatsuba_threshold) return mulBasecase(r, a, b);
    const h = (a.len + 1) / 2;
    if (b.len <= h) return mulUnbalanced(r, a, b);

    const a0 = a[0..h];
    const a1 = a[h..];
    const b0 = b[0..h];
    const b1 = b[h..];
    // z0 = a0*b0 in r[0..2h], z2 = a1*b1 in r[2h..].
    mulKaratsuba(r[0 .. 2 * h], a0, b0);
    mulKaratsubaAny(r[2 * h .. a.len + b.len], a1, b1);

    // d = |a0 - a1| * |b0 - b1|, signed by the product of the signs.
    const da = Scratch.alloc(h);
    const db = Scratch.alloc(h);
    const a_neg = absDiff(da, a0, a1);
    const b_neg = absDiff(db, b0, b1);
    const d = Scratch.alloc(2 * h);
    mulKaratsubaAny(d, da, db);

    // mid = z0 + z2 - (a0-a1)(b0-b1) = a0*b1 + a1*b0, then r[h..] += mid.
    const mid = Scratch.alloc(2 * h + 1);
    @memcpy(mid[0 .. 2 * h], r[0 .. 2 * h]);
    mid[2 * h] = 0;
    _ = addInPlace(mid, r[2 * h .. a.len + b.len]);
    if (a_neg == b_neg) {
        _ = subInPlace(mid, d);
    } else {
        _ = addInPlace(mid, d);
    }
    const mid_len = @min(normLen(mid), a.len + b.len - h);
    const carry = addInPlace(r[h .. a.len + b.len], mid[0..mid_len]);
    assert(carry == 0);
}

/// Karatsuba entry for operands in either order.
inline fn mulKaratsubaAny(r: []Limb, a: []const Limb, b: []const Limb) void {
    if (a.len >= b.len) mulKaratsuba(r, a, b) else mulKaratsuba(r, b, a);
}

/// a much longer than b: multiply b by each b-sized piece of a and add the partial products.
fn mulUnbalanced(r: []Limb, a: []const Limb, b: []const Limb) void {
    assert(a.len >= b.len);
    const n = b.len;
    mulKaratsuba(r[0 .. 2 * n], a[0..n], b);
    const t = Scratch.alloc(2 * n);
    var off: usize = n;
    while (off < a.len) : (off += n) {
        const piece = a[off..@min(off + n, a.len)];
        const t_len = piece.len + n;
        mulKaratsubaAny(t[0..t_len], piece, b);
        // r[0..off+n] holds the sum so far; the new partial product starts at `off`.
        @memcpy(r[off + n .. off + t_len], t[n..t_len]);
        const carry = add(r[off .. off + t_len], r[off .. off + t_len], t[0..n]);
        assert(carry == 0);
    }
}

/// r = |x - y| (r.len == x.len >= y.len); returns true when x < y.
fn absDiff(r: []Limb, x: []const Limb, y: []const Limb) bool {
    assert(x.len >= y.len and r.len == x.len);
    const yn = normLen(y);
    const xn = normLen(x);
    const x_lt_y = xn < yn or (xn == yn and cmpSameLen(x[0..xn], y[0..yn]) == .lt);
    if (x_lt_y) {
        @memset(r[yn..], 0);
        _ = sub(r[0..yn], y[0..yn], x[0..xn]);
    } else {
        _ = sub(r, x, y[0..yn]);
    }
    return x_lt_y;
}

/// r[0..2*a.len] = a * a. r must not overlap a.
pub fn sqr(r: []Limb, a: []const Limb) void {
    assert(a.len > 0 and r.len >= 2 * a.len);
    if (a.len < karatsuba_sqr_threshold) return sqrBasecase(r, a);
    const m = Scratch.mark();
    defer Scratch.release(m);
    sqrKaratsuba(r, a);
}

/// Schoolbook squaring: the off-diagonal products once, doubled, plus the squares.
fn sqrBasecase(r: []Limb, a: []const Limb) void {
    const n = a.len;
    if (n == 1) {
        const p = mulWide(a[0], a[0]);
        r[0] = p.lo;
        r[1] = p.hi;
        return;
    }
    // Off-diagonal sum of a[i]*a[j] (i < j) at position i+j: row i lands at 2i+1, carry at i+n.
    r[0] = 0;
    r[n] = mul1(r[1..n], a[1..], a[0]);
    var i: usize = 1;
    while (i + 1 < n) : (i += 1) {
        r[i + n] = addMul1(r[2 * i + 1 .. i + n], a[i + 1 ..], a[i]);
    }
    r[2 * n - 1] = 0;
    // Double, then add the diagonal squares a[i]^2 at position 2i.
    const top = shlBits(r[0 .. 2 * n], r[0 .. 2 * n], 1);
    assert(top == 0);
    var carry: Limb = 0;
    for (a, 0..) |ai, k| {
        const p = mulWide(ai, ai);
        const lo = @as(DLimb, r[2 * k]) + p.lo + carry;
        r[2 * k] = @truncate(lo);
        const hi = @as(DLimb, r[2 * k + 1]) + p.hi + @as(Limb, @truncate(lo >> limb_bits));
        r[2 * k + 1] = @truncate(hi);
        carry = @truncate(hi >> limb_bits);
    }
    assert(carry == 0);
}

fn sqrKaratsuba(r: []Limb, a: []const Limb) void {
    if (a.len < karatsuba_sqr_threshold) return sqrBasecase(r, a);
    const n = a.len;
    const h = (n + 1) / 2;
    const a0 = a[0..h];
    const a1 = a[h..];
    sqrKaratsuba(r[0 .. 2 * h], a0);
    sqrKaratsuba(r[2 * h .. 2 * n], a1);
    const da = Scratch.alloc(h);
    _ = absDiff(da, a0, a1);
    const d = Scratch.alloc(2 * h);
    sqrKaratsuba(d, da);
    // mid = a0^2 + a1^2 - (a0 - a1)^2 = 2*a0*a1 >= 0.
    const mid = Scratch.alloc(2 * h + 1);
    @memcpy(mid[0 .. 2 * h], r[0 .. 2 * h]);
    mid[2 * h] = 0;
    _ = addInPlace(mid, r[2 * h .. 2 * n]);
    _ = subInPlace(mid, d);
    const mid_len = @min(normLen(mid), 2 * n - h);
    const carry = addInPlace(r[h .. 2 * n], mid[0..mid_len]);
    assert(carry == 0);
}

// ---- Shifts -----------------------------------------------------------------------------------

/// r[0..a.len] = a << s (0 <= s < 64); returns the bits shifted out at the top. r may alias a
/// when r starts at or above a (it runs from the top down).
pub fn shlBits(r: []Limb, a: []const Limb, s: Log2Limb) Limb {
    assert(r.len >= a.len);
    if (a.len == 0) return 0;
    if (s == 0) {
        if (r.ptr != a.ptr) std.mem.copyBackwards(Limb, r[0..a.len], a);
        return 0;
    }
    const rs: Log2Limb = @intCast(limb_bits - @as(u7, s));
    const out = a[a.len - 1] >> rs;
    var i = a.len - 1;
    while (i > 0) : (i -= 1) r[i] = (a[i] << s) | (a[i - 1] >> rs);
    r[0] = a[0] << s;
    return out;
}

/// r[0..a.len] = a >> s (0 <= s < 64); returns the bits shifted out at the bottom (in the high
/// bits of the result limb). r may alias a when r starts at or below a (it runs bottom up).
pub fn shrBits(r: []Limb, a: []const Limb, s: Log2Limb) Limb {
    assert(r.len >= a.len);
    if (a.len == 0) return 0;
    if (s == 0) {
        if (r.ptr != a.ptr) std.mem.copyForwards(Limb, r[0..a.len], a);
        return 0;
    }
    const ls: Log2Limb = @intCast(limb_bits - @as(u7, s));
    const out = a[0] << ls;
    for (0..a.len - 1) |i| r[i] = (a[i] >> s) | (a[i + 1] << ls);
    r[a.len - 1] = a[a.len - 1] >> s;
    return out;
}

// ---- Division by invariant integers (Möller & Granlund, "Improved division by invariant
// integers", IEEE Trans. Computers 2011) ---------------------------------------------------------

/// floor((2^128 - 1) / d) - 2^64 for a normalized d (top bit set).
pub fn reciprocal(d: Limb) Limb {
    assert(d >> (limb_bits - 1) == 1);
    const num = (@as(DLimb, ~d) << limb_bits) | std.math.maxInt(Limb);
    return @truncate(num / d);
}

/// Divides (n1, n0) by the normalized d (n1 < d) with v = reciprocal(d).
pub inline fn div2by1(n1: Limb, n0: Limb, d: Limb, v: Limb) struct { q: Limb, r: Limb } {
    // Sums wrap modulo 2^128, as in the paper.
    const p = @as(DLimb, v) * n1 +% ((@as(DLimb, n1 +% 1) << limb_bits) | n0);
    var q1: Limb = @truncate(p >> limb_bits);
    const q0: Limb = @truncate(p);
    var r = n0 -% q1 *% d;
    if (r > q0) {
        q1 -%= 1;
        r +%= d;
    }
    if (r >= d) {
        @branchHint(.unlikely);
        q1 += 1;
        r -= d;
    }
    return .{ .q = q1, .r = r };
}

/// Reciprocal of the normalized two-limb divisor (d1, d0) for div3by2.
pub fn reciprocal3by2(d1: Limb, d0: Limb) Limb {
    var v = reciprocal(d1);
    var p = d1 *% v;
    p +%= d0;
    if (p < d0) {
        v -%= 1;
        if (p >= d1) {
            v -%= 1;
            p -%= d1;
        }
        p -%= d1;
    }
    const t = mulWide(v, d0);
    p +%= t.hi;
    if (p < t.hi) {
        v -%= 1;
        if (p > d1 or (p == d1 and t.lo >= d0)) v -%= 1;
    }
    return v;
}

/// Divides (n2, n1, n0) by the normalized (d1, d0), given (n2, n1) < (d1, d0); returns the
/// quotient limb (the remainder is not needed by the long division below).
inline fn div3by2(n2: Limb, n1: Limb, n0: Limb, d1: Limb, d0: Limb, v: Limb) Limb {
    const p = @as(DLimb, v) * n2 +% ((@as(DLimb, n2) << limb_bits) | n1);
    var q1: Limb = @truncate(p >> limb_bits);
    const q0: Limb = @truncate(p);
    const r1 = n1 -% q1 *% d1;
    const d = (@as(DLimb, d1) << limb_bits) | d0;
    var r: DLimb = ((@as(DLimb, r1) << limb_bits) | n0) -% d -% @as(DLimb, d0) * q1;
    q1 +%= 1;
    if (@as(Limb, @truncate(r >> limb_bits)) >= q0) {
        q1 -%= 1;
        r +%= d;
    }
    if (r >= d) {
        @branchHint(.unlikely);
        q1 += 1;
    }
    return q1;
}

/// q[0..a.len] = a / d, returns a % d, for a single non-zero limb d. q may alias a (same
/// start) or be null (remainder only).
pub fn divRem1(q: ?[]Limb, a: []const Limb, d: Limb) Limb {
    assert(d != 0);
    if (a.len == 0) return 0;
    const s: Log2Limb = @intCast(@clz(d));
    const dn = d << s;
    const v = reciprocal(dn);
    var i = a.len;
    if (s == 0) {
        var r: Limb = 0;
        while (i > 0) {
            i -= 1;
            const qr = div2by1(r, a[i], dn, v);
            if (q) |qq| qq[i] = qr.q;
            r = qr.r;
        }
        return r;
    }
    const rs: Log2Limb = @intCast(limb_bits - @as(u7, s));
    var r: Limb = a[i - 1] >> rs;
    while (i > 1) {
        i -= 1;
        const qr = div2by1(r, (a[i] << s) | (a[i - 1] >> rs), dn, v);
        if (q) |qq| qq[i] = qr.q;
        r = qr.r;
    }
    const qr = div2by1(r, a[0] << s, dn, v);
    if (q) |qq| qq[0] = qr.q;
    return qr.r >> s;
}

/// Long division (Knuth 4.3.1 Algorithm D with 3-by-2 quotient estimates).
/// q[0..a.len - b.len + 1] = a / b and r[0..b.len] = a % b, for normalized b with b.len >= 2 and
/// a.len >= b.len. Either output may be null. Outputs must not overlap the inputs.
pub fn divRem(q: ?[]Limb, r: ?[]Limb, a: []const Limb, b: []const Limb) void {
    const n = b.len;
    assert(n >= 2 and b[n - 1] != 0 and a.len >= n);
    const m = Scratch.mark();
    defer Scratch.release(m);

    const s: Log2Limb = @intCast(@clz(b[n - 1]));
    const bn = Scratch.alloc(n);
    _ = shlBits(bn, b, s);
    const un = Scratch.alloc(a.len + 1);
    un[a.len] = shlBits(un[0..a.len], a, s);

    const d1 = bn[n - 1];
    const d0 = bn[n - 2];
    const v = reciprocal3by2(d1, d0);
    var j = a.len - n + 1;
    while (j > 0) {
        j -= 1;
        // Invariant: un[j+1 .. j+n+1] < bn, so the quotient limb fits.
        const n2 = un[j + n];
        const n1 = un[j + n - 1];
        const n0 = un[j + n - 2];
        var qhat: Limb = undefined;
        if (n2 == d1 and n1 == d0) {
            @branchHint(.unlikely);
            qhat = std.math.maxInt(Limb);
        } else {
            qhat = div3by2(n2, n1, n0, d1, d0, v);
        }
        // qhat is the true quotient limb or one too large.
        const borrow = subMul1(un[j .. j + n], bn, qhat);
        const top = @subWithOverflow(un[j + n], borrow);
        un[j + n] = top[0];
        if (top[1] != 0) {
            @branchHint(.unlikely);
            qhat -%= 1;
            const c = addN(un[j .. j + n], un[j .. j + n], bn, 0);
            un[j + n] +%= c;
        }
        if (q) |qq| qq[j] = qhat;
    }
    if (r) |rr| _ = shrBits(rr[0..n], un[0..n], s);
}

// ---- Tests ------------------------------------------------------------------------------------

const testing = std.testing;
const gc = @import("../gc/gc.zig");

fn toU128(a: []const Limb) u128 {
    var x: u128 = 0;
    var i = a.len;
    while (i > 0) {
        i -= 1;
        x = (x << 64) | a[i];
    }
    return x;
}

test "addN and subN agree with their portable forms" {
    var prng = std.Random.DefaultPrng.init(5);
    const rand = prng.random();
    for (0..500) |k| {
        var a: [9]Limb = undefined;
        var b: [9]Limb = undefined;
        for (&a, &b) |*x, *y| {
            x.* = if (rand.boolean()) rand.int(Limb) else std.math.maxInt(Limb);
            y.* = if (rand.boolean()) rand.int(Limb) else 0;
        }
        const n = k % 10;
        const c: u1 = @intCast(k & 1);
        var r1: [9]Limb = undefined;
        var r2: [9]Limb = undefined;
        try testing.expectEqual(addNPortable(&r2, a[0..n], b[0..n], c), addN(&r1, a[0..n], b[0..n], c));
        try testing.expectEqualSlices(Limb, r2[0..n], r1[0..n]);
        try testing.expectEqual(subNPortable(&r2, a[0..n], b[0..n], c), subN(&r1, a[0..n], b[0..n], c));
        try testing.expectEqualSlices(Limb, r2[0..n], r1[0..n]);
    }
}

test "div2by1 and divRem1 against u128 division" {
    var prng = std.Random.DefaultPrng.init(7);
    const rand = prng.random();
    for (0..2000) |_| {
        const a = [_]Limb{ rand.int(Limb), rand.int(Limb) };
        var d = rand.int(Limb) >> rand.intRangeAtMost(u6, 0, 63);
        if (d == 0) d = 1;
        var q: [2]Limb = undefined;
        const r = divRem1(&q, &a, d);
        const x = toU128(&a);
        try testing.expectEqual(x / d, toU128(&q));
        try testing.expectEqual(@as(Limb, @intCast(x % d)), r);
    }
}

test "divRem against u128 division" {
    gc.init(@frameAddress());
    defer gc.deinit();
    defer Scratch.forget();
    var prng = std.Random.DefaultPrng.init(11);
    const rand = prng.random();
    for (0..5000) |_| {
        var b = [_]Limb{ rand.int(Limb), rand.int(Limb) >> rand.intRangeAtMost(u6, 0, 62) };
        if (b[1] == 0) b[1] = 1;
        const a = [_]Limb{ rand.int(Limb), rand.int(Limb) };
        if (toU128(&a) < toU128(&b)) continue;
        var q: [1]Limb = undefined;
        var r: [2]Limb = undefined;
        divRem(&q, &r, &a, &b);
        try testing.expectEqual(toU128(&a) / toU128(&b), q[0]);
        try testing.expectEqual(toU128(&a) % toU128(&b), toU128(&r));
    }
}

test "divRem on limb patterns that force quotient corrections" {
    gc.init(@frameAddress());
    defer gc.deinit();
    defer Scratch.forget();
    const max = std.math.maxInt(Limb);
    const patterns = [_]Limb{ 0, 1, 2, (1 << 63) - 1, 1 << 63, (1 << 63) + 1, max - 1, max };
    var prng = std.Random.DefaultPrng.init(13);
    const rand = prng.random();
    var cases: usize = 0;
    // b: 2..3 limbs, q: 1..3 limbs, from the patterns; r: 0, b - 1 or random below b.
    for (0..patterns.len * patterns.len * patterns.len * 6) |k| {
        var b = [_]Limb{ patterns[k % 8], patterns[(k / 8) % 8], patterns[(k / 64) % 8] };
        const b_len: usize = 2 + (k / 512) % 2;
        if (b[b_len - 1] == 0) b[b_len - 1] = 1 << 63;
        const q_len: usize = 1 + (k / 1024) % 3;
        var q: [3]Limb = undefined;
        for (q[0..q_len]) |*x| x.* = patterns[rand.intRangeLessThan(usize, 0, patterns.len)];
        var r: [3]Limb = .{ 0, 0, 0 };
        switch (k % 3) {
            0 => {},
            1 => _ = sub1(r[0..b_len], b[0..b_len], 1),
            else => {
                for (r[0 .. b_len - 1]) |*x| x.* = rand.int(Limb);
                r[b_len - 1] = rand.uintLessThan(Limb, b[b_len - 1]);
            },
        }
        // a = q * b + r
        var a: [7]Limb = .{ 0, 0, 0, 0, 0, 0, 0 };
        mul(a[0 .. b_len + q_len], b[0..b_len], q[0..q_len]);
        _ = add(a[0 .. b_len + q_len + 1], a[0 .. b_len + q_len + 1], r[0..b_len]);
        const an = norm(&a);
        if (an.len < b_len) continue;
        var q2: [7]Limb = .{ 0, 0, 0, 0, 0, 0, 0 };
        var r2: [3]Limb = undefined;
        divRem(q2[0 .. an.len - b_len + 1], r2[0..b_len], an, b[0..b_len]);
        try testing.expectEqualSlices(Limb, norm(q[0..q_len]), norm(&q2));
        try testing.expectEqualSlices(Limb, r[0..b_len], r2[0..b_len]);
        cases += 1;
    }
    try testing.expect(cases > 2000);
}

test "Karatsuba and squaring agree with schoolbook" {
    gc.init(@frameAddress());
    defer gc.deinit();
    defer Scratch.forget();
    var prng = std.Random.DefaultPrng.init(3);
    const rand = prng.random();
    const sizes = [_][2]usize{ .{ 40, 40 }, .{ 100, 33 }, .{ 257, 129 }, .{ 300, 300 }, .{ 1000, 999 }, .{ 64, 1 } };
    for (sizes) |sz| {
        const a = try testing.allocator.alloc(Limb, sz[0]);
        defer testing.allocator.free(a);
        const b = try testing.allocator.alloc(Limb, sz[1]);
        defer testing.allocator.free(b);
        for (a) |*x| x.* = rand.int(Limb);
        for (b) |*x| x.* = if (rand.boolean()) rand.int(Limb) else std.math.maxInt(Limb);
        const r1 = try testing.allocator.alloc(Limb, a.len + b.len);
        defer testing.allocator.free(r1);
        const r2 = try testing.allocator.alloc(Limb, a.len + b.len);
        defer testing.allocator.free(r2);
        mul(r1, a, b);
        mulBasecase(r2, a, b);
        try testing.expectEqualSlices(Limb, r2, r1);
        const s1 = try testing.allocator.alloc(Limb, 2 * a.len);
        defer testing.allocator.free(s1);
        const s2 = try testing.allocator.alloc(Limb, 2 * a.len);
        defer testing.allocator.free(s2);
        sqr(s1, a);
        mulBasecase(s2, a, a);
        try testing.expectEqualSlices(Limb, s2, s1);
    }
}
