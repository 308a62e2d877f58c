//! `open()` and file objects (text and binary), plus sys.stdout / sys.stderr / sys.stdin as
//! file-like objects. Writes are buffered per file and flushed on close, when the file is
//! collected, when another file on the same path is opened, and at exit — so a program that
//! forgets close() still leaves complete files, as it does under CPython's refcounting.
const std = @import("std");
const rt = @import("../rt.zig");
const natives = @import("../core/natives.zig");
const Value = rt.Value;
const Error = rt.Error;
const types = rt.types;
const exc = rt.exc;
const posix = std.posix;

pub const Mode = enum(u8) { read, write, append };

pub const File = struct {
    base: rt.Object,
    fd: posix.fd_t,
    mode: Mode,
    binary: bool,
    closed: bool = false,
    /// Pending output (write/append modes).
    out: std.ArrayListUnmanaged(u8) = .{},
    /// Unread input (read mode): the whole file is read at open, files are small in practice.
    data: []const u8 = &.{},
    pos: usize = 0,
    name: Value,
    mode_str: []const u8,
    /// open()'s `newline` for text reads: null translates \r\n and \r to \n (universal
    /// newlines); "" keeps them but still ends lines at any of them; else the one terminator.
    newline: ?[]const u8 = null,
    /// "r+", "w+", "a+" (mode .read): the file is read at open and writes go to the file at
    /// the read position, also into `data`, so reads see them.
    update: bool = false,
    /// "a+": writes go to the end whatever the position (O_APPEND), which they leave there.
    append_update: bool = false,
    /// open()'s `encoding` as given (repr shows it; the locale's is UTF-8).
    encoding: []const u8 = "UTF-8",
    /// The process's standard stream this object wraps (0, 1, 2) or -1 for real files.
    std_fd: i32 = -1,

    pub const kind: rt.Kind = .file;
    pub inline fn val(f: *File) Value {
        return .{ .obj = &f.base };
    }
};

/// A file type; its MRO starts with the type itself, so attribute lookup reaches its methods.
fn fileType(comptime name: []const u8, comptime this: *rt.Type) rt.Type {
    return .{ .base = .{ .ty = &types.type_type }, .kind = .file, .name = name, .qualname = name, .module = "_io", .bases = &.{&types.object_type}, .mro = &[_]*rt.Type{ this, &types.object_type } };
}
pub var text_file_type: rt.Type = fileType("TextIOWrapper", &text_file_type);
pub var binary_file_type: rt.Type = fileType("BufferedReader", &binary_file_type);
pub var binary_writer_type: rt.Type = fileType("BufferedWriter", &binary_writer_type);

/// Open files with pending output, so exit (and a reopen of the same path) can flush them.
var open_files: std.ArrayListUnmanaged(*File) = .{};
var roots_registered = false;

fn register(f: *File) void {
    if (!roots_registered) {
        roots_registered = true;
        rt.mem.addRoot(@ptrCast(&open_files), @sizeOf(@TypeOf(open_files)));
    }
    open_files.append(rt.mem.allocator(.scan), f) catch {};
}

pub fn flushOpenFiles() void {
    for (open_files.items) |f| flushFile(f) catch {};
}

fn flushFile(f: *File) Error!void {
    if (f.out.items.len == 0) return;
    var off: usize = 0;
    while (off < f.out.items.len) {
        const n = posix.write(f.fd, f.out.items[off..]) catch return exc.raiseMsg(&types.OSError, "write failed");
        off += n;
    }
    f.out.clearRetainingCapacity();
}

