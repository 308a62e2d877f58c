//! Methods of `bytes` and `bytearray`, with CPython 3.11's semantics and messages. The
//! operations are typed functions over byte slices that build a new buffer; the tables wrap
//! them per type (a bytearray's results are bytearrays), plus bytearray's in-place mutators.
//! Searching uses text/bytesearch.zig; decoding is methods/bytes_decode.zig.
const std = @import("std");
const rt = @import("../rt.zig");
const cargs = @import("cargs.zig");
const natives = @import("../core/natives.zig");
const search = @import("../text/bytesearch.zig");
const decode_mod = @import("bytes_decode.zig");
const Value = rt.Value;
const Args = rt.Args;
const Error = rt.Error;
const Bytes = rt.bytes.Bytes;
const Type = rt.Type;
const types = rt.types;
const exc = rt.exc;
const mem = rt.mem;

// ---- Arguments -------------------------------------------------------------------------------

inline fn dataOfSelf(v: Value) []u8 {
    return v.as(Bytes).data();
}

/// A required bytes-like argument.
fn bytesArg(v: Value) Error![]const u8 {
    return rt.bytes.dataOf(v) orelse exc.raiseFmt(&types.TypeError, "a bytes-like object is required, not '{s}'", .{rt.ops.typeName(v)});
}

/// The needle of find/count/index: bytes-like, or an int naming one byte (stored in `one`).
fn needleArg(v: Value, one: *[1]u8) Error![]const u8 {
    if (rt.bytes.dataOf(v)) |d| return d;
    if ((try cargs.indexInt(v)) == null) return exc.raiseFmt(&types.TypeError, "argument should be integer or bytes-like object, not '{s}'", .{rt.ops.typeName(v)});
    one[0] = try rt.bytes.byteValue(try indexValue(v));
    return one;
}

fn indexValue(v: Value) Error!Value {
    return .{ .int = (try cargs.indexInt(v)).? };
}

/// ADJUST_INDICES: clamps optional bounds to [0, len]; start may end up past end.
const Range = struct { start: usize, end: usize };
fn adjust(start_o: ?i64, end_o: ?i64, len_u: usize) Range {
    const len: i64 = @intCast(len_u);
    var start = start_o orelse 0;
    var end = end_o orelse len;
    if (end > len) end = len else if (end < 0) end = @max(end +| len, 0);
    if (start < 0) start = @max(start +| len, 0);
    return .{ .start = @intCast(@min(start, len + 1)), .end = @intCast(end) };
}

/// The optional start/end arguments at positions 1 and 2.
fn bounds(args: Args, len: usize) Error!Range {
    return adjust(try cargs.sliceIndex(cargs.opt(args, 1)), try cargs.sliceIndex(cargs.opt(args, 2)), len);
}

/// A new result of the receiver's base type owning `buf`.
inline fn result(self: Value, buf: []u8) Value {
    return rt.bytes.adopt(rt.bytes.baseType(self.obj), buf).val();
}

fn resultCopy(self: Value, src: []const u8) Value {
    const buf = mem.allocSlice(u8, .noscan, src.len);
    @memcpy(buf, src);
    return result(self, buf);
}

// ---- Search ----------------------------------------------------------------------------------

/// find/rfind: the offset of `sub` in hay[r.start..r.end], or null.
pub fn find(hay: []const u8, sub: []const u8, r: Range, comptime reverse: bool) ?usize {
    if (r.start > r.end or r.end - r.start < sub.len) return null;
    const window = hay[r.start..r.end];
    const at = if (reverse) search.lastIndexOf(window, sub) else search.indexOf(window, sub, 0);
    return if (at) |i| r.start + i else null;
}

pub fn count(hay: []const u8, sub: []const u8, r: Range) usize {
    if (r.start > r.end) return 0;
    const n = r.end - r.start;
    if (sub.len == 0) return n + 1;
    return search.count(hay[r.start..r.end], sub, std.math.maxInt(usize));
}

/// startswith/endswith for one candidate (CPython's tailmatch).
fn tailMatch(hay: []const u8, sub: []const u8, r: Range, comptime at_end: bool) bool {
    var start = r.start;
    const end = r.end;
    if (at_end) {
        if (start > end or end - start < sub.len or start > hay.len) return false;
        if (end - sub.len > start) start = end - sub.len;
    } else {
        if (start + sub.len > hay.len) return false;
    }
    if (start > end or end - start < sub.len) return false;
    return std.mem.eql(u8, hay[start..][0..sub.len], sub);
}

// ---- Whitespace, case and classes (ASCII only, as CPython's bytes) ---------------------------

inline fn isSpace(c: u8) bool {
    return c == ' ' or (c >= '\t' and c <= '\r');
}
inline fn isLower(c: u8) bool {
    return c >= 'a' and c <= 'z';
}
inline fn isUpper(c: u8) bool {
    return c >= 'A' and c <= 'Z';
}

pub fn mapCase(src: []const u8, comptime mode: enum { upper, lower, swapcase, capitalize, title }) []u8 {
    const out = mem.allocSlice(u8, .noscan, src.len);
    var prev_cased = false;
    for (src, 0..) |c, i| {
        out[i] = switch (mode) {
            .upper => std.ascii.toUpper(c),
            .lower => std.ascii.toLower(c),
            .swapcase => if (isLower(c)) c - 32 else if (isUpper(c)) c + 32 else c,
            .capitalize => if (i == 0) std.ascii.toUpper(c) else std.ascii.toLower(c),
            .title => if (prev_cased) std.ascii.toLower(c) else std.ascii.toUpper(c),
        };
        prev_cased = isLower(c) or isUpper(c);
    }
    return out;
}

