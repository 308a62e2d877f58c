//! Python `dict`: insertion-ordered hash map, laid out like CPython's compact dict.
//!
//! `entries` holds (hash, key, value) in insertion order; deleted entries become holes (key
//! `.none` with hash `deleted_hash`) until the next resize compacts them. `index` is an
//! open-addressing table of positions into `entries` (each with a tag of its hash, see
//! `Cursor`), probed with CPython's perturbation scheme. Iteration walks `entries`, so order is insertion order: deleting and re-inserting a
//! key moves it to the end, updating a value does not.
//!
//! Keys compare by hash first, then by identity, then by `==` (which may run user `__eq__` and
//! so may raise): every lookup can fail, so lookups return `Error!`.
const std = @import("std");
const value = @import("value.zig");
const mem = @import("mem.zig");
const types = @import("types.zig");
const ops = @import("ops.zig");
const intops = @import("intops.zig");
const str_mod = @import("str.zig");
const Object = value.Object;
const Value = value.Value;
const Error = @import("err.zig").Error;

pub const Entry = struct {
    hash: i64,
    key: Value,
    value: Value,
};

pub const empty_slot: i32 = -1;
/// An index slot whose entry was deleted: probing continues past it (CPython's DKIX_DUMMY).
pub const dummy_slot: i32 = -2;
const deleted_hash: i64 = std.math.minInt(i64);

// An index slot in use holds its entry's position in the bits `mask` covers (a position is
// below the entries' length, at most 2/3 of the index's) and, in the bits above them but below
// the sign bit, a tag of the entry's hash. A probe compares the tag first and reads the entry
// only when it matches: the entries (40 bytes each, in insertion order) are what a probe of a
// big dict misses the cache on, and most slots a probe meets belong to other keys (measured:
// the entry-hash compare was 60-70% of the dict phases' time in dict_ops). Empty and dummy
// slots are negative, so they never match a tag (whose sign bit is clear). Small tables get
// long tags; a table of 2**20 slots keeps 11 bits (one false match in 2048).

/// The tag of hash `h` in a table of `mask + 1` slots: high bits of a multiplicative mix of
/// the whole hash (an int's hash is the int, whose high bits are mostly zero), cleared where
/// the position goes.
pub inline fn tagOf(h: i64, mask: usize) u32 {
    const m = @as(u64, @bitCast(h)) *% 0x9E3779B97F4A7C15;
    return @as(u32, @truncate(m >> 33)) & ~@as(u32, @truncate(mask));
}

/// The index slot value for the entry at `pos` with hash `h`.
pub inline fn slotOf(pos: usize, h: i64, mask: usize) i32 {
    return @bitCast(tagOf(h, mask) | @as(u32, @intCast(pos)));
}

/// The entry position in a slot value that `Cursor.matches` accepted.
pub inline fn slotPos(ix: i32, mask: usize) usize {
    return @as(u32, @bitCast(ix)) & @as(u32, @truncate(mask));
}

/// CPython's probe order over an index of `mask + 1` slots, with the tag a slot must carry to
/// hold an entry of hash `h`. Every probe of the table (here, attr_cache.zig, the program-side
/// abi/client_dict.zig and abi/client_attr.zig) walks it, so the layout lives in this file.
pub const Cursor = struct {
    /// The slot to read.
    i: usize,
    perturb: u64,
    mask: usize,
    tag: u32,

    pub inline fn start(h: i64, mask: usize) Cursor {
        const uh: u64 = @bitCast(h);
        return .{ .i = @intCast(uh & mask), .perturb = uh, .mask = mask, .tag = tagOf(h, mask) };
    }

    pub inline fn next(c: *Cursor) void {
        c.perturb >>= 5;
        c.i = @intCast((c.i *% 5 +% 1 +% c.perturb) & c.mask);
    }

    /// Slot value `ix` may hold an entry of this hash (never true of empty or dummy slots).
    pub inline fn matches(c: Cursor, ix: i32) bool {
        return @as(u32, @bitCast(ix)) & ~@as(u32, @truncate(c.mask)) == c.tag;
    }
};

