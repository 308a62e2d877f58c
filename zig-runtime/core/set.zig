//! Python `set` and `frozenset`, laid out exactly like CPython 3.11's setobject.c: an
//! open-addressing table of (key, hash) with linear probing runs of LINEAR_PROBES slots before
//! a perturbed jump, the same fill/resize thresholds and the same insertion routines. Programs
//! print sets of ints and tuples, whose iteration order is this table's order, so it has to be
//! CPython's to the slot.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const ops = @import("ops.zig");
const str_mod = @import("str.zig");
const iter_mod = @import("iter.zig");
const dict_mod = @import("dict.zig");
const repr = @import("repr.zig");
const Value = value.Value;
const Object = value.Object;
const Error = @import("err.zig").Error;

const min_size = 8;
const linear_probes = 9;
const perturb_shift = 5;

const State = enum(u8) { unused, active, dummy };

const Entry = struct {
    state: State = .unused,
    hash: i64 = 0,
    v: Value = .none,
};

pub const Set = struct {
    base: Object,
    /// Slots holding a key or a dummy.
    fill: usize = 0,
    /// Slots holding a key.
    used: usize = 0,
    mask: usize = min_size - 1,
    table: []Entry,
    /// Where pop() resumes (CPython's finger).
    finger: usize = 0,
    hash_cache: i64 = -1,

    pub const kind: value.Kind = .set;
    pub inline fn val(s: *Set) Value {
        return .{ .obj = &s.base };
    }
};

inline fn isUnused(e: *const Entry) bool {
    return e.state == .unused;
}
inline fn isDummy(e: *const Entry) bool {
    return e.state == .dummy;
}
inline fn isActive(e: *const Entry) bool {
    return e.state == .active;
}

pub fn new() *Set {
    return newOfType(&types.set_type);
}

pub fn newOfType(t: *value.Type) *Set {
    const s = mem.create(Set, .scan);
    s.* = .{ .base = .{ .ty = t }, .table = mem.allocSlice(Entry, .scan, min_size) };
    return s;
}

pub fn newFrozen() *Set {
    return newOfType(&types.frozenset_type);
}

pub inline fn fromObj(o: *Object) *Set {
    return Object.as(o, Set);
}

pub fn len(o: *Object) usize {
    return fromObj(o).used;
}

fn keysEqual(a: Value, b: Value) Error!bool {
    if (ops.identical(a, b)) return true;
    if (a.isKind(.str) and b.isKind(.str)) return str_mod.eql(a.as(str_mod.Str), b.as(str_mod.Str));
    return ops.eq(a, b);
}

/// set_add_entry.
fn addEntry(s: *Set, key: Value, hash: i64) Error!void {
    restart: while (true) {
        var mask = s.mask;
        var i: usize = @as(usize, @bitCast(hash)) & mask;
        var freeslot: ?*Entry = null;
        var perturb: usize = @bitCast(hash);
        while (true) {
            var probes: usize = if (i + linear_probes <= mask) linear_probes else 0;
            var j = i;
            while (true) {
                const e = &s.table[j];
                if (isUnused(e)) {
                    if (freeslot) |f| {
                        s.used += 1;
                        f.* = .{ .state = .active, .hash = hash, .v = key };
                        return;
                    }
                    s.fill += 1;
                    s.used += 1;
                    e.* = .{ .state = .active, .hash = hash, .v = key };
                    if (s.fill * 5 < mask * 3) return;
                    return resize(s, if (s.used > 50000) s.used * 2 else s.used * 4);
                }
                if (isActive(e) and e.hash == hash) {
                    const table = s.table;
                    const startkey = e.v;
                    if (try keysEqual(startkey, key)) return;
                    if (table.ptr != s.table.ptr or !isActive(e) or !ops.identical(e.v, startkey)) continue :restart;
                    mask = s.mask;
                } else if (isDummy(e) and freeslot == null) {
                    freeslot = e;
                }
                if (probes == 0) break;
                probes -= 1;
                j += 1;
            }
            perturb >>= perturb_shift;
            i = (i *% 5 +% 1 +% perturb) & mask;
        }
    }
}

