//! `__future__`: `from __future__ import annotations` imports and means nothing more (pyaot
//! never evaluates annotations it does not need). `typing` is pylib/typing.py.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const Value = rt.Value;

var future_mod: ?*rt.Module = null;

pub fn futureModule() Value {
    return registry.nativeModule(&future_mod, "__future__", futureGet);
}

fn futureGet(name: []const u8) ?Value {
    if (std.mem.eql(u8, name, "annotations")) return Value.True;
    return null;
}
