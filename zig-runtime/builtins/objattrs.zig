//! Attributes every object answers without storing them (beyond those class.zig handles),
//! and `dir()`.
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Error = rt.Error;
const dir_names = @import("dir_names.zig");

/// Special attributes of builtin objects by name, or null.
pub fn get(v: Value, name: []const u8) Error!?Value {
    _ = v;
    _ = name;
    return null;
}

/// `dir(obj)`: the sorted names of its attributes, as CPython's object.__dir__ / type.__dir__:
/// the instance dict, then every class of the MRO. A builtin class lists what CPython 3.11's
/// does (dir_names.zig, generated from python3); a class statement adds its namespace, its
/// `__slots__` names, and `__dict__` / `__weakref__` where CPython's type_new creates them.
pub fn dir_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("dir", args, 1, 1);
    const v = args.pos[0];
    // A class statement's own __dir__ (enum members, proxies) answers instead.
    if (userDir(rt.ops.typeOf(v))) |f| {
        const l = try rt.iter.toList(try rt.call.call(f, .{ .pos = &.{v} }));
        try @import("sorting.zig").sortValues(l.items(), .none, false);
        return l.val();
    }
    const names = rt.set.new();
    // A module's attributes are its globals (CPython: sorted(module.__dict__)).
    if (v.isKind(.module)) {
        const d = (try rt.attr.getattr(v, &rt.names.__dict__)).as(rt.Dict);
        try addKeys(names, d);
    } else {
        if (v == .obj) if (rt.attr.instanceDict(v.obj)) |d| try addKeys(names, d);
        const t = if (v.isKind(.type)) v.as(rt.Type) else rt.ops.typeOf(v);
        try addClassNames(names, t);
    }
    const l = rt.list.new();
    var i: usize = 0;
    while (rt.set.nextKey(names, &i)) |k| rt.list.append(l, k);
    try @import("sorting.zig").sortValues(l.items(), .none, false);
    return l.val();
}

/// The `__dir__` a class statement defined for `t`'s instances (type(obj).__dir__), if any.
fn userDir(t: *rt.Type) ?Value {
    for (t.mro) |c| {
        if (!c.flags.heap) return null;
        if (c.dict) |d| if (rt.dict.getStr(d, rt.str.static("__dir__"))) |f| return f;
    }
    return null;
}

fn addKeys(names: *rt.set.Set, d: *rt.Dict) Error!void {
    var i: usize = 0;
    while (rt.dict.nextEntry(d, &i)) |e| try rt.set.add(names, e.key);
}

fn addName(names: *rt.set.Set, name: []const u8) Error!void {
    try rt.set.add(names, rt.str.static(name).val());
}

fn addClassNames(names: *rt.set.Set, t: *rt.Type) Error!void {
    var adds_dict = false;
    var adds_weakref = false;
    var builtin: ?dir_names.Entry = null;
    for (t.mro) |c| {
        if (!c.flags.heap) {
            if (builtin == null) if (dir_names.table.get(c.name)) |e| {
                builtin = e;
                for (e.names) |n| try addName(names, n);
                continue;
            };
            if (c.dict) |d| try addKeys(names, d);
            continue;
        }
        const d = c.dict orelse continue;
        try addKeys(names, d);
        const slots = rt.dict.getStr(d, rt.str.static("__slots__")) orelse {
            adds_dict = true;
            adds_weakref = true;
            continue;
        };
        const listed = if (slots.isKind(.str)) null else try rt.iter.toList(slots);
        const items: []const Value = if (listed) |x| x.items() else &.{slots};
        for (items) |s| {
            if (!s.isKind(.str)) continue;
            const n = s.as(rt.Str).bytes;
            if (std.mem.eql(u8, n, "__dict__")) {
                adds_dict = true;
            } else if (std.mem.eql(u8, n, "__weakref__")) {
                adds_weakref = true;
            } else try rt.set.add(names, try mangled(c.name, s));
        }
    }
    // A class statement gives instances a dict and weak references unless __slots__ leaves
    // them out or its builtin base already has them.
    const base = builtin orelse return;
    if (adds_dict and base.sub_dict) try addName(names, "__dict__");
    if (adds_weakref and base.sub_weakref) try addName(names, "__weakref__");
}

/// A private slot name as the class stores it (`__x` in class `_C` is `_C__x`).
fn mangled(class_name: []const u8, slot: Value) Error!Value {
    const n = slot.as(rt.Str).bytes;
    if (!std.mem.startsWith(u8, n, "__") or std.mem.endsWith(u8, n, "__")) return slot;
    const owner = std.mem.trimLeft(u8, class_name, "_");
    if (owner.len == 0) return slot;
    const buf = rt.mem.allocSlice(u8, .noscan, 1 + owner.len + n.len);
    buf[0] = '_';
    @memcpy(buf[1..][0..owner.len], owner);
    @memcpy(buf[1 + owner.len ..], n);
    return rt.str.fromBytes(buf).val();
}
