//! Attributes every object answers without storing them (beyond those class.zig handles),
//! and `dir()`.
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Error = rt.Error;

/// Special attributes of builtin objects by name, or null.
pub fn get(v: Value, name: []const u8) Error!?Value {
    _ = v;
    _ = name;
    return null;
}

/// `dir(obj)`: the sorted names of its attributes (instance dict, then its class's MRO).
pub fn dir_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("dir", args, 1, 1);
    const v = args.pos[0];
    const names = rt.set.new();
    // A module's attributes are its globals (CPython: sorted(module.__dict__)).
    if (v.isKind(.module)) {
        const d = (try rt.attr.getattr(v, &rt.names.__dict__)).as(rt.Dict);
        var i: usize = 0;
        while (rt.dict.nextEntry(d, &i)) |e| try rt.set.add(names, e.key);
    }
    if (v == .obj) if (rt.attr.instanceDict(v.obj)) |d| {
        var i: usize = 0;
        while (rt.dict.nextEntry(d, &i)) |e| try rt.set.add(names, e.key);
    };
    const t = if (v.isKind(.type)) v.as(rt.Type) else rt.ops.typeOf(v);
    for (t.mro) |c| if (c.dict) |d| {
        var i: usize = 0;
        while (rt.dict.nextEntry(d, &i)) |e| try rt.set.add(names, e.key);
    };
    const l = rt.list.new();
    var i: usize = 0;
    while (rt.set.nextKey(names, &i)) |k| rt.list.append(l, k);
    try @import("sorting.zig").sortValues(l.items(), .none, false);
    return l.val();
}
