//! Decimal digits of a double, as David Gay's _Py_dg_dtoa gives them to CPython:
//! a digit string without trailing zeros and the position of the decimal point.
//!
//! - `shortest` (dtoa mode 0, repr): the shortest digits that read back as the same double,
//!   the closest to it when several are as short. Ryu from Zig's std does this.
//! - `significant` (mode 2, 'e' and 'g') and `fixed` (mode 3, 'f' and round()): the exact
//!   binary value rounded half-to-even at a digit position. Zig's std rounds its shortest
//!   digits instead, which is wrong for '%.20f' % 0.1, so the rounding here is exact: in
//!   128-bit integers when they suffice (scaled.zig), else on the full decimal expansion
//!   (bigdec.zig).
//!
//! Cost: `shortest` is one Ryu conversion (or a few multiplications for numbers whose exact
//! value has at most 15 digits, like 12.5). The exact modes cost a 128-bit multiply and
//! divide for ordinary requests, and up to a few microseconds for subnormals or hundreds
//! of digits. Everything lives on the stack (about 1.2 KB).

const std = @import("std");
const assert = std.debug.assert;
const ryu = std.fmt.float;
const bigdec = @import("bigdec.zig");
const scaled_mod = @import("scaled.zig");

/// The longest exact expansion: a subnormal's m * 5**1074 has 767 digits.
pub const digits_max = 768;

pub const Digits = struct {
    /// ASCII digits, `len` of them, no trailing zeros (a zero value is "0").
    buf: [digits_max]u8 = undefined,
    len: u32 = 0,
    /// The value is 0.d1d2d3... * 10**decpt.
    decpt: i32 = 0,

    pub fn slice(d: *const Digits) []const u8 {
        return d.buf[0..d.len];
    }

    fn setZero(d: *Digits) void {
        d.buf[0] = '0';
        d.len = 1;
        d.decpt = 1;
    }

    fn stripTrailingZeros(d: *Digits) void {
        while (d.len > 0 and d.buf[d.len - 1] == '0') d.len -= 1;
    }
};

/// A finite double's magnitude as an integer times a power of two, with the integer odd
/// (or zero), so the exact expansion is as short as it can be.
pub const Binary = struct {
    mantissa: u64,
    exp2: i32,

    pub fn of(x: f64) Binary {
        assert(std.math.isFinite(x));
        const bits: u64 = @bitCast(x);
        const biased: i32 = @intCast((bits >> 52) & 0x7FF);
        const fraction = bits & ((@as(u64, 1) << 52) - 1);
        var b: Binary = if (biased == 0)
            .{ .mantissa = fraction, .exp2 = -1074 }
        else
            .{ .mantissa = fraction | (@as(u64, 1) << 52), .exp2 = biased - 1075 };
        if (b.mantissa != 0) {
            const tz: u6 = @intCast(@ctz(b.mantissa));
            b.mantissa >>= tz;
            b.exp2 += tz;
        }
        return b;
    }
};

/// At most 17 digits: what `shortest` produces, without the big buffer, for repr's hot path.
pub const Short = struct {
    buf: [17]u8 = undefined,
    len: u8 = 0,
    /// The value is 0.d1d2d3... * 10**decpt.
    decpt: i32 = 0,

    pub fn slice(s: *const Short) []const u8 {
        return s.buf[0..s.len];
    }
};

/// Shortest round-tripping digits of |x| (finite, nonzero). dtoa mode 0.
pub fn shortestShort(x: f64) Short {
    assert(x != 0 and std.math.isFinite(x));
    var mantissa: u64 = undefined;
    var exp10: i32 = undefined;
    if (exactUpTo15Digits(Binary.of(@abs(x)))) |exact| {
        mantissa = exact.value;
        exp10 = exact.exp10;
    } else {
        const bits: u64 = @bitCast(@abs(x));
        const r = ryu.binaryToDecimal(u64, bits, 52, 11, false, &ryu.Backend64_TablesFull);
        mantissa = r.mantissa;
        exp10 = r.exponent;
    }
    while (mantissa % 10 == 0) {
        mantissa /= 10;
        exp10 += 1;
    }
    const n = decimalLength(mantissa);
    var s: Short = .{ .len = n, .decpt = exp10 + n };
    var i: usize = n;
    while (i >= 2) {
        i -= 2;
        const pair: usize = @intCast(mantissa % 100);
        mantissa /= 100;
        s.buf[i..][0..2].* = digit_pairs[pair * 2 ..][0..2].*;
    }
    if (i == 1) s.buf[0] = @intCast('0' + mantissa);
    return s;
}