const Predicate = enum { isalnum, isalpha, isascii, isdigit, islower, isupper, isspace, istitle };

pub fn predicate(d: []const u8, comptime p: Predicate) bool {
    switch (p) {
        .isascii => {
            for (d) |c| if (c >= 0x80) return false;
            return true;
        },
        .islower, .isupper => {
            var cased = false;
            for (d) |c| {
                if (if (p == .islower) isUpper(c) else isLower(c)) return false;
                if (isLower(c) or isUpper(c)) cased = true;
            }
            return cased;
        },
        .istitle => {
            var cased = false;
            var prev_cased = false;
            for (d) |c| {
                if (isUpper(c)) {
                    if (prev_cased) return false;
                    prev_cased = true;
                    cased = true;
                } else if (isLower(c)) {
                    if (!prev_cased) return false;
                    prev_cased = true;
                    cased = true;
                } else prev_cased = false;
            }
            return cased;
        },
        else => {
            if (d.len == 0) return false;
            for (d) |c| {
                const ok = switch (p) {
                    .isalnum => std.ascii.isAlphanumeric(c),
                    .isalpha => std.ascii.isAlphabetic(c),
                    .isdigit => std.ascii.isDigit(c),
                    .isspace => isSpace(c),
                    else => unreachable,
                };
                if (!ok) return false;
            }
            return true;
        },
    }
}

// ---- Strip, split, join, replace -------------------------------------------------------------

pub fn strip(d: []const u8, chars: ?[]const u8, comptime left: bool, comptime right: bool) []const u8 {
    var lo: usize = 0;
    var hi: usize = d.len;
    const inSet = struct {
        fn f(c: u8, set: ?[]const u8) bool {
            return if (set) |s| std.mem.indexOfScalar(u8, s, c) != null else isSpace(c);
        }
    }.f;
    if (left) while (lo < hi and inSet(d[lo], chars)) : (lo += 1) {};
    if (right) while (hi > lo and inSet(d[hi - 1], chars)) : (hi -= 1) {};
    return d[lo..hi];
}

/// split/rsplit into pieces of the receiver's type; `sep == null` splits on whitespace runs.
pub fn split(self: Value, sep: ?[]const u8, maxsplit_in: i64, comptime reverse: bool) Error!*rt.List {
    const d = dataOfSelf(self);
    const maxsplit: usize = if (maxsplit_in < 0) std.math.maxInt(usize) else @intCast(maxsplit_in);
    const out = rt.list.new();
    if (sep) |s| {
        if (s.len == 0) return exc.raiseMsg(&types.ValueError, "empty separator");
        var pieces = std.ArrayListUnmanaged([]const u8){};
        const gpa = mem.allocator(.noscan);
        if (!reverse) {
            var i: usize = 0;
            var n: usize = 0;
            while (n < maxsplit) : (n += 1) {
                const at = search.indexOf(d, s, i) orelse break;
                pieces.append(gpa, d[i..at]) catch unreachable;
                i = at + s.len;
            }
            pieces.append(gpa, d[i..]) catch unreachable;
        } else {
            var j: usize = d.len;
            var n: usize = 0;
            while (n < maxsplit) : (n += 1) {
                const at = search.lastIndexOf(d[0..j], s) orelse break;
                pieces.append(gpa, d[at + s.len .. j]) catch unreachable;
                j = at;
            }
            pieces.append(gpa, d[0..j]) catch unreachable;
            std.mem.reverse([]const u8, pieces.items);
        }
        for (pieces.items) |p| rt.list.append(out, resultCopy(self, p));
        return out;
    }
    if (!reverse) {
        var i: usize = 0;
        var n: usize = 0;
        while (true) {
            while (i < d.len and isSpace(d[i])) i += 1;
            if (i == d.len) break;
            if (n == maxsplit) {
                rt.list.append(out, resultCopy(self, d[i..])); // the rest keeps its trailing whitespace
                break;
            }
            var j = i;
            while (j < d.len and !isSpace(d[j])) j += 1;
            rt.list.append(out, resultCopy(self, d[i..j]));
            n += 1;
            i = j;
        }
        return out;
    }
    var j: usize = d.len;
    var n: usize = 0;
    while (true) {
        while (j > 0 and isSpace(d[j - 1])) j -= 1;
        if (j == 0) break;
        if (n == maxsplit) {
            rt.list.append(out, resultCopy(self, d[0..j])); // the rest keeps its leading whitespace
            break;
        }
        var i = j;
        while (i > 0 and !isSpace(d[i - 1])) i -= 1;
        rt.list.append(out, resultCopy(self, d[i..j]));
        n += 1;
        j = i;
    }
    std.mem.reverse(Value, out.items());
    return out;
}

pub fn splitlines(self: Value, keepends: bool) *rt.List {
    const d = dataOfSelf(self);
    const out = rt.list.new();
    var i: usize = 0;
    while (i < d.len) {
        var j = i;
        while (j < d.len and d[j] != '\n' and d[j] != '\r') j += 1;
        var eol = j;
        if (j < d.len) {
            eol = if (d[j] == '\r' and j + 1 < d.len and d[j + 1] == '\n') j + 2 else j + 1;
        }
        rt.list.append(out, resultCopy(self, d[i..if (keepends) eol else j]));
        i = eol;
    }
    return out;
}

