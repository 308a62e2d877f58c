//! Python `set` and `frozenset` as CPython 3.11's Objects/setobject.c has them: the table
//! (set_table.zig) with its probing, fill and resize thresholds, and here the elements' API and
//! the set algebra with CPython's algorithms (which set is walked, which table is copied or
//! swapped in, when dummies are purged). Programs print sets of ints and tuples, whose iteration
//! order is the table's order, so every operation has to leave the table exactly as CPython's
//! would, to the slot.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const ops = @import("ops.zig");
const intops = @import("intops.zig");
const str_mod = @import("str.zig");
const iter_mod = @import("iter.zig");
const dict_mod = @import("dict.zig");
const repr = @import("repr.zig");
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Error = @import("err.zig").Error;

const table_mod = @import("set_table.zig");
const Table = table_mod.Table;
pub const Slot = table_mod.Slot;

pub const Set = struct {
    base: Object,
    t: Table,
    /// Where pop() resumes (CPython's finger).
    finger: usize = 0,
    hash_cache: i64 = -1,

    pub const kind: value.Kind = .set;
    pub inline fn val(s: *Set) Value {
        return .{ .obj = &s.base };
    }
    pub inline fn len(s: *const Set) usize {
        return s.t.used;
    }
};

pub fn new() *Set {
    return newOfType(&types.set_type);
}

pub fn newOfType(ty: *Type) *Set {
    const s = mem.create(Set, .scan);
    s.* = .{ .base = .{ .ty = ty }, .t = Table.init(table_mod.min_size) };
    return s;
}

pub fn newFrozen() *Set {
    return newOfType(&types.frozenset_type);
}

pub inline fn fromObj(o: *Object) *Set {
    return Object.as(o, Set);
}

pub fn len(o: *Object) usize {
    return fromObj(o).t.used;
}

/// PyAnySet_Check: a set or frozenset, subclasses included.
pub inline fn isAnySet(v: Value) bool {
    return v.isKind(.set) or v.isKind(.frozenset);
}

/// make_new_set_basetype: results of set algebra are plain sets or frozensets, by the kind of
/// the receiver's type.
pub fn baseType(ty: *const Type) *Type {
    return if (ty.kind == .frozenset) &types.frozenset_type else &types.set_type;
}

/// hash(key), with the common key types inline (ops.hash is a large out-of-line switch).
inline fn hashOf(key: Value) Error!i64 {
    switch (key) {
        .int => |i| if (i.isSmall()) return intops.hash(i),
        .obj => |o| if (o.ty == &types.str_type) return str_mod.hash(key.as(str_mod.Str)),
        else => {},
    }
    return ops.hash(key);
}

inline fn lookup(s: *Set, key: Value, hash: i64) Error!?usize {
    return table_mod.lookup(&s.t, key, hash);
}

/// set_add_entry, with its resize when the table is 60% full.
fn addEntry(s: *Set, key: Value, hash: i64) Error!void {
    if (try table_mod.add(&s.t, key, hash)) {
        const used = s.t.used;
        table_mod.resize(&s.t, if (used > 50000) used * 2 else used * 4);
    }
}

/// Marks the slot of `key` deleted; false when absent (set_discard_entry).
fn discardEntry(s: *Set, key: Value, hash: i64) Error!bool {
    const j = (try lookup(s, key, hash)) orelse return false;
    s.t.markDummy(j);
    return true;
}

// ---- Elements --------------------------------------------------------------------------------

pub fn add(s: *Set, key: Value) Error!void {
    return addEntry(s, key, try hashOf(key));
}

/// `key in s`. An unhashable set is looked up as the equal frozenset (CPython's set_contains).
pub fn containsValue(s: *Set, key: Value) Error!bool {
    const h = hashOf(key) catch |e| {
        const fk = (try frozenKey(key)) orelse return e;
        return (try lookup(s, fk.val(), try frozensetHash(&fk.base))) != null;
    };
    return (try lookup(s, key, h)) != null;
}

pub fn contains(o: *Object, key: Value) Error!bool {
    return containsValue(fromObj(o), key);
}

/// After a failed hash: a frozenset copy of `key` when it is a set (and the failure a
/// TypeError), else null with the error left pending.
fn frozenKey(key: Value) Error!?*Set {
    if (!key.isKind(.set) or !exc.pendingIs(&types.TypeError)) return null;
    _ = exc.take();
    const f = newFrozen();
    try merge(f, key.as(Set));
    return f;
}

