//! `atexit`: functions run at normal program end, last registered first.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const Value = rt.Value;
const Error = rt.Error;

var mod: ?*rt.Module = null;
var handlers: ?*rt.List = null;

pub fn module() Value {
    return registry.nativeModule(&mod, "atexit", get);
}

fn register_(args: rt.Args) Error!Value {
    if (args.pos.len == 0) return rt.exc.raiseMsg(&rt.types.TypeError, "register() takes at least 1 argument (0 given)");
    if (!(try @import("../builtins/bi.zig").callable_(.{ .pos = args.pos[0..1] })).bool) return rt.exc.raiseMsg(&rt.types.TypeError, "the first argument must be callable");
    if (handlers == null) {
        handlers = rt.list.new();
        rt.mem.addRoot(@ptrCast(&handlers), @sizeOf(?*rt.List));
    }
    // Store (func, args tuple, kwargs) to call later.
    const kwn = rt.tuple.alloc(args.kwnames.len);
    for (args.kwnames, 0..) |n, i| kwn.items[i] = n.val();
    const entry = rt.tupleOf(&.{ args.pos[0], rt.tupleOf(args.pos[1..]), kwn.val(), rt.tupleOf(args.kwvals) });
    rt.list.append(handlers.?, entry);
    return args.pos[0];
}
var register_obj = registry.func("register", register_);

/// unregister(func): drops every registration of a function equal to `func`.
fn unregister_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("unregister", args, 1, 1);
    const l = handlers orelse return .none;
    var kept: usize = 0;
    for (l.buf()[0..l.len]) |entry| {
        if (try rt.ops.eq(entry.as(rt.Tuple).items[0], args.pos[0])) continue;
        l.buf()[kept] = entry;
        kept += 1;
    }
    l.len = kept;
    return .none;
}
var unregister_obj = registry.func("unregister", unregister_);

fn ncallbacks_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("_ncallbacks", args, 0, 0);
    return Value.fromSmall(@intCast(if (handlers) |l| l.len else 0));
}
var ncallbacks_obj = registry.func("_ncallbacks", ncallbacks_);

fn clear_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("_clear", args, 0, 0);
    if (handlers) |l| l.len = 0;
    return .none;
}
var clear_obj = registry.func("_clear", clear_);

fn get(name: []const u8) ?Value {
    if (std.mem.eql(u8, name, "register")) return register_obj.val();
    if (std.mem.eql(u8, name, "unregister")) return unregister_obj.val();
    if (std.mem.eql(u8, name, "_ncallbacks")) return ncallbacks_obj.val();
    if (std.mem.eql(u8, name, "_clear")) return clear_obj.val();
    return null;
}

/// Runs the registered handlers (an exception in one is reported and the rest still run).
pub fn runAll() void {
    const l = handlers orelse return;
    var i = l.len;
    while (i > 0) {
        i -= 1;
        const e = l.buf()[i].as(rt.Tuple).items;
        const kwn = e[2].as(rt.Tuple).items;
        const names = rt.mem.allocSlice(*rt.Str, .scan, kwn.len);
        for (kwn, 0..) |n, k| names[k] = n.as(rt.Str);
        _ = rt.call.call(e[0], .{ .pos = e[1].as(rt.Tuple).items, .kwnames = names, .kwvals = e[3].as(rt.Tuple).items }) catch {
            _ = @import("../core/start.zig").uncaught();
        };
    }
}