/// `sep.join(iterable)`.
pub fn join(self: Value, src: Value) Error!Value {
    const sep = dataOfSelf(self);
    const items = try rt.iter.toSlice(src);
    var total: usize = 0;
    for (items, 0..) |it, i| {
        const d = rt.bytes.dataOf(it) orelse return exc.raiseFmt(&types.TypeError, "sequence item {d}: expected a bytes-like object, {s} found", .{ i, rt.ops.typeName(it) });
        total += d.len;
    }
    if (items.len > 1) total += sep.len * (items.len - 1);
    const buf = mem.allocSlice(u8, .noscan, total);
    var w: usize = 0;
    for (items, 0..) |it, i| {
        if (i > 0) {
            @memcpy(buf[w..][0..sep.len], sep);
            w += sep.len;
        }
        const d = rt.bytes.dataOf(it).?;
        @memcpy(buf[w..][0..d.len], d);
        w += d.len;
    }
    return result(self, buf);
}

pub fn replace(d: []const u8, old: []const u8, new: []const u8, max_in: i64) []u8 {
    const max: usize = if (max_in < 0) std.math.maxInt(usize) else @intCast(max_in);
    var out = std.ArrayListUnmanaged(u8){};
    const gpa = mem.allocator(.noscan);
    if (old.len == 0) {
        // Insert `new` before every byte and at the end, up to `max` times.
        var n: usize = 0;
        for (d) |c| {
            if (n < max) {
                out.appendSlice(gpa, new) catch unreachable;
                n += 1;
            }
            out.append(gpa, c) catch unreachable;
        }
        if (n < max) out.appendSlice(gpa, new) catch unreachable;
        return out.items;
    }
    var i: usize = 0;
    var n: usize = 0;
    while (n < max) : (n += 1) {
        const at = search.indexOf(d, old, i) orelse break;
        out.appendSlice(gpa, d[i..at]) catch unreachable;
        out.appendSlice(gpa, new) catch unreachable;
        i = at + old.len;
    }
    out.appendSlice(gpa, d[i..]) catch unreachable;
    return out.items;
}

// ---- Padding ---------------------------------------------------------------------------------

/// The fill byte of center/ljust/rjust.
fn fillArg(comptime name: []const u8, v: ?Value) Error!u8 {
    const x = v orelse return ' ';
    if (rt.bytes.dataOf(x)) |d| if (d.len == 1) return d[0];
    return exc.raiseFmt(&types.TypeError, name ++ "() argument 2 must be a byte string of length 1, not {s}", .{rt.ops.typeName(x)});
}

pub fn pad(d: []const u8, width_in: i64, fill: u8, comptime how: enum { center, left, right }) []u8 {
    const width: usize = if (width_in < 0) 0 else @intCast(width_in);
    if (width <= d.len) {
        const out = mem.allocSlice(u8, .noscan, d.len);
        @memcpy(out, d);
        return out;
    }
    const marg = width - d.len;
    const left: usize = switch (how) {
        .center => marg / 2 + (marg & width & 1),
        .left => 0,
        .right => marg,
    };
    const out = mem.allocSlice(u8, .noscan, width);
    @memset(out, fill);
    @memcpy(out[left..][0..d.len], d);
    return out;
}

pub fn zfill(d: []const u8, width_in: i64) []u8 {
    const out = pad(d, width_in, '0', .right);
    const fill = out.len - d.len;
    if (fill > 0 and d.len > 0 and (d[0] == '+' or d[0] == '-')) {
        out[0] = d[0];
        out[fill] = '0';
    }
    return out;
}

pub fn expandtabs(d: []const u8, tabsize: i64) []u8 {
    var out = std.ArrayListUnmanaged(u8){};
    const gpa = mem.allocator(.noscan);
    var col: usize = 0;
    for (d) |c| {
        if (c == '\t') {
            if (tabsize > 0) {
                const ts: usize = @intCast(tabsize);
                const n = ts - col % ts;
                out.appendNTimes(gpa, ' ', n) catch unreachable;
                col += n;
            }
        } else {
            out.append(gpa, c) catch unreachable;
            col = if (c == '\n' or c == '\r') 0 else col + 1;
        }
    }
    return out.items;
}

// ---- hex, fromhex, translate -----------------------------------------------------------------

/// `b.hex(sep, bytes_per_sep)`: separators between groups counted from the right (positive)
/// or the left (negative).
pub fn hex(d: []const u8, sep: ?u8, bytes_per_sep: i64) *rt.Str {
    const digits = "0123456789abcdef";
    const per: usize = @intCast(@min(@abs(bytes_per_sep), std.math.maxInt(u32)));
    const grouped = sep != null and per != 0 and per < d.len;
    var b = rt.Builder.initCapacity(d.len * 3);
    for (d, 0..) |c, i| {
        if (grouped and i > 0) {
            const boundary = if (bytes_per_sep < 0) i % per == 0 else (d.len - i) % per == 0;
            if (boundary) b.appendByte(sep.?);
        }
        b.appendByte(digits[c >> 4]);
        b.appendByte(digits[c & 15]);
    }
    return b.finish();
}

/// `bytes.fromhex(s)`: pairs of hex digits, whitespace allowed between pairs.
pub fn fromhex(text: []const u8) Error![]u8 {
    var out = std.ArrayListUnmanaged(u8){};
    const gpa = mem.allocator(.noscan);
    var i: usize = 0;
    while (true) {
        while (i < text.len and isSpace(text[i])) i += 1;
        if (i >= text.len) break;
        const hi = hexDigit(text[i]) orelse return badHex(i);
        const lo = if (i + 1 < text.len) hexDigit(text[i + 1]) orelse return badHex(i + 1) else return badHex(i + 1);
        out.append(gpa, hi * 16 + lo) catch unreachable;
        i += 2;
    }
    return out.items;
}

fn hexDigit(c: u8) ?u8 {
    return std.fmt.charToDigit(c, 16) catch null;
}

fn badHex(pos: usize) Error {
    return exc.raiseFmt(&types.ValueError, "non-hexadecimal number found in fromhex() arg at position {d}", .{pos});
}

