//! `os.path` (CPython 3.11's posixpath and genericpath): the string functions step by step as
//! posixpath.py computes them, on str or bytes paths (results have the argument's type), and
//! the file-system predicates, which answer False instead of raising.
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const fs = @import("osfs.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;
const Path = fs.Path;

var mod: ?*rt.Module = null;

pub fn module() Value {
    return registry.nativeModule(&mod, "posixpath", get);
}

fn get(name: []const u8) ?Value {
    const a = attrs.get(name) orelse return null;
    return a.value();
}

fn noneSlot() Value {
    return .none;
}

const attrs = mu.Map.initComptime(.{
    .{ "sep", mu.strAttr("/") },
    .{ "curdir", mu.strAttr(".") },
    .{ "pardir", mu.strAttr("..") },
    .{ "extsep", mu.strAttr(".") },
    .{ "pathsep", mu.strAttr(":") },
    .{ "defpath", mu.strAttr("/bin:/usr/bin") },
    .{ "devnull", mu.strAttr("/dev/null") },
    .{ "altsep", mu.Attr{ .slot = noneSlot } },
    .{ "supports_unicode_filenames", mu.Attr{ .slot = falseSlot } },
    .{ "join", mu.func("join", join_) },
    .{ "split", mu.func("split", split_) },
    .{ "splitext", mu.func("splitext", splitext_) },
    .{ "splitdrive", mu.func("splitdrive", splitdrive_) },
    .{ "basename", mu.func("basename", basename_) },
    .{ "dirname", mu.func("dirname", dirname_) },
    .{ "isabs", mu.func("isabs", isabs_) },
    .{ "normcase", mu.func("normcase", normcase_) },
    .{ "normpath", mu.func("normpath", normpath_) },
    .{ "abspath", mu.func("abspath", abspath_) },
    .{ "realpath", mu.func("realpath", realpath_) },
    .{ "relpath", mu.func("relpath", relpath_) },
    .{ "commonpath", mu.func("commonpath", commonpath_) },
    .{ "commonprefix", mu.func("commonprefix", commonprefix_) },
    .{ "expanduser", mu.func("expanduser", expanduser_) },
    .{ "expandvars", mu.func("expandvars", expandvars_) },
    .{ "exists", mu.func("exists", exists_) },
    .{ "lexists", mu.func("lexists", lexists_) },
    .{ "isfile", mu.func("isfile", isfile_) },
    .{ "isdir", mu.func("isdir", isdir_) },
    .{ "islink", mu.func("islink", islink_) },
    .{ "ismount", mu.func("ismount", ismount_) },
    .{ "getsize", mu.func("getsize", getsize_) },
    .{ "getmtime", mu.func("getmtime", getmtime_) },
    .{ "getatime", mu.func("getatime", getatime_) },
    .{ "getctime", mu.func("getctime", getctime_) },
    .{ "samefile", mu.func("samefile", samefile_) },
});

fn falseSlot() Value {
    return Value.False;
}

/// The one argument of `name(param)`.
fn one(comptime name: []const u8, comptime param: []const u8, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = name, .names = &.{param}, .n_pos = 1, .n_req = 1 }, args);
    return a[0].?;
}

// ---- Pure string functions ----------------------------------------------------------------------

/// The index after the last '/', or 0.
fn afterLastSep(p: []const u8) usize {
    return if (std.mem.lastIndexOfScalar(u8, p, '/')) |i| i + 1 else 0;
}

/// posixpath's `head.rstrip(sep)` unless head is all separators.
fn trimHead(head: []const u8) []const u8 {
    if (head.len == 0) return head;
    for (head) |c| {
        if (c != '/') return std.mem.trimRight(u8, head, "/");
    }
    return head;
}

pub fn split(p: []const u8) [2][]const u8 {
    const i = afterLastSep(p);
    return .{ trimHead(p[0..i]), p[i..] };
}

fn split_(args: rt.Args) Error!Value {
    const p = try fs.fspath(try one("split", "p", args));
    const parts = split(p.bytes);
    return mu.pair(p.make(parts[0]), p.make(parts[1]));
}

