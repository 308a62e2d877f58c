//! Program-side fast paths for attribute access and method calls on instances of user classes.
//!
//! `obj.x`, `obj.x = v` and `obj.m(args)` on a value of unknown type compile to runtime calls
//! (core/attr.zig) that follow CPython's full lookup order. For the common case — an instance of
//! a plain user class (no `__getattribute__`/`__setattr__` override) — this file decides inline,
//! with the runtime's own lookup cache (core/attr_cache.zig, read through its exported address):
//!
//! - get: when no class in the MRO defines the name as a data descriptor, the instance dict
//!   answers first; a plain class constant (None, bool, int, float, str, tuple) answers next;
//!   a `property` whose getter is a compiled function is that call (no `__getattr__` on the class);
//! - set: when no class defines the name as a data descriptor (and `__slots__` allows it), the
//!   value is stored in the instance dict: in place for an existing key, or appended when the
//!   dict has room and no deleted slot is on the probe path (exactly dict.setHashed's result);
//! - call: a compiled function found on the class and not shadowed by the instance dict is
//!   entered directly with `self` prepended, when the arguments fill its positional parameters
//!   exactly (call.callFunction's own fast path).
//!
//! The instance dict is probed by the name's cached hash and pointer identity (compiled code
//! uses one static str per name). Anything else — a cache miss, a key equal only by value, an
//! insertion that needs a resize, keywords, defaults — calls the runtime unchanged.
//!
//! Compiled code mostly reaches these paths through per-site inline caches (`Site`, `CallSite`
//! below; compiler/codegen/attr-site.ts gives each attribute expression and dynamic call its
//! own), which remember the previous answers per class and skip the lookups on a hit; calling
//! a plain user class allocates the instance here and enters its compiled `__init__`. Program
//! side only (compiler/zig/runtime.ts PROGRAM_SIDE): editing this file needs no runtime rebuild.
const std = @import("std");
const abi = @import("stub.zig");
const value = @import("../core/value.zig");
const cache = @import("../core/attr_cache.zig");
const Instance = @import("../core/attr.zig").Instance;
const Property = @import("../core/attr.zig").Property;
const Module = @import("../core/class.zig").Module;
const call_mod = @import("../core/call.zig");
const dict_mod = @import("../core/dict.zig");
const instance_block = @import("../core/instance_block.zig");
const slot_mod = @import("../core/slots.zig");
const Str = @import("../core/str.zig").Str;
const Tuple = @import("../core/tuple.zig").Tuple;
const TupleGetter = @import("../core/tuplegetter.zig").TupleGetter;
const Error = @import("../core/err.zig").Error;
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Dict = dict_mod.Dict;
const Args = call_mod.Args;
const Function = call_mod.Function;
const Builtin = call_mod.Builtin;
const gc = @import("client_gc.zig");

inline fn table() *cache.Table {
    return abi.global(cache.Table, "pyaot_g_attr_cache");
}

/// The instance when `v` is a user-class instance whose class keeps the default attribute
/// lookup (no `__getattribute__`) and can use the lookup cache.
inline fn plainInstance(v: Value) ?*Instance {
    if (v != .obj) return null;
    const t = v.obj.ty;
    if (t.kind != .instance or t.flags.has_getattribute or !cache.cacheable(t)) return null;
    return Object.as(v.obj, Instance);
}

/// attr.isDataDescriptor's negation: the instance dict takes precedence over this class
/// attribute, for reads and for writes.
inline fn nonData(ca: Value) bool {
    return ca != .obj or (!ca.obj.ty.flags.heap and ca.obj.ty.kind != .property and ca.obj.ty != memberType());
}

// ---- Fixed-slot instances (core/slots.zig) ----------------------------------------------------

inline fn sameObj(v: Value, o: ?*Object) bool {
    return v == .obj and o != null and v.obj == o.?;
}

inline fn memberType() *Type {
    return abi.global(Type, "pyaot_g_member_type");
}

inline fn tuplegetterType() *Type {
    return abi.global(Type, "pyaot_g_tuplegetter_type");
}

inline fn propertyType() *Type {
    return abi.global(Type, "pyaot_t_property_type");
}

const no_args: Args = .{ .pos = &.{} };

/// The getter reading through class attribute `ca` calls, when `ca` is a plain `property` (a
/// subclass may define its own __get__) whose fget is a compiled function taking the instance
/// alone: then `obj.name` is that call (a property is a data descriptor: the instance dict
/// never answers first).
inline fn propertyGetter(ca: Value) ?*Function {
    if (ca != .obj or ca.obj.ty != propertyType()) return null;
    const g = Object.as(ca.obj, Property).fget;
    if (g != .obj or g.obj.ty.kind != .function) return null;
    const f = Object.as(g.obj, Function);
    return if (fitsWithSelf(f, no_args)) f else null;
}

inline fn unsetObj() *Object {
    return abi.global(Object, "pyaot_g_slot_unset");
}

/// The slot member `ca` when it reads a fixed index of `t`'s instances (slots.hasSlot).
inline fn slotOf(t: *Type, ca: ?Value) ?*slot_mod.Member {
    const c = ca orelse return null;
    if (c != .obj or c.obj.ty != memberType() or !t.flags.fixed_slots) return null;
    const m = Object.as(c.obj, slot_mod.Member);
    if (m.index >= t.n_slots or !t.isSubtype(m.objclass)) return null;
    return m;
}

/// slots.alloc on the program side: header, the shared empty dict, every slot unset.
inline fn newSlotted(t: *Type) *Object {
    const n = t.n_slots;
    const block = gc.allocSlice(u64, .scan, 2 + 2 * @as(usize, n));
    const o: *Object = @ptrCast(block.ptr);
    o.ty = t;
    const dp: **Dict = @ptrCast(@alignCast(block.ptr + 1));
    dp.* = abi.global(Dict, "pyaot_g_no_dict");
    const vs = slot_mod.vals(o);
    const u = unsetObj();
    for (0..n) |i| vs[i] = .{ .obj = u };
    return o;
}

/// A class attribute that attr.bindAttr returns unchanged and that has no `__get__`.
inline fn plainConstant(ca: Value) bool {
    if (ca != .obj) return true;
    const t = ca.obj.ty;
    return !t.flags.heap and (t.kind == .str or t.kind == .tuple);
}

const Probe = union(enum) {
    found: *dict_mod.Entry,
    /// Not present; the empty index slot that ends the probe sequence.
    absent: usize,
    /// Needs the runtime: no cached hash, a key that may equal the name by value, or (for
    /// insertion) a deleted slot on the way.
    unknown,
};

/// The dict's probe sequence (dict.probe) for `name`, comparing keys by identity only.
inline fn probe(d: *Dict, name: *Str, comptime for_insert: bool) Probe {
    const h = name.hash_cache;
    if (h == 0 or d.index.len == 0) return .unknown;
    var c = dict_mod.Cursor.start(h, d.index.len - 1);
    while (true) : (c.next()) {
        const ix = d.index[c.i];
        if (ix == dict_mod.empty_slot) return .{ .absent = c.i };
        if (c.matches(ix)) {
            const e = &d.entries[dict_mod.slotPos(ix, c.mask)];
            if (e.hash == h) {
                if (e.key == .obj and e.key.obj == &name.base) return .{ .found = e };
                return .unknown;
            }
        } else if (for_insert and ix == dict_mod.dummy_slot) return .unknown;
    }
}

