//! os.scandir: an iterator of DirEntry objects (name, path, is_dir(), is_file(),
//! is_symlink(), stat(), inode()) that is also a context manager. The directory is read when
//! scandir() is called; entries answer from the file type the directory gave, and stat only
//! when that is not enough (symlinks followed, unknown types), as CPython's DirEntry does.
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const fs = @import("osfs.zig");
const ospath = @import("ospath.zig");
const linux = std.os.linux;
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

fn classType(comptime name: []const u8, comptime self: *rt.Type) rt.Type {
    return .{
        .base = .{ .ty = &types.type_type },
        .kind = .instance,
        .name = name,
        .qualname = name,
        .module = "posix",
        .bases = &.{&types.object_type},
        .mro = &.{ self, &types.object_type },
        .flags = .{ .heap = true },
    };
}

var iterator_type: rt.Type = classType("ScandirIterator", &iterator_type);
var entry_type: rt.Type = classType("DirEntry", &entry_type);
var initialized = false;

fn init() void {
    initialized = true;
    iterator_type.dict = classDict(&.{
        mu.method("ScandirIterator", "__iter__", iterIter),
        mu.method("ScandirIterator", "__next__", iterNext),
        mu.method("ScandirIterator", "__enter__", iterIter),
        mu.method("ScandirIterator", "__exit__", iterExit),
        mu.method("ScandirIterator", "close", iterClose),
    });
    entry_type.dict = classDict(&.{
        mu.method("DirEntry", "is_dir", entryIsDir),
        mu.method("DirEntry", "is_file", entryIsFile),
        mu.method("DirEntry", "is_symlink", entryIsSymlink),
        mu.method("DirEntry", "stat", entryStat),
        mu.method("DirEntry", "inode", entryInode),
        mu.method("DirEntry", "__fspath__", entryFspath),
    });
    rt.dict.setStr(entry_type.dict.?, mu.lit("__repr__"), mu.selfFunction("DirEntry.__repr__", entryRepr));
    rt.mem.addRoot(@ptrCast(&iterator_type), @sizeOf(rt.Type));
    rt.mem.addRoot(@ptrCast(&entry_type), @sizeOf(rt.Type));
}

fn classDict(methods: []const *rt.call.Builtin) *rt.Dict {
    const d = rt.dict.new();
    for (methods) |b| rt.dict.setStr(d, rt.str.static(b.name), b.val());
    rt.dict.setStr(d, mu.lit("__module__"), mu.lit("posix").val());
    return d;
}

fn newInstance(t: *rt.Type) *rt.attr.Instance {
    const i = rt.mem.create(rt.attr.Instance, .scan);
    i.* = .{ .base = .{ .ty = t }, .dict = rt.dict.new() };
    return i;
}

fn attr(self: Value, comptime name: []const u8) Value {
    return rt.dict.getStr(self.as(rt.attr.Instance).dict, mu.lit(name)) orelse .none;
}

pub fn scandir_(args: rt.Args) Error!Value {
    if (!initialized) init();
    const a = try mu.bind(.{ .name = "scandir", .names = &.{"path"}, .n_pos = 1, .n_req = 0 }, args);
    const pv = a[0] orelse Value.none;
    if (pv == .int) return exc.raiseMsg(&types.NotImplementedError, "pyaot: os.scandir of a file descriptor is not supported");
    const c = try fs.cpath("scandir", if (pv == .none) mu.lit(".").val() else pv);
    const listing = switch (fs.listRaw(c.z)) {
        .ok => |l| l,
        .err => |e| return fs.raiseOSError(e, c.p.orig, null),
    };
    const entries = rt.list.withLen(listing.len);
    for (listing, entries.items()) |e, *out| {
        const d = newInstance(&entry_type);
        rt.dict.setStr(d.dict, mu.lit("name"), c.p.make(e.name));
        rt.dict.setStr(d.dict, mu.lit("path"), c.p.make(ospath.joinAll(&.{ c.p.bytes, e.name })));
        rt.dict.setStr(d.dict, mu.lit("_d_type"), Value.fromSmall(e.kind));
        out.* = d.val();
    }
    const it = newInstance(&iterator_type);
    rt.dict.setStr(it.dict, mu.lit("_entries"), entries.val());
    rt.dict.setStr(it.dict, mu.lit("_next"), Value.fromSmall(0));
    return it.val();
}

