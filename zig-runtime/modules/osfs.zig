//! File-system plumbing for the os, os.path and tempfile modules: path arguments (os.fspath),
//! Linux system calls with their raw errno, and OSError objects as CPython builds them
//! (the subclass chosen by errno, strerror's text, the filename).
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const linux = std.os.linux;
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

extern "c" fn strerror(errnum: c_int) [*:0]const u8;

/// A path argument: its bytes (UTF-8 for str) and whether it was bytes (results then are
/// bytes too).
pub const Path = struct {
    bytes: []const u8,
    is_bytes: bool,
    /// The argument as given (for OSError.filename).
    orig: Value,
    /// os.fspath(argument): the str or bytes object itself.
    val: Value,

    /// A result of the path's own type.
    pub fn make(p: Path, text: []const u8) Value {
        return makeLike(p.is_bytes, text);
    }
};

pub fn makeLike(is_bytes: bool, text: []const u8) Value {
    if (is_bytes) return rt.bytes.fromSlice(text).val();
    return rt.str.fromBytes(text).val();
}

/// os.fspath(v): str and bytes as they are, os.PathLike objects through __fspath__.
pub fn fspath(v: Value) Error!Path {
    if (v.isKind(.str)) return .{ .bytes = v.as(rt.Str).bytes, .is_bytes = false, .orig = v, .val = v };
    if (v.isKind(.bytes)) return .{ .bytes = rt.bytes.fromObj(v.obj).data(), .is_bytes = true, .orig = v, .val = v };
    if (v == .obj and v.obj.ty.flags.heap) {
        if (rt.attr.lookupType(v.obj.ty, mu.lit("__fspath__"))) |m| {
            const r = try rt.call.callUnbound(m, v, &.{});
            if (r.isKind(.str) or r.isKind(.bytes)) {
                var p = try fspath(r);
                p.orig = v;
                return p;
            }
            return exc.raiseFmt(&types.TypeError, "expected {s}.__fspath__() to return str or bytes, not {s}", .{ v.obj.ty.name, rt.ops.typeName(r) });
        }
    }
    return exc.raiseFmt(&types.TypeError, "expected str, bytes or os.PathLike object, not {s}", .{rt.ops.typeName(v)});
}

/// A path for a system call: NUL-terminated, ValueError for an embedded NUL (as CPython's
/// path converter). `what` names the function for the TypeError of a wrong type, whose text
/// also says whether a file descriptor would do.
pub fn cpath(comptime what: []const u8, v: Value) Error!struct { z: [:0]const u8, p: Path } {
    const accepts = comptime if (takesNone(what)) "string, bytes, os.PathLike, integer or None" else if (takesFd(what)) "string, bytes, os.PathLike or integer" else "string, bytes or os.PathLike";
    const p = fspath(v) catch |e| {
        if (!exc.pendingIs(&types.TypeError)) return e;
        _ = exc.take();
        return exc.raiseFmt(&types.TypeError, what ++ ": path should be " ++ accepts ++ ", not {s}", .{rt.ops.typeName(v)});
    };
    if (std.mem.indexOfScalar(u8, p.bytes, 0) != null) return exc.raiseMsg(&types.ValueError, "embedded null byte");
    return .{ .z = dupeZ(p.bytes), .p = p };
}

/// The os functions whose path argument may also be a file descriptor.
fn takesFd(comptime what: []const u8) bool {
    const names = [_][]const u8{ "stat", "lstat", "listdir", "scandir", "chdir" };
    for (names) |n| if (std.mem.eql(u8, n, what)) return true;
    return false;
}

/// The os functions whose path argument may also be None (the working directory).
fn takesNone(comptime what: []const u8) bool {
    return std.mem.eql(u8, what, "listdir") or std.mem.eql(u8, what, "scandir");
}

/// The errno of a raw system call result, or 0 on success.
pub fn errnoOf(rc: usize) u16 {
    return @intFromEnum(linux.E.init(rc));
}

/// The OSError subclass CPython raises for an errno.
pub fn errorType(errno: u16) *rt.Type {
    const E = linux.E;
    return switch (@as(E, @enumFromInt(errno))) {
        .EXIST => &types.FileExistsError,
        .NOENT => &types.FileNotFoundError,
        .ISDIR => &types.IsADirectoryError,
        .NOTDIR => &types.NotADirectoryError,
        .ACCES, .PERM => &types.PermissionError,
        .AGAIN, .ALREADY, .INPROGRESS => &types.BlockingIOError,
        .CHILD => &types.ChildProcessError,
        .INTR => &types.InterruptedError,
        .SRCH => &types.ProcessLookupError,
        .TIMEDOUT => &types.TimeoutError,
        .CONNREFUSED => &types.ConnectionRefusedError,
        .CONNRESET => &types.ConnectionResetError,
        .CONNABORTED => &types.ConnectionAbortedError,
        .PIPE, .SHUTDOWN => &types.BrokenPipeError,
        else => &types.OSError,
    };
}

