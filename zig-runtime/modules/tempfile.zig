//! The `tempfile` module (CPython 3.11's tempfile.py): gettempdir (TMPDIR, TEMP, TMP, then
//! /tmp, /var/tmp, /usr/tmp, then the working directory: the first where a file can be
//! created), mkstemp, mkdtemp, NamedTemporaryFile (a wrapper over a file object that deletes
//! the file on close) and TemporaryDirectory (a context manager that removes the tree).
//! Names are "tmp" + 8 random characters from [a-z0-9_], drawn from the OS's entropy.
//!
//! Objects the program never closes are cleaned up at exit, as CPython's finalizers do.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const fs = @import("osfs.zig");
const ospath = @import("ospath.zig");
const files = @import("../builtins/files.zig");
const linux = std.os.linux;
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

var mod: ?*rt.Module = null;
var state: struct {
    /// gettempdir()'s answer, once found.
    tempdir: Value = .none,
    /// Wrappers and directories still to clean up at exit.
    pending: ?*rt.List = null,
} = .{};

pub fn module() Value {
    if (mod == null) init();
    return registry.nativeModule(&mod, "tempfile", get);
}

fn init() void {
    rt.mem.addRoot(@ptrCast(&state), @sizeOf(@TypeOf(state)));
    wrapper_type.dict = classDict("_TemporaryFileWrapper", &.{
        mu.method("_TemporaryFileWrapper", "__getattr__", wrapperGetattr),
        mu.method("_TemporaryFileWrapper", "__enter__", wrapperEnter),
        mu.method("_TemporaryFileWrapper", "__exit__", wrapperExit),
        mu.method("_TemporaryFileWrapper", "close", wrapperClose),
        mu.method("_TemporaryFileWrapper", "__iter__", wrapperIter),
    });
    tmpdir_type.dict = classDict("TemporaryDirectory", &.{
        mu.method("TemporaryDirectory", "__init__", tmpdirInit),
        mu.method("TemporaryDirectory", "__enter__", tmpdirEnter),
        mu.method("TemporaryDirectory", "__exit__", tmpdirExit),
        mu.method("TemporaryDirectory", "cleanup", tmpdirCleanup),
    });
    rt.dict.setStr(tmpdir_type.dict.?, mu.lit("__repr__"), mu.selfFunction("TemporaryDirectory.__repr__", tmpdirRepr));
    rt.mem.addRoot(@ptrCast(&wrapper_type), @sizeOf(rt.Type));
    rt.mem.addRoot(@ptrCast(&tmpdir_type), @sizeOf(rt.Type));
}

fn classDict(comptime _: []const u8, methods: []const *rt.call.Builtin) *rt.Dict {
    const d = rt.dict.new();
    for (methods) |b| rt.dict.setStr(d, rt.str.static(b.name), b.val());
    rt.dict.setStr(d, mu.lit("__module__"), mu.lit("tempfile").val());
    return d;
}

fn get(name: []const u8) ?Value {
    const a = attrs.get(name) orelse return null;
    return a.value();
}

fn tempdirSlot() Value {
    return state.tempdir;
}
fn tmpdirTypeSlot() Value {
    return .{ .obj = &tmpdir_type.base };
}

const attrs = mu.Map.initComptime(.{
    .{ "template", mu.strAttr("tmp") },
    .{ "TMP_MAX", mu.Attr{ .int = 10000 } },
    .{ "tempdir", mu.Attr{ .slot = tempdirSlot } },
    .{ "gettempdir", mu.func("gettempdir", gettempdir_) },
    .{ "gettempprefix", mu.func("gettempprefix", gettempprefix_) },
    .{ "mkstemp", mu.func("mkstemp", mkstemp_) },
    .{ "mkdtemp", mu.func("mkdtemp", mkdtemp_) },
    .{ "NamedTemporaryFile", mu.func("NamedTemporaryFile", namedTemporaryFile_) },
    .{ "TemporaryDirectory", mu.Attr{ .slot = tmpdirTypeSlot } },
});

const tmp_max = 10000;

/// "tmp" + 8 characters of _RandomNameSequence.
fn randomName() [8]u8 {
    const chars = "abcdefghijklmnopqrstuvwxyz0123456789_";
    var raw: [8]u8 = undefined;
    std.posix.getrandom(&raw) catch {
        // No entropy source: the clock and a counter still give distinct names.
        fallback_counter +%= 1;
        raw = @bitCast(@as(u64, @truncate(@as(u128, @bitCast(std.time.nanoTimestamp())))) *% 0x9E3779B97F4A7C15 +% fallback_counter);
    };
    var out: [8]u8 = undefined;
    // 256 % 37 != 0 makes a tiny bias; names only need to be unpredictable and unique.
    for (raw, &out) |r, *o| o.* = chars[r % chars.len];
    return out;
}