fn basename_(args: rt.Args) Error!Value {
    const p = try fs.fspath(try one("basename", "p", args));
    return p.make(p.bytes[afterLastSep(p.bytes)..]);
}

pub fn dirname(p: []const u8) []const u8 {
    return trimHead(p[0..afterLastSep(p)]);
}

fn dirname_(args: rt.Args) Error!Value {
    const p = try fs.fspath(try one("dirname", "p", args));
    return p.make(dirname(p.bytes));
}

/// genericpath._splitext: the extension starts at the last dot of the last component, unless
/// that component is only dots up to it.
pub fn splitext(p: []const u8) [2][]const u8 {
    const sep_index: isize = if (std.mem.lastIndexOfScalar(u8, p, '/')) |i| @intCast(i) else -1;
    const dot_index: isize = if (std.mem.lastIndexOfScalar(u8, p, '.')) |i| @intCast(i) else -1;
    if (dot_index > sep_index) {
        var i: usize = @intCast(sep_index + 1);
        const d: usize = @intCast(dot_index);
        while (i < d) : (i += 1) {
            if (p[i] != '.') return .{ p[0..d], p[d..] };
        }
    }
    return .{ p, p[p.len..] };
}

fn splitext_(args: rt.Args) Error!Value {
    const p = try fs.fspath(try one("splitext", "p", args));
    const parts = splitext(p.bytes);
    return mu.pair(p.make(parts[0]), p.make(parts[1]));
}

fn splitdrive_(args: rt.Args) Error!Value {
    const p = try fs.fspath(try one("splitdrive", "p", args));
    return mu.pair(p.make(""), p.val);
}

fn isabs_(args: rt.Args) Error!Value {
    const p = try fs.fspath(try one("isabs", "s", args));
    return Value.fromBool(std.mem.startsWith(u8, p.bytes, "/"));
}

fn normcase_(args: rt.Args) Error!Value {
    const p = try fs.fspath(try one("normcase", "s", args));
    return p.make(p.bytes);
}

/// genericpath._check_arg_types: every argument str, bytes or PathLike, not a mix of str and
/// bytes; true when they are bytes.
fn checkArgTypes(comptime func: []const u8, args: []const Value) Error!bool {
    var has_str = false;
    var has_bytes = false;
    for (args) |a| {
        const p = fs.fspath(a) catch |e| {
            if (!exc.pendingIs(&types.TypeError)) return e;
            _ = exc.take();
            return exc.raiseFmt(&types.TypeError, func ++ "() argument must be str, bytes, or os.PathLike object, not '{s}'", .{rt.ops.typeName(a)});
        };
        if (p.is_bytes) has_bytes = true else has_str = true;
    }
    if (has_str and has_bytes) return exc.raiseMsg(&types.TypeError, "Can't mix strings and bytes in path components");
    return has_bytes;
}

/// join(a, *p)
pub fn joinAll(parts: []const []const u8) []const u8 {
    var b = rt.Builder{};
    for (parts) |part| {
        if (std.mem.startsWith(u8, part, "/")) {
            b.len = 0;
            b.append(part);
        } else if (b.len == 0 or b.buf[b.len - 1] == '/') {
            b.append(part);
        } else {
            b.appendByte('/');
            b.append(part);
        }
    }
    return b.slice();
}

fn join_(args: rt.Args) Error!Value {
    try mu.noKeywords("join", args);
    if (args.pos.len == 0) return exc.raiseMsg(&types.TypeError, "join() missing 1 required positional argument: 'a'");
    const is_bytes = try checkArgTypes("join", args.pos);
    const parts = rt.mem.allocSlice([]const u8, .scan, args.pos.len);
    for (args.pos, parts) |a, *out| out.* = (try fs.fspath(a)).bytes;
    return fs.makeLike(is_bytes, joinAll(parts));
}

