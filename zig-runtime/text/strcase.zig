//! str case conversions (upper, lower, casefold, swapcase, title, capitalize) and the is*()
//! predicates, over zig-runtime/unicode (exact with CPython 3.11's Unicode 14 data).
//!
//! ASCII strings map byte for byte into a result of the same size (and upper/lower return
//! the receiver when no letter changes: they are called in loops over words that usually
//! are already in the wanted case); other strings go through unicode/case.zig, whose full
//! mappings may change the length.
const std = @import("std");
const rt = @import("../rt.zig");
const strbuild = @import("strbuild.zig");
const unicode = @import("../unicode/unicode.zig");
const Str = rt.Str;

pub const Op = enum { upper, lower, casefold, swapcase, title, capitalize };

/// The converted string.
pub fn convert(s: *Str, comptime op: Op) *Str {
    if (s.bytes.len == 0) return &rt.str.empty;
    if (s.ascii) return convertAscii(s, op);
    var out: std.ArrayList(u8) = .empty;
    const gpa = rt.mem.allocator(.noscan);
    const f = switch (op) {
        .upper => unicode.case.upper,
        .lower => unicode.case.lower,
        .casefold => unicode.case.casefold,
        .swapcase => unicode.case.swapcase,
        .title => unicode.case.title,
        .capitalize => unicode.case.capitalize,
    };
    // The collector's allocator does not fail (it exits with MemoryError itself).
    f(gpa, &out, s.bytes) catch unreachable;
    const len = unicode.utf8.countCodePoints(out.items);
    const r = rt.mem.create(Str, .scan);
    r.* = .{ .base = .{ .ty = &rt.types.str_type }, .len = len, .ascii = len == out.items.len, .bytes = out.items };
    return r;
}

fn convertAscii(s: *Str, comptime op: Op) *Str {
    const src = s.bytes;
    if (op == .upper or op == .lower or op == .casefold) {
        // Nothing to change: share the receiver.
        const lo: u8, const hi: u8 = if (op == .upper) .{ 'a', 'z' } else .{ 'A', 'Z' };
        if (!hasInRange(src, lo, hi)) return strbuild.slice(s, 0, src.len);
    }
    const r = strbuild.alloc(src.len);
    const dst = strbuild.buf(r);
    var previous = false;
    for (src, dst) |c, *d| {
        const is_upper = c -% 'A' < 26;
        const is_lower = c -% 'a' < 26;
        const lowered = c | (@as(u8, @intFromBool(is_upper)) << 5);
        const uppered = c & ~(@as(u8, @intFromBool(is_lower)) << 5);
        d.* = switch (op) {
            .upper => uppered,
            .lower, .casefold => lowered,
            .swapcase => c ^ (@as(u8, @intFromBool(is_upper or is_lower)) << 5),
            .title => blk: {
                const x = if (previous) lowered else uppered;
                previous = is_upper or is_lower;
                break :blk x;
            },
            .capitalize => blk: {
                const x = if (previous) lowered else uppered;
                previous = true;
                break :blk x;
            },
        };
    }
    r.len = src.len;
    r.ascii = true;
    return r;
}

fn hasInRange(bytes: []const u8, lo: u8, hi: u8) bool {
    const n = std.simd.suggestVectorLength(u8) orelse 16;
    const V = @Vector(n, u8);
    var i: usize = 0;
    while (i + n <= bytes.len) : (i += n) {
        const v: V = bytes[i..][0..n].*;
        if (@reduce(.Or, (v -% @as(V, @splat(lo))) <= @as(V, @splat(hi - lo)))) return true;
    }
    for (bytes[i..]) |c| if (c -% lo <= hi - lo) return true;
    return false;
}

pub const Pred = enum { alnum, alpha, ascii, decimal, digit, identifier, lower, numeric, printable, space, title, upper };

/// str.is<pred>().
pub fn predicate(s: *Str, comptime p: Pred) bool {
    const b = s.bytes;
    if (p == .ascii) return s.ascii;
    if (s.ascii) return asciiPredicate(b, p);
    const P = unicode.predicates;
    return switch (p) {
        .alnum => P.isAlnum(b),
        .alpha => P.isAlpha(b),
        .ascii => unreachable,
        .decimal => P.isDecimal(b),
        .digit => P.isDigit(b),
        .identifier => P.isIdentifier(b),
        .lower => P.isLower(b),
        .numeric => P.isNumeric(b),
        .printable => P.isPrintable(b),
        .space => P.isSpace(b),
        .title => P.isTitle(b),
        .upper => P.isUpper(b),
    };
}

fn asciiPredicate(b: []const u8, comptime p: Pred) bool {
    switch (p) {
        .lower, .upper => {
            var seen = false;
            for (b) |c| {
                if (std.ascii.isLower(c)) {
                    if (p == .upper) return false;
                    seen = true;
                } else if (std.ascii.isUpper(c)) {
                    if (p == .lower) return false;
                    seen = true;
                }
            }
            return seen;
        },
        .title => return unicode.predicates.isTitle(b),
        .identifier => return unicode.predicates.isIdentifier(b),
        .printable => {
            for (b) |c| if (c < 0x20 or c == 0x7f) return false;
            return true;
        },
        else => {},
    }
    if (b.len == 0) return false;
    for (b) |c| {
        const ok = switch (p) {
            .alnum => std.ascii.isAlphanumeric(c),
            .alpha => std.ascii.isAlphabetic(c),
            .decimal, .digit, .numeric => std.ascii.isDigit(c),
            .space => @import("strsplit.zig").isAsciiSpace(c),
            else => unreachable,
        };
        if (!ok) return false;
    }
    return true;
}
