//! str.split, rsplit, splitlines, partition, rpartition and join, transcribing CPython's
//! stringlib (split.h, join.h) so that edge cases match: empty pieces, maxsplit, runs of
//! whitespace, "\r\n" as one line boundary, and the receiver returned unsplit.
//!
//! Whitespace is Python's (str.isspace): for ASCII text a table that includes \x1c-\x1f,
//! otherwise the Unicode property. Pieces are built with strbuild, so a piece of an ASCII
//! string costs one allocation and no rescan.
const std = @import("std");
const rt = @import("../rt.zig");
const bytesearch = @import("bytesearch.zig");
const strbuild = @import("strbuild.zig");
const utf8 = @import("../unicode/utf8.zig");
const codepoint = @import("../unicode/codepoint.zig");
const Str = rt.Str;
const List = rt.List;
const Value = rt.Value;
const Error = rt.Error;
const list_mod = rt.list;
const str_mod = @import("../core/str.zig");

/// Python's whitespace among ASCII bytes: \t \n \v \f \r, \x1c-\x1f and space.
const ascii_space: [128]bool = blk: {
    var t = [_]bool{false} ** 128;
    for ([_]u8{ 9, 10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x1f, ' ' }) |c| t[c] = true;
    break :blk t;
};

pub inline fn isAsciiSpace(c: u8) bool {
    return c < 0x80 and ascii_space[c];
}

/// A maxsplit argument: negative means unlimited.
fn limit(maxsplit: i64) usize {
    return if (maxsplit < 0) std.math.maxInt(usize) else @intCast(maxsplit);
}

/// Room for this many pieces up front, as CPython's MAX_PREALLOC: most splits are short.
const prealloc = 12;

fn add(l: *List, s: *Str, lo: usize, hi: usize) void {
    list_mod.append(l, strbuild.slice(s, lo, hi).val());
}

/// str.split(sep, maxsplit).
pub fn split(s: *Str, sep: ?*Str, maxsplit: i64) Error!*List {
    if (sep) |p| {
        if (p.bytes.len == 0) return rt.exc.raiseMsg(&rt.types.ValueError, "empty separator");
        return splitSep(s, p.bytes, limit(maxsplit));
    }
    if (s.ascii) return splitAsciiSpace(s, limit(maxsplit));
    return splitSpace(s, limit(maxsplit));
}

/// str.rsplit(sep, maxsplit).
pub fn rsplit(s: *Str, sep: ?*Str, maxsplit: i64) Error!*List {
    const l = if (sep) |p| blk: {
        if (p.bytes.len == 0) return rt.exc.raiseMsg(&rt.types.ValueError, "empty separator");
        break :blk rsplitSep(s, p.bytes, limit(maxsplit));
    } else rsplitSpace(s, limit(maxsplit));
    list_mod.reverse(l);
    return l;
}

/// Texts at least this long are counted before an unlimited whitespace split, so that the
/// list is allocated once at its final size: growing it by CPython's 1/8 steps copies a list
/// of millions of words many times over (CPython's realloc can often grow in place).
const count_first_min = 4096;

/// The number of whitespace-separated words in ASCII text `b`.
fn countAsciiWords(b: []const u8) usize {
    var n: usize = 0;
    var prev_space = true;
    for (b) |c| {
        const sp = ascii_space[c];
        n += @intFromBool(prev_space and !sp);
        prev_space = sp;
    }
    return n;
}

fn splitAsciiSpace(s: *Str, max: usize) *List {
    const b = s.bytes;
    const counted = b.len >= count_first_min and max == std.math.maxInt(usize);
    const cap = if (counted) countAsciiWords(b) else prealloc;
    const l = list_mod.withCapacity(cap);
    if (counted) {
        splitAsciiSpaceShared(l, s, cap);
        return l;
    }
    var i: usize = 0;
    var n: usize = 0;
    while (n < max) : (n += 1) {
        while (i < b.len and ascii_space[b[i]]) i += 1;
        if (i == b.len) return l;
        const j = i;
        i += 1;
        while (i < b.len and !ascii_space[b[i]]) i += 1;
        add(l, s, j, i);
    }
    while (i < b.len and ascii_space[b[i]]) i += 1;
    if (i != b.len) add(l, s, i, b.len);
    return l;
}

