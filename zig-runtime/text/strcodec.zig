//! str.encode(encoding, errors) for the codecs CPython implements in C: UTF-8, UTF-16 and
//! UTF-32 (with and without BOM, both byte orders), ASCII and Latin-1, with their aliases, and
//! the error handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace,
//! surrogateescape and surrogatepass.
//!
//! Other codecs CPython knows (cp1252, ...) and the namereplace handler (it needs the Unicode
//! name database) raise a clear NotImplementedError rather than something CPython would not. A UnicodeEncodeError carries CPython's message;
//! its args are that message alone (not CPython's 5-tuple).
const std = @import("std");
const rt = @import("../rt.zig");
const utf8 = @import("../unicode/utf8.zig");
const Str = rt.Str;
const Error = rt.Error;

const Codec = enum {
    utf8,
    ascii,
    latin1,
    utf16,
    utf16le,
    utf16be,
    utf32,
    utf32le,
    utf32be,

    /// The name CPython's messages use.
    fn name(c: Codec) []const u8 {
        return switch (c) {
            .utf8 => "utf-8",
            .ascii => "ascii",
            .latin1 => "latin-1",
            .utf16 => "utf-16",
            .utf16le => "utf-16-le",
            .utf16be => "utf-16-be",
            .utf32 => "utf-32",
            .utf32le => "utf-32-le",
            .utf32be => "utf-32-be",
        };
    }

    /// Encodes every code point except surrogates.
    fn isUnicode(c: Codec) bool {
        return c != .ascii and c != .latin1;
    }
};

const Handler = enum { strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass, namereplace, unknown };

/// CPython's normalization for codec lookup: lower case, and runs of characters other than
/// letters, digits and '.' become one '_'.
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

const utf8_names = [_][]const u8{ "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001" };
const ascii_names = [_][]const u8{ "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii" };
const latin1_names = [_][]const u8{ "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1" };
const utf16_names = [_][]const u8{ "utf_16", "u16", "utf16" };
const utf16le_names = [_][]const u8{ "utf_16_le", "utf_16le", "unicodelittleunmarked" };
const utf16be_names = [_][]const u8{ "utf_16_be", "utf_16be", "unicodebigunmarked" };
const utf32_names = [_][]const u8{ "utf_32", "u32", "utf32" };
const utf32le_names = [_][]const u8{ "utf_32_le", "utf_32le" };
const utf32be_names = [_][]const u8{ "utf_32_be", "utf_32be" };

fn lookup(name: []const u8) Error!Codec {
    var buf: [64]u8 = undefined;
    if (normalize(name, &buf)) |n| {
        const families = .{
            .{ &utf8_names, Codec.utf8 },   .{ &ascii_names, Codec.ascii },     .{ &latin1_names, Codec.latin1 },
            .{ &utf16_names, Codec.utf16 }, .{ &utf16le_names, Codec.utf16le }, .{ &utf16be_names, Codec.utf16be },
            .{ &utf32_names, Codec.utf32 }, .{ &utf32le_names, Codec.utf32le }, .{ &utf32be_names, Codec.utf32be },
        };
        inline for (families) |entry| {
            for (entry[0]) |alias| if (std.mem.eql(u8, n, alias)) return entry[1];
        }
        if (isKnownCodec(n)) return rt.exc.raiseFmt(&rt.types.NotImplementedError, "pyaot: str.encode() does not support the '{s}' codec", .{name});
    }
    return rt.exc.raiseFmt(&rt.types.LookupError, "unknown encoding: {s}", .{name});
}

/// Codec families CPython has in its encodings package (so LookupError would be wrong).
fn isKnownCodec(n: []const u8) bool {
    const prefixes = [_][]const u8{ "utf_16", "utf_32", "utf16", "utf32", "utf_7", "cp", "iso8859", "iso_8859", "latin", "mac", "koi8", "big5", "gb", "euc", "shift_jis", "sjis", "hz", "johab", "ptcp154", "tis_620", "kz1048", "idna", "punycode", "palmos", "hp_roman8", "raw_unicode_escape", "unicode_escape", "charmap", "windows", "ibm", "iso2022", "iso_2022", "utf_8_sig", "u16", "u32" };
    for (prefixes) |p| if (std.mem.startsWith(u8, n, p)) return true;
    return false;
}

fn handlerOf(name: ?*Str) Handler {
    const n = (name orelse return .strict).bytes;
    inline for (@typeInfo(Handler).@"enum".fields) |f| {
        if (f.value != @intFromEnum(Handler.unknown) and std.mem.eql(u8, n, f.name)) return @enumFromInt(f.value);
    }
    return .unknown;
}