/// posixpath.normpath.
pub fn normpath(path: []const u8) []const u8 {
    if (path.len == 0) return ".";
    var initial: usize = if (std.mem.startsWith(u8, path, "/")) 1 else 0;
    if (initial == 1 and std.mem.startsWith(u8, path, "//") and !std.mem.startsWith(u8, path, "///")) initial = 2;
    var comps: std.ArrayListUnmanaged([]const u8) = .{};
    const gpa = rt.mem.allocator(.scan);
    var it = std.mem.splitScalar(u8, path, '/');
    while (it.next()) |comp| {
        if (comp.len == 0 or std.mem.eql(u8, comp, ".")) continue;
        const is_dotdot = std.mem.eql(u8, comp, "..");
        const keep = !is_dotdot or (initial == 0 and comps.items.len == 0) or
            (comps.items.len > 0 and std.mem.eql(u8, comps.items[comps.items.len - 1], ".."));
        if (keep) {
            comps.append(gpa, comp) catch unreachable;
        } else if (comps.items.len > 0) {
            _ = comps.pop();
        }
    }
    var b = rt.Builder{};
    b.appendNTimes("/", initial);
    for (comps.items, 0..) |c, i| {
        if (i > 0) b.appendByte('/');
        b.append(c);
    }
    if (b.len == 0) return ".";
    return b.slice();
}

fn normpath_(args: rt.Args) Error!Value {
    const p = try fs.fspath(try one("normpath", "path", args));
    return p.make(normpath(p.bytes));
}

pub fn abspath(path: []const u8) Error![]const u8 {
    if (std.mem.startsWith(u8, path, "/")) return normpath(path);
    return normpath(joinAll(&.{ try fs.getcwd(), path }));
}

fn abspath_(args: rt.Args) Error!Value {
    const p = try fs.fspath(try one("abspath", "path", args));
    return p.make(try abspath(p.bytes));
}

fn relpath_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "relpath", .names = &.{ "path", "start" }, .n_pos = 2, .n_req = 1 }, args);
    const pv = a[0].?;
    if (!try rt.ops.truthy(pv)) return exc.raiseMsg(&types.ValueError, "no path specified");
    const sv = a[1] orelse Value.none;
    const is_bytes = try checkArgTypes("relpath", if (sv == .none) &.{pv} else &.{ pv, sv });
    const path = (try fs.fspath(pv)).bytes;
    const start = if (sv == .none) "." else (try fs.fspath(sv)).bytes;
    return fs.makeLike(is_bytes, try relpath(path, start));
}

pub fn relpath(path: []const u8, start: []const u8) Error![]const u8 {
    const start_list = try components(try abspath(start));
    const path_list = try components(try abspath(path));
    var i: usize = 0;
    while (i < start_list.len and i < path_list.len and std.mem.eql(u8, start_list[i], path_list[i])) i += 1;
    const n_up = start_list.len - i;
    const rel = rt.mem.allocSlice([]const u8, .scan, n_up + path_list.len - i);
    for (rel[0..n_up]) |*r| r.* = "..";
    @memcpy(rel[n_up..], path_list[i..]);
    if (rel.len == 0) return ".";
    return joinAll(rel);
}

/// The non-empty components of a path split at '/'.
fn components(p: []const u8) Error![]const []const u8 {
    var out: std.ArrayListUnmanaged([]const u8) = .{};
    var it = std.mem.splitScalar(u8, p, '/');
    while (it.next()) |c| if (c.len > 0) out.append(rt.mem.allocator(.scan), c) catch unreachable;
    return out.items;
}