pub fn getattr(v: Value, name: *Str) Error!Value {
    if (plainInstance(v)) |inst| {
        if (cache.find(table(), inst.base.ty, name)) |e| {
            const ca = cache.result(e);
            if (ca == null or nonData(ca.?)) {
                switch (probe(inst.dict, name, false)) {
                    .found => |x| return x.value,
                    // Values of a base's __slots__ (Instance.slot_vals) come before the class's.
                    .absent => if (ca) |c| {
                        if (plainConstant(c) and !inst.base.ty.flags.slot_base) return c;
                    },
                    .unknown => {},
                }
            }
        }
    }
    return abi.S("attr_getattr").f(v, name);
}

pub fn setattr(v: Value, name: *Str, x: Value) Error!void {
    if (plainInstance(v)) |inst| if (dictStorable(inst, name) != null) {
        if (storeInDict(inst.dict, name, x) != null) return;
    };
    return abi.S("attr_setattr").f(v, name, x);
}

/// The lookup-cache entry for `name` on the instance's class when `inst.name = x` may go
/// straight into the instance dict (no __setattr__, no data descriptor or slot in the way),
/// else null.
inline fn dictStorable(inst: *Instance, name: *Str) ?*cache.Entry {
    const t = inst.base.ty;
    if (!t.flags.heap or t.flags.has_setattr or t.flags.slot_base or t.flags.fixed_slots) return null;
    // `o.__dict__ = d` replaces the dict itself (attr.setattr).
    if (std.mem.eql(u8, name.bytes, "__dict__")) return null;
    const e = cache.find(table(), t, name) orelse return null;
    const ok = if (cache.result(e)) |ca| !t.flags.slots and nonData(ca) else !t.flags.slots or e.slot == .yes;
    return if (ok) e else null;
}

pub fn callMethod(obj: Value, name: *Str, args: Args) Error!Value {
    if (plainInstance(obj)) |inst| {
        if (cache.find(table(), inst.base.ty, name)) |e| {
            if (cache.result(e)) |ca| if (ca == .obj and ca.obj.ty.kind == .function) {
                const f = Object.as(ca.obj, Function);
                if (fitsWithSelf(f, args) and absentIn(inst.dict, name)) return enterWithSelf(f, obj, args);
            };
        }
    }
    return abi.S("attr_callMethod").f(obj, name, args);
}

// ---- Per-site inline caches ------------------------------------------------------------------
//
// The compiler gives every `obj.x`, `obj.x = v` and `obj.m(args)` in the program its own static
// `Site`, remembering what the last lookup there found for up to `n_ways` classes: where the
// answer was — the position of `x` in the instance dict (instances of one class usually get
// their attributes in the same order, so the position repeats), or the class attribute's dict
// and entry position. A hit costs one epoch compare, a type compare and a load.
//
// Validity rests on the same facts as the lookup cache: every insertion into or deletion from a
// dict bumps its version, entry positions move only then, and rebinding an existing class
// attribute keeps its position — so the class attribute is re-read (and re-checked) on each hit.
// Rather than re-checking the version of each class dict a way depends on, a fill marks those
// dicts `guarded`, and every version bump of a guarded dict also bumps the global
// `dict.guard_epoch`: a site filled at the current epoch depends on no class dict that changed
// shape since. (Programs rarely add class attributes once running; when they do, sites refill.)
// An instance dict entry at the remembered position is the attribute exactly when its key is
// the name's str itself: keys are unique and deleted entries lose their key.

/// Class dicts an attribute site's answer depends on (MRO prefixes with more user classes are
/// not cached) — for CallSite's guard.
const max_dicts = 4;

const Guard = struct {
    n: u8 = 0,
    dicts: [max_dicts]*Dict = undefined,
    versions: [max_dicts]u32 = undefined,

    inline fn valid(g: *const Guard) bool {
        inline for (0..max_dicts) |i| {
            if (i >= g.n) return true;
            if (g.dicts[i].version != g.versions[i]) return false;
        }
        return true;
    }
};

/// The current guard epoch (the runtime's dict.guard_epoch, read directly: see epochVar).
inline fn guardEpoch() u64 {
    return epochVar().*;
}

/// The runtime's dict.guard_epoch itself (exported as a variable, not by address: runtime.zig).
inline fn epochVar() *u64 {
    return @extern(*u64, .{ .name = "pyaot_v_guard_epoch" });
}

/// What a site remembers for one class.
const Way = extern struct {
    /// The class dict holding the class attribute; null when the name is on no class.
    cdict: ?*Dict = null,
    /// The function found on the class (mode .method), the `Builtin` (mode .native), the
    /// module's function (mode .module).
    func: ?*Object = null,
    /// The attribute's position in the instance dict at the last hit (mode .dict).
    idx: u32 = 0,
    /// The class attribute's entry position in `cdict`.
    cpos: u32 = 0,
    mode: Mode = .dict,
    /// Mode .method: the positional argument count, receiver included, that fills `func`'s
    /// parameters exactly (a function's code never changes).
    nargs: u8 = 0,
    /// Mode .method: dict.bloomBits of the name's hash, to rule the name out of the instance
    /// dict (absentBy) without reloading the hash; 0 when it had no cached hash (then probe).
    bloom: u16 = 0,
    /// The module whose function `func` is (mode .module): all modules share one type.
    recv: ?*Object = null,

    const Mode = enum(u8) {
        /// The instance dict answers (any class attribute of that name is no data descriptor).
        dict,
        /// A plain constant class attribute answers (the instance dict lacks the name).
        constant,
        /// A compiled function on the class is called with the instance prepended.
        method,
        /// A builtin type's native method (`func` is its `Builtin`): builtin types' method
        /// tables never change, so the type alone decides.
        native,
        /// A function of a fixed native module (`random.random()`): such a module's own
        /// attributes are never rebound (Module.fixed), so the module alone decides.
        module,
        /// A fixed-slot instance's slot `idx`, through the member descriptor `func` found on
        /// the class (re-checked on each hit: rebinding the class attribute keeps its position).
        slot,
        /// A `property` (`func`, re-checked on each hit like a slot's member) whose getter is a
        /// compiled function of the instance alone: called directly (propertyGetter).
        getter,
        /// A namedtuple's field: the class's `_tuplegetter` (`func`, re-checked on each hit)
        /// reads item `idx` of the tuple. Data descriptors win over an instance dict, so the
        /// tuple's items alone answer. The object is a Tuple, not an Instance: `hit` stays
        /// `no_hit` for it (hitIdx), never reaching the instance-dict probes.
        tuple_field,
    };

    /// w.mode == .method and w.nargs == nargs, as one compare of the two adjacent bytes.
    inline fn isMethod(w: *const Way, comptime nargs: usize) bool {
        comptime std.debug.assert(@offsetOf(Way, "nargs") == @offsetOf(Way, "mode") + 1);
        if (nargs > 255) return false;
        const both = std.mem.readInt(u16, @as(*const [2]u8, @ptrCast(&w.mode)), .little);
        return both == comptime (@as(u16, @intFromEnum(Mode.method)) | (@as(u16, nargs) << 8));
    }

    inline fn classAttr(w: *const Way) Value {
        return w.cdict.?.entries[w.cpos].value;
    }

    /// Whether the instance dict may answer (no class attribute shadows it as a data descriptor).
    inline fn dictWins(w: *const Way) bool {
        return w.cdict == null or nonData(w.classAttr());
    }
};

