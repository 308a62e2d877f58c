//! The iteration protocol: `iter(x)`, `next(it)`, and the builtin iterator objects.
//!
//! `next` returns null at exhaustion instead of raising StopIteration, so `for` loops over
//! native iterators never touch the exception machinery; a user `__next__` that raises
//! StopIteration is translated to null here.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const list_mod = @import("list.zig");
const tuple_mod = @import("tuple.zig");
const dict_mod = @import("dict.zig");
const names = @import("names.zig");
const call = @import("call.zig");
const attr = @import("attr.zig");
const ops = @import("ops.zig");
const Int = @import("int.zig").Int;
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Str = str_mod.Str;
const List = list_mod.List;
const Tuple = tuple_mod.Tuple;
const Dict = dict_mod.Dict;
const Error = @import("err.zig").Error;

/// A builtin iterator: a `next` function over a few generic state fields, so one struct serves
/// every iterator kind (list, tuple, str, range, dict views, enumerate, zip, map, ...).
pub const NativeIter = struct {
    base: Object,
    nextFn: *const fn (it: *NativeIter) Error!?Value,
    /// The iterated object(s) or callable, by kind.
    a: Value = .none,
    b: Value = .none,
    /// Positions, counters, bounds, by kind.
    i: i64 = 0,
    j: i64 = 0,
    k: i64 = 0,
    /// More iterators (zip, map with several iterables, chain).
    many: []Value = &.{},

    pub const kind: value.Kind = .iterator;
    pub inline fn val(it: *NativeIter) Value {
        return .{ .obj = &it.base };
    }
};

fn iterType(comptime name: []const u8) Type {
    return .{
        .base = .{ .ty = &types.type_type },
        .kind = .iterator,
        .name = name,
        .qualname = name,
        .bases = &.{&types.object_type},
        .mro = &.{&types.object_type},
        .flags = .{ .final = true },
    };
}

pub var list_iterator_type = iterType("list_iterator");
pub var list_reverseiterator_type = iterType("list_reverseiterator");
pub var tuple_iterator_type = iterType("tuple_iterator");
pub var str_iterator_type = iterType("str_ascii_iterator");
pub var range_iterator_type = iterType("range_iterator");
pub var dict_keyiterator_type = iterType("dict_keyiterator");
pub var dict_valueiterator_type = iterType("dict_valueiterator");
pub var dict_itemiterator_type = iterType("dict_itemiterator");
pub var set_iterator_type = iterType("set_iterator");
pub var enumerate_type = iterType("enumerate");
pub var zip_type = iterType("zip");
pub var map_type = iterType("map");
pub var filter_type = iterType("filter");
pub var reversed_type = iterType("reversed");
pub var callable_iterator_type = iterType("callable_iterator");
pub var iterator_type = iterType("iterator");

pub fn newIter(ty: *Type, nextFn: *const fn (*NativeIter) Error!?Value, a: Value) *NativeIter {
    const it = mem.create(NativeIter, .scan);
    it.* = .{ .base = .{ .ty = ty }, .nextFn = nextFn, .a = a };
    return it;
}

// ---- iter() ----------------------------------------------------------------------------------

pub fn iter(v: Value) Error!Value {
    if (v == .obj) {
        const o = v.obj;
        switch (o.ty.kind) {
            .list => if (!o.ty.flags.heap or attr.lookupType(o.ty, &names.__iter__).?.obj.ty.kind == .builtin_function)
                return newIter(&list_iterator_type, listNext, v).val(),
            .tuple => return newIter(&tuple_iterator_type, tupleNext, v).val(),
            .str => return newIter(&str_iterator_type, strNext, v).val(),
            .dict => if (!o.ty.flags.heap or attr.lookupType(o.ty, &names.__iter__).?.obj.ty.kind == .builtin_function)
                return dictKeys(Object.as(o, Dict)),
            .range => return @import("range.zig").iter(o),
            .set, .frozenset => return @import("set.zig").iter(o),
            .bytes, .bytearray => return @import("bytes.zig").iter(o),
            .iterator, .generator => return v,
            .dict_view => return @import("views.zig").iter(o),
            .native => if (o.ty.native) |n| if (n.iter) |f| return f(v) catch |e| return @errorCast(e),
            else => {},
        }
        if (attr.lookupType(o.ty, &names.__iter__)) |m| {
            const r = try call.callUnbound(m, v, &.{});
            if (!isIterator(r)) return exc.raiseFmt(&types.TypeError, "iter() returned non-iterator of type '{s}'", .{ops.typeName(r)});
            return r;
        }
        if (attr.lookupType(o.ty, &names.__getitem__)) |_| {
            // The old sequence protocol: __getitem__(0), (1), ... until IndexError.
            const it = newIter(&iterator_type, seqProtocolNext, v);
            return it.val();
        }
    }
    return exc.raiseFmt(&types.TypeError, "'{s}' object is not iterable", .{ops.typeName(v)});
}

