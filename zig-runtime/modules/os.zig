//! The `os` module (the POSIX part programs use): the working directory, directory listing
//! and walking, creating, renaming and removing files and directories, stat, the environment,
//! process facts, urandom, and the path constants; `os.path` is ospath.zig.
//!
//! `os.environ` is a plain dict snapshot of the environment taken at import: reading and
//! changing it works as a dict (os.getenv and os.path.expandvars read it, as CPython's do),
//! but assigning to it does not call putenv (no pyaot program starts subprocesses).
//! `os.stat()` results have the st_* attributes and index, measure and iterate as CPython's
//! ten-item struct sequence. `os.terminal_size` is a namedtuple class (columns, lines) whose
//! constructor takes one 2-sequence, as CPython's struct sequence does.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const fs = @import("osfs.zig");
const ospath = @import("ospath.zig");
const walk = @import("os_walk.zig");
const linux = std.os.linux;
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

var mod: ?*rt.Module = null;
var environ: Value = .none;
var terminal_size_cls: Value = .none;

pub fn module() Value {
    if (mod == null) init();
    return registry.nativeModule(&mod, "os", get);
}

fn init() void {
    rt.mem.addRoot(@ptrCast(&environ), @sizeOf(Value));
    rt.mem.addRoot(@ptrCast(&terminal_size_cls), @sizeOf(Value));
    const d = rt.dict.new();
    // The C library's environ: the runtime is its own object, whose std.os.environ the
    // program's start code never fills in.
    var i: usize = 0;
    while (std.c.environ[i]) |entry| : (i += 1) {
        const kv = std.mem.span(entry);
        const eq = std.mem.indexOfScalar(u8, kv, '=') orelse continue;
        // The first definition of a name wins, as in CPython's environ.
        const key = rt.str.fromBytes(kv[0..eq]);
        if (rt.dict.getStr(d, key) == null) rt.dict.setStr(d, key, rt.str.fromBytes(kv[eq + 1 ..]).val());
    }
    environ = d.val();
    stat_result_type.dict = statResultDict();
    rt.mem.addRoot(@ptrCast(&stat_result_type), @sizeOf(rt.Type));
}

/// os.environ[name] when it is a str, for os.path.expanduser and expandvars.
pub fn environGet(name: []const u8) ?[]const u8 {
    if (mod == null) init();
    const v = rt.dict.getStr(environ.as(rt.Dict), rt.str.fromBytes(name)) orelse return null;
    if (!v.isKind(.str)) return null;
    return v.as(rt.Str).bytes;
}

fn get(name: []const u8) ?Value {
    if (std.mem.eql(u8, name, "terminal_size")) return terminalSizeClass() catch null;
    const a = attrs.get(name) orelse return null;
    return a.value();
}

fn environSlot() Value {
    return environ;
}
fn pathSlot() Value {
    return ospath.module();
}
fn noneSlot() Value {
    return .none;
}
fn statResultSlot() Value {
    return .{ .obj = &stat_result_type.base };
}