/// Sites are polymorphic: a call in a base class's method sees instances of each subclass.
const n_ways = 4;

/// Site.hit's "none": above any dict's `used` (dicts hold far fewer than 2**32 - 1 entries).
const no_hit = std.math.maxInt(u32);

/// Extern: the fields stay in this order (Zig may reorder a plain struct's, and did put `hit`
/// after the ways).
pub const Site = extern struct {
    /// The guard epoch all ways were filled at (0: none; the epoch starts at 1). The classes
    /// come first and together, so a polymorphic lookup reads one cache line.
    epoch: u64 align(64) = 0,
    tys: [n_ways]?*Type = .{null} ** n_ways,
    /// Per way, the commonest hit in the same cache line as the classes: the attribute's
    /// position in the instance dict when the way is mode .dict with no class attribute of the
    /// name (the instance dict answers reads, and takes stores unless the class has
    /// __setattr__); `no_hit` otherwise — a position no dict reaches, so that the hit path's
    /// bound check (dictEntryAt: position < used) rejects it with no test of its own. A hit
    /// then reads one line of the site, not two. Kept in step with the ways by slotFor
    /// (cleared) and setIdx.
    hit: [n_ways]u32 = .{no_hit} ** n_ways,
    /// The way the next fill replaces (round robin).
    next: u8 = 0,
    rooted: bool = false,
    ways: [n_ways]Way = .{Way{}} ** n_ways,

    /// The valid way for instances of `t`.
    inline fn lookup(s: *Site, t: *Type) ?*Way {
        if (s.epoch != guardEpoch()) return null;
        inline for (0..n_ways) |i| {
            if (s.tys[i] == t) return &s.ways[i];
        }
        return null;
    }

    /// The way to (re)fill for `t`: its own, else the next in turn; all are dropped first when
    /// the epoch moved since they were filled.
    fn slotFor(s: *Site, t: *Type) *Way {
        if (!s.rooted) {
            // A site holds type, dict and function pointers: keep them alive so that a new
            // object at the same address can never match a stale site.
            gc.addRoot(s, @sizeOf(Site));
            s.rooted = true;
        }
        const now = guardEpoch();
        if (s.epoch != now) {
            s.tys = .{null} ** n_ways;
            s.next = 0;
            s.epoch = now;
        }
        for (s.tys, 0..) |x, i| {
            if (x == t) {
                s.hit[i] = no_hit;
                return &s.ways[i];
            }
        }
        const i = s.next;
        s.next = (s.next + 1) % n_ways;
        s.tys[i] = t;
        s.hit[i] = no_hit;
        return &s.ways[i];
    }

    /// Sets way `w`'s instance dict position (mode .dict), and its `hit` entry with it.
    fn setIdx(s: *Site, w: *Way, idx: u32) void {
        w.idx = idx;
        const i = (@intFromPtr(w) - @intFromPtr(&s.ways)) / @sizeOf(Way);
        s.hit[i] = if (w.mode == .dict and w.cdict == null and idx != no_hit) idx else no_hit;
    }

    /// The commonest hit's position for instances of `t` (see `hit`; `no_hit` when there is
    /// none), else null.
    inline fn hitIdx(s: *Site, t: *Type) ?u32 {
        if (s.epoch != guardEpoch()) return null;
        inline for (0..n_ways) |i| {
            if (s.tys[i] == t) {
                // A way without a dict position may be for an object with no instance dict
                // word at all (a namedtuple's tuple, mode .tuple_field).
                return if (s.hit[i] == no_hit) null else s.hit[i];
            }
        }
        return null;
    }

    /// Points a way at (t, the lookup described by `e`, valid now); null when it cannot be
    /// expressed (found in a builtin type's native table).
    fn fill(s: *Site, t: *Type, e: *const cache.Entry, mode: Way.Mode) ?*Way {
        var cdict: ?*Dict = null;
        for (0..e.n_checked) |i| {
            const d = e.dicts[i] orelse continue; // builtin types (object) resolve natively
            if (i == e.where) cdict = d;
        }
        if (e.where != cache.absent and cdict == null) return null;
        // From now on a change of shape of any dict the lookup covered bumps the epoch.
        for (0..e.n_checked) |i| if (e.dicts[i]) |d| {
            d.guarded = true;
        };
        const w = s.slotFor(t);
        w.* = .{ .cdict = cdict, .cpos = e.pos, .mode = mode };
        return w;
    }

    /// Points a way at builtin type `t`'s native method `b`.
    fn fillNative(s: *Site, t: *Type, b: *const Builtin) void {
        const w = s.slotFor(t);
        w.* = .{ .mode = .native, .func = @constCast(&b.base) };
    }

    /// Points a way at function `f` of fixed module `m` (modules share one type: the way is
    /// the latest module's).
    fn fillModule(s: *Site, m: *Object, f: *Object) void {
        const w = s.slotFor(m.ty);
        w.* = .{ .mode = .module, .func = f, .recv = m };
    }
};

/// absentIn with the name's bloom bits given (Way.bloom; 0: unknown, probe).
inline fn absentBy(d: *Dict, bits: u16, name: *Str) bool {
    if (bits != 0 and d.bloom & bits != bits) return true;
    return probe(d, name, false) == .absent;
}

/// probe(d, name) == .absent, answered first by the dict's bloom bits when they rule the name
/// out (no key with the name's hash was ever inserted).
inline fn absentIn(d: *Dict, name: *Str) bool {
    const h = name.hash_cache;
    if (h != 0) {
        const b = dict_mod.bloomBits(h);
        if (d.bloom & b != b) return true;
    }
    return probe(d, name, false) == .absent;
}

inline fn entryIndex(d: *Dict, e: *dict_mod.Entry) u32 {
    return @intCast(e - d.entries.ptr);
}

inline fn keyIs(e: *const dict_mod.Entry, name: *Str) bool {
    return e.key == .obj and e.key.obj == &name.base;
}

// The sites' entry points return their Value through a pointer (the `...Into` functions, with
// an inline wrapper giving programs the usual `Error!Value`): an error union returned in memory
// is assembled from a 16-byte value and a 2-byte error code, and copying it whole to the
// caller's result reloads those as wider words than were stored, which stalls each return
// (store-to-load forwarding fails). A bare error code returns in a register.

/// Object.as(o, Instance) for the inline paths, through the address: a comptime-known receiver
/// (a str literal) would make Object.as's @fieldParentPtr fail at compile time, and a runtime
/// copy of the receiver costs a stack round trip (measured: binary_trees +15%).
inline fn instanceOf(o: *Object) *Instance {
    comptime std.debug.assert(@offsetOf(Instance, "base") == 0);
    return @ptrFromInt(@intFromPtr(o));
}

