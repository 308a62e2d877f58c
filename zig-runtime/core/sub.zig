//! Subscripts on dynamic values: `x[k]`, `x[k] = v`, `del x[k]`, and `in`.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const list_mod = @import("list.zig");
const tuple_mod = @import("tuple.zig");
const dict_mod = @import("dict.zig");
const slice_mod = @import("slice.zig");
const range_mod = @import("range.zig");
const names = @import("names.zig");
const call = @import("call.zig");
const attr = @import("attr.zig");
const ops = @import("ops.zig");
const iter = @import("iter.zig");
const intops = @import("intops.zig");
const Int = @import("int.zig").Int;
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Str = str_mod.Str;
const List = list_mod.List;
const Tuple = tuple_mod.Tuple;
const Dict = dict_mod.Dict;
const Slice = slice_mod.Slice;
const Error = @import("err.zig").Error;

/// An index operand as i64: ints, bools, objects with __index__. Null when not index-like.
pub fn indexOf(k: Value) Error!?i64 {
    switch (k) {
        .int => |i| return i.toI64() orelse return exc.raiseFmt(&types.IndexError, "cannot fit 'int' into an index-sized integer", .{}),
        .bool => |b| return @intFromBool(b),
        .obj => |o| if (o.ty.flags.heap) {
            if (attr.lookupType(o.ty, &names.__index__)) |m| {
                const r = try call.callUnbound(m, k, &.{});
                return indexOf(r);
            }
        },
        else => {},
    }
    return null;
}

fn indicesError(comptime what: []const u8, k: Value) Error {
    return exc.raiseFmt(&types.TypeError, what ++ " indices must be integers or slices, not {s}", .{ops.typeName(k)});
}

/// `o[k] op= c` for a numeric constant `c`, first half (compiler/codegen/stmt.ts): `o[k]`, and
/// for an exact dict whose entry for `k` is found without running user code, that entry's value
/// slot, which the second half (client.zig sub.augSet) writes directly when `o[k] op c` could
/// run no user code either — one probe instead of getitem's and setitem's.
pub fn augGet(o: Value, k: Value, slot: *?*Value) Error!Value {
    if (o == .obj and o.obj.ty == &types.dict_type) {
        if (dict_mod.findQuiet(Object.as(o.obj, dict_mod.Dict), k)) |p| {
            slot.* = p;
            return p.*;
        }
    }
    return getitem(o, k);
}

pub fn getitem(x: Value, k: Value) Error!Value {
    if (x == .obj) {
        const o = x.obj;
        if (!o.ty.flags.heap) switch (o.ty.kind) {
            .list => return listGet(Object.as(o, List), k),
            .tuple => return tupleGet(Object.as(o, Tuple), k),
            .str => return strGet(Object.as(o, Str), k),
            .dict => return dictGet(x, Object.as(o, Dict), k),
            .range => return rangeGet(o, k),
            .bytes, .bytearray => return @import("bytes.zig").getitem(o, k),
            .type => return classGetitem(x, k),
            else => {},
        };
        if (attr.lookupType(o.ty, &names.__getitem__)) |m| {
            if (m == .obj and m.obj.ty.kind == .builtin_function) {
                // A builtin base's __getitem__ (subclass of list/dict/str ...).
                switch (o.ty.kind) {
                    .list => return listGet(Object.as(o, List), k),
                    .tuple => return tupleGet(Object.as(o, Tuple), k),
                    .str => return strGet(Object.as(o, Str), k),
                    .dict => return dictGet(x, Object.as(o, Dict), k),
                    else => {},
                }
            }
            return call.callUnbound(m, x, &.{k});
        }
        if (o.ty.kind == .native) if (o.ty.native) |n| if (n.getitem) |f| return f(x, k) catch |e| return @errorCast(e);
        if (o.ty.kind == .type) return classGetitem(x, k);
    }
    return exc.raiseFmt(&types.TypeError, "'{s}' object is not subscriptable", .{ops.typeName(x)});
}

