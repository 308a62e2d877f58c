//! str.find, rfind, index, rindex, count, startswith, endswith, replace and `in`, with
//! code-point indices (CPython's ADJUST_INDICES rules for start/end) over UTF-8 bytes.
//!
//! ASCII strings (the `ascii` flag) use byte offsets as indices directly. For other strings
//! the window bounds are walked once to byte offsets, and a match's byte offset is turned back
//! into an index by counting the code points before it (vectorized).
const std = @import("std");
const rt = @import("../rt.zig");
const bytesearch = @import("bytesearch.zig");
const strbuild = @import("strbuild.zig");
const utf8 = @import("../unicode/utf8.zig");
const Str = rt.Str;
const Error = rt.Error;

/// A code-point window [start, end) of a str after ADJUST_INDICES, with its byte bounds.
/// `empty_past_end` marks windows where start > end (nothing, not even "", matches).
const Window = struct {
    start: usize,
    end: usize,
    lo: usize,
    hi: usize,

    fn cpLen(w: Window) usize {
        return w.end - w.start;
    }
};

/// CPython's ADJUST_INDICES, then byte offsets; null when start > end.
fn window(s: *const Str, start_opt: ?i64, end_opt: ?i64) ?Window {
    const len: i64 = @intCast(s.len);
    var end: i64 = end_opt orelse len;
    if (end > len) end = len else if (end < 0) {
        end += len;
        if (end < 0) end = 0;
    }
    var start: i64 = start_opt orelse 0;
    if (start < 0) {
        start += len;
        if (start < 0) start = 0;
    }
    if (start > end) return null;
    const a: usize = @intCast(start);
    const b: usize = @intCast(end);
    if (s.ascii) return .{ .start = a, .end = b, .lo = a, .hi = b };
    if (a == 0 and b == s.len) return .{ .start = 0, .end = b, .lo = 0, .hi = s.bytes.len };
    const lo = advance(s.bytes, 0, a);
    const hi = if (b == s.len) s.bytes.len else advance(s.bytes, lo, b - a);
    return .{ .start = a, .end = b, .lo = lo, .hi = hi };
}

/// Byte offset `n` code points after byte offset `from`.
pub fn advance(bytes: []const u8, from: usize, n: usize) usize {
    var i = from;
    for (0..n) |_| i += utf8.sequenceLen(bytes[i]);
    return i;
}

/// Code-point index of byte offset `at` inside window `w`.
fn indexAt(s: *const Str, w: Window, at: usize) usize {
    if (s.ascii) return at;
    return w.start + utf8.countCodePoints(s.bytes[w.lo..at]);
}

/// str.find(sub, start, end): the lowest index of `sub` in s[start:end], or -1.
pub fn find(s: *Str, sub: *Str, start: ?i64, end: ?i64) i64 {
    const w = window(s, start, end) orelse return -1;
    if (w.cpLen() < sub.len) return -1;
    const at = bytesearch.indexOf(s.bytes[0..w.hi], sub.bytes, w.lo) orelse return -1;
    return @intCast(indexAt(s, w, at));
}

/// str.rfind(sub, start, end): the highest index of `sub` in s[start:end], or -1.
pub fn rfind(s: *Str, sub: *Str, start: ?i64, end: ?i64) i64 {
    const w = window(s, start, end) orelse return -1;
    if (w.cpLen() < sub.len) return -1;
    const at = bytesearch.lastIndexOf(s.bytes[w.lo..w.hi], sub.bytes) orelse return -1;
    return @intCast(indexAt(s, w, w.lo + at));
}

/// str.index: find, raising ValueError('substring not found').
pub fn index(s: *Str, sub: *Str, start: ?i64, end: ?i64) Error!i64 {
    const r = find(s, sub, start, end);
    if (r < 0) return rt.exc.raiseMsg(&rt.types.ValueError, "substring not found");
    return r;
}

/// str.rindex: rfind, raising ValueError('substring not found').
pub fn rindex(s: *Str, sub: *Str, start: ?i64, end: ?i64) Error!i64 {
    const r = rfind(s, sub, start, end);
    if (r < 0) return rt.exc.raiseMsg(&rt.types.ValueError, "substring not found");
    return r;
}

