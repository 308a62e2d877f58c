//! int <-> text and bytes: str()/repr() and format digits, int(s, base), int.to_bytes and
//! int.from_bytes, with CPython 3.11's rules and messages.
//!
//! Decimal (and any non-power-of-two base) conversion peels off 19-digit chunks by dividing
//! by 10^19 in place, one limb division by invariant integer per limb and chunk; quadratic, as
//! in CPython 3.11, and bounded in practice by the 4300-digit limit that 3.11 enforces (see
//! `max_str_digits`). Power-of-two bases are linear and unlimited, as in CPython.
const std = @import("std");
const assert = std.debug.assert;
const exc = @import("exc.zig");
const types = @import("types.zig");
const mem = @import("mem.zig");
const limbs = @import("limbs.zig");
const bigint = @import("bigint.zig");
const Int = @import("int.zig").Int;
const Error = @import("err.zig").Error;

const Limb = limbs.Limb;
const Scratch = limbs.Scratch;

/// sys.get_int_max_str_digits(): the most decimal digits str(int) and int(str) accept; 0 means
/// no limit. sys.set_int_max_str_digits() sets it (to 0 or at least `max_str_digits_threshold`).
pub var max_str_digits: u32 = 4300;
/// CPython's _PY_LONG_MAX_STR_DIGITS_THRESHOLD: below this many digits the limit is not checked.
pub const max_str_digits_threshold: u32 = 640;

const digit_chars = "0123456789abcdefghijklmnopqrstuvwxyz";

/// For each base, the most digits whose value always fits a limb, and base to that power.
const Chunk = struct { digits: u8, divisor: Limb };
const chunks: [37]Chunk = blk: {
    @setEvalBranchQuota(10_000);
    var t: [37]Chunk = undefined;
    t[0] = .{ .digits = 0, .divisor = 0 };
    t[1] = .{ .digits = 0, .divisor = 0 };
    for (2..37) |b| {
        var d: u8 = 0;
        var p: u128 = 1;
        while (p * b <= std.math.maxInt(Limb)) : (d += 1) p *= b;
        t[b] = .{ .digits = d, .divisor = @intCast(p) };
    }
    break :blk t;
};

// ---- int -> text -------------------------------------------------------------------------------

/// str(a) in `base` (2..36): an optional '-' and lower-case digits, no prefix. Raises
/// ValueError past `max_str_digits` decimal digits. The result is a fresh GC buffer.
pub fn toString(a: Int, base: u8) Error![]u8 {
    return render(a, base, true);
}

/// Sign and magnitude digits in `base` (lower-case; "0" for zero), for format specs.
pub const Digits = struct { negative: bool, digits: []const u8 };

pub fn magnitudeDigits(a: Int, base: u8) Error!Digits {
    return .{ .negative = @import("intops.zig").isNegative(a), .digits = try render(a, base, false) };
}

/// Writes `v`'s digits (v != 0) at the end of `tmp`; returns where they start.
inline fn digitsBackward(v0: Limb, base: u8, tmp: *[65]u8) usize {
    var i: usize = tmp.len;
    var v = v0;
    while (v != 0) : (v /= base) {
        i -= 1;
        tmp[i] = digit_chars[@intCast(v % base)];
    }
    return i;
}

fn render(a: Int, base: u8, with_sign: bool) Error![]u8 {
    assert(base >= 2 and base <= 36);
    var buf: [1]Limb = undefined;
    const p = bigint.parts(a, &buf);
    const sign_len: usize = @intFromBool(with_sign and p.negative);
    if (p.isZero()) return dupe("0");
    if (p.mag.len == 1) {
        // At most 64 digits: no limit to check.
        var tmp: [65]u8 = undefined;
        var i: usize = tmp.len;
        // Base 10 (nearly every call) with a constant divisor: a multiply, not a division.
        i = if (base == 10) digitsBackward(p.mag[0], 10, &tmp) else digitsBackward(p.mag[0], base, &tmp);
        if (sign_len == 1) {
            i -= 1;
            tmp[i] = '-';
        }
        return dupe(tmp[i..]);
    }
    if (std.math.isPowerOfTwo(base)) return renderPowerOfTwo(p.mag, base, sign_len);
    return renderChunked(p.mag, base, sign_len);
}

fn dupe(s: []const u8) []u8 {
    const out = mem.allocSlice(u8, .noscan, s.len);
    @memcpy(out, s);
    return out;
}