pub fn translate(d: []const u8, table: ?[]const u8, delete: []const u8) Error![]u8 {
    if (table) |t| if (t.len != 256) return exc.raiseMsg(&types.ValueError, "translation table must be 256 characters long");
    var drop = [_]bool{false} ** 256;
    for (delete) |c| drop[c] = true;
    const out = mem.allocSlice(u8, .noscan, d.len);
    var w: usize = 0;
    for (d) |c| {
        if (drop[c]) continue;
        out[w] = if (table) |t| t[c] else c;
        w += 1;
    }
    return out[0..w];
}

pub fn maketrans(from: []const u8, to: []const u8) Error!*Bytes {
    if (from.len != to.len) return exc.raiseMsg(&types.ValueError, "maketrans arguments must have same length");
    const buf = mem.allocSlice(u8, .noscan, 256);
    for (buf, 0..) |*c, i| c.* = @intCast(i);
    for (from, to) |f, t| buf[f] = t;
    return rt.bytes.adopt(&types.bytes_type, buf);
}

// ---- The shared table (bytes and bytearray) ----------------------------------------------------

fn Shared(comptime owner: []const u8, comptime accepts: fn (Value) bool) type {
    return struct {
        fn m(comptime name: []const u8, comptime impl: cargs.Impl) rt.call.Builtin {
            return cargs.method(owner, name, accepts, impl);
        }

        fn findImpl(comptime name: []const u8, comptime reverse: bool, comptime raise: bool) cargs.Impl {
            return struct {
                fn f(self: Value, args: Args) Error!Value {
                    try cargs.positional(owner ++ "." ++ name, name, args, 1, 3);
                    var one: [1]u8 = undefined;
                    const sub = try needleArg(args.pos[0], &one);
                    const d = dataOfSelf(self);
                    if (find(d, sub, try bounds(args, d.len), reverse)) |i| return Value.fromSmall(@intCast(i));
                    if (raise) return exc.raiseMsg(&types.ValueError, "subsection not found");
                    return Value.fromSmall(-1);
                }
            }.f;
        }

        fn countImpl(self: Value, args: Args) Error!Value {
            try cargs.positional(owner ++ ".count", "count", args, 1, 3);
            var one: [1]u8 = undefined;
            const sub = try needleArg(args.pos[0], &one);
            const d = dataOfSelf(self);
            return Value.fromSmall(@intCast(count(d, sub, try bounds(args, d.len))));
        }

        fn withImpl(comptime name: []const u8, comptime at_end: bool) cargs.Impl {
            return struct {
                fn f(self: Value, args: Args) Error!Value {
                    try cargs.positional(owner ++ "." ++ name, name, args, 1, 3);
                    const d = dataOfSelf(self);
                    const r = try bounds(args, d.len);
                    const x = args.pos[0];
                    if (x.isKind(.tuple)) {
                        for (x.as(rt.Tuple).items) |c| {
                            if (tailMatch(d, try bytesArg(c), r, at_end)) return Value.True;
                        }
                        return Value.False;
                    }
                    const sub = rt.bytes.dataOf(x) orelse return exc.raiseFmt(&types.TypeError, name ++ " first arg must be bytes or a tuple of bytes, not {s}", .{rt.ops.typeName(x)});
                    return Value.fromBool(tailMatch(d, sub, r, at_end));
                }
            }.f;
        }

        fn caseImpl(comptime name: []const u8, comptime mode: @TypeOf(.upper)) cargs.Impl {
            return struct {
                fn f(self: Value, args: Args) Error!Value {
                    try cargs.none(owner ++ "." ++ name, args);
                    return result(self, mapCase(dataOfSelf(self), mode));
                }
            }.f;
        }

        fn predImpl(comptime p: Predicate) cargs.Impl {
            return struct {
                fn f(self: Value, args: Args) Error!Value {
                    try cargs.none(owner ++ "." ++ @tagName(p), args);
                    return Value.fromBool(predicate(dataOfSelf(self), p));
                }
            }.f;
        }

        fn stripImpl(comptime name: []const u8, comptime left: bool, comptime right: bool) cargs.Impl {
            return struct {
                fn f(self: Value, args: Args) Error!Value {
                    try cargs.positional(owner ++ "." ++ name, name, args, 0, 1);
                    const chars: ?[]const u8 = if (cargs.opt(args, 0)) |c| (if (c == .none) null else try bytesArg(c)) else null;
                    return resultCopy(self, strip(dataOfSelf(self), chars, left, right));
                }
            }.f;
        }

        fn splitImpl(comptime name: []const u8, comptime reverse: bool) cargs.Impl {
            return struct {
                fn f(self: Value, args: Args) Error!Value {
                    var out: [2]?Value = .{ null, null };
                    try keywordArgs(name, args, &.{ "sep", "maxsplit" }, &out);
                    const sep: ?[]const u8 = if (out[0]) |s| (if (s == .none) null else try bytesArg(s)) else null;
                    const maxsplit = if (out[1]) |n| try cargs.ssize(n) else -1;
                    return (try split(self, sep, maxsplit, reverse)).val();
                }
            }.f;
        }

        fn splitlinesImpl(self: Value, args: Args) Error!Value {
            var out: [1]?Value = .{null};
            try keywordArgs("splitlines", args, &.{"keepends"}, &out);
            const keep = if (out[0]) |k| try rt.ops.truthy(k) else false;
            return splitlines(self, keep).val();
        }

        fn joinImpl(self: Value, args: Args) Error!Value {
            return join(self, try cargs.one(owner ++ ".join", args));
        }

        fn replaceImpl(self: Value, args: Args) Error!Value {
            try cargs.positional(owner ++ ".replace", "replace", args, 2, 3);
            const old = try bytesArg(args.pos[0]);
            const new = try bytesArg(args.pos[1]);
            const max = if (cargs.opt(args, 2)) |c| try cargs.ssize(c) else -1;
            return result(self, replace(dataOfSelf(self), old, new, max));
        }

        fn padImpl(comptime name: []const u8, comptime how: @TypeOf(.center)) cargs.Impl {
            return struct {
                fn f(self: Value, args: Args) Error!Value {
                    try cargs.positional(owner ++ "." ++ name, name, args, 1, 2);
                    const width = try cargs.ssize(args.pos[0]);
                    return result(self, pad(dataOfSelf(self), width, try fillArg(name, cargs.opt(args, 1)), how));
                }
            }.f;
        }

        fn zfillImpl(self: Value, args: Args) Error!Value {
            return result(self, zfill(dataOfSelf(self), try cargs.ssize(try cargs.one(owner ++ ".zfill", args))));
        }

        fn expandtabsImpl(self: Value, args: Args) Error!Value {
            var out: [1]?Value = .{null};
            try keywordArgs("expandtabs", args, &.{"tabsize"}, &out);
            const ts = if (out[0]) |t| try cargs.ssize(t) else 8;
            return result(self, expandtabs(dataOfSelf(self), ts));
        }

        fn partitionImpl(comptime name: []const u8, comptime reverse: bool) cargs.Impl {
            return struct {
                fn f(self: Value, args: Args) Error!Value {
                    const sep = try bytesArg(try cargs.one(owner ++ "." ++ name, args));
                    if (sep.len == 0) return exc.raiseMsg(&types.ValueError, "empty separator");
                    const d = dataOfSelf(self);
                    const at = if (reverse) search.lastIndexOf(d, sep) else search.indexOf(d, sep, 0);
                    const t = rt.tuple.alloc(3);
                    if (at) |i| {
                        t.items[0] = resultCopy(self, d[0..i]);
                        t.items[1] = resultCopy(self, sep);
                        t.items[2] = resultCopy(self, d[i + sep.len ..]);
                    } else if (reverse) {
                        t.items[0] = resultCopy(self, "");
                        t.items[1] = resultCopy(self, "");
                        t.items[2] = resultCopy(self, d);
                    } else {
                        t.items[0] = resultCopy(self, d);
                        t.items[1] = resultCopy(self, "");
                        t.items[2] = resultCopy(self, "");
                    }
                    return t.val();
                }
            }.f;
        }

        fn affixImpl(comptime name: []const u8, comptime suffix: bool) cargs.Impl {
            return struct {
                fn f(self: Value, args: Args) Error!Value {
                    const affix = try bytesArg(try cargs.one(owner ++ "." ++ name, args));
                    const d = dataOfSelf(self);
                    if (!suffix and std.mem.startsWith(u8, d, affix)) return resultCopy(self, d[affix.len..]);
                    if (suffix and affix.len > 0 and std.mem.endsWith(u8, d, affix)) return resultCopy(self, d[0 .. d.len - affix.len]);
                    return resultCopy(self, d);
                }
            }.f;
        }

        fn hexImpl(self: Value, args: Args) Error!Value {
            var out: [2]?Value = .{ null, null };
            try keywordArgs("hex", args, &.{ "sep", "bytes_per_sep" }, &out);
            var sep: ?u8 = null;
            if (out[0]) |s| if (s != .none) {
                const sd: []const u8 = if (s.isKind(.str)) s.as(rt.Str).bytes else rt.bytes.dataOf(s) orelse
                    return exc.raiseFmt(&types.TypeError, "object of type '{s}' has no len()", .{rt.ops.typeName(s)});
                if ((if (s.isKind(.str)) s.as(rt.Str).len else sd.len) != 1) return exc.raiseMsg(&types.ValueError, "sep must be length 1.");
                if (sd[0] >= 0x80) return exc.raiseMsg(&types.ValueError, "sep must be ASCII.");
                sep = sd[0];
            };
            const per = if (out[1]) |p| try cargs.ssize(p) else 1;
            return hex(dataOfSelf(self), sep, per).val();
        }

        fn decodeImpl(self: Value, args: Args) Error!Value {
            var out: [2]?Value = .{ null, null };
            try keywordArgs("decode", args, &.{ "encoding", "errors" }, &out);
            const enc = try strOpt("decode", "encoding", out[0]);
            const errs = try strOpt("decode", "errors", out[1]);
            return (try decode_mod.decode(dataOfSelf(self), enc, errs)).val();
        }

        fn translateImpl(self: Value, args: Args) Error!Value {
            if (args.pos.len < 1 or args.pos.len > 2) try cargs.positional(owner ++ ".translate", "translate", args, 1, 2);
            var delete: []const u8 = "";
            if (args.pos.len == 2) delete = try bytesArg(args.pos[1]);
            for (args.kwnames, args.kwvals) |k, v| {
                if (!std.mem.eql(u8, k.bytes, "delete")) return exc.raiseFmt(&types.TypeError, "translate() got an unexpected keyword argument '{s}'", .{k.bytes});
                delete = try bytesArg(v);
            }
            const table: ?[]const u8 = if (args.pos[0] == .none) null else try bytesArg(args.pos[0]);
            return result(self, try translate(dataOfSelf(self), table, delete));
        }

        fn lenImpl(self: Value, args: Args) Error!Value {
            try cargs.none(owner ++ ".__len__", args);
            return Value.fromSmall(@intCast(self.as(Bytes).len));
        }

        fn getitemImpl(self: Value, args: Args) Error!Value {
            return rt.bytes.getitem(self.obj, try cargs.one(owner ++ ".__getitem__", args));
        }

        fn containsImpl(self: Value, args: Args) Error!Value {
            return Value.fromBool(try rt.bytes.contains(self.obj, try cargs.one(owner ++ ".__contains__", args)));
        }

        fn iterImpl(self: Value, args: Args) Error!Value {
            try cargs.none(owner ++ ".__iter__", args);
            return rt.bytes.iter(self.obj);
        }

        fn addImpl(self: Value, args: Args) Error!Value {
            const other = try cargs.one(owner ++ ".__add__", args);
            return (try rt.bytes.binary(.add, self, other)) orelse cargs.notImplemented();
        }

        fn mulImpl(self: Value, args: Args) Error!Value {
            const n = try cargs.ssize(try cargs.one(owner ++ ".__mul__", args));
            return (try rt.bytes.repeat(self.as(Bytes), rt.bytes.baseType(self.obj), n)).val();
        }

        fn cmpImpl(comptime op: rt.ops.CmpOp) cargs.Impl {
            return struct {
                fn f(self: Value, args: Args) Error!Value {
                    const other = try cargs.one(owner ++ ".__" ++ @tagName(op) ++ "__", args);
                    if (rt.bytes.dataOf(other) == null) return cargs.notImplemented();
                    return Value.fromBool(rt.bytes.compare(op, self.obj, other.obj).?);
                }
            }.f;
        }

        fn reprImpl(self: Value, args: Args) Error!Value {
            try cargs.none(owner ++ ".__repr__", args);
            var b = rt.Builder{};
            rt.bytes.reprInto(&b, self.obj);
            return b.finish().val();
        }

        /// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: a classmethod; the receiver is ignored.
        fn fromhexImpl(self: Value, args: Args) Error!Value {
            _ = self;
            try cargs.positional(owner ++ ".fromhex", "fromhex", args, 1, 1);
            const s = args.pos[0];
            if (!s.isKind(.str)) return exc.raiseFmt(&types.TypeError, "fromhex() argument must be str, not {s}", .{rt.ops.typeName(s)});
            const t = if (comptime std.mem.eql(u8, owner, "bytes")) &types.bytes_type else &types.bytearray_type;
            return rt.bytes.adopt(t, try fromhex(s.as(rt.Str).bytes)).val();
        }

        /// `bytes.maketrans(from, to)`: a staticmethod.
        fn maketransImpl(self: Value, args: Args) Error!Value {
            _ = self;
            try cargs.positional("maketrans", "maketrans", args, 2, 2);
            return (try maketrans(try bytesArg(args.pos[0]), try bytesArg(args.pos[1]))).val();
        }

        var find_b = m("find", findImpl("find", false, false));
        var rfind_b = m("rfind", findImpl("rfind", true, false));
        var index_b = m("index", findImpl("index", false, true));
        var rindex_b = m("rindex", findImpl("rindex", true, true));
        var count_b = m("count", countImpl);
        var startswith_b = m("startswith", withImpl("startswith", false));
        var endswith_b = m("endswith", withImpl("endswith", true));
        var upper_b = m("upper", caseImpl("upper", .upper));
        var lower_b = m("lower", caseImpl("lower", .lower));
        var swapcase_b = m("swapcase", caseImpl("swapcase", .swapcase));
        var capitalize_b = m("capitalize", caseImpl("capitalize", .capitalize));
        var title_b = m("title", caseImpl("title", .title));
        var isalnum_b = m("isalnum", predImpl(.isalnum));
        var isalpha_b = m("isalpha", predImpl(.isalpha));
        var isascii_b = m("isascii", predImpl(.isascii));
        var isdigit_b = m("isdigit", predImpl(.isdigit));
        var islower_b = m("islower", predImpl(.islower));
        var isupper_b = m("isupper", predImpl(.isupper));
        var isspace_b = m("isspace", predImpl(.isspace));
        var istitle_b = m("istitle", predImpl(.istitle));
        var strip_b = m("strip", stripImpl("strip", true, true));
        var lstrip_b = m("lstrip", stripImpl("lstrip", true, false));
        var rstrip_b = m("rstrip", stripImpl("rstrip", false, true));
        var split_b = m("split", splitImpl("split", false));
        var rsplit_b = m("rsplit", splitImpl("rsplit", true));
        var splitlines_b = m("splitlines", splitlinesImpl);
        var join_b = m("join", joinImpl);
        var replace_b = m("replace", replaceImpl);
        var center_b = m("center", padImpl("center", .center));
        var ljust_b = m("ljust", padImpl("ljust", .left));
        var rjust_b = m("rjust", padImpl("rjust", .right));
        var zfill_b = m("zfill", zfillImpl);
        var expandtabs_b = m("expandtabs", expandtabsImpl);
        var partition_b = m("partition", partitionImpl("partition", false));
        var rpartition_b = m("rpartition", partitionImpl("rpartition", true));
        var removeprefix_b = m("removeprefix", affixImpl("removeprefix", false));
        var removesuffix_b = m("removesuffix", affixImpl("removesuffix", true));
        var hex_b = m("hex", hexImpl);
        var decode_b = m("decode", decodeImpl);
        var translate_b = m("translate", translateImpl);
        var len_b = m("__len__", lenImpl);
        var getitem_b = m("__getitem__", getitemImpl);
        var contains_b = m("__contains__", containsImpl);
        var iter_b = m("__iter__", iterImpl);
        var add_b = m("__add__", addImpl);
        var mul_b = m("__mul__", mulImpl);
        var rmul_b = m("__rmul__", mulImpl);
        var eq_b = m("__eq__", cmpImpl(.eq));
        var ne_b = m("__ne__", cmpImpl(.ne));
        var lt_b = m("__lt__", cmpImpl(.lt));
        var le_b = m("__le__", cmpImpl(.le));
        var gt_b = m("__gt__", cmpImpl(.gt));
        var ge_b = m("__ge__", cmpImpl(.ge));
        var repr_b = m("__repr__", reprImpl);
        var fromhex_b = natives.method(owner, "fromhex", fromhexImpl);
        var maketrans_b = natives.method(owner, "maketrans", maketransImpl);

        const entries = .{
            .{ "find", &find_b },                 .{ "rfind", &rfind_b },
            .{ "index", &index_b },               .{ "rindex", &rindex_b },
            .{ "count", &count_b },               .{ "startswith", &startswith_b },
            .{ "endswith", &endswith_b },         .{ "upper", &upper_b },
            .{ "lower", &lower_b },               .{ "swapcase", &swapcase_b },
            .{ "capitalize", &capitalize_b },     .{ "title", &title_b },
            .{ "isalnum", &isalnum_b },           .{ "isalpha", &isalpha_b },
            .{ "isascii", &isascii_b },           .{ "isdigit", &isdigit_b },
            .{ "islower", &islower_b },           .{ "isupper", &isupper_b },
            .{ "isspace", &isspace_b },           .{ "istitle", &istitle_b },
            .{ "strip", &strip_b },               .{ "lstrip", &lstrip_b },
            .{ "rstrip", &rstrip_b },             .{ "split", &split_b },
            .{ "rsplit", &rsplit_b },             .{ "splitlines", &splitlines_b },
            .{ "join", &join_b },                 .{ "replace", &replace_b },
            .{ "center", &center_b },             .{ "ljust", &ljust_b },
            .{ "rjust", &rjust_b },               .{ "zfill", &zfill_b },
            .{ "expandtabs", &expandtabs_b },     .{ "partition", &partition_b },
            .{ "rpartition", &rpartition_b },     .{ "removeprefix", &removeprefix_b },
            .{ "removesuffix", &removesuffix_b }, .{ "hex", &hex_b },
            .{ "decode", &decode_b },             .{ "translate", &translate_b },
            .{ "__len__", &len_b },               .{ "__getitem__", &getitem_b },
            .{ "__contains__", &contains_b },     .{ "__iter__", &iter_b },
            .{ "__add__", &add_b },               .{ "__mul__", &mul_b },
            .{ "__rmul__", &rmul_b },             .{ "__eq__", &eq_b },
            .{ "__ne__", &ne_b },                 .{ "__lt__", &lt_b },
            .{ "__le__", &le_b },                 .{ "__gt__", &gt_b },
            .{ "__ge__", &ge_b },                 .{ "__repr__", &repr_b },
            .{ "fromhex", &fromhex_b },           .{ "maketrans", &maketrans_b },
        };
    };
}