const attrs = mu.Map.initComptime(.{
    .{ "name", mu.strAttr("posix") },
    .{ "sep", mu.strAttr("/") },
    .{ "linesep", mu.strAttr("\n") },
    .{ "curdir", mu.strAttr(".") },
    .{ "pardir", mu.strAttr("..") },
    .{ "extsep", mu.strAttr(".") },
    .{ "pathsep", mu.strAttr(":") },
    .{ "defpath", mu.strAttr("/bin:/usr/bin") },
    .{ "devnull", mu.strAttr("/dev/null") },
    .{ "altsep", mu.Attr{ .slot = noneSlot } },
    .{ "F_OK", mu.Attr{ .int = 0 } },
    .{ "R_OK", mu.Attr{ .int = 4 } },
    .{ "W_OK", mu.Attr{ .int = 2 } },
    .{ "X_OK", mu.Attr{ .int = 1 } },
    .{ "environ", mu.Attr{ .slot = environSlot } },
    .{ "path", mu.Attr{ .slot = pathSlot } },
    .{ "stat_result", mu.Attr{ .slot = statResultSlot } },
    .{ "getcwd", mu.func("getcwd", getcwd_) },
    .{ "chdir", mu.func("chdir", chdir_) },
    .{ "listdir", mu.func("listdir", listdir_) },
    .{ "mkdir", mu.func("mkdir", mkdir_) },
    .{ "makedirs", mu.func("makedirs", makedirs_) },
    .{ "rmdir", mu.func("rmdir", rmdir_) },
    .{ "removedirs", mu.func("removedirs", removedirs_) },
    .{ "remove", mu.func("remove", remove_) },
    .{ "unlink", mu.func("unlink", unlink_) },
    .{ "rename", mu.func("rename", rename_) },
    .{ "replace", mu.func("replace", replace_) },
    .{ "stat", mu.func("stat", stat_) },
    .{ "lstat", mu.func("lstat", lstat_) },
    .{ "access", mu.func("access", access_) },
    .{ "walk", mu.func("walk", walk.walk_) },
    .{ "scandir", mu.func("scandir", @import("os_scandir.zig").scandir_) },
    .{ "getenv", mu.func("getenv", getenv_) },
    .{ "putenv", mu.func("putenv", putenv_) },
    .{ "unsetenv", mu.func("unsetenv", unsetenv_) },
    .{ "getpid", mu.func("getpid", getpid_) },
    .{ "getppid", mu.func("getppid", getppid_) },
    .{ "urandom", mu.func("urandom", urandom_) },
    .{ "cpu_count", mu.func("cpu_count", cpuCount_) },
    .{ "get_terminal_size", mu.func("get_terminal_size", getTerminalSize_) },
    .{ "fspath", mu.func("fspath", fspath_) },
    .{ "fsencode", mu.func("fsencode", fsencode_) },
    .{ "fsdecode", mu.func("fsdecode", fsdecode_) },
    .{ "strerror", mu.func("strerror", strerror_) },
    .{ "_exit", mu.func("_exit", exit_) },
    .{ "open", mu.func("open", open_) },
    .{ "O_RDONLY", mu.Attr{ .int = 0 } },
    .{ "O_WRONLY", mu.Attr{ .int = 1 } },
    .{ "O_RDWR", mu.Attr{ .int = 2 } },
    .{ "O_CREAT", mu.Attr{ .int = 0o100 } },
    .{ "O_EXCL", mu.Attr{ .int = 0o200 } },
    .{ "O_TRUNC", mu.Attr{ .int = 0o1000 } },
    .{ "O_APPEND", mu.Attr{ .int = 0o2000 } },
    .{ "SEEK_SET", mu.Attr{ .int = 0 } },
    .{ "SEEK_CUR", mu.Attr{ .int = 1 } },
    .{ "SEEK_END", mu.Attr{ .int = 2 } },
    .{ "close", mu.func("close", close_) },
    .{ "read", mu.func("read", read_) },
    .{ "write", mu.func("write", write_) },
    .{ "symlink", mu.func("symlink", symlink_) },
    .{ "readlink", mu.func("readlink", readlink_) },
    .{ "chmod", mu.func("chmod", chmod_) },
    .{ "utime", mu.func("utime", utime_) },
    .{ "getuid", mu.func("getuid", getuid_) },
});

// ---- Working directory and listing -------------------------------------------------------------

fn getcwd_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("getcwd", args, 0, 0);
    return rt.str.fromBytes(try fs.getcwd()).val();
}

fn chdir_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "chdir", .names = &.{"path"}, .n_pos = 1, .n_req = 1 }, args);
    const c = try fs.cpath("chdir", a[0].?);
    try fs.check(linux.chdir(c.z), c.p.orig);
    return .none;
}

fn listdir_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "listdir", .names = &.{"path"}, .n_pos = 1, .n_req = 0 }, args);
    const pv = a[0] orelse Value.none;
    if (pv == .int) return exc.raiseMsg(&types.NotImplementedError, "pyaot: os.listdir of a file descriptor is not supported");
    const c = try fs.cpath("listdir", if (pv == .none) mu.lit(".").val() else pv);
    const entries = switch (fs.listRaw(c.z)) {
        .ok => |l| l,
        .err => |e| return fs.raiseOSError(e, c.p.orig, null),
    };
    const l = rt.list.withLen(entries.len);
    for (entries, l.items()) |e, *out| out.* = c.p.make(e.name);
    return l.val();
}

// ---- Creating and removing -----------------------------------------------------------------------

