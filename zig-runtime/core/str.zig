//! Python `str`: immutable Unicode text stored as UTF-8.
//!
//! `len`, indexing and slicing count code points (DESIGN.md, semantics 6). Each string records
//! its code-point count and whether it is pure ASCII when it is made, so ASCII strings (the
//! common case) index in O(1); non-ASCII strings walk the bytes. Lone surrogates, which Python
//! strings may hold, are stored as their generalized-UTF-8 (WTF-8) three-byte form.
//! The hash is computed on first use and cached.
const std = @import("std");
const value = @import("value.zig");
const mem = @import("mem.zig");
const types = @import("types.zig");
const Object = value.Object;
const Value = value.Value;

pub const Str = struct {
    base: Object,
    /// Cached hash; 0 means "not computed yet" (a real hash of 0 is stored as 1... see hash()).
    hash_cache: i64 = 0,
    /// Number of code points.
    len: usize,
    /// True when every byte is < 0x80 (then len == bytes.len and indexing is O(1)).
    ascii: bool,
    /// `bytes` starts a growable buffer (a `GrowBuf` header right before it, spare capacity
    /// after the text); see `concatInplace`.
    grow: bool = false,
    bytes: []const u8,

    pub const kind: value.Kind = .str;

    pub inline fn val(s: *Str) Value {
        return .{ .obj = &s.base };
    }
};

/// A new str holding a copy of `bytes` (which must be valid generalized UTF-8).
pub fn fromBytes(bytes: []const u8) *Str {
    const s = allocInline(bytes.len);
    @memcpy(@constCast(s.bytes), bytes);
    const n_ascii = countNonAscii(bytes);
    s.len = if (n_ascii == 0) bytes.len else countCodePoints(bytes);
    s.ascii = n_ascii == 0;
    return s;
}

/// A new exact str with room for `n` bytes of text right after its header, in one `.noscan`
/// block: the header's only pointers are the static `str` type and its own text, so the
/// collector never needs to look inside (one allocation, nothing to mark, no zeroing).
/// The text is uninitialised: the caller fills `bytes` and sets `len` and `ascii`.
/// Not for str subclasses (their heap type must be traced; see text/strbuild.ofType).
pub fn allocInline(n: usize) *Str {
    const block = mem.allocBytesUninit(@sizeOf(Str) + n);
    const s: *Str = @ptrCast(block.ptr);
    s.* = .{ .base = .{ .ty = &types.str_type }, .len = n, .ascii = true, .bytes = block[@sizeOf(Str)..][0..n] };
    return s;
}

/// A new str that takes ownership of `buf` (GC memory, never modified afterwards).
pub fn adopt(buf: []const u8) *Str {
    const s = mem.create(Str, .scan);
    const n_ascii = countNonAscii(buf);
    s.* = .{
        .base = .{ .ty = &types.str_type },
        .len = if (n_ascii == 0) buf.len else countCodePoints(buf),
        .ascii = n_ascii == 0,
        .bytes = buf,
    };
    return s;
}

/// A str over static bytes (string literals in generated code, names): no copy.
pub fn static(bytes: []const u8) *Str {
    const s = mem.create(Str, .scan);
    const n_ascii = countNonAscii(bytes);
    s.* = .{
        .base = .{ .ty = &types.str_type },
        .len = if (n_ascii == 0) bytes.len else countCodePoints(bytes),
        .ascii = n_ascii == 0,
        .bytes = bytes,
    };
    return s;
}

/// Statically initialised str for a compile-time literal: generated code declares
/// `var s_17 = rt.str.literal("text");` as a global, so a literal costs no allocation at all.
pub fn literal(comptime bytes: []const u8) Str {
    @setEvalBranchQuota(100_000);
    const n_ascii = comptime countNonAscii(bytes);
    return .{
        .base = .{ .ty = &types.str_type },
        .len = comptime if (n_ascii == 0) bytes.len else countCodePoints(bytes),
        .ascii = n_ascii == 0,
        .bytes = bytes,
    };
}

