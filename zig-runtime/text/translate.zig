//! str.maketrans (a static method) and str.translate, with CPython's rules: the table is any
//! object with __getitem__ keyed by code point; LookupError keeps the character; a result of
//! None deletes it, an int is a code point, a str is inserted.
const std = @import("std");
const rt = @import("../rt.zig");
const strbuild = @import("strbuild.zig");
const utf8 = @import("../unicode/utf8.zig");
const Str = rt.Str;
const Value = rt.Value;
const Error = rt.Error;
const Dict = rt.Dict;

fn ordValue(cp: u21) Value {
    return Value.fromSmall(cp);
}

/// str.maketrans(x) with a dict.
pub fn maketrans1(x: Value) Error!*Dict {
    if (!x.isKind(.dict)) return rt.exc.raiseMsg(&rt.types.TypeError, "if you give only one argument to maketrans it must be a dict");
    const src = x.as(Dict);
    const r = rt.dict.new();
    var i: usize = 0;
    while (rt.dict.nextEntry(src, &i)) |e| {
        if (e.key.isKind(.str)) {
            const k = e.key.as(Str);
            if (k.len != 1) return rt.exc.raiseMsg(&rt.types.ValueError, "string keys in translate table must be of length 1");
            try rt.dict.set(r, ordValue(utf8.decode(k.bytes).cp), e.value);
        } else if (e.key == .int or e.key == .bool) {
            try rt.dict.set(r, e.key, e.value);
        } else {
            return rt.exc.raiseMsg(&rt.types.TypeError, "keys in translate table must be strings or integers");
        }
    }
    return r;
}

/// str.maketrans(x, y[, z]): x[i] -> y[i], and each character of z -> None.
pub fn maketrans(x: *Str, y: *Str, z: ?*Str) Error!*Dict {
    if (x.len != y.len) return rt.exc.raiseMsg(&rt.types.ValueError, "the first two maketrans arguments must have equal length");
    const r = rt.dict.withCapacity(x.len + if (z) |zz| zz.len else 0);
    var a: utf8.Iterator = .{ .bytes = x.bytes };
    var b: utf8.Iterator = .{ .bytes = y.bytes };
    while (a.next()) |cx| try rt.dict.set(r, ordValue(cx), ordValue(b.next().?));
    if (z) |zz| {
        var c: utf8.Iterator = .{ .bytes = zz.bytes };
        while (c.next()) |cz| try rt.dict.set(r, ordValue(cz), .none);
    }
    return r;
}

/// What the table says about one character.
const Mapping = union(enum) { keep, delete, cp: u21, text: *Str };

fn lookup(table: Value, cp: u21) Error!Mapping {
    const key = ordValue(cp);
    const r: Value = if (table.isKind(.dict) and !table.obj.ty.flags.heap)
        (try rt.dict.get(table.as(Dict), key)) orelse return .keep
    else
        rt.sub.getitem(table, key) catch |e| {
            if (rt.exc.pendingIs(&rt.types.LookupError)) {
                _ = rt.exc.take();
                return .keep;
            }
            return e;
        };
    switch (r) {
        .none => return .delete,
        .int, .bool => {
            const n: i64 = if (r == .bool) @intFromBool(r.bool) else r.int.toI64() orelse -1;
            if (n < 0 or n > 0x10FFFF) return rt.exc.raiseMsg(&rt.types.ValueError, "character mapping must be in range(0x110000)");
            return .{ .cp = @intCast(n) };
        },
        else => {
            if (r.isKind(.str)) return .{ .text = r.as(Str) };
            return rt.exc.raiseMsg(&rt.types.TypeError, "character mapping must return integer, None or str");
        },
    }
}

/// str.translate(table).
pub fn translate(s: *Str, table: Value) Error!*Str {
    // ASCII characters repeat: look each one up once.
    var ascii_cache: [128]?Mapping = [_]?Mapping{null} ** 128;
    var b = rt.Builder.initCapacity(s.bytes.len);
    var it: utf8.Iterator = .{ .bytes = s.bytes };
    var start: usize = 0;
    while (it.next()) |cp| : (start = it.index) {
        const m = if (cp < 0x80) blk: {
            if (ascii_cache[cp]) |c| break :blk c;
            const c = try lookup(table, cp);
            ascii_cache[cp] = c;
            break :blk c;
        } else try lookup(table, cp);
        switch (m) {
            .keep => b.append(s.bytes[start..it.index]),
            .delete => {},
            .cp => |c| b.appendCodePoint(c),
            .text => |t| b.append(t.bytes),
        }
    }
    return b.finish();
}
