//! The hash table behind `set` and `frozenset`: CPython 3.11's setobject.c table, probed the
//! same way (a run of `linear_probes` + 1 adjacent slots, then a perturbed jump), so that every
//! insertion and deletion leaves each key in the slot CPython would give it — the iteration
//! order programs print.
//!
//! The layout is split (hashes in one array, keys in another) so that a run of ten slots is
//! tested with a few vector compares of the hashes instead of ten branchy steps: sets with many
//! deleted entries make CPython's probe sequences long, and scanning them dominates set-heavy
//! programs. Slots are classified as CPython's: unused (hash 0, key None), dummy (hash -1, key
//! None: a deleted key) or active (any other pair; a live None key carries None's hash, which is
//! neither 0 nor -1). Real hashes are never -1.
const std = @import("std");
const value = @import("value.zig");
const mem = @import("mem.zig");
const ops = @import("ops.zig");
const types = @import("types.zig");
const str_mod = @import("str.zig");
const Value = value.Value;
const Error = @import("err.zig").Error;

pub const min_size = 8;
const linear_probes = 9;
const run_max = linear_probes + 1;
const perturb_shift = 5;
pub const dummy_hash: i64 = -1;

/// Bit k stands for slot `start + k` of a run.
const RunBits = u16;

/// An active slot's contents.
pub const Slot = struct { hash: i64, key: Value };

pub const Table = struct {
    hashes: []i64,
    keys: []Value,
    /// Slots holding a key or a dummy.
    fill: usize = 0,
    /// Slots holding a key.
    used: usize = 0,
    /// Slot count - 1 (a power of two - 1).
    mask: usize,
    /// True while every active key is an exact small int in [small_lo, small_lo + 64) (a bool,
    /// float or int subclass clears it): `small_bits` then holds them exactly, bit k - small_lo
    /// for key k, so a compiled `i in s` of a small int is one bit test (abi/client_ops.zig
    /// contains) — no equality of such keys can run user code or depend on the slots. Kept by
    /// every change of the key set below (noteAdd, markDummy, resize, init) and by core/set.zig
    /// merge; back to true when the table empties.
    small_only: bool = true,
    small_bits: u64 = 0,
    /// Tables of at most 64 slots: bit j set while slot j is unused (hash 0, key None), resp. a
    /// dummy — kept by every write of a slot (fillSlot, markDummy), so that an add's probe
    /// (slotForAbsent) walks bit masks instead of comparing the hashes first. Meaningless
    /// for larger tables (a slot number is taken modulo 64), which never read them.
    unused_bits: u64,
    dummy_bits: u64 = 0,

    pub fn init(size: usize) Table {
        std.debug.assert(std.math.isPowerOfTwo(size));
        return .{
            .hashes = mem.allocSlice(i64, .noscan, size),
            .keys = mem.allocSlice(Value, .scan, size),
            .mask = size - 1,
            .unused_bits = if (size >= 64) ~@as(u64, 0) else (@as(u64, 1) << @intCast(size)) - 1,
        };
    }

    pub inline fn isActive(t: *const Table, j: usize) bool {
        return t.keys[j] != .none or (t.hashes[j] != 0 and t.hashes[j] != dummy_hash);
    }

    inline fn isUnused(t: *const Table, j: usize) bool {
        return t.hashes[j] == 0 and t.keys[j] == .none;
    }

    /// Marks active slot `j` deleted.
    pub inline fn markDummy(t: *Table, j: usize) void {
        if (t.small_only) t.small_bits &= ~(smallBit(t.keys[j]) orelse unreachable);
        t.hashes[j] = dummy_hash;
        t.keys[j] = .none;
        t.dummy_bits |= slotBit(j);
        t.used -= 1;
        if (t.used == 0) {
            t.small_only = true;
            t.small_bits = 0;
        }
    }

    /// Stores an active key in slot `j` (unused or a dummy until now).
    pub inline fn fillSlot(t: *Table, j: usize, key: Value, hash: i64) void {
        t.hashes[j] = hash;
        t.keys[j] = key;
        t.unused_bits &= ~slotBit(j);
        t.dummy_bits &= ~slotBit(j);
    }

    /// Records that `key` became active (see small_only).
    pub inline fn noteAdd(t: *Table, key: Value) void {
        if (!t.small_only) return;
        if (smallBit(key)) |b| t.small_bits |= b else t.small_only = false;
    }

    /// Whether the small int with raw word `w` is a key, when `small_only` says the bitmap
    /// knows: false for any int outside the window (every key lies inside it, and ints are
    /// normalized, so a big int never equals a small one).
    pub inline fn hasSmall(t: *const Table, w: i64) bool {
        const off: u64 = @bitCast((w >> 1) -% small_lo);
        return off < 64 and (t.small_bits >> @intCast(off & 63)) & 1 != 0;
    }

    /// Stores `key` in the slot `p` (an `absent` from findInt) gave, as set_add_entry does;
    /// true when the table now needs to grow.
    pub inline fn storeAbsent(t: *Table, p: IntProbe, key: Value, hash: i64) bool {
        t.used += 1;
        t.fillSlot(p.slot, key, hash);
        t.noteAdd(key);
        if (!p.fresh) return false;
        t.fill += 1;
        return t.fill * 5 >= t.mask * 3;
    }

    /// The next active slot at or after `cursor.*` (set_next); the arrays are re-read at every
    /// call, so a table replaced meanwhile is never walked.
    pub inline fn next(t: *const Table, cursor: *usize) ?Slot {
        while (cursor.* <= t.mask) {
            const j = cursor.*;
            cursor.* += 1;
            if (t.isActive(j)) return .{ .hash = t.hashes[j], .key = t.keys[j] };
        }
        return null;
    }
};