/// Slots of the table of recent pieces: a power of two, at most this many (128 KiB), and no
/// more than the text's word count rounded up, so that a text just over count_first_min does
/// not pay for clearing a big table.
const share_slots_max = 16384;
/// After this many pieces, sharing stops unless at least a quarter of them were repeats.
const share_sample = 8192;

/// The unlimited whitespace split of a long ASCII text, whose words usually repeat (prose,
/// logs, word lists): a piece equal to a recent one is that same str object, found in a small
/// direct-mapped table by its hash. The hash is the one str.hash computes, kept in the piece's
/// cache for the dict lookups or set insertions that commonly follow. A repeat then costs no
/// allocation (no new memory to fault in, nothing for the collector to mark), and a later dict
/// probe matches the stored key by identity without reading it. Sharing equal immutable exact
/// strs is unobservable except through `is`/`id`, like str.lower() and strip() returning their
/// receiver and CPython's own shared one-character strs. A text whose words rarely repeat
/// turns the table off after a sample, so it pays only the sample's hashing.
fn splitAsciiSpaceShared(l: *List, s: *Str, n_words: usize) void {
    const b = s.bytes;
    const n_slots = std.math.ceilPowerOfTwo(usize, @max(n_words, 16)) catch share_slots_max;
    const mask = @min(n_slots, share_slots_max) - 1;
    // Reachable from this frame (the collector scans the stack); every str in it is also in `l`.
    const slots = rt.mem.allocSlice(?*Str, .noscan, mask + 1);
    @memset(slots, null);
    var on = true;
    var seen: usize = 0;
    var hits: usize = 0;
    var i: usize = 0;
    while (true) {
        while (i < b.len and ascii_space[b[i]]) i += 1;
        if (i == b.len) return;
        const j = i;
        i += 1;
        while (i < b.len and !ascii_space[b[i]]) i += 1;
        // One-character pieces are shared singletons already; the whole text is `s` itself.
        if (!on or i - j == 1 or (j == 0 and i == b.len)) {
            add(l, s, j, i);
            continue;
        }
        const part = b[j..i];
        const h = str_mod.hashBytes(part);
        const slot = &slots[@as(usize, @truncate(@as(u64, @bitCast(h)))) & mask];
        if (slot.*) |p| {
            if (p.hash_cache == h and std.mem.eql(u8, p.bytes, part)) {
                hits += 1;
                list_mod.append(l, p.val());
                continue;
            }
        }
        const p = strbuild.known(part, part.len, true);
        p.hash_cache = h;
        slot.* = p;
        list_mod.append(l, p.val());
        seen += 1;
        if (seen + hits == share_sample) on = hits * 4 >= share_sample;
    }
}

/// The next code point at byte `i` and whether it is whitespace.
inline fn spaceAt(b: []const u8, i: usize) struct { bool, usize } {
    if (b[i] < 0x80) return .{ ascii_space[b[i]], 1 };
    const d = utf8.decode(b[i..]);
    return .{ codepoint.isSpace(d.cp), d.len };
}

fn splitSpace(s: *Str, max: usize) *List {
    const b = s.bytes;
    const l = list_mod.withCapacity(prealloc);
    var i: usize = 0;
    var n: usize = 0;
    while (n < max) : (n += 1) {
        i = skipSpace(b, i);
        if (i == b.len) return l;
        const j = i;
        while (i < b.len) {
            const sp, const w = spaceAt(b, i);
            if (sp) break;
            i += w;
        }
        add(l, s, j, i);
    }
    i = skipSpace(b, i);
    if (i != b.len) add(l, s, i, b.len);
    return l;
}