/// `s` is a `*Site`, or a `*SlotSite` for a name some class in the program lists in its
/// `__slots__` (compiler/codegen/attr-site.ts): only those sites decide a fixed-slot read
/// inline, so other programs' sites keep their small hit path.
pub inline fn getattrAt(s: anytype, v: Value, name: *Str) Error!Value {
    const site: *Site = siteOf(s);
    if (comptime @TypeOf(s) == *SlotSite) if (slotHit(site, v)) |w| {
        const x = slot_mod.vals(v.obj)[w.idx];
        if (!(x == .obj and x.obj == unsetObj())) return x;
    };
    // The commonest hit inline, on any way: an instance attribute no class defines. (Checking
    // the first way only sent polymorphic sites — `self.x` in a base class's method — through
    // the call below and its result through memory: richards_like 0.40 -> 0.36 s. The same
    // inline for stores measured no gain, on the first way or on any.)
    if (comptime @TypeOf(s) != *SlotSite) if (instanceDictHit(site, v, name)) |e| return e.value;
    var out: Value = undefined;
    try getattrInto(site, v, name, &out);
    return out;
}

/// The instance dict entry holding `name` when the site's way for `v`'s class (any of them:
/// Site.lookup compares the classes in turn) says the instance dict answers and no class
/// defines the name, else null.
inline fn instanceDictHit(site: *Site, v: Value, name: *Str) ?*dict_mod.Entry {
    if (v != .obj) return null;
    return dictEntryAt(v.obj, site.hitIdx(v.obj.ty) orelse return null, name);
}

/// Instance `o`'s dict entry at `idx` when it holds `name`.
inline fn dictEntryAt(o: *Object, idx: u32, name: *Str) ?*dict_mod.Entry {
    const d = instanceOf(o).dict;
    if (idx >= d.used) return null;
    const e = &d.entries[idx];
    return if (keyIs(e, name)) e else null;
}

/// A Site whose fixed-slot answers are decided at the site (see getattrAt).
pub const SlotSite = struct {
    site: Site = .{},
};

inline fn siteOf(s: anytype) *Site {
    return if (comptime @TypeOf(s) == *SlotSite) &s.site else s;
}

fn getattrInto(s: *Site, v: Value, name: *Str, out: *Value) Error!void {
    if (v == .obj) if (s.lookup(v.obj.ty)) |w| {
        switch (w.mode) {
            .dict => {
                const d = Object.as(v.obj, Instance).dict;
                if (w.idx < d.used) {
                    const e = &d.entries[w.idx];
                    if (keyIs(e, name) and w.dictWins()) {
                        out.* = e.value;
                        return;
                    }
                }
            },
            .constant => return getattrConstant(s, w, v, name, out),
            .slot => if (sameObj(w.classAttr(), w.func)) {
                const x = slot_mod.vals(v.obj)[w.idx];
                if (!(x == .obj and x.obj == unsetObj())) {
                    out.* = x;
                    return;
                }
            },
            // An AttributeError from the getter goes to __getattr__: not this path then.
            .getter => if (sameObj(w.classAttr(), w.func) and !v.obj.ty.flags.has_getattr) if (propertyGetter(w.classAttr())) |f| {
                return enterWithSelfInto(f, v, no_args, out);
            },
            .tuple_field => if (sameObj(w.classAttr(), w.func)) {
                const items = Object.as(v.obj, Tuple).items;
                if (w.idx < items.len) {
                    out.* = items[w.idx];
                    return;
                }
            },
            .method, .native, .module => {},
        }
    };
    // Tail calls: this function keeps no frame and saves few registers.
    return getattrMissInto(s, v, name, out);
}

/// The .constant way's hit (kept out of line: its dict probe needs registers).
noinline fn getattrConstant(s: *Site, w: *Way, v: Value, name: *Str, out: *Value) Error!void {
    if (absentIn(Object.as(v.obj, Instance).dict, name)) {
        const c = w.classAttr();
        if (plainConstant(c)) {
            out.* = c;
            return;
        }
    }
    out.* = try getattrMiss(s, v, name);
}

noinline fn getattrMissInto(s: *Site, v: Value, name: *Str, out: *Value) Error!void {
    out.* = try getattrMiss(s, v, name);
}

/// Kept out of line: the hit path stays small (few saved registers, a small frame).
noinline fn getattrMiss(s: *Site, v: Value, name: *Str) Error!Value {
    if (plainInstance(v)) |inst| {
        const t = inst.base.ty;
        if (cache.find(table(), t, name)) |e| {
            const ca = cache.result(e);
            if (slotOf(t, ca)) |m| {
                const x = slot_mod.vals(v.obj)[m.index];
                if (!(x == .obj and x.obj == unsetObj())) {
                    if (s.fill(t, e, .slot)) |w| {
                        w.idx = m.index;
                        w.func = &m.base;
                    }
                    return x;
                }
            }
            if (ca) |c| if (!t.flags.has_getattr) if (propertyGetter(c)) |f| {
                if (s.fill(t, e, .getter)) |w| w.func = c.obj;
                return enterWithSelf(f, v, no_args);
            };
            if (ca == null or nonData(ca.?)) {
                switch (probe(inst.dict, name, false)) {
                    .found => |x| {
                        if (s.fill(t, e, .dict)) |w| s.setIdx(w, entryIndex(inst.dict, x));
                        return x.value;
                    },
                    .absent => if (ca) |c| {
                        if (plainConstant(c) and !t.flags.slot_base) {
                            _ = s.fill(t, e, .constant);
                            return c;
                        }
                    },
                    .unknown => {},
                }
            }
        }
    } else if (namedtupleField(v, name)) |f| {
        if (s.fill(v.obj.ty, f.entry, .tuple_field)) |w| {
            w.idx = @intCast(f.index);
            w.func = f.getter;
        }
        return Object.as(v.obj, Tuple).items[f.index];
    }
    return abi.S("attr_getattr").f(v, name);
}

/// `v.name` when `v` is an instance of a tuple subclass (a namedtuple) that keeps the default
/// lookup and `name` is its class's `_tuplegetter` for an item the tuple has: the getter, its
/// lookup-cache entry and the index; else null (the runtime's own lookup answers, errors
/// included).
inline fn namedtupleField(v: Value, name: *Str) ?struct { entry: *const cache.Entry, getter: *Object, index: usize } {
    if (v != .obj) return null;
    const t = v.obj.ty;
    if (t.kind != .tuple or !t.flags.heap or t.flags.has_getattribute or !cache.cacheable(t)) return null;
    const e = cache.find(table(), t, name) orelse return null;
    const ca = cache.result(e) orelse return null;
    if (ca != .obj or ca.obj.ty != tuplegetterType()) return null;
    const index = Object.as(ca.obj, TupleGetter).index;
    if (index >= Object.as(v.obj, Tuple).items.len) return null;
    return .{ .entry = e, .getter = ca.obj, .index = index };
}