/// Argument Clinic with keyword parameters: fills `out` from positional then keyword arguments.
fn keywordArgs(comptime name: []const u8, args: Args, comptime params: []const []const u8, out: []?Value) Error!void {
    const n = args.pos.len;
    if (n + args.kwnames.len > params.len) {
        return exc.raiseFmt(&types.TypeError, name ++ "() takes at most {d} argument{s} ({d} given)", .{ params.len, if (params.len == 1) "" else "s", n + args.kwnames.len });
    }
    for (args.pos, 0..) |v, i| out[i] = v;
    for (args.kwnames, args.kwvals) |k, v| {
        const i = inline for (params, 0..) |p, j| {
            if (std.mem.eql(u8, k.bytes, p)) break j;
        } else return exc.raiseFmt(&types.TypeError, "'{s}' is an invalid keyword argument for " ++ name ++ "()", .{k.bytes});
        if (i < n) return exc.raiseFmt(&types.TypeError, "argument for " ++ name ++ "() given by name ('{s}') and position ({d})", .{ k.bytes, i + 1 });
        out[i] = v;
    }
}

fn strOpt(comptime fname: []const u8, comptime pname: []const u8, v: ?Value) Error!?[]const u8 {
    const x = v orelse return null;
    if (x.isKind(.str)) return x.as(rt.Str).bytes;
    return exc.raiseFmt(&types.TypeError, fname ++ "() argument '" ++ pname ++ "' must be str, not {s}", .{rt.ops.typeName(x)});
}