fn isIterator(v: Value) bool {
    if (v != .obj) return false;
    const k = v.obj.ty.kind;
    if (k == .iterator or k == .generator) return true;
    if (v.obj.ty.native) |n| if (n.next != null) return true;
    return attr.lookupType(v.obj.ty, &names.__next__) != null;
}

/// `next(it)`, or null when the iterator is exhausted.
pub fn next(it: Value) Error!?Value {
    if (it == .obj) {
        const o = it.obj;
        switch (o.ty.kind) {
            .iterator => return Object.as(o, NativeIter).nextFn(Object.as(o, NativeIter)),
            .generator => return @import("gen.zig").next(o),
            .native => if (o.ty.native) |n| if (n.next) |f| return f(it) catch |e| return @errorCast(e),
            .file => return @import("../builtins/files.zig").iterNext(it),
            else => {},
        }
        if (attr.lookupType(o.ty, &names.__next__)) |m| {
            return call.callUnbound(m, it, &.{}) catch |e| {
                if (exc.pendingIs(&types.StopIteration)) {
                    _ = exc.take();
                    return null;
                }
                return e;
            };
        }
    }
    return exc.raiseFmt(&types.TypeError, "'{s}' object is not an iterator", .{ops.typeName(it)});
}

/// Collects any iterable into a new list.
pub fn toList(v: Value) Error!*List {
    if (v.isKind(.list)) return list_mod.fromSlice(v.as(List).items());
    if (v.isKind(.tuple)) return list_mod.fromSlice(v.as(Tuple).items);
    const l = list_mod.new();
    const it = try iter(v);
    while (try next(it)) |x| list_mod.append(l, x);
    return l;
}

/// The items of any iterable as a slice: the list's or tuple's own storage when it is one
/// (do not mutate), else a fresh list's.
pub fn toSlice(v: Value) Error![]Value {
    if (v.isKind(.list)) return v.as(List).items();
    if (v.isKind(.tuple)) return v.as(Tuple).items;
    return (try toList(v)).items();
}

/// `len(v)`.
pub fn len(v: Value) Error!usize {
    if (v == .obj) {
        const o = v.obj;
        switch (o.ty.kind) {
            .str => return Object.as(o, Str).len,
            .list => return Object.as(o, List).len,
            .tuple => return Object.as(o, Tuple).items.len,
            .dict => if (!o.ty.flags.heap) return Object.as(o, Dict).len,
            .set, .frozenset => if (!o.ty.flags.heap) return @import("set.zig").len(o),
            .bytes, .bytearray => return @import("bytes.zig").len(o),
            .range => return try @import("range.zig").len(o),
            .dict_view => return @import("views.zig").len(o),
            .native => if (o.ty.native) |n| if (n.len) |f| return f(v) catch |e| return @errorCast(e),
            else => {},
        }
        if (attr.lookupType(o.ty, &names.__len__)) |m| {
            if (m == .obj and m.obj.ty.kind == .builtin_function) {
                // A builtin base's __len__ (dict subclass ...).
                switch (o.ty.kind) {
                    .dict => return Object.as(o, Dict).len,
                    .set, .frozenset => return @import("set.zig").len(o),
                    else => {},
                }
            }
            const r = try call.callUnbound(m, v, &.{});
            const n: i64 = switch (r) {
                .int => |i| i.toI64() orelse return exc.raiseMsg(&types.OverflowError, "cannot fit 'int' into an index-sized integer"),
                .bool => |b| @intFromBool(b),
                else => return exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{ops.typeName(r)}),
            };
            if (n < 0) return exc.raiseMsg(&types.ValueError, "__len__() should return >= 0");
            return @intCast(n);
        }
    }
    return exc.raiseFmt(&types.TypeError, "object of type '{s}' has no len()", .{ops.typeName(v)});
}

