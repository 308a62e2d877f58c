//! Operators on builtin containers: concatenation, repetition, comparison, hashing and truth of
//! str, list, tuple, bytes, set and dict, as the dynamic operators in ops.zig dispatch them.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const ops = @import("ops.zig");
const intops = @import("intops.zig");
const str_mod = @import("str.zig");
const list_mod = @import("list.zig");
const tuple_mod = @import("tuple.zig");
const dict_mod = @import("dict.zig");
const iter = @import("iter.zig");
const Int = @import("int.zig").Int;
const Value = value.Value;
const Object = value.Object;
const Str = str_mod.Str;
const List = list_mod.List;
const Tuple = tuple_mod.Tuple;
const Dict = dict_mod.Dict;
const Error = @import("err.zig").Error;

/// Repetition count of `seq * n`: negative counts give an empty result; null when `n` is not an
/// int (the operator then fails), OverflowError when it does not fit an index.
fn repeatCount(n: Value) Error!?usize {
    const i: Int = switch (n) {
        .int => |i| i,
        .bool => |b| return @intFromBool(b),
        else => return null,
    };
    const v = i.toI64() orelse return exc.raiseMsg(&types.OverflowError, "cannot fit 'int' into an index-sized integer");
    return if (v < 0) 0 else @intCast(v);
}

/// Binary operators whose left (or, for `*`, either) operand is a builtin container.
pub fn sequenceBinary(op: ops.BinOp, a: Value, b: Value) Error!?Value {
    if (a != .obj) {
        // int * sequence
        if (op == .mul and b == .obj) {
            if (try repeatCount(a)) |n| return repeat(b.obj, n);
        }
        return null;
    }
    const o = a.obj;
    // Keys and items views combine with any iterable (on either side, unless a user class
    // on the left gets the first say).
    if (o.ty.kind == .dict_view or (b.isKind(.dict_view) and !o.ty.flags.heap)) {
        if (try @import("views.zig").binary(op, a, b)) |r| return r;
    }
    switch (o.ty.kind) {
        .str => {
            const s = Object.as(o, Str);
            switch (op) {
                .add => if (b.isKind(.str)) return str_mod.concat(s, b.as(Str)).val(),
                .mul => if (try repeatCount(b)) |n| return repeat(o, n),
                .mod => return try @import("../text/percent.zig").format(s, b),
                else => {},
            }
        },
        .list => switch (op) {
            .add => if (b.isKind(.list)) {
                const x = Object.as(o, List);
                const y = b.as(List);
                const r = list_mod.withCapacity(x.len + y.len);
                list_mod.extendSlice(r, x.items());
                list_mod.extendSlice(r, y.items());
                return r.val();
            },
            .mul => if (try repeatCount(b)) |n| return repeat(o, n),
            else => {},
        },
        .tuple => switch (op) {
            .add => if (b.isKind(.tuple)) {
                const x = Object.as(o, Tuple);
                const y = b.as(Tuple);
                const r = tuple_mod.alloc(x.items.len + y.items.len);
                @memcpy(r.items[0..x.items.len], x.items);
                @memcpy(r.items[x.items.len..], y.items);
                return r.val();
            },
            .mul => if (try repeatCount(b)) |n| return repeat(o, n),
            else => {},
        },
        .set, .frozenset => return @import("set.zig").binary(op, a, b),
        .bytes, .bytearray => return @import("bytes.zig").binary(op, a, b),
        .dict => if (op == .bor and b.isKind(.dict)) {
            const r = dict_mod.copy(Object.as(o, Dict));
            try dictUpdate(r, b.as(Dict));
            return r.val();
        },
        else => {},
    }
    if (op == .mul and b == .obj) {
        if (try repeatCount(a)) |n| return repeat(b.obj, n);
    }
    return null;
}

pub fn dictUpdate(d: *Dict, src: *Dict) Error!void {
    var i: usize = 0;
    while (dict_mod.nextEntry(src, &i)) |e| try dict_mod.setHashed(d, e.key, e.hash, e.value);
}