fn commonpath_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "commonpath", .names = &.{"paths"}, .n_pos = 1, .n_req = 1 }, args);
    const items = try rt.iter.toSlice(a[0].?);
    if (items.len == 0) return exc.raiseMsg(&types.ValueError, "commonpath() arg is an empty sequence");
    const is_bytes = try checkArgTypes("commonpath", items);
    var split_paths = rt.mem.allocSlice([]const []const u8, .scan, items.len);
    var n_abs: usize = 0;
    for (items, 0..) |it, k| {
        const p = (try fs.fspath(it)).bytes;
        if (std.mem.startsWith(u8, p, "/")) n_abs += 1;
        var comps: std.ArrayListUnmanaged([]const u8) = .{};
        var parts = std.mem.splitScalar(u8, p, '/');
        while (parts.next()) |c| {
            if (c.len > 0 and !std.mem.eql(u8, c, ".")) comps.append(rt.mem.allocator(.scan), c) catch unreachable;
        }
        split_paths[k] = comps.items;
    }
    if (n_abs != 0 and n_abs != items.len) return exc.raiseMsg(&types.ValueError, "Can't mix absolute and relative paths");
    // The common prefix of min and max (list comparison) is the common prefix of all.
    var s1 = split_paths[0];
    var s2 = split_paths[0];
    for (split_paths[1..]) |sp| {
        if (lessComps(sp, s1)) s1 = sp;
        if (lessComps(s2, sp)) s2 = sp;
    }
    var common = s1;
    for (s1, 0..) |c, i| {
        if (!std.mem.eql(u8, c, s2[i])) {
            common = s1[0..i];
            break;
        }
    }
    const joined = std.mem.join(rt.mem.allocator(.noscan), "/", common) catch unreachable;
    return fs.makeLike(is_bytes, if (n_abs > 0) joinAll(&.{ "/", joined }) else joined);
}

fn lessComps(a: []const []const u8, b: []const []const u8) bool {
    for (a, 0..) |x, i| {
        if (i >= b.len) return false;
        switch (std.mem.order(u8, x, b[i])) {
            .lt => return true,
            .gt => return false,
            .eq => {},
        }
    }
    return a.len < b.len;
}

/// commonprefix(m): character by character over the min and max of m (any sequences).
fn commonprefix_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "commonprefix", .names = &.{"m"}, .n_pos = 1, .n_req = 1 }, args);
    const m = a[0].?;
    if (!try rt.ops.truthy(m)) return mu.lit("").val();
    var items = try rt.iter.toSlice(m);
    const first = items[0];
    if (!(first.isKind(.list) or first.isKind(.tuple))) {
        const paths = rt.mem.allocSlice(Value, .scan, items.len);
        for (items, paths) |it, *p| p.* = (try fs.fspath(it)).val;
        items = paths;
    }
    var s1 = items[0];
    var s2 = items[0];
    for (items[1..]) |it| {
        if (try rt.ops.lt(it, s1)) s1 = it;
        if (try rt.ops.lt(s2, it)) s2 = it;
    }
    const n = try rt.iter.len(s1);
    for (0..n) |i| {
        const iv = Value.fromSmall(@intCast(i));
        if (!try rt.ops.eq(try rt.sub.getitem(s1, iv), try rt.sub.getitem(s2, iv))) {
            return rt.sub.getitem(s1, rt.newSlice(.none, iv, .none));
        }
    }
    return s1;
}

// ---- User and environment expansion -------------------------------------------------------------

fn expanduser_(args: rt.Args) Error!Value {
    const p = try fs.fspath(try one("expanduser", "path", args));
    const path = p.bytes;
    if (!std.mem.startsWith(u8, path, "~")) return p.val;
    const i = std.mem.indexOfScalarPos(u8, path, 1, '/') orelse path.len;
    var home: []const u8 = undefined;
    if (i == 1) {
        if (@import("os.zig").environGet("HOME")) |h| {
            home = h;
        } else {
            const pw = getpwuid(std.os.linux.getuid()) orelse return p.val;
            home = std.mem.span(pw.dir orelse return p.val);
        }
    } else {
        const name = rt.mem.allocSlice(u8, .noscan, i);
        @memcpy(name[0 .. i - 1], path[1..i]);
        name[i - 1] = 0;
        const pw = getpwnam(@ptrCast(name.ptr)) orelse return p.val;
        home = std.mem.span(pw.dir orelse return p.val);
    }
    const trimmed = std.mem.trimRight(u8, home, "/");
    var b = rt.Builder{};
    b.append(trimmed);
    b.append(path[i..]);
    if (b.len == 0) return p.make("/");
    return p.make(b.slice());
}

const Passwd = extern struct {
    name: ?[*:0]const u8,
    passwd: ?[*:0]const u8,
    uid: u32,
    gid: u32,
    gecos: ?[*:0]const u8,
    dir: ?[*:0]const u8,
    shell: ?[*:0]const u8,
};
extern "c" fn getpwnam(name: [*:0]const u8) ?*Passwd;
extern "c" fn getpwuid(uid: u32) ?*Passwd;

