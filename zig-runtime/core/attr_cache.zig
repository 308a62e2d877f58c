//! A cache of class attribute lookups (`attr.lookupType`) by (type, name).
//!
//! Every `obj.x` on a user instance first looks `x` up along the class's MRO (a data
//! descriptor there wins over the instance dict), so without a cache each attribute access
//! probes one dict per class in the MRO, plus `object`'s native table. The cache remembers
//! where the name was found: in the dict of MRO entry i at entry position p, in a builtin
//! type's native table, or nowhere.
//!
//! Validity does not depend on anyone remembering to invalidate: an entry records, for every
//! MRO class it looked at, that class's dict pointer and the dict's `version`, which every
//! insertion, deletion, clear or rebuild bumps (entry positions only move when it does). The
//! value itself is read from the recorded entry position on each hit, so rebinding an existing
//! class attribute (`C.x = 2`), which keeps the position, is seen immediately. A type's MRO
//! never changes after creation; types with unusually deep MROs simply bypass the cache.
const std = @import("std");
const value = @import("value.zig");
const mem = @import("mem.zig");
const types = @import("types.zig");
const str_mod = @import("str.zig");
const dict_mod = @import("dict.zig");
const natives = @import("natives.zig");
const Builtin = @import("call.zig").Builtin;
const Value = value.Value;
const Type = value.Type;
const Str = str_mod.Str;
const Dict = dict_mod.Dict;

/// MROs longer than this are looked up without the cache.
pub const max_mro = 8;
const table_bits = 9;

pub const absent: u8 = 0xff;


/// Whether a name may be assigned on instances of a `__slots__` class (class.slotAllowed),
/// computed on first need.
pub const SlotState = enum(u8) { unknown, no, yes };

pub const Entry = struct {
    ty: ?*Type = null,
    name: ?*Str = null,
    /// The MRO index holding the name, or `absent`.
    where: u8 = absent,
    /// How many MRO classes the validity check covers (`where + 1`, or the whole MRO).
    n_checked: u8 = 0,
    slot: SlotState = .unknown,
    /// Position in the dict's entries when found in a dict.
    pos: u32 = 0,
    /// The native method when found in a builtin type's table.
    native: ?*const Builtin = null,
    dicts: [max_mro]?*Dict = .{null} ** max_mro,
    versions: [max_mro]u32 = .{0} ** max_mro,
};

/// Two-way sets: the most recent entry of a set is way 0 (a miss moves way 0 to way 1), so two
/// hot (type, name) pairs that hash alike do not evict each other.
pub const n_sets = 1 << table_bits;
pub const Table = [n_sets][2]Entry;
pub var table: Table = .{.{ Entry{}, Entry{} }} ** n_sets;
var rooted = false;

pub inline fn setOf(t: *const Type, name: *const Str) usize {
    const a: u64 = @intFromPtr(t) >> 4;
    const b: u64 = @intFromPtr(name) >> 4;
    const h = (a *% 0x9E3779B97F4A7C15) ^ (b *% 0xC2B2AE3D27D4EB4F);
    return @intCast(h >> (64 - table_bits));
}

/// True when `t` can use the cache (lookupType's plain MRO walk applies to it).
pub inline fn cacheable(t: *const Type) bool {
    return t.mro.len != 0 and t.mro.len <= max_mro and t.mro[0] == t;
}

inline fn valid(e: *const Entry, mro: []const *Type) bool {
    for (0..e.n_checked) |i| {
        const d = mro[i].dict;
        if (d != e.dicts[i]) return false;
        if (d) |x| if (x.version != e.versions[i]) return false;
    }
    return true;
}

/// The valid entry for (t, name) in `tab`, without filling (the program side reads the
/// runtime's table through this). `t` must be `cacheable`.
pub inline fn find(tab: *Table, t: *Type, name: *Str) ?*Entry {
    const set = &tab[setOf(t, name)];
    inline for (0..2) |w| {
        const e = &set[w];
        if (e.ty == t and e.name == name and valid(e, t.mro)) return e;
    }
    return null;
}

/// The valid entry for (t, name), filling it if needed; null when this lookup cannot be
/// cached (the caller then walks the MRO itself). `t` must be `cacheable`.
pub fn entry(t: *Type, name: *Str) ?*Entry {
    if (find(&table, t, name)) |e| return e;
    if (name.base.ty != &types.str_type) return null;
    const set = &table[setOf(t, name)];
    set[1] = set[0];
    const e = &set[0];
    if (!fill(e, t, name)) {
        e.* = .{};
        return null;
    }
    return e;
}

fn fill(e: *Entry, t: *Type, name: *Str) bool {
    if (!rooted) {
        // Entries hold type, name and dict pointers: a name must stay alive while its entry
        // does, or a new str at the same address would hit a stale entry.
        mem.addRoot(@ptrCast(&table), @sizeOf(Table));
        rooted = true;
    }
    const h = str_mod.hash(name);
    e.* = .{ .ty = t, .name = name };
    for (t.mro, 0..) |c, i| {
        e.dicts[i] = c.dict;
        e.n_checked = @intCast(i + 1);
        if (c.dict) |d| {
            e.versions[i] = d.version;
            switch (findPos(d, name, h)) {
                .found => |p| {
                    e.where = @intCast(i);
                    e.pos = p;
                    return true;
                },
                .absent => {},
                .unknown => return false,
            }
        } else if (natives.lookup(c, name.bytes)) |b| {
            e.where = @intCast(i);
            e.native = b;
            return true;
        }
    }
    e.where = absent;
    return true;
}

const Found = union(enum) { found: u32, absent, unknown };

/// Where str key `name` is in `d`'s entries: the dict's own probe sequence, comparing keys by
/// identity or as exact strs. A key of another type with the same hash would need `==` (user
/// code): then the answer is unknown and the lookup is not cached.
fn findPos(d: *Dict, name: *Str, h: i64) Found {
    if (d.len == 0) return .absent;
    var c = dict_mod.Cursor.start(h, d.index.len - 1);
    while (true) : (c.next()) {
        const ix = d.index[c.i];
        if (ix == dict_mod.empty_slot) return .absent;
        if (c.matches(ix)) {
            const pos = dict_mod.slotPos(ix, c.mask);
            const x = &d.entries[pos];
            if (x.hash == h) {
                if (x.key == .obj and x.key.obj == &name.base) return .{ .found = @intCast(pos) };
                if (x.key == .obj and x.key.obj.ty == &types.str_type) {
                    if (str_mod.eql(x.key.as(Str), name)) return .{ .found = @intCast(pos) };
                } else return .unknown;
            }
        }
    }
}

/// The cached result of an entry: the class attribute, or null.
pub inline fn result(e: *const Entry) ?Value {
    if (e.where == absent) return null;
    if (e.native) |b| return .{ .obj = @constCast(&b.base) };
    return e.dicts[e.where].?.entries[e.pos].value;
}

/// True when the entry covers the whole MRO (the name is on no class).
pub inline fn coversMro(e: *const Entry, t: *Type) bool {
    return e.n_checked == t.mro.len;
}