/// `list[int]`, `dict[str, int]` in annotations evaluated at run time, and
/// `__class_getitem__` of user classes (Generic).
fn classGetitem(x: Value, k: Value) Error!Value {
    const t = x.as(Type);
    if (t.flags.heap) {
        if (attr.lookupType(t, &names.__class_getitem__)) |m| {
            const f = if (m == .obj and m.obj.ty.kind == .classmethod) attr.descriptorTarget(m) else m;
            return call.call(f, .{ .pos = &.{ x, k } });
        }
        return exc.raiseFmt(&types.TypeError, "type '{s}' is not subscriptable", .{t.name});
    }
    // The builtin classes CPython gives __class_getitem__ (and `type`) make a types.GenericAlias.
    const generic = [_]*const Type{ &types.list_type, &types.dict_type, &types.tuple_type, &types.set_type, &types.frozenset_type, &types.type_type, &types.BaseExceptionGroup, &types.ExceptionGroup };
    for (generic) |g| if (t == g) return @import("../builtins/generic_alias.zig").make(x, k);
    return exc.raiseFmt(&types.TypeError, "type '{s}' is not subscriptable", .{t.name});
}

pub fn listGet(l: *List, k: Value) Error!Value {
    if (k == .int and k.int.isSmall()) return list_mod.get(l, k.int.small());
    if (try indexOf(k)) |i| return list_mod.get(l, i);
    if (k.isKind(.slice)) {
        const s = k.as(Slice);
        const b = try slice_mod.bounds(s.start, s.stop, s.step, l.len);
        return listSlice(l.items(), b).val();
    }
    return indicesError("list", k);
}

pub fn listSlice(items: []const Value, b: slice_mod.Bounds) *List {
    const r = list_mod.withCapacity(b.n);
    if (b.step == 1) {
        list_mod.extendSlice(r, items[@intCast(b.start)..][0..b.n]);
        return r;
    }
    var i = b.start;
    for (0..b.n) |_| {
        list_mod.append(r, items[@intCast(i)]);
        i += b.step;
    }
    return r;
}

pub fn tupleGet(t: *Tuple, k: Value) Error!Value {
    if (try indexOf(k)) |i| {
        const j = list_mod.normIndex(i, t.items.len) orelse return exc.raiseMsg(&types.IndexError, "tuple index out of range");
        return t.items[j];
    }
    if (k.isKind(.slice)) {
        const s = k.as(Slice);
        const b = try slice_mod.bounds(s.start, s.stop, s.step, t.items.len);
        if (b.step == 1 and b.n == t.items.len) return t.val();
        const r = tuple_mod.alloc(b.n);
        var i = b.start;
        for (0..b.n) |j| {
            r.items[j] = t.items[@intCast(i)];
            i += b.step;
        }
        return r.val();
    }
    return indicesError("tuple", k);
}

pub fn strGet(s: *Str, k: Value) Error!Value {
    if (try indexOf(k)) |i| {
        const j = list_mod.normIndex(i, s.len) orelse return exc.raiseMsg(&types.IndexError, "string index out of range");
        if (s.ascii) return str_mod.fromCodePointBytes(s.bytes[j .. j + 1]).val();
        return str_mod.charAt(s, j).val();
    }
    if (k.isKind(.slice)) {
        const sl = k.as(Slice);
        const b = try slice_mod.bounds(sl.start, sl.stop, sl.step, s.len);
        return strSlice(s, b).val();
    }
    return exc.raiseFmt(&types.TypeError, "string indices must be integers, not '{s}'", .{ops.typeName(k)});
}

pub fn strSlice(s: *Str, b: slice_mod.Bounds) *Str {
    if (b.n == 0) return &str_mod.empty;
    if (b.step == 1) {
        if (b.n == s.len) return s;
        const lo = str_mod.byteOffset(s, @intCast(b.start));
        const hi = if (s.ascii) lo + b.n else lo + byteSpan(s.bytes[lo..], b.n);
        return str_mod.fromBytes(s.bytes[lo..hi]);
    }
    var out = str_mod.Builder.initCapacity(b.n);
    var i = b.start;
    for (0..b.n) |_| {
        const off = str_mod.byteOffset(s, @intCast(i));
        out.append(s.bytes[off .. off + str_mod.seqLen(s.bytes[off])]);
        i += b.step;
    }
    return out.finish();
}

/// Bytes taken by the first `n` code points of `bytes`.
fn byteSpan(bytes: []const u8, n: usize) usize {
    var i: usize = 0;
    for (0..n) |_| i += str_mod.seqLen(bytes[i]);
    return i;
}