/// Removes `key`; returns whether it was there. Sets are looked up as frozensets.
pub fn discard(s: *Set, key: Value) Error!bool {
    const h = hashOf(key) catch |e| {
        const fk = (try frozenKey(key)) orelse return e;
        return discardEntry(s, fk.val(), try frozensetHash(&fk.base));
    };
    return discardEntry(s, key, h);
}

/// `s.remove(key)`: KeyError(key) when absent.
pub fn remove(s: *Set, key: Value) Error!void {
    if (!try discard(s, key)) return exc.raiseWith(&types.KeyError, key);
}

pub fn pop(s: *Set) Error!Value {
    const t = &s.t;
    if (t.used == 0) return exc.raiseMsg(&types.KeyError, "pop from an empty set");
    var i = s.finger & t.mask;
    while (!t.isActive(i)) {
        i += 1;
        if (i > t.mask) i = 0;
    }
    const v = t.keys[i];
    t.markDummy(i);
    s.finger = i + 1;
    return v;
}

/// set_clear_internal: back to an empty minimum-size table (the finger is kept).
pub fn clear(s: *Set) void {
    s.t = Table.init(table_mod.min_size);
    s.hash_cache = -1;
}

/// Iteration over live keys in table order: `var i: usize = 0; while (nextKey(s, &i)) |k|`.
pub inline fn nextKey(s: *Set, cursor: *usize) ?Value {
    return if (s.t.next(cursor)) |e| e.key else null;
}

/// set_next: the next live (hash, key), re-reading the table at every step.
pub inline fn nextEntry(s: *Set, cursor: *usize) ?Slot {
    return s.t.next(cursor);
}

// ---- Bulk insertion (set_merge, set_update_internal) -----------------------------------------

/// set_merge: adds every key of another set.
fn merge(s: *Set, other: *Set) Error!void {
    const t = &s.t;
    const o = &other.t;
    if (other == s or o.used == 0) return;
    if ((t.fill + o.used) * 5 >= t.mask * 3) table_mod.resize(t, (t.used + o.used) * 2);
    if (t.fill == 0 and t.mask == o.mask and o.fill == o.used) {
        @memcpy(t.hashes, o.hashes[0..t.hashes.len]);
        @memcpy(t.keys, o.keys[0..t.keys.len]);
        t.fill = o.fill;
        t.used = o.used;
        // t was empty: it now holds o's keys exactly (Table.small_only).
        t.small_only = o.small_only;
        t.small_bits = o.small_bits;
        t.unused_bits = o.unused_bits;
        t.dummy_bits = o.dummy_bits;
        return;
    }
    if (t.fill == 0) {
        t.fill = o.used;
        t.used = o.used;
        t.small_only = o.small_only;
        t.small_bits = o.small_bits;
        var i: usize = 0;
        while (o.next(&i)) |e| table_mod.insertClean(t, e.key, e.hash);
        return;
    }
    var i: usize = 0;
    while (o.next(&i)) |e| try addEntry(s, e.key, e.hash);
}

/// set_update_internal: adds every element of an iterable (sets and exact dicts without
/// rehashing; a dict first grows the table once).
pub fn update(s: *Set, src: Value) Error!void {
    if (isAnySet(src)) return merge(s, src.as(Set));
    if (src == .obj and src.obj.ty == &types.dict_type) {
        const d = src.as(dict_mod.Dict);
        if ((s.t.fill + d.len) * 5 >= s.t.mask * 3) table_mod.resize(&s.t, (s.t.used + d.len) * 2);
        var i: usize = 0;
        while (dict_mod.nextEntry(d, &i)) |e| try addEntry(s, e.key, e.hash);
        return;
    }
    const it = try iter_mod.iter(src);
    while (try iter_mod.next(it)) |v| try add(s, v);
}

/// A new set (or frozenset) of type `t` holding the elements of `src` (make_new_set).
pub fn fromIterable(t: *Type, src: Value) Error!*Set {
    const s = newOfType(t);
    try update(s, src);
    return s;
}

/// set_copy: a set of the receiver's base type with the same table.
pub fn copy(s: *Set) Error!*Set {
    const r = newOfType(baseType(s.base.ty));
    try merge(r, s);
    return r;
}