/// The exact value as integer * 10**exp10 when it has at most 15 significant digits (12.5,
/// 0.25, 1000.0: common in data). Such a value is its own shortest repr: no two decimals
/// of at most 15 digits (DBL_DIG) read as the same double, so nothing shorter reads as x.
fn exactUpTo15Digits(b: Binary) ?struct { value: u64, exp10: i32 } {
    const limit: u64 = 1_000_000_000_000_000;
    if (b.exp2 >= 0) {
        if (b.exp2 > 50) return null;
        const v = b.mantissa << @intCast(b.exp2);
        if (v >= limit or v >> @intCast(b.exp2) != b.mantissa) return null;
        return .{ .value = v, .exp10 = 0 };
    }
    // m * 2**-k == m * 5**k / 10**k.
    if (b.exp2 < -22) return null;
    const k: u32 = @intCast(-b.exp2);
    const product = @mulWithOverflow(b.mantissa, std.math.pow(u64, 5, k));
    if (product[1] != 0 or product[0] >= limit) return null;
    return .{ .value = product[0], .exp10 = -@as(i32, @intCast(k)) };
}

const digit_pairs = blk: {
    var table: [200]u8 = undefined;
    for (0..100) |v| {
        table[v * 2] = '0' + v / 10;
        table[v * 2 + 1] = '0' + v % 10;
    }
    break :blk table;
};

fn decimalLength(v: u64) u8 {
    assert(v > 0 and v < 100_000_000_000_000_000);
    var n: u8 = 1;
    var bound: u64 = 10;
    while (v >= bound) : (bound *= 10) n += 1;
    return n;
}

/// Shortest round-tripping digits of |x| (finite) into `d`. dtoa mode 0.
pub fn shortest(d: *Digits, x: f64) void {
    if (x == 0) return d.setZero();
    const s = shortestShort(x);
    @memcpy(d.buf[0..s.len], s.slice());
    d.len = s.len;
    d.decpt = s.decpt;
}

/// |x| (finite) rounded half-even to `ndigits` significant digits (>= 1). dtoa mode 2.
pub fn significant(d: *Digits, x: f64, ndigits: u64) void {
    assert(ndigits >= 1);
    if (x == 0) return d.setZero();
    const b = Binary.of(@abs(x));
    if (ndigits <= 38 and significantScaled(b, @intCast(ndigits), d)) return;
    bigdec.expand(b, d);
    roundAt(d, @intCast(@min(ndigits, digits_max)));
}

/// |x| (finite) rounded half-even to `ndigits` digits after the decimal point (negative:
/// to tens, hundreds, ...). dtoa mode 3. When everything rounds away the digits are empty
/// and decpt is -ndigits, as dtoa reports it.
pub fn fixed(d: *Digits, x: f64, ndigits: i64) void {
    if (x == 0) return d.setZero();
    const b = Binary.of(@abs(x));
    if (fixedScaled(b, ndigits, d)) return;
    bigdec.expand(b, d);
    // A cut beyond the expansion keeps everything; clamping keeps the arithmetic in range.
    const cut = @as(i64, d.decpt) + std.math.clamp(ndigits, -digits_max * 2, digits_max * 2);
    if (cut < 0) {
        d.len = 0;
        d.decpt = @intCast(-std.math.clamp(ndigits, -digits_max * 2, digits_max * 2));
        return;
    }
    roundAt(d, @intCast(@min(cut, digits_max)));
    if (d.len == 0) d.decpt = @intCast(-ndigits);
}

/// Past this many digits after the point the value times 10**p is an integer already, so
/// asking for more changes nothing: 0 for integers, -e for m * 2**e.
fn exactScale(b: Binary) i64 {
    return if (b.exp2 >= 0) 0 else -@as(i64, b.exp2);
}

/// `fixed` in 128-bit arithmetic; false when it does not fit.
fn fixedScaled(b: Binary, ndigits: i64, d: *Digits) bool {
    const p = @min(ndigits, exactScale(b));
    const s = scaled_mod.scaled(b.mantissa, b.exp2, p) orelse return false;
    const q = s.floor + @intFromBool(s.up);
    if (q == 0) {
        d.len = 0;
        d.decpt = @intCast(-ndigits);
        return true;
    }
    setInteger(d, q, p);
    return true;
}