/// `seq * n` for str, list and tuple (None for other kinds).
fn repeat(o: *Object, n: usize) Error!?Value {
    switch (o.ty.kind) {
        .str => {
            const s = Object.as(o, Str);
            if (n == 1) return s.val();
            if (n == 0 or s.bytes.len == 0) return str_mod.empty.val();
            try checkRepeatSize(s.bytes.len, n);
            var b = str_mod.Builder.initCapacity(s.bytes.len * n);
            b.appendNTimes(s.bytes, n);
            return b.finish().val();
        },
        .list => {
            const l = Object.as(o, List);
            try checkRepeatSize(l.len, n);
            return list_mod.repeat(l, n).val();
        },
        .tuple => {
            const t = Object.as(o, Tuple);
            if (n == 1) return t.val();
            try checkRepeatSize(t.items.len, n);
            const r = tuple_mod.alloc(t.items.len * n);
            for (0..n) |k| @memcpy(r.items[k * t.items.len ..][0..t.items.len], t.items);
            return r.val();
        },
        .bytes, .bytearray => {
            const bytes_mod = @import("bytes.zig");
            return (try bytes_mod.repeat(bytes_mod.fromObj(o), bytes_mod.baseType(o), @intCast(n))).val();
        },
        else => return null,
    }
}

fn checkRepeatSize(len: usize, n: usize) Error!void {
    if (len != 0 and n > (@as(usize, 1) << 40) / len) return exc.raiseEmpty(&types.MemoryError);
}

/// `l += iterable`.
pub fn listExtend(l: *List, src: Value) Error!void {
    if (src.isKind(.list)) {
        const s = src.as(List);
        if (s == l) {
            // `l += l`: growing may move (and release) the storage being copied.
            const n = l.len;
            list_mod.reserve(l, n);
            @memcpy(l.buf()[n..][0..n], l.buf()[0..n]);
            l.len += n;
            return;
        }
        list_mod.extendSlice(l, s.items());
        return;
    }
    if (src.isKind(.tuple)) {
        list_mod.extendSlice(l, src.as(Tuple).items);
        return;
    }
    const it = try iter.iter(src);
    while (try iter.next(it)) |v| list_mod.append(l, v);
}

/// `l *= n`.
pub fn listInplaceRepeat(l: *List, n: Int) Error!void {
    const k = n.toI64() orelse return exc.raiseEmpty(&types.MemoryError);
    if (k <= 0) {
        list_mod.clear(l);
        return;
    }
    const count: usize = @intCast(k);
    const len = l.len;
    try checkRepeatSize(len, count);
    list_mod.reserve(l, len * (count - 1));
    for (1..count) |_| list_mod.extendSlice(l, l.buf()[0..len]);
}

/// Truth of builtin objects not covered by ops.truthy's fast cases.
pub fn builtinTruthy(o: *Object) Error!bool {
    return switch (o.ty.kind) {
        .set, .frozenset => @import("set.zig").len(o) != 0,
        .bytes, .bytearray => @import("bytes.zig").len(o) != 0,
        .range => @import("range.zig").truthy(o),
        .dict_view => (try iter.len(.{ .obj = o })) != 0,
        .native => if (o.ty.native) |n| (if (n.truthy) |f| f(.{ .obj = o }) catch |e| return @errorCast(e) else if (n.len) |f| (f(.{ .obj = o }) catch |e| return @errorCast(e)) != 0 else true) else true,
        else => true,
    };
}

