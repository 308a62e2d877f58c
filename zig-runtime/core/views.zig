//! Dict views: `d.keys()`, `d.values()`, `d.items()` — live views of a dict that iterate it
//! (forwards and reversed), know its length and test membership. Keys and items views also act
//! like sets: they combine with any iterable through `& | - ^` (giving sets, built the way
//! CPython 3.11's dictobject.c builds them, so their iteration order matches) and compare with
//! sets and other such views.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const dict_mod = @import("dict.zig");
const tuple_mod = @import("tuple.zig");
const iter_mod = @import("iter.zig");
const ops = @import("ops.zig");
const repr = @import("repr.zig");
const set_mod = @import("set.zig");
const Value = value.Value;
const Object = value.Object;
const Dict = dict_mod.Dict;
const Set = set_mod.Set;
const Error = @import("err.zig").Error;

pub const Which = enum(u8) { keys, values, items };

pub const View = struct {
    base: Object,
    dict: *Dict,
    which: Which,

    pub const kind: value.Kind = .dict_view;
};

/// A builtin final type whose MRO is itself then object (so its methods table is found).
fn finalType(comptime name: []const u8, kind: value.Kind, comptime self: *value.Type) value.Type {
    return .{ .base = .{ .ty = &types.type_type }, .kind = kind, .name = name, .qualname = name, .bases = &.{&types.object_type}, .mro = &.{ self, &types.object_type }, .flags = .{ .final = true } };
}
pub var keys_type: value.Type = finalType("dict_keys", .dict_view, &keys_type);
pub var values_type: value.Type = finalType("dict_values", .dict_view, &values_type);
pub var items_type: value.Type = finalType("dict_items", .dict_view, &items_type);
pub var reversekey_iterator_type: value.Type = finalType("dict_reversekeyiterator", .iterator, &reversekey_iterator_type);
pub var reversevalue_iterator_type: value.Type = finalType("dict_reversevalueiterator", .iterator, &reversevalue_iterator_type);
pub var reverseitem_iterator_type: value.Type = finalType("dict_reverseitemiterator", .iterator, &reverseitem_iterator_type);

pub fn new(d: *Dict, which: Which) Value {
    const v = mem.create(View, .scan);
    v.* = .{ .base = .{ .ty = switch (which) {
        .keys => &keys_type,
        .values => &values_type,
        .items => &items_type,
    } }, .dict = d, .which = which };
    return .{ .obj = &v.base };
}

pub inline fn fromObj(o: *Object) *View {
    return Object.as(o, View);
}

/// A keys or items view (the set-like ones, PyDictViewSet_Check), or null.
pub fn setLike(v: Value) ?*View {
    if (!v.isKind(.dict_view)) return null;
    const view = fromObj(v.obj);
    return if (view.which == .values) null else view;
}

pub fn len(o: *Object) usize {
    return fromObj(o).dict.len;
}

pub fn iter(o: *Object) Value {
    const v = fromObj(o);
    return switch (v.which) {
        .keys => iter_mod.dictKeys(v.dict),
        .values => iter_mod.dictValues(v.dict),
        .items => iter_mod.dictItems(v.dict),
    };
}

pub fn contains(o: *Object, x: Value) Error!bool {
    const v = fromObj(o);
    switch (v.which) {
        .keys => return dict_mod.contains(v.dict, x),
        .values => {
            const it = iter(o);
            while (try iter_mod.next(it)) |e| if (ops.identical(e, x) or try ops.eq(e, x)) return true;
            return false;
        },
        .items => {
            if (!x.isKind(.tuple) or x.as(tuple_mod.Tuple).items.len != 2) return false;
            const kv = x.as(tuple_mod.Tuple).items;
            const got = (try dict_mod.get(v.dict, kv[0])) orelse return false;
            return ops.identical(got, kv[1]) or try ops.eq(got, kv[1]);
        },
    }
}