/// Slot j's bit in Table.unused_bits / dummy_bits.
inline fn slotBit(j: usize) u64 {
    return @as(u64, 1) << @truncate(j);
}

/// The lowest key of Table.small_bits' window.
pub const small_lo: i64 = -32;

/// The bit of Table.small_bits standing for `key`: null unless it is an exact small int in the
/// window (a bool is its own Value tag, an int subclass an object).
pub inline fn smallBit(key: Value) ?u64 {
    if (key != .int or !key.int.isSmall()) return null;
    const off: u64 = @bitCast(key.int.small() -% small_lo);
    if (off >= 64) return null;
    return @as(u64, 1) << @intCast(off);
}

inline fn keysEqual(a: Value, b: Value) Error!bool {
    if (a == .obj and b == .obj and a.obj.ty == &types.str_type and b.obj.ty == &types.str_type)
        return str_mod.eql(a.as(str_mod.Str), b.as(str_mod.Str));
    return ops.eq(a, b);
}

/// Slots of the run [start, start + n) whose hash is `h` (n is 1 or `run_max`).
inline fn hashBits(hashes: []const i64, start: usize, n: usize, h: i64) RunBits {
    if (n == 1) return @intFromBool(hashes[start] == h);
    const V8 = @Vector(8, i64);
    const V2 = @Vector(2, i64);
    const lo: V8 = hashes[start..][0..8].*;
    const hi: V2 = hashes[start + 8 ..][0..2].*;
    const lo_bits: u8 = @bitCast(lo == @as(V8, @splat(h)));
    const hi_bits: u2 = @bitCast(hi == @as(V2, @splat(h)));
    return @as(RunBits, lo_bits) | (@as(RunBits, hi_bits) << 8);
}

/// The run that starts at slot i: ten slots when they fit below the mask, else one.
inline fn runLen(i: usize, mask: usize) usize {
    return if (i + linear_probes <= mask) run_max else 1;
}

/// Bits at or below bit k.
inline fn upTo(k: u4) RunBits {
    return (@as(RunBits, 2) << k) -% 1;
}

/// set_lookkey: the slot holding `key`, or null. An `__eq__` that changes the table restarts
/// the search, as in CPython.
pub fn lookup(t: *Table, key: Value, hash: i64) Error!?usize {
    if (key == .int and key.int.isSmall()) {
        const p = findIntQuick(false, t, key.int.w, hash);
        switch (p.state) {
            .found => return p.slot,
            .absent => return null,
            .unknown => {},
        }
    }
    restart: while (true) {
        const mask = t.mask;
        var i: usize = @as(usize, @bitCast(hash)) & mask;
        var perturb: usize = @bitCast(hash);
        while (true) {
            const n = runLen(i, mask);
            var done: RunBits = 0;
            while (true) {
                const eq = hashBits(t.hashes, i, n, hash) & ~done;
                const zero = hashBits(t.hashes, i, n, 0) & ~done;
                const cand = eq | zero;
                if (cand == 0) break;
                const k: u4 = @intCast(@ctz(cand));
                const j = i + k;
                const bit = @as(RunBits, 1) << k;
                if (zero & bit != 0 and t.keys[j] == .none) return null;
                if (eq & bit != 0) {
                    const startkey = t.keys[j];
                    if (ops.identical(startkey, key)) return j;
                    const hashes = t.hashes.ptr;
                    const same = try keysEqual(startkey, key);
                    if (hashes != t.hashes.ptr or !ops.identical(t.keys[j], startkey)) continue :restart;
                    if (same) return j;
                }
                done |= upTo(k);
            }
            perturb >>= perturb_shift;
            i = (i *% 5 +% 1 +% perturb) & mask;
        }
    }
}