/// set_insert_clean: a key known absent into a table without dummies.
fn insertClean(table: []Entry, mask: usize, key: Value, hash: i64) void {
    var perturb: usize = @bitCast(hash);
    var i: usize = @as(usize, @bitCast(hash)) & mask;
    while (true) {
        if (isUnused(&table[i])) {
            table[i] = .{ .state = .active, .hash = hash, .v = key };
            return;
        }
        if (i + linear_probes <= mask) {
            for (1..linear_probes + 1) |k| {
                if (isUnused(&table[i + k])) {
                    table[i + k] = .{ .state = .active, .hash = hash, .v = key };
                    return;
                }
            }
        }
        perturb >>= perturb_shift;
        i = (i *% 5 +% 1 +% perturb) & mask;
    }
}

/// set_table_resize: the smallest power of two above `minused`.
fn resize(s: *Set, minused: usize) void {
    var newsize: usize = min_size;
    while (newsize <= minused) newsize <<= 1;
    const old = s.table;
    const table = mem.allocSlice(Entry, .scan, newsize);
    const newmask = newsize - 1;
    for (old) |e| {
        if (isActive(&e)) insertClean(table, newmask, e.v, e.hash);
    }
    s.fill = s.used;
    s.table = table;
    s.mask = newmask;
    mem.free(old.ptr);
}

/// Finds the active entry for key, or null.
fn lookup(s: *Set, key: Value, hash: i64) Error!?*Entry {
    var mask = s.mask;
    var i: usize = @as(usize, @bitCast(hash)) & mask;
    var perturb: usize = @bitCast(hash);
    while (true) {
        var probes: usize = if (i + linear_probes <= mask) linear_probes else 0;
        var j = i;
        while (true) {
            const e = &s.table[j];
            if (isUnused(e)) return null;
            if (isActive(e) and e.hash == hash) {
                if (try keysEqual(e.v, key)) return e;
                mask = s.mask;
            }
            if (probes == 0) break;
            probes -= 1;
            j += 1;
        }
        perturb >>= perturb_shift;
        i = (i *% 5 +% 1 +% perturb) & mask;
    }
}

pub fn add(s: *Set, key: Value) Error!void {
    return addEntry(s, key, try ops.hash(key));
}

pub fn containsValue(s: *Set, key: Value) Error!bool {
    const h = ops.hash(key) catch |e| {
        // `[1] in {1}` is False rather than an error only for sets of unhashables... CPython
        // raises TypeError (unhashable type) here; keep it.
        return e;
    };
    return (try lookup(s, key, h)) != null;
}

pub fn contains(o: *Object, key: Value) Error!bool {
    return containsValue(fromObj(o), key);
}

/// Removes key; returns whether it was there.
pub fn discard(s: *Set, key: Value) Error!bool {
    const e = (try lookup(s, key, try ops.hash(key))) orelse return false;
    e.* = .{ .state = .dummy, .hash = -1, .v = .none };
    s.used -= 1;
    return true;
}

pub fn pop(s: *Set) Error!Value {
    if (s.used == 0) return exc.raiseMsg(&types.KeyError, "pop from an empty set");
    var i = s.finger & s.mask;
    while (!isActive(&s.table[i])) {
        i += 1;
        if (i > s.mask) i = 0;
    }
    const v = s.table[i].v;
    s.table[i] = .{ .state = .dummy, .hash = -1, .v = .none };
    s.used -= 1;
    s.finger = i + 1;
    return v;
}

pub fn clear(s: *Set) void {
    s.table = mem.allocSlice(Entry, .scan, min_size);
    s.mask = min_size - 1;
    s.fill = 0;
    s.used = 0;
}

/// Iteration over live entries in table order: `var i: usize = 0; while (nextKey(s, &i)) |k|`.
pub inline fn nextKey(s: *Set, cursor: *usize) ?Value {
    while (cursor.* <= s.mask) {
        const e = &s.table[cursor.*];
        cursor.* += 1;
        if (isActive(e)) return e.v;
    }
    return null;
}