fn renderPowerOfTwo(m: []const Limb, base: u8, sign_len: usize) []u8 {
    const bits: u6 = @intCast(@ctz(base));
    const total_bits = limbs.bitLen(m);
    const n: usize = @intCast((total_bits + bits - 1) / bits);
    const out = mem.allocSlice(u8, .noscan, sign_len + n);
    if (sign_len == 1) out[0] = '-';
    const mask: Limb = (@as(Limb, 1) << bits) - 1;
    for (0..n) |i| {
        const at = i * bits;
        const word = at / 64;
        const off: u6 = @intCast(at % 64);
        var d = m[word] >> off;
        if (@as(u7, off) + bits > 64 and word + 1 < m.len) d |= m[word + 1] << @intCast(64 - @as(u7, off));
        out[out.len - 1 - i] = digit_chars[@intCast(d & mask)];
    }
    return out;
}

fn renderChunked(m: []const Limb, base: u8, sign_len: usize) Error![]u8 {
    const chunk = chunks[base];
    const limit = if (base == 10) max_str_digits else 0;
    if (limit != 0) {
        // A cheap lower bound on the digit count first, so huge ints fail fast:
        // digits >= floor((bits - 1) * log10(2)) + 1.
        const bits: f64 = @floatFromInt(limbs.bitLen(m) - 1);
        const digits_min = @floor(bits * std.math.log10(2.0)) + 1;
        if (digits_min > @as(f64, @floatFromInt(limit)) + 1) return limitError(limit);
    }
    const mark = Scratch.mark();
    defer Scratch.release(mark);
    // Each chunk holds at least 58 bits (the chunk divisor is at least 2^(64 - log2(36))).
    const pieces = Scratch.alloc(@intCast(limbs.bitLen(m) / 58 + 2));
    const count = toPieces(pieces, m, base);
    const top = pieces[count - 1];
    const top_digits = digitCount(top, base);
    const digits = top_digits + (count - 1) * chunk.digits;
    if (limit != 0 and digits > limit) return limitError(limit);
    const out = mem.allocSlice(u8, .noscan, sign_len + digits);
    if (sign_len == 1) out[0] = '-';
    writeDigits(out[sign_len..][0..top_digits], top, base);
    var at = sign_len + top_digits;
    var i = count - 1;
    while (i > 0) {
        i -= 1;
        writeDigits(out[at..][0..chunk.digits], pieces[i], base);
        at += chunk.digits;
    }
    assert(at == out.len);
    return out;
}

/// Below this many limbs, peeling chunks off one division at a time beats splitting (flat
/// between 8 and 24 on the benchmark machine).
const split_limbs_min = 16;

/// Writes m's digits in base chunks[base].divisor, least significant first, to `out` and
/// returns their number (0 for zero). Peeling a chunk is a chain of dependent limb divisions
/// (latency-bound, about 20 cycles per limb), so big numbers are first split by a power
/// divisor^(2^j) of about half their size with one long division, whose inner loop runs at
/// multiply throughput, and the halves converted recursively: several times faster at 1000
/// digits, and far faster for huge ints when the digit limit is off.
fn toPieces(out: []Limb, m: []const Limb, base: u8) usize {
    if (m.len < split_limbs_min) return toPiecesSequential(out, m, chunks[base].divisor);
    const mark = Scratch.mark();
    defer Scratch.release(mark);
    const split = splitPower(base, m.len);
    const p = split.power;
    const q = Scratch.alloc(m.len - p.len + 1);
    const r = Scratch.alloc(p.len);
    limbs.divRem(q, r, m, p);
    const low_count = @as(usize, 1) << split.log2_chunks;
    const n_low = toPieces(out, limbs.norm(r), base);
    @memset(out[n_low..low_count], 0);
    return low_count + toPieces(out[low_count..], limbs.norm(q), base);
}

fn toPiecesSequential(out: []Limb, m: []const Limb, divisor: Limb) usize {
    const mark = Scratch.mark();
    defer Scratch.release(mark);
    const work = Scratch.alloc(m.len);
    @memcpy(work, m);
    var count: usize = 0;
    var n = m.len;
    while (n > 0) {
        out[count] = limbs.divRem1(work[0..n], work[0..n], divisor);
        count += 1;
        n = limbs.normLen(work[0..n]);
    }
    return count;
}

const Split = struct { power: []const Limb, log2_chunks: u6 };