fn skipSpace(b: []const u8, from: usize) usize {
    var i = from;
    while (i < b.len) {
        const sp, const w = spaceAt(b, i);
        if (!sp) break;
        i += w;
    }
    return i;
}

/// Start of the code point that ends at byte `end` (exclusive) and whether it is whitespace.
inline fn spaceBefore(b: []const u8, end: usize) struct { bool, usize } {
    if (b[end - 1] < 0x80) return .{ ascii_space[b[end - 1]], end - 1 };
    const d = utf8.decodeLast(b[0..end]);
    return .{ codepoint.isSpace(d.cp), end - d.len };
}

fn rskipSpace(b: []const u8, from: usize) usize {
    var i = from;
    while (i > 0) {
        const sp, const at = spaceBefore(b, i);
        if (!sp) break;
        i = at;
    }
    return i;
}

/// Pieces from the right, last first (the caller reverses).
fn rsplitSpace(s: *Str, max: usize) *List {
    const b = s.bytes;
    const l = list_mod.withCapacity(prealloc);
    var i: usize = b.len;
    var n: usize = 0;
    while (n < max) : (n += 1) {
        i = rskipSpace(b, i);
        if (i == 0) return l;
        const j = i;
        while (i > 0) {
            const sp, const at = spaceBefore(b, i);
            if (sp) break;
            i = at;
        }
        add(l, s, i, j);
    }
    i = rskipSpace(b, i);
    if (i != 0) add(l, s, 0, i);
    return l;
}

/// Initial capacity for splitting on `sep`: exact for one-byte separators (a vectorized
/// count), else the usual preallocation.
fn sepCapacity(b: []const u8, sep: []const u8, max: usize) usize {
    if (sep.len != 1) return prealloc;
    return @min(bytesearch.countByte(b, sep[0]), max) + 1;
}

fn splitSep(s: *Str, sep: []const u8, max: usize) *List {
    const b = s.bytes;
    const l = list_mod.withCapacity(sepCapacity(b, sep, max));
    var i: usize = 0;
    var n: usize = 0;
    while (n < max) : (n += 1) {
        const at = bytesearch.indexOf(b, sep, i) orelse break;
        add(l, s, i, at);
        i = at + sep.len;
    }
    add(l, s, i, b.len);
    return l;
}

fn rsplitSep(s: *Str, sep: []const u8, max: usize) *List {
    const b = s.bytes;
    const l = list_mod.withCapacity(sepCapacity(b, sep, max));
    var j: usize = b.len;
    var n: usize = 0;
    while (n < max) : (n += 1) {
        const at = bytesearch.lastIndexOf(b[0..j], sep) orelse break;
        add(l, s, at + sep.len, j);
        j = at;
    }
    add(l, s, 0, j);
    return l;
}

// ---- splitlines ------------------------------------------------------------------------------

/// Line boundaries among ASCII bytes: \n \v \f \r \x1c \x1d \x1e.
inline fn isAsciiBreak(c: u8) bool {
    return (c >= 0x0a and c <= 0x0d) or (c >= 0x1c and c <= 0x1e);
}

/// Bytes of the line boundary at byte `i`, or 0 when none starts there.
inline fn breakAt(b: []const u8, i: usize) usize {
    const c = b[i];
    if (c < 0x80) {
        if (!isAsciiBreak(c)) return 0;
        if (c == '\r' and i + 1 < b.len and b[i + 1] == '\n') return 2;
        return 1;
    }
    const d = utf8.decode(b[i..]);
    return if (codepoint.isLineBreak(d.cp)) d.len else 0;
}

/// str.splitlines(keepends).
pub fn splitlines(s: *Str, keepends: bool) *List {
    const b = s.bytes;
    const l = list_mod.withCapacity(prealloc);
    var i: usize = 0;
    while (i < b.len) {
        const j = i;
        var brk: usize = 0;
        while (i < b.len) {
            brk = breakAt(b, i);
            if (brk != 0) break;
            i += if (b[i] < 0x80) 1 else utf8.sequenceLen(b[i]);
        }
        var eol = i;
        i += brk;
        if (keepends) eol = i;
        add(l, s, j, eol);
    }
    return l;
}