/// strerror(errno), as CPython's OSError.strerror.
pub fn strerrorText(errno: u16) []const u8 {
    return std.mem.span(strerror(errno));
}

/// The OSError for `errno` on `filename` (and `filename2`, for rename): str(e) is
/// "[Errno 2] No such file or directory: 'a'" (and " -> 'b'"). Arguments follow CPython's
/// OSError(errno, strerror, filename, winerror, filename2).
pub fn newOSError(errno: u16, filename: ?Value, filename2: ?Value) Error!*exc.ExcObject {
    const msg = rt.str.fromBytes(strerrorText(errno)).val();
    const no = Value.fromSmall(errno);
    const e = if (filename2) |f2|
        exc.newException(errorType(errno), &.{ no, msg, filename.?, .none, f2 })
    else if (filename) |f|
        exc.newException(errorType(errno), &.{ no, msg, f })
    else
        exc.newException(errorType(errno), &.{ no, msg });
    return e;
}

pub fn raiseOSError(errno: u16, filename: ?Value, filename2: ?Value) Error {
    return exc.raise(try newOSError(errno, filename, filename2));
}

/// Fails with the OSError of a raw system call result, if it failed.
pub fn check(rc: usize, filename: ?Value) Error!void {
    const e = errnoOf(rc);
    if (e != 0) return raiseOSError(e, filename, null);
}

// ---- stat ---------------------------------------------------------------------------------------

pub const Stat = linux.Stat;

/// stat (or lstat) of a path; the errno on failure.
pub fn statRaw(z: [*:0]const u8, follow: bool) union(enum) { ok: Stat, err: u16 } {
    var st: Stat = undefined;
    const flags: u32 = if (follow) 0 else linux.AT.SYMLINK_NOFOLLOW;
    const rc = linux.fstatat(linux.AT.FDCWD, z, &st, flags);
    const e = errnoOf(rc);
    if (e != 0) return .{ .err = e };
    return .{ .ok = st };
}

/// os.stat-style predicate helpers: false on any error, as os.path's are.
pub fn statOpt(v: Value, follow: bool) Error!?Stat {
    if (v == .int) {
        var st: Stat = undefined;
        const fd = v.int.toI64() orelse return null;
        if (fd < 0 or fd > std.math.maxInt(i32)) return null;
        if (errnoOf(linux.fstat(@intCast(fd), &st)) != 0) return null;
        return st;
    }
    const c = cpath("stat", v) catch |e| {
        // An embedded NUL (ValueError) counts as "does not exist"; a wrong type still raises.
        if (exc.pendingIs(&types.ValueError)) {
            _ = exc.take();
            return null;
        }
        return e;
    };
    return switch (statRaw(c.z, follow)) {
        .ok => |st| st,
        .err => null,
    };
}

pub fn isDirMode(mode: u32) bool {
    return mode & linux.S.IFMT == linux.S.IFDIR;
}
pub fn isRegMode(mode: u32) bool {
    return mode & linux.S.IFMT == linux.S.IFREG;
}
pub fn isLinkMode(mode: u32) bool {
    return mode & linux.S.IFMT == linux.S.IFLNK;
}

/// A timestamp as CPython's float seconds: sec + nsec * 1e-9.
pub fn timeFloat(ts: linux.timespec) f64 {
    return @as(f64, @floatFromInt(ts.sec)) + @as(f64, @floatFromInt(ts.nsec)) * 1e-9;
}

// ---- Directories ----------------------------------------------------------------------------------

pub const Entry = struct {
    name: []const u8,
    /// d_type: DT_DIR, DT_REG, DT_LNK, or DT_UNKNOWN.
    kind: u8,
};