/// What `findInt` learned about a small int key.
pub const IntProbe = struct {
    state: enum { found, absent, unknown },
    /// found: the key's slot. absent: the slot set_add_entry would fill — the last dummy met
    /// on the probe sequence, else the unused slot that ended it.
    slot: usize = 0,
    /// absent: `slot` is unused, so storing there grows `fill`.
    fresh: bool = false,
};

/// set_lookkey / set_add_entry's probe for a small int key (raw word `key`, hash `hash`),
/// deciding only what needs no comparison that could run user code or differ from CPython's:
/// an equal-hash slot holding an int is equal iff its word is (ints are normalized, so a big
/// int never equals a small one); an equal-hash slot holding anything else (a float 1.0, True,
/// an int subclass) gives `unknown`, and the caller takes the general path. Same probe
/// sequence as `lookup`/`add`, one slot at a time (tables of at most 64 slots take
/// findIntQuick's whole-table compares instead). Pure code (no allocation, no calls):
/// compiled programs run it too (abi/client_ops.zig).
pub inline fn findInt(t: *const Table, key: i64, hash: i64) IntProbe {
    const mask = t.mask;
    const hashes = t.hashes.ptr;
    const keys = t.keys.ptr;
    var i: usize = @as(usize, @bitCast(hash)) & mask;
    var perturb: usize = @bitCast(hash);
    var free: ?usize = null;
    while (true) {
        const last = if (i + linear_probes <= mask) i + linear_probes else i;
        var j = i;
        while (true) : (j += 1) {
            const h = hashes[j];
            const k = keys[j];
            if (h == 0 and k == .none) {
                if (free) |f| return .{ .state = .absent, .slot = f };
                return .{ .state = .absent, .slot = j, .fresh = true };
            }
            if (h == hash) {
                if (k != .int) return .{ .state = .unknown };
                if (k.int.w == key) return .{ .state = .found, .slot = j };
            } else if (h == dummy_hash) free = j;
            if (j == last) break;
        }
        perturb >>= perturb_shift;
        i = (i *% 5 +% 1 +% perturb) & mask;
    }
}

/// `findInt`, faster for tables of at most 64 slots (the sets of small-int keys that
/// backtracking programs add to and remove from), where the hashes of the whole table compare
/// in a few vector instructions. `for_add`: the insertion slot of an absent key is wanted.
pub inline fn findIntQuick(comptime for_add: bool, t: *const Table, key: i64, hash: i64) IntProbe {
    if (t.mask > 63) return findInt(t, key, hash);
    // Presence alone, for hash != 0 (hash 0 matches unused slots too): a key sits in one slot
    // only, and when every slot of equal hash holds an int, none of the comparisons the probe
    // would make can run user code — so the probe's answer is whether one of them is the key,
    // wherever it lies.
    if (!for_add and hash != 0) return scanInt(t, key, hash);
    return walkInt(for_add, t, key, hash);
}

/// Bit j set when slot j's hash is `h`, for the whole table (mask + 1 <= 64 slots).
inline fn tableBits(t: *const Table, h: i64) u64 {
    const hp = t.hashes.ptr;
    return switch (t.mask) {
        7 => matchBits(8, hp, h),
        15 => matchBits(16, hp, h),
        31 => matchBits(32, hp, h),
        63 => matchBits(64, hp, h),
        else => unreachable,
    };
}

inline fn matchBits(comptime n: usize, hashes: [*]const i64, h: i64) u64 {
    const V = @Vector(n, i64);
    const hv: V = hashes[0..n].*;
    return @as(std.meta.Int(.unsigned, n), @bitCast(hv == @as(V, @splat(h))));
}

