//! Dict views: `d.keys()`, `d.values()`, `d.items()` — live views of a dict that iterate it,
//! know its length, test membership and (keys, items) combine like sets.
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
const Error = @import("err.zig").Error;

pub const Which = enum(u8) { keys, values, items };

pub const View = struct {
    base: Object,
    dict: *Dict,
    which: Which,

    pub const kind: value.Kind = .dict_view;
};

fn viewType(comptime name: []const u8) value.Type {
    return .{ .base = .{ .ty = &types.type_type }, .kind = .dict_view, .name = name, .qualname = name, .bases = &.{&types.object_type}, .mro = &.{&types.object_type}, .flags = .{ .final = true } };
}
pub var keys_type = viewType("dict_keys");
pub var values_type = viewType("dict_values");
pub var items_type = viewType("dict_items");

pub fn new(d: *Dict, which: Which) Value {
    const v = mem.create(View, .scan);
    v.* = .{ .base = .{ .ty = switch (which) {
        .keys => &keys_type,
        .values => &values_type,
        .items => &items_type,
    } }, .dict = d, .which = which };
    return .{ .obj = &v.base };
}

inline fn fromObj(o: *Object) *View {
    return Object.as(o, View);
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
            var i: usize = 0;
            while (dict_mod.nextEntry(v.dict, &i)) |e| if (try ops.eq(e.value, x)) return true;
            return false;
        },
        .items => {
            if (!x.isKind(.tuple) or x.as(tuple_mod.Tuple).items.len != 2) return false;
            const kv = x.as(tuple_mod.Tuple).items;
            const got = (try dict_mod.get(v.dict, kv[0])) orelse return false;
            return ops.eq(got, kv[1]);
        },
    }
}

/// The view's elements as a new set (for set operations and comparisons).
pub fn asSet(o: *Object) Error!*set_mod.Set {
    if (o.ty.kind == .set or o.ty.kind == .frozenset) return set_mod.fromObj(o);
    const s = set_mod.new();
    try set_mod.update(s, iter(o));
    return s;
}

pub fn reprInto(b: *str_mod.Builder, o: *Object) Error!void {
    b.append(o.ty.name);
    b.appendByte('(');
    b.appendByte('[');
    const it = iter(o);
    var first = true;
    while (try iter_mod.next(it)) |x| {
        if (!first) b.append(", ");
        first = false;
        try repr.reprInto(b, x);
    }
    b.append("])");
}
