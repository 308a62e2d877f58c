//! Substring search over UTF-8 bytes, the engine behind str.find/count/replace/split.
//!
//! Searching the bytes is exact for code points: UTF-8 is self-synchronizing, so a match of a
//! well-formed needle always starts on a character boundary. Callers convert byte offsets to
//! code-point indices only for non-ASCII text.
//!
//! Forward search filters candidates 16..32 bytes at a time by comparing the needle's first and
//! last bytes at once (the "generic SIMD" method), then confirms with a memcmp; single bytes use
//! std's vectorized scalar search. No preprocessing table, so short searches repeated in a loop
//! (split, replace) cost nothing up front. Worst case O(n*m) for adversarial inputs, like the
//! Horspool search std uses.
const std = @import("std");
const assert = std.debug.assert;

const vector_len = std.simd.suggestVectorLength(u8) orelse 16;
const Vec = @Vector(vector_len, u8);
const Mask = std.meta.Int(.unsigned, vector_len);

/// Byte offset of the first occurrence of `needle` in `hay` at or after `from`.
pub fn indexOf(hay: []const u8, needle: []const u8, from: usize) ?usize {
    if (needle.len == 0) return if (from <= hay.len) from else null;
    if (from >= hay.len or hay.len - from < needle.len) return null;
    if (needle.len == 1) return std.mem.indexOfScalarPos(u8, hay, from, needle[0]);
    const last = needle.len - 1;
    const first_v: Vec = @splat(needle[0]);
    const last_v: Vec = @splat(needle[last]);
    var i = from;
    // Candidates i where hay[i] == needle[0] and hay[i + last] == needle[last].
    while (i + last + vector_len <= hay.len) : (i += vector_len) {
        const a: Vec = hay[i..][0..vector_len].*;
        const b: Vec = hay[i + last ..][0..vector_len].*;
        var m: Mask = @bitCast((a == first_v) & (b == last_v));
        while (m != 0) {
            const k = @ctz(m);
            if (std.mem.eql(u8, hay[i + k + 1 ..][0 .. last - 1], needle[1..last])) return i + k;
            m &= m - 1;
        }
    }
    while (i + needle.len <= hay.len) : (i += 1) {
        if (hay[i] == needle[0] and std.mem.eql(u8, hay[i..][0..needle.len], needle)) return i;
    }
    return null;
}

/// Byte offset of the last occurrence of `needle` that ends at or before `hay.len`.
pub fn lastIndexOf(hay: []const u8, needle: []const u8) ?usize {
    if (needle.len == 0) return hay.len;
    if (hay.len < needle.len) return null;
    if (needle.len == 1) return std.mem.lastIndexOfScalar(u8, hay, needle[0]);
    var i = hay.len - needle.len + 1;
    while (i > 0) {
        i -= 1;
        if (hay[i] == needle[0] and std.mem.eql(u8, hay[i..][0..needle.len], needle)) return i;
    }
    return null;
}

/// Non-overlapping occurrences of a non-empty `needle`, stopping at `max`.
pub fn count(hay: []const u8, needle: []const u8, max: usize) usize {
    assert(needle.len > 0);
    if (needle.len == 1 and max >= hay.len) return countByte(hay, needle[0]);
    var n: usize = 0;
    var i: usize = 0;
    while (n < max) {
        const at = indexOf(hay, needle, i) orelse break;
        n += 1;
        i = at + needle.len;
    }
    return n;
}

/// Occurrences of byte `c`: compare a vector at a time and add the lanes that match.
pub fn countByte(hay: []const u8, c: u8) usize {
    const splat: Vec = @splat(c);
    var n: usize = 0;
    var i: usize = 0;
    while (i + vector_len <= hay.len) : (i += vector_len) {
        const v: Vec = hay[i..][0..vector_len].*;
        n += @popCount(@as(Mask, @bitCast(v == splat)));
    }
    for (hay[i..]) |b| n += @intFromBool(b == c);
    return n;
}