/// `{a, b, c}`.
pub fn setOf(items: []const Value) Error!Value {
    const s = new();
    for (items) |v| try add(s, v);
    return s.val();
}

/// set_swap_bodies: `a` takes `b`'s table and counts (intersection_update keeps the table the
/// intersection built, so its order is CPython's).
fn swapBodies(a: *Set, b: *Set) void {
    std.mem.swap(Table, &a.t, &b.t);
    a.hash_cache = -1;
    b.hash_cache = -1;
}

// ---- Set algebra -----------------------------------------------------------------------------

/// set_union: a copy updated with every other iterable.
pub fn unionMany(s: *Set, others: []const Value) Error!*Set {
    const r = try copy(s);
    for (others) |o| {
        if (o == .obj and o.obj == &s.base) continue;
        try update(r, o);
    }
    return r;
}

/// set_intersection.
pub fn intersection(s0: *Set, other: Value) Error!*Set {
    if (other == .obj and other.obj == &s0.base) return copy(s0);
    const r = newOfType(baseType(s0.base.ty));
    if (isAnySet(other)) {
        // Walk the smaller set, keep what the larger holds (its own keys, as CPython does).
        var so = s0;
        var ot = other.as(Set);
        if (ot.t.used > so.t.used) std.mem.swap(*Set, &so, &ot);
        var i: usize = 0;
        while (nextEntry(ot, &i)) |e| {
            const key = e.key;
            const h = e.hash;
            if ((try lookup(so, key, h)) != null) try addEntry(r, key, h);
        }
        return r;
    }
    const it = try iter_mod.iter(other);
    while (try iter_mod.next(it)) |key| {
        const h = try hashOf(key);
        if ((try lookup(s0, key, h)) != null) {
            try addEntry(r, key, h);
            if (r.t.used >= s0.t.used) break;
        }
    }
    return r;
}

/// set_intersection_multi.
pub fn intersectionMany(s: *Set, others: []const Value) Error!*Set {
    if (others.len == 0) return copy(s);
    var r = s;
    for (others) |o| r = try intersection(r, o);
    return r;
}

/// set_intersection_update(_multi): the intersection's table replaces the set's.
pub fn intersectionUpdateMany(s: *Set, others: []const Value) Error!void {
    const tmp = try intersectionMany(s, others);
    swapBodies(s, tmp);
}

pub fn intersectionUpdate(s: *Set, other: Value) Error!void {
    const tmp = try intersection(s, other);
    swapBodies(s, tmp);
}

/// set_difference_update_internal.
pub fn differenceUpdate(s: *Set, other: Value) Error!void {
    if (other == .obj and other.obj == &s.base) return clear(s);
    if (isAnySet(other)) {
        var o = other.as(Set);
        // When the other set is more than 8 times larger, walk the intersection instead.
        if ((o.t.used >> 3) > s.t.used) o = try intersection(s, other);
        var i: usize = 0;
        while (nextEntry(o, &i)) |e| _ = try discardEntry(s, e.key, e.hash);
    } else {
        const it = try iter_mod.iter(other);
        while (try iter_mod.next(it)) |key| _ = try discard(s, key);
    }
    // More than a quarter dummies: rebuild the table.
    const t = &s.t;
    if (t.fill - t.used <= t.mask / 4) return;
    table_mod.resize(t, if (t.used > 50000) t.used * 2 else t.used * 4);
}

/// set_difference.
pub fn difference(s: *Set, other: Value) Error!*Set {
    const other_size: usize = if (isAnySet(other))
        other.as(Set).t.used
    else if (other == .obj and other.obj.ty == &types.dict_type)
        other.as(dict_mod.Dict).len
    else
        return copyAndDifference(s, other);
    if ((s.t.used >> 2) > other_size) return copyAndDifference(s, other);
    const r = newOfType(baseType(s.base.ty));
    var i: usize = 0;
    if (other.isKind(.dict)) {
        const d = other.as(dict_mod.Dict);
        while (nextEntry(s, &i)) |e| {
            const key = e.key;
            const h = e.hash;
            if ((try dict_mod.getHashed(d, key, h)) == null) try addEntry(r, key, h);
        }
        return r;
    }
    const o = other.as(Set);
    while (nextEntry(s, &i)) |e| {
        const key = e.key;
        const h = e.hash;
        if ((try lookup(o, key, h)) == null) try addEntry(r, key, h);
    }
    return r;
}