fn mkdir_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "mkdir", .names = &.{ "path", "mode", "dir_fd" }, .n_pos = 2, .n_req = 1 }, args);
    const mode: u32 = if (a[1]) |m| @truncate(@as(u64, @bitCast(try mu.toSsize(m)))) else 0o777;
    try mkdir(a[0].?, mode);
    return .none;
}

fn mkdir(path: Value, mode: u32) Error!void {
    const c = try fs.cpath("mkdir", path);
    try fs.check(linux.mkdir(c.z, mode), c.p.orig);
}

/// os.makedirs: the missing parents first (a parent that appears meanwhile is fine), then the
/// leaf; with exist_ok an existing directory is no error.
fn makedirs_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "makedirs", .names = &.{ "name", "mode", "exist_ok" }, .n_pos = 3, .n_req = 1 }, args);
    const mode: u32 = if (a[1]) |m| @truncate(@as(u64, @bitCast(try mu.toSsize(m)))) else 0o777;
    const exist_ok = if (a[2]) |e| try rt.ops.truthy(e) else false;
    try makedirs(a[0].?, mode, exist_ok);
    return .none;
}

fn makedirs(name: Value, mode: u32, exist_ok: bool) Error!void {
    const p = try fs.fspath(name);
    var parts = ospath.split(p.bytes);
    if (parts[1].len == 0) parts = ospath.split(parts[0]);
    const head = parts[0];
    const tail = parts[1];
    if (head.len > 0 and tail.len > 0 and (try fs.statOpt(p.make(head), true)) == null) {
        makedirs(p.make(head), 0o777, exist_ok) catch |e| {
            if (!exc.pendingIs(&types.FileExistsError)) return e;
            _ = exc.take();
        };
        // xxx/newdir/. exists when xxx/newdir does.
        if (std.mem.eql(u8, tail, ".")) return;
    }
    mkdir(name, mode) catch |e| {
        if (!exc.pendingIs(&types.OSError)) return e;
        if (exist_ok) {
            if (try fs.statOpt(name, true)) |st| {
                if (fs.isDirMode(st.mode)) {
                    _ = exc.take();
                    return;
                }
            }
        }
        return e;
    };
}

fn pathCall(comptime name: []const u8, args: rt.Args, comptime sys: fn ([*:0]const u8) usize) Error!Value {
    const a = try mu.bind(.{ .name = name, .names = &.{ "path", "dir_fd" }, .n_pos = 1, .n_req = 1 }, args);
    const c = try fs.cpath(name, a[0].?);
    try fs.check(sys(c.z), c.p.orig);
    return .none;
}

fn rmdir_(args: rt.Args) Error!Value {
    return pathCall("rmdir", args, linux.rmdir);
}

fn remove_(args: rt.Args) Error!Value {
    return pathCall("remove", args, linux.unlink);
}

fn unlink_(args: rt.Args) Error!Value {
    return pathCall("unlink", args, linux.unlink);
}

fn removedirs_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "removedirs", .names = &.{"name"}, .n_pos = 1, .n_req = 1 }, args);
    const p = try fs.fspath(a[0].?);
    const c = try fs.cpath("rmdir", a[0].?);
    try fs.check(linux.rmdir(c.z), c.p.orig);
    var parts = ospath.split(p.bytes);
    if (parts[1].len == 0) parts = ospath.split(parts[0]);
    while (parts[0].len > 0 and parts[1].len > 0) {
        if (fs.errnoOf(linux.rmdir(fs.dupeZ(parts[0]))) != 0) break;
        parts = ospath.split(parts[0]);
    }
    return .none;
}

fn renameCall(comptime name: []const u8, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = name, .names = &.{ "src", "dst", "src_dir_fd", "dst_dir_fd" }, .n_pos = 2, .n_req = 2 }, args);
    const src = try fs.cpath(name, a[0].?);
    const dst = try fs.cpath(name, a[1].?);
    const e = fs.errnoOf(linux.rename(src.z, dst.z));
    if (e != 0) return fs.raiseOSError(e, src.p.orig, dst.p.orig);
    return .none;
}

fn rename_(args: rt.Args) Error!Value {
    return renameCall("rename", args);
}

fn replace_(args: rt.Args) Error!Value {
    return renameCall("replace", args);
}

// ---- stat ----------------------------------------------------------------------------------------