/// set_merge: adds every key of another set.
fn merge(s: *Set, other: *Set) Error!void {
    if (other == s or other.used == 0) return;
    if ((s.fill + other.used) * 5 >= s.mask * 3) resize(s, (s.used + other.used) * 2);
    if (s.fill == 0 and s.mask == other.mask and other.fill == other.used) {
        @memcpy(s.table, other.table);
        s.fill = other.fill;
        s.used = other.used;
        return;
    }
    if (s.fill == 0) {
        s.fill = other.used;
        s.used = other.used;
        for (other.table) |e| if (isActive(&e)) insertClean(s.table, s.mask, e.v, e.hash);
        return;
    }
    for (other.table) |e| if (isActive(&e)) try addEntry(s, e.v, e.hash);
}

/// set_update_internal: adds every element of an iterable.
pub fn update(s: *Set, src: Value) Error!void {
    if (src.isKind(.set) or src.isKind(.frozenset)) return merge(s, src.as(Set));
    if (src.isKind(.dict)) {
        const d = src.as(dict_mod.Dict);
        if ((s.fill + d.len) * 5 >= s.mask * 3) resize(s, (s.used + d.len) * 2);
        var i: usize = 0;
        while (dict_mod.nextEntry(d, &i)) |e| try addEntry(s, e.key, e.hash);
        return;
    }
    const it = try iter_mod.iter(src);
    while (try iter_mod.next(it)) |v| try add(s, v);
}

pub fn copy(s: *Set, t: *value.Type) Error!*Set {
    const r = newOfType(t);
    try merge(r, s);
    return r;
}

/// `{a, b, c}`.
pub fn setOf(items: []const Value) Error!Value {
    const s = new();
    for (items) |v| try add(s, v);
    return s.val();
}

pub fn iter(o: *Object) Value {
    const it = iter_mod.newIter(&iter_mod.set_iterator_type, setNext, .{ .obj = o });
    it.j = @intCast(fromObj(o).used);
    return it.val();
}

fn setNext(it: *iter_mod.NativeIter) Error!?Value {
    const s = it.a.as(Set);
    if (s.used != @as(usize, @intCast(it.j))) {
        it.j = -1;
        return exc.raiseMsg(&types.RuntimeError, "Set changed size during iteration");
    }
    var cursor: usize = @intCast(it.i);
    const k = nextKey(s, &cursor);
    it.i = @intCast(cursor);
    return k;
}

// ---- operators -------------------------------------------------------------------------------

