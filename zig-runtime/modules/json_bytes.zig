//! json.loads of bytes: json.detect_encoding's choice (UTF-8, UTF-8 with BOM, UTF-16 and
//! UTF-32 in either byte order, by BOM or by the zero bytes of the first characters), then
//! s.decode(encoding, 'surrogatepass'): lone surrogates are kept, anything else malformed is
//! CPython's UnicodeDecodeError.
const std = @import("std");
const rt = @import("../rt.zig");
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

const Encoding = enum { utf8, utf8_sig, utf16, utf16_be, utf16_le, utf32, utf32_be, utf32_le };

fn detect(b: []const u8) Encoding {
    const starts = std.mem.startsWith;
    if (starts(u8, b, "\x00\x00\xfe\xff") or starts(u8, b, "\xff\xfe\x00\x00")) return .utf32;
    if (starts(u8, b, "\xfe\xff") or starts(u8, b, "\xff\xfe")) return .utf16;
    if (starts(u8, b, "\xef\xbb\xbf")) return .utf8_sig;
    if (b.len >= 4) {
        if (b[0] == 0) return if (b[1] != 0) .utf16_be else .utf32_be;
        if (b[1] == 0) return if (b[2] != 0 or b[3] != 0) .utf16_le else .utf32_le;
    } else if (b.len == 2) {
        if (b[0] == 0) return .utf16_be;
        if (b[1] == 0) return .utf16_le;
    }
    return .utf8;
}

pub fn decodeDocument(b: []const u8) Error!*rt.Str {
    return switch (detect(b)) {
        .utf8 => utf8(b, 0),
        .utf8_sig => utf8(b[3..], 3),
        .utf16 => if (b[0] == 0xff) units(b[2..], 2, .little, 2, "utf-16") else units(b[2..], 2, .big, 2, "utf-16"),
        .utf16_be => units(b, 2, .big, 0, "utf-16-be"),
        .utf16_le => units(b, 2, .little, 0, "utf-16-le"),
        .utf32 => if (b[0] == 0xff) units(b[4..], 4, .little, 4, "utf-32") else units(b[4..], 4, .big, 4, "utf-32"),
        .utf32_be => units(b, 4, .big, 0, "utf-32-be"),
        .utf32_le => units(b, 4, .little, 0, "utf-32-le"),
    };
}

fn decodeError(codec: []const u8, first: u8, start: usize, end: usize, reason: []const u8) Error {
    if (end - start == 1) return exc.raiseFmt(&types.UnicodeDecodeError, "'{s}' codec can't decode byte 0x{x:0>2} in position {d}: {s}", .{ codec, first, start, reason });
    return exc.raiseFmt(&types.UnicodeDecodeError, "'{s}' codec can't decode bytes in position {d}-{d}: {s}", .{ codec, start, end - 1, reason });
}

/// UTF-8 with surrogatepass: validated and taken as is (surrogates stay in their three-byte
/// form, which is how pyaot stores them). `offset` is where `b` starts in the input.
fn utf8(b: []const u8, offset: usize) Error!*rt.Str {
    var i: usize = 0;
    while (i < b.len) {
        const c = b[i];
        if (c < 0x80) {
            i += 1;
            continue;
        }
        const n: usize = if (c >= 0xC2 and c <= 0xDF) 2 else if (c >= 0xE0 and c <= 0xEF) 3 else if (c >= 0xF0 and c <= 0xF4) 4 else {
            return decodeError("utf-8", c, offset + i, offset + i + 1, "invalid start byte");
        };
        // The allowed range of the second byte depends on the first (surrogates, 0xED 0xA0..0xBF,
        // pass).
        const lo: u8 = if (c == 0xE0) 0xA0 else if (c == 0xF0) 0x90 else 0x80;
        const hi: u8 = if (c == 0xF4) 0x8F else 0xBF;
        var k: usize = 1;
        while (k < n) : (k += 1) {
            if (i + k >= b.len) return decodeError("utf-8", c, offset + i, offset + b.len, "unexpected end of data");
            const x = b[i + k];
            const ok = if (k == 1) x >= lo and x <= hi else x >= 0x80 and x <= 0xBF;
            if (!ok) return decodeError("utf-8", c, offset + i, offset + i + k, "invalid continuation byte");
        }
        i += n;
    }
    return rt.str.fromBytes(b);
}

/// UTF-16 / UTF-32 code units to text; unpaired surrogates pass.
fn units(b: []const u8, comptime size: usize, endian: std.builtin.Endian, offset: usize, codec: []const u8) Error!*rt.Str {
    var out = rt.Builder.initCapacity(b.len);
    var i: usize = 0;
    while (i + size <= b.len) : (i += size) {
        const T = if (size == 2) u16 else u32;
        var cp: u32 = std.mem.readInt(T, b[i..][0..size], endian);
        if (size == 2 and cp >= 0xD800 and cp <= 0xDBFF and i + 4 <= b.len) {
            const lo = std.mem.readInt(u16, b[i + 2 ..][0..2], endian);
            if (lo >= 0xDC00 and lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            }
        }
        if (cp > 0x10FFFF) return decodeError(codec, b[i], offset + i, offset + i + size, "code point not in range(0x110000)");
        out.appendCodePoint(@intCast(cp));
    }
    if (i != b.len) return decodeError(codec, b[i], offset + i, offset + b.len, "truncated data");
    return out.finish();
}