var stat_result_type: rt.Type = .{
    .base = .{ .ty = &types.type_type },
    .kind = .instance,
    .name = "stat_result",
    .qualname = "stat_result",
    .module = "os",
    .bases = &.{&types.object_type},
    .mro = &.{ &stat_result_type, &types.object_type },
    .flags = .{ .heap = true },
};

fn statResultDict() *rt.Dict {
    const d = rt.dict.new();
    rt.dict.setStr(d, mu.lit("__repr__"), mu.selfFunction("stat_result.__repr__", statResultRepr));
    // A struct sequence: the ten items of CPython's tuple (times as whole seconds).
    rt.dict.setStr(d, mu.lit("__getitem__"), mu.method("stat_result", "__getitem__", statResultGetitem).val());
    rt.dict.setStr(d, mu.lit("__len__"), mu.method("stat_result", "__len__", statResultLen).val());
    rt.dict.setStr(d, mu.lit("__iter__"), mu.method("stat_result", "__iter__", statResultIter).val());
    rt.dict.setStr(d, mu.lit("n_sequence_fields"), Value.fromSmall(10));
    rt.dict.setStr(d, mu.lit("__module__"), mu.lit("os").val());
    return d;
}

const int_fields = [_][]const u8{ "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size" };

/// os.stat_result(st_mode=..., ..., st_ctime=...) with whole seconds, as CPython prints it.
fn statResultRepr(self: Value) Error!Value {
    var b = rt.Builder{};
    b.append("os.stat_result(");
    const names = int_fields ++ [_][]const u8{ "st_atime", "st_mtime", "st_ctime" };
    inline for (names, 0..) |n, i| {
        if (i > 0) b.append(", ");
        b.append(n ++ "=");
        const v = try rt.attr.getattr(self, mu.lit(if (i < int_fields.len) n else n ++ "_ns"));
        // The time fields show whole seconds (CPython's tuple items are ints).
        const shown = if (i < int_fields.len) v else try rt.ops.floordiv(v, Value.fromSmall(1_000_000_000));
        try rt.repr.reprInto(&b, shown);
    }
    b.appendByte(')');
    return b.finish().val();
}

/// The tuple a stat_result is to indexing, len() and iteration.
fn statResultTuple(self: Value) Error!Value {
    const names = int_fields ++ [_][]const u8{ "st_atime", "st_mtime", "st_ctime" };
    var items: [names.len]Value = undefined;
    inline for (names, 0..) |n, i| {
        const v = try rt.attr.getattr(self, mu.lit(if (i < int_fields.len) n else n ++ "_ns"));
        items[i] = if (i < int_fields.len) v else try rt.ops.floordiv(v, Value.fromSmall(1_000_000_000));
    }
    return rt.tupleOf(&items);
}

fn statResultGetitem(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__getitem__", args, 1, 1);
    return rt.sub.getitem(try statResultTuple(self), args.pos[0]);
}

fn statResultLen(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__len__", args, 0, 0);
    _ = self;
    return Value.fromSmall(10);
}

fn statResultIter(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__iter__", args, 0, 0);
    return rt.iter.iter(try statResultTuple(self));
}

fn statValue(st: fs.Stat) Error!Value {
    const i = rt.mem.create(rt.attr.Instance, .scan);
    const d = rt.dict.new();
    i.* = .{ .base = .{ .ty = &stat_result_type }, .dict = d };
    const ints = [_]i64{ st.mode, @bitCast(st.ino), @bitCast(st.dev), @intCast(st.nlink), st.uid, st.gid, st.size };
    inline for (int_fields, ints) |n, v| rt.dict.setStr(d, mu.lit(n), Value.fromSmall(v));
    const time_names = [_][]const u8{ "st_atime", "st_mtime", "st_ctime" };
    const times = [_]linux.timespec{ st.atim, st.mtim, st.ctim };
    inline for (time_names, 0..) |n, k| {
        const t = times[k];
        rt.dict.setStr(d, mu.lit(n), mu.float(fs.timeFloat(t)));
        const ns = rt.intops.add(rt.intops.mul(rt.Int.fromI64(t.sec), rt.Int.fromI64(1_000_000_000)), rt.Int.fromI64(t.nsec));
        rt.dict.setStr(d, mu.lit(n ++ "_ns"), .{ .int = ns });
    }
    rt.dict.setStr(d, mu.lit("st_blocks"), Value.fromSmall(st.blocks));
    rt.dict.setStr(d, mu.lit("st_blksize"), Value.fromSmall(st.blksize));
    return i.val();
}

