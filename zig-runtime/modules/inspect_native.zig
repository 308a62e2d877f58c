//! `_inspect`: what pylib/inspect.py cannot compute in Python over pyaot's objects. A
//! generator has no frame object here, so its state comes from the runtime directly.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const Value = rt.Value;
const Error = rt.Error;

var mod: ?*rt.Module = null;

pub fn module() Value {
    return registry.nativeModule(&mod, "_inspect", get);
}

const map = mu.Map.initComptime(.{
    .{ "getgeneratorstate", mu.func("getgeneratorstate", getgeneratorstate) },
});

fn get(name: []const u8) ?Value {
    return if (map.get(name)) |a| a.value() else null;
}

/// inspect.getgeneratorstate(generator): CPython reads gi_running, gi_suspended and gi_frame,
/// so anything else fails on the first of those.
fn getgeneratorstate(args: rt.Args) Error!Value {
    try rt.call.expectArgs("getgeneratorstate", args, 1, 1);
    const g = args.pos[0];
    if (!g.isKind(.generator)) return rt.exc.raiseFmt(&rt.types.AttributeError, "'{s}' object has no attribute 'gi_running'", .{rt.ops.typeName(g)});
    return rt.str.static(switch (g.as(rt.gen.Generator).state) {
        .created => "GEN_CREATED",
        .running => "GEN_RUNNING",
        .suspended => "GEN_SUSPENDED",
        .finished => "GEN_CLOSED",
    }).val();
}