pub const Dict = struct {
    base: Object,
    /// Live entries.
    len: usize = 0,
    /// Entries used in `entries`, holes included.
    used: usize = 0,
    entries: []Entry = &.{},
    /// Slot -> position in `entries` and hash tag (`slotOf`), or `empty_slot` or `dummy_slot`.
    /// Length is a power of two (or 0).
    index: []i32 = &.{},
    /// Bumped by every insertion or deletion, so iterators detect "dictionary changed size
    /// during iteration".
    version: u32 = 0,
    /// `entries` and `index` live inside another allocation (an instance's, see
    /// instance_block.zig): resize must not free them.
    inline_table: bool = false,
    /// A class dict some attribute-site cache relies on (abi/client_attr.zig sets it when it
    /// fills a site from this dict): its version bumps also bump `guard_epoch`.
    guarded: bool = false,
    /// Two bits per key ever inserted (`bloomBits` of its hash; never cleared except by
    /// `clear`): a key whose bits are not all set is certainly absent, which lets a method
    /// call on an instance prove "not shadowed by the instance dict" without probing. 16 bits
    /// fill the struct's padding (a u64 made every instance 8 bytes bigger: binary_trees +3%).
    bloom: u16 = 0,

    pub const kind: value.Kind = .dict;

    pub inline fn val(d: *Dict) Value {
        return .{ .obj = &d.base };
    }
};

// Every user-class instance embeds one (instance_block.zig): growing it costs allocation-heavy
// programs measurably (binary_trees +3% for 8 bytes).
comptime {
    std.debug.assert(@sizeOf(Dict) == 64);
}

/// Bumped whenever a `guarded` dict's version is: one compare tells an attribute site that
/// no class dict it depends on gained or lost a key since it was filled.
pub var guard_epoch: u64 = 1;

/// Records a structural change (insertion, deletion, clear, rebuild) of `d`.
pub inline fn bumpVersion(d: *Dict) void {
    d.version +%= 1;
    if (d.guarded) guard_epoch +%= 1;
}

/// The bloom bits of a key with hash `h`: two of 16, from independent hash bits.
pub inline fn bloomBits(h: i64) u16 {
    const u: u64 = @bitCast(h);
    return (@as(u16, 1) << @intCast(u & 15)) | (@as(u16, 1) << @intCast((u >> 4) & 15));
}

pub fn new() *Dict {
    const d = mem.create(Dict, .scan);
    d.* = .{ .base = .{ .ty = &types.dict_type } };
    return d;
}

pub fn withCapacity(n: usize) *Dict {
    const d = new();
    if (n > 0) resize(d, n);
    return d;
}

/// Result of a probe: where the key is (if present) and where it would go.
const Probe = struct { slot: usize, pos: ?usize };

/// Key equality decided without user code: identity, two ints (normalized: equal small ints
/// have equal words, a big int never equals a small one), two exact strs. Null when `ops.eq`
/// must decide (it may run a user `__eq__`).
inline fn quickEqual(a: Value, b: Value) ?bool {
    switch (a) {
        .int => |x| switch (b) {
            .int => |y| return if (x.w == y.w) true else if (x.isBig() and y.isBig()) null else false,
            else => return null,
        },
        .obj => |x| switch (b) {
            .obj => |y| {
                if (x == y) return true;
                if (x.ty == &types.str_type and y.ty == &types.str_type)
                    return str_mod.eql(Object.as(x, str_mod.Str), Object.as(y, str_mod.Str));
                return null;
            },
            else => return null,
        },
        else => return null,
    }
}

/// hash(key), with the commonest key types (exact str, int) inline: ops.hash's error union
/// comes back through memory, which costs a store-forwarding stall on every lookup.
pub inline fn keyHash(key: Value) Error!i64 {
    switch (key) {
        .int => |i| return intops.hash(i),
        .obj => |o| if (o.ty == &types.str_type) return str_mod.hash(Object.as(o, str_mod.Str)),
        else => {},
    }
    return ops.hash(key);
}

