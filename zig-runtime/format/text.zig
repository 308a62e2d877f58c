//! The little Unicode this module needs, kept local so the format module has no imports
//! outside its folder (it is built alone by its test driver): UTF-8 stepping over the
//! runtime's str encoding, CPython's decimal digits (`Py_UNICODE_TODECIMAL`, used for
//! widths and precisions in format specs and by `float(str)`) and CPython's whitespace
//! (`Py_UNICODE_ISSPACE`, used by `float(str)`).
//!
//! Strings are the runtime's UTF-8 (lone surrogates encoded like any three-byte code point).
//! The runtime only builds well-formed sequences, so decoding asserts instead of validating.

const std = @import("std");
const assert = std.debug.assert;

pub const Decoded = struct { cp: u21, len: u3 };

/// Decodes the code point at the start of `bytes` (non-empty). Cost: O(1).
pub fn decode(bytes: []const u8) Decoded {
    assert(bytes.len > 0);
    const first = bytes[0];
    if (first < 0x80) return .{ .cp = first, .len = 1 };
    assert(first & 0xC0 != 0x80); // not a continuation byte
    const len: u3 = if (first < 0xE0) 2 else if (first < 0xF0) 3 else 4;
    assert(bytes.len >= len);
    var cp: u21 = first & (@as(u8, 0x7F) >> len);
    for (bytes[1..len]) |byte| {
        assert(byte & 0xC0 == 0x80);
        cp = (cp << 6) | (byte & 0x3F);
    }
    return .{ .cp = cp, .len = len };
}

/// Encodes `cp` into `out`, returning the bytes used (1 to 4).
pub fn encode(cp: u21, out: *[4]u8) []const u8 {
    assert(cp <= 0x10FFFF);
    if (cp < 0x80) {
        out[0] = @intCast(cp);
        return out[0..1];
    }
    if (cp < 0x800) {
        out[0] = @intCast(0xC0 | (cp >> 6));
        out[1] = @intCast(0x80 | (cp & 0x3F));
        return out[0..2];
    }
    if (cp < 0x10000) {
        out[0] = @intCast(0xE0 | (cp >> 12));
        out[1] = @intCast(0x80 | ((cp >> 6) & 0x3F));
        out[2] = @intCast(0x80 | (cp & 0x3F));
        return out[0..3];
    }
    out[0] = @intCast(0xF0 | (cp >> 18));
    out[1] = @intCast(0x80 | ((cp >> 12) & 0x3F));
    out[2] = @intCast(0x80 | ((cp >> 6) & 0x3F));
    out[3] = @intCast(0x80 | (cp & 0x3F));
    return out[0..4];
}

/// Number of code points in `bytes`: every byte that is not a continuation byte starts one.
/// Cost: one pass.
pub fn codePointCount(bytes: []const u8) usize {
    var count: usize = 0;
    for (bytes) |byte| count += @intFromBool(byte & 0xC0 != 0x80);
    return count;
}

/// Byte length of the first `n` code points of `bytes` (all of it when it has fewer).
pub fn prefixBytes(bytes: []const u8, n: usize) usize {
    var seen: usize = 0;
    for (bytes, 0..) |byte, i| {
        if (byte & 0xC0 != 0x80) {
            if (seen == n) return i;
            seen += 1;
        }
    }
    return bytes.len;
}

/// The first code point of each run of ten decimal digits (general category Nd) in the
/// Unicode 14.0 database of CPython 3.11; every run holds the values 0 to 9 in order.
/// Generated with: [c for c in range(0x110000) if unicodedata.decimal(chr(c), None) == 0].
const decimal_zeros = [_]u21{
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,
    0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,
    0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,
    0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066,
    0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
    0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

comptime {
    // Runs are sorted and never overlap, which the binary search below relies on.
    for (decimal_zeros[1..], decimal_zeros[0 .. decimal_zeros.len - 1]) |next, prev| {
        assert(next >= prev + 10);
    }
}

/// CPython's `Py_UNICODE_TODECIMAL`: the digit value of a decimal digit, else null.
pub fn decimalValue(cp: u21) ?u4 {
    if (cp < 0x80) return if (cp >= '0' and cp <= '9') @intCast(cp - '0') else null;
    // The last run start <= cp decides.
    var lo: usize = 0;
    var hi: usize = decimal_zeros.len;
    while (lo < hi) {
        const mid = (lo + hi) / 2;
        if (decimal_zeros[mid] <= cp) lo = mid + 1 else hi = mid;
    }
    if (lo == 0) return null;
    const offset = cp - decimal_zeros[lo - 1];
    return if (offset < 10) @intCast(offset) else null;
}

/// CPython's `Py_UNICODE_ISSPACE` for code points >= 0x80 (the only ones `float(str)` maps
/// to a space; ASCII characters go through `isAsciiSpace`).
pub fn isNonAsciiSpace(cp: u21) bool {
    return switch (cp) {
        0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 => true,
        else => false,
    };
}

/// CPython's `Py_ISSPACE`: the six C-locale ASCII spaces.
pub fn isAsciiSpace(c: u8) bool {
    return switch (c) {
        ' ', '\t', '\n', 0x0B, 0x0C, '\r' => true,
        else => false,
    };
}

test decimalValue {
    try std.testing.expectEqual(@as(?u4, 7), decimalValue('7'));
    try std.testing.expectEqual(@as(?u4, 3), decimalValue(0x663));
    try std.testing.expectEqual(@as(?u4, 9), decimalValue(0x1fbf9));
    try std.testing.expectEqual(@as(?u4, null), decimalValue(0x1fbfa));
    try std.testing.expectEqual(@as(?u4, null), decimalValue('a'));
    try std.testing.expectEqual(@as(?u4, null), decimalValue(0x2f));
}

test "utf8 helpers" {
    var buf: [4]u8 = undefined;
    try std.testing.expectEqualStrings("\u{e9}", encode(0xe9, &buf));
    try std.testing.expectEqualStrings("\u{1F600}", encode(0x1F600, &buf));
    try std.testing.expectEqual(@as(usize, 3), codePointCount("a\u{e9}\u{1F600}"));
    try std.testing.expectEqual(@as(usize, 3), prefixBytes("a\u{e9}\u{1F600}", 2));
    try std.testing.expectEqual(@as(u21, 0x1F600), decode("\u{1F600}").cp);
}