var fallback_counter: u64 = 0;

// ---- gettempdir ----------------------------------------------------------------------------------

fn gettempprefix_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("gettempprefix", args, 0, 0);
    return mu.lit("tmp").val();
}

fn gettempdir_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("gettempdir", args, 0, 0);
    return gettempdir();
}

pub fn gettempdir() Error!Value {
    if (mod == null) init();
    if (state.tempdir == .none) state.tempdir = rt.str.fromBytes(try defaultTempdir()).val();
    return state.tempdir;
}

/// The first candidate directory where a file can be created (and written).
fn defaultTempdir() Error![]const u8 {
    var candidates: [8][]const u8 = undefined;
    var n: usize = 0;
    for ([_][]const u8{ "TMPDIR", "TEMP", "TMP" }) |env| {
        if (@import("os.zig").environGet(env)) |d| if (d.len > 0) {
            candidates[n] = d;
            n += 1;
        };
    }
    for ([_][]const u8{ "/tmp", "/var/tmp", "/usr/tmp" }) |d| {
        candidates[n] = d;
        n += 1;
    }
    candidates[n] = fs.getcwd() catch blk: {
        _ = exc.take();
        break :blk ".";
    };
    n += 1;
    for (candidates[0..n]) |cand| {
        const dir = if (std.mem.eql(u8, cand, ".")) cand else try ospath.abspath(cand);
        var seq: usize = 0;
        while (seq < 100) : (seq += 1) {
            const name = randomName();
            const file = fs.dupeZ(ospath.joinAll(&.{ dir, &name }));
            const rc = linux.open(file, .{ .ACCMODE = .RDWR, .CREAT = true, .EXCL = true, .NOFOLLOW = true, .CLOEXEC = true }, 0o600);
            const e = fs.errnoOf(rc);
            if (e == 0) {
                _ = linux.write(@intCast(rc), "blat", 4);
                _ = linux.close(@intCast(rc));
                _ = linux.unlink(file);
                return dir;
            }
            if (e != @intFromEnum(linux.E.EXIST)) break;
        }
    }
    var b = rt.Builder{};
    b.append("No usable temporary directory found in [");
    for (candidates[0..n], 0..) |c, i| {
        if (i > 0) b.append(", ");
        rt.repr.reprStr(&b, rt.str.fromBytes(c));
    }
    b.append("]");
    const ex = exc.newException(&types.FileNotFoundError, &.{ Value.fromSmall(2), b.finish().val() });
    return exc.raise(ex);
}

// ---- mkstemp, mkdtemp ----------------------------------------------------------------------------

/// tempfile._sanitize_params for str arguments: suffix '', prefix 'tmp', dir gettempdir().
const Params = struct { prefix: []const u8, suffix: []const u8, dir: []const u8 };

fn sanitize(prefix: ?Value, suffix: ?Value, dir: ?Value) Error!Params {
    const text = struct {
        fn f(v: ?Value, default: []const u8) Error![]const u8 {
            const x = v orelse return default;
            if (x == .none) return default;
            if (!x.isKind(.str)) return exc.raiseMsg(&types.TypeError, "pyaot: tempfile names must be str (bytes names are not supported)");
            return x.as(rt.Str).bytes;
        }
    }.f;
    const d = try text(dir, "");
    return .{
        .prefix = try text(prefix, "tmp"),
        .suffix = try text(suffix, ""),
        .dir = if (d.len == 0 and (dir == null or dir.? == .none)) (try gettempdir()).as(rt.Str).bytes else d,
    };
}

/// _mkstemp_inner: a new file, O_EXCL with mode 0600, under a fresh random name.
fn mkstempInner(p: Params) Error!struct { fd: i32, name: []const u8 } {
    const dir = try ospath.abspath(p.dir);
    var seq: usize = 0;
    while (seq < tmp_max) : (seq += 1) {
        const name = randomName();
        const leaf = std.mem.concat(rt.mem.allocator(.noscan), u8, &.{ p.prefix, &name, p.suffix }) catch unreachable;
        const file = ospath.joinAll(&.{ dir, leaf });
        const rc = linux.open(fs.dupeZ(file), .{ .ACCMODE = .RDWR, .CREAT = true, .EXCL = true, .NOFOLLOW = true, .CLOEXEC = true }, 0o600);
        const e = fs.errnoOf(rc);
        if (e == @intFromEnum(linux.E.EXIST)) continue;
        if (e != 0) return fs.raiseOSError(e, rt.str.fromBytes(file).val(), null);
        return .{ .fd = @intCast(rc), .name = file };
    }
    return exc.raise(exc.newException(&types.FileExistsError, &.{ Value.fromSmall(17), rt.str.static("No usable temporary file name found").val() }));
}