/// `x in v` for any container (`PySequence_Contains`).
fn containedIn(container: Value, x: Value) Error!bool {
    return @import("sub.zig").contains(container, x);
}

// ---- Reversed iteration ----------------------------------------------------------------------

/// `reversed(d)`, `reversed(d.keys())`, ...: walks the entries from the last, raising if the
/// dict changes size meanwhile.
pub fn reversed(d: *Dict, which: Which) Value {
    const ty = switch (which) {
        .keys => &reversekey_iterator_type,
        .values => &reversevalue_iterator_type,
        .items => &reverseitem_iterator_type,
    };
    const it = iter_mod.newIter(ty, reverseNext, d.val());
    it.i = @intCast(d.used);
    it.j = @intCast(d.len);
    it.k = @intFromEnum(which);
    return it.val();
}

fn reverseNext(it: *iter_mod.NativeIter) Error!?Value {
    if (it.a == .none) return null;
    const d = it.a.as(Dict);
    if (it.j < 0 or d.len != @as(usize, @intCast(it.j))) {
        it.j = -1;
        return exc.raiseMsg(&types.RuntimeError, "dictionary changed size during iteration");
    }
    var i: usize = @intCast(@min(it.i, @as(i64, @intCast(d.used))));
    while (i > 0) {
        i -= 1;
        const e = &d.entries[i];
        if (e.key == .none and e.hash == std.math.minInt(i64)) continue; // a deleted entry
        it.i = @intCast(i);
        return switch (@as(Which, @enumFromInt(it.k))) {
            .keys => e.key,
            .values => e.value,
            .items => tuple_mod.pair(e.key, e.value).val(),
        };
    }
    it.a = .none;
    return null;
}

// ---- Set operations --------------------------------------------------------------------------

/// dictviews_to_set: a set of the operand's elements; a keys view of a plain dict is built from
/// the dict itself (which sizes the table first, as CPython does).
fn toSet(v: Value) Error!*Set {
    if (setLike(v)) |view| {
        if (view.which == .keys and view.dict.base.ty == &types.dict_type)
            return set_mod.fromIterable(&types.set_type, view.dict.val());
    }
    return set_mod.fromIterable(&types.set_type, v);
}

/// `a op b` where a or b is a keys or items view; null when neither is, or for other operators.
pub fn binary(op: ops.BinOp, a: Value, b: Value) Error!?Value {
    if (setLike(a) == null and setLike(b) == null) return null;
    switch (op) {
        .band => return (try intersect(a, b)).val(),
        .bor => {
            const r = try set_mod.fromIterable(&types.set_type, a);
            try set_mod.update(r, b);
            return r.val();
        },
        .sub => {
            const r = try toSet(a);
            try set_mod.differenceUpdate(r, b);
            return r.val();
        },
        .bxor => {
            if (setLike(a)) |x| if (setLike(b)) |y| if (x.which == .items and y.which == .items) return (try itemsXor(x.dict, y.dict)).val();
            const r = try toSet(a);
            try set_mod.symmetricDifferenceUpdate(r, b);
            return r.val();
        },
        else => return null,
    }
}

/// _PyDictView_Intersect.
fn intersect(a: Value, b: Value) Error!*Set {
    var self = a;
    var other = b;
    if (setLike(self) == null) std.mem.swap(Value, &self, &other);
    const len_self = setLike(self).?.dict.len;
    // A larger plain set does the work (set.intersection(view)).
    if (other == .obj and other.obj.ty == &types.set_type and len_self <= other.as(Set).t.used)
        return set_mod.intersection(other.as(Set), self);
    // Walk the smaller of two views.
    if (setLike(other)) |ov| {
        if (ov.dict.len > len_self) std.mem.swap(Value, &self, &other);
    }
    const r = set_mod.new();
    const it = try iter_mod.iter(other);
    while (try iter_mod.next(it)) |key| {
        if (try contains(self.obj, key)) try set_mod.add(r, key);
    }
    return r;
}

