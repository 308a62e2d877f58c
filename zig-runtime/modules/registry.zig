//! Native standard-library modules by name. The compiler only emits imports of modules listed
//! in compiler/native-modules.ts; each must have a branch here.
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Error = rt.Error;

/// A native module by name (compiled programs call this through the runtime ABI). Like
/// CPython's import, sys.modules answers first; a module made here is recorded there.
pub fn import(name: []const u8) Error!Value {
    if (inSysModules(name)) |m| return m;
    const m = try makeNative(name);
    rt.dict.setStr(sysModules(), rt.str.fromBytes(name), m);
    return m;
}

/// sys.modules[name] or null, without allocating for an ASCII name (an import statement in a
/// loop runs this every time).
fn inSysModules(name: []const u8) ?Value {
    for (name) |c| if (c >= 0x80) return rt.dict.getStr(sysModules(), rt.str.fromBytes(name));
    var key = rt.Str{ .base = .{ .ty = &rt.types.str_type }, .len = name.len, .ascii = true, .bytes = name };
    return rt.dict.getStr(sysModules(), &key);
}

fn sysModules() *rt.Dict {
    return @import("sys.zig").modulesDict();
}

fn makeNative(name: []const u8) Error!Value {
    if (std.mem.eql(u8, name, "sys")) return @import("sys.zig").module();
    if (std.mem.eql(u8, name, "__future__")) return @import("future.zig").futureModule();
    if (std.mem.eql(u8, name, "atexit")) return @import("atexit.zig").module();
    if (std.mem.eql(u8, name, "gc")) return @import("gc.zig").module();
    if (std.mem.eql(u8, name, "hashlib")) return @import("hashlib.zig").module();
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
    if (std.mem.eql(u8, name, "unicodedata")) return @import("unicodedata.zig").module();
    if (std.mem.eql(u8, name, "operator")) return @import("operator.zig").module();
    if (std.mem.eql(u8, name, "itertools")) return @import("itertools.zig").module();
    if (std.mem.eql(u8, name, "_collections")) return @import("_collections.zig").module();
    if (std.mem.eql(u8, name, "_functools")) return @import("_functools.zig").module();
    if (std.mem.eql(u8, name, "importlib")) return @import("importlib.zig").module();
    if (std.mem.eql(u8, name, "_inspect")) return @import("inspect_native.zig").module();
    return rt.exc.raiseFmt(&rt.types.ModuleNotFoundError, "No module named '{s}'", .{name});
}

/// `from m import name`: the attribute, or ImportError as CPython words it (with its `name`
/// and `path` attributes).
pub fn importName(m: Value, name: *rt.Str) Error!Value {
    if (try rt.attr.getattrOpt(m, name)) |v| return v;
    const mod = m.as(rt.Module);
    const path: Value = if (mod.file.len > 0) rt.str.fromBytes(mod.file).val() else .none;
    if (mod.file.len > 0) rt.exc.raiseFmt(&rt.types.ImportError, "cannot import name '{s}' from '{s}' ({s})", .{ name.bytes, mod.name, mod.file }) catch {};
    if (mod.file.len == 0) rt.exc.raiseFmt(&rt.types.ImportError, "cannot import name '{s}' from '{s}' (unknown location)", .{ name.bytes, mod.name }) catch {};
    return importErrorAttrs(rt.str.fromBytes(mod.name).val(), path);
}

/// Sets `name` and `path` on the ImportError in flight and keeps it going.
fn importErrorAttrs(name: Value, path: Value) Error {
    const e = rt.exc.current.?;
    if (e.dict == null) e.dict = rt.dict.new();
    rt.dict.setStr(e.dict.?, rt.str.static("name"), name);
    rt.dict.setStr(e.dict.?, rt.str.static("path"), path);
    return error.PyException;
}

/// An import statement the compiler resolved to a failure CPython reports at run time:
/// `which` 0 is a module found nowhere (ModuleNotFoundError, `name` set), 1 a relative import
/// in a module without a package, 2 one climbing above the top-level package.
pub fn importFailed(which: u8, module_name: []const u8) Error!Value {
    switch (which) {
        0 => {
            rt.exc.raiseFmt(&rt.types.ModuleNotFoundError, "No module named '{s}'", .{module_name}) catch {};
            return importErrorAttrs(rt.str.fromBytes(module_name).val(), .none);
        },
        1 => rt.exc.raiseMsg(&rt.types.ImportError, "attempted relative import with no known parent package") catch {},
        else => rt.exc.raiseMsg(&rt.types.ImportError, "attempted relative import beyond top-level package") catch {},
    }
    return importErrorAttrs(.none, .none);
}

// ---- compiled source modules -------------------------------------------------------------------

/// A C-ABI entry of a compiled module: true with the module in `out`, false with an exception
/// pending.
pub const SourceFn = *const fn (out: *Value) callconv(.c) bool;