inline fn scanInt(t: *const Table, key: i64, hash: i64) IntProbe {
    var bits = tableBits(t, hash);
    var r: IntProbe = .{ .state = .absent };
    // Every slot of equal hash is looked at, the key's included: one holding another type may
    // come before it on the probe sequence, and its __eq__ must then run.
    while (bits != 0) : (bits &= bits - 1) {
        const j = @ctz(bits);
        const k = t.keys[j];
        if (k != .int) return .{ .state = .unknown };
        if (k.int.w == key) r = .{ .state = .found, .slot = j };
    }
    return r;
}

/// findInt's probe sequence over bit sets of the whole table: each run is a mask, and only
/// its candidate slots (equal hash, or hash 0: unused or a key hashing to 0) are looked at.
inline fn walkInt(comptime for_add: bool, t: *const Table, key: i64, hash: i64) IntProbe {
    const zero = tableBits(t, 0);
    const same = if (hash == 0) zero else tableBits(t, hash);
    const dummies = if (for_add) tableBits(t, dummy_hash) else 0;
    const mask = t.mask;
    var i: usize = @as(usize, @bitCast(hash)) & mask;
    var perturb: usize = @bitCast(hash);
    var free: ?usize = null;
    while (true) {
        const run: u64 = if (i + linear_probes <= mask) ((@as(u64, 1) << run_max) - 1) << @intCast(i) else @as(u64, 1) << @intCast(i);
        var cand = (zero | same) & run;
        while (cand != 0) : (cand &= cand - 1) {
            const j = @ctz(cand);
            const bit = @as(u64, 1) << @intCast(j);
            const k = t.keys[j];
            if (zero & bit != 0 and k == .none) {
                if (!for_add) return .{ .state = .absent };
                const d = dummies & run & (bit - 1);
                if (d != 0) free = 63 - @clz(d);
                if (free) |f| return .{ .state = .absent, .slot = f };
                return .{ .state = .absent, .slot = j, .fresh = true };
            }
            if (same & bit != 0) {
                if (k != .int) return .{ .state = .unknown };
                if (k.int.w == key) return .{ .state = .found, .slot = j };
            }
        }
        if (for_add) {
            const d = dummies & run;
            if (d != 0) free = 63 - @clz(d);
        }
        perturb >>= perturb_shift;
        i = (i *% 5 +% 1 +% perturb) & mask;
    }
}

/// The slot of small int `key` (raw word; hash `hash`) known to be in the table — Table.small_only
/// and its bit set: every slot of equal hash then holds an int or is unused (hash 0), so the
/// key's slot is the one whose word matches, wherever it lies on the probe sequence.
pub inline fn slotOfPresent(t: *const Table, key: i64, hash: i64) usize {
    if (t.mask > 63) return findInt(t, key, hash).slot;
    var bits = tableBits(t, hash);
    while (bits != 0) : (bits &= bits - 1) {
        const j = @ctz(bits);
        const k = t.keys[j];
        if (k == .int and k.int.w == key) return j;
    }
    unreachable;
}

/// set_add_entry's slot for a key known to be absent — Table.small_only and its bit clear, so
/// no slot of equal hash can hold an equal key and only unused slots and dummies matter: the
/// last dummy before the first unused slot on the probe sequence, else that unused slot. A
/// table of at most 64 slots walks its unused_bits and dummy_bits.
pub inline fn slotForAbsent(t: *const Table, key: i64, hash: i64) IntProbe {
    if (t.mask > 63) return findInt(t, key, hash);
    const unused = t.unused_bits;
    const dummies = t.dummy_bits;
    const mask = t.mask;
    var i: usize = @as(usize, @bitCast(hash)) & mask;
    var perturb: usize = @bitCast(hash);
    var free: ?usize = null;
    while (true) {
        const run: u64 = if (i + linear_probes <= mask) ((@as(u64, 1) << run_max) - 1) << @intCast(i) else @as(u64, 1) << @intCast(i);
        const cand = unused & run;
        if (cand != 0) {
            const j = @ctz(cand);
            const bit = @as(u64, 1) << @intCast(j);
            const d = dummies & run & (bit - 1);
            if (d != 0) free = 63 - @clz(d);
            if (free) |f| return .{ .state = .absent, .slot = f };
            return .{ .state = .absent, .slot = j, .fresh = true };
        }
        const d = dummies & run;
        if (d != 0) free = 63 - @clz(d);
        perturb >>= perturb_shift;
        i = (i *% 5 +% 1 +% perturb) & mask;
    }
}

