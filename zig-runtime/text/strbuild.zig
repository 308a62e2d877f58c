//! Making str results cheaply: substrings whose ASCII-ness and length are already known, and
//! one allocation per small string.
//!
//! str methods produce many short strings (split's words, strip's results). core/str.zig's
//! `fromBytes` allocates the Str and its bytes separately and rescans the bytes to count code
//! points; here a result lives in the same allocation as its header, and the code-point count
//! comes from the caller when it knows it (any slice of an ASCII string is ASCII).
const std = @import("std");
const rt = @import("../rt.zig");
const Str = rt.Str;
const mem = rt.mem;
const str_mod = rt.str;
const utf8 = @import("../unicode/utf8.zig");

/// A str subclass instance's text up to this many bytes shares its header's allocation. That
/// block must be scanned (the header points to a heap type), so its text is scanned too;
/// short text keeps that cheap. Exact strs always share one unscanned block (str.allocInline).
const inline_bytes_max = 96;

/// A new str over a copy of `bytes`, with its code-point count `len` and ASCII flag given.
pub fn known(bytes: []const u8, len: usize, ascii: bool) *Str {
    std.debug.assert(len <= bytes.len);
    if (bytes.len == 0) return &str_mod.empty;
    if (bytes.len == 1 and ascii) return str_mod.fromCodePointBytes(bytes);
    const s = alloc(bytes.len);
    @memcpy(@constCast(s.bytes), bytes);
    s.len = len;
    s.ascii = ascii;
    return s;
}

/// A new str over a copy of `bytes` (valid UTF-8), counting its code points.
pub fn copy(bytes: []const u8) *Str {
    if (bytes.len == 0) return &str_mod.empty;
    const n = utf8.countCodePoints(bytes);
    return known(bytes, n, n == bytes.len);
}

/// The substring of `s` at byte offsets [lo, hi) (on character boundaries); `s` itself when
/// that is all of it and `s` is an exact str (immutable, so sharing is unobservable except
/// through `is`, as in CPython's own shortcuts).
pub fn slice(s: *Str, lo: usize, hi: usize) *Str {
    std.debug.assert(lo <= hi and hi <= s.bytes.len);
    if (lo == 0 and hi == s.bytes.len and s.base.ty == &rt.types.str_type) return s;
    const part = s.bytes[lo..hi];
    if (s.ascii) return known(part, part.len, true);
    return copy(part);
}

/// A str with `n_bytes` uninitialised bytes for the caller to fill, then set `len` and
/// `ascii` (or call `finishCount`). Header and text share one `.noscan` block
/// (str.allocInline).
pub fn alloc(n_bytes: usize) *Str {
    std.debug.assert(n_bytes > 0);
    return str_mod.allocInline(n_bytes);
}

/// `alloc` for a str subclass instance: its type is a heap object the collector must trace, so
/// the header is `.scan`; text up to `inline_bytes_max` bytes shares its block.
fn allocScanned(n_bytes: usize) *Str {
    const s: *Str = if (n_bytes <= inline_bytes_max) blk: {
        const block = mem.allocSlice(u8, .scan, @sizeOf(Str) + n_bytes);
        const h: *Str = @ptrCast(@alignCast(block.ptr));
        h.bytes = block[@sizeOf(Str)..];
        break :blk h;
    } else blk: {
        const h = mem.create(Str, .scan);
        h.bytes = mem.allocSlice(u8, .noscan, n_bytes);
        break :blk h;
    };
    s.base = .{ .ty = &rt.types.str_type };
    s.hash_cache = 0;
    return s;
}

/// A new instance of str subclass `t` holding a copy of `bytes` (always a fresh object: the
/// interned one-character and empty strings are exact strs).
pub fn ofType(t: *rt.Type, bytes: []const u8, len: usize, ascii: bool) *Str {
    const s = if (bytes.len == 0) blk: {
        const e = mem.create(Str, .scan);
        e.* = .{ .base = .{ .ty = t }, .len = 0, .ascii = true, .bytes = "" };
        break :blk e;
    } else allocScanned(bytes.len);
    if (bytes.len != 0) @memcpy(buf(s), bytes);
    s.base.ty = t;
    s.len = len;
    s.ascii = ascii;
    return s;
}

/// Sets `len` and `ascii` of a string filled after `alloc`.
pub fn finishCount(s: *Str) *Str {
    s.len = utf8.countCodePoints(s.bytes);
    s.ascii = s.len == s.bytes.len;
    return s;
}

/// Mutable view of a string's bytes between `alloc` and its finish.
pub inline fn buf(s: *Str) []u8 {
    return @constCast(s.bytes);
}

/// Finishes a Builder whose text's code-point count and ASCII-ness are known, without the
/// rescan `Builder.finish` does.
pub fn finishKnown(b: *str_mod.Builder, len: usize, ascii: bool) *Str {
    if (b.len == 0) return &str_mod.empty;
    const s = rt.mem.create(Str, .scan);
    s.* = .{ .base = .{ .ty = &rt.types.str_type }, .len = len, .ascii = ascii, .bytes = b.buf[0..b.len] };
    return s;
}