fn statCall(comptime name: []const u8, args: rt.Args, follow_default: bool) Error!Value {
    const a = try mu.bind(.{ .name = name, .names = &.{ "path", "dir_fd", "follow_symlinks" }, .n_pos = 1, .n_req = 1 }, args);
    const follow = if (a[2]) |f| try rt.ops.truthy(f) else follow_default;
    return statPath(a[0].?, follow);
}

/// os.stat(v) (a path or a file descriptor), following symlinks or not.
pub fn statPath(v: Value, follow: bool) Error!Value {
    if (v == .int) {
        var st: fs.Stat = undefined;
        const fd = v.int.toI64() orelse return exc.raiseMsg(&types.OverflowError, "fd is greater than maximum");
        try fs.check(linux.fstat(@intCast(fd), &st), null);
        return statValue(st);
    }
    const c = try fs.cpath("stat", v);
    return switch (fs.statRaw(c.z, follow)) {
        .ok => |st| statValue(st),
        .err => |e| fs.raiseOSError(e, c.p.orig, null),
    };
}

fn stat_(args: rt.Args) Error!Value {
    return statCall("stat", args, true);
}

fn lstat_(args: rt.Args) Error!Value {
    return statCall("lstat", args, false);
}

fn access_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "access", .names = &.{ "path", "mode", "dir_fd", "effective_ids", "follow_symlinks" }, .n_pos = 2, .n_req = 2 }, args);
    const c = try fs.cpath("access", a[0].?);
    const mode: u32 = @truncate(@as(u64, @bitCast(try mu.toSsize(a[1].?))));
    return Value.fromBool(fs.errnoOf(linux.access(c.z, mode)) == 0);
}

// ---- Environment ---------------------------------------------------------------------------------

fn getenv_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "getenv", .names = &.{ "key", "default" }, .n_pos = 2, .n_req = 1 }, args);
    const key = a[0].?;
    if (!key.isKind(.str)) return exc.raiseFmt(&types.TypeError, "str expected, not {s}", .{rt.ops.typeName(key)});
    return (try rt.dict.get(environ.as(rt.Dict), key)) orelse (a[1] orelse .none);
}

extern "c" fn setenv(name: [*:0]const u8, value: [*:0]const u8, overwrite: c_int) c_int;
extern "c" fn unsetenv(name: [*:0]const u8) c_int;

/// os.putenv: changes the process environment only (os.environ is not updated, as in CPython).
fn putenv_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("putenv", args, 2, 2);
    const k = try fs.cpath("putenv", args.pos[0]);
    const v = try fs.cpath("putenv", args.pos[1]);
    if (k.p.bytes.len == 0 or std.mem.indexOfScalar(u8, k.p.bytes, '=') != null) return exc.raiseMsg(&types.ValueError, "illegal environment variable name");
    if (setenv(k.z, v.z, 1) != 0) return fs.raiseOSError(@intCast(std.c._errno().*), null, null);
    return .none;
}

fn unsetenv_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("unsetenv", args, 1, 1);
    const k = try fs.cpath("unsetenv", args.pos[0]);
    if (k.p.bytes.len == 0 or std.mem.indexOfScalar(u8, k.p.bytes, '=') != null) return exc.raiseMsg(&types.ValueError, "illegal environment variable name");
    if (unsetenv(k.z) != 0) return fs.raiseOSError(@intCast(std.c._errno().*), null, null);
    return .none;
}

// ---- Process facts --------------------------------------------------------------------------------

fn getpid_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("getpid", args, 0, 0);
    return Value.fromSmall(linux.getpid());
}

fn getppid_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("getppid", args, 0, 0);
    return Value.fromSmall(linux.getppid());
}

fn urandom_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "urandom", .names = &.{"size"}, .n_pos = 1, .n_req = 1 }, args);
    const n = try mu.toSsize(a[0].?);
    if (n < 0) return exc.raiseMsg(&types.ValueError, "negative argument not allowed");
    const buf = rt.mem.allocSlice(u8, .noscan, @intCast(n));
    std.posix.getrandom(buf) catch return fs.raiseOSError(@intFromEnum(linux.E.IO), null, null);
    return rt.bytes.fromSlice(buf).val();
}

extern "c" fn sysconf(name: c_int) c_long;
const sc_nprocessors_onln: c_int = 84;