/// `significant` in 128-bit arithmetic; false when it does not fit.
fn significantScaled(b: Binary, ndigits: u32, d: *Digits) bool {
    const n: i64 = ndigits;
    const cap = exactScale(b);
    // 2**t <= |x| < 2**(t+1), so the decimal point position is est or est + 1.
    const t: i64 = @as(i64, 63 - @clz(b.mantissa)) + b.exp2;
    const est = (t * 78913 >> 18) + 1; // floor(t * log10(2)) + 1
    const p_guess = @min(n - est, cap);
    var s = scaled_mod.scaled(b.mantissa, b.exp2, p_guess) orelse return false;
    // floor >= 1 at this scale, so its length gives the exact decimal point.
    const decpt = @as(i64, scaled_mod.decimalLength(s.floor)) - p_guess;
    const p = @min(n - decpt, cap);
    if (p != p_guess) s = scaled_mod.scaled(b.mantissa, b.exp2, p) orelse return false;
    setInteger(d, s.floor + @intFromBool(s.up), p);
    return true;
}

/// Digits of q (> 0) with the decimal point p places from its right, trailing zeros
/// stripped.
fn setInteger(d: *Digits, q: u128, p: i64) void {
    assert(q > 0);
    const n = scaled_mod.decimalLength(q);
    var rest = q;
    var i: usize = n;
    while (rest >= 1 << 64) {
        // Peel 19 digits at a time so the rest runs in 64-bit arithmetic.
        var low: u64 = @intCast(rest % 10_000_000_000_000_000_000);
        rest /= 10_000_000_000_000_000_000;
        for (0..19) |_| {
            i -= 1;
            d.buf[i] = @intCast('0' + low % 10);
            low /= 10;
        }
    }
    var low: u64 = @intCast(rest);
    while (i > 0) {
        i -= 1;
        d.buf[i] = @intCast('0' + low % 10);
        low /= 10;
    }
    d.len = n;
    d.decpt = @intCast(@as(i64, n) - p);
    d.stripTrailingZeros();
}

/// Keeps the first `keep` digits of an exact expansion, rounding half to even on the
/// dropped ones, and strips trailing zeros. keep == 0 rounds to zero or to one unit at
/// the position before the first digit.
fn roundAt(d: *Digits, keep: u32) void {
    if (keep >= d.len) {
        d.stripTrailingZeros();
        return;
    }
    const first_dropped = d.buf[keep];
    var up = first_dropped > '5';
    if (first_dropped == '5') {
        up = for (d.buf[keep + 1 .. d.len]) |c| {
            if (c != '0') break true;
        } else
            // Exactly half: round to the even neighbour (a missing digit counts as 0).
            keep > 0 and (d.buf[keep - 1] - '0') % 2 == 1;
    }
    d.len = keep;
    if (up) {
        var i = keep;
        while (i > 0) {
            i -= 1;
            if (d.buf[i] != '9') {
                d.buf[i] += 1;
                break;
            }
            d.buf[i] = '0';
        } else {
            // All nines (or nothing kept): the result is a single 1 one place higher.
            d.buf[0] = '1';
            d.len = 1;
            d.decpt += 1;
        }
    }
    d.stripTrailingZeros();
}

const Mode = union(enum) { shortest, significant: u64, fixed: i64 };

fn expectDigits(x: f64, mode: Mode, digits: []const u8, decpt: i32) !void {
    var d: Digits = .{};
    switch (mode) {
        .shortest => shortest(&d, x),
        .significant => |n| significant(&d, x, n),
        .fixed => |n| fixed(&d, x, n),
    }
    try std.testing.expectEqualStrings(digits, d.slice());
    try std.testing.expectEqual(decpt, d.decpt);
}

test shortest {
    try expectDigits(0.1, .shortest, "1", 0);
    try expectDigits(100.0, .shortest, "1", 3);
    try expectDigits(1e22, .shortest, "1", 23);
    try expectDigits(5e-324, .shortest, "5", -323);
    try expectDigits(123456789012345.0, .shortest, "123456789012345", 15);
    try expectDigits(0.0, .shortest, "0", 1);
}

test "exact modes" {
    // 0.1 is 0.1000000000000000055511151231257827...
    try expectDigits(0.1, .{ .fixed = 20 }, "10000000000000000555", 0);
    try expectDigits(2.675, .{ .significant = 3 }, "267", 1); // 2.67499999...
    try expectDigits(0.125, .{ .fixed = 2 }, "12", 0); // half: to even
    try expectDigits(0.375, .{ .fixed = 2 }, "38", 0);
    try expectDigits(2.5, .{ .fixed = 0 }, "2", 1);
    try expectDigits(0.5, .{ .fixed = 0 }, "", 0);
    try expectDigits(0.001, .{ .fixed = 1 }, "", -1);
    try expectDigits(9.96, .{ .fixed = 1 }, "1", 2);
    try expectDigits(1234.5, .{ .fixed = -2 }, "12", 4);
    try expectDigits(1e22, .{ .significant = 30 }, "1", 23);
    try expectDigits(5e-324, .{ .significant = 1000 }, "4940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625", -323);
}
