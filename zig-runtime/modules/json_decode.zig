//! JSON decoding as CPython 3.11's C scanner (Modules/_json.c: scan_once_unicode,
//! scanstring_unicode, _parse_object_unicode, _parse_array_unicode, _match_number_unicode):
//! the same grammar (NaN, Infinity, -Infinity included), the same hooks, and the same
//! JSONDecodeError messages at the same positions.
//!
//! The text is scanned as UTF-8 bytes; positions become code point indexes only for error
//! messages and raw_decode's result. The values of open containers wait on one shared stack,
//! so a container costs one exact-size allocation; object keys are interned per document
//! (CPython's memo), with their str hash computed once.
const std = @import("std");
const rt = @import("../rt.zig");
const fmtlib = @import("../format/root.zig");
const json = @import("json.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

pub const Hooks = struct {
    object_hook: Value = .none,
    object_pairs_hook: Value = .none,
    parse_float: Value = .none,
    parse_int: Value = .none,
    parse_constant: Value = .none,
    strict: bool = true,
};

/// Nesting deeper than this raises RecursionError, as CPython's recursion limit makes it.
const depth_max = 990;

const KeyMemo = std.HashMapUnmanaged([]const u8, *rt.Str, struct {
    pub fn hash(_: @This(), k: []const u8) u64 {
        return keyHash(k);
    }
    pub fn eql(_: @This(), a: []const u8, b: []const u8) bool {
        return std.mem.eql(u8, a, b);
    }
}, 80);

/// The hash str.zig gives these bytes (so a memoized key's hash is computed once).
fn keyHash(k: []const u8) u64 {
    return std.hash.Wyhash.hash(0x5079616f74, k);
}

pub const Decoder = struct {
    doc: *rt.Str,
    s: []const u8,
    hooks: *const Hooks,
    stack: []Value = &.{},
    top: usize = 0,
    memo: KeyMemo = .{},
    depth: usize = 0,

    pub fn init(doc: *rt.Str, hooks: *const Hooks) Decoder {
        return .{ .doc = doc, .s = doc.bytes, .hooks = hooks };
    }

    /// Raises JSONDecodeError(msg) at byte offset `at`.
    fn fail(d: *Decoder, msg: []const u8, at: usize) Error {
        return json.raiseDecodeError(msg, d.doc, at);
    }

    fn push(d: *Decoder, v: Value) void {
        if (d.top == d.stack.len) d.stack = rt.mem.resizeSlice(Value, .scan, d.stack, @max(64, d.stack.len * 2));
        d.stack[d.top] = v;
        d.top += 1;
    }

    /// One JSON value starting exactly at byte `i` (no whitespace skipped); sets `end.*`.
    pub fn value(d: *Decoder, i: usize, end: *usize) Error!Value {
        const s = d.s;
        if (i >= s.len) return d.fail("Expecting value", i);
        switch (s[i]) {
            '"' => return d.string(i + 1, end),
            '{' => return d.object(i + 1, end),
            '[' => return d.array(i + 1, end),
            'n' => if (matches(s, i, "null")) {
                end.* = i + 4;
                return .none;
            },
            't' => if (matches(s, i, "true")) {
                end.* = i + 4;
                return Value.True;
            },
            'f' => if (matches(s, i, "false")) {
                end.* = i + 5;
                return Value.False;
            },
            'N' => if (matches(s, i, "NaN")) {
                end.* = i + 3;
                return d.constant("NaN", std.math.nan(f64));
            },
            'I' => if (matches(s, i, "Infinity")) {
                end.* = i + 8;
                return d.constant("Infinity", std.math.inf(f64));
            },
            '-' => if (matches(s, i, "-Infinity")) {
                end.* = i + 9;
                return d.constant("-Infinity", -std.math.inf(f64));
            },
            else => {},
        }
        return d.number(i, end);
    }

    fn constant(d: *Decoder, comptime name: []const u8, v: f64) Error!Value {
        if (d.hooks.parse_constant != .none) return rt.call.call1(d.hooks.parse_constant, rt.str.static(name).val());
        return Value.fromFloat(v);
    }

    fn number(d: *Decoder, start: usize, end: *usize) Error!Value {
        const s = d.s;
        const last = s.len - 1; // CPython's end_idx
        var i = start;
        if (s[i] == '-') {
            i += 1;
            if (i > last) return d.fail("Expecting value", start);
        }
        if (s[i] >= '1' and s[i] <= '9') {
            i += 1;
            while (i <= last and isDigit(s[i])) i += 1;
        } else if (s[i] == '0') {
            i += 1;
        } else {
            return d.fail("Expecting value", start);
        }
        var is_float = false;
        if (i < last and s[i] == '.' and isDigit(s[i + 1])) {
            is_float = true;
            i += 2;
            while (i <= last and isDigit(s[i])) i += 1;
        }
        if (i < last and (s[i] == 'e' or s[i] == 'E')) {
            const e_start = i;
            i += 1;
            if (i < last and (s[i] == '-' or s[i] == '+')) i += 1;
            while (i <= last and isDigit(s[i])) i += 1;
            // A digit must follow, else the exponent is not part of the number.
            if (isDigit(s[i - 1])) is_float = true else i = e_start;
        }
        end.* = i;
        const text = s[start..i];
        if (is_float) {
            if (d.hooks.parse_float != .none) return rt.call.call1(d.hooks.parse_float, rt.str.fromBytes(text).val());
            return Value.fromFloat(fmtlib.parseFloatStr(text) catch unreachable);
        }
        if (d.hooks.parse_int != .none) return rt.call.call1(d.hooks.parse_int, rt.str.fromBytes(text).val());
        if (text.len <= 18) return Value.fromSmall(std.fmt.parseInt(i64, text, 10) catch unreachable);
        return .{ .int = rt.intops.parse(text, 10) catch |e| switch (e) {
            error.InvalidLiteral => unreachable,
            error.PyException => return error.PyException,
        } };
    }

    /// The string whose opening quote is at `begin - 1`.
    fn string(d: *Decoder, begin: usize, end: *usize) Error!Value {
        const bytes = try d.stringBytes(begin, end);
        return rt.str.fromBytes(bytes).val();
    }

    /// The text of a string literal: a slice of the document when it has no escapes, else the
    /// decoded text in a scratch buffer (valid until the next call).
    fn stringBytes(d: *Decoder, begin: usize, end: *usize) Error![]const u8 {
        const s = d.s;
        var i = begin;
        // Fast path: no escapes.
        while (i < s.len) : (i += 1) {
            const c = s[i];
            if (c == '"') {
                end.* = i + 1;
                return s[begin..i];
            }
            if (c == '\\') break;
            if (c < 0x20 and d.hooks.strict) return d.fail("Invalid control character at", i);
        }
        if (i >= s.len) return d.fail("Unterminated string starting at", begin - 1);
        var b = rt.Builder.initCapacity(i - begin + 16);
        b.append(s[begin..i]);
        while (true) {
            // s[i] is a backslash here.
            i += 1;
            if (i == s.len) return d.fail("Unterminated string starting at", begin - 1);
            const e = s[i];
            if (e != 'u') {
                const c: u8 = switch (e) {
                    '"', '\\', '/' => e,
                    'b' => 0x08,
                    'f' => 0x0c,
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    else => return d.fail("Invalid \\escape", i - 1),
                };
                b.appendByte(c);
                i += 1;
            } else {
                i = try d.unicodeEscape(&b, i + 1);
            }
            // Up to the next backslash or the closing quote.
            const run = i;
            while (i < s.len) : (i += 1) {
                const c = s[i];
                if (c == '"' or c == '\\') break;
                if (c < 0x20 and d.hooks.strict) return d.fail("Invalid control character at", i);
            }
            if (i >= s.len) return d.fail("Unterminated string starting at", begin - 1);
            b.append(s[run..i]);
            if (s[i] == '"') {
                end.* = i + 1;
                return b.slice();
            }
        }
    }

    /// `\uXXXX` (and a following low surrogate escape, joined into one character) with its
    /// hex digits at `i`; returns the offset after it.
    fn unicodeEscape(d: *Decoder, b: *rt.Builder, i: usize) Error!usize {
        const s = d.s;
        var end = i + 4;
        if (end >= s.len) return d.fail("Invalid \\uXXXX escape", i - 1);
        var c: u21 = hex4(s[i..end]) orelse return d.fail("Invalid \\uXXXX escape", end - 5);
        if (c >= 0xD800 and c <= 0xDBFF and end + 6 < s.len and s[end] == '\\' and s[end + 1] == 'u') {
            const c2 = hex4(s[end + 2 .. end + 6]) orelse return d.fail("Invalid \\uXXXX escape", end + 1);
            if (c2 >= 0xDC00 and c2 <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
                end += 6;
            }
        }
        b.appendCodePoint(c);
        return end;
    }

    fn object(d: *Decoder, start: usize, end: *usize) Error!Value {
        if (d.depth >= depth_max) return exc.raiseMsg(&types.RecursionError, "maximum recursion depth exceeded while decoding a JSON object from a unicode string");
        d.depth += 1;
        defer d.depth -= 1;
        const s = d.s;
        const base = d.top;
        var i = skipWs(s, start);
        if (i >= s.len or s[i] != '}') {
            while (true) {
                if (i >= s.len or s[i] != '"') return d.fail("Expecting property name enclosed in double quotes", i);
                var next: usize = undefined;
                const k = try d.internKey(i + 1, &next);
                i = skipWs(s, next);
                if (i >= s.len or s[i] != ':') return d.fail("Expecting ':' delimiter", i);
                i = skipWs(s, i + 1);
                const v = try d.value(i, &next);
                d.push(k.val());
                d.push(v);
                i = skipWs(s, next);
                if (i < s.len and s[i] == '}') break;
                if (i >= s.len or s[i] != ',') return d.fail("Expecting ',' delimiter", i);
                i = skipWs(s, i + 1);
            }
        }
        end.* = i + 1;
        const items = d.stack[base..d.top];
        d.top = base;
        return d.finishObject(items);
    }

    fn finishObject(d: *Decoder, items: []const Value) Error!Value {
        const n = items.len / 2;
        if (d.hooks.object_pairs_hook != .none) {
            const pairs = rt.list.withLen(n);
            for (pairs.items(), 0..) |*p, k| p.* = rt.tuple.pair(items[2 * k], items[2 * k + 1]).val();
            return rt.call.call1(d.hooks.object_pairs_hook, pairs.val());
        }
        const dict = rt.dict.withCapacity(n);
        var k: usize = 0;
        while (k < items.len) : (k += 2) {
            try rt.dict.setHashed(dict, items[k], rt.str.hash(items[k].as(rt.Str)), items[k + 1]);
        }
        if (d.hooks.object_hook != .none) return rt.call.call1(d.hooks.object_hook, dict.val());
        return dict.val();
    }

    /// An object key: one str per distinct key text in the document.
    fn internKey(d: *Decoder, begin: usize, end: *usize) Error!*rt.Str {
        const bytes = try d.stringBytes(begin, end);
        const gop = d.memo.getOrPut(rt.mem.allocator(.scan), bytes) catch return exc.raiseEmpty(&types.MemoryError);
        if (gop.found_existing) return gop.value_ptr.*;
        const str = rt.str.fromBytes(bytes);
        var h: i64 = @bitCast(keyHash(bytes));
        if (h == -1 or h == 0) h = -2;
        str.hash_cache = h;
        gop.key_ptr.* = str.bytes;
        gop.value_ptr.* = str;
        return str;
    }

    fn array(d: *Decoder, start: usize, end: *usize) Error!Value {
        if (d.depth >= depth_max) return exc.raiseMsg(&types.RecursionError, "maximum recursion depth exceeded while decoding a JSON array from a unicode string");
        d.depth += 1;
        defer d.depth -= 1;
        const s = d.s;
        const base = d.top;
        var i = skipWs(s, start);
        if (i >= s.len or s[i] != ']') {
            while (true) {
                var next: usize = undefined;
                const v = try d.value(i, &next);
                d.push(v);
                i = skipWs(s, next);
                if (i < s.len and s[i] == ']') break;
                if (i >= s.len or s[i] != ',') return d.fail("Expecting ',' delimiter", i);
                i = skipWs(s, i + 1);
            }
        }
        end.* = i + 1;
        const l = rt.list.fromSlice(d.stack[base..d.top]);
        d.top = base;
        return l.val();
    }
};

fn matches(s: []const u8, i: usize, comptime word: []const u8) bool {
    return s.len - i >= word.len and std.mem.eql(u8, s[i..][0..word.len], word);
}

inline fn isDigit(c: u8) bool {
    return c >= '0' and c <= '9';
}

/// JSON whitespace: space, tab, newline, carriage return.
pub fn skipWs(s: []const u8, from: usize) usize {
    var i = from;
    while (i < s.len) : (i += 1) {
        switch (s[i]) {
            ' ', '\t', '\n', '\r' => {},
            else => return i,
        }
    }
    return i;
}

fn hex4(h: []const u8) ?u21 {
    var c: u21 = 0;
    for (h) |x| {
        const digit: u21 = switch (x) {
            '0'...'9' => x - '0',
            'a'...'f' => x - 'a' + 10,
            'A'...'F' => x - 'A' + 10,
            else => return null,
        };
        c = (c << 4) | digit;
    }
    return c;
}