/// os.cpu_count(): the online processors (sysconf, as CPython on Linux).
fn cpuCount_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("cpu_count", args, 0, 0);
    const n = sysconf(sc_nprocessors_onln);
    if (n < 1) return .none;
    return Value.fromSmall(n);
}

/// os.terminal_size: CPython's struct sequence (columns, lines), made on first use as a
/// namedtuple class with CPython's name in its repr (`os.terminal_size(columns=80, lines=24)`).
fn terminalSizeClass() Error!Value {
    if (terminal_size_cls != .none) return terminal_size_cls;
    const nt = @import("namedtuple.zig");
    const fields = rt.tupleOf(&.{ rt.str.static("columns").val(), rt.str.static("lines").val() });
    const cls = try nt.namedtuple_(.{ .pos = &.{ rt.str.static("terminal_size").val(), fields }, .kwnames = &.{rt.str.static("module")}, .kwvals = &.{rt.str.static("os").val()} });
    cls.as(rt.Type).name = "os.terminal_size";
    rt.dict.setStr(cls.as(rt.Type).dict.?, mu.lit("__new__"), nt.wrap(&types.staticmethod_type, terminal_size_new.val()));
    terminal_size_cls = cls;
    return cls;
}

var terminal_size_new = rt.call.builtin("__new__", terminalSizeNew);

/// `os.terminal_size(sequence)`: the struct sequence's constructor, one sequence of exactly
/// two items (CPython's messages), then the namedtuple's own `__new__`.
fn terminalSizeNew(_: Value, args: rt.Args) Error!Value {
    if (args.pos.len == 0 or !args.pos[0].isKind(.type)) return exc.raiseMsg(&types.TypeError, "os.terminal_size.__new__(): not enough arguments");
    const a = try mu.bind(.{ .name = "terminal_size", .names = &.{ "sequence", "dict" }, .n_pos = 2, .n_req = 1 }, .{ .pos = args.pos[1..], .kwnames = args.kwnames, .kwvals = args.kwvals });
    const seq = a[0].?;
    const iterable = seq == .obj and switch (seq.obj.ty.kind) {
        .list, .tuple, .str, .dict, .range, .set, .frozenset, .bytes, .bytearray, .iterator, .generator, .dict_view => true,
        else => rt.attr.lookupType(seq.obj.ty, mu.lit("__iter__")) != null or rt.attr.lookupType(seq.obj.ty, mu.lit("__getitem__")) != null or
            (if (seq.obj.ty.native) |n| n.iter != null else false),
    };
    if (!iterable) return exc.raiseMsg(&types.TypeError, "constructor requires a sequence");
    const items = (try rt.iter.toList(seq)).items();
    if (items.len != 2) return exc.raiseFmt(&types.TypeError, "os.terminal_size() takes a 2-sequence ({d}-sequence given)", .{items.len});
    return @import("namedtuple.zig").new_(.none, .{ .pos = &.{ args.pos[0], items[0], items[1] } });
}

/// os.get_terminal_size(fd=1): the window size of the terminal on fd (TIOCGWINSZ), or the
/// OSError of the ioctl (ENOTTY for a pipe or file), as CPython.
fn getTerminalSize_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "get_terminal_size", .names = &.{"fd"}, .n_pos = 1, .n_req = 0 }, args);
    const fd_arg: i64 = if (a[0]) |v| try mu.toSsize(v) else 1;
    const fd = std.math.cast(i32, fd_arg) orelse return exc.raiseMsg(&types.OverflowError, "fd is greater than maximum");
    var ws: std.posix.winsize = undefined;
    try fs.check(linux.ioctl(fd, linux.T.IOCGWINSZ, @intFromPtr(&ws)), null);
    return rt.call.call(try terminalSizeClass(), .{ .pos = &.{rt.tupleOf(&.{ Value.fromSmall(ws.col), Value.fromSmall(ws.row) })} });
}

fn fspath_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "fspath", .names = &.{"path"}, .n_pos = 1, .n_req = 1 }, args);
    return (try fs.fspath(a[0].?)).val;
}

/// os.fsencode: a path as bytes (UTF-8, the file system encoding here).
fn fsencode_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "fsencode", .names = &.{"filename"}, .n_pos = 1, .n_req = 1 }, args);
    const p = try fs.fspath(a[0].?);
    return if (p.is_bytes) p.val else rt.bytes.fromSlice(p.bytes).val();
}

