//! JSON encoding as CPython 3.11's json.encoder: the C encoder's output and messages without
//! indent, the Python `_make_iterencode`'s with one (the two differ only in the allow_nan
//! message). One Builder holds the whole text; nothing is allocated per value except the
//! digits of big ints and the key order under sort_keys.
const std = @import("std");
const rt = @import("../rt.zig");
const sorting = @import("../builtins/sorting.zig");
const numfmt = @import("../core/numfmt.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;
const Builder = rt.Builder;

pub const Options = struct {
    skipkeys: bool = false,
    ensure_ascii: bool = true,
    check_circular: bool = true,
    allow_nan: bool = true,
    sort_keys: bool = false,
    /// The text of one indent level; null for the compact one-line form.
    indent: ?[]const u8 = null,
    item_separator: []const u8 = ", ",
    key_separator: []const u8 = ": ",
    /// default(o) for objects JSON has no form for; .none raises TypeError.
    default: Value = .none,
};

/// Nesting deeper than this raises RecursionError, as CPython's recursion limit makes it.
const depth_max = 990;

pub const Encoder = struct {
    b: Builder,
    opts: *const Options,
    /// The containers being encoded, outermost first (CPython's `markers`).
    path: []*rt.Object = &.{},
    depth: usize = 0,
    /// Indent level: open arrays and objects (default() results do not indent).
    level: usize = 0,

    pub fn init(opts: *const Options) Encoder {
        return .{ .b = Builder.initCapacity(256), .opts = opts };
    }

    pub fn encode(e: *Encoder, v: Value) Error!void {
        switch (v) {
            .none => e.b.append("null"),
            .bool => |x| e.b.append(if (x) "true" else "false"),
            .int => |i| try appendInt(&e.b, i),
            .float => |f| try e.float(f),
            .obj => |o| switch (o.ty.kind) {
                .str => appendString(&e.b, o.as(rt.Str).bytes, e.opts.ensure_ascii),
                .list => try e.array(o, o.as(rt.List).items()),
                .tuple => try e.array(o, o.as(rt.Tuple).items),
                .dict => try e.object(o, o.as(rt.Dict)),
                else => try e.viaDefault(v),
            },
        }
    }

    fn float(e: *Encoder, f: f64) Error!void {
        if (std.math.isFinite(f)) return numfmt.floatRepr(&e.b, f);
        if (!e.opts.allow_nan) {
            // The C encoder (no indent) says no more; the Python one names the value.
            if (e.opts.indent == null) return exc.raiseMsg(&types.ValueError, "Out of range float values are not JSON compliant");
            var b = Builder{};
            b.append("Out of range float values are not JSON compliant: ");
            numfmt.floatRepr(&b, f);
            return exc.raise(exc.newException(&types.ValueError, &.{b.finish().val()}));
        }
        e.b.append(if (std.math.isNan(f)) "NaN" else if (f > 0) "Infinity" else "-Infinity");
    }

    /// Marks `o` as being encoded: ValueError on a cycle, RecursionError when too deep.
    fn enter(e: *Encoder, o: *rt.Object) Error!void {
        if (e.depth >= depth_max) return exc.raiseMsg(&types.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
        if (e.opts.check_circular) {
            for (e.path[0..e.depth]) |p| if (p == o) return exc.raiseMsg(&types.ValueError, "Circular reference detected");
        }
        if (e.depth == e.path.len) {
            const cap = @max(16, e.path.len * 2);
            e.path = rt.mem.resizeSlice(*rt.Object, .scan, e.path, cap);
        }
        e.path[e.depth] = o;
        e.depth += 1;
    }

    fn leave(e: *Encoder) void {
        e.depth -= 1;
    }

    fn newline(e: *Encoder) void {
        const unit = e.opts.indent orelse return;
        e.b.appendByte('\n');
        e.b.appendNTimes(unit, e.level);
    }

    fn array(e: *Encoder, o: *rt.Object, items: []const Value) Error!void {
        if (items.len == 0) return e.b.append("[]");
        try e.enter(o);
        e.level += 1;
        e.b.appendByte('[');
        e.newline();
        // A list may change while default() runs: index it afresh each time.
        var i: usize = 0;
        while (i < itemsOf(o, items).len) : (i += 1) {
            if (i > 0) {
                e.b.append(e.opts.item_separator);
                e.newline();
            }
            try e.encode(itemsOf(o, items)[i]);
        }
        e.leave();
        e.level -= 1;
        e.newline();
        e.b.appendByte(']');
    }

    fn itemsOf(o: *rt.Object, items: []const Value) []const Value {
        if (o.ty.kind == .list) return o.as(rt.List).items();
        return items;
    }

    fn object(e: *Encoder, o: *rt.Object, d: *rt.Dict) Error!void {
        if (d.len == 0) return e.b.append("{}");
        try e.enter(o);
        e.level += 1;
        e.b.appendByte('{');
        e.newline();
        var first = true;
        if (e.opts.sort_keys) {
            const pairs = try sortedItems(d);
            for (pairs) |p| try e.member(&first, p[0], p[1]);
        } else {
            var cursor: usize = 0;
            while (rt.dict.nextEntry(d, &cursor)) |entry| try e.member(&first, entry.key, entry.value);
        }
        e.leave();
        e.level -= 1;
        e.newline();
        e.b.appendByte('}');
    }

    /// One `"key": value` of an object; keys that are not str become their JSON text.
    fn member(e: *Encoder, first: *bool, key: Value, value: Value) Error!void {
        const mark = e.b.len;
        if (!first.*) {
            e.b.append(e.opts.item_separator);
            e.newline();
        }
        switch (key) {
            .none => e.b.append("\"null\""),
            .bool => |x| e.b.append(if (x) "\"true\"" else "\"false\""),
            .int => |i| {
                e.b.appendByte('"');
                try appendInt(&e.b, i);
                e.b.appendByte('"');
            },
            .float => |f| {
                e.b.appendByte('"');
                try e.float(f);
                e.b.appendByte('"');
            },
            .obj => |k| {
                if (k.ty.kind != .str) {
                    e.b.len = mark;
                    if (e.opts.skipkeys) return;
                    return exc.raiseFmt(&types.TypeError, "keys must be str, int, float, bool or None, not {s}", .{k.ty.name});
                }
                appendString(&e.b, k.as(rt.Str).bytes, e.opts.ensure_ascii);
            },
        }
        first.* = false;
        e.b.append(e.opts.key_separator);
        try e.encode(value);
    }

    /// Objects JSON has no form for: default(o), encoded in turn with `o` marked.
    fn viaDefault(e: *Encoder, v: Value) Error!void {
        const f = e.opts.default;
        if (f == .none) return notSerializable(v);
        try e.enter(v.obj);
        const r = try rt.call.call1(f, v);
        try e.encode(r);
        e.leave();
    }
};

/// JSONEncoder.default's TypeError.
pub fn notSerializable(v: Value) Error {
    return exc.raiseFmt(&types.TypeError, "Object of type {s} is not JSON serializable", .{rt.ops.typeName(v)});
}

/// `sorted(d.items())`: by key bytes when every key is a str, else by Python's `<` on
/// (key, value) pairs, which raises TypeError for keys of mixed types as CPython does.
fn sortedItems(d: *rt.Dict) Error![]const [2]Value {
    const pairs = rt.mem.allocSlice([2]Value, .scan, d.len);
    var all_str = true;
    var cursor: usize = 0;
    var n: usize = 0;
    while (rt.dict.nextEntry(d, &cursor)) |entry| : (n += 1) {
        pairs[n] = .{ entry.key, entry.value };
        all_str = all_str and entry.key.isKind(.str);
    }
    if (all_str) {
        std.mem.sort([2]Value, pairs, {}, struct {
            fn lt(_: void, a: [2]Value, b: [2]Value) bool {
                return std.mem.order(u8, a[0].as(rt.Str).bytes, b[0].as(rt.Str).bytes) == .lt;
            }
        }.lt);
        return pairs;
    }
    const tuples = rt.mem.allocSlice(Value, .scan, n);
    for (pairs, tuples) |p, *t| t.* = rt.tuple.pair(p[0], p[1]).val();
    try sorting.sortValues(tuples, .none, false);
    for (tuples, pairs) |t, *p| p.* = .{ t.as(rt.Tuple).items[0], t.as(rt.Tuple).items[1] };
    return pairs;
}

pub fn appendInt(b: *Builder, i: rt.Int) Error!void {
    if (!i.isSmall()) return b.append(try rt.intops.toString(i, 10));
    const v = i.small();
    var buf: [24]u8 = undefined;
    var pos: usize = buf.len;
    var n: u64 = @abs(v);
    while (true) {
        pos -= 1;
        buf[pos] = @intCast('0' + n % 10);
        n /= 10;
        if (n == 0) break;
    }
    if (v < 0) {
        pos -= 1;
        buf[pos] = '-';
    }
    b.append(buf[pos..]);
}

/// Bytes that need an escape: control characters, '"' and '\\'; with ensure_ascii also DEL
/// and every byte of a non-ASCII character.
fn needsEscape(c: u8, ensure_ascii: bool) bool {
    return c < 0x20 or c == '"' or c == '\\' or (ensure_ascii and c >= 0x7f);
}

/// The JSON string literal of UTF-8 (WTF-8) text, as encode_basestring(_ascii).
pub fn appendString(b: *Builder, s: []const u8, ensure_ascii: bool) void {
    b.ensure(s.len + 2);
    b.buf[b.len] = '"';
    b.len += 1;
    var start: usize = 0;
    var i: usize = 0;
    const V = @Vector(16, u8);
    while (i < s.len) {
        // Skip 16 plain bytes at a time.
        if (i + 16 <= s.len) {
            const v: V = s[i..][0..16].*;
            var bad = (v < @as(V, @splat(0x20))) | (v == @as(V, @splat('"'))) | (v == @as(V, @splat('\\')));
            if (ensure_ascii) bad |= v >= @as(V, @splat(0x7f));
            const mask: u16 = @bitCast(bad);
            if (mask == 0) {
                i += 16;
                continue;
            }
            i += @ctz(mask);
        } else if (!needsEscape(s[i], ensure_ascii)) {
            i += 1;
            continue;
        }
        b.append(s[start..i]);
        const c = s[i];
        if (c < 0x80) {
            appendEscape(b, c);
            i += 1;
        } else {
            const cp = rt.str.decodeAt(s, i);
            i += rt.str.seqLen(c);
            if (cp >= 0x10000) {
                const v = cp - 0x10000;
                appendU(b, @intCast(0xD800 | (v >> 10)));
                appendU(b, @intCast(0xDC00 | (v & 0x3FF)));
            } else {
                appendU(b, @intCast(cp));
            }
        }
        start = i;
    }
    b.append(s[start..]);
    b.appendByte('"');
}

fn appendEscape(b: *Builder, c: u8) void {
    switch (c) {
        '"' => b.append("\\\""),
        '\\' => b.append("\\\\"),
        '\n' => b.append("\\n"),
        '\r' => b.append("\\r"),
        '\t' => b.append("\\t"),
        0x08 => b.append("\\b"),
        0x0c => b.append("\\f"),
        else => appendU(b, c),
    }
}

/// `\uXXXX` with lowercase hex digits, as CPython writes them.
fn appendU(b: *Builder, u: u16) void {
    const hex = "0123456789abcdef";
    const out = [6]u8{ '\\', 'u', hex[u >> 12], hex[(u >> 8) & 0xF], hex[(u >> 4) & 0xF], hex[u & 0xF] };
    b.append(&out);
}
