//! UTF-16 and UTF-32 decoding for bytes.decode: the BOM-sniffing forms (utf-16, utf-32: a
//! leading BOM picks the byte order and is dropped, little-endian otherwise, as CPython on
//! little-endian machines) and the fixed-order ones, with CPython's error reasons and ranges.
//! Positions in messages count from the start of the data, BOM included.
const std = @import("std");
const rt = @import("../rt.zig");
const Error = rt.Error;
const onError = @import("bytes_decode.zig").onError;

/// Decodes `data` in units of `width` bytes (2: UTF-16, 4: UTF-32); `order` null means
/// "detect from a BOM".
pub fn decode(data: []const u8, comptime width: usize, order: ?std.builtin.Endian, errors: ?[]const u8) Error!*rt.Str {
    var endian: std.builtin.Endian = order orelse .little;
    var i: usize = 0;
    if (order == null) {
        const le_bom = if (width == 2) "\xff\xfe" else "\xff\xfe\x00\x00";
        const be_bom = if (width == 2) "\xfe\xff" else "\x00\x00\xfe\xff";
        if (std.mem.startsWith(u8, data, le_bom)) {
            i = width;
        } else if (std.mem.startsWith(u8, data, be_bom)) {
            endian = .big;
            i = width;
        }
    }
    const codec = if (width == 2)
        (if (endian == .little) "utf-16-le" else "utf-16-be")
    else
        (if (endian == .little) "utf-32-le" else "utf-32-be");
    var b = rt.Builder.initCapacity(data.len);
    while (i < data.len) {
        if (data.len - i < width) {
            try onError(&b, errors, codec, data, i, data.len, "truncated data");
            break;
        }
        const u: u32 = std.mem.readInt(std.meta.Int(.unsigned, width * 8), data[i..][0..width], endian);
        if (width == 4) {
            if (u > 0x10FFFF) {
                try onError(&b, errors, codec, data, i, i + 4, "code point not in range(0x110000)");
            } else if (u >= 0xD800 and u < 0xE000) {
                try onError(&b, errors, codec, data, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
            } else b.appendCodePoint(@intCast(u));
            i += 4;
            continue;
        }
        if (u < 0xD800 or u >= 0xE000) {
            b.appendCodePoint(@intCast(u));
            i += 2;
        } else if (u >= 0xDC00) {
            try onError(&b, errors, codec, data, i, i + 2, "illegal encoding");
            i += 2;
        } else if (data.len - i < 4) {
            try onError(&b, errors, codec, data, i, data.len, "unexpected end of data");
            break;
        } else {
            const lo = std.mem.readInt(u16, data[i + 2 ..][0..2], endian);
            if (lo >= 0xDC00 and lo < 0xE000) {
                b.appendCodePoint(@intCast(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)));
                i += 4;
            } else {
                try onError(&b, errors, codec, data, i, i + 2, "illegal UTF-16 surrogate");
                i += 2;
            }
        }
    }
    return b.finish();
}