/// expandvars: $name and ${name} (name = [A-Za-z0-9_]+) from os.environ; unknown names stay.
fn expandvars_(args: rt.Args) Error!Value {
    const p = try fs.fspath(try one("expandvars", "path", args));
    const path = p.bytes;
    if (std.mem.indexOfScalar(u8, path, '$') == null) return p.val;
    var b = rt.Builder{};
    var i: usize = 0;
    while (i < path.len) {
        const dollar = std.mem.indexOfScalarPos(u8, path, i, '$') orelse break;
        b.append(path[i..dollar]);
        var j = dollar + 1;
        var name: ?[]const u8 = null;
        if (j < path.len and path[j] == '{') {
            if (std.mem.indexOfScalarPos(u8, path, j + 1, '}')) |close| {
                name = path[j + 1 .. close];
                j = close + 1;
            }
        } else {
            while (j < path.len and isWordChar(path[j])) j += 1;
            if (j > dollar + 1) name = path[dollar + 1 .. j];
        }
        if (name) |n| {
            if (@import("os.zig").environGet(n)) |value| {
                b.append(value);
            } else {
                b.append(path[dollar..j]);
            }
            i = j;
        } else {
            b.appendByte('$');
            i = dollar + 1;
        }
    }
    b.append(path[@min(i, path.len)..]);
    return p.make(b.slice());
}

fn isWordChar(c: u8) bool {
    return std.ascii.isAlphanumeric(c) or c == '_';
}

// ---- File-system queries ------------------------------------------------------------------------

fn exists_(args: rt.Args) Error!Value {
    return Value.fromBool((try fs.statOpt(try one("exists", "path", args), true)) != null);
}

fn lexists_(args: rt.Args) Error!Value {
    return Value.fromBool((try fs.statOpt(try one("lexists", "path", args), false)) != null);
}

fn isfile_(args: rt.Args) Error!Value {
    const st = try fs.statOpt(try one("isfile", "path", args), true) orelse return Value.False;
    return Value.fromBool(fs.isRegMode(st.mode));
}

fn isdir_(args: rt.Args) Error!Value {
    const st = try fs.statOpt(try one("isdir", "s", args), true) orelse return Value.False;
    return Value.fromBool(fs.isDirMode(st.mode));
}

fn islink_(args: rt.Args) Error!Value {
    const st = try fs.statOpt(try one("islink", "path", args), false) orelse return Value.False;
    return Value.fromBool(fs.isLinkMode(st.mode));
}

/// ismount: the path and its parent are on different devices, or are the same inode.
fn ismount_(args: rt.Args) Error!Value {
    const v = try one("ismount", "path", args);
    const st = try fs.statOpt(v, false) orelse return Value.False;
    if (fs.isLinkMode(st.mode)) return Value.False;
    const p = try fs.fspath(v);
    const parent = try realpath(joinAll(&.{ p.bytes, ".." }));
    const st2 = try fs.statOpt(rt.str.fromBytes(parent).val(), false) orelse return Value.False;
    return Value.fromBool(st.dev != st2.dev or st.ino == st2.ino);
}

/// os.stat(path) for getsize & co: raises OSError like os.stat.
fn statOrRaise(comptime name: []const u8, args: rt.Args) Error!fs.Stat {
    const v = try one(name, "filename", args);
    const c = try fs.cpath("stat", v);
    return switch (fs.statRaw(c.z, true)) {
        .ok => |st| st,
        .err => |e| fs.raiseOSError(e, c.p.orig, null),
    };
}

fn getsize_(args: rt.Args) Error!Value {
    const st = try statOrRaise("getsize", args);
    return Value.fromSmall(st.size);
}

fn getmtime_(args: rt.Args) Error!Value {
    return mu.float(fs.timeFloat((try statOrRaise("getmtime", args)).mtim));
}

fn getatime_(args: rt.Args) Error!Value {
    return mu.float(fs.timeFloat((try statOrRaise("getatime", args)).atim));
}

fn getctime_(args: rt.Args) Error!Value {
    return mu.float(fs.timeFloat((try statOrRaise("getctime", args)).ctim));
}

