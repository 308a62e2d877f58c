//! str.strip/lstrip/rstrip, center/ljust/rjust/zfill, expandtabs, removeprefix/removesuffix.
//! Widths and columns count code points. An unchanged result is the receiver itself (for
//! an exact str), as in CPython.
const std = @import("std");
const rt = @import("../rt.zig");
const strbuild = @import("strbuild.zig");
const strsplit = @import("strsplit.zig");
const utf8 = @import("../unicode/utf8.zig");
const codepoint = @import("../unicode/codepoint.zig");
const Str = rt.Str;
const Error = rt.Error;

pub const Sides = struct { left: bool, right: bool };
pub const both: Sides = .{ .left = true, .right = true };
pub const left_only: Sides = .{ .left = true, .right = false };
pub const right_only: Sides = .{ .left = false, .right = true };

/// The set of characters to strip: whitespace, or the code points of a `chars` argument.
const CharSet = struct {
    ascii: [4]u32 = .{ 0, 0, 0, 0 },
    /// Non-ASCII members, as the argument's bytes (searched by code point).
    other: []const u8 = "",
    whitespace: bool,

    fn of(chars: ?*Str) CharSet {
        const c = chars orelse return .{ .whitespace = true };
        var set: CharSet = .{ .whitespace = false };
        var it: utf8.Iterator = .{ .bytes = c.bytes };
        while (it.next()) |cp| {
            if (cp < 0x80) set.ascii[cp >> 5] |= @as(u32, 1) << @intCast(cp & 31) else set.other = c.bytes;
        }
        return set;
    }

    inline fn hasAscii(set: *const CharSet, c: u8) bool {
        if (set.whitespace) return strsplit.isAsciiSpace(c);
        return set.ascii[c >> 5] & (@as(u32, 1) << @intCast(c & 31)) != 0;
    }

    fn hasOther(set: *const CharSet, cp: u21) bool {
        if (set.whitespace) return codepoint.isSpace(cp);
        var it: utf8.Iterator = .{ .bytes = set.other };
        while (it.next()) |x| if (x == cp) return true;
        return false;
    }
};

/// str.strip / lstrip / rstrip (chars null: whitespace).
pub fn strip(s: *Str, chars: ?*Str, sides: Sides) *Str {
    const set = CharSet.of(chars);
    const b = s.bytes;
    var lo: usize = 0;
    var hi: usize = b.len;
    if (sides.left) {
        while (lo < hi) {
            const c = b[lo];
            if (c < 0x80) {
                if (!set.hasAscii(c)) break;
                lo += 1;
            } else {
                const d = utf8.decode(b[lo..]);
                if (!set.hasOther(d.cp)) break;
                lo += d.len;
            }
        }
    }
    if (sides.right) {
        while (hi > lo) {
            const c = b[hi - 1];
            if (c < 0x80) {
                if (!set.hasAscii(c)) break;
                hi -= 1;
            } else {
                const d = utf8.decodeLast(b[0..hi]);
                if (!set.hasOther(d.cp)) break;
                hi -= d.len;
            }
        }
    }
    return strbuild.slice(s, lo, hi);
}

/// A fill character argument as its UTF-8 bytes.
pub const Fill = struct { bytes: []const u8, ascii: bool };
pub const space_fill: Fill = .{ .bytes = " ", .ascii = true };

/// `left` fills, the text, `right` fills.
fn pad(s: *Str, left: usize, right: usize, fill: Fill) *Str {
    if (left == 0 and right == 0) return strbuild.slice(s, 0, s.bytes.len);
    const n_bytes = s.bytes.len + (left + right) * fill.bytes.len;
    const r = strbuild.alloc(n_bytes);
    const dst = strbuild.buf(r);
    var at: usize = 0;
    if (fill.bytes.len == 1) {
        @memset(dst[0..left], fill.bytes[0]);
        at = left;
    } else for (0..left) |_| {
        @memcpy(dst[at..][0..fill.bytes.len], fill.bytes);
        at += fill.bytes.len;
    }
    @memcpy(dst[at..][0..s.bytes.len], s.bytes);
    at += s.bytes.len;
    if (fill.bytes.len == 1) {
        @memset(dst[at..], fill.bytes[0]);
    } else for (0..right) |_| {
        @memcpy(dst[at..][0..fill.bytes.len], fill.bytes);
        at += fill.bytes.len;
    }
    r.len = s.len + left + right;
    r.ascii = s.ascii and fill.ascii;
    return r;
}

