//! `importlib`: import_module and reload over the modules compiled into the program (pyaot
//! resolves imports when compiling, so only those and the native modules can be found).
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const Value = rt.Value;
const Error = rt.Error;

var mod: ?*rt.Module = null;

pub fn module() Value {
    return registry.nativeModule(&mod, "importlib", get);
}

const map = mu.Map.initComptime(.{
    .{ "import_module", mu.func("import_module", importModule) },
    .{ "reload", mu.func("reload", reload) },
    .{ "invalidate_caches", mu.func("invalidate_caches", invalidateCaches) },
});

fn get(name: []const u8) ?Value {
    return if (map.get(name)) |a| a.value() else null;
}

/// import_module(name, package=None), relative names resolved against `package` as CPython's
/// importlib._bootstrap._resolve_name does.
fn importModule(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "import_module", .names = &.{ "name", "package" }, .n_pos = 2, .n_req = 1 }, args);
    const name_v = a[0].?;
    if (!name_v.isKind(.str)) return rt.exc.raiseFmt(&rt.types.TypeError, "module name must be str, not {s}", .{rt.ops.typeName(name_v)});
    const name = name_v.as(rt.Str).bytes;
    var level: usize = 0;
    while (level < name.len and name[level] == '.') level += 1;
    if (level == 0) {
        if (name.len == 0) return rt.exc.raiseMsg(&rt.types.ValueError, "Empty module name");
        return registry.importByName(name);
    }
    const pkg_v = a[1] orelse Value.none;
    if (pkg_v == .none or (pkg_v.isKind(.str) and pkg_v.as(rt.Str).bytes.len == 0)) {
        const r = try rt.repr.repr(name_v);
        return rt.exc.raiseFmt(&rt.types.TypeError, "the 'package' argument is required to perform a relative import for {s}", .{r.bytes});
    }
    if (!pkg_v.isKind(.str)) return rt.exc.raiseMsg(&rt.types.TypeError, "__package__ not set to a string");
    var base = pkg_v.as(rt.Str).bytes;
    for (1..level) |_| {
        const dot = std.mem.lastIndexOfScalar(u8, base, '.') orelse
            return rt.exc.raiseMsg(&rt.types.ImportError, "attempted relative import beyond top-level package");
        base = base[0..dot];
    }
    var b = rt.Builder{};
    b.append(base);
    if (name.len > level) {
        b.append(".");
        b.append(name[level..]);
    }
    return registry.importByName(b.finish().bytes);
}

/// reload(module): a compiled module's body runs again in its globals; a native module is
/// returned as it is (CPython re-initialises nothing observable for them either).
fn reload(args: rt.Args) Error!Value {
    try rt.call.expectArgs("reload", args, 1, 1);
    const m = args.pos[0];
    if (!m.isKind(.module)) return rt.exc.raiseMsg(&rt.types.TypeError, "reload() argument must be a module");
    const name = m.as(rt.Module).name;
    const in_sys = rt.dict.getStr(@import("sys.zig").modulesDict(), rt.str.fromBytes(name));
    if (in_sys == null or !rt.ops.identical(in_sys.?, m))
        return rt.exc.raiseFmt(&rt.types.ImportError, "module {s} not in sys.modules", .{name});
    return (try registry.reloadSource(m)) orelse m;
}

fn invalidateCaches(args: rt.Args) Error!Value {
    try rt.call.expectArgs("invalidate_caches", args, 0, 0);
    return .none;
}
