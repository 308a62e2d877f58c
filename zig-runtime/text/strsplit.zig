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

/// Slots of the table of pieces: a power of two, twice the text's word count rounded up (so
/// that a text just over count_first_min does not pay for clearing a big table), at most this
/// many (8 bytes each: 512 KiB).
const share_slots_max = 65536;
/// After this many pieces, sharing stops unless at least a quarter of them were repeats.
const share_sample = 8192;
/// A slot packs a str pointer (x86-64 and aarch64 user addresses fit in 48 bits) with the top
/// 16 bits of its hash, so a probe past another word rarely reads that word's header.
const ptr_bits = 48;
const ptr_mask: u64 = (@as(u64, 1) << ptr_bits) - 1;

/// The unlimited whitespace split of a long ASCII text, whose words usually repeat (prose,
/// logs, word lists): a piece equal to an earlier one is that same str object, found by its
/// hash in a linear-probing table that keeps the first distinct words it meets (up to half
/// its slots; later new words are fresh strs). The hash is the one str.hash computes, kept in
/// the piece's cache for the dict lookups or set insertions that commonly follow. A repeat
/// then costs no allocation (no new memory to fault in, nothing for the collector to mark),
/// and a later dict probe matches the stored key by identity without reading it. Keeping
/// words rather than replacing them on collision matters: a direct-mapped table thrashed by
/// a vocabulary about its size made a new str for one word in seven, scattered over the heap.
/// Sharing equal immutable exact strs is unobservable except through `is`/`id`, like
/// str.lower() and strip() returning their receiver and CPython's own shared one-character
/// strs. A text whose words rarely repeat turns the table off after a sample, so it pays only
/// the sample's hashing.
fn splitAsciiSpaceShared(l: *List, s: *Str, n_words: usize) void {
    var c = Cursor.init(s, n_words, false);
    while (c.next()) |p| list_mod.append(l, p.val());
}

/// The pieces of an unlimited whitespace split of an exact ASCII str, one at a time: the
/// list's split above, and `for w in text.split():` without the list (splitIter).
pub const Cursor = struct {
    s: *Str,
    i: usize = 0,
    /// The sharing table (packed tag | pointer; empty: no sharing).
    slots: []u64 = &.{},
    /// Slots the table may still fill.
    room: usize = 0,
    /// Every str the table points to, when nothing else holds them (the table's packed words
    /// are no pointers to the collector); empty when the caller keeps every piece.
    keep: []?*Str = &.{},
    n_keep: usize = 0,
    on: bool = false,
    seen: usize = 0,
    hits: usize = 0,

    /// `n_words`: the number of words or a bound on it (sizes the table); `keep`: whether the
    /// cursor must hold the strs its table points to itself.
    pub fn init(s: *Str, n_words: usize, keep: bool) Cursor {
        var c: Cursor = .{ .s = s };
        if (s.bytes.len < count_first_min) return c;
        const n_slots = @min(std.math.ceilPowerOfTwo(usize, @max(n_words * 2, 16)) catch share_slots_max, share_slots_max);
        c.slots = rt.mem.allocSlice(u64, .noscan, n_slots);
        @memset(c.slots, 0);
        c.room = n_slots / 2;
        if (keep) c.keep = rt.mem.allocSlice(?*Str, .scan, c.room);
        c.on = true;
        return c;
    }

    pub fn next(c: *Cursor) ?*Str {
        const s = c.s;
        const b = s.bytes;
        var i = c.i;
        while (i < b.len and ascii_space[b[i]]) i += 1;
        if (i == b.len) {
            c.i = i;
            return null;
        }
        const j = i;
        i += 1;
        while (i < b.len and !ascii_space[b[i]]) i += 1;
        c.i = i;
        // One-character pieces are shared singletons already; the whole text is `s` itself.
        if (!c.on or i - j == 1 or (j == 0 and i == b.len)) return strbuild.slice(s, j, i);
        if (c.seen + c.hits == share_sample) c.on = c.hits * 4 >= share_sample;
        const part = b[j..i];
        const h = str_mod.hashBytes(part);
        const hu: u64 = @bitCast(h);
        const tag = hu & ~ptr_mask;
        const mask = c.slots.len - 1;
        var k: usize = @intCast(hu & mask);
        while (true) : (k = (k + 1) & mask) {
            const e = c.slots[k];
            if (e == 0) break;
            if (e & ~ptr_mask != tag) continue;
            const p: *Str = @ptrFromInt(e & ptr_mask);
            if (p.bytes.len == part.len and std.mem.eql(u8, p.bytes, part)) {
                c.hits += 1;
                return p;
            }
        }
        const p = strbuild.known(part, part.len, true);
        p.hash_cache = h;
        const addr: u64 = @intFromPtr(p);
        if (c.room > 0 and addr & ~ptr_mask == 0) {
            if (c.keep.len > 0) {
                c.keep[c.n_keep] = p;
                c.n_keep += 1;
            }
            c.slots[k] = tag | addr;
            c.room -= 1;
        }
        c.seen += 1;
        return p;
    }
};

/// The state of `for w in s.split():` over an exact ASCII str: its cursor and the next pieces,
/// made a batch at a time so that the loop (abi/client_ops.zig ForIter) takes most of them
/// without a call into the runtime.
pub const SplitIter = struct {
    cursor: Cursor,
    /// pieces[k..n] are the next ones.
    k: usize = 0,
    n: usize = 0,
    pieces: [batch]Value = undefined,

    pub const batch = 32;
};

/// `for w in s.split():` over an exact str `s`: its pieces (the same strs, in the same order,
/// as the list split() makes) a batch at a time, so the loop never builds that list (16 bytes
/// a word: 32 MB for two million words, all of it memory to fault in). The str is immutable,
/// so nothing the loop does can tell. Null for non-ASCII text (the list's split).
pub fn splitIter(s: *Str) ?*SplitIter {
    if (!s.ascii) return null;
    // Scanned: it holds the str, the table's strs (`keep`) and the batch.
    const it = rt.mem.create(SplitIter, .scan);
    // At most one word per two bytes (a character and a space).
    it.* = .{ .cursor = Cursor.init(s, s.bytes.len / 2 + 1, true) };
    return it;
}

/// Refills an exhausted SplitIter's batch and returns its first piece, or null at the end.
pub fn splitNext(it: *SplitIter) ?Value {
    var n: usize = 0;
    while (n < SplitIter.batch) : (n += 1) {
        const p = it.cursor.next() orelse break;
        it.pieces[n] = p.val();
    }
    if (n == 0) return null;
    it.n = n;
    it.k = 1;
    return it.pieces[0];
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