/// The largest divisor^(2^j), j >= 1, of at most half (rounded up) of `len` limbs.
fn splitPower(base: u8, len: usize) Split {
    var j: u6 = 1;
    var p = power(base, 1);
    while (true) {
        const next = power(base, j + 1);
        if (next.len > (len + 1) / 2) break;
        p = next;
        j += 1;
    }
    assert(p.len >= 2 and p.len <= (len + 1) / 2);
    return .{ .power = p, .log2_chunks = j };
}

/// divisor^(2^j) for base 10 from a cache of squares kept for the program's life (GC memory
/// rooted here); for other bases computed into the caller's scratch.
var pow10_cache: [48][]const Limb = [_][]const Limb{&.{}} ** 48;
var pow10_rooted = false;

fn power(base: u8, j: u6) []const Limb {
    if (base == 10) {
        if (pow10_cache[j].len == 0) {
            if (!pow10_rooted) {
                mem.addRoot(@ptrCast(&pow10_cache), @sizeOf(@TypeOf(pow10_cache)));
                pow10_rooted = true;
            }
            const prev = if (j == 0) &[_]Limb{chunks[10].divisor} else power(10, j - 1);
            const sq = mem.allocSlice(Limb, .noscan, if (j == 0) 1 else 2 * prev.len);
            if (j == 0) sq[0] = prev[0] else limbs.sqr(sq, prev);
            pow10_cache[j] = sq[0..limbs.normLen(sq)];
        }
        return pow10_cache[j];
    }
    var p: []const Limb = Scratch.alloc(1);
    @constCast(p)[0] = chunks[base].divisor;
    for (0..j) |_| {
        const sq = Scratch.alloc(2 * p.len);
        limbs.sqr(sq, p);
        p = sq[0..limbs.normLen(sq)];
    }
    return p;
}

/// Drops the power cache without freeing it: for tests that tear the whole GC heap down.
pub fn forgetCaches() void {
    pow10_cache = [_][]const Limb{&.{}} ** 48;
    pow10_rooted = false;
}

fn limitError(limit: u32) Error {
    return exc.raiseFmt(&types.ValueError, "Exceeds the limit ({d} digits) for integer string conversion; " ++
        "use sys.set_int_max_str_digits() to increase the limit", .{limit});
}

fn digitCount(v: Limb, base: u8) usize {
    var n: usize = 1;
    var x = v / base;
    while (x != 0) : (x /= base) n += 1;
    return n;
}

/// Writes v as exactly out.len digits (zero-padded on the left).
fn writeDigits(out: []u8, v: Limb, base: u8) void {
    var x = v;
    var i = out.len;
    if (base == 10) {
        // Two digits per division.
        while (i >= 2) {
            const pair: usize = @intCast(x % 100);
            x /= 100;
            i -= 2;
            out[i] = '0' + @as(u8, @intCast(pair / 10));
            out[i + 1] = '0' + @as(u8, @intCast(pair % 10));
        }
    }
    while (i > 0) {
        i -= 1;
        out[i] = digit_chars[@intCast(x % base)];
        x /= base;
    }
    assert(x == 0);
}

// ---- text -> int -------------------------------------------------------------------------------

/// `InvalidLiteral`: the caller raises ValueError("invalid literal for int() with base %d: %.200R")
/// with the original string and base. Other failures (the digit limit) are raised here.
pub const ParseError = Error || error{InvalidLiteral};

