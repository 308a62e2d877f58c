//! str.encode(encoding, errors) for the codecs CPython implements in C: UTF-8, ASCII and
//! Latin-1 (with their aliases), and the error handlers strict, ignore, replace,
//! backslashreplace, xmlcharrefreplace, surrogateescape and surrogatepass.
//!
//! Other codecs CPython knows (utf-16, cp1252, ...) raise a clear NotImplementedError rather
//! than a LookupError CPython would not raise. A UnicodeEncodeError carries CPython's message;
//! its args are that message alone (not CPython's 5-tuple).
const std = @import("std");
const rt = @import("../rt.zig");
const utf8 = @import("../unicode/utf8.zig");
const Str = rt.Str;
const Error = rt.Error;

const Codec = enum { utf8, ascii, latin1 };

const Handler = enum { strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass, unknown };

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

fn lookup(name: []const u8) Error!Codec {
    var buf: [64]u8 = undefined;
    if (normalize(name, &buf)) |n| {
        inline for (.{ .{ &utf8_names, Codec.utf8 }, .{ &ascii_names, Codec.ascii }, .{ &latin1_names, Codec.latin1 } }) |entry| {
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
    if (s.ascii) return rt.bytes.fromSlice(s.bytes);
    if (codec == .utf8 and !hasSurrogate(s.bytes)) return rt.bytes.fromSlice(s.bytes);
    const limit: u21 = switch (codec) {
        .utf8 => 0x110000,
        .ascii => 0x80,
        .latin1 => 0x100,
    };
    var out = rt.Builder.initCapacity(s.bytes.len);
    var i: usize = 0;
    var pos: usize = 0;
    const handler = handlerOf(errors);
    while (i < s.bytes.len) {
        const d = utf8.decode(s.bytes[i..]);
        if (encodable(codec, d.cp, limit)) {
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
            if (encodable(codec, e.cp, limit)) break;
            j += e.len;
            end += 1;
        }
        try handle(&out, codec, handler, errors, s, s.bytes[i..j], pos, end);
        i = j;
        pos = end;
    }
    return rt.bytes.fromSlice(out.slice());
}

fn encodable(codec: Codec, cp: u21, limit: u21) bool {
    if (codec == .utf8) return !isSurrogate(cp);
    return cp < limit;
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

fn emit(out: *rt.Builder, codec: Codec, cp: u21) void {
    if (codec == .utf8) return out.appendCodePoint(cp);
    out.appendByte(@intCast(cp));
}

fn handle(out: *rt.Builder, codec: Codec, handler: Handler, errors: ?*Str, s: *Str, run: []const u8, start: usize, end: usize) Error!void {
    var it: utf8.Iterator = .{ .bytes = run };
    switch (handler) {
        .strict => return encodeError(codec, s, run, start, end),
        .ignore => {},
        .replace => while (it.next()) |_| out.appendByte('?'),
        .backslashreplace => while (it.next()) |cp| {
            if (cp <= 0xff) out.print("\\x{x:0>2}", .{cp}) else if (cp <= 0xffff) out.print("\\u{x:0>4}", .{cp}) else out.print("\\U{x:0>8}", .{cp});
        },
        .xmlcharrefreplace => while (it.next()) |cp| {
            if (isSurrogate(cp) and codec == .utf8) return encodeError(codec, s, run, start, end);
            out.print("&#{d};", .{cp});
        },
        .surrogateescape => {
            while (it.next()) |cp| if (!(cp >= 0xDC80 and cp <= 0xDCFF)) return encodeError(codec, s, run, start, end);
            it = .{ .bytes = run };
            while (it.next()) |cp| out.appendByte(@intCast(cp - 0xDC00));
        },
        .surrogatepass => {
            if (codec != .utf8) return encodeError(codec, s, run, start, end);
            out.append(run);
        },
        .unknown => return rt.exc.raiseFmt(&rt.types.LookupError, "unknown error handler name '{s}'", .{errors.?.bytes}),
    }
}

fn encodeError(codec: Codec, s: *Str, run: []const u8, start: usize, end: usize) Error {
    _ = s;
    const name = switch (codec) {
        .utf8 => "utf-8",
        .ascii => "ascii",
        .latin1 => "latin-1",
    };
    const reason = switch (codec) {
        .utf8 => "surrogates not allowed",
        .ascii => "ordinal not in range(128)",
        .latin1 => "ordinal not in range(256)",
    };
    var b = rt.Builder{};
    if (end - start == 1) {
        const cp = utf8.decode(run).cp;
        b.print("'{s}' codec can't encode character '", .{name});
        if (cp <= 0xff) b.print("\\x{x:0>2}", .{cp}) else if (cp <= 0xffff) b.print("\\u{x:0>4}", .{cp}) else b.print("\\U{x:0>8}", .{cp});
        b.print("' in position {d}: {s}", .{ start, reason });
    } else {
        b.print("'{s}' codec can't encode characters in position {d}-{d}: {s}", .{ name, start, end - 1, reason });
    }
    return rt.exc.raise(rt.exc.newException(&rt.types.UnicodeEncodeError, &.{b.finish().val()}));
}