fn isSetLike(v: Value) bool {
    return v.isKind(.set) or v.isKind(.frozenset);
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets; null when b is not a set.
pub fn binary(op: ops.BinOp, a: Value, b: Value) Error!?Value {
    if (!isSetLike(b)) return null;
    const x = a.as(Set);
    const y = b.as(Set);
    const t = a.obj.ty;
    return switch (op) {
        .bor => (try unionOf(x, y, t)).val(),
        .band => (try intersection(x, y, t)).val(),
        .sub => (try difference(x, y, t)).val(),
        .bxor => (try symmetricDifference(x, y, t)).val(),
        else => null,
    };
}

pub fn unionOf(x: *Set, y: *Set, t: *value.Type) Error!*Set {
    const r = try copy(x, resultType(t));
    try merge(r, y);
    return r;
}

fn resultType(t: *value.Type) *value.Type {
    return if (t.isSubtype(&types.frozenset_type)) &types.frozenset_type else &types.set_type;
}

/// set_intersection: iterates the smaller set.
pub fn intersection(x0: *Set, y0: *Set, t: *value.Type) Error!*Set {
    var x = x0;
    var y = y0;
    const r = newOfType(resultType(t));
    if (y.used > x.used) {
        const tmp = x;
        x = y;
        y = tmp;
    }
    // Iterate over y (the smaller), keep what x contains.
    for (y.table) |e| {
        if (!isActive(&e)) continue;
        if ((try lookup(x, e.v, e.hash)) != null) try addEntry(r, e.v, e.hash);
    }
    return r;
}

/// set_difference.
pub fn difference(x: *Set, y: *Set, t: *value.Type) Error!*Set {
    if ((x.used >> 2) > y.used) {
        const r = try copy(x, resultType(t));
        for (y.table) |e| {
            if (!isActive(&e)) continue;
            if (try lookup(r, e.v, e.hash)) |found| {
                found.* = .{ .state = .dummy, .hash = -1, .v = .none };
                r.used -= 1;
            }
        }
        return r;
    }
    const r = newOfType(resultType(t));
    for (x.table) |e| {
        if (!isActive(&e)) continue;
        if ((try lookup(y, e.v, e.hash)) == null) try addEntry(r, e.v, e.hash);
    }
    return r;
}

/// set_symmetric_difference: a copy of y updated with x.
pub fn symmetricDifference(x: *Set, y: *Set, t: *value.Type) Error!*Set {
    const r = try copy(y, resultType(t));
    try symmetricDifferenceUpdate(r, x);
    return r;
}

pub fn symmetricDifferenceUpdate(s: *Set, other: *Set) Error!void {
    for (other.table) |e| {
        if (!isActive(&e)) continue;
        if (try lookup(s, e.v, e.hash)) |found| {
            found.* = .{ .state = .dummy, .hash = -1, .v = .none };
            s.used -= 1;
        } else {
            try addEntry(s, e.v, e.hash);
        }
    }
}

pub fn isSubset(x: *Set, y: *Set) Error!bool {
    if (x.used > y.used) return false;
    for (x.table) |e| {
        if (!isActive(&e)) continue;
        if ((try lookup(y, e.v, e.hash)) == null) return false;
    }
    return true;
}

pub fn compare(op: ops.CmpOp, a: *Object, b: *Object) Error!?bool {
    const x = fromObj(a);
    const y = fromObj(b);
    return switch (op) {
        .eq => x.used == y.used and try isSubset(x, y),
        .ne => !(x.used == y.used and try isSubset(x, y)),
        .le => try isSubset(x, y),
        .lt => x.used < y.used and try isSubset(x, y),
        .ge => try isSubset(y, x),
        .gt => y.used < x.used and try isSubset(y, x),
    };
}

/// Comparisons involving dict views (keys/items views act like sets).
pub fn viewCompare(op: ops.CmpOp, a: *Object, b: *Object) Error!?bool {
    const x = try @import("views.zig").asSet(a);
    const y = try @import("views.zig").asSet(b);
    return compare(op, &x.base, &y.base);
}

/// CPython's frozenset hash (order independent).
pub fn frozensetHash(o: *Object) Error!i64 {
    const s = fromObj(o);
    if (s.hash_cache != -1) return s.hash_cache;
    var hash: u64 = 0;
    for (s.table) |e| {
        if (!isActive(&e)) continue;
        const h: u64 = @bitCast(e.hash);
        hash ^= ((h ^ 89869747) ^ (h << 16)) *% 3644798167;
    }
    hash ^= (@as(u64, s.used) + 1) *% 1927868237;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash *% 69069 +% 907133923;
    var r: i64 = @bitCast(hash);
    if (r == -1) r = 590923713;
    s.hash_cache = r;
    return r;
}

pub fn reprInto(b: *str_mod.Builder, o: *Object) Error!void {
    const s = fromObj(o);
    const frozen = o.ty.isSubtype(&types.frozenset_type);
    const name = o.ty.name;
    if (s.used == 0) {
        b.print("{s}()", .{name});
        return;
    }
    if (frozen or o.ty.flags.heap) b.print("{s}(", .{name});
    b.appendByte('{');
    var first = true;
    var i: usize = 0;
    while (nextKey(s, &i)) |k| {
        if (!first) b.append(", ");
        first = false;
        try repr.reprInto(b, k);
    }
    b.appendByte('}');
    if (frozen or o.ty.flags.heap) b.appendByte(')');
}