/// The last dummy among `dummies` (bits of the run at i), else `prev`: CPython 3.11 reuses
/// the last dummy met on the probe sequence.
inline fn lastDummy(dummies: RunBits, i: usize, prev: ?usize) ?usize {
    if (dummies == 0) return prev;
    return i + (@bitSizeOf(RunBits) - 1 - @clz(dummies));
}

/// set_add_entry: inserts `key` unless an equal key is present; true when the table now needs
/// to grow (the caller resizes, as set_add_entry's tail does).
pub fn add(t: *Table, key: Value, hash: i64) Error!bool {
    if (key == .int and key.int.isSmall()) {
        const p = findIntQuick(true, t, key.int.w, hash);
        switch (p.state) {
            .found => return false,
            .absent => return t.storeAbsent(p, key, hash),
            .unknown => {},
        }
    }
    restart: while (true) {
        const mask = t.mask;
        var i: usize = @as(usize, @bitCast(hash)) & mask;
        var perturb: usize = @bitCast(hash);
        var freeslot: ?usize = null;
        while (true) {
            const n = runLen(i, mask);
            var done: RunBits = 0;
            while (true) {
                const eq = hashBits(t.hashes, i, n, hash) & ~done;
                const zero = hashBits(t.hashes, i, n, 0) & ~done;
                const dummies = hashBits(t.hashes, i, n, dummy_hash) & ~done;
                const cand = eq | zero;
                if (cand == 0) {
                    freeslot = lastDummy(dummies, i, freeslot);
                    break;
                }
                const k: u4 = @intCast(@ctz(cand));
                const j = i + k;
                const bit = @as(RunBits, 1) << k;
                freeslot = lastDummy(dummies & (bit - 1), i, freeslot);
                if (zero & bit != 0 and t.keys[j] == .none) {
                    t.noteAdd(key);
                    if (freeslot) |f| {
                        t.used += 1;
                        t.fillSlot(f, key, hash);
                        return false;
                    }
                    t.fill += 1;
                    t.used += 1;
                    t.fillSlot(j, key, hash);
                    return t.fill * 5 >= mask * 3;
                }
                if (eq & bit != 0) {
                    const startkey = t.keys[j];
                    if (ops.identical(startkey, key)) return false;
                    const hashes = t.hashes.ptr;
                    if (try keysEqual(startkey, key)) return false;
                    if (hashes != t.hashes.ptr or !ops.identical(t.keys[j], startkey)) continue :restart;
                }
                done |= upTo(k);
            }
            perturb >>= perturb_shift;
            i = (i *% 5 +% 1 +% perturb) & mask;
        }
    }
}

/// set_insert_clean: a key known absent, into a table without dummies.
pub fn insertClean(t: *Table, key: Value, hash: i64) void {
    const mask = t.mask;
    var i: usize = @as(usize, @bitCast(hash)) & mask;
    var perturb: usize = @bitCast(hash);
    while (true) {
        var zero = hashBits(t.hashes, i, runLen(i, mask), 0);
        while (zero != 0) : (zero &= zero - 1) {
            const j = i + @ctz(zero);
            if (t.keys[j] == .none) {
                t.fillSlot(j, key, hash);
                return;
            }
        }
        perturb >>= perturb_shift;
        i = (i *% 5 +% 1 +% perturb) & mask;
    }
}

/// set_table_resize: a table of the smallest power of two above `minused`, refilled in the old
/// table's order. The old arrays are left to the collector: an iteration over them may still be
/// running (a user `__eq__` can resize a set another loop is walking).
pub fn resize(t: *Table, minused: usize) void {
    var newsize: usize = min_size;
    while (newsize <= minused) newsize <<= 1;
    // CPython keeps a small table with no dummies as it is.
    if (newsize == min_size and t.mask == min_size - 1 and t.fill == t.used) return;
    var fresh = Table.init(newsize);
    var cursor: usize = 0;
    while (t.next(&cursor)) |e| insertClean(&fresh, e.key, e.hash);
    fresh.fill = t.used;
    fresh.used = t.used;
    fresh.small_only = t.small_only;
    fresh.small_bits = t.small_bits;
    t.* = fresh;
}