// ---- bytes -----------------------------------------------------------------------------------

const BytesShared = Shared("bytes", cargs.isBytes);

fn bytesHashImpl(self: Value, args: Args) Error!Value {
    try cargs.none("bytes.__hash__", args);
    return Value.fromSmall(rt.bytes.hash(self.obj));
}

var bytes_hash_b = cargs.method("bytes", "__hash__", cargs.isBytes, bytesHashImpl);

pub const bytes_table = natives.Table.initComptime(BytesShared.entries ++ .{
    .{ "__hash__", &bytes_hash_b },
});

// ---- bytearray -------------------------------------------------------------------------------

const ArrayShared = Shared("bytearray", cargs.isBytearray);

inline fn array(v: Value) *Bytes {
    return v.as(Bytes);
}

fn baAppendImpl(self: Value, args: Args) Error!Value {
    const x = try cargs.one("bytearray.append", args);
    if ((try cargs.indexInt(x)) == null) return cargs.notInteger(x);
    rt.bytes.append(array(self), try rt.bytes.byteValue(try indexValue(x)));
    return .none;
}

/// `ba.extend(iterable)`: bytes-like, or an iterable of ints.
pub fn extend(b: *Bytes, src: Value) Error!void {
    if (rt.bytes.dataOf(src)) |d| return rt.bytes.appendSlice(b, d);
    const it = rt.iter.iter(src) catch |e| {
        if (exc.pendingIs(&types.TypeError)) {
            _ = exc.take();
            return exc.raiseFmt(&types.TypeError, "can't extend bytearray with {s}", .{rt.ops.typeName(src)});
        }
        return e;
    };
    while (try rt.iter.next(it)) |x| {
        if ((try cargs.indexInt(x)) == null) return cargs.notInteger(x);
        rt.bytes.append(b, try rt.bytes.byteValue(try indexValue(x)));
    }
}

