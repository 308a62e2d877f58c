//! Native standard-library modules by name. The compiler only emits imports of modules listed
//! in compiler/native-modules.ts; each must have a branch here.
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Error = rt.Error;

/// A native module by name (compiled programs call this through the runtime ABI).
pub fn import(name: []const u8) Error!Value {
    if (std.mem.eql(u8, name, "sys")) return @import("sys.zig").module();
    if (std.mem.eql(u8, name, "typing")) return @import("typing.zig").module();
    if (std.mem.eql(u8, name, "__future__")) return @import("typing.zig").futureModule();
    if (std.mem.eql(u8, name, "atexit")) return @import("atexit.zig").module();
    if (std.mem.eql(u8, name, "math")) return @import("math.zig").module();
    if (std.mem.eql(u8, name, "random")) return @import("random.zig").module();
    if (std.mem.eql(u8, name, "json")) return @import("json.zig").module();
    if (std.mem.eql(u8, name, "json.decoder")) return @import("json.zig").decoderModule();
    if (std.mem.eql(u8, name, "json.encoder")) return @import("json.zig").encoderModule();
    if (std.mem.eql(u8, name, "os")) return @import("os.zig").module();
    if (std.mem.eql(u8, name, "os.path")) return @import("ospath.zig").module();
    if (std.mem.eql(u8, name, "time")) return @import("time.zig").module();
    if (std.mem.eql(u8, name, "tempfile")) return @import("tempfile.zig").module();
    if (std.mem.eql(u8, name, "bisect")) return @import("bisect.zig").module();
    if (std.mem.eql(u8, name, "heapq")) return @import("heapq.zig").module();
    if (std.mem.eql(u8, name, "operator")) return @import("operator.zig").module();
    if (std.mem.eql(u8, name, "itertools")) return @import("itertools.zig").module();
    if (std.mem.eql(u8, name, "_collections")) return @import("_collections.zig").module();
    if (std.mem.eql(u8, name, "_functools")) return @import("_functools.zig").module();
    return rt.exc.raiseFmt(&rt.types.ModuleNotFoundError, "No module named '{s}'", .{name});
}

/// `from m import name`: the attribute, or ImportError as CPython words it.
pub fn importName(m: Value, name: *rt.Str) Error!Value {
    if (try rt.attr.getattrOpt(m, name)) |v| return v;
    const mod = m.as(rt.Module);
    if (mod.file.len > 0) return rt.exc.raiseFmt(&rt.types.ImportError, "cannot import name '{s}' from '{s}' ({s})", .{ name.bytes, mod.name, mod.file });
    return rt.exc.raiseFmt(&rt.types.ImportError, "cannot import name '{s}' from '{s}' (unknown location)", .{ name.bytes, mod.name });
}

/// For `from m import *`: the attribute when present.
pub fn importNameOpt(m: Value, name: *rt.Str) ?Value {
    return rt.attr.getattrOpt(m, name) catch null;
}

/// A native module object over a getter of its attributes; created once.
pub fn nativeModule(slot: *?*rt.Module, comptime name: []const u8, comptime get: fn ([]const u8) ?Value) Value {
    const Adapter = struct {
        fn getC(n: [*]const u8, len: usize, out: *Value) callconv(.c) bool {
            out.* = get(n[0..len]) orelse return false;
            return true;
        }
        /// Attributes set on a native module go to its `extra` dict.
        fn setC(n: [*]const u8, len: usize, v: *const Value) callconv(.c) u8 {
            _ = n;
            _ = len;
            _ = v;
            return 0;
        }
    };
    if (slot.* == null) {
        slot.* = rt.class.newModule(name, "", Adapter.getC, Adapter.setC);
        rt.mem.addRoot(@ptrCast(slot), @sizeOf(?*rt.Module));
    }
    return .{ .obj = &slot.*.?.base };
}

/// A module-level function as a builtin object.
pub fn func(comptime name: []const u8, comptime f: fn (rt.Args) Error!Value) rt.call.Builtin {
    const S = struct {
        fn impl(self: Value, args: rt.Args) Error!Value {
            _ = self;
            return f(args);
        }
    };
    return rt.call.builtin(name, S.impl);
}