/// int(text, base) for ASCII text whose surrounding whitespace the caller stripped, and whose
/// non-ASCII decimal digits it mapped to ASCII (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII).
/// base is 0 (auto-detect from a prefix, as for literals) or 2..36 (CPython's PyLong_FromString).
pub fn parse(text: []const u8, base_arg: u8) ParseError!Int {
    assert(base_arg == 0 or (base_arg >= 2 and base_arg <= 36));
    var i: usize = 0;
    var negative = false;
    if (i < text.len and (text[i] == '+' or text[i] == '-')) {
        negative = text[i] == '-';
        i += 1;
    }
    var base = base_arg;
    // Base 0 rejects C-style octal ("010") but accepts zeros ("00", "0_0").
    var error_if_nonzero = false;
    const c0: u8 = if (i < text.len) text[i] else 0;
    const c1: u8 = if (i + 1 < text.len) std.ascii.toLower(text[i + 1]) else 0;
    if (base == 0) {
        base = if (c0 != '0') 10 else switch (c1) {
            'x' => 16,
            'o' => 8,
            'b' => 2,
            else => blk: {
                error_if_nonzero = true;
                break :blk 10;
            },
        };
    }
    if (c0 == '0' and ((base == 16 and c1 == 'x') or (base == 8 and c1 == 'o') or (base == 2 and c1 == 'b'))) {
        i += 2;
        if (i < text.len and text[i] == '_') i += 1; // one underscore may follow the prefix
    }
    if (i < text.len and text[i] == '_') return error.InvalidLiteral;

    // The run of digits, single underscores between them.
    const start = i;
    var digits: usize = 0;
    var prev: u8 = 0;
    while (i < text.len) : (i += 1) {
        const c = text[i];
        if (c == '_') {
            if (prev == '_') return error.InvalidLiteral;
        } else if (digitValue(c) < base) {
            digits += 1;
        } else break;
        prev = c;
    }
    if (prev == '_') return error.InvalidLiteral;
    if (!std.math.isPowerOfTwo(base) and digits > max_str_digits_threshold and
        max_str_digits > 0 and digits > max_str_digits)
    {
        return exc.raiseFmt(&types.ValueError, "Exceeds the limit ({d} digits) for integer string conversion: " ++
            "value has {d} digits; use sys.set_int_max_str_digits() to increase the limit", .{ max_str_digits, digits });
    }
    if (i == start or i != text.len) return error.InvalidLiteral;
    const run = text[start..i];
    const value = if (std.math.isPowerOfTwo(base)) parsePowerOfTwo(run, digits, base) else parseChunked(run, digits, base);
    if (error_if_nonzero and !value.eqlFast(Int.zero)) return error.InvalidLiteral;
    return if (negative) @import("intops.zig").neg(value) else value;
}

fn digitValue(c: u8) u8 {
    return switch (c) {
        '0'...'9' => c - '0',
        'a'...'z' => c - 'a' + 10,
        'A'...'Z' => c - 'A' + 10,
        else => 37,
    };
}

/// Digits (with underscores) in a non-power-of-two base: chunks of up to `chunks[base].digits`
/// digits, acc = acc * base^k + chunk.
fn parseChunked(run: []const u8, digits: usize, base: u8) Int {
    const chunk = chunks[base];
    const bits = @as(f64, @floatFromInt(digits)) * std.math.log2(@as(f64, @floatFromInt(base)));
    const cap: usize = @intFromFloat(@ceil(bits / 64) + 1);
    const mark = Scratch.mark();
    defer Scratch.release(mark);
    const acc = Scratch.alloc(cap);
    var n: usize = 0;
    var i: usize = 0;
    // The first chunk takes the odd digits, so the others are full.
    var take = digits % chunk.digits;
    if (take == 0) take = chunk.digits;
    while (i < run.len) {
        var v: Limb = 0;
        var mult: Limb = 1;
        var got: usize = 0;
        while (got < take) : (i += 1) {
            const c = run[i];
            if (c == '_') continue;
            v = v * base + digitValue(c);
            mult *= base;
            got += 1;
        }
        if (n == 0) {
            acc[0] = v;
            n = @intFromBool(v != 0); // leading zeros
        } else {
            const hi = limbs.mul1(acc[0..n], acc[0..n], mult);
            const top = hi + limbs.add1(acc[0..n], acc[0..n], v);
            acc[n] = top;
            n += @intFromBool(top != 0);
        }
        take = chunk.digits;
    }
    return bigint.fromMag(acc[0..n], true);
}

/// Digits (with underscores) in base 2, 4, 8, 16 or 32: bits packed from the last digit.
fn parsePowerOfTwo(run: []const u8, digits: usize, base: u8) Int {
    const bits: u6 = @intCast(@ctz(base));
    const cap = (digits * bits + 63) / 64 + 1;
    const mark = Scratch.mark();
    defer Scratch.release(mark);
    const acc = Scratch.allocZero(cap);
    var at: usize = 0;
    var i = run.len;
    while (i > 0) {
        i -= 1;
        if (run[i] == '_') continue;
        const d: Limb = digitValue(run[i]);
        const off: u6 = @intCast(at % 64);
        acc[at / 64] |= d << off;
        if (@as(u7, off) + bits > 64) acc[at / 64 + 1] |= d >> @intCast(64 - @as(u7, off));
        at += bits;
    }
    return bigint.fromMag(acc, true);
}

// ---- int <-> bytes ------------------------------------------------------------------------------

pub const ByteOrder = std.builtin.Endian;