fn dictGet(x: Value, d: *Dict, k: Value) Error!Value {
    if (try dict_mod.get(d, k)) |v| return v;
    if (x.obj.ty.flags.heap) {
        if (attr.lookupType(x.obj.ty, &names.__missing__)) |m| return call.callUnbound(m, x, &.{k});
    }
    return exc.raiseWith(&types.KeyError, k);
}

fn rangeGet(o: *Object, k: Value) Error!Value {
    const r = Object.as(o, range_mod.Range);
    if (k == .int and r.big == null) if (k.int.toI64()) |i| return Value.fromSmall(try range_mod.item(r, i));
    return range_mod.getitem(r, k);
}

// ---- x[k] = v --------------------------------------------------------------------------------

pub fn setitem(x: Value, k: Value, v: Value) Error!void {
    if (x == .obj) {
        const o = x.obj;
        if (!o.ty.flags.heap) switch (o.ty.kind) {
            .list => return listSet(Object.as(o, List), k, v),
            .dict => return dict_mod.set(Object.as(o, Dict), k, v),
            .bytearray => return @import("bytes.zig").setitem(o, k, v),
            else => {},
        };
        if (attr.lookupType(o.ty, &names.__setitem__)) |m| {
            if (m == .obj and m.obj.ty.kind == .builtin_function) {
                switch (o.ty.kind) {
                    .list => return listSet(Object.as(o, List), k, v),
                    .dict => return dict_mod.set(Object.as(o, Dict), k, v),
                    else => {},
                }
            }
            _ = try call.callUnbound(m, x, &.{ k, v });
            return;
        }
        if (o.ty.kind == .native) if (o.ty.native) |n| if (n.setitem) |f| return f(x, k, v) catch |e| return @errorCast(e);
    }
    return exc.raiseFmt(&types.TypeError, "'{s}' object does not support item assignment", .{ops.typeName(x)});
}

pub fn listSet(l: *List, k: Value, v: Value) Error!void {
    if (k == .int and k.int.isSmall()) return list_mod.setItem(l, k.int.small(), v);
    if (try indexOf(k)) |i| return list_mod.setItem(l, i, v);
    if (k.isKind(.slice)) {
        const s = k.as(Slice);
        const b = try slice_mod.bounds(s.start, s.stop, s.step, l.len);
        // Copy first: `l[a:b] = l` must see the old contents.
        const src = try iter.toSlice(v);
        const items = mem.allocSlice(Value, .scan, src.len);
        @memcpy(items, src);
        if (b.step == 1) {
            const lo: usize = @intCast(b.start);
            const hi: usize = @max(lo, @as(usize, @intCast(@max(b.stop, b.start))));
            const old_n = hi - lo;
            if (items.len > old_n) list_mod.reserve(l, items.len - old_n);
            const tail = l.len - hi;
            const new_hi = lo + items.len;
            if (items.len != old_n) {
                if (items.len > old_n) {
                    std.mem.copyBackwards(Value, l.buf()[new_hi .. new_hi + tail], l.buf()[hi .. hi + tail]);
                } else {
                    std.mem.copyForwards(Value, l.buf()[new_hi .. new_hi + tail], l.buf()[hi .. hi + tail]);
                    for (l.buf()[new_hi + tail .. l.len]) |*it| it.* = .none;
                }
            }
            @memcpy(l.buf()[lo..new_hi], items);
            l.len = new_hi + tail;
            return;
        }
        if (items.len != b.n) return exc.raiseFmt(&types.ValueError, "attempt to assign sequence of size {d} to extended slice of size {d}", .{ items.len, b.n });
        var i = b.start;
        for (items) |it| {
            l.buf()[@intCast(i)] = it;
            i += b.step;
        }
        return;
    }
    return indicesError("list", k);
}

// ---- del x[k] --------------------------------------------------------------------------------

pub fn delitem(x: Value, k: Value) Error!void {
    if (x == .obj) {
        const o = x.obj;
        if (!o.ty.flags.heap) switch (o.ty.kind) {
            .list => return listDel(Object.as(o, List), k),
            .dict => {
                if ((try dict_mod.remove(Object.as(o, Dict), k)) == null) return exc.raiseWith(&types.KeyError, k);
                return;
            },
            else => {},
        };
        if (attr.lookupType(o.ty, &names.__delitem__)) |m| {
            // The builtin base's own __delitem__ (not a native subclass's, as Counter's).
            if (m == .obj and m.obj.ty.kind == .builtin_function and
                std.mem.eql(u8, Object.as(m.obj, call.Builtin).owner, @tagName(o.ty.kind)))
            {
                switch (o.ty.kind) {
                    .list => return listDel(Object.as(o, List), k),
                    .dict => {
                        if ((try dict_mod.remove(Object.as(o, Dict), k)) == null) return exc.raiseWith(&types.KeyError, k);
                        return;
                    },
                    else => {},
                }
            }
            _ = try call.callUnbound(m, x, &.{k});
            return;
        }
    }
    return exc.raiseFmt(&types.TypeError, "'{s}' object doesn't support item deletion", .{ops.typeName(x)});
}

