//! `gc`: the collector's interface as CPython's `gc` module offers it.
//!
//! CPython frees most objects by reference counting and its `gc` module controls only the
//! collector of reference cycles. pyaot has one tracing collector (zig-runtime/gc) that frees
//! everything, so:
//!   - `collect()` runs a full collection and returns 0: CPython returns the number of
//!     unreachable objects its cycle collector found, which a tracing collector does not count
//!     (it is 0 for programs without cyclic garbage, as on CPython);
//!   - `disable()` / `enable()` / `isenabled()` keep CPython's flag, but collections still run
//!     when needed: in CPython, memory is still reclaimed while the cycle collector is off,
//!     and a program must not run out of memory here where it would not there;
//!   - `get_threshold()` / `set_threshold()` keep the thresholds CPython would report.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const clinic = @import("clinic.zig");
const collector = @import("../gc/gc.zig");
const Value = rt.Value;
const Error = rt.Error;

var mod: ?*rt.Module = null;
var enabled = true;
/// CPython 3.11's defaults.
var thresholds = [3]i64{ 700, 10, 10 };

pub fn module() Value {
    return registry.nativeModule(&mod, "gc", get);
}

fn collect_(args: rt.Args) Error!Value {
    const a = try clinic.bind(.{ .name = "collect", .names = &.{"generation"}, .n_pos = 1, .n_req = 0 }, args);
    if (try clinic.optSsize(a[0])) |g| {
        if (g < 0 or g > 2) return rt.exc.raiseMsg(&rt.types.ValueError, "invalid generation");
    }
    collector.collect();
    return Value.fromSmall(0);
}
var collect_obj = registry.func("collect", collect_);

fn enable_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("gc.enable", args, 0, 0);
    enabled = true;
    return .none;
}
var enable_obj = registry.func("enable", enable_);

fn disable_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("gc.disable", args, 0, 0);
    enabled = false;
    return .none;
}
var disable_obj = registry.func("disable", disable_);

fn isenabled_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("gc.isenabled", args, 0, 0);
    return Value.fromBool(enabled);
}
var isenabled_obj = registry.func("isenabled", isenabled_);

fn get_threshold_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("gc.get_threshold", args, 0, 0);
    return rt.tupleOf(&.{ Value.fromSmall(thresholds[0]), Value.fromSmall(thresholds[1]), Value.fromSmall(thresholds[2]) });
}
var get_threshold_obj = registry.func("get_threshold", get_threshold_);

/// set_threshold(threshold0[, threshold1[, threshold2]]): PyArg_ParseTuple's "i|ii".
fn set_threshold_(args: rt.Args) Error!Value {
    if (args.kwnames.len != 0) return rt.exc.raiseMsg(&rt.types.TypeError, "set_threshold() takes no keyword arguments");
    if (args.pos.len < 1 or args.pos.len > 3) {
        return rt.exc.raiseFmt(&rt.types.TypeError, "set_threshold() takes {s} ({d} given)", .{ if (args.pos.len < 1) "at least 1 argument" else "at most 3 arguments", args.pos.len });
    }
    var next = thresholds;
    for (args.pos, 0..) |v, i| next[i] = try clinic.ssize(v);
    thresholds = next;
    return .none;
}
var set_threshold_obj = registry.func("set_threshold", set_threshold_);

fn get(name: []const u8) ?Value {
    if (std.mem.eql(u8, name, "collect")) return collect_obj.val();
    if (std.mem.eql(u8, name, "enable")) return enable_obj.val();
    if (std.mem.eql(u8, name, "disable")) return disable_obj.val();
    if (std.mem.eql(u8, name, "isenabled")) return isenabled_obj.val();
    if (std.mem.eql(u8, name, "get_threshold")) return get_threshold_obj.val();
    if (std.mem.eql(u8, name, "set_threshold")) return set_threshold_obj.val();
    return null;
}