/// str.encode(encoding='utf-8', errors='strict').
pub fn encode(s: *Str, encoding: ?*Str, errors: ?*Str) Error!*rt.bytes.Bytes {
    const codec: Codec = if (encoding) |e| try lookup(e.bytes) else .utf8;
    const byte_codec = codec == .utf8 or codec == .ascii or codec == .latin1;
    if (byte_codec and s.ascii) return rt.bytes.fromSlice(s.bytes);
    if (codec == .utf8 and !hasSurrogate(s.bytes)) return rt.bytes.fromSlice(s.bytes);
    var out = rt.Builder.initCapacity(s.bytes.len * @as(usize, if (byte_codec) 1 else 4) + 4);
    switch (codec) {
        .utf16 => out.append("\xff\xfe"),
        .utf32 => out.append("\xff\xfe\x00\x00"),
        else => {},
    }
    var i: usize = 0;
    var pos: usize = 0;
    const handler = handlerOf(errors);
    while (i < s.bytes.len) {
        const d = utf8.decode(s.bytes[i..]);
        if (encodable(codec, d.cp)) {
            emit(&out, codec, d.cp);
            i += d.len;
            pos += 1;
            continue;
        }
        // A run of characters the codec cannot encode (CPython reports and replaces runs).
        var j = i + d.len;
        var end = pos + 1;
        while (j < s.bytes.len) {
            const e = utf8.decode(s.bytes[j..]);
            if (encodable(codec, e.cp)) break;
            j += e.len;
            end += 1;
        }
        try handle(&out, codec, handler, errors, s, s.bytes[i..j], pos, end);
        i = j;
        pos = end;
    }
    return rt.bytes.fromSlice(out.slice());
}

fn encodable(codec: Codec, cp: u21) bool {
    return switch (codec) {
        .ascii => cp < 0x80,
        .latin1 => cp < 0x100,
        else => !isSurrogate(cp),
    };
}

fn isSurrogate(cp: u21) bool {
    return cp >= 0xD800 and cp <= 0xDFFF;
}

fn hasSurrogate(b: []const u8) bool {
    var i: usize = 0;
    while (std.mem.indexOfScalarPos(u8, b, i, 0xED)) |at| {
        if (at + 1 < b.len and b[at + 1] >= 0xA0) return true;
        i = at + 1;
    }
    return false;
}

/// Appends one code point in the codec's form (surrogates too: surrogatepass uses this).
fn emit(out: *rt.Builder, codec: Codec, cp: u21) void {
    switch (codec) {
        .utf8 => out.appendCodePoint(cp),
        .ascii, .latin1 => out.appendByte(@intCast(cp)),
        .utf16, .utf16le, .utf16be => {
            const big = codec == .utf16be;
            if (cp >= 0x10000) {
                const v = cp - 0x10000;
                unit16(out, @intCast(0xD800 + (v >> 10)), big);
                unit16(out, @intCast(0xDC00 + (v & 0x3FF)), big);
            } else unit16(out, @intCast(cp), big);
        },
        .utf32, .utf32le, .utf32be => {
            var b: [4]u8 = undefined;
            std.mem.writeInt(u32, &b, cp, if (codec == .utf32be) .big else .little);
            out.append(&b);
        },
    }
}

fn unit16(out: *rt.Builder, u: u16, big: bool) void {
    var b: [2]u8 = undefined;
    std.mem.writeInt(u16, &b, u, if (big) .big else .little);
    out.append(&b);
}

fn handle(out: *rt.Builder, codec: Codec, handler: Handler, errors: ?*Str, s: *Str, run: []const u8, start: usize, end: usize) Error!void {
    var it: utf8.Iterator = .{ .bytes = run };
    switch (handler) {
        .strict => return encodeError(codec, s, start, end),
        .ignore => {},
        .replace => while (it.next()) |_| emit(out, codec, '?'),
        .backslashreplace => while (it.next()) |cp| {
            var buf: [10]u8 = undefined;
            const text = if (cp <= 0xff)
                std.fmt.bufPrint(&buf, "\\x{x:0>2}", .{cp})
            else if (cp <= 0xffff)
                std.fmt.bufPrint(&buf, "\\u{x:0>4}", .{cp})
            else
                std.fmt.bufPrint(&buf, "\\U{x:0>8}", .{cp});
            for (text catch unreachable) |c| emit(out, codec, c);
        },
        .xmlcharrefreplace => while (it.next()) |cp| {
            var buf: [12]u8 = undefined;
            for (std.fmt.bufPrint(&buf, "&#{d};", .{cp}) catch unreachable) |c| emit(out, codec, c);
        },
        .surrogateescape => {
            while (it.next()) |cp| if (!(cp >= 0xDC80 and cp <= 0xDCFF) or codec.isUnicode() and codec != .utf8) return encodeError(codec, s, start, end);
            it = .{ .bytes = run };
            while (it.next()) |cp| out.appendByte(@intCast(cp - 0xDC00));
        },
        .surrogatepass => {
            if (!codec.isUnicode()) return encodeError(codec, s, start, end);
            while (it.next()) |cp| emit(out, codec, cp);
        },
        .namereplace => return rt.exc.raiseMsg(&rt.types.NotImplementedError, "pyaot: the 'namereplace' error handler is not supported (no Unicode name database)"),
        .unknown => return rt.exc.raiseFmt(&rt.types.LookupError, "unknown error handler name '{s}'", .{errors.?.bytes}),
    }
}

/// UnicodeEncodeError(codec, s, start, end, reason): its str() is CPython's message
/// ("'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)").
fn encodeError(codec: Codec, s: *Str, start: usize, end: usize) Error {
    const reason = switch (codec) {
        .ascii => "ordinal not in range(128)",
        .latin1 => "ordinal not in range(256)",
        else => "surrogates not allowed",
    };
    const args = [_]rt.Value{
        rt.str.static(codec.name()).val(),
        s.val(),
        rt.Value.fromSmall(@intCast(start)),
        rt.Value.fromSmall(@intCast(end)),
        rt.str.static(reason).val(),
    };
    return rt.exc.raise(rt.exc.newException(&rt.types.UnicodeEncodeError, &args));
}