/// int.to_bytes(length, byteorder, signed=...): `length` bytes of two's complement. The caller
/// checks length >= 0 ("length argument must be non-negative") and the byteorder string.
pub fn toBytes(a: Int, length: usize, order: ByteOrder, signed: bool) Error![]u8 {
    var buf: [1]Limb = undefined;
    const p = bigint.parts(a, &buf);
    if (p.negative and !signed) return exc.raiseMsg(&types.OverflowError, "can't convert negative int to unsigned");
    // CPython's _PyLong_AsByteArray: the bits below the infinite run of sign bits must fit,
    // and a signed result needs one sign bit more (so 0 and -1 fit in zero bytes).
    const bits = limbs.bitLen(p.mag);
    const avail: u128 = @as(u128, length) * 8;
    const fits = if (!signed)
        bits <= avail
    else if (!p.negative)
        bits == 0 or bits < avail
    else if (isPowerOfTwoMag(p.mag))
        bits - 1 == 0 or bits - 1 < avail // the value bits of -2^k are those of 2^k - 1
    else
        bits < avail;
    if (!fits) return exc.raiseMsg(&types.OverflowError, "int too big to convert");
    const out = mem.allocSlice(u8, .noscan, length);
    // Little-endian two's complement first, then reversed for big-endian.
    var borrow: u1 = 1;
    for (0..length) |i| {
        const l: Limb = if (i / 8 < p.mag.len) p.mag[i / 8] else 0;
        var byte: u8 = @truncate(l >> @intCast((i % 8) * 8));
        if (p.negative) {
            const d = @subWithOverflow(byte, borrow);
            borrow = d[1];
            byte = ~d[0];
        }
        out[i] = byte;
    }
    if (order == .big) std.mem.reverse(u8, out);
    return out;
}

fn isPowerOfTwoMag(m: []const Limb) bool {
    for (m[0 .. m.len - 1]) |l| if (l != 0) return false;
    return m[m.len - 1] & (m[m.len - 1] - 1) == 0;
}

/// int.from_bytes(bytes, byteorder, signed=...).
pub fn fromBytes(bytes: []const u8, order: ByteOrder, signed: bool) Int {
    if (bytes.len == 0) return Int.zero;
    const mark = Scratch.mark();
    defer Scratch.release(mark);
    const n = (bytes.len + 7) / 8;
    const acc = Scratch.allocZero(n);
    for (0..bytes.len) |i| {
        const byte = if (order == .little) bytes[i] else bytes[bytes.len - 1 - i];
        acc[i / 8] |= @as(Limb, byte) << @intCast((i % 8) * 8);
    }
    const top_byte = if (order == .little) bytes[bytes.len - 1] else bytes[0];
    if (!signed or top_byte < 0x80) return bigint.fromMag(acc, true);
    // Negative: the magnitude is the two's complement over bytes.len bytes.
    var carry: Limb = 1;
    for (acc, 0..) |*l, i| {
        var x = ~l.*;
        if (i == n - 1 and bytes.len % 8 != 0) x &= (@as(Limb, 1) << @intCast((bytes.len % 8) * 8)) - 1;
        const s = @addWithOverflow(x, carry);
        l.* = s[0];
        carry = s[1];
    }
    return bigint.fromMag(acc, false);
}

test "split conversion agrees with chunk-at-a-time conversion" {
    const gc = @import("../gc/gc.zig");
    gc.init(@frameAddress());
    defer gc.deinit();
    defer Scratch.forget();
    defer forgetCaches();
    var prng = std.Random.DefaultPrng.init(17);
    const rand = prng.random();
    for ([_]u8{ 10, 3, 36 }) |base| {
        for ([_]usize{ 16, 17, 33, 70, 129, 400 }) |n| {
            const m = try std.testing.allocator.alloc(Limb, n);
            defer std.testing.allocator.free(m);
            for (m) |*x| x.* = if (rand.boolean()) rand.int(Limb) else 0;
            m[n - 1] |= 1;
            const a = try std.testing.allocator.alloc(Limb, n * 2);
            defer std.testing.allocator.free(a);
            const b = try std.testing.allocator.alloc(Limb, n * 2);
            defer std.testing.allocator.free(b);
            const count = toPieces(a, m, base);
            try std.testing.expectEqual(toPiecesSequential(b, m, chunks[base].divisor), count);
            try std.testing.expectEqualSlices(Limb, b[0..count], a[0..count]);
        }
    }
}
