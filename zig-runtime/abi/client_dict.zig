//! Program-side fast paths for `d[k]`, `k in d`, `d[k] = v` and `d.get(k[, default])` when `d`
//! is an exact builtin dict and `k` a small int or an exact str.
//!
//! Where inference cannot prove `d` a dict, these compile to runtime calls (core/sub.zig) that
//! dispatch on the container, hash the key through the generic path and probe. For the
//! commonest keys the probe is decided here, inline in the program, reading the runtime's own
//! table (core/dict.zig: same source, same layout): a probe that meets only identical keys,
//! other small ints and exact strs runs no user code, so its answer — found, or certainly
//! absent — is final. Anything else (another key type, a hash-equal key that might be equal by
//! `__eq__`, a float or bool key that may equal an int, a dict subclass, an insertion) calls
//! the runtime unchanged, whose probe then does exactly what CPython's does.
//! Program side only (compiler/zig/runtime.ts PROGRAM_SIDE): editing this file needs no
//! runtime rebuild.
const std = @import("std");
const abi = @import("stub.zig");
const value = @import("../core/value.zig");
const dict_mod = @import("../core/dict.zig");
const str_mod = @import("../core/str.zig");
const intops = @import("../core/intops.zig");
const Error = @import("../core/err.zig").Error;
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Dict = dict_mod.Dict;
const Str = str_mod.Str;

/// The object `o` as a `T` (whose header is its first field). Not `Object.as`: a literal's
/// comptime-known address would make the compiler check that cast for every operand type at
/// compile time, even on the paths the type test excludes.
inline fn cast(comptime T: type, o: *Object) *T {
    comptime std.debug.assert(@offsetOf(T, "base") == 0);
    return @ptrCast(@alignCast(o));
}

inline fn builtinType(comptime name: []const u8) *Type {
    return abi.global(Type, "pyaot_t_" ++ name);
}

/// `x` when it is a builtin dict (not a subclass, not a runtime-private dict-like type).
inline fn exactDict(x: Value) ?*Dict {
    if (x != .obj or x.obj.ty != builtinType("dict_type")) return null;
    return cast(Dict, x.obj);
}

inline fn exactStr(v: Value) ?*Str {
    return if (v == .obj and v.obj.ty == builtinType("str_type")) cast(Str, v.obj) else null;
}

/// hash(key) for the keys whose hashing and comparison run no user code: small ints and
/// exact strs (str_mod.hash and intops.hash are pure; the str's cache is filled as the
/// runtime fills it).
inline fn quietHash(key: Value) ?i64 {
    switch (key) {
        .int => |i| return if (i.isSmall()) intops.hash(i) else null,
        .obj => return if (exactStr(key)) |s| str_mod.hash(s) else null,
        else => return null,
    }
}

const Found = union(enum) {
    /// The entry's value slot.
    hit: *Value,
    /// Certainly not a key: every key met with the same hash is known unequal.
    absent,
    /// A comparison could run user code or equate different types: ask the runtime.
    unknown,
};

/// The probe of dict.zig (`probe`, CPython's perturbation order) restricted to comparisons
/// that run no user code.
inline fn find(d: *Dict, key: Value) Found {
    const h = quietHash(key) orelse return .unknown;
    if (d.len == 0) return .absent;
    var c = dict_mod.Cursor.start(h, d.index.len - 1);
    while (true) : (c.next()) {
        const ix = d.index[c.i];
        if (ix == dict_mod.empty_slot) return .absent;
        if (c.matches(ix)) {
            const e = &d.entries[dict_mod.slotPos(ix, c.mask)];
            if (e.hash == h) {
                switch (e.key) {
                    // Ints are normalized: equal small ints have the same word, and a big int
                    // never equals a small one; an int never equals a str.
                    .int => |k| if (key == .int and k.w == key.int.w) return .{ .hit = &e.value },
                    .obj => |o| if (o == key.obj) {
                        return .{ .hit = &e.value };
                    } else if (key == .obj and o.ty == builtinType("str_type")) {
                        if (str_mod.eql(cast(Str, o), cast(Str, key.obj))) return .{ .hit = &e.value };
                    } else return .unknown,
                    // A float or bool may equal an int; None never equals an int or str but
                    // is too rare a key to special-case.
                    else => return .unknown,
                }
            }
        }
    }
}

pub inline fn getitem(x: Value, k: Value) ?Value {
    const d = exactDict(x) orelse return null;
    return switch (find(d, k)) {
        .hit => |p| p.*,
        else => null, // absent raises KeyError: the runtime builds it
    };
}

pub inline fn contains(x: Value, k: Value) ?bool {
    const d = exactDict(x) orelse return null;
    return switch (find(d, k)) {
        .hit => true,
        .absent => false,
        .unknown => null,
    };
}

/// `d[k]` for the first half of `d[k] op= c` (client.zig sub.augGet): the item and its slot
/// when the inline probe finds the key, else null for the runtime call (which probes again,
/// raises KeyError, or runs `__hash__`/`__eq__` exactly as before).
pub inline fn augGet(x: Value, k: Value) ?*Value {
    const d = exactDict(x) orelse return null;
    return switch (find(d, k)) {
        .hit => |p| p,
        else => null,
    };
}

/// Stores into an existing entry (the key object and the order stay, as in CPython); false
/// when the runtime must insert or decide.
pub inline fn setExisting(x: Value, k: Value, v: Value) bool {
    const d = exactDict(x) orelse return false;
    switch (find(d, k)) {
        .hit => |p| {
            p.* = v;
            return true;
        },
        else => return false,
    }
}

/// `d.get(k)` / `d.get(k, default)` with positional arguments, or null for the method call.
pub inline fn get(x: Value, pos: []const Value) ?Value {
    if (pos.len < 1 or pos.len > 2) return null;
    const d = exactDict(x) orelse return null;
    return switch (find(d, pos[0])) {
        .hit => |p| p.*,
        .absent => if (pos.len == 2) pos[1] else Value.None,
        .unknown => null,
    };
}