pub fn listDel(l: *List, k: Value) Error!void {
    if (try indexOf(k)) |i| {
        const j = list_mod.normIndex(i, l.len) orelse return exc.raiseMsg(&types.IndexError, "list assignment index out of range");
        list_mod.deleteRange(l, j, j + 1);
        return;
    }
    if (k.isKind(.slice)) {
        const s = k.as(Slice);
        const b = try slice_mod.bounds(s.start, s.stop, s.step, l.len);
        if (b.n == 0) return;
        if (b.step == 1) return list_mod.deleteRange(l, @intCast(b.start), @as(usize, @intCast(b.start)) + b.n);
        // Extended slice: keep the items not selected, in order.
        const keep = mem.allocSlice(bool, .noscan, l.len);
        @memset(keep, true);
        var i = b.start;
        for (0..b.n) |_| {
            keep[@intCast(i)] = false;
            i += b.step;
        }
        var w: usize = 0;
        for (l.items(), 0..) |it, r| {
            if (keep[r]) {
                l.buf()[w] = it;
                w += 1;
            }
        }
        for (l.buf()[w..l.len]) |*it| it.* = .none;
        l.len = w;
        return;
    }
    return indicesError("list", k);
}

// ---- in --------------------------------------------------------------------------------------

/// `x in container`.
pub fn contains(container: Value, x: Value) Error!bool {
    if (container == .obj) {
        const o = container.obj;
        if (!o.ty.flags.heap) switch (o.ty.kind) {
            .list => return itemsContain(Object.as(o, List).items(), x),
            .tuple => return itemsContain(Object.as(o, Tuple).items, x),
            .dict => return dict_mod.contains(Object.as(o, Dict), x),
            .str => {
                if (!x.isKind(.str)) return exc.raiseFmt(&types.TypeError, "'in <string>' requires string as left operand, not {s}", .{ops.typeName(x)});
                return std.mem.indexOf(u8, Object.as(o, Str).bytes, x.as(Str).bytes) != null;
            },
            .set, .frozenset => return @import("set.zig").contains(o, x),
            .range => {
                if (try range_mod.containsValue(Object.as(o, range_mod.Range), x)) |found| return found;
            },
            .bytes, .bytearray => return @import("bytes.zig").contains(o, x),
            .dict_view => return @import("views.zig").contains(o, x),
            else => {},
        };
        if (attr.lookupType(o.ty, &names.__contains__)) |m| {
            if (!(m == .obj and m.obj.ty.kind == .builtin_function)) return ops.truthy(try call.callUnbound(m, container, &.{x}));
            switch (o.ty.kind) {
                .list => return itemsContain(Object.as(o, List).items(), x),
                .dict => return dict_mod.contains(Object.as(o, Dict), x),
                .set, .frozenset => return @import("set.zig").contains(o, x),
                // str.__contains__ (a str subclass): substring search.
                .str => return ops.truthy(try call.callUnbound(m, container, &.{x})),
                else => {},
            }
        }
        if (o.ty.kind == .native) if (o.ty.native) |n| if (n.contains) |f| return f(container, x) catch |e| return @errorCast(e);
    }
    // Fall back to iteration (generators, user iterables).
    const it = iter.iter(container) catch |e| {
        if (exc.pendingIs(&types.TypeError)) {
            _ = exc.take();
            return exc.raiseFmt(&types.TypeError, "argument of type '{s}' is not iterable", .{ops.typeName(container)});
        }
        return e;
    };
    while (try iter.next(it)) |v| if (try ops.eq(v, x)) return true;
    return false;
}

pub fn itemsContain(items: []const Value, x: Value) Error!bool {
    // Identity first, as PyObject_RichCompareBool (so `nan in [nan]`).
    for (items) |v| if (ops.identical(v, x) or try ops.eq(v, x)) return true;
    return false;
}