fn mkstemp_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "mkstemp", .names = &.{ "suffix", "prefix", "dir", "text" }, .n_pos = 4, .n_req = 0 }, args);
    const r = try mkstempInner(try sanitize(a[1], a[0], a[2]));
    return mu.pair(Value.fromSmall(r.fd), rt.str.fromBytes(r.name).val());
}

fn mkdtemp_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "mkdtemp", .names = &.{ "suffix", "prefix", "dir" }, .n_pos = 3, .n_req = 0 }, args);
    return rt.str.fromBytes(try mkdtemp(try sanitize(a[1], a[0], a[2]))).val();
}

fn mkdtemp(p: Params) Error![]const u8 {
    var seq: usize = 0;
    while (seq < tmp_max) : (seq += 1) {
        const name = randomName();
        const leaf = std.mem.concat(rt.mem.allocator(.noscan), u8, &.{ p.prefix, &name, p.suffix }) catch unreachable;
        const file = ospath.joinAll(&.{ p.dir, leaf });
        const e = fs.errnoOf(linux.mkdir(fs.dupeZ(file), 0o700));
        if (e == @intFromEnum(linux.E.EXIST)) continue;
        if (e != 0) return fs.raiseOSError(e, rt.str.fromBytes(file).val(), null);
        return file;
    }
    return exc.raise(exc.newException(&types.FileExistsError, &.{ Value.fromSmall(17), rt.str.static("No usable temporary directory name found").val() }));
}

// ---- Cleanup at exit ------------------------------------------------------------------------------

var exit_hook = rt.call.builtin("_cleanup_at_exit", cleanupAtExit);

/// Remembers an object to clean up at exit (registered with atexit on first use, like the
/// weakref finalizers CPython uses).
fn cleanupLater(v: Value) Error!void {
    if (state.pending == null) {
        state.pending = rt.list.new();
        const atexit = try rt.modules.import("atexit");
        _ = try rt.attr.callMethod(atexit, mu.lit("register"), .{ .pos = &.{exit_hook.val()} });
    }
    rt.list.append(state.pending.?, v);
}

fn cleanupAtExit(_: Value, _: rt.Args) Error!Value {
    const l = state.pending orelse return .none;
    for (l.items()) |v| {
        const r = if (v.obj.ty == &wrapper_type) wrapperClose(v, .{ .pos = &.{} }) else cleanupDir(v, true);
        // Errors during exit cleanup are ignored, as in CPython's finalizers.
        if (r) |_| {} else |_| _ = exc.take();
    }
    return .none;
}

// ---- NamedTemporaryFile ---------------------------------------------------------------------------

var wrapper_type: rt.Type = .{
    .base = .{ .ty = &types.type_type },
    .kind = .instance,
    .name = "_TemporaryFileWrapper",
    .qualname = "_TemporaryFileWrapper",
    .module = "tempfile",
    .bases = &.{&types.object_type},
    .mro = &.{ &wrapper_type, &types.object_type },
    .flags = .{ .heap = true, .has_getattr = true },
};

/// NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
/// prefix=None, dir=None, delete=True, *, errors=None).
fn namedTemporaryFile_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "NamedTemporaryFile", .names = &.{ "mode", "buffering", "encoding", "newline", "suffix", "prefix", "dir", "delete", "errors" }, .n_pos = 8, .n_req = 0 }, args);
    const mode = a[0] orelse mu.lit("w+b").val();
    const delete = if (a[7]) |d| try rt.ops.truthy(d) else true;
    const r = try mkstempInner(try sanitize(a[5], a[4], a[6]));
    _ = linux.close(r.fd);
    const name = rt.str.fromBytes(r.name).val();
    const file = files.open_(.{ .pos = &.{ name, mode } }) catch |e| {
        _ = linux.unlink(fs.dupeZ(r.name));
        return e;
    };
    const w = rt.mem.create(rt.attr.Instance, .scan);
    w.* = .{ .base = .{ .ty = &wrapper_type }, .dict = rt.dict.new() };
    rt.dict.setStr(w.dict, mu.lit("file"), file);
    rt.dict.setStr(w.dict, mu.lit("name"), name);
    rt.dict.setStr(w.dict, mu.lit("delete"), Value.fromBool(delete));
    rt.dict.setStr(w.dict, mu.lit("close_called"), Value.False);
    if (delete) try cleanupLater(w.val());
    return w.val();
}