// ---- Iterator kinds --------------------------------------------------------------------------

fn listNext(it: *NativeIter) Error!?Value {
    const l = it.a.as(List);
    const idx: usize = @intCast(it.i);
    if (idx >= l.len) {
        it.i = std.math.maxInt(i32); // stays exhausted even if the list grows later
        return null;
    }
    it.i += 1;
    return l.buf()[idx];
}

fn tupleNext(it: *NativeIter) Error!?Value {
    const t = it.a.as(Tuple);
    const idx: usize = @intCast(it.i);
    if (idx >= t.items.len) return null;
    it.i += 1;
    return t.items[idx];
}

fn strNext(it: *NativeIter) Error!?Value {
    const s = it.a.as(Str);
    const off: usize = @intCast(it.i);
    if (off >= s.bytes.len) return null;
    const n = str_mod.seqLen(s.bytes[off]);
    it.i += @intCast(n);
    return str_mod.fromCodePointBytes(s.bytes[off .. off + n]).val();
}

fn seqProtocolNext(it: *NativeIter) Error!?Value {
    if (it.j != 0) return null;
    const r = call.callMethod(it.a, &names.__getitem__, .{ .pos = &.{Value.fromSmall(it.i)} }) catch |e| {
        if (exc.pendingIs(&types.IndexError) or exc.pendingIs(&types.StopIteration)) {
            _ = exc.take();
            it.j = 1;
            return null;
        }
        return e;
    };
    it.i += 1;
    return r;
}

/// Iterator over a dict's keys (`iter(d)`, `d.keys()`), with CPython's checks for a dict that
/// changes size during iteration.
pub fn dictKeys(d: *Dict) Value {
    const it = newIter(&dict_keyiterator_type, dictKeyNext, d.val());
    it.j = @intCast(d.len);
    it.k = @intCast(d.len);
    return it.val();
}

pub fn dictValues(d: *Dict) Value {
    const it = newIter(&dict_valueiterator_type, dictValueNext, d.val());
    it.j = @intCast(d.len);
    it.k = @intCast(d.len);
    return it.val();
}

pub fn dictItems(d: *Dict) Value {
    const it = newIter(&dict_itemiterator_type, dictItemNext, d.val());
    it.j = @intCast(d.len);
    it.k = @intCast(d.len);
    return it.val();
}

/// CPython's dictiter checks: a size change since the iterator was made is an error (and stays
/// one); finding more entries than the dict had (keys deleted and others added, same size) is
/// "keys changed". `it.k` is the size at creation, `it.j` the entries still expected.
fn dictStep(it: *NativeIter) Error!?*dict_mod.Entry {
    const d = it.a.as(Dict);
    if (it.k < 0 or d.len != @as(usize, @intCast(it.k))) {
        it.k = -1;
        return exc.raiseMsg(&types.RuntimeError, "dictionary changed size during iteration");
    }
    var cursor: usize = @intCast(it.i);
    const e = dict_mod.nextEntry(d, &cursor);
    it.i = @intCast(cursor);
    if (e != null) {
        if (it.j == 0) return exc.raiseMsg(&types.RuntimeError, "dictionary keys changed during iteration");
        it.j -= 1;
    }
    return e;
}

fn dictKeyNext(it: *NativeIter) Error!?Value {
    return if (try dictStep(it)) |e| e.key else null;
}
fn dictValueNext(it: *NativeIter) Error!?Value {
    return if (try dictStep(it)) |e| e.value else null;
}
fn dictItemNext(it: *NativeIter) Error!?Value {
    return if (try dictStep(it)) |e| tuple_mod.pair(e.key, e.value).val() else null;
}

/// `reversed(seq)` for lists (a live view, like CPython's list_reverseiterator) and tuples/str.
pub fn reversedList(l: *List) Value {
    const it = newIter(&list_reverseiterator_type, listRevNext, l.val());
    it.i = @as(i64, @intCast(l.len)) - 1;
    return it.val();
}

fn listRevNext(it: *NativeIter) Error!?Value {
    const l = it.a.as(List);
    if (it.i < 0 or it.i >= @as(i64, @intCast(l.len))) {
        it.i = -1;
        return null;
    }
    const v = l.buf()[@intCast(it.i)];
    it.i -= 1;
    return v;
}