fn iterIter(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__iter__", args, 0, 0);
    return self;
}

fn iterNext(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__next__", args, 0, 0);
    const d = self.as(rt.attr.Instance).dict;
    const entries = attr(self, "_entries");
    const i = attr(self, "_next").int.small();
    if (entries == .none or i >= entries.as(rt.List).len) return exc.raiseEmpty(&types.StopIteration);
    rt.dict.setStr(d, mu.lit("_next"), Value.fromSmall(i + 1));
    return entries.as(rt.List).items()[@intCast(i)];
}

fn iterExit(self: Value, _: rt.Args) Error!Value {
    return iterClose(self, .{ .pos = &.{} });
}

fn iterClose(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("close", args, 0, 0);
    rt.dict.setStr(self.as(rt.attr.Instance).dict, mu.lit("_entries"), .none);
    return .none;
}

fn entryParts(self: Value) Error!struct { dir: []const u8, e: fs.Entry } {
    const p = try fs.fspath(attr(self, "path"));
    const n = try fs.fspath(attr(self, "name"));
    return .{ .dir = p.bytes[0 .. p.bytes.len - n.bytes.len], .e = .{ .name = n.bytes, .kind = @intCast(attr(self, "_d_type").int.small()) } };
}

fn followArg(comptime name: []const u8, args: rt.Args) Error!bool {
    const a = try mu.bind(.{ .name = name, .names = &.{"follow_symlinks"}, .n_pos = 0, .n_req = 0 }, args);
    return if (a[0]) |v| try rt.ops.truthy(v) else true;
}

fn entryIsDir(self: Value, args: rt.Args) Error!Value {
    const follow = try followArg("is_dir", args);
    const p = try entryParts(self);
    if (!follow) return Value.fromBool(p.e.kind == fs.DT_DIR);
    return Value.fromBool(fs.entryIsDir(p.dir, p.e));
}

fn entryIsFile(self: Value, args: rt.Args) Error!Value {
    const follow = try followArg("is_file", args);
    const p = try entryParts(self);
    if (p.e.kind == linux.DT.REG) return Value.True;
    if (p.e.kind != fs.DT_UNKNOWN and !(follow and p.e.kind == fs.DT_LNK)) return Value.False;
    return switch (fs.statRaw(fs.joinZ(p.dir, p.e.name), follow)) {
        .ok => |st| Value.fromBool(fs.isRegMode(st.mode)),
        .err => Value.False,
    };
}

fn entryIsSymlink(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("is_symlink", args, 0, 0);
    const p = try entryParts(self);
    return Value.fromBool(fs.entryIsLink(p.dir, p.e));
}

fn entryStat(self: Value, args: rt.Args) Error!Value {
    const follow = try followArg("stat", args);
    const os = @import("os.zig");
    return os.statPath(attr(self, "path"), follow);
}

fn entryInode(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("inode", args, 0, 0);
    const path = attr(self, "path");
    const st = try fs.statOpt(path, false) orelse return fs.raiseOSError(@intFromEnum(linux.E.NOENT), path, null);
    return .{ .int = rt.intops.fromU64(st.ino) };
}

fn entryFspath(self: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("__fspath__", args, 0, 0);
    return attr(self, "path");
}

fn entryRepr(self: Value) Error!Value {
    var b = rt.Builder{};
    b.append("<DirEntry ");
    try rt.repr.reprInto(&b, attr(self, "name"));
    b.appendByte('>');
    return b.finish().val();
}
