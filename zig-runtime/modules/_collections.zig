//! The `_collections` module (CPython's C half of `collections`): deque and its iterator
//! types, and `_count_elements`, the counting loop behind Counter.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const nt = @import("nativetype.zig");
const deque = @import("deque.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

var mod: ?*rt.Module = null;

pub fn module() Value {
    deque.setup();
    return registry.nativeModule(&mod, "_collections", get);
}

fn get(name: []const u8) ?Value {
    if (std.mem.eql(u8, name, "deque")) return nt.val(&deque.deque_type);
    if (std.mem.eql(u8, name, "_deque_iterator")) return nt.val(&deque.iter_type);
    if (std.mem.eql(u8, name, "_deque_reverse_iterator")) return nt.val(&deque.reviter_type);
    if (std.mem.eql(u8, name, "_count_elements")) return count_attr.value();
    return null;
}

const count_attr = mu.func("_count_elements", countElements_);

/// `_count_elements(mapping, iterable)`: mapping[x] = mapping.get(x, 0) + 1 for each item,
/// straight on the dict when the mapping's class keeps dict's get and __setitem__.
fn countElements_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("_count_elements", args, 2, 2);
    const mapping = args.pos[0];
    const it = try rt.iter.iter(args.pos[1]);
    const one = Value.fromSmall(1);
    if (mapping.isKind(.dict) and usesDictMethods(mapping.obj.ty)) {
        const d = mapping.as(rt.Dict);
        while (try rt.iter.next(it)) |x| {
            const old = try rt.dict.get(d, x);
            try rt.dict.set(d, x, if (old) |o| try rt.ops.binary(.add, o, one) else one);
        }
        return .none;
    }
    const get_name = mu.lit("get");
    const zero = Value.fromSmall(0);
    while (try rt.iter.next(it)) |x| {
        const old = try rt.attr.callMethod(mapping, get_name, .{ .pos = &.{ x, zero } });
        try rt.sub.setitem(mapping, x, try rt.ops.binary(.add, old, one));
    }
    return .none;
}

fn usesDictMethods(t: *rt.Type) bool {
    inline for (.{ "get", "__setitem__" }) |n| {
        const m = rt.attr.lookupType(t, mu.lit(n)) orelse return false;
        if (!(m == .obj and m.obj.ty.kind == .builtin_function)) return false;
    }
    return true;
}