/// dictitems_xor: the (key, value) pairs in exactly one of the two dicts.
fn itemsXor(d1: *Dict, d2: *Dict) Error!*Set {
    const temp = dict_mod.copy(d1);
    const r = set_mod.new();
    var i: usize = 0;
    while (dict_mod.nextEntry(d2, &i)) |e| {
        const key = e.key;
        const val2 = e.value;
        const val1 = try dict_mod.getHashed(temp, key, e.hash);
        const same = if (val1) |v1| ops.identical(v1, val2) or try ops.eq(v1, val2) else false;
        if (same) {
            _ = try dict_mod.remove(temp, key);
        } else {
            try set_mod.add(r, tuple_mod.pair(key, val2).val());
        }
    }
    try set_mod.update(r, new(temp, .items));
    return r;
}

/// `v.isdisjoint(other)` for keys and items views.
pub fn isDisjoint(v: Value, other0: Value) Error!bool {
    if (ops.identical(v, other0)) return len(v.obj) == 0;
    var self = v;
    var other = other0;
    if (set_mod.isAnySet(other) or setLike(other) != null) {
        // Walk the shorter one.
        if (try iter_mod.len(other) > len(v.obj)) std.mem.swap(Value, &self, &other);
    }
    const it = try iter_mod.iter(other);
    while (try iter_mod.next(it)) |x| {
        if (try containedIn(self, x)) return false;
    }
    return true;
}

// ---- Comparison ------------------------------------------------------------------------------

/// Comparisons where a or b is a dict view. Keys and items views compare with sets and set-like
/// views as sets do; values views only by identity. Null when the pair does not compare.
pub fn compare(op: ops.CmpOp, a: *Object, b: *Object) Error!?bool {
    const va = Value{ .obj = a };
    const vb = Value{ .obj = b };
    if (setLike(va) != null) {
        if (!set_mod.isAnySet(vb) and setLike(vb) == null) return null;
        return try richCompare(op, va, vb);
    }
    if (setLike(vb) != null and set_mod.isAnySet(va)) return try richCompare(swapped(op), vb, va);
    return switch (op) {
        .eq => a == b,
        .ne => a != b,
        else => null,
    };
}

fn swapped(op: ops.CmpOp) ops.CmpOp {
    return switch (op) {
        .lt => .gt,
        .le => .ge,
        .gt => .lt,
        .ge => .le,
        .eq => .eq,
        .ne => .ne,
    };
}

/// dictview_richcompare.
fn richCompare(op: ops.CmpOp, self: Value, other: Value) Error!bool {
    const len_self = try iter_mod.len(self);
    const len_other = try iter_mod.len(other);
    return switch (op) {
        .eq => len_self == len_other and try allContainedIn(self, other),
        .ne => !(len_self == len_other and try allContainedIn(self, other)),
        .lt => len_self < len_other and try allContainedIn(self, other),
        .le => len_self <= len_other and try allContainedIn(self, other),
        .gt => len_self > len_other and try allContainedIn(other, self),
        .ge => len_self >= len_other and try allContainedIn(other, self),
    };
}

fn allContainedIn(self: Value, other: Value) Error!bool {
    const it = try iter_mod.iter(self);
    while (try iter_mod.next(it)) |x| {
        if (!try containedIn(other, x)) return false;
    }
    return true;
}

/// The view's elements as a new set.
pub fn asSet(o: *Object) Error!*Set {
    if (o.ty.kind == .set or o.ty.kind == .frozenset) return set_mod.fromObj(o);
    return set_mod.fromIterable(&types.set_type, .{ .obj = o });
}

// ---- repr ------------------------------------------------------------------------------------

pub fn reprInto(b: *str_mod.Builder, o: *Object) Error!void {
    b.append(o.ty.name);
    b.append("([");
    const it = iter(o);
    var first = true;
    while (try iter_mod.next(it)) |x| {
        if (!first) b.append(", ");
        first = false;
        try repr.reprInto(b, x);
    }
    b.append("])");
}