// Values cross the hit paths as two 8-byte words. A Value the caller just built in memory was
// stored as its tag word and payload (8 + 8 bytes, or 8 + 1 for a bool); copying it as one
// 16-byte move reloads it wider than it was stored, and the load stalls until those stores
// retire (store forwarding fails): measured as the hottest instruction of `self.x = v`.
const Words = [2]u64;

/// `x`'s words, read separately (volatile: LLVM would merge them into one 16-byte load).
inline fn wordsOf(x: *const Value) Words {
    const p: *const volatile [2]u64 = @ptrCast(x);
    return .{ p[0], p[1] };
}

inline fn storeWords(dst: *Value, w: Words) void {
    const p: *volatile [2]u64 = @ptrCast(dst);
    p[0] = w[0];
    p[1] = w[1];
}

/// One 16-byte store of `w`: a later 16-byte load of the value (getattrAt's) forwards from it.
inline fn storeWide(dst: *Value, w: Words) void {
    const vec: @Vector(2, u64) = w;
    @as(*align(8) @Vector(2, u64), @ptrCast(dst)).* = vec;
}

inline fn fromWords(w: Words) Value {
    var v: Value = undefined;
    storeWords(&v, w);
    return v;
}

/// `v`, to be returned from a compiled function through memory as one 16-byte store. LLVM
/// otherwise stores a result that may be a bool (a 1-byte payload) in pieces (8, 1, 4, 2 and 1
/// bytes), and the caller's 16-byte load of it stalls (store forwarding fails).
pub inline fn settle(v: Value) Value {
    var x = v;
    const w: *const Words = @ptrCast(&x);
    var r: Value = undefined;
    storeWide(&r, .{ w[0], w[1] });
    return r;
}

/// A fixed-slot read or write whose answer is the site's first way, decided inline at the
/// site: the member still bound on the class (the epoch covers the class dicts).
inline fn slotHit(s: *Site, v: Value) ?*Way {
    if (v != .obj) return null;
    if (s.tys[0] != v.obj.ty or s.epoch != guardEpoch()) return null;
    const w = &s.ways[0];
    if (w.mode != .slot) return null;
    if (!sameObj(w.classAttr(), w.func)) return null;
    return w;
}

pub inline fn setattrAt(s: anytype, v: Value, name: *Str, x: Value) Error!void {
    const site: *Site = siteOf(s);
    if (comptime @TypeOf(s) == *SlotSite) if (slotHit(site, v)) |w| if (!v.obj.ty.flags.has_setattr) {
        slot_mod.vals(v.obj)[w.idx] = x;
        return;
    };
    // Plain loads here (a runtime copy; the words usually end up in registers directly).
    var xv = x;
    const w: *const Words = @ptrCast(&xv);
    var vv = v;
    const vw: *const Words = @ptrCast(&vv);
    return setattrWords(site, vw[0], vw[1], name, w[0], w[1]);
}

/// The receiver comes as its two words too: all six arguments then travel in registers (a
/// Value argument is passed through memory, and the hit path would reload it).
fn setattrWords(s: *Site, v0: u64, v1: u64, name: *Str, x0: u64, x1: u64) Error!void {
    if (v0 != @intFromEnum(std.meta.Tag(Value).obj)) return setattrMissWords(s, v0, v1, name, x0, x1);
    const o: *Object = @ptrFromInt(v1);
    if (s.hitIdx(o.ty)) |idx| if (!o.ty.flags.has_setattr) if (dictEntryAt(o, idx, name)) |e| {
        storeWide(&e.value, .{ x0, x1 });
        return;
    };
    if (s.lookup(o.ty)) |w| {
        if (w.mode == .slot and !o.ty.flags.has_setattr and sameObj(w.classAttr(), w.func)) {
            storeWide(&slot_mod.vals(o)[w.idx], .{ x0, x1 });
            return;
        }
        if (w.mode == .dict and !o.ty.flags.has_setattr and w.dictWins()) {
            const d = Object.as(o, Instance).dict;
            if (w.idx < d.used) {
                const e = &d.entries[w.idx];
                if (keyIs(e, name)) {
                    storeWide(&e.value, .{ x0, x1 });
                    return;
                }
            } else if (w.idx == d.used and d.used < d.entries.len) {
                // The next append lands at the remembered position (`__init__` of a new
                // instance laid out like the last): when the name's first probe slot is empty,
                // the name is absent and dict.setHashed would put it there.
                const h = name.hash_cache;
                const mask = d.index.len - 1;
                const slot: usize = @intCast(@as(u64, @bitCast(h)) & mask);
                if (h != 0 and d.index[slot] == dict_mod.empty_slot) {
                    const e = &d.entries[d.used];
                    e.hash = h;
                    e.key = name.val();
                    storeWide(&e.value, .{ x0, x1 });
                    d.index[slot] = dict_mod.slotOf(d.used, h, mask);
                    d.used += 1;
                    d.len += 1;
                    d.bloom |= dict_mod.bloomBits(h);
                    d.version +%= 1;
                    if (d.guarded) epochVar().* +%= 1;
                    return;
                }
            }
            return setattrAppend(s, w, o, name, x0, x1);
        }
    }
    // Tail calls: this function keeps no frame and saves few registers.
    return setattrMissWords(s, v0, v1, name, x0, x1);
}

/// A .dict way whose remembered position does not hold the name (a new instance's first
/// store, or another layout): stored straight into the dict when that needs no runtime help.
noinline fn setattrAppend(s: *Site, w: *Way, o: *Object, name: *Str, x0: u64, x1: u64) Error!void {
    if (storeInDict(Object.as(o, Instance).dict, name, fromWords(.{ x0, x1 }))) |i| {
        s.setIdx(w, i);
        return;
    }
    return setattrMiss(s, .{ .obj = o }, name, fromWords(.{ x0, x1 }));
}

noinline fn setattrMissWords(s: *Site, v0: u64, v1: u64, name: *Str, x0: u64, x1: u64) Error!void {
    return setattrMiss(s, fromWords(.{ v0, v1 }), name, fromWords(.{ x0, x1 }));
}

/// Stores `name` in instance dict `d` as dict.setHashed would, when that needs no runtime help
/// (an existing key, or an append that fits); returns the entry position, or null.
inline fn storeInDict(d: *Dict, name: *Str, x: Value) ?u32 {
    switch (probe(d, name, true)) {
        .found => |entry| {
            entry.value = x;
            return entryIndex(d, entry);
        },
        .absent => |slot| if (d.used < d.entries.len) {
            const i = d.used;
            d.entries[i] = .{ .hash = name.hash_cache, .key = name.val(), .value = x };
            d.index[slot] = dict_mod.slotOf(i, name.hash_cache, d.index.len - 1);
            d.used += 1;
            d.len += 1;
            d.bloom |= dict_mod.bloomBits(name.hash_cache);
            // dict.bumpVersion, with the runtime's epoch (this file's copy of dict.zig has its own).
            d.version +%= 1;
            if (d.guarded) epochVar().* +%= 1;
            return @intCast(i);
        },
        .unknown => {},
    }
    return null;
}