fn baExtendImpl(self: Value, args: Args) Error!Value {
    try extend(array(self), try cargs.one("bytearray.extend", args));
    return .none;
}

fn baInsertImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("bytearray.insert", "insert", args, 2, 2);
    const b = array(self);
    const i = try cargs.ssize(args.pos[0]);
    const x = args.pos[1];
    if ((try cargs.indexInt(x)) == null) return cargs.notInteger(x);
    const c = try rt.bytes.byteValue(try indexValue(x));
    const n: i64 = @intCast(b.len);
    var j = if (i < 0) i + n else i;
    j = std.math.clamp(j, 0, n);
    const at: usize = @intCast(j);
    rt.bytes.replaceRange(b, at, at, &.{c});
    return .none;
}

fn baPopImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("bytearray.pop", "pop", args, 0, 1);
    const b = array(self);
    const i = if (args.pos.len == 1) try cargs.ssize(args.pos[0]) else -1;
    if (b.len == 0) return exc.raiseMsg(&types.IndexError, "pop from empty bytearray");
    const j = rt.list.normIndex(i, b.len) orelse return exc.raiseMsg(&types.IndexError, "pop index out of range");
    const c = b.buf[j];
    rt.bytes.replaceRange(b, j, j + 1, &.{});
    return Value.fromSmall(c);
}