/// Comparisons where both operands are objects of builtin kinds; null if not defined.
pub fn sequenceCompare(op: ops.CmpOp, a: *Object, b: *Object) Error!?bool {
    const ka = a.ty.kind;
    const kb = b.ty.kind;
    if (ka == .str and kb == .str) {
        const x = Object.as(a, Str);
        const y = Object.as(b, Str);
        if (op == .eq) return str_mod.eql(x, y);
        if (op == .ne) return !str_mod.eql(x, y);
        return op.fromOrder(str_mod.order(x, y));
    }
    if (ka == .list and kb == .list) return try itemsCompare(op, Object.as(a, List).items(), Object.as(b, List).items());
    if (ka == .tuple and kb == .tuple) return try itemsCompare(op, Object.as(a, Tuple).items, Object.as(b, Tuple).items);
    if (ka == .dict and kb == .dict) {
        if (op != .eq and op != .ne) return null;
        const r = try dictEqual(Object.as(a, Dict), Object.as(b, Dict));
        return if (op == .eq) r else !r;
    }
    if ((ka == .set or ka == .frozenset) and (kb == .set or kb == .frozenset))
        return try @import("set.zig").compare(op, a, b);
    if ((ka == .bytes or ka == .bytearray) and (kb == .bytes or kb == .bytearray))
        return @import("bytes.zig").compare(op, a, b);
    if (ka == .range and kb == .range) {
        if (op != .eq and op != .ne) return null;
        const r = @import("range.zig").equal(a, b);
        return if (op == .eq) r else !r;
    }
    if (ka == .dict_view or kb == .dict_view)
        return try @import("views.zig").compare(op, a, b);
    if (ka == .native) {
        if (a.ty.native) |n| if (n.eq) |f| {
            if (op != .eq and op != .ne) return null;
            const r = f(.{ .obj = a }, .{ .obj = b }) catch |e| return @errorCast(e);
            return if (op == .eq) r else !r;
        };
    }
    // The reflected __eq__ of a native object on the right (b'ab' == memoryview(b'ab')).
    if (kb == .native) {
        if (b.ty.native) |n| if (n.eq) |f| {
            if (op != .eq and op != .ne) return null;
            const r = f(.{ .obj = b }, .{ .obj = a }) catch |e| return @errorCast(e);
            return if (op == .eq) r else !r;
        };
    }
    return null;
}

/// Lexicographic comparison of two item arrays, as list and tuple compare.
pub fn itemsCompare(op: ops.CmpOp, x: []const Value, y: []const Value) Error!bool {
    if ((op == .eq or op == .ne) and x.len != y.len) return op == .ne;
    const n = @min(x.len, y.len);
    var i: usize = 0;
    // Identical items are equal without asking (PyObject_RichCompareBool), so [nan] == [nan].
    while (i < n) : (i += 1) {
        if (!ops.identical(x[i], y[i]) and !try ops.eq(x[i], y[i])) break;
    }
    if (i >= n) return op.fromOrder(std.math.order(x.len, y.len));
    return switch (op) {
        .eq => false,
        .ne => true,
        else => ops.truthy(try ops.compare(op, x[i], y[i])),
    };
}

fn dictEqual(a: *Dict, b: *Dict) Error!bool {
    if (a.len != b.len) return false;
    var i: usize = 0;
    while (dict_mod.nextEntry(a, &i)) |e| {
        const other = (try dict_mod.getHashed(b, e.key, e.hash)) orelse return false;
        if (!try ops.eq(e.value, other)) return false;
    }
    return true;
}

/// CPython 3.11's tuple hash (xxHash-based, Objects/tupleobject.c), so sets of tuples iterate
/// in CPython's order.
pub fn tupleHash(t: *Tuple) Error!i64 {
    if (t.hash_cache != 0) return t.hash_cache;
    const prime1: u64 = 11400714785074694791;
    const prime2: u64 = 14029467366897019727;
    const prime5: u64 = 2870177450012600261;
    var acc: u64 = prime5;
    for (t.items) |it| {
        const lane: u64 = @bitCast(try ops.hash(it));
        acc +%= lane *% prime2;
        acc = std.math.rotl(u64, acc, 31);
        acc *%= prime1;
    }
    acc +%= @as(u64, t.items.len) ^ (prime5 ^ 3527539);
    if (acc == std.math.maxInt(u64)) return 1546275796;
    const h: i64 = @bitCast(acc);
    t.hash_cache = h;
    return h;
}

/// Hash of builtin objects other than str and tuple.
pub fn builtinHash(o: *Object) Error!i64 {
    return switch (o.ty.kind) {
        .list, .dict, .set, .bytearray, .dict_view => exc.raiseFmt(&types.TypeError, "unhashable type: '{s}'", .{o.ty.name}),
        .frozenset => @import("set.zig").frozensetHash(o),
        .bytes => @import("bytes.zig").hash(o),
        .bigint => intops.hash(Int.fromBig(Object.as(o, @import("bigint.zig").BigInt))),
        .range => @import("range.zig").hash(o),
        .native => if (o.ty == &types.memoryview_type) @import("../builtins/memoryview.zig").hash(o) else ops.identityHash(o),
        else => ops.identityHash(o),
    };
}