pub fn open_(args: rt.Args) Error!Value {
    var file: ?Value = null;
    var mode: []const u8 = "r";
    var encoding: ?[]const u8 = null;
    var errors: ?[]const u8 = null;
    var newline: ?[]const u8 = null;
    if (args.pos.len > 0) file = args.pos[0];
    if (args.pos.len > 1) {
        if (!args.pos[1].isKind(.str)) return exc.raiseFmt(&types.TypeError, "open() argument 'mode' must be str, not {s}", .{rt.ops.typeName(args.pos[1])});
        mode = args.pos[1].as(rt.Str).bytes;
    }
    for (args.kwnames, args.kwvals) |k, v| {
        if (std.mem.eql(u8, k.bytes, "mode")) {
            mode = v.as(rt.Str).bytes;
        } else if (std.mem.eql(u8, k.bytes, "file")) {
            file = v;
        } else if (std.mem.eql(u8, k.bytes, "encoding")) {
            if (v.isKind(.str)) encoding = v.as(rt.Str).bytes;
        } else if (std.mem.eql(u8, k.bytes, "errors")) {
            if (v.isKind(.str)) errors = v.as(rt.Str).bytes;
        } else if (std.mem.eql(u8, k.bytes, "newline")) {
            if (v.isKind(.str)) {
                const nl = v.as(rt.Str).bytes;
                if (!(nl.len == 0 or std.mem.eql(u8, nl, "\n") or std.mem.eql(u8, nl, "\r") or std.mem.eql(u8, nl, "\r\n"))) {
                    var b = rt.Builder{};
                    b.append("illegal newline value: ");
                    try rt.repr.reprInto(&b, v);
                    return exc.raise(exc.newException(&types.ValueError, &.{b.finish().val()}));
                }
                newline = nl;
            }
        } else if (std.mem.eql(u8, k.bytes, "buffering")) {
            // Writes are buffered until close/flush whatever is asked.
        } else return exc.raiseFmt(&types.TypeError, "open() got an unexpected keyword argument '{s}'", .{k.bytes});
    }
    const file_arg = file orelse return exc.raiseMsg(&types.TypeError, "open() missing required argument 'file' (pos 1)");
    if (file_arg == .int) return exc.raiseMsg(&types.NotImplementedError, "pyaot: open() of a file descriptor is not supported");
    // A str, a bytes path or an os.PathLike object (pathlib.Path) through its __fspath__, as
    // io.open's path converter; the file's `name` is the str or bytes it gives.
    const fsp = try @import("../modules/osfs.zig").fspath(file_arg);
    const pathv = fsp.val;
    const path = fsp.bytes;
    if (std.mem.indexOfScalar(u8, path, 0) != null) return exc.raiseMsg(&types.ValueError, "embedded null byte");
    var m: Mode = .read;
    var binary = false;
    var plus = false;
    var excl = false;
    var kinds: usize = 0; // r, w, a, x: exactly one
    for (mode) |c| switch (c) {
        'r' => {
            m = .read;
            kinds += 1;
        },
        'w' => {
            m = .write;
            kinds += 1;
        },
        'a' => {
            m = .append;
            kinds += 1;
        },
        'x' => {
            m = .write;
            excl = true;
            kinds += 1;
        },
        'b' => binary = true,
        't' => {},
        '+' => plus = true,
        else => return exc.raiseFmt(&types.ValueError, "invalid mode: '{s}'", .{mode}),
    };
    // As _io.open: a repeated letter is an invalid mode, two of r/w/a/x are refused by open()
    // and none at all by FileIO.
    for (mode, 0..) |c, i| if (std.mem.indexOfScalar(u8, mode[i + 1 ..], c) != null)
        return exc.raiseFmt(&types.ValueError, "invalid mode: '{s}'", .{mode});
    if (kinds > 1) return exc.raiseMsg(&types.ValueError, "must have exactly one of create/read/write/append mode");
    if (kinds == 0) return exc.raiseMsg(&types.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    if (binary and std.mem.indexOfScalar(u8, mode, 't') != null) return exc.raiseMsg(&types.ValueError, "can't have text and binary mode at once");
    // Another handle on the same path may hold unflushed output (CPython would have flushed it
    // when its last reference went away).
    flushOpenFiles();
    const flags: posix.O = switch (m) {
        .read => .{ .ACCMODE = if (plus) .RDWR else .RDONLY, .CLOEXEC = true },
        .write => .{ .ACCMODE = if (plus) .RDWR else .WRONLY, .CREAT = true, .TRUNC = !excl, .EXCL = excl, .CLOEXEC = true },
        .append => .{ .ACCMODE = if (plus) .RDWR else .WRONLY, .CREAT = true, .APPEND = true, .CLOEXEC = true },
    };
    var path_buf: [std.fs.max_path_bytes]u8 = undefined;
    if (path.len >= path_buf.len) return exc.raiseMsg(&types.OSError, "File name too long");
    @memcpy(path_buf[0..path.len], path);
    path_buf[path.len] = 0;
    const fd = posix.openZ(@ptrCast(&path_buf), flags, 0o666) catch |e| return osError(e, pathv);
    const f = rt.mem.create(File, .scan);
    f.* = .{
        .base = .{ .ty = if (!binary) &text_file_type else if (m == .read) &binary_file_type else &binary_writer_type },
        .fd = fd,
        // A "+" mode reads and writes through `data` (see `update`), like "r+".
        .mode = if (plus) .read else m,
        .binary = binary,
        .name = pathv,
        .mode_str = mode,
        .newline = newline,
        .update = plus,
        .append_update = plus and m == .append,
        .encoding = encoding orelse "UTF-8",
    };
    if (f.mode == .read) {
        // A directory opens fine for reading on Linux and fails at read(): EISDIR becomes
        // IsADirectoryError "[Errno 21] Is a directory: 'x'" as CPython raises it from open().
        f.data = readAll(fd) catch |e| {
            posix.close(fd);
            return osError(e, pathv);
        };
        if (!binary) {
            // Text is decoded to UTF-8 once, with the encoding asked for.
            // Valid UTF-8 is kept as read; anything else goes through the codec, which applies
            // `errors` and raises CPython's UnicodeDecodeError ("can't decode byte 0xff in
            // position 0: invalid start byte").
            if (!((encoding == null or isUtf8Name(encoding.?)) and std.unicode.utf8ValidateSlice(f.data)))
                f.data = (try @import("../methods/bytes_decode.zig").decode(f.data, encoding, errors)).bytes;
            if (newline == null) f.data = translateNewlines(f.data);
        }
        // "a+" starts at the end: read() right after open() gives ''.
        if (m == .append) f.pos = f.data.len;
    }
    register(f);
    return f.val();
}

fn isUtf8Name(e: []const u8) bool {
    return std.ascii.eqlIgnoreCase(e, "utf-8") or std.ascii.eqlIgnoreCase(e, "utf8");
}

/// Universal newlines on input: \r\n and lone \r become \n.
fn translateNewlines(data: []const u8) []const u8 {
    if (std.mem.indexOfScalar(u8, data, '\r') == null) return data;
    const out = rt.mem.allocSlice(u8, .noscan, data.len);
    var n: usize = 0;
    var i: usize = 0;
    while (i < data.len) : (i += 1) {
        if (data[i] == '\r') {
            out[n] = '\n';
            if (i + 1 < data.len and data[i + 1] == '\n') i += 1;
        } else out[n] = data[i];
        n += 1;
    }
    return out[0..n];
}

fn readAll(fd: posix.fd_t) ![]u8 {
    var buf = rt.mem.allocSlice(u8, .noscan, 4096);
    var len: usize = 0;
    while (true) {
        if (len == buf.len) buf = rt.mem.resizeSlice(u8, .noscan, buf, buf.len * 2);
        const n = try posix.read(fd, buf[len..]);
        if (n == 0) break;
        len += n;
    }
    return buf[0..len];
}

fn osError(e: anyerror, path: Value) Error {
    const pair: struct { t: *rt.Type, errno: i64, msg: []const u8 } = switch (e) {
        error.FileNotFound => .{ .t = &types.FileNotFoundError, .errno = 2, .msg = "No such file or directory" },
        error.AccessDenied, error.PermissionDenied => .{ .t = &types.PermissionError, .errno = 13, .msg = "Permission denied" },
        error.IsDir => .{ .t = &types.IsADirectoryError, .errno = 21, .msg = "Is a directory" },
        error.NotDir => .{ .t = &types.NotADirectoryError, .errno = 20, .msg = "Not a directory" },
        error.PathAlreadyExists => .{ .t = &types.FileExistsError, .errno = 17, .msg = "File exists" },
        else => .{ .t = &types.OSError, .errno = 5, .msg = "Input/output error" },
    };
    const ex = exc.newException(pair.t, &.{ Value.fromSmall(pair.errno), rt.str.static(pair.msg).val(), path });
    // str(e) of an OSError with a filename: "[Errno 2] No such file or directory: 'x'".
    var b = rt.Builder{};
    b.print("[Errno {d}] {s}: ", .{ pair.errno, pair.msg });
    rt.repr.reprInto(&b, path) catch {};
    ex.extra = b.finish().val();
    return exc.raise(ex);
}

/// "+" modes: write through at the read position ("a+": at the end), keeping `data` what the
/// file holds so later reads see the writes.
fn updateWrite(f: *File, bytes: []const u8) Error!void {
    const at = if (f.append_update) f.data.len else f.pos;
    var off: usize = 0;
    while (off < bytes.len) {
        // O_APPEND makes pwrite append whatever the offset (Linux), as "a+" wants.
        off += posix.pwrite(f.fd, bytes[off..], at + off) catch return exc.raiseMsg(&types.OSError, "write failed");
    }
    const end = at + bytes.len;
    const d = rt.mem.allocSlice(u8, .noscan, @max(end, f.data.len));
    @memcpy(d[0..f.data.len], f.data);
    @memcpy(d[at..end], bytes);
    f.data = d;
    f.pos = end;
}

/// Text output with open(newline="\r") or newline="\r\n": each "\n" written becomes that
/// terminator (None, "" and "\n" write "\n" as is on POSIX).
fn translateOut(f: *File, bytes: []const u8) []const u8 {
    if (f.binary) return bytes;
    const nl = f.newline orelse return bytes;
    if (nl.len == 0 or std.mem.eql(u8, nl, "\n")) return bytes;
    const count = std.mem.count(u8, bytes, "\n");
    if (count == 0) return bytes;
    const out = rt.mem.allocSlice(u8, .noscan, bytes.len + count * (nl.len - 1));
    var n: usize = 0;
    for (bytes) |c| {
        if (c == '\n') {
            @memcpy(out[n .. n + nl.len], nl);
            n += nl.len;
        } else {
            out[n] = c;
            n += 1;
        }
    }
    return out;
}

fn self(v: Value) *File {
    return v.as(File);
}

fn checkOpen(f: *File) Error!void {
    if (f.closed) return exc.raiseMsg(&types.ValueError, "I/O operation on closed file.");
}

fn text(f: *File, bytes: []const u8) Value {
    if (f.binary) return rt.bytes.fromSlice(bytes).val();
    return rt.str.fromBytes(bytes).val();
}

/// print(..., file=f) and friends: write text to any file-like object.
pub fn writeTo(file: Value, bytes: []const u8, flush: bool) Error!void {
    if (file == .none) {
        // print(file=None) writes to sys.stdout: another object when the program replaced it
        // (nothing at all when it set it to None, as CPython's print does).
        if (@import("../modules/sys.zig").redirectedStdout()) |out| {
            if (out == .none) return;
            return writeTo(out, bytes, flush);
        }
        rt.io.stdout.write(bytes);
        if (flush) rt.io.stdout.flush();
        return;
    }
    if (file.isKind(.file)) {
        const f = self(file);
        if (f.std_fd == 1) {
            rt.io.stdout.write(bytes);
            if (flush) rt.io.stdout.flush();
            return;
        }
        if (f.std_fd == 2) {
            rt.io.stdout.flush();
            rt.io.stderr.write(bytes);
            return;
        }
        try checkOpen(f);
        if (f.mode == .read and !f.update) return exc.raiseMsg(&types.OSError, "not writable");
        const out = translateOut(f, bytes);
        if (f.update) return updateWrite(f, out);
        f.out.appendSlice(rt.mem.allocator(.noscan), out) catch {};
        if (flush) try flushFile(f);
        return;
    }
    _ = try rt.call.callMethod(file, rt.str.static("write"), .{ .pos = &.{rt.str.fromBytes(bytes).val()} });
    if (flush) _ = try rt.call.callMethod(file, rt.str.static("flush"), .{ .pos = &.{} });
}

/// The file objects sys.stdin, sys.stdout and sys.stderr wrap.
pub fn stdStream(fd: i32, name: []const u8, mode: []const u8) Value {
    const f = rt.mem.create(File, .scan);
    f.* = .{ .base = .{ .ty = &text_file_type }, .fd = fd, .mode = if (fd == 0) .read else .write, .binary = false, .name = rt.str.static(name).val(), .mode_str = mode, .std_fd = fd, .encoding = "utf-8" };
    return f.val();
}

// ---- methods ---------------------------------------------------------------------------------

fn mWrite(sv: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("write", args, 1, 1);
    const f = self(sv);
    const v = args.pos[0];
    var bytes: []const u8 = undefined;
    var count: usize = undefined;
    if (f.binary) {
        if (!(v.isKind(.bytes) or v.isKind(.bytearray))) return exc.raiseFmt(&types.TypeError, "a bytes-like object is required, not '{s}'", .{rt.ops.typeName(v)});
        bytes = v.as(rt.bytes.Bytes).data();
        count = bytes.len;
    } else {
        if (!v.isKind(.str)) return exc.raiseFmt(&types.TypeError, "write() argument must be str, not {s}", .{rt.ops.typeName(v)});
        bytes = v.as(rt.Str).bytes;
        count = v.as(rt.Str).len;
    }
    if (f.mode == .read and !f.update and f.std_fd < 0) return exc.raiseMsg(&types.OSError, "not writable");
    try writeTo(sv, bytes, false);
    return Value.fromSmall(@intCast(count));
}

fn mRead(sv: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("read", args, 0, 1);
    const f = self(sv);
    if (f.std_fd == 0) {
        const all = rt.io.stdin.readAll();
        try rt.interrupt.check(); // Ctrl-C while waiting (what was read stays buffered)
        return rt.str.fromBytes(all).val();
    }
    try checkOpen(f);
    if (f.mode != .read) return exc.raiseMsg(&types.OSError, "not readable");
    var n: usize = f.data.len - f.pos;
    if (args.pos.len == 1 and args.pos[0] != .none) {
        const want = args.pos[0].int.toI64() orelse -1;
        if (want >= 0) n = @min(n, if (f.binary) @as(usize, @intCast(want)) else byteSpan(f.data[f.pos..], @intCast(want)));
    }
    const r = f.data[f.pos .. f.pos + n];
    f.pos += n;
    return text(f, r);
}

fn byteSpan(bytes: []const u8, cps: usize) usize {
    var i: usize = 0;
    var k: usize = 0;
    while (i < bytes.len and k < cps) : (k += 1) i += rt.str.seqLen(bytes[i]);
    return @min(i, bytes.len);
}

fn nextLine(f: *File) ?[]const u8 {
    return nextLineMax(f, null);
}

/// The next line (ended as `newline` says), at most `limit` characters of it.
fn nextLineMax(f: *File, limit: ?usize) ?[]const u8 {
    if (f.std_fd == 0) return rt.io.stdin.readLine();
    if (f.pos >= f.data.len) return null;
    const rest = f.data[f.pos..];
    var end = lineEnd(rest, if (f.binary) null else f.newline);
    if (limit) |k| end = @min(end, if (f.binary) k else byteSpan(rest, k));
    f.pos += end;
    return rest[0..end];
}

fn lineEnd(rest: []const u8, newline: ?[]const u8) usize {
    const nl = newline orelse "\n";
    if (nl.len == 0) {
        for (rest, 0..) |c, i| {
            if (c == '\n') return i + 1;
            if (c == '\r') return if (i + 1 < rest.len and rest[i + 1] == '\n') i + 2 else i + 1;
        }
        return rest.len;
    }
    return if (std.mem.indexOf(u8, rest, nl)) |i| i + nl.len else rest.len;
}

fn mReadline(sv: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("readline", args, 0, 1);
    const f = self(sv);
    if (f.std_fd < 0) try checkOpen(f);
    var limit: ?usize = null;
    if (args.pos.len == 1 and args.pos[0] != .none) {
        const k = args.pos[0].int.toI64() orelse -1;
        if (k >= 0) limit = @intCast(k);
    }
    const line = nextLineMax(f, limit) orelse "";
    return text(f, line);
}

/// `f.tell()`: the byte position (of the decoded text for text reads).
fn mTell(sv: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("tell", args, 0, 0);
    const f = self(sv);
    try checkOpen(f);
    if (f.mode == .read) return Value.fromSmall(@intCast(f.pos));
    try flushFile(f);
    const at = posix.lseek_CUR_get(f.fd) catch return exc.raiseMsg(&types.OSError, "tell failed");
    return Value.fromSmall(@intCast(at));
}

/// `f.seek(offset, whence=0)`.
fn mSeek(sv: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("seek", args, 1, 2);
    const f = self(sv);
    try checkOpen(f);
    const off = args.pos[0].int.toI64() orelse return exc.raiseMsg(&types.OverflowError, "Python int too large to convert to C long");
    const whence: i64 = if (args.pos.len == 2) (args.pos[1].int.toI64() orelse 0) else 0;
    if (f.mode == .read) {
        const base: i64 = switch (whence) {
            0 => 0,
            1 => @intCast(f.pos),
            2 => @intCast(f.data.len),
            else => return exc.raiseFmt(&types.ValueError, "invalid whence ({d}, should be 0, 1 or 2)", .{whence}),
        };
        const to = base + off;
        if (to < 0) return exc.raiseFmt(&types.ValueError, "negative seek position {d}", .{to});
        f.pos = @min(@as(usize, @intCast(to)), f.data.len);
        return Value.fromSmall(to);
    }
    try flushFile(f);
    switch (whence) {
        0 => posix.lseek_SET(f.fd, @intCast(off)) catch return exc.raiseMsg(&types.OSError, "seek failed"),
        1 => posix.lseek_CUR(f.fd, off) catch return exc.raiseMsg(&types.OSError, "seek failed"),
        2 => posix.lseek_END(f.fd, off) catch return exc.raiseMsg(&types.OSError, "seek failed"),
        else => return exc.raiseFmt(&types.ValueError, "invalid whence ({d}, should be 0, 1 or 2)", .{whence}),
    }
    const at = posix.lseek_CUR_get(f.fd) catch return exc.raiseMsg(&types.OSError, "seek failed");
    return Value.fromSmall(@intCast(at));
}

fn mReadlines(sv: Value, args: rt.Args) Error!Value {
    _ = args;
    const f = self(sv);
    if (f.std_fd < 0) try checkOpen(f);
    const l = rt.list.new();
    while (nextLine(f)) |line| rt.list.append(l, text(f, line));
    return l.val();
}

fn mClose(sv: Value, args: rt.Args) Error!Value {
    _ = args;
    const f = self(sv);
    if (f.closed or f.std_fd >= 0) return .none;
    try flushFile(f);
    posix.close(f.fd);
    f.closed = true;
    for (open_files.items, 0..) |g, i| if (g == f) {
        _ = open_files.swapRemove(i);
        break;
    };
    return .none;
}

fn mFlush(sv: Value, args: rt.Args) Error!Value {
    _ = args;
    const f = self(sv);
    if (f.std_fd == 1) rt.io.stdout.flush() else if (f.std_fd < 0) try flushFile(f);
    return .none;
}

fn mEnter(sv: Value, args: rt.Args) Error!Value {
    _ = args;
    try checkOpen(self(sv));
    return sv;
}

fn mExit(sv: Value, args: rt.Args) Error!Value {
    _ = try mClose(sv, args);
    return Value.False;
}

/// A file is its own iterator (`iter(f) is f`, `next(f)`), yielding lines.
fn mIter(sv: Value, args: rt.Args) Error!Value {
    _ = args;
    if (self(sv).std_fd < 0) try checkOpen(self(sv));
    return sv;
}

fn mNext(sv: Value, args: rt.Args) Error!Value {
    _ = args;
    return (try iterNext(sv)) orelse exc.raiseEmpty(&types.StopIteration);
}

/// The next line for iter.next (null at the end, without raising StopIteration).
pub fn iterNext(sv: Value) Error!?Value {
    const f = self(sv);
    if (f.std_fd < 0) try checkOpen(f);
    const line = nextLine(f) orelse return null;
    return text(f, line);
}

fn mWritelines(sv: Value, args: rt.Args) Error!Value {
    try rt.call.expectArgs("writelines", args, 1, 1);
    const it = try rt.iter.iter(args.pos[0]);
    while (try rt.iter.next(it)) |line| _ = try mWrite(sv, .{ .pos = &.{line} });
    return .none;
}

fn mFileno(sv: Value, args: rt.Args) Error!Value {
    _ = args;
    return Value.fromSmall(self(sv).fd);
}

fn mIsatty(sv: Value, args: rt.Args) Error!Value {
    _ = args;
    return Value.fromBool(posix.isatty(self(sv).fd));
}

fn mReadable(sv: Value, args: rt.Args) Error!Value {
    _ = args;
    return Value.fromBool(self(sv).mode == .read);
}

fn mWritable(sv: Value, args: rt.Args) Error!Value {
    _ = args;
    return Value.fromBool(self(sv).mode != .read or self(sv).update);
}

var m_write = natives.method("TextIOWrapper", "write", mWrite);
var m_read = natives.method("TextIOWrapper", "read", mRead);
var m_readline = natives.method("TextIOWrapper", "readline", mReadline);
var m_readlines = natives.method("TextIOWrapper", "readlines", mReadlines);
var m_close = natives.method("TextIOWrapper", "close", mClose);
var m_flush = natives.method("TextIOWrapper", "flush", mFlush);
var m_enter = natives.method("TextIOWrapper", "__enter__", mEnter);
var m_exit = natives.method("TextIOWrapper", "__exit__", mExit);
var m_iter = natives.method("TextIOWrapper", "__iter__", mIter);
var m_next = natives.method("TextIOWrapper", "__next__", mNext);
var m_tell = natives.method("TextIOWrapper", "tell", mTell);
var m_seek = natives.method("TextIOWrapper", "seek", mSeek);
var m_writelines = natives.method("TextIOWrapper", "writelines", mWritelines);
var m_fileno = natives.method("TextIOWrapper", "fileno", mFileno);
var m_isatty = natives.method("TextIOWrapper", "isatty", mIsatty);
var m_readable = natives.method("TextIOWrapper", "readable", mReadable);
var m_writable = natives.method("TextIOWrapper", "writable", mWritable);

pub const table = natives.Table.initComptime(.{
    .{ "write", &m_write },         .{ "read", &m_read },             .{ "readline", &m_readline },
    .{ "readlines", &m_readlines }, .{ "close", &m_close },           .{ "flush", &m_flush },
    .{ "__enter__", &m_enter },     .{ "__exit__", &m_exit },         .{ "__iter__", &m_iter },
    .{ "writelines", &m_writelines }, .{ "fileno", &m_fileno },       .{ "isatty", &m_isatty },
    .{ "readable", &m_readable },   .{ "writable", &m_writable },     .{ "__next__", &m_next },
    .{ "tell", &m_tell },           .{ "seek", &m_seek },
});

/// repr(f): "<_io.TextIOWrapper name='a.txt' mode='r' encoding='UTF-8'>", binary files
/// "<_io.BufferedReader name='a.txt'>".
pub fn reprInto(b: *rt.Builder, f: *File) Error!void {
    const cls = if (!f.binary) "TextIOWrapper" else if (f.update) "BufferedRandom" else if (f.mode == .read) "BufferedReader" else "BufferedWriter";
    b.print("<_io.{s} name=", .{cls});
    try rt.repr.reprInto(b, f.name);
    if (!f.binary) {
        b.append(" mode=");
        try rt.repr.reprInto(b, rt.str.static(f.mode_str).val());
        b.append(" encoding=");
        try rt.repr.reprInto(b, rt.str.static(f.encoding).val());
    }
    b.appendByte('>');
}

/// `f.name`, `f.closed`, `f.mode`.
pub fn attrOf(f: *File, name: []const u8) ?Value {
    if (std.mem.eql(u8, name, "name")) return f.name;
    if (std.mem.eql(u8, name, "closed")) return Value.fromBool(f.closed);
    if (std.mem.eql(u8, name, "mode")) return rt.str.static(f.mode_str).val();
    return null;
}
