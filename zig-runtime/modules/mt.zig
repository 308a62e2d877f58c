//! The Mersenne Twister (MT19937) exactly as CPython's Modules/_randommodule.c uses it:
//! init_genrand / init_by_array seeding, genrand_uint32, random() from two words (53 bits),
//! getrandbits(k) from 32-bit words least significant first, and seeding from an int (its
//! absolute value's 32-bit words, least significant first).
const std = @import("std");
const rt = @import("../rt.zig");
const Int = rt.Int;

pub const N = 624;
const M = 397;
const matrix_a: u32 = 0x9908b0df;
const upper_mask: u32 = 0x80000000;
const lower_mask: u32 = 0x7fffffff;

pub const State = struct {
    /// GC `noscan` memory (the words are not pointers).
    mt: *[N]u32,
    /// Next word to temper; N means "regenerate first".
    index: u32 = N,

    pub fn init() State {
        const words = rt.mem.allocSlice(u32, .noscan, N);
        return .{ .mt = words[0..N] };
    }
};

fn initGenrand(s: *State, seed: u32) void {
    const mt = s.mt;
    mt[0] = seed;
    for (1..N) |i| {
        mt[i] = 1812433253 *% (mt[i - 1] ^ (mt[i - 1] >> 30)) +% @as(u32, @intCast(i));
    }
    s.index = N;
}

/// Seeds from an array of 32-bit words (at least one).
pub fn initByArray(s: *State, key: []const u32) void {
    std.debug.assert(key.len > 0);
    initGenrand(s, 19650218);
    const mt = s.mt;
    var i: usize = 1;
    var j: usize = 0;
    var k: usize = @max(N, key.len);
    while (k > 0) : (k -= 1) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) *% 1664525)) +% key[j] +% @as(u32, @truncate(j));
        i += 1;
        j += 1;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if (j >= key.len) j = 0;
    }
    k = N - 1;
    while (k > 0) : (k -= 1) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) *% 1566083941)) -% @as(u32, @intCast(i));
        i += 1;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
}

fn regenerate(mt: *[N]u32) void {
    var kk: usize = 0;
    while (kk < N - M) : (kk += 1) {
        const y = (mt[kk] & upper_mask) | (mt[kk + 1] & lower_mask);
        mt[kk] = mt[kk + M] ^ (y >> 1) ^ (matrix_a & (0 -% (y & 1)));
    }
    while (kk < N - 1) : (kk += 1) {
        const y = (mt[kk] & upper_mask) | (mt[kk + 1] & lower_mask);
        mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ (matrix_a & (0 -% (y & 1)));
    }
    const y = (mt[N - 1] & upper_mask) | (mt[0] & lower_mask);
    mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ (matrix_a & (0 -% (y & 1)));
}

/// The next 32-bit output.
pub inline fn genrand(s: *State) u32 {
    if (s.index >= N) {
        @branchHint(.unlikely);
        regenerate(s.mt);
        s.index = 0;
    }
    var y = s.mt[s.index];
    s.index += 1;
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= (y >> 18);
    return y;
}

/// random(): a float in [0, 1) with 53 random bits (two words: 27 + 26 bits).
pub inline fn random(s: *State) f64 {
    const a: f64 = @floatFromInt(genrand(s) >> 5);
    const b: f64 = @floatFromInt(genrand(s) >> 6);
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/// getrandbits(k) for 0 < k <= 64.
pub fn bits64(s: *State, k: u32) u64 {
    std.debug.assert(k > 0 and k <= 64);
    if (k <= 32) return genrand(s) >> @intCast(32 - k);
    const lo: u64 = genrand(s);
    const hi: u64 = genrand(s) >> @intCast(64 - k);
    return lo | (hi << 32);
}

/// getrandbits(k) for any k >= 0, as an int.
pub fn bitsInt(s: *State, k: u64) Int {
    if (k == 0) return Int.zero;
    if (k <= 64) return rt.intops.fromU64(bits64(s, @intCast(k)));
    const words: usize = @intCast((k - 1) / 32 + 1);
    const bytes = rt.mem.allocSlice(u8, .noscan, words * 4);
    var left = k;
    for (0..words) |i| {
        var r = genrand(s);
        if (left < 32) r >>= @intCast(32 - left);
        std.mem.writeInt(u32, bytes[i * 4 ..][0..4], r, .little);
        left -|= 32;
    }
    return rt.intops.fromBytes(bytes, .little, false);
}

/// A uniformly random int in [0, n) for n > 0: CPython's _randbelow_with_getrandbits
/// (k = n.bit_length() bits, retried while >= n).
pub fn below(s: *State, n: u64) u64 {
    std.debug.assert(n > 0);
    const k: u32 = 64 - @as(u32, @clz(n));
    var r = bits64(s, k);
    while (r >= n) r = bits64(s, k);
    return r;
}

/// The same for an int n > 0 of any size.
pub fn belowInt(s: *State, n: Int) rt.Error!Int {
    if (rt.intops.toU64(n)) |w| return rt.intops.fromU64(below(s, w));
    const k = rt.intops.bitLength(n);
    var r = bitsInt(s, k);
    while (rt.intops.order(r, n) != .lt) r = bitsInt(s, k);
    return r;
}

/// Seeds from a non-negative int: its 32-bit words, least significant first (one word for 0).
pub fn seedInt(s: *State, n: Int) void {
    std.debug.assert(!rt.intops.isNegative(n));
    const bits = rt.intops.bitLength(n);
    const used: usize = if (bits == 0) 1 else @intCast((bits - 1) / 32 + 1);
    var stack: [4]u32 = undefined;
    const key = if (used <= stack.len) stack[0..used] else rt.mem.allocSlice(u32, .noscan, used);
    if (n.isSmall()) {
        const v: u64 = @intCast(n.small());
        key[0] = @truncate(v);
        if (used > 1) key[1] = @truncate(v >> 32);
    } else {
        const limbs = n.big().limbs;
        for (key, 0..) |*w, i| w.* = @truncate(limbs[i / 2] >> @intCast(32 * (i % 2)));
    }
    initByArray(s, key);
}

test "CPython's first outputs for seed 42" {
    const gc = @import("../gc/gc.zig");
    gc.init(@frameAddress());
    defer gc.deinit();
    var s = State.init();
    seedInt(&s, Int.fromSmall(42));
    // random.seed(42); random.random() == 0.6394267984578837
    try std.testing.expectEqual(@as(f64, 0.6394267984578837), random(&s));
}