fn samefile_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "samefile", .names = &.{ "f1", "f2" }, .n_pos = 2, .n_req = 2 }, args);
    const s1 = try statOrRaise("samefile", .{ .pos = &.{a[0].?} });
    const s2 = try statOrRaise("samefile", .{ .pos = &.{a[1].?} });
    return Value.fromBool(s1.ino == s2.ino and s1.dev == s2.dev);
}

// ---- realpath -------------------------------------------------------------------------------------

fn realpath_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "realpath", .names = &.{ "filename", "strict" }, .n_pos = 1, .n_req = 1 }, args);
    const p = try fs.fspath(a[0].?);
    const strict = if (a[1]) |s| try rt.ops.truthy(s) else false;
    return p.make(try realpathStrict(p.bytes, strict));
}

pub fn realpath(path: []const u8) Error![]const u8 {
    return realpathStrict(path, false);
}

fn realpathStrict(path: []const u8, strict: bool) Error![]const u8 {
    var seen = std.StringHashMapUnmanaged(?[]const u8){};
    const r = try joinRealpath("", path, strict, &seen);
    return abspath(r.path);
}

const Joined = struct { path: []const u8, ok: bool };

/// posixpath._joinrealpath: resolves `rest` against `path` component by component, following
/// symlinks (remembering them in `seen` to detect loops).
fn joinRealpath(path0: []const u8, rest0: []const u8, strict: bool, seen: *std.StringHashMapUnmanaged(?[]const u8)) Error!Joined {
    var path = path0;
    var rest = rest0;
    if (std.mem.startsWith(u8, rest, "/")) {
        rest = rest[1..];
        path = "/";
    }
    while (rest.len > 0) {
        const cut = std.mem.indexOfScalar(u8, rest, '/');
        const name = if (cut) |c| rest[0..c] else rest;
        rest = if (cut) |c| rest[c + 1 ..] else "";
        if (name.len == 0 or std.mem.eql(u8, name, ".")) continue;
        if (std.mem.eql(u8, name, "..")) {
            if (path.len > 0) {
                const parts = split(path);
                path = parts[0];
                if (std.mem.eql(u8, parts[1], "..")) path = joinAll(&.{ path, "..", ".." });
            } else {
                path = "..";
            }
            continue;
        }
        const newpath = joinAll(&.{ path, name });
        const is_link = switch (fs.statRaw(fs.dupeZ(newpath), false)) {
            .ok => |st| fs.isLinkMode(st.mode),
            .err => |e| if (strict) return fs.raiseOSError(e, rt.str.fromBytes(newpath).val(), null) else false,
        };
        if (!is_link) {
            path = newpath;
            continue;
        }
        if (seen.get(newpath)) |resolved| {
            if (resolved) |r| {
                path = r;
                continue;
            }
            // A symlink loop.
            if (strict) {
                return switch (fs.statRaw(fs.dupeZ(newpath), true)) {
                    .ok => .{ .path = newpath, .ok = false },
                    .err => |e| fs.raiseOSError(e, rt.str.fromBytes(newpath).val(), null),
                };
            }
            return .{ .path = joinAll(&.{ newpath, rest }), .ok = false };
        }
        seen.put(rt.mem.allocator(.scan), newpath, null) catch unreachable;
        const target = try readlink(newpath);
        const r = try joinRealpath(path, target, strict, seen);
        if (!r.ok) return .{ .path = joinAll(&.{ r.path, rest }), .ok = false };
        path = r.path;
        seen.put(rt.mem.allocator(.scan), newpath, path) catch unreachable;
    }
    return .{ .path = path, .ok = true };
}

fn readlink(path: []const u8) Error![]const u8 {
    var buf: [std.fs.max_path_bytes]u8 = undefined;
    const rc = std.os.linux.readlink(fs.dupeZ(path), &buf, buf.len);
    const e = fs.errnoOf(rc);
    if (e != 0) return fs.raiseOSError(e, rt.str.fromBytes(path).val(), null);
    const copy = rt.mem.allocSlice(u8, .noscan, rc);
    @memcpy(copy, buf[0..rc]);
    return copy;
}