fn countNonAscii(bytes: []const u8) usize {
    var n: usize = 0;
    const V = @Vector(16, u8);
    var i: usize = 0;
    while (i + 16 <= bytes.len) : (i += 16) {
        const v: V = bytes[i..][0..16].*;
        const hi = v >= @as(V, @splat(0x80));
        n += @popCount(@as(u16, @bitCast(hi)));
    }
    while (i < bytes.len) : (i += 1) n += @intFromBool(bytes[i] >= 0x80);
    return n;
}

/// Code points in well-formed (generalized) UTF-8: every byte that is not a continuation byte.
pub fn countCodePoints(bytes: []const u8) usize {
    var n: usize = 0;
    for (bytes) |b| n += @intFromBool(b & 0xC0 != 0x80);
    return n;
}

/// Length in bytes of the UTF-8 sequence that starts with `b0`.
pub inline fn seqLen(b0: u8) usize {
    if (b0 < 0x80) return 1;
    if (b0 < 0xE0) return 2;
    if (b0 < 0xF0) return 3;
    return 4;
}

/// Decodes the code point at byte offset `i` (asserts a sequence starts there).
pub fn decodeAt(bytes: []const u8, i: usize) u21 {
    const b0 = bytes[i];
    return switch (seqLen(b0)) {
        1 => b0,
        2 => (@as(u21, b0 & 0x1F) << 6) | (bytes[i + 1] & 0x3F),
        3 => (@as(u21, b0 & 0x0F) << 12) | (@as(u21, bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F),
        else => (@as(u21, b0 & 0x07) << 18) | (@as(u21, bytes[i + 1] & 0x3F) << 12) |
            (@as(u21, bytes[i + 2] & 0x3F) << 6) | (bytes[i + 3] & 0x3F),
    };
}

/// Encodes a code point (surrogates included, WTF-8 style) into `out`; returns the byte count.
pub fn encode(cp: u21, out: *[4]u8) usize {
    if (cp < 0x80) {
        out[0] = @intCast(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = @intCast(0xC0 | (cp >> 6));
        out[1] = @intCast(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = @intCast(0xE0 | (cp >> 12));
        out[1] = @intCast(0x80 | ((cp >> 6) & 0x3F));
        out[2] = @intCast(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = @intCast(0xF0 | (cp >> 18));
    out[1] = @intCast(0x80 | ((cp >> 12) & 0x3F));
    out[2] = @intCast(0x80 | ((cp >> 6) & 0x3F));
    out[3] = @intCast(0x80 | (cp & 0x3F));
    return 4;
}

/// Byte offset of code point index `idx` (0 <= idx <= len).
pub fn byteOffset(s: *const Str, idx: usize) usize {
    if (s.ascii) return idx;
    var i: usize = 0;
    var n: usize = 0;
    while (n < idx) : (n += 1) i += seqLen(s.bytes[i]);
    return i;
}

/// The one-code-point str at code point index `idx` (asserts 0 <= idx < len).
pub fn charAt(s: *const Str, idx: usize) *Str {
    std.debug.assert(idx < s.len);
    const off = byteOffset(s, idx);
    return fromCodePointBytes(s.bytes[off .. off + seqLen(s.bytes[off])]);
}

/// Interned one-character strings for ASCII, so `s[i]` and iteration over ASCII text allocate
/// nothing.
var ascii_chars: [128]Str = blk: {
    var arr: [128]Str = undefined;
    for (0..128) |c| arr[c] = .{
        .base = .{ .ty = &types.str_type },
        .len = 1,
        .ascii = true,
        .bytes = ascii_bytes[c .. c + 1],
    };
    break :blk arr;
};
const ascii_bytes: [128]u8 = blk: {
    var b: [128]u8 = undefined;
    for (0..128) |c| b[c] = c;
    break :blk b;
};

pub fn fromCodePointBytes(b: []const u8) *Str {
    if (b.len == 1 and b[0] < 0x80) return &ascii_chars[b[0]];
    return fromBytes(b);
}

pub fn fromCodePoint(cp: u21) *Str {
    if (cp < 0x80) return &ascii_chars[cp];
    var buf: [4]u8 = undefined;
    const n = encode(cp, &buf);
    return fromBytes(buf[0..n]);
}

pub var empty: Str = .{ .base = .{ .ty = &types.str_type }, .len = 0, .ascii = true, .bytes = "" };

pub fn eql(a: *const Str, b: *const Str) bool {
    if (a == b) return true;
    if (a.bytes.len != b.bytes.len) return false;
    if (a.hash_cache != 0 and b.hash_cache != 0 and a.hash_cache != b.hash_cache) return false;
    return std.mem.eql(u8, a.bytes, b.bytes);
}

/// Code-point order equals UTF-8 byte order, so comparison is a byte comparison.
pub fn order(a: *const Str, b: *const Str) std.math.Order {
    return std.mem.order(u8, a.bytes, b.bytes);
}

/// str hashes are not CPython's (CPython randomizes them per process, so no program may depend
/// on them); any good hash keeps dicts and sets fast. -1 is reserved, as in CPython.
pub fn hash(s: *Str) i64 {
    if (s.hash_cache != 0) return s.hash_cache;
    const h = hashBytes(s.bytes);
    s.hash_cache = h;
    return h;
}

/// The hash a str with these bytes has (what `hash` computes and caches).
pub fn hashBytes(bytes: []const u8) i64 {
    var h: i64 = @bitCast(std.hash.Wyhash.hash(0x5079616f74, bytes));
    if (h == -1 or h == 0) h = -2;
    return h;
}

/// Concatenation: `a` extended in place when it ends its growable buffer and the buffer has
/// room, else one new block of the summed size.
pub fn concat(a: *Str, b: *Str) *Str {
    if (a.bytes.len == 0) return b;
    if (b.bytes.len == 0) return a;
    if (extend(a, b)) |s| return s;
    const s = allocInline(a.bytes.len + b.bytes.len);
    const out: []u8 = @constCast(s.bytes);
    @memcpy(out[0..a.bytes.len], a.bytes);
    @memcpy(out[a.bytes.len..], b.bytes);
    s.len = a.len + b.len;
    s.ascii = a.ascii and b.ascii;
    return s;
}

/// Header of a growable text buffer; the text follows it.
///
/// `s += t` in a loop would copy the whole string on every step (CPython avoids that by
/// resizing in place when the string's refcount is 1; pyaot has no refcounts). Instead the
/// result of `+=` gets spare capacity, and appending to a str whose text ends exactly at
/// `used` writes into the spare room and returns a new header over the longer prefix. Bytes
/// below `used` never change, so every older str over the same buffer still reads its own
/// prefix; a second append to an older str (`used` is past its end) copies as usual.
const GrowBuf = extern struct { used: usize, cap: usize };

inline fn growBuf(s: *const Str) *GrowBuf {
    return @ptrFromInt(@intFromPtr(s.bytes.ptr) - @sizeOf(GrowBuf));
}

/// `a + b` written into `a`'s spare capacity, or null when `a` has none or is not at the end
/// of its buffer.
fn extend(a: *Str, b: *Str) ?*Str {
    const text = extendBuf(a, b.bytes) orelse return null;
    return growStr(text, a.len + b.len, a.ascii and b.ascii);
}

/// `a`'s text followed by `bytes`, written into `a`'s spare capacity (the longer text), or null
/// when `a` has none or is not at the end of its buffer.
pub inline fn extendBuf(a: *const Str, bytes: []const u8) ?[]const u8 {
    if (!a.grow) return null;
    const g = growBuf(a);
    if (g.used != a.bytes.len or g.cap - g.used < bytes.len) return null;
    const text: [*]u8 = @constCast(a.bytes.ptr);
    @memcpy(text[g.used..][0..bytes.len], bytes);
    g.used += bytes.len;
    return text[0..g.used];
}

/// A new growable buffer holding `a`'s text and `bytes`, with as much room again.
fn grownBuf(a: *const Str, bytes: []const u8) []const u8 {
    const n = a.bytes.len + bytes.len;
    const cap = @max(n * 2, 64 - @sizeOf(GrowBuf));
    const raw = mem.allocBytesUninit(@sizeOf(GrowBuf) + cap);
    const g: *GrowBuf = @ptrCast(raw.ptr);
    g.* = .{ .used = n, .cap = cap };
    const text = raw[@sizeOf(GrowBuf)..][0..cap];
    @memcpy(text[0..a.bytes.len], a.bytes);
    @memcpy(text[a.bytes.len..n], bytes);
    return text[0..n];
}

fn growStr(text: []const u8, len: usize, ascii: bool) *Str {
    const s = mem.create(Str, .scan);
    s.* = .{ .base = .{ .ty = &types.str_type }, .len = len, .ascii = ascii, .grow = true, .bytes = text };
    return s;
}

/// `a += b` for exact strs: as `concat`, but a new buffer gets twice the room it needs, so a
/// loop of appends copies each byte a constant number of times on average.
pub fn concatInplace(a: *Str, b: *Str) *Str {
    if (b.bytes.len == 0) return a;
    if (extend(a, b)) |s| return s;
    if (a.bytes.len == 0) return b;
    return growStr(grownBuf(a, b.bytes), a.len + b.len, a.ascii and b.ascii);
}

/// `a += piece` (`piece` is `len` code points of text) for a variable that holds the only
/// reference to any str this function made for it (compiler/codegen/str-append.ts proves the
/// loop never reads the variable otherwise): when `a` is `owned.*`, the str the previous append
/// made, its header takes the longer text in place — no new str per `+=`, which CPython gets
/// from its refcount of 1. Otherwise a new growable str, which becomes `owned.*`.
pub fn appendOwned(owned: *?*Str, a: *Str, piece: []const u8, len: usize, ascii: bool) *Str {
    if (piece.len == 0) return a;
    if (owned.* == a) {
        a.bytes = extendBuf(a, piece) orelse grownBuf(a, piece);
        a.grow = true;
        a.len += len;
        a.ascii = a.ascii and ascii;
        a.hash_cache = 0;
        return a;
    }
    const text = extendBuf(a, piece) orelse grownBuf(a, piece);
    const s = growStr(text, a.len + len, a.ascii and ascii);
    owned.* = s;
    return s;
}

/// A growable UTF-8 buffer that becomes a str without copying. Used by join, formatting,
/// repr, f-strings: anything that builds text piece by piece.
pub const Builder = struct {
    buf: []u8 = &.{},
    len: usize = 0,

    pub fn initCapacity(n: usize) Builder {
        return .{ .buf = mem.allocSlice(u8, .noscan, @max(n, 16)), .len = 0 };
    }
    pub fn ensure(b: *Builder, extra: usize) void {
        const need = b.len + extra;
        if (need <= b.buf.len) return;
        var cap = @max(b.buf.len * 2, 32);
        while (cap < need) cap *= 2;
        b.buf = mem.resizeSlice(u8, .noscan, b.buf, cap);
    }
    pub fn append(b: *Builder, bytes: []const u8) void {
        b.ensure(bytes.len);
        @memcpy(b.buf[b.len..][0..bytes.len], bytes);
        b.len += bytes.len;
    }
    pub fn appendByte(b: *Builder, c: u8) void {
        b.ensure(1);
        b.buf[b.len] = c;
        b.len += 1;
    }
    pub fn appendCodePoint(b: *Builder, cp: u21) void {
        var tmp: [4]u8 = undefined;
        b.append(tmp[0..encode(cp, &tmp)]);
    }
    pub fn appendNTimes(b: *Builder, bytes: []const u8, n: usize) void {
        b.ensure(bytes.len * n);
        for (0..n) |_| {
            @memcpy(b.buf[b.len..][0..bytes.len], bytes);
            b.len += bytes.len;
        }
    }
    pub fn print(b: *Builder, comptime fmt: []const u8, args: anytype) void {
        const n = std.fmt.count(fmt, args);
        b.ensure(@intCast(n));
        _ = std.fmt.bufPrint(b.buf[b.len..], fmt, args) catch unreachable;
        b.len += @intCast(n);
    }
    pub fn slice(b: *const Builder) []const u8 {
        return b.buf[0..b.len];
    }
    /// Finishes the builder; the builder must not be used afterwards.
    pub fn finish(b: *Builder) *Str {
        if (b.len == 0) return &empty;
        // Short text is copied next to its header (one unscanned block, one cache line to
        // compare as a dict key); long text keeps the builder's buffer.
        if (b.len <= inline_copy_max) return fromBytes(b.buf[0..b.len]);
        return adopt(b.buf[0..b.len]);
    }

    const inline_copy_max = 256;
};