/// os.fsdecode: a path as str. CPython decodes with surrogateescape, which pyaot's decoder
/// reports as not supported when the bytes are not UTF-8.
fn fsdecode_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "fsdecode", .names = &.{"filename"}, .n_pos = 1, .n_req = 1 }, args);
    const p = try fs.fspath(a[0].?);
    if (!p.is_bytes) return p.val;
    return (try @import("../methods/bytes_decode.zig").decode(p.bytes, "utf-8", "surrogateescape")).val();
}

fn strerror_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("strerror", args, 1, 1);
    const code = try mu.toSsize(args.pos[0]);
    if (code < 0 or code > std.math.maxInt(u16)) return rt.str.fromBytes("Unknown error").val();
    return rt.str.fromBytes(fs.strerrorText(@intCast(code))).val();
}

/// os._exit(n): ends the process at once, without flushing or running atexit handlers.
fn exit_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("_exit", args, 1, 1);
    const code = try mu.toSsize(args.pos[0]);
    linux.exit_group(@truncate(code));
}

// ---- File descriptors and links -------------------------------------------------------------------

fn fdArg(v: Value) Error!i32 {
    const fd = try mu.toSsize(v);
    if (fd < std.math.minInt(i32) or fd > std.math.maxInt(i32)) return exc.raiseMsg(&types.OverflowError, "fd is greater than maximum");
    return @intCast(fd);
}

/// os.open(path, flags, mode=0o777): a file descriptor (close-on-exec, as CPython's).
fn open_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "open", .names = &.{ "path", "flags", "mode", "dir_fd" }, .n_pos = 3, .n_req = 2 }, args);
    const c = try fs.cpath("open", a[0].?);
    const flags: u32 = @truncate(@as(u64, @bitCast(try mu.toSsize(a[1].?))));
    const mode: u32 = if (a[2]) |m| @truncate(@as(u64, @bitCast(try mu.toSsize(m)))) else 0o777;
    var o: linux.O = @bitCast(flags);
    o.CLOEXEC = true;
    const rc = linux.open(c.z, o, mode);
    try fs.check(rc, c.p.orig);
    return Value.fromSmall(@intCast(rc));
}

fn close_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "close", .names = &.{"fd"}, .n_pos = 1, .n_req = 1 }, args);
    try fs.check(linux.close(try fdArg(a[0].?)), null);
    return .none;
}

/// os.read(fd, n): at most n bytes (fewer at the end of the file).
fn read_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("read", args, 2, 2);
    const fd = try fdArg(args.pos[0]);
    const n = try mu.toSsize(args.pos[1]);
    if (n < 0) return fs.raiseOSError(@intFromEnum(linux.E.INVAL), null, null);
    const buf = rt.mem.allocSlice(u8, .noscan, @intCast(n));
    while (true) {
        const rc = linux.read(fd, buf.ptr, buf.len);
        const e = fs.errnoOf(rc);
        if (e == @intFromEnum(linux.E.INTR)) continue;
        if (e != 0) return fs.raiseOSError(e, null, null);
        return rt.bytes.fromSlice(buf[0..rc]).val();
    }
}

/// os.write(fd, data): the number of bytes written.
fn write_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("write", args, 2, 2);
    const fd = try fdArg(args.pos[0]);
    const data = args.pos[1];
    if (!(data.isKind(.bytes) or data.isKind(.bytearray))) return exc.raiseFmt(&types.TypeError, "a bytes-like object is required, not '{s}'", .{rt.ops.typeName(data)});
    // Output the program printed must reach the file before these bytes (fds 1 and 2).
    if (fd == 1 or fd == 2) rt.io.stdout.flush();
    const bytes = rt.bytes.fromObj(data.obj).data();
    while (true) {
        const rc = linux.write(fd, bytes.ptr, bytes.len);
        const e = fs.errnoOf(rc);
        if (e == @intFromEnum(linux.E.INTR)) continue;
        if (e != 0) return fs.raiseOSError(e, null, null);
        return Value.fromSmall(@intCast(rc));
    }
}