fn baRemoveImpl(self: Value, args: Args) Error!Value {
    const x = try cargs.one("bytearray.remove", args);
    if ((try cargs.indexInt(x)) == null) return cargs.notInteger(x);
    const c = try rt.bytes.byteValue(try indexValue(x));
    const b = array(self);
    const j = std.mem.indexOfScalar(u8, b.data(), c) orelse return exc.raiseMsg(&types.ValueError, "value not found in bytearray");
    rt.bytes.replaceRange(b, j, j + 1, &.{});
    return .none;
}

fn baReverseImpl(self: Value, args: Args) Error!Value {
    try cargs.none("bytearray.reverse", args);
    std.mem.reverse(u8, array(self).data());
    return .none;
}

fn baClearImpl(self: Value, args: Args) Error!Value {
    try cargs.none("bytearray.clear", args);
    array(self).len = 0;
    return .none;
}

fn baCopyImpl(self: Value, args: Args) Error!Value {
    try cargs.none("bytearray.copy", args);
    return resultCopy(self, array(self).data());
}

fn baSetitemImpl(self: Value, args: Args) Error!Value {
    try cargs.positional("bytearray.__setitem__", "__setitem__", args, 2, 2);
    try rt.bytes.setitem(self.obj, args.pos[0], args.pos[1]);
    return .none;
}

fn baDelitemImpl(self: Value, args: Args) Error!Value {
    try rt.bytes.delitem(self.obj, try cargs.one("bytearray.__delitem__", args));
    return .none;
}

fn baIaddImpl(self: Value, args: Args) Error!Value {
    const other = try cargs.one("bytearray.__iadd__", args);
    const d = rt.bytes.dataOf(other) orelse return exc.raiseFmt(&types.TypeError, "can't concat {s} to bytearray", .{rt.ops.typeName(other)});
    rt.bytes.appendSlice(array(self), d);
    return self;
}

fn baImulImpl(self: Value, args: Args) Error!Value {
    const n = try cargs.ssize(try cargs.one("bytearray.__imul__", args));
    const b = array(self);
    const r = try rt.bytes.repeat(b, &types.bytearray_type, n);
    b.buf = r.buf;
    b.len = r.len;
    return self;
}

fn baHashImpl(self: Value, args: Args) Error!Value {
    _ = args;
    return cargs.unhashable(self);
}

fn bam(comptime name: []const u8, comptime impl: cargs.Impl) rt.call.Builtin {
    return cargs.method("bytearray", name, cargs.isBytearray, impl);
}

var ba_append_b = bam("append", baAppendImpl);
var ba_extend_b = bam("extend", baExtendImpl);
var ba_insert_b = bam("insert", baInsertImpl);
var ba_pop_b = bam("pop", baPopImpl);
var ba_remove_b = bam("remove", baRemoveImpl);
var ba_reverse_b = bam("reverse", baReverseImpl);
var ba_clear_b = bam("clear", baClearImpl);
var ba_copy_b = bam("copy", baCopyImpl);
var ba_setitem_b = bam("__setitem__", baSetitemImpl);
var ba_delitem_b = bam("__delitem__", baDelitemImpl);
var ba_iadd_b = bam("__iadd__", baIaddImpl);
var ba_imul_b = bam("__imul__", baImulImpl);
var ba_hash_b = bam("__hash__", baHashImpl);

pub const bytearray_table = natives.Table.initComptime(ArrayShared.entries ++ .{
    .{ "append", &ba_append_b },
    .{ "extend", &ba_extend_b },
    .{ "insert", &ba_insert_b },
    .{ "pop", &ba_pop_b },
    .{ "remove", &ba_remove_b },
    .{ "reverse", &ba_reverse_b },
    .{ "clear", &ba_clear_b },
    .{ "copy", &ba_copy_b },
    .{ "__setitem__", &ba_setitem_b },
    .{ "__delitem__", &ba_delitem_b },
    .{ "__iadd__", &ba_iadd_b },
    .{ "__imul__", &ba_imul_b },
    .{ "__hash__", &ba_hash_b },
});
