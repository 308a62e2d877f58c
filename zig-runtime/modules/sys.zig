//! The `sys` module: argv, exit, the standard streams, and the interpreter facts programs
//! commonly print or test (maxsize, version_info, float_info, platform, byteorder, the int
//! string-conversion limit).
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
    float_info: Value = .none,
    int_info: Value = .none,
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

/// One of CPython's named struct sequences (sys.version_info, sys.float_info, sys.int_info):
/// `.major` and friends, compares and indexes as a tuple, repr `sys.<name>(field=value, ...)`.
/// Made on first use, as a namedtuple class named `sys.<name>`, and kept in `slot`.
fn structSeq(slot: *Value, comptime name: []const u8, comptime fields: []const []const u8, values: []const Value) Error!Value {
    if (slot.* != .none) return slot.*;
    const nt = @import("namedtuple.zig");
    var names: [fields.len]Value = undefined;
    inline for (fields, 0..) |f, i| names[i] = rt.str.static(f).val();
    const cls = try nt.namedtuple_(.{ .pos = &.{ rt.str.static(name).val(), rt.tupleOf(&names) }, .kwnames = &.{rt.str.static("module")}, .kwvals = &.{rt.str.static("sys").val()} });
    cls.as(rt.Type).name = "sys." ++ name;
    slot.* = try rt.call.call(cls, .{ .pos = values });
    return slot.*;
}

fn versionInfo() Error!Value {
    return structSeq(&state.version_info, "version_info", &.{ "major", "minor", "micro", "releaselevel", "serial" }, &.{ Value.fromSmall(3), Value.fromSmall(11), Value.fromSmall(7), rt.str.static("final").val(), Value.fromSmall(0) });
}

/// sys.float_info: the facts of an IEEE 754 double, CPython's values.
fn floatInfo() Error!Value {
    const f64m = std.math;
    return structSeq(&state.float_info, "float_info", &.{ "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds" }, &.{
        Value.fromFloat(f64m.floatMax(f64)), Value.fromSmall(1024),            Value.fromSmall(308), Value.fromFloat(f64m.floatMin(f64)),
        Value.fromSmall(-1021),               Value.fromSmall(-307),            Value.fromSmall(15),  Value.fromSmall(53),
        Value.fromFloat(f64m.floatEps(f64)),  Value.fromSmall(2),               Value.fromSmall(1),
    });
}

/// sys.int_info: CPython's (30-bit digits); default_max_str_digits and the threshold are the
/// limits pyaot enforces too (core/intconv.zig).
fn intInfo() Error!Value {
    const ic = @import("../core/intconv.zig");
    return structSeq(&state.int_info, "int_info", &.{ "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold" }, &.{
        Value.fromSmall(30), Value.fromSmall(4), Value.fromSmall(4300), Value.fromSmall(ic.max_str_digits_threshold),
    });
}

fn getIntMaxStrDigits(args: rt.Args) Error!Value {
    try rt.call.expectArgs("get_int_max_str_digits", args, 0, 0);
    return Value.fromSmall(@import("../core/intconv.zig").max_str_digits);
}
var get_int_max_str_digits_obj = registry.func("get_int_max_str_digits", getIntMaxStrDigits);

/// sys.set_int_max_str_digits(maxdigits): 0 (no limit) or more than the check threshold.
fn setIntMaxStrDigits(args: rt.Args) Error!Value {
    const ic = @import("../core/intconv.zig");
    const clinic = @import("clinic.zig");
    const a = try clinic.bind(.{ .name = "set_int_max_str_digits", .names = &.{"maxdigits"}, .n_pos = 1, .n_req = 1 }, args);
    const n = (try @import("modutil.zig").toIndex(a[0].?)).toI64() orelse std.math.maxInt(i64);
    if (n > std.math.maxInt(i32) or n < std.math.minInt(i32))
        return rt.exc.raiseMsg(&rt.types.OverflowError, "Python int too large to convert to C int");
    if (n != 0 and n < ic.max_str_digits_threshold)
        return rt.exc.raiseFmt(&rt.types.ValueError, "maxdigits must be 0 or larger than {d}", .{ic.max_str_digits_threshold});
    ic.max_str_digits = @intCast(n);
    return .none;
}
var set_int_max_str_digits_obj = registry.func("set_int_max_str_digits", setIntMaxStrDigits);

/// sys.intern(s): strs are not interned by pyaot, so this checks the type and returns `s`.
fn intern_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("intern", args, 1, 1);
    const s = args.pos[0];
    if (s.isKind(.str) and s.obj.ty == &rt.types.str_type) return s;
    return rt.exc.raiseFmt(&rt.types.TypeError, "intern() argument must be str, not {s}", .{rt.ops.typeName(s)});
}
var intern_obj = registry.func("intern", intern_);

/// sys.exception() (3.11): the exception being handled, or None.
fn exception_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("exception", args, 0, 0);
    const e = rt.exc.handlingTop() orelse return .none;
    return e.val();
}
var exception_obj = registry.func("exception", exception_);

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
    if (eql(u8, name, "float_info")) return floatInfo() catch null;
    if (eql(u8, name, "int_info")) return intInfo() catch null;
    if (eql(u8, name, "get_int_max_str_digits")) return get_int_max_str_digits_obj.val();
    if (eql(u8, name, "set_int_max_str_digits")) return set_int_max_str_digits_obj.val();
    if (eql(u8, name, "intern")) return intern_obj.val();
    if (eql(u8, name, "exception")) return exception_obj.val();
    if (eql(u8, name, "maxunicode")) return Value.fromSmall(0x10ffff);
    if (eql(u8, name, "hexversion")) return Value.fromSmall(0x30b07f0);
    if (eql(u8, name, "float_repr_style")) return rt.str.static("short").val();
    if (eql(u8, name, "version")) return rt.str.static("3.11.7 (pyaot)").val();
    if (eql(u8, name, "path")) return state.path;
    if (eql(u8, name, "modules")) return state.modules;
    if (eql(u8, name, "executable")) return state.executable;
    if (eql(u8, name, "getrecursionlimit")) return getrecursionlimit_obj.val();
    if (eql(u8, name, "setrecursionlimit")) return setrecursionlimit_obj.val();
    return null;
}