/// Room for `width` code points, or an error before allocating absurd sizes.
fn margin(s: *Str, width: i64) Error!usize {
    if (width <= @as(i64, @intCast(s.len))) return 0;
    const m: usize = @intCast(width - @as(i64, @intCast(s.len)));
    if (m > (@as(usize, 1) << 40)) return rt.exc.raiseEmpty(&rt.types.MemoryError);
    return m;
}

/// str.center(width, fillchar).
pub fn center(s: *Str, width: i64, fill: Fill) Error!*Str {
    const m = try margin(s, width);
    const w: usize = @intCast(@max(width, 0));
    // CPython's rounding: the odd cell goes left only when both margin and width are odd.
    const left = m / 2 + (m & w & 1);
    return pad(s, left, m - left, fill);
}

/// str.ljust(width, fillchar).
pub fn ljust(s: *Str, width: i64, fill: Fill) Error!*Str {
    return pad(s, 0, try margin(s, width), fill);
}

/// str.rjust(width, fillchar).
pub fn rjust(s: *Str, width: i64, fill: Fill) Error!*Str {
    return pad(s, try margin(s, width), 0, fill);
}

/// str.zfill(width): zeros after a leading sign.
pub fn zfill(s: *Str, width: i64) Error!*Str {
    const m = try margin(s, width);
    const r = pad(s, m, 0, .{ .bytes = "0", .ascii = true });
    if (m > 0 and s.bytes.len > 0 and (s.bytes[0] == '+' or s.bytes[0] == '-')) {
        const dst = strbuild.buf(r);
        dst[0] = s.bytes[0];
        dst[m] = '0';
    }
    return r;
}

/// str.expandtabs(tabsize): each tab becomes spaces up to the next multiple of tabsize
/// columns (none when tabsize <= 0); \n and \r restart the column count.
pub fn expandtabs(s: *Str, tabsize: i32) Error!*Str {
    if (std.mem.indexOfScalar(u8, s.bytes, '\t') == null) return strbuild.slice(s, 0, s.bytes.len);
    const ts: usize = if (tabsize > 0) @intCast(tabsize) else 0;
    var b = rt.Builder.initCapacity(s.bytes.len + 8);
    var col: usize = 0;
    var len: usize = 0;
    var i: usize = 0;
    while (i < s.bytes.len) {
        const c = s.bytes[i];
        if (c == '\t') {
            if (ts > 0) {
                const n = ts - col % ts;
                if (n > (@as(usize, 1) << 40) or len > (@as(usize, 1) << 40)) return rt.exc.raiseMsg(&rt.types.OverflowError, "result too long");
                b.ensure(n);
                @memset(b.buf[b.len..][0..n], ' ');
                b.len += n;
                col += n;
                len += n;
            }
            i += 1;
            continue;
        }
        const l: usize = if (c < 0x80) 1 else utf8.sequenceLen(c);
        b.append(s.bytes[i..][0..l]);
        i += l;
        len += 1;
        col += 1;
        if (c == '\n' or c == '\r') col = 0;
    }
    return strbuild.finishKnown(&b, len, s.ascii);
}

/// str.removeprefix(prefix).
pub fn removeprefix(s: *Str, prefix: *Str) *Str {
    if (std.mem.startsWith(u8, s.bytes, prefix.bytes)) return strbuild.slice(s, prefix.bytes.len, s.bytes.len);
    return strbuild.slice(s, 0, s.bytes.len);
}

/// str.removesuffix(suffix).
pub fn removesuffix(s: *Str, suffix: *Str) *Str {
    if (suffix.bytes.len > 0 and std.mem.endsWith(u8, s.bytes, suffix.bytes)) return strbuild.slice(s, 0, s.bytes.len - suffix.bytes.len);
    return strbuild.slice(s, 0, s.bytes.len);
}
