//! Runtime support for `match` patterns (PEP 634 semantics).
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const str_mod = @import("str.zig");
const list_mod = @import("list.zig");
const tuple_mod = @import("tuple.zig");
const dict_mod = @import("dict.zig");
const names = @import("names.zig");
const attr = @import("attr.zig");
const ops = @import("ops.zig");
const iter = @import("iter.zig");
const Value = value.Value;
const Type = value.Type;
const Error = @import("err.zig").Error;

/// The items of a sequence subject (list, tuple, range, other sequences but not str, bytes
/// or mappings) when its length fits; null otherwise.
pub fn matchSequence(v: Value, min_len: usize, has_star: bool) Error!?[]const Value {
    if (v != .obj) return null;
    const k = v.obj.ty.kind;
    if (k == .str or k == .bytes or k == .bytearray or k == .dict) return null;
    if (k != .list and k != .tuple and k != .range and !(v.obj.ty.flags.heap and k == .instance and attr.lookupType(v.obj.ty, &names.__getitem__) != null and attr.lookupType(v.obj.ty, &names.__len__) != null)) {
        if (k != .list and k != .tuple) return null;
    }
    const items = try iter.toSlice(v);
    if (has_star) {
        if (items.len < min_len) return null;
    } else if (items.len != min_len) return null;
    return items;
}

pub fn matchIsMapping(v: Value) bool {
    if (v != .obj) return false;
    return v.obj.ty.kind == .dict;
}

pub fn matchMappingGet(v: Value, key: Value) Error!?Value {
    return dict_mod.get(v.as(dict_mod.Dict), key);
}

pub fn matchMappingRest(v: Value, keys: []const Value) Error!Value {
    const d = dict_mod.copy(v.as(dict_mod.Dict));
    for (keys) |k| _ = try dict_mod.remove(d, k);
    return d.val();
}

pub fn matchIsInstance(v: Value, cls: Value) Error!bool {
    if (!cls.isKind(.type)) return exc.raiseMsg(&types.TypeError, "called match pattern must be a class");
    return ops.typeOf(v).isSubtype(cls.as(Type));
}

/// The i-th positional sub-pattern's subject: `__match_args__[i]` of the class, or the
/// subject itself for the builtin types that match one positional pattern (int(x), str(x)...).
pub fn matchClassPositional(v: Value, cls: Value, i: usize, n: usize) Error!?Value {
    const t = cls.as(Type);
    if (!t.flags.heap) {
        if (n > 1) return exc.raiseFmt(&types.TypeError, "{s}() accepts 1 positional sub-pattern ({d} given)", .{ t.name, n });
        return v;
    }
    const ma = attr.lookupType(t, str_mod.static("__match_args__")) orelse
        return exc.raiseFmt(&types.TypeError, "{s}() accepts 0 positional sub-patterns ({d} given)", .{ t.name, n });
    const items = try iter.toSlice(ma);
    if (n > items.len) return exc.raiseFmt(&types.TypeError, "{s}() accepts {d} positional sub-patterns ({d} given)", .{ t.name, items.len, n });
    if (!items[i].isKind(.str)) return exc.raiseMsg(&types.TypeError, "__match_args__ elements must be strings");
    return attr.getattrOpt(v, items[i].as(str_mod.Str));
}