/// Match offsets collected by findAll: a caller's buffer first, then memory from `gpa`
/// (the runtime passes the collector's allocator, so nothing is freed explicitly).
pub const Positions = struct {
    items: []usize,
    len: usize = 0,
    gpa: std.mem.Allocator,

    fn push(p: *Positions, at: usize) void {
        if (p.len == p.items.len) {
            // The collector's allocator never fails (it exits with MemoryError itself).
            const bigger = p.gpa.alloc(usize, p.items.len * 2) catch @panic("out of memory");
            @memcpy(bigger[0..p.len], p.items[0..p.len]);
            p.items = bigger;
        }
        p.items[p.len] = at;
        p.len += 1;
    }

    pub fn slice(p: *const Positions) []const usize {
        return p.items[0..p.len];
    }
};

/// Appends the byte offsets of the first `max` non-overlapping occurrences of a non-empty
/// `needle` to `out`.
pub fn findAll(hay: []const u8, needle: []const u8, max: usize, out: *Positions) void {
    assert(needle.len > 0 and out.items.len > 0);
    var i: usize = 0;
    if (needle.len == 1) {
        // Dense single bytes (spaces, newlines): test each byte, no per-match setup.
        const c = needle[0];
        while (i < hay.len and out.len < max) : (i += 1) {
            if (hay[i] == c) out.push(i);
        }
        return;
    }
    while (out.len < max) {
        const at = indexOf(hay, needle, i) orelse break;
        out.push(at);
        i = at + needle.len;
    }
}

test "indexOf" {
    const t = std.testing;
    const hay = "the quick brown fox jumps over the lazy dog, the end";
    try t.expectEqual(@as(?usize, 0), indexOf(hay, "the", 0));
    try t.expectEqual(@as(?usize, 31), indexOf(hay, "the", 1));
    try t.expectEqual(@as(?usize, 45), indexOf(hay, "the", 32));
    try t.expectEqual(@as(?usize, null), indexOf(hay, "cat", 0));
    try t.expectEqual(@as(?usize, 49), indexOf(hay, "end", 0));
    try t.expectEqual(@as(?usize, 5), indexOf(hay, "", 5));
    try t.expectEqual(@as(?usize, 45), lastIndexOf(hay, "the"));
    try t.expectEqual(@as(usize, 3), count(hay, "the", std.math.maxInt(usize)));
    try t.expectEqual(@as(usize, 2), count(hay, "the", 2));
    try t.expectEqual(@as(usize, 1), count("aaa", "aa", 10));
}

test "agrees with std.mem on random text over a small alphabet" {
    const t = std.testing;
    var prng = std.Random.DefaultPrng.init(0x5eed);
    const r = prng.random();
    var hay_buf: [200]u8 = undefined;
    var needle_buf: [8]u8 = undefined;
    var arena = std.heap.ArenaAllocator.init(t.allocator);
    defer arena.deinit();
    for (0..20_000) |_| {
        const hay = hay_buf[0..r.uintAtMost(usize, hay_buf.len)];
        const needle = needle_buf[0 .. 1 + r.uintAtMost(usize, needle_buf.len - 1)];
        for (hay) |*c| c.* = "ab"[r.uintLessThan(usize, 2)];
        for (needle) |*c| c.* = "ab"[r.uintLessThan(usize, 2)];
        const from = r.uintAtMost(usize, hay.len);
        try t.expectEqual(std.mem.indexOfPos(u8, hay, from, needle), indexOf(hay, needle, from));
        try t.expectEqual(std.mem.lastIndexOf(u8, hay, needle), lastIndexOf(hay, needle));
        var n: usize = 0;
        var i: usize = 0;
        while (std.mem.indexOfPos(u8, hay, i, needle)) |at| : (i = at + needle.len) n += 1;
        try t.expectEqual(n, count(hay, needle, std.math.maxInt(usize)));
        var buf: [4]usize = undefined;
        var found: Positions = .{ .items = &buf, .gpa = arena.allocator() };
        findAll(hay, needle, std.math.maxInt(usize), &found);
        try t.expectEqual(n, found.len);
        for (found.slice()) |at| try t.expect(std.mem.eql(u8, hay[at..][0..needle.len], needle));
    }
}