/// The entries of a directory in the order the file system gives them (as readdir), without
/// "." and ".."; the errno on failure.
pub fn listRaw(z: [*:0]const u8) union(enum) { ok: []Entry, err: u16 } {
    const rc = linux.open(z, .{ .ACCMODE = .RDONLY, .DIRECTORY = true, .CLOEXEC = true }, 0);
    const e = errnoOf(rc);
    if (e != 0) return .{ .err = e };
    const fd: i32 = @intCast(rc);
    defer _ = linux.close(fd);
    var out: std.ArrayListUnmanaged(Entry) = .{};
    const gpa = rt.mem.allocator(.scan);
    var buf: [8192]u8 align(8) = undefined;
    while (true) {
        const n = linux.getdents64(fd, &buf, buf.len);
        const ne = errnoOf(n);
        if (ne != 0) return .{ .err = ne };
        if (n == 0) break;
        var off: usize = 0;
        while (off < n) {
            const d: *align(1) linux.dirent64 = @ptrCast(&buf[off]);
            off += d.reclen;
            const name = std.mem.sliceTo(@as([*:0]const u8, @ptrCast(&d.name)), 0);
            if (std.mem.eql(u8, name, ".") or std.mem.eql(u8, name, "..")) continue;
            const copy = rt.mem.allocSlice(u8, .noscan, name.len);
            @memcpy(copy, name);
            out.append(gpa, .{ .name = copy, .kind = d.type }) catch return .{ .err = @intFromEnum(linux.E.NOMEM) };
        }
    }
    return .{ .ok = out.items };
}

pub const DT_DIR = linux.DT.DIR;
pub const DT_LNK = linux.DT.LNK;
pub const DT_UNKNOWN = linux.DT.UNKNOWN;

/// A NUL-terminated GC copy of `bytes`.
pub fn dupeZ(bytes: []const u8) [:0]u8 {
    const buf = rt.mem.allocSlice(u8, .noscan, bytes.len + 1);
    @memcpy(buf[0..bytes.len], bytes);
    buf[bytes.len] = 0;
    return buf[0..bytes.len :0];
}

/// `dir + '/' + name` (no separator added after a trailing one), NUL-terminated.
pub fn joinZ(dir: []const u8, name: []const u8) [:0]u8 {
    const need_sep = dir.len > 0 and dir[dir.len - 1] != '/';
    const n = dir.len + @intFromBool(need_sep) + name.len;
    const buf = rt.mem.allocSlice(u8, .noscan, n + 1);
    @memcpy(buf[0..dir.len], dir);
    if (need_sep) buf[dir.len] = '/';
    @memcpy(buf[n - name.len .. n], name);
    buf[n] = 0;
    return buf[0..n :0];
}

/// DirEntry.is_dir(): follows symlinks; d_type when it says enough, else stat.
pub fn entryIsDir(dir: []const u8, e: Entry) bool {
    if (e.kind == DT_DIR) return true;
    if (e.kind != DT_LNK and e.kind != DT_UNKNOWN) return false;
    return switch (statRaw(joinZ(dir, e.name), true)) {
        .ok => |st| isDirMode(st.mode),
        .err => false,
    };
}

/// DirEntry.is_symlink(): never follows.
pub fn entryIsLink(dir: []const u8, e: Entry) bool {
    if (e.kind != DT_UNKNOWN) return e.kind == DT_LNK;
    return switch (statRaw(joinZ(dir, e.name), false)) {
        .ok => |st| isLinkMode(st.mode),
        .err => false,
    };
}

/// os.getcwd() as bytes.
pub fn getcwd() Error![]const u8 {
    var buf: [std.fs.max_path_bytes]u8 = undefined;
    const rc = linux.getcwd(&buf, buf.len);
    const e = errnoOf(rc);
    if (e != 0) return raiseOSError(e, null, null);
    const s = std.mem.sliceTo(@as([*:0]const u8, @ptrCast(&buf)), 0);
    const copy = rt.mem.allocSlice(u8, .noscan, s.len);
    @memcpy(copy, s);
    return copy;
}

/// Removes a tree: files and links unlinked, directories emptied then removed; symlinks are
/// never followed (shutil.rmtree's rule). Errors stop the removal and raise.
pub fn rmtree(path: [:0]const u8) Error!void {
    const listing = switch (listRaw(path)) {
        .ok => |l| l,
        .err => |e| return raiseOSError(e, rt.str.fromBytes(path).val(), null),
    };
    for (listing) |entry| {
        const child = joinZ(path, entry.name);
        const is_dir = entry.kind == DT_DIR or (entry.kind == DT_UNKNOWN and switch (statRaw(child, false)) {
            .ok => |st| isDirMode(st.mode),
            .err => false,
        });
        if (is_dir) {
            try rmtree(child);
        } else {
            try check(linux.unlink(child), rt.str.fromBytes(child).val());
        }
    }
    try check(linux.rmdir(path), rt.str.fromBytes(path).val());
}
