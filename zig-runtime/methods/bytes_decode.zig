//! `bytes.decode(encoding, errors)` for UTF-8 (and utf-8-sig), ASCII, Latin-1, UTF-16 and
//! UTF-32 (bytes_decode_wide.zig) with their aliases, and the error handlers strict, ignore,
//! replace and backslashreplace, reporting malformed input exactly as CPython 3.11's decoders
//! do (the same byte ranges and reasons).
//!
//! Other codecs CPython has (cp1252, ...) and the surrogate handlers (their results need lone
//! surrogates) raise NotImplementedError naming what is missing.
const std = @import("std");
const rt = @import("../rt.zig");
const Error = rt.Error;
const types = rt.types;
const exc = rt.exc;

const Codec = enum { utf8, utf8_sig, ascii, latin1, utf16, utf16le, utf16be, utf32, utf32le, utf32be };
const Handler = enum { strict, ignore, replace, backslashreplace };
const wide = @import("bytes_decode_wide.zig");

/// CPython's codec-name normalization: lower case, runs of other characters than letters,
/// digits and '.' become one '_'.
fn normalize(name: []const u8, out: []u8) ?[]const u8 {
    var n: usize = 0;
    var pending_sep = false;
    for (name) |c| {
        if (std.ascii.isAlphanumeric(c) or c == '.') {
            if (pending_sep and n > 0) {
                if (n >= out.len) return null;
                out[n] = '_';
                n += 1;
            }
            pending_sep = false;
            if (n >= out.len) return null;
            out[n] = std.ascii.toLower(c);
            n += 1;
        } else pending_sep = true;
    }
    return out[0..n];
}

const aliases = .{
    .{ Codec.utf8, [_][]const u8{ "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001" } },
    .{ Codec.utf8_sig, [_][]const u8{ "utf_8_sig", "utf8_sig" } },
    .{ Codec.ascii, [_][]const u8{ "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii" } },
    .{ Codec.latin1, [_][]const u8{ "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1" } },
    .{ Codec.utf16, [_][]const u8{ "utf_16", "u16", "utf16" } },
    .{ Codec.utf16le, [_][]const u8{ "utf_16_le", "utf_16le", "unicodelittleunmarked" } },
    .{ Codec.utf16be, [_][]const u8{ "utf_16_be", "utf_16be", "unicodebigunmarked" } },
    .{ Codec.utf32, [_][]const u8{ "utf_32", "u32", "utf32" } },
    .{ Codec.utf32le, [_][]const u8{ "utf_32_le", "utf_32le" } },
    .{ Codec.utf32be, [_][]const u8{ "utf_32_be", "utf_32be" } },
};

fn lookup(name: []const u8) Error!Codec {
    var buf: [64]u8 = undefined;
    if (normalize(name, &buf)) |n| {
        inline for (aliases) |entry| {
            for (entry[1]) |a| if (std.mem.eql(u8, n, a)) return entry[0];
        }
        if (isKnownCodec(n)) return exc.raiseFmt(&types.NotImplementedError, "pyaot: bytes.decode() does not support the '{s}' codec", .{name});
    }
    return exc.raiseFmt(&types.LookupError, "unknown encoding: {s}", .{name});
}

/// Codec families of CPython's encodings package (LookupError would be wrong for them).
fn isKnownCodec(n: []const u8) bool {
    const prefixes = [_][]const u8{ "utf_16", "utf_32", "utf16", "utf32", "u16", "u32", "utf_7", "cp", "iso8859", "iso_8859", "latin", "mac", "koi8", "big5", "gb", "euc", "shift_jis", "sjis", "hz", "johab", "ptcp154", "tis_620", "kz1048", "idna", "punycode", "palmos", "hp_roman8", "raw_unicode_escape", "unicode_escape", "charmap", "windows", "ibm", "iso2022", "iso_2022" };
    for (prefixes) |p| if (std.mem.startsWith(u8, n, p)) return true;
    return false;
}

