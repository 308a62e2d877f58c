//! UTF-8 helpers for the runtime's str encoding.
//!
//! A Python str is stored as UTF-8 in which lone surrogates (U+D800..U+DFFF) are encoded
//! like any other three-byte code point (ED A0 80 for U+D800), and a surrogate pair stays
//! two separate code points, as it is two characters in Python. The runtime only ever
//! builds valid sequences of that form, so these helpers do not validate: malformed input
//! is a programmer error, caught by assertions in safe builds.

const std = @import("std");
const assert = std.debug.assert;

/// Bytes processed per SIMD step.
const vector_len = std.simd.suggestVectorLength(u8) orelse 16;
const Vec = @Vector(vector_len, u8);

/// Number of bytes of the sequence that starts with `first`.
pub inline fn sequenceLen(first: u8) u3 {
    assert(first & 0xC0 != 0x80); // not a continuation byte
    if (first < 0x80) return 1;
    if (first < 0xE0) return 2;
    if (first < 0xF0) return 3;
    return 4;
}

/// Number of bytes `cp` takes when encoded.
pub inline fn encodedLen(cp: u21) u3 {
    assert(cp <= 0x10FFFF);
    if (cp < 0x80) return 1;
    if (cp < 0x800) return 2;
    if (cp < 0x10000) return 3;
    return 4;
}

pub const Decoded = struct {
    cp: u21,
    /// Bytes consumed, 1 to 4.
    len: u3,
};

/// Decode the code point at the start of `bytes` (non-empty). Unrolled per length: the
/// branch on the first byte is the only one.
pub inline fn decode(bytes: []const u8) Decoded {
    const first = bytes[0];
    if (first < 0x80) return .{ .cp = first, .len = 1 };
    assert(first >= 0xC2 and first <= 0xF4);
    const decoded: Decoded = if (first < 0xE0) .{
        .cp = (@as(u21, first & 0x1F) << 6) | payload(bytes[1]),
        .len = 2,
    } else if (first < 0xF0) .{
        .cp = (@as(u21, first & 0x0F) << 12) | (payload(bytes[1]) << 6) | payload(bytes[2]),
        .len = 3,
    } else .{
        .cp = (@as(u21, first & 0x07) << 18) | (payload(bytes[1]) << 12) |
            (payload(bytes[2]) << 6) | payload(bytes[3]),
        .len = 4,
    };
    assert(encodedLen(decoded.cp) == decoded.len); // no overlong forms
    return decoded;
}

inline fn payload(byte: u8) u21 {
    assert(byte & 0xC0 == 0x80);
    return byte & 0x3F;
}

/// Decode the last code point of `bytes` (non-empty).
pub fn decodeLast(bytes: []const u8) Decoded {
    assert(bytes.len > 0);
    var start = bytes.len - 1;
    while (bytes[start] & 0xC0 == 0x80) {
        assert(bytes.len - start < 4);
        start -= 1;
    }
    const decoded = decode(bytes[start..]);
    assert(start + decoded.len == bytes.len);
    return decoded;
}

/// Encode `cp` into `buf`; returns the number of bytes written. Surrogates are encoded
/// like other code points.
pub inline fn encode(cp: u21, buf: *[4]u8) u3 {
    const len = encodedLen(cp);
    switch (len) {
        1 => buf[0] = @intCast(cp),
        2 => {
            buf[0] = @intCast(0xC0 | (cp >> 6));
            buf[1] = @intCast(0x80 | (cp & 0x3F));
        },
        3 => {
            buf[0] = @intCast(0xE0 | (cp >> 12));
            buf[1] = @intCast(0x80 | ((cp >> 6) & 0x3F));
            buf[2] = @intCast(0x80 | (cp & 0x3F));
        },
        4 => {
            buf[0] = @intCast(0xF0 | (cp >> 18));
            buf[1] = @intCast(0x80 | ((cp >> 12) & 0x3F));
            buf[2] = @intCast(0x80 | ((cp >> 6) & 0x3F));
            buf[3] = @intCast(0x80 | (cp & 0x3F));
        },
        else => unreachable,
    }
    return len;
}

