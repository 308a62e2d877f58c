//! The `sys` module: argv, exit, the standard streams, and the interpreter facts programs
//! commonly print or test (maxsize, version_info, platform, byteorder).
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const files = @import("../builtins/files.zig");
const Value = rt.Value;
const Error = rt.Error;

var mod: ?*rt.Module = null;
var state: struct {
    argv: Value = .none,
    stdin: Value = .none,
    stdout: Value = .none,
    stderr: Value = .none,
    /// The streams the program started with (sys.__stdin__, ...): `print` writes to the
    /// process's stdout directly while sys.stdout is still this one.
    orig_stdin: Value = .none,
    orig_stdout: Value = .none,
    orig_stderr: Value = .none,
    path: Value = .none,
    modules: Value = .none,
    version_info: Value = .none,
    executable: Value = .none,
} = .{};

/// Called once at start: sys.argv from the process arguments (argv[0] is the script path the
/// pyaot CLI passes as the program name).
pub fn init() void {
    rt.mem.addRoot(@ptrCast(&state), @sizeOf(@TypeOf(state)));
    const l = rt.list.new();
    for (std.os.argv) |a| rt.list.append(l, rt.str.fromBytes(std.mem.span(a)).val());
    state.argv = l.val();
    state.stdin = files.stdStream(0, "<stdin>", "r");
    state.stdout = files.stdStream(1, "<stdout>", "w");
    state.stderr = files.stdStream(2, "<stderr>", "w");
    state.orig_stdin = state.stdin;
    state.orig_stdout = state.stdout;
    state.orig_stderr = state.stderr;
    state.modules = rt.dict.new().val();
    const p = rt.list.new();
    if (std.os.argv.len > 0) {
        const a0 = std.mem.span(std.os.argv[0]);
        const dir = std.fs.path.dirname(a0) orelse "";
        rt.list.append(p, rt.str.fromBytes(dir).val());
        state.executable = rt.str.fromBytes(a0).val();
    }
    state.path = p.val();
}

/// sys.version_info: CPython's named struct sequence (`.major`, `.minor`, ..., compares as a
/// tuple), made on first use as a namedtuple class named `sys.version_info`.
fn versionInfo() Error!Value {
    if (state.version_info != .none) return state.version_info;
    const nt = @import("namedtuple.zig");
    const fields = rt.tupleOf(&.{ rt.str.static("major").val(), rt.str.static("minor").val(), rt.str.static("micro").val(), rt.str.static("releaselevel").val(), rt.str.static("serial").val() });
    const cls = try nt.namedtuple_(.{ .pos = &.{ rt.str.static("version_info").val(), fields }, .kwnames = &.{rt.str.static("module")}, .kwvals = &.{rt.str.static("sys").val()} });
    cls.as(rt.Type).name = "sys.version_info";
    state.version_info = try rt.call.call(cls, .{ .pos = &.{ Value.fromSmall(3), Value.fromSmall(11), Value.fromSmall(7), rt.str.static("final").val(), Value.fromSmall(0) } });
    return state.version_info;
}

pub fn module() Value {
    return registry.nativeModuleSettable(&mod, "sys", get, set);
}

/// sys.stdout as the program set it (contextlib.redirect_stdout, `sys.stdout = f`), or null
/// while it is the stream the program started with (print's fast path).
pub fn redirectedStdout() ?Value {
    if (rt.ops.identical(state.stdout, state.orig_stdout)) return null;
    return state.stdout;
}

/// `sys.stdin = ...`, `sys.stdout = ...`, `sys.stderr = ...`, `sys.argv = ...`: kept here, where print, input
/// and the sys attribute read them; other names go to the module's extra dict.
fn set(name: []const u8, v: Value) bool {
    const eql = std.mem.eql;
    if (eql(u8, name, "stdout")) state.stdout = v else if (eql(u8, name, "stderr")) state.stderr = v else if (eql(u8, name, "stdin")) state.stdin = v else if (eql(u8, name, "argv")) state.argv = v else return false;
    return true;
}

/// sys.modules (registry.zig records every module imported).
pub fn modulesDict() *rt.Dict {
    return state.modules.as(rt.Dict);
}

fn exit_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("exit", args, 0, 1);
    return rt.exc.raise(rt.exc.newException(&rt.types.SystemExit, args.pos));
}
var exit_obj = registry.func("exit", exit_);

/// (type, value, traceback) of the exception being handled, or (None, None, None).
fn exc_info_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("exc_info", args, 0, 0);
    const e = rt.exc.handlingTop() orelse return rt.tupleOf(&.{ .none, .none, .none });
    return rt.tupleOf(&.{ .{ .obj = &e.base.ty.base }, e.val(), @import("../builtins/traceback_obj.zig").of(e) });
}
var exc_info_obj = registry.func("exc_info", exc_info_);

fn getrecursionlimit_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("getrecursionlimit", args, 0, 0);
    return Value.fromSmall(1000);
}
var getrecursionlimit_obj = registry.func("getrecursionlimit", getrecursionlimit_);

fn setrecursionlimit_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("setrecursionlimit", args, 1, 1);
    return .none;
}
var setrecursionlimit_obj = registry.func("setrecursionlimit", setrecursionlimit_);

/// getdefaultencoding() and getfilesystemencoding(): 'utf-8', as CPython 3 on Linux in a
/// UTF-8 or C locale.
fn utf8Getter(comptime name: []const u8) type {
    return struct {
        fn call(args: rt.Args) Error!Value {
            try rt.call.expectArgs(name, args, 0, 0);
            return rt.str.static("utf-8").val();
        }
        var obj = registry.func(name, call);
    };
}
const getdefaultencoding = utf8Getter("getdefaultencoding");
const getfilesystemencoding = utf8Getter("getfilesystemencoding");

fn get(name: []const u8) ?Value {
    const eql = std.mem.eql;
    if (eql(u8, name, "getdefaultencoding")) return getdefaultencoding.obj.val();
    if (eql(u8, name, "getfilesystemencoding")) return getfilesystemencoding.obj.val();
    if (eql(u8, name, "argv")) return state.argv;
    if (eql(u8, name, "stdout")) return state.stdout;
    if (eql(u8, name, "stderr")) return state.stderr;
    if (eql(u8, name, "stdin")) return state.stdin;
    if (eql(u8, name, "__stdout__")) return state.orig_stdout;
    if (eql(u8, name, "__stderr__")) return state.orig_stderr;
    if (eql(u8, name, "__stdin__")) return state.orig_stdin;
    if (eql(u8, name, "exit")) return exit_obj.val();
    if (eql(u8, name, "exc_info")) return exc_info_obj.val();
    if (eql(u8, name, "maxsize")) return .{ .int = rt.Int.fromI64(std.math.maxInt(i64)) };
    if (eql(u8, name, "platform")) return rt.str.static("linux").val();
    if (eql(u8, name, "byteorder")) return rt.str.static("little").val();
    if (eql(u8, name, "version_info")) return versionInfo() catch null;
    if (eql(u8, name, "version")) return rt.str.static("3.11.7 (pyaot)").val();
    if (eql(u8, name, "path")) return state.path;
    if (eql(u8, name, "modules")) return state.modules;
    if (eql(u8, name, "executable")) return state.executable;
    if (eql(u8, name, "getrecursionlimit")) return getrecursionlimit_obj.val();
    if (eql(u8, name, "setrecursionlimit")) return setrecursionlimit_obj.val();
    return null;
}
