//! Program-side fast paths for attribute access and method calls on instances of user classes.
//!
//! `obj.x`, `obj.x = v` and `obj.m(args)` on a value of unknown type compile to runtime calls
//! (core/attr.zig) that follow CPython's full lookup order. For the common case — an instance of
//! a plain user class (no `__getattribute__`/`__setattr__` override) — this file decides inline,
//! with the runtime's own lookup cache (core/attr_cache.zig, read through its exported address):
//!
//! - get: when no class in the MRO defines the name as a data descriptor, the instance dict
//!   answers first; a plain class constant (None, bool, int, float, str, tuple) answers next;
//! - set: when no class defines the name as a data descriptor (and `__slots__` allows it), the
//!   value is stored in the instance dict: in place for an existing key, or appended when the
//!   dict has room and no deleted slot is on the probe path (exactly dict.setHashed's result);
//! - call: a compiled function found on the class and not shadowed by the instance dict is
//!   entered directly with `self` prepended, when the arguments fill its positional parameters
//!   exactly (call.callFunction's own fast path).
//!
//! The instance dict is probed by the name's cached hash and pointer identity (compiled code
//! uses one static str per name). Anything else — a cache miss, a key equal only by value, an
//! insertion that needs a resize, keywords, defaults — calls the runtime unchanged. Program side
//! only (compiler/zig/runtime.ts PROGRAM_SIDE): editing this file needs no runtime rebuild.
const abi = @import("stub.zig");
const value = @import("../core/value.zig");
const cache = @import("../core/attr_cache.zig");
const Instance = @import("../core/attr.zig").Instance;
const call_mod = @import("../core/call.zig");
const dict_mod = @import("../core/dict.zig");
const Str = @import("../core/str.zig").Str;
const Error = @import("../core/err.zig").Error;
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Dict = dict_mod.Dict;
const Args = call_mod.Args;

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
    return ca != .obj or (!ca.obj.ty.flags.heap and ca.obj.ty.kind != .property);
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
    const mask = d.index.len - 1;
    const uh: u64 = @bitCast(h);
    var perturb = uh;
    var i: usize = @intCast(uh & mask);
    while (true) {
        const ix = d.index[i];
        if (ix == -1) return .{ .absent = i };
        if (ix >= 0) {
            const e = &d.entries[@intCast(ix)];
            if (e.hash == h) {
                if (e.key == .obj and e.key.obj == &name.base) return .{ .found = e };
                return .unknown;
            }
        } else if (for_insert) return .unknown;
        perturb >>= 5;
        i = @intCast((i *% 5 +% 1 +% perturb) & mask);
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
    if (plainInstance(v)) |inst| {
        const t = inst.base.ty;
        if (t.flags.heap and !t.flags.has_setattr and !t.flags.slot_base) {
            if (cache.find(table(), t, name)) |e| {
                const ok = if (cache.result(e)) |ca| !t.flags.slots and nonData(ca) else !t.flags.slots or e.slot == .yes;
                if (ok) {
                    const d = inst.dict;
                    switch (probe(d, name, true)) {
                        .found => |entry| {
                            entry.value = x;
                            return;
                        },
                        .absent => |slot| if (d.used < d.entries.len) {
                            d.entries[d.used] = .{ .hash = name.hash_cache, .key = name.val(), .value = x };
                            d.index[slot] = @intCast(d.used);
                            d.used += 1;
                            d.len += 1;
                            d.version +%= 1;
                            return;
                        },
                        .unknown => {},
                    }
                }
            }
        }
    }
    return abi.S("attr_setattr").f(v, name, x);
}

pub fn callMethod(obj: Value, name: *Str, args: Args) Error!Value {
    if (plainInstance(obj)) |inst| {
        if (cache.find(table(), inst.base.ty, name)) |e| {
            if (cache.result(e)) |ca| if (ca == .obj and ca.obj.ty.kind == .function) {
                const f = Object.as(ca.obj, call_mod.Function);
                const code = f.code;
                const n = args.pos.len + 1;
                if (args.kwnames.len == 0 and n == code.n_pos and n <= 16 and code.n_kwonly == 0 and
                    !code.varargs and !code.varkw and probe(inst.dict, name, false) == .absent)
                {
                    var slots: [16]Value = undefined;
                    slots[0] = obj;
                    @memcpy(slots[1..n], args.pos);
                    var out: Value = undefined;
                    if (code.entry(f, &slots, n, &out) != 0) return error.PyException;
                    return out;
                }
            };
        }
    }
    return abi.S("attr_callMethod").f(obj, name, args);
}