fn symlink_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "symlink", .names = &.{ "src", "dst", "target_is_directory", "dir_fd" }, .n_pos = 3, .n_req = 2 }, args);
    const src = try fs.cpath("symlink", a[0].?);
    const dst = try fs.cpath("symlink", a[1].?);
    const e = fs.errnoOf(linux.symlink(src.z, dst.z));
    if (e != 0) return fs.raiseOSError(e, src.p.orig, dst.p.orig);
    return .none;
}

fn readlink_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "readlink", .names = &.{ "path", "dir_fd" }, .n_pos = 1, .n_req = 1 }, args);
    const c = try fs.cpath("readlink", a[0].?);
    var buf: [std.fs.max_path_bytes]u8 = undefined;
    const rc = linux.readlink(c.z, &buf, buf.len);
    try fs.check(rc, c.p.orig);
    return c.p.make(buf[0..rc]);
}

fn chmod_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "chmod", .names = &.{ "path", "mode", "dir_fd", "follow_symlinks" }, .n_pos = 2, .n_req = 2 }, args);
    const c = try fs.cpath("chmod", a[0].?);
    const mode: u32 = @truncate(@as(u64, @bitCast(try mu.toSsize(a[1].?))));
    try fs.check(linux.chmod(c.z, mode), c.p.orig);
    return .none;
}

/// utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True): utimensat, with
/// float seconds rounded down to nanoseconds as CPython does; neither times nor ns means now.
fn utime_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "utime", .names = &.{ "path", "times", "ns", "dir_fd", "follow_symlinks" }, .n_pos = 2, .n_req = 1 }, args);
    if (a[3]) |d| if (d != .none) return exc.raiseMsg(&types.NotImplementedError, "utime: dir_fd is not supported by pyaot");
    const c = try fs.cpath("utime", a[0].?);
    const times: Value = a[1] orelse .none;
    if (times != .none and a[2] != null) return exc.raiseMsg(&types.ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    var ts: [2]linux.timespec = undefined;
    var given = false;
    if (times != .none) {
        if (!times.isKind(.tuple) or times.as(rt.Tuple).items.len != 2) return exc.raiseMsg(&types.TypeError, "utime: 'times' must be either a tuple of two ints or None");
        for (times.as(rt.Tuple).items, 0..) |t, i| ts[i] = try secondsTimespec(t);
        given = true;
    } else if (a[2]) |n| {
        if (!n.isKind(.tuple) or n.as(rt.Tuple).items.len != 2) return exc.raiseMsg(&types.TypeError, "utime: 'ns' must be a tuple of two ints");
        for (n.as(rt.Tuple).items, 0..) |t, i| {
            if (t != .int) return exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(t)});
            const x = t.int.toI64() orelse return exc.raiseMsg(&types.OverflowError, "timestamp too large to convert to C _PyTime_t");
            ts[i] = .{ .sec = @divFloor(x, 1_000_000_000), .nsec = @mod(x, 1_000_000_000) };
        }
        given = true;
    }
    const follow = if (a[4]) |f| try rt.ops.truthy(f) else true;
    const flags: u32 = if (follow) 0 else linux.AT.SYMLINK_NOFOLLOW;
    // CPython's utime raises without the filename (posixmodule.c: "see previous comment about
    // not putting filename in error here").
    try fs.check(linux.utimensat(linux.AT.FDCWD, c.z, if (given) &ts else null, flags), null);
    return .none;
}

/// A time in seconds (int or float) as a timespec, the fraction rounded toward minus infinity.
fn secondsTimespec(v: Value) Error!linux.timespec {
    switch (v) {
        .int => |i| return .{ .sec = i.toI64() orelse return exc.raiseMsg(&types.OverflowError, "timestamp out of range for platform time_t"), .nsec = 0 },
        .float => |x| {
            if (std.math.isNan(x)) return exc.raiseMsg(&types.ValueError, "Invalid value NaN (not a number)");
            var sec = @floor(x);
            var nsec = @floor((x - sec) * 1e9);
            if (nsec >= 1e9) {
                nsec -= 1e9;
                sec += 1;
            }
            if (!(sec >= -9.2e18 and sec <= 9.2e18)) return exc.raiseMsg(&types.OverflowError, "timestamp out of range for platform time_t");
            return .{ .sec = @intFromFloat(sec), .nsec = @intFromFloat(nsec) };
        },
        else => return exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{rt.ops.typeName(v)}),
    }
}

fn getuid_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("getuid", args, 0, 0);
    return Value.fromSmall(linux.getuid());
}