/// Kept out of line: the hit path stays small (few saved registers, a small frame).
noinline fn setattrMiss(s: *Site, v: Value, name: *Str, x: Value) Error!void {
    if (plainInstance(v)) |inst| if (!inst.base.ty.flags.has_setattr) if (cache.find(table(), inst.base.ty, name)) |e| {
        if (slotOf(inst.base.ty, cache.result(e))) |m| {
            slot_mod.vals(v.obj)[m.index] = x;
            if (s.fill(inst.base.ty, e, .slot)) |w| {
                w.idx = m.index;
                w.func = &m.base;
            }
            return;
        }
    };
    if (plainInstance(v)) |inst| if (dictStorable(inst, name)) |e| {
        if (storeInDict(inst.dict, name, x)) |i| {
            if (s.fill(inst.base.ty, e, .dict)) |w| s.setIdx(w, i);
            return;
        }
    };
    return abi.S("attr_setattr").f(v, name, x);
}

/// Whether `args` with a receiver prepended fill `f`'s positional parameters exactly (the
/// binding call.callFunction's fast path does without help).
inline fn fitsWithSelf(f: *Function, args: Args) bool {
    const code = f.code;
    const n = args.pos.len + 1;
    return args.kwnames.len == 0 and n == code.n_pos and n <= 16 and code.n_kwonly == 0 and !code.varargs and !code.varkw;
}

/// Enters compiled function `f` with `self` prepended to `args` (which `fitsWithSelf`).
inline fn enterWithSelf(f: *Function, self: Value, args: Args) Error!Value {
    var out: Value = undefined;
    try enterWithSelfInto(f, self, args, &out);
    return out;
}

inline fn enterWithSelfInto(f: *Function, self: Value, args: Args, out: *Value) Error!void {
    // Few arguments (the usual case) are copied by fixed moves: no memcpy call.
    switch (args.pos.len) {
        inline 0...3 => |k| {
            var slots: [k + 1]Value = undefined;
            slots[0] = self;
            inline for (0..k) |j| storeWords(&slots[j + 1], wordsOf(&args.pos[j]));
            if (f.code.entry(f, &slots, k + 1, out) != 0) return error.PyException;
        },
        else => {
            const n = args.pos.len + 1;
            var slots: [16]Value = undefined;
            slots[0] = self;
            @memcpy(slots[1..n], args.pos);
            if (f.code.entry(f, &slots, n, out) != 0) return error.PyException;
        },
    }
}

/// The compiled function `obj.name(<n_args positional arguments>)` would enter with `obj`
/// prepended, when the site's way for `obj`'s class says so (callMethodInto's hit conditions),
/// else null. The compiler calls the function's Zig code directly when it is one it knows
/// (compiler/codegen/attr-site.ts): no argument array, no indirect call.
pub inline fn methodAt(s: *Site, obj_arg: Value, name: *Str, comptime n_args: usize) ?*Function {
    const obj = obj_arg;
    if (obj != .obj) return null;
    const w = s.lookup(obj.obj.ty) orelse return null;
    if (!w.isMethod(n_args + 1)) return null;
    const ca = w.classAttr();
    if (ca != .obj or ca.obj != w.func) return null;
    if (!absentBy(instanceOf(obj.obj).dict, w.bloom, name)) return null;
    return Object.as(ca.obj, Function);
}

pub inline fn callMethodAt(s: *Site, obj: Value, name: *Str, args: Args) Error!Value {
    var out: Value = undefined;
    try callMethodInto(s, obj, name, args, &out);
    return out;
}

fn callMethodInto(s: *Site, obj: Value, name: *Str, args: Args, out: *Value) Error!void {
    if (obj == .obj) if (s.lookup(obj.obj.ty)) |w| switch (w.mode) {
        .method => {
            const ca = w.classAttr();
            if (ca == .obj and ca.obj == w.func and args.kwnames.len == 0 and args.pos.len + 1 == w.nargs and
                absentBy(Object.as(obj.obj, Instance).dict, w.bloom, name))
                return enterWithSelfInto(Object.as(ca.obj, Function), obj, args, out);
        },
        .native => {
            return callBuiltinInto(Object.as(w.func.?, Builtin), obj, args, out);
        },
        .module => if (obj.obj == w.recv) return callValueInto(.{ .obj = w.func.? }, args, out),
        .dict, .constant, .slot, .getter, .tuple_field => {},
    };
    return callMethodMiss(s, obj, name, args, out);
}

/// methods/fastcall.zig callBuiltin(b, self, args), its result written straight to `out`
/// (abi.S's stub would assemble an `Error!Value` in memory first: see getattrAt).
inline fn callBuiltinInto(b: *const Builtin, self: Value, args: Args, out: *Value) Error!void {
    const Wrapper = *const fn (args: *const anyopaque, out: *anyopaque) callconv(.c) u8;
    const ext = @extern(Wrapper, .{ .name = "pyaot_methods_callBuiltin" });
    const a: std.meta.ArgsTuple(@TypeOf(@import("../methods/fastcall.zig").callBuiltin)) = .{ b, self, args };
    if (ext(&a, out) != 0) return error.PyException;
}

/// The native method attr.callMethod would call for `obj.name(...)` straight from the lookup
/// cache (the same conditions: a builtin type whose instances have no attribute dict), when
/// the runtime's cache already holds it.
inline fn nativeMethod(obj: Value, name: *Str) ?*const Builtin {
    if (obj != .obj) return null;
    const t = obj.obj.ty;
    if (t.flags.heap or t.flags.has_getattribute or !cache.cacheable(t)) return null;
    switch (t.kind) {
        .module, .type, .super, .function, .exception, .instance => return null,
        else => {},
    }
    const e = cache.find(table(), t, name) orelse return null;
    const b = e.native orelse return null;
    return if (b.owner.len != 0) b else null;
}

/// Kept out of line: the hit path stays small (few saved registers, a small frame). Returns
/// through `out`, as the hit path does (see getattrAt).
noinline fn callMethodMiss(s: *Site, obj: Value, name: *Str, args: Args, out: *Value) Error!void {
    if (plainInstance(obj)) |inst| {
        if (cache.find(table(), inst.base.ty, name)) |e| {
            if (cache.result(e)) |ca| if (ca == .obj and ca.obj.ty.kind == .function) {
                const f = Object.as(ca.obj, Function);
                if (fitsWithSelf(f, args) and absentIn(inst.dict, name)) {
                    // Filled before the call: the callee may reuse the cache entry `e`.
                    if (s.fill(inst.base.ty, e, .method)) |w| {
                        w.func = ca.obj;
                        w.nargs = @intCast(args.pos.len + 1);
                        const h = name.hash_cache;
                        w.bloom = if (h != 0) dict_mod.bloomBits(h) else 0;
                    }
                    return enterWithSelfInto(f, obj, args, out);
                }
            };
        }
    } else if (nativeMethod(obj, name)) |b| {
        s.fillNative(obj.obj.ty, b);
        return callBuiltinInto(b, obj, args, out);
    } else if (moduleGlobal(obj, name)) |f| {
        if (f == .obj and Object.as(obj.obj, Module).fixed) s.fillModule(obj.obj, f.obj);
        return callValueInto(f, args, out);
    }
    // (A first call fills the runtime's lookup cache, which the next miss here finds.)
    out.* = try abi.S("attr_callMethod").f(obj, name, args);
}