/// The value slot of `key` (an int or an exact str) when finding it runs no user code: every
/// key with its hash met on the way is identical to it, a small int, or an exact str. Null when
/// absent, or when a comparison could call a user `__eq__` (the caller then takes the general
/// path, whose own probe makes that call as CPython's does).
pub fn findQuiet(d: *Dict, key: Value) ?*Value {
    if (d.len == 0) return null;
    const h: i64 = switch (key) {
        .int => |i| if (i.isSmall()) intops.hash(i) else return null,
        .obj => |o| if (o.ty == &types.str_type) str_mod.hash(Object.as(o, str_mod.Str)) else return null,
        else => return null,
    };
    var c = Cursor.start(h, d.index.len - 1);
    while (true) : (c.next()) {
        const ix = d.index[c.i];
        if (ix == empty_slot) return null;
        if (c.matches(ix)) {
            const e = &d.entries[slotPos(ix, c.mask)];
            if (e.hash == h) {
                if (ops.identical(e.key, key)) return &e.value;
                const same = switch (e.key) {
                    // A different int (ints are normalized: a big one never equals a small
                    // one) or a str: unequal. Floats and bools may equal ints: general path.
                    .int => false,
                    .obj => |o| if (o.ty == &types.str_type and key == .obj)
                        str_mod.eql(Object.as(o, str_mod.Str), Object.as(key.obj, str_mod.Str))
                    else
                        return null,
                    else => return null,
                };
                if (same) return &e.value;
            }
        }
    }
}

/// Inline in each caller: the result (slot, position, error) then stays in registers.
inline fn probe(d: *Dict, key: Value, h: i64) Error!Probe {
    restart: while (true) {
        // A user `__eq__` may have emptied the dict (clear() leaves no table).
        if (d.index.len == 0) return .{ .slot = 0, .pos = null };
        const mask = d.index.len - 1;
        var c = Cursor.start(h, mask);
        var first_dummy: ?usize = null;
        while (true) : (c.next()) {
            const i = c.i;
            const ix = d.index[i];
            if (ix == empty_slot) return .{ .slot = first_dummy orelse i, .pos = null };
            if (ix == dummy_slot) {
                if (first_dummy == null) first_dummy = i;
            } else if (c.matches(ix)) {
                const pos = slotPos(ix, mask);
                const e = &d.entries[pos];
                if (e.hash == h) {
                    if (quickEqual(e.key, key)) |same| {
                        if (same) return .{ .slot = i, .pos = pos };
                        continue;
                    }
                    const startkey = e.key;
                    const entries = d.entries.ptr;
                    const same = try ops.eq(startkey, key);
                    // As CPython's lookdict: when the comparison (a user `__eq__`) replaced the
                    // table or the entry, the probe starts over on the dict as it is now.
                    if (d.entries.ptr != entries or d.index.len != mask + 1 or d.index[i] != ix or
                        !ops.identical(d.entries[pos].key, startkey)) continue :restart;
                    if (same) return .{ .slot = i, .pos = pos };
                }
            }
        }
    }
}

/// Grows the table for at least `min_live` entries and drops holes.
fn resize(d: *Dict, min_live: usize) void {
    var cap: usize = 8;
    while (cap * 2 < min_live * 3) cap *= 2; // keep the index at most 2/3 full
    const entries_cap = cap * 2 / 3;
    // The index first: a collection that either allocation starts then never scans the new
    // entries (a .scan block, all zeroes until filled below; 28 MB for a million-slot table).
    const new_index = mem.allocSlice(i32, .noscan, cap);
    @memset(new_index, empty_slot);
    const new_entries = mem.allocSlice(Entry, .scan, entries_cap);
    const mask = cap - 1;
    // One pass: each live entry is copied and indexed while it is in cache.
    var n: usize = 0;
    for (d.entries[0..d.used]) |e| {
        if (e.hash == deleted_hash) continue;
        new_entries[n] = e;
        var c = Cursor.start(e.hash, mask);
        while (new_index[c.i] != empty_slot) c.next();
        new_index[c.i] = slotOf(n, e.hash, mask);
        n += 1;
    }
    if (!d.inline_table) {
        if (d.entries.len > 0) mem.free(d.entries.ptr);
        if (d.index.len > 0) mem.free(d.index.ptr);
    }
    d.inline_table = false;
    d.entries = new_entries;
    d.index = new_index;
    d.used = n;
    d.len = n;
}

/// `d[key]`, or null when absent.
pub fn get(d: *Dict, key: Value) Error!?Value {
    const h = try keyHash(key); // before the empty check: `[] in {}` is a TypeError
    if (d.len == 0) return null;
    const p = try probe(d, key, h);
    return if (p.pos) |pos| d.entries[pos].value else null;
}

/// Lookup with a precomputed hash (str keys in attribute dicts).
pub fn getHashed(d: *Dict, key: Value, h: i64) Error!?Value {
    if (d.len == 0) return null;
    const p = try probe(d, key, h);
    return if (p.pos) |pos| d.entries[pos].value else null;
}