/// A module compiled into the program: importlib finds it by name.
const Source = struct { name: []const u8, import_fn: SourceFn, reload_fn: SourceFn };
/// The table's buffer is GC memory (a root); its entries point only at static program data.
var sources: []Source = undefined;
var sources_len: usize = 0;

/// Called once per compiled module at start.
pub fn registerSource(name: []const u8, import_fn: SourceFn, reload_fn: SourceFn) void {
    if (sources_len == 0) {
        sources = rt.mem.allocSlice(Source, .noscan, 16);
        rt.mem.addRoot(@ptrCast(&sources), @sizeOf([]Source));
    } else if (sources_len == sources.len) {
        sources = rt.mem.resizeSlice(Source, .noscan, sources, sources.len * 2);
    }
    sources[sources_len] = .{ .name = name, .import_fn = import_fn, .reload_fn = reload_fn };
    sources_len += 1;
}

fn findSource(name: []const u8) ?*const Source {
    if (sources_len == 0) return null;
    for (sources[0..sources_len]) |*s| if (std.mem.eql(u8, s.name, name)) return s;
    return null;
}

/// A compiled source module starts executing: CPython records it in sys.modules first (an
/// import cycle then sees the partly initialised module).
pub fn beginSource(m: Value) void {
    rt.dict.setStr(sysModules(), rt.str.fromBytes(m.as(rt.Module).name), m);
}

/// Its body raised: CPython removes it from sys.modules again.
pub fn abortSource(m: Value) void {
    _ = rt.dict.remove(sysModules(), rt.str.fromBytes(m.as(rt.Module).name).val()) catch {};
}

/// importlib.import_module(name) for an absolute name: sys.modules, then the program's
/// compiled modules (parents first, each submodule bound on its parent), then native modules.
pub fn importByName(name: []const u8) Error!Value {
    if (inSysModules(name)) |m| return m;
    if (findSource(name)) |s| {
        var parent: ?Value = null;
        if (std.mem.lastIndexOfScalar(u8, name, '.')) |dot| parent = try importByName(name[0..dot]);
        var out: Value = undefined;
        if (!s.import_fn(&out)) return error.PyException;
        if (parent) |p| try rt.attr.setattr(p, rt.str.fromBytes(name[std.mem.lastIndexOfScalar(u8, name, '.').? + 1 ..]), out);
        return out;
    }
    if (std.mem.lastIndexOfScalar(u8, name, '.')) |dot| _ = try importByName(name[0..dot]);
    return import(name);
}

/// importlib.reload(m): runs a compiled module's body again in its own globals.
pub fn reloadSource(m: Value) Error!?Value {
    const s = findSource(m.as(rt.Module).name) orelse return null;
    var out: Value = undefined;
    if (!s.reload_fn(&out)) return error.PyException;
    return out;
}

/// For `from m import *`: the attribute when present.
pub fn importNameOpt(m: Value, name: *rt.Str) ?Value {
    return rt.attr.getattrOpt(m, name) catch null;
}

/// A native module object over a getter of its attributes; created once.
pub fn nativeModule(slot: *?*rt.Module, comptime name: []const u8, comptime get: fn ([]const u8) ?Value) Value {
    const m = nativeModuleSettable(slot, name, get, noSetter);
    slot.*.?.fixed = true;
    return m;
}

/// Attributes set on a native module go to its `extra` dict.
fn noSetter(_: []const u8, _: Value) bool {
    return false;
}

/// The same with a setter for the attributes the module keeps itself (`sys.stdout = f`): true
/// when it took the value, false to leave it to the module's `extra` dict.
pub fn nativeModuleSettable(slot: *?*rt.Module, comptime name: []const u8, comptime get: fn ([]const u8) ?Value, comptime set: fn ([]const u8, Value) bool) Value {
    const Adapter = struct {
        fn getC(n: [*]const u8, len: usize, out: *Value) callconv(.c) bool {
            out.* = get(n[0..len]) orelse return false;
            return true;
        }
        fn setC(n: [*]const u8, len: usize, v: *const Value) callconv(.c) u8 {
            if (set(n[0..len], v.*)) return 1;
            // An attribute the module provides itself (`random.random`, `math.sqrt`) is fixed:
            // compiled code calls many of them directly and call sites keep what they found,
            // so rebinding one would be ignored in places. Refused loudly instead; binding the
            // same object again is allowed (`import os.path` binds `path` on `os`); new names
            // go to the module's `extra` dict (0).
            if (get(n[0..len])) |cur| {
                if (rt.ops.identical(cur, v.*)) return 1;
                refuseRebind(n[0..len]) catch {};
                return 2;
            }
            return 0;
        }
        fn refuseRebind(attr: []const u8) Error!void {
            return rt.exc.raiseFmt(&rt.types.AttributeError, "pyaot: cannot rebind '{s}' of module '" ++ name ++ "' at run time (pyaot's native modules are fixed)", .{attr});
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