fn wrapperFile(self: Value) Value {
    return rt.dict.getStr(self.as(rt.attr.Instance).dict, mu.lit("file")) orelse .none;
}

/// Attributes the wrapper does not have come from the file (write, read, closed, mode...).
fn wrapperGetattr(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__getattr__", args, 1, 1);
    const name = try mu.expectStr("attribute name", args.pos[0]);
    return rt.attr.getattr(wrapperFile(self), name);
}

fn wrapperEnter(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__enter__", args, 0, 0);
    _ = try rt.attr.callMethod(wrapperFile(self), mu.lit("__enter__"), .{ .pos = &.{} });
    return self;
}

fn wrapperExit(self: Value, args: rt.Args) Error!Value {
    const r = try rt.attr.callMethod(wrapperFile(self), mu.lit("__exit__"), args);
    _ = try wrapperClose(self, .{ .pos = &.{} });
    return r;
}

/// Closes the file, then deletes it when `delete` (once).
fn wrapperClose(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("close", args, 0, 0);
    const d = self.as(rt.attr.Instance).dict;
    if (rt.dict.getStr(d, mu.lit("close_called"))) |c| if (c == .bool and c.bool) return .none;
    rt.dict.setStr(d, mu.lit("close_called"), Value.True);
    _ = try rt.attr.callMethod(wrapperFile(self), mu.lit("close"), .{ .pos = &.{} });
    const delete = rt.dict.getStr(d, mu.lit("delete")) orelse Value.False;
    if (try rt.ops.truthy(delete)) {
        const c = try fs.cpath("unlink", rt.dict.getStr(d, mu.lit("name")) orelse .none);
        try fs.check(linux.unlink(c.z), c.p.orig);
    }
    return .none;
}

fn wrapperIter(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__iter__", args, 0, 0);
    return rt.iter.iter(wrapperFile(self));
}

// ---- TemporaryDirectory ---------------------------------------------------------------------------

var tmpdir_type: rt.Type = .{
    .base = .{ .ty = &types.type_type },
    .kind = .instance,
    .name = "TemporaryDirectory",
    .qualname = "TemporaryDirectory",
    .module = "tempfile",
    .bases = &.{&types.object_type},
    .mro = &.{ &tmpdir_type, &types.object_type },
    .flags = .{ .heap = true },
};

fn tmpdirInit(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "TemporaryDirectory.__init__", .names = &.{ "suffix", "prefix", "dir", "ignore_cleanup_errors" }, .n_pos = 4, .n_req = 0 }, args);
    const name = try mkdtemp(try sanitize(a[1], a[0], a[2]));
    try rt.attr.setattr(self, mu.lit("name"), rt.str.fromBytes(name).val());
    try rt.attr.setattr(self, mu.lit("_ignore_cleanup_errors"), a[3] orelse Value.False);
    try rt.attr.setattr(self, mu.lit("_cleaned"), Value.False);
    try cleanupLater(self);
    return .none;
}

fn tmpdirRepr(self: Value) Error!Value {
    var b = rt.Builder{};
    b.print("<{s} ", .{self.obj.ty.name});
    try rt.repr.reprInto(&b, try rt.attr.getattr(self, mu.lit("name")));
    b.appendByte('>');
    return b.finish().val();
}

fn tmpdirEnter(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__enter__", args, 0, 0);
    return rt.attr.getattr(self, mu.lit("name"));
}

fn tmpdirExit(self: Value, args: rt.Args) Error!Value {
    _ = args;
    return cleanupDir(self, false);
}

fn tmpdirCleanup(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("cleanup", args, 0, 0);
    return cleanupDir(self, false);
}

/// cleanup(): removes the tree the first time, or later if it exists again.
fn cleanupDir(self: Value, at_exit: bool) Error!Value {
    const first = !try rt.ops.truthy(try rt.attr.getattr(self, mu.lit("_cleaned")));
    try rt.attr.setattr(self, mu.lit("_cleaned"), Value.True);
    const name = try rt.attr.getattr(self, mu.lit("name"));
    const c = try fs.cpath("rmtree", name);
    if (!first and (try fs.statOpt(name, false)) == null) return .none;
    if (first and at_exit and (try fs.statOpt(name, false)) == null) return .none;
    const ignore = try rt.ops.truthy(try rt.attr.getattr(self, mu.lit("_ignore_cleanup_errors")));
    fs.rmtree(c.z) catch |e| {
        // A tree that is already gone is fine (shutil.rmtree's FileNotFoundError case).
        if (ignore or exc.pendingIs(&types.FileNotFoundError)) {
            _ = exc.take();
            return .none;
        }
        return e;
    };
    return .none;
}