// ---- partition -------------------------------------------------------------------------------

/// str.partition(sep).
pub fn partition(s: *Str, sep: *Str) Error!*rt.Tuple {
    if (sep.bytes.len == 0) return rt.exc.raiseMsg(&rt.types.ValueError, "empty separator");
    const at = bytesearch.indexOf(s.bytes, sep.bytes, 0) orelse
        return triple(strbuild.slice(s, 0, s.bytes.len), &rt.str.empty, &rt.str.empty);
    return triple(strbuild.slice(s, 0, at), exact(sep), strbuild.slice(s, at + sep.bytes.len, s.bytes.len));
}

/// str.rpartition(sep).
pub fn rpartition(s: *Str, sep: *Str) Error!*rt.Tuple {
    if (sep.bytes.len == 0) return rt.exc.raiseMsg(&rt.types.ValueError, "empty separator");
    const at = bytesearch.lastIndexOf(s.bytes, sep.bytes) orelse
        return triple(&rt.str.empty, &rt.str.empty, strbuild.slice(s, 0, s.bytes.len));
    return triple(strbuild.slice(s, 0, at), exact(sep), strbuild.slice(s, at + sep.bytes.len, s.bytes.len));
}

fn exact(s: *Str) *Str {
    return strbuild.slice(s, 0, s.bytes.len);
}

fn triple(a: *Str, b: *Str, c: *Str) *rt.Tuple {
    const t = rt.tuple.alloc(3);
    t.items[0] = a.val();
    t.items[1] = b.val();
    t.items[2] = c.val();
    return t;
}

// ---- join ------------------------------------------------------------------------------------

/// str.join(iterable).
pub fn join(sep: *Str, iterable: Value) Error!*Str {
    const items = try joinItems(iterable);
    if (items.len == 0) return &rt.str.empty;
    var total_bytes: usize = sep.bytes.len * (items.len - 1);
    var total_len: usize = sep.len * (items.len - 1);
    var ascii = sep.ascii;
    for (items, 0..) |v, i| {
        if (!v.isKind(.str)) {
            return rt.exc.raiseFmt(&rt.types.TypeError, "sequence item {d}: expected str instance, {s} found", .{ i, rt.ops.typeName(v) });
        }
        const x = v.as(Str);
        total_bytes += x.bytes.len;
        total_len += x.len;
        ascii = ascii and x.ascii;
    }
    if (items.len == 1 and items[0].obj.ty == &rt.types.str_type) return items[0].as(Str);
    if (total_bytes == 0) return &rt.str.empty;
    const r = strbuild.alloc(total_bytes);
    const dst = strbuild.buf(r);
    var at: usize = 0;
    for (items, 0..) |v, i| {
        if (i > 0 and sep.bytes.len > 0) {
            @memcpy(dst[at..][0..sep.bytes.len], sep.bytes);
            at += sep.bytes.len;
        }
        const x = v.as(Str).bytes;
        @memcpy(dst[at..][0..x.len], x);
        at += x.len;
    }
    std.debug.assert(at == total_bytes);
    r.len = total_len;
    r.ascii = ascii;
    return r;
}

/// The items to join (PySequence_Fast): a list's or tuple's storage, or the iterable collected.
fn joinItems(iterable: Value) Error![]const Value {
    if (iterable.isKind(.list)) return iterable.as(List).items();
    if (iterable.isKind(.tuple)) return iterable.as(rt.Tuple).items;
    const it = rt.iter.iter(iterable) catch |e| {
        if (rt.exc.pendingIs(&rt.types.TypeError)) {
            _ = rt.exc.take();
            return rt.exc.raiseMsg(&rt.types.TypeError, "can only join an iterable");
        }
        return e;
    };
    const l = list_mod.new();
    while (try rt.iter.next(it)) |x| list_mod.append(l, x);
    return l.items();
}