/// The handler for `errors`, looked up only when an error occurs (as CPython does).
fn handlerOf(name: ?[]const u8) Error!Handler {
    const n = name orelse return .strict;
    inline for (@typeInfo(Handler).@"enum".fields) |f| {
        if (std.mem.eql(u8, n, f.name)) return @enumFromInt(f.value);
    }
    if (std.mem.eql(u8, n, "surrogateescape") or std.mem.eql(u8, n, "surrogatepass"))
        return exc.raiseFmt(&types.NotImplementedError, "pyaot: bytes.decode() does not support the '{s}' error handler", .{n});
    if (std.mem.eql(u8, n, "xmlcharrefreplace") or std.mem.eql(u8, n, "namereplace"))
        return exc.raiseMsg(&types.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    return exc.raiseFmt(&types.LookupError, "unknown error handler name '{s}'", .{n});
}

pub fn decode(data: []const u8, encoding: ?[]const u8, errors: ?[]const u8) Error!*rt.Str {
    const codec: Codec = if (encoding) |e| try lookup(e) else .utf8;
    var d = data;
    if (codec == .utf8_sig and std.mem.startsWith(u8, d, "\xef\xbb\xbf")) d = d[3..];
    return switch (codec) {
        .utf8, .utf8_sig => decodeUtf8(d, errors),
        .ascii => decodeAscii(d, errors),
        .latin1 => decodeLatin1(d),
        .utf16 => wide.decode(d, 2, null, errors),
        .utf16le => wide.decode(d, 2, .little, errors),
        .utf16be => wide.decode(d, 2, .big, errors),
        .utf32 => wide.decode(d, 4, null, errors),
        .utf32le => wide.decode(d, 4, .little, errors),
        .utf32be => wide.decode(d, 4, .big, errors),
    };
}

/// Reports (strict) or handles the malformed bytes data[start..end).
pub fn onError(b: *rt.Builder, handler_name: ?[]const u8, codec: []const u8, data: []const u8, start: usize, end: usize, reason: []const u8) Error!void {
    switch (try handlerOf(handler_name)) {
        .strict => {
            return @import("../builtins/excattrs.zig").raiseDecodeError(codec, data, start, end, reason);
        },
        .ignore => {},
        .replace => b.appendCodePoint(0xFFFD),
        .backslashreplace => for (data[start..end]) |c| b.print("\\x{x:0>2}", .{c}),
    }
}

/// The valid range of the first continuation byte after lead byte `c` (overlongs and
/// surrogates excluded, as in CPython's decoder).
const ByteRange = struct { lo: u8, hi: u8 };

fn firstContinuation(c: u8) ByteRange {
    return switch (c) {
        0xE0 => .{ .lo = 0xA0, .hi = 0xBF },
        0xED => .{ .lo = 0x80, .hi = 0x9F },
        0xF0 => .{ .lo = 0x90, .hi = 0xBF },
        0xF4 => .{ .lo = 0x80, .hi = 0x8F },
        else => .{ .lo = 0x80, .hi = 0xBF },
    };
}

fn decodeUtf8(data: []const u8, errors: ?[]const u8) Error!*rt.Str {
    if (std.unicode.utf8ValidateSlice(data)) return rt.str.fromBytes(data);
    var b = rt.Builder.initCapacity(data.len);
    var i: usize = 0;
    while (i < data.len) {
        const c = data[i];
        if (c < 0x80) {
            b.appendByte(c);
            i += 1;
            continue;
        }
        const need: usize = if (c >= 0xC2 and c <= 0xDF) 1 else if (c >= 0xE0 and c <= 0xEF) 2 else if (c >= 0xF0 and c <= 0xF4) 3 else 0;
        if (need == 0) {
            try onError(&b, errors, "utf-8", data, i, i + 1, "invalid start byte");
            i += 1;
            continue;
        }
        // Count the valid bytes of the sequence (lead included).
        var k: usize = 1;
        while (k <= need and i + k < data.len) : (k += 1) {
            const x = data[i + k];
            const r: ByteRange = if (k == 1) firstContinuation(c) else .{ .lo = 0x80, .hi = 0xBF };
            if (x < r.lo or x > r.hi) break;
        }
        if (k == need + 1) {
            b.append(data[i .. i + k]);
            i += k;
        } else if (i + k >= data.len) {
            try onError(&b, errors, "utf-8", data, i, data.len, "unexpected end of data");
            i = data.len;
        } else {
            try onError(&b, errors, "utf-8", data, i, i + k, "invalid continuation byte");
            i += k;
        }
    }
    return b.finish();
}

fn decodeAscii(data: []const u8, errors: ?[]const u8) Error!*rt.Str {
    var b = rt.Builder.initCapacity(data.len);
    for (data, 0..) |c, i| {
        if (c < 0x80) b.appendByte(c) else try onError(&b, errors, "ascii", data, i, i + 1, "ordinal not in range(128)");
    }
    return b.finish();
}

fn decodeLatin1(data: []const u8) *rt.Str {
    var b = rt.Builder.initCapacity(data.len * 2);
    for (data) |c| b.appendCodePoint(c);
    return b.finish();
}