fn copyAndDifference(s: *Set, other: Value) Error!*Set {
    const r = try copy(s);
    try differenceUpdate(r, other);
    return r;
}

/// set_difference_multi.
pub fn differenceMany(s: *Set, others: []const Value) Error!*Set {
    if (others.len == 0) return copy(s);
    const r = try difference(s, others[0]);
    for (others[1..]) |o| try differenceUpdate(r, o);
    return r;
}

/// set_symmetric_difference_update.
pub fn symmetricDifferenceUpdate(s: *Set, other: Value) Error!void {
    if (other == .obj and other.obj == &s.base) return clear(s);
    if (other == .obj and other.obj.ty == &types.dict_type) {
        const d = other.as(dict_mod.Dict);
        var i: usize = 0;
        while (dict_mod.nextEntry(d, &i)) |e| {
            const key = e.key;
            const h = e.hash;
            if (!try discardEntry(s, key, h)) try addEntry(s, key, h);
        }
        return;
    }
    const o = if (isAnySet(other)) other.as(Set) else try fromIterable(baseType(s.base.ty), other);
    var i: usize = 0;
    while (nextEntry(o, &i)) |e| {
        const key = e.key;
        const h = e.hash;
        if (!try discardEntry(s, key, h)) try addEntry(s, key, h);
    }
}

/// set_symmetric_difference: a new set from `other`, updated with the receiver.
pub fn symmetricDifference(s: *Set, other: Value) Error!*Set {
    const r = try fromIterable(baseType(s.base.ty), other);
    try symmetricDifferenceUpdate(r, s.val());
    return r;
}

/// set_issubset of two sets.
fn subsetOf(s: *Set, other: *Set) Error!bool {
    if (s.t.used > other.t.used) return false;
    var i: usize = 0;
    while (nextEntry(s, &i)) |e| {
        if ((try lookup(other, e.key, e.hash)) == null) return false;
    }
    return true;
}

/// `s.issubset(other)`: a non-set argument becomes a set first.
pub fn isSubset(s: *Set, other: Value) Error!bool {
    if (isAnySet(other)) return subsetOf(s, other.as(Set));
    return subsetOf(s, try fromIterable(&types.set_type, other));
}

/// `s.issuperset(other)`: a non-set argument is walked until an element is missing.
pub fn isSuperset(s: *Set, other: Value) Error!bool {
    if (isAnySet(other)) return subsetOf(other.as(Set), s);
    const it = try iter_mod.iter(other);
    while (try iter_mod.next(it)) |key| {
        if (!try containsValue(s, key)) return false;
    }
    return true;
}

/// set_isdisjoint.
pub fn isDisjoint(s0: *Set, other: Value) Error!bool {
    if (other == .obj and other.obj == &s0.base) return s0.t.used == 0;
    if (other == .obj and (other.obj.ty == &types.set_type or other.obj.ty == &types.frozenset_type)) {
        var so = s0;
        var ot = other.as(Set);
        if (ot.t.used > so.t.used) std.mem.swap(*Set, &so, &ot);
        var i: usize = 0;
        while (nextEntry(ot, &i)) |e| {
            if ((try lookup(so, e.key, e.hash)) != null) return false;
        }
        return true;
    }
    const it = try iter_mod.iter(other);
    while (try iter_mod.next(it)) |key| {
        if (try containsValue(s0, key)) return false;
    }
    return true;
}

// ---- Operators -------------------------------------------------------------------------------

/// `a | b`, `a & b`, `a - b`, `a ^ b` of two sets; null (NotImplemented) otherwise.
pub fn binary(op: ops.BinOp, a: Value, b: Value) Error!?Value {
    if (!isAnySet(a) or !isAnySet(b)) return null;
    const x = a.as(Set);
    return switch (op) {
        .bor => (try unionMany(x, &.{b})).val(),
        .band => (try intersection(x, b)).val(),
        .sub => (try difference(x, b)).val(),
        .bxor => (try symmetricDifference(x, b)).val(),
        else => null,
    };
}

/// `a |= b` and friends for a mutable set and another set; null (NotImplemented) otherwise.
pub fn inplace(op: ops.BinOp, a: Value, b: Value) Error!?Value {
    if (!a.isKind(.set) or !isAnySet(b)) return null;
    const x = a.as(Set);
    switch (op) {
        .bor => try update(x, b),
        .band => try intersectionUpdate(x, b),
        .sub => try differenceUpdate(x, b),
        .bxor => try symmetricDifferenceUpdate(x, b),
        else => return null,
    }
    return a;
}