/// str.count(sub, start, end): non-overlapping occurrences; "" occurs between every two
/// characters and at both ends.
pub fn count(s: *Str, sub: *Str, start: ?i64, end: ?i64) usize {
    const w = window(s, start, end) orelse return 0;
    if (w.cpLen() < sub.len) return 0;
    if (sub.len == 0) return w.cpLen() + 1;
    return bytesearch.count(s.bytes[w.lo..w.hi], sub.bytes, std.math.maxInt(usize));
}

/// `sub in s`.
pub fn contains(s: *Str, sub: *Str) bool {
    return bytesearch.indexOf(s.bytes, sub.bytes, 0) != null;
}

pub const Side = enum { start, end };

/// One candidate of startswith/endswith (CPython's tailmatch).
pub fn tailMatch(s: *Str, sub: *Str, start: ?i64, end: ?i64, side: Side) bool {
    const w = window(s, start, end) orelse return false;
    if (w.cpLen() < sub.len) return false;
    if (sub.len == 0) return true;
    const span = w.hi - w.lo;
    if (span < sub.bytes.len) return false;
    const at = if (side == .start) w.lo else w.hi - sub.bytes.len;
    return std.mem.eql(u8, s.bytes[at..][0..sub.bytes.len], sub.bytes);
}

/// str.replace(old, new, count): at most `max` replacements (all when negative). Returns `s`
/// itself when nothing changes (as CPython does for exact str).
pub fn replace(s: *Str, old: *Str, new: *Str, max_i: i64) *Str {
    const max: usize = if (max_i < 0) std.math.maxInt(usize) else @intCast(max_i);
    if (max == 0) return same(s);
    if (old.len == 0) return replaceEmpty(s, new, max);
    if (old.len > s.len) return same(s);
    var stack_buf: [64]usize = undefined;
    var found: bytesearch.Positions = .{ .items = &stack_buf, .gpa = rt.mem.allocator(.noscan) };
    bytesearch.findAll(s.bytes, old.bytes, max, &found);
    const n = found.len;
    if (n == 0) return same(s);
    const out_bytes = s.bytes.len - n * old.bytes.len + n * new.bytes.len;
    const out_len = s.len - n * old.len + n * new.len;
    if (out_bytes == 0) return &rt.str.empty;
    const r = strbuild.alloc(out_bytes);
    const dst = strbuild.buf(r);
    if (old.bytes.len == new.bytes.len) {
        // Same size: copy everything, then overwrite the matches.
        @memcpy(dst, s.bytes);
        for (found.slice()) |at| @memcpy(dst[at..][0..new.bytes.len], new.bytes);
    } else {
        var src_i: usize = 0;
        var dst_i: usize = 0;
        for (found.slice()) |at| {
            @memcpy(dst[dst_i..][0 .. at - src_i], s.bytes[src_i..at]);
            dst_i += at - src_i;
            @memcpy(dst[dst_i..][0..new.bytes.len], new.bytes);
            dst_i += new.bytes.len;
            src_i = at + old.bytes.len;
        }
        @memcpy(dst[dst_i..], s.bytes[src_i..]);
    }
    r.len = out_len;
    r.ascii = out_len == out_bytes;
    return r;
}

/// The unchanged result: `s` for an exact str, a plain-str copy for a subclass instance.
fn same(s: *Str) *Str {
    if (s.base.ty == &rt.types.str_type) return s;
    return strbuild.known(s.bytes, s.len, s.ascii);
}

/// replace("", new): `new` before every character and at the end, `max` times at most.
fn replaceEmpty(s: *Str, new: *Str, max: usize) *Str {
    const n = @min(max, s.len + 1);
    if (new.len == 0) return same(s);
    var b = rt.Builder.initCapacity(s.bytes.len + n * new.bytes.len);
    var i: usize = 0;
    for (0..n) |k| {
        b.append(new.bytes);
        if (k < s.len) {
            const l = utf8.sequenceLen(s.bytes[i]);
            b.append(s.bytes[i..][0..l]);
            i += l;
        }
    }
    b.append(s.bytes[i..]);
    const len = s.len + n * new.len;
    return strbuild.finishKnown(&b, len, len == b.len);
}