/// Iterates the code points of a str's bytes.
pub const Iterator = struct {
    bytes: []const u8,
    index: usize = 0,

    pub inline fn next(self: *Iterator) ?u21 {
        if (self.index >= self.bytes.len) return null;
        const decoded = decode(self.bytes[self.index..]);
        self.index += decoded.len;
        return decoded.cp;
    }
};

/// Number of code points in `bytes`: the bytes that are not continuation bytes.
/// Vectorized; about one cycle per 16 bytes.
pub fn countCodePoints(bytes: []const u8) usize {
    var count: usize = 0;
    var i: usize = 0;
    const mask: Vec = @splat(0xC0);
    const continuation: Vec = @splat(0x80);
    const ones: Vec = @splat(1);
    const zeros: Vec = @splat(0);
    while (i + vector_len <= bytes.len) : (i += vector_len) {
        const chunk: Vec = bytes[i..][0..vector_len].*;
        const starts = @select(u8, (chunk & mask) != continuation, ones, zeros);
        count += @reduce(.Add, @as(@Vector(vector_len, u16), starts));
    }
    for (bytes[i..]) |byte| count += @intFromBool(byte & 0xC0 != 0x80);
    return count;
}

/// Length of the longest all-ASCII prefix of `bytes`. Vectorized.
pub fn asciiPrefixLen(bytes: []const u8) usize {
    var i: usize = 0;
    const high: Vec = @splat(0x80);
    while (i + vector_len <= bytes.len) : (i += vector_len) {
        const chunk: Vec = bytes[i..][0..vector_len].*;
        const non_ascii = chunk >= high;
        if (@reduce(.Or, non_ascii)) return i + std.simd.firstTrue(non_ascii).?;
    }
    while (i < bytes.len and bytes[i] < 0x80) i += 1;
    return i;
}

/// str.isascii: every byte is below 0x80 (true for the empty string).
pub fn isAscii(bytes: []const u8) bool {
    return asciiPrefixLen(bytes) == bytes.len;
}

const testing = std.testing;

test "decode and encode round trip, surrogates included" {
    const samples = [_]u21{ 0, 'A', 0x7F, 0x80, 0xDF, 0x7FF, 0x800, 0xD800, 0xDFFF, 0xFFFF, 0x10000, 0x10FFFF };
    for (samples) |cp| {
        var buf: [4]u8 = undefined;
        const len = encode(cp, &buf);
        try testing.expectEqual(encodedLen(cp), len);
        const decoded = decode(buf[0..len]);
        try testing.expectEqual(cp, decoded.cp);
        try testing.expectEqual(len, decoded.len);
        try testing.expectEqual(cp, decodeLast(buf[0..len]).cp);
    }
    try testing.expectEqualSlices(u8, "\xed\xa0\x80", blk: {
        var buf: [4]u8 = undefined;
        break :blk buf[0..encode(0xD800, &buf)];
    });
}

test "iterator" {
    var it: Iterator = .{ .bytes = "aé\xed\xa0\x80😀" };
    try testing.expectEqual(@as(?u21, 'a'), it.next());
    try testing.expectEqual(@as(?u21, 0xE9), it.next());
    try testing.expectEqual(@as(?u21, 0xD800), it.next());
    try testing.expectEqual(@as(?u21, 0x1F600), it.next());
    try testing.expectEqual(@as(?u21, null), it.next());
}

test "count code points and ascii prefix" {
    try testing.expectEqual(@as(usize, 0), countCodePoints(""));
    try testing.expectEqual(@as(usize, 5), countCodePoints("héllo"));
    const long = "aé€😀" ** 20;
    try testing.expectEqual(@as(usize, 80), countCodePoints(long));
    try testing.expectEqual(@as(usize, 0), asciiPrefixLen("é"));
    try testing.expectEqual(@as(usize, 40), asciiPrefixLen("a" ** 40 ++ "é" ++ "b" ** 40));
    try testing.expect(isAscii("plain ascii text, longer than one vector of bytes"));
    try testing.expect(isAscii(""));
    try testing.expect(!isAscii("x" ** 33 ++ "\xc3\xa9"));
}