/// set_richcompare of two sets (or frozensets).
pub fn compare(op: ops.CmpOp, a: *Object, b: *Object) Error!?bool {
    const x = fromObj(a);
    const y = fromObj(b);
    return switch (op) {
        .eq => try equal(x, y),
        .ne => !try equal(x, y),
        .le => try subsetOf(x, y),
        .ge => try subsetOf(y, x),
        .lt => x.t.used < y.t.used and try subsetOf(x, y),
        .gt => x.t.used > y.t.used and try subsetOf(y, x),
    };
}

fn equal(x: *Set, y: *Set) Error!bool {
    if (x.t.used != y.t.used) return false;
    if (x.hash_cache != -1 and y.hash_cache != -1 and x.hash_cache != y.hash_cache) return false;
    return subsetOf(x, y);
}

/// Comparisons involving dict views (keys and items views act like sets).
pub fn viewCompare(op: ops.CmpOp, a: *Object, b: *Object) Error!?bool {
    return @import("views.zig").compare(op, a, b);
}

/// CPython's frozenset hash (order independent).
pub fn frozensetHash(o: *Object) Error!i64 {
    const s = fromObj(o);
    if (s.hash_cache != -1) return s.hash_cache;
    var hash: u64 = 0;
    var i: usize = 0;
    while (nextEntry(s, &i)) |e| hash ^= shuffleBits(@bitCast(e.hash));
    hash ^= (@as(u64, s.t.used) + 1) *% 1927868237;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash *% 69069 +% 907133923;
    var r: i64 = @bitCast(hash);
    if (r == -1) r = 590923713;
    s.hash_cache = r;
    return r;
}

inline fn shuffleBits(h: u64) u64 {
    return ((h ^ 89869747) ^ (h << 16)) *% 3644798167;
}

// ---- Iteration and repr ----------------------------------------------------------------------

pub fn iter(o: *Object) Value {
    const it = iter_mod.newIter(&iter_mod.set_iterator_type, setNext, .{ .obj = o });
    it.j = @intCast(fromObj(o).t.used);
    return it.val();
}

/// setiter_iternext: a size change since the iterator was made is an error, and stays one.
fn setNext(it: *iter_mod.NativeIter) Error!?Value {
    if (it.a == .none) return null;
    const s = it.a.as(Set);
    if (s.t.used != @as(usize, @intCast(@max(it.j, 0))) or it.j < 0) {
        it.j = -1;
        return exc.raiseMsg(&types.RuntimeError, "Set changed size during iteration");
    }
    var cursor: usize = @intCast(it.i);
    const k = nextKey(s, &cursor);
    it.i = @intCast(cursor);
    if (k == null) it.a = .none;
    return k;
}

/// `{1, 2}`, `frozenset({1})`, `set()`, `MySet({1})`.
pub fn reprInto(b: *str_mod.Builder, o: *Object) Error!void {
    const s = fromObj(o);
    const name = o.ty.name;
    if (s.t.used == 0) {
        b.print("{s}()", .{name});
        return;
    }
    const wrapped = o.ty != &types.set_type;
    if (wrapped) b.print("{s}(", .{name});
    b.appendByte('{');
    var first = true;
    var i: usize = 0;
    while (nextKey(s, &i)) |k| {
        if (!first) b.append(", ");
        first = false;
        try repr.reprInto(b, k);
    }
    b.appendByte('}');
    if (wrapped) b.appendByte(')');
}

/// A set display whose elements are all constants (`{3, 1, 2}`, more than two of them):
/// CPython 3.11 compiles it to a frozenset constant, which its compiler rebuilds once more from
/// the frozenset's own iteration order (merge_consts_recursive); the running code then merges
/// that frozenset into a new set. Each step can move elements, so all three are replayed.
pub fn setOfConstants(items: []const Value) Error!Value {
    const built = newFrozen();
    for (items) |v| try add(built, v);
    const merged = newFrozen();
    var i: usize = 0;
    while (nextEntry(built, &i)) |e| try addEntry(merged, e.key, e.hash);
    const s = new();
    try merge(s, merged);
    return s.val();
}