/// `mod.name` when the module's own globals answer it: class.moduleGetattr's first answer,
/// read through the module's C-ABI `get` (no caching: globals may be rebound at any time).
/// attr.callMethod calls what getattr returns for any module.
inline fn moduleGlobal(obj: Value, name: *Str) ?Value {
    if (obj != .obj or obj.obj.ty.kind != .module) return null;
    // moduleGetattr merges attributes set from outside into a `__dict__` answer.
    if (std.mem.eql(u8, name.bytes, "__dict__")) return null;
    const m = Object.as(obj.obj, Module);
    var got: Value = undefined;
    return if (m.get(name.bytes.ptr, name.bytes.len, &got)) got else null;
}

/// call.call(f, args) with its common cases inline: a builtin function (a module's function,
/// or a method bound to the module's hidden instance) and a compiled function whose positional
/// parameters the arguments fill exactly.
inline fn callValueInto(f: Value, args: Args, out: *Value) Error!void {
    if (f == .obj) switch (f.obj.ty.kind) {
        .builtin_function => {
            const b = Object.as(f.obj, Builtin);
            return callBuiltinInto(b, b.self, args, out);
        },
        .function => {
            const fun = Object.as(f.obj, Function);
            const code = fun.code;
            if (args.kwnames.len == 0 and args.pos.len == code.n_pos and code.n_kwonly == 0 and !code.varargs and !code.varkw) {
                if (code.entry(fun, args.pos.ptr, args.pos.len, out) != 0) return error.PyException;
                return;
            }
        },
        else => {},
    };
    out.* = try abi.S("call_call").f(f, args);
}

// ---- Method calls on an exact str ------------------------------------------------------------
//
// `w.lower()`, `line.split()`, `raw.strip(".,")`, `sep.join(xs)`: the compiler emits
// `callStrAt(.<method>, ...)` for calls of these str method names (compiler/codegen/attr-site.ts),
// whatever the receiver. When the receiver is an exact `str` (never a subclass, whose methods
// may be overridden), no keywords are given and the positional arguments have the exact types
// the typed API takes, the typed function is called directly (methods/fastcall.zig): no method
// lookup and no argument parsing. Anything else is the ordinary method call.

pub const StrMethod = enum {
    upper, lower, casefold, swapcase, title, capitalize,
    strip, lstrip, rstrip, split, join, replace,
    find, rfind, index, rindex, count, startswith, endswith,
};

pub inline fn callStrAt(comptime m: StrMethod, s: *Site, obj: Value, name: *Str, args: Args) Error!Value {
    if (obj == .obj and obj.obj.ty == builtinType("str_type") and args.kwnames.len == 0) {
        if (try strDirect(m, Object.as(obj.obj, Str), args.pos)) |r| return r;
    }
    return callMethodAt(s, obj, name, args);
}

/// An exact str argument.
inline fn exactStr(v: Value) ?*Str {
    return if (v == .obj and v.obj.ty == builtinType("str_type")) Object.as(v.obj, Str) else null;
}

/// `recv.m(*pos)` through the typed API, or null when the arguments need the method's wrapper.
inline fn strDirect(comptime m: StrMethod, recv: *Str, pos: []const Value) Error!?Value {
    const fc = @import("../methods/fastcall.zig");
    switch (m) {
        .upper, .lower, .casefold, .swapcase, .title, .capitalize => if (pos.len == 0) {
            const op = @field(@import("../text/strcase.zig").Op, @tagName(m));
            return abi.S("methods_strCase").f(recv, op).val();
        },
        .strip, .lstrip, .rstrip => {
            const side: fc.Side = switch (m) {
                .strip => .both,
                .lstrip => .left,
                else => .right,
            };
            if (pos.len == 0) return abi.S("methods_strStrip").f(recv, null, side).val();
            if (pos.len == 1) if (exactStr(pos[0])) |c| return abi.S("methods_strStrip").f(recv, c, side).val();
        },
        .split => {
            if (pos.len == 0) return (try abi.S("methods_strSplit").f(recv, null)).val();
            if (pos.len == 1) if (exactStr(pos[0])) |sep| return (try abi.S("methods_strSplit").f(recv, sep)).val();
        },
        .join => if (pos.len == 1) return (try abi.S("methods_strJoin").f(recv, pos[0])).val(),
        .replace => if (pos.len == 2) if (exactStr(pos[0])) |old| if (exactStr(pos[1])) |new| {
            return abi.S("methods_strReplace").f(recv, old, new).val();
        },
        .find, .rfind, .index, .rindex, .count, .startswith, .endswith => if (pos.len == 1) if (exactStr(pos[0])) |sub| {
            const r = try abi.S("methods_strSearch").f(recv, sub, @field(fc.Search, @tagName(m)));
            return switch (m) {
                .startswith, .endswith => Value.fromBool(r != 0),
                else => Value.fromSmall(r),
            };
        },
    }
    return null;
}

// ---- Calls: instantiating user classes -------------------------------------------------------
//
// `C(args)` of a plain user class — created by `type` (no metaclass), with instances laid out
// as `Instance`, no `__new__` of its own, and an `__init__` that is a compiled function — is
// object.__new__ then `__init__`: the site remembers the class, the `__init__` function and the
// class dicts that decided both lookups, allocates the instance here and enters `__init__`
// directly. It also remembers how many attributes the last instance ended `__init__` with, and
// sizes the next instance's dict for them (as dict.resize would: at most 2/3 of the index
// used), so that `__init__` neither resizes nor over-allocates (a 2-slot class gets a 2-entry
// dict). Any other callee takes the runtime's call, after a direct entry for compiled functions
// whose positional parameters the arguments fill exactly.

pub const CallSite = struct {
    /// The class the site answers for (with `init` null: known to need the runtime's call).
    cls: ?*Type = null,
    guard: Guard = .{},
    /// Guard index and entry position of `__init__`.
    iw: u8 = 0,
    rooted: bool = false,
    ipos: u32 = 0,
    init: ?*Object = null,
    /// Entries to presize new instance dicts for (the last instance's count after __init__).
    attrs: u32 = 5,
};

fn newInstance(t: *Type, attrs: u32) *Instance {
    return instance_block.new(t, builtinType("dict_type"), attrs);
}

/// Builtin type objects by runtime name (a load of their exported address).
inline fn builtinType(comptime name: []const u8) *Type {
    return abi.global(Type, "pyaot_t_" ++ name);
}

pub inline fn callAt(s: *CallSite, f: Value, args: Args) Error!Value {
    var out: Value = undefined;
    try callInto(s, f, args, &out);
    return out;
}