/// Lookup by a str key; never raises (str equality cannot run user code).
pub fn getStr(d: *Dict, key: *str_mod.Str) ?Value {
    return getHashed(d, key.val(), str_mod.hash(key)) catch unreachable;
}

/// `d[key] = v`.
pub fn set(d: *Dict, key: Value, v: Value) Error!void {
    const h = try keyHash(key);
    return setHashed(d, key, h, v);
}

pub fn setStr(d: *Dict, key: *str_mod.Str, v: Value) void {
    setHashed(d, key.val(), str_mod.hash(key), v) catch unreachable;
}

pub fn setHashed(d: *Dict, key: Value, h: i64, v: Value) Error!void {
    if (d.index.len == 0) resize(d, 1);
    const p = try probe(d, key, h);
    if (p.pos) |pos| {
        d.entries[pos].value = v;
        return;
    }
    insert(d, p.slot, key, h, v);
}

/// `d.setdefault(key, default)` for a key of hash `h`: the value of `key`, or `default` after
/// inserting it. One probe, as CPython's (a user `__eq__` runs once per key met, not twice).
pub fn setDefaultHashed(d: *Dict, key: Value, h: i64, default: Value) Error!Value {
    if (d.index.len == 0) resize(d, 1);
    const p = try probe(d, key, h);
    if (p.pos) |pos| return d.entries[pos].value;
    insert(d, p.slot, key, h, default);
    return default;
}

/// Appends a key that a probe just found absent, at index `slot` (its probe's empty or first
/// dummy slot) or, when the entries are full, after a resize at the new table's first empty
/// slot: the key is known absent, so no key is compared again (CPython's find_empty_slot).
inline fn insert(d: *Dict, slot: usize, key: Value, h: i64, v: Value) void {
    var at = slot;
    if (d.used == d.entries.len) {
        // Room for twice the live entries (CPython's GROWTH_RATE, used * 3 index slots): a
        // growing dict's index stays sparse, so probes stay short.
        resize(d, 2 * d.len + 1);
        var c = Cursor.start(h, d.index.len - 1);
        while (d.index[c.i] != empty_slot) c.next();
        at = c.i;
    }
    d.entries[d.used] = .{ .hash = h, .key = key, .value = v };
    d.index[at] = slotOf(d.used, h, d.index.len - 1);
    d.used += 1;
    d.len += 1;
    d.bloom |= bloomBits(h);
    bumpVersion(d);
}

/// Removes `key`; returns its value, or null when absent.
pub fn remove(d: *Dict, key: Value) Error!?Value {
    const h = try keyHash(key); // before the empty check: `{}.pop([])` is a TypeError
    if (d.len == 0) return null;
    const p = try probe(d, key, h);
    const pos = p.pos orelse return null;
    const old = d.entries[pos].value;
    removeAt(d, p.slot, pos);
    return old;
}

fn removeAt(d: *Dict, slot: usize, pos: usize) void {
    d.entries[pos] = .{ .hash = deleted_hash, .key = .none, .value = .none };
    d.len -= 1;
    bumpVersion(d);
    d.index[slot] = dummy_slot;
}

pub fn contains(d: *Dict, key: Value) Error!bool {
    return (try get(d, key)) != null;
}

pub fn clear(d: *Dict) void {
    bumpVersion(d);
    d.* = .{ .base = d.base, .version = d.version, .guarded = d.guarded };
}

/// Iteration cursor over live entries: `var i: usize = 0; while (nextEntry(d, &i)) |e| ...`.
pub inline fn nextEntry(d: *Dict, cursor: *usize) ?*Entry {
    while (cursor.* < d.used) {
        const e = &d.entries[cursor.*];
        cursor.* += 1;
        if (e.hash != deleted_hash) return e;
    }
    return null;
}

/// The last live entry (for popitem), or null when empty.
pub fn lastEntry(d: *Dict) ?*Entry {
    var i = d.used;
    while (i > 0) {
        i -= 1;
        if (d.entries[i].hash != deleted_hash) return &d.entries[i];
    }
    return null;
}

/// A shallow copy, in the same order.
pub fn copy(d: *Dict) *Dict {
    const c = withCapacity(d.len);
    var i: usize = 0;
    while (nextEntry(d, &i)) |e| setHashed(c, e.key, e.hash, e.value) catch unreachable;
    return c;
}