fn callInto(s: *CallSite, f: Value, args: Args, out: *Value) Error!void {
    if (intOfFloat(f, args)) |r| {
        out.* = r;
        return;
    }
    if (f == .obj and s.cls != null and f.obj == &s.cls.?.base and s.guard.valid()) {
        if (s.init) |init| {
            const init_v = s.guard.dicts[s.iw].entries[s.ipos].value;
            if (init_v == .obj and init_v.obj == init) {
                const fi = Object.as(init_v.obj, Function);
                if (fitsWithSelf(fi, args)) {
                    out.* = try construct(s, fi, args);
                    return;
                }
            }
        } else {
            out.* = try abi.S("call_call").f(f, args);
            return;
        }
    }
    out.* = try callMiss(s, f, args);
}

/// `C(args)` through a constructor dispatcher (compiler/codegen/attr-site.ts): when the site's
/// cache says calling `f` is object.__new__ plus a compiled `__init__` (callInto's hit
/// conditions), that `__init__`, which the dispatcher calls directly when it is one of the
/// program's `__init__` functions of this arity (so the arguments fit it). Else null.
pub inline fn initAt(s: *CallSite, f: Value) ?*Function {
    if (f != .obj or s.cls == null or f.obj != &s.cls.?.base or !s.guard.valid()) return null;
    const init = s.init orelse return null;
    const init_v = s.guard.dicts[s.iw].entries[s.ipos].value;
    if (init_v != .obj or init_v.obj != init) return null;
    return Object.as(init, Function);
}

/// The new instance `__init__` fills after `initAt` answered: construct's allocation.
pub inline fn newAt(s: *CallSite) Value {
    const t = s.cls.?;
    if (t.flags.fixed_slots) return .{ .obj = newSlotted(t) };
    return newInstance(t, s.attrs).val();
}

/// `self` (from `newAt`) once `__init__` returned `r`: as construct finishes.
pub inline fn initDone(s: *CallSite, self: Value, r: Value) Error!Value {
    if (r != .none) return initReturned(r);
    // From self's own type: `__init__` may have re-entered this site for another class.
    if (!self.obj.ty.flags.fixed_slots and s.cls == self.obj.ty) {
        const used: u32 = @intCast(instanceOf(self.obj).dict.used);
        s.attrs = if (used == 0) 1 else @min(used, 64);
    }
    return self;
}

/// `int(x)` for a float `x` whose truncation is a small int: the truncated value, as
/// int.__new__ computes it (NaN, infinities and big values take the runtime's call).
inline fn intOfFloat(f: Value, args: Args) ?Value {
    if (f != .obj or f.obj != &builtinType("int_type").base) return null;
    if (args.pos.len != 1 or args.kwnames.len != 0 or args.pos[0] != .float) return null;
    const x = args.pos[0].float;
    const lim: f64 = 4611686018427387904.0; // 2**62: truncations below it are small ints
    if (!(x > -lim and x < lim)) return null;
    return Value.fromSmall(@intFromFloat(x));
}

inline fn construct(s: *CallSite, init_f: *Function, args: Args) Error!Value {
    const t = s.cls.?;
    if (t.flags.fixed_slots) {
        const o = newSlotted(t);
        const r = try enterWithSelf(init_f, .{ .obj = o }, args);
        if (r != .none) return initReturned(r);
        return .{ .obj = o };
    }
    const inst = newInstance(t, s.attrs);
    const r = try enterWithSelf(init_f, inst.val(), args);
    if (r != .none) return initReturned(r);
    const used: u32 = @intCast(inst.dict.used);
    s.attrs = if (used == 0) 1 else @min(used, 64);
    return inst.val();
}

fn initReturned(r: Value) Error {
    @branchHint(.cold);
    const tn = switch (r) {
        .none => "NoneType",
        .bool => "bool",
        .int => "int",
        .float => "float",
        .obj => |o| o.ty.name,
    };
    var buf: [200]u8 = undefined;
    const msg = std.fmt.bufPrint(&buf, "__init__() should return None, not '{s}'", .{tn[0..@min(tn.len, 100)]}) catch unreachable;
    const m = abi.S("str_fromBytes").f(msg);
    const e = try abi.S("call_call").f(.{ .obj = &builtinType("TypeError").base }, .{ .pos = &.{m.val()} });
    return abi.S("raiseValue").f(e, null);
}

/// Kept out of line: the hit path stays small (few saved registers, a small frame).
noinline fn callMiss(s: *CallSite, f: Value, args: Args) Error!Value {
    if (f == .obj) {
        const o = f.obj;
        if (o.ty.kind == .function) {
            const fun = Object.as(o, Function);
            const code = fun.code;
            if (args.kwnames.len == 0 and args.pos.len == code.n_pos and code.n_kwonly == 0 and !code.varargs and !code.varkw) {
                var out: Value = undefined;
                if (code.entry(fun, args.pos.ptr, args.pos.len, &out) != 0) return error.PyException;
                return out;
            }
        } else if (o.ty == builtinType("type_type")) {
            const t = Object.as(o, Type);
            if (fillNew(s, t)) {
                const fi = Object.as(s.init.?, Function);
                if (fitsWithSelf(fi, args)) return construct(s, fi, args);
            }
        }
    }
    return abi.S("call_call").f(f, args);
}

/// Points the site at class `t`; true when calling it is object.__new__ plus a compiled
/// `__init__` (looked up along the MRO as lookupType does, comparing names by their text).
/// Other classes are remembered too (with no `init`), so that calls of a class with its own
/// `__new__`, say, do not rescan its dicts each time.
fn fillNew(s: *CallSite, t: *Type) bool {
    // Subclasses of builtin types (tuple, Exception, ...) are built natively: no scan.
    if (!t.flags.heap or t.kind != .instance or !cache.cacheable(t)) return false;
    var g: Guard = .{};
    var plain = !t.flags.abstract;
    var init_seen = false;
    var init_at: struct { w: u8 = 0, pos: u32 = 0, f: ?*Object = null } = .{};
    for (t.mro) |c| {
        const d = c.dict orelse {
            // Only object's native __new__/__init__ may answer after the user classes.
            if (c != builtinType("object_type")) return false;
            break;
        };
        if (g.n == max_dicts) return false;
        g.dicts[g.n] = d;
        g.versions[g.n] = d.version;
        for (d.entries[0..d.used], 0..) |e, pos| {
            if (e.key != .obj or e.key.obj.ty.kind != .str) continue;
            const k = Object.as(e.key.obj, Str).bytes;
            if (std.mem.eql(u8, k, "__new__")) plain = false;
            if (!init_seen and std.mem.eql(u8, k, "__init__")) {
                init_seen = true;
                if (e.value == .obj and e.value.obj.ty.kind == .function) {
                    init_at = .{ .w = g.n, .pos = @intCast(pos), .f = e.value.obj };
                } else plain = false;
            }
        }
        g.n += 1;
    } else return false;
    if (!s.rooted) {
        gc.addRoot(s, @sizeOf(CallSite));
        s.rooted = true;
    }
    if (s.cls != t) s.attrs = 5;
    s.cls = t;
    s.guard = g;
    s.iw = init_at.w;
    s.ipos = init_at.pos;
    // Without an __init__ of its own, object.__init__ checks the arguments: the runtime's call.
    s.init = if (plain) init_at.f else null;
    return s.init != null;
}
