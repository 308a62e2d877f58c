//! Python exceptions in native code.
//!
//! A raised exception is a Zig `error.PyException` travelling up the error unions, plus the
//! exception object in `current`. As the error leaves each Python-level call site, generated
//! code appends that site's static `Loc` (file, line, function) to the traceback, so the hot
//! path pays nothing for tracebacks: a line number is only recorded when an exception passes.
const std = @import("std");
const value = @import("value.zig");
const mem = @import("mem.zig");
const types = @import("types.zig");
const str_mod = @import("str.zig");
const tuple_mod = @import("tuple.zig");
const Object = value.Object;
const Value = value.Value;
const Type = value.Type;
const Str = str_mod.Str;
const Tuple = tuple_mod.Tuple;
pub const Error = @import("err.zig").Error;

/// A source location of a call or raise site, emitted as a static constant by the compiler.
pub const Loc = struct {
    file: []const u8,
    line: u32,
    /// The enclosing function's name (`<module>` at top level), as tracebacks print it.
    func: []const u8,
    /// The source line, stripped, as tracebacks print it (may be empty).
    text: []const u8 = "",
    /// The marker line printed under it (`    ~~~^^^~~`), or empty (compiler/codegen/carets.ts).
    marks: []const u8 = "",
};

/// An instance of BaseException or a subclass.
pub const ExcObject = struct {
    base: Object,
    /// Instance attributes (user subclasses; `e.errno`, ...). Created on first use.
    dict: ?*@import("dict.zig").Dict = null,
    args: *Tuple,
    cause: Value = .none,
    context: Value = .none,
    suppress_context: bool = false,
    /// Frames the exception passed through, innermost first.
    trace: []*const Loc = &.{},
    trace_len: usize = 0,
    /// Extra payload for ExceptionGroup (its exceptions) and StopIteration (its value) etc.
    extra: Value = .none,
    /// Set by the first `raise`: from then on `__traceback__` is a traceback object.
    raised: bool = false,
    /// `__traceback__` was assigned (`with_traceback`, `e.__traceback__ = tb`): `traceback`
    /// holds it instead of the view of `trace`.
    tb_set: bool = false,
    traceback: Value = .none,

    pub const kind: value.Kind = .exception;

    pub inline fn val(e: *ExcObject) Value {
        return .{ .obj = &e.base };
    }
};

/// The exception in flight, set whenever a function returns error.PyException.
pub var current: ?*ExcObject = null;

/// Exceptions being handled (inside `except` blocks), innermost last: the implicit
/// `__context__` of a new exception and the target of a bare `raise`.
/// A null entry is a finally block running without a pending exception: transparent.
var handling_buf: [256]?*ExcObject = undefined;
var handling_len: usize = 0;

pub fn newException(ty: *Type, args: []const Value) *ExcObject {
    std.debug.assert(ty.kind == .exception);
    const e = mem.create(ExcObject, .scan);
    e.* = .{ .base = .{ .ty = ty }, .args = tuple_mod.fromSlice(args) };
    return e;
}

/// Raises an existing exception object: records it as current and links the implicit context.
pub fn raise(e: *ExcObject) Error {
    if (handlingTop()) |ctx| {
        if (ctx != e and e.context == .none) e.context = ctx.val();
    }
    e.raised = true;
    current = e;
    return error.PyException;
}

/// The arguments Python sees in `e.args`. OSError keeps its filename, winerror and filename2
/// after errno and strerror in the stored tuple (so str() can show them), but CPython's
/// OSError.__init__ leaves only (errno, strerror) in args when given 3 to 5 arguments.
pub fn visibleArgs(e: *ExcObject) []const Value {
    const a = e.args.items;
    if (a.len >= 3 and a.len <= 5 and e.base.ty.isSubtype(&types.OSError)) return a[0..2];
    return a;
}

/// Raises `ty(msg)`.
pub fn raiseMsg(ty: *Type, msg: []const u8) Error {
    @branchHint(.cold);
    const s = str_mod.fromBytes(msg);
    return raise(newException(ty, &.{s.val()}));
}

/// Raises `ty(msg)` with a formatted message.
pub fn raiseFmt(ty: *Type, comptime fmt: []const u8, args: anytype) Error {
    @branchHint(.cold);
    var b = str_mod.Builder{};
    b.print(fmt, args);
    return raise(newException(ty, &.{b.finish().val()}));
}

/// Raises `ty()` with no arguments.
pub fn raiseEmpty(ty: *Type) Error {
    @branchHint(.cold);
    return raise(newException(ty, &.{}));
}

/// Raises `ty(arg)` with an arbitrary argument (KeyError(key), StopIteration(value), ...).
pub fn raiseWith(ty: *Type, arg: Value) Error {
    @branchHint(.cold);
    return raise(newException(ty, &.{arg}));
}

/// Appends the frame `loc` to the traceback of the exception in flight and keeps it going.
/// Generated code writes `x catch return rt.trace(&loc)` at each call site.
pub fn trace(loc: *const Loc) Error {
    @branchHint(.cold);
    const e = current orelse return error.PyException;
    if (e.trace_len == e.trace.len) {
        const cap = @max(8, e.trace.len * 2);
        e.trace = mem.resizeSlice(*const Loc, .scan, e.trace, cap);
    }
    e.trace[e.trace_len] = loc;
    e.trace_len += 1;
    return error.PyException;
}

/// Takes the exception in flight (an `except` clause matched it).
pub fn take() *ExcObject {
    const e = current.?;
    current = null;
    return e;
}

/// Entering a finally block: `e` is the exception it runs for, or null when none.
pub fn pushHandlingOpt(e: ?*ExcObject) void {
    if (handling_len < handling_buf.len) {
        handling_buf[handling_len] = e;
    }
    handling_len += 1;
}

/// Entering an `except` block: `e` becomes the context of anything raised inside it.
pub fn pushHandling(e: *ExcObject) void {
    if (handling_len < handling_buf.len) {
        handling_buf[handling_len] = e;
    }
    handling_len += 1;
}

/// Leaving an `except` block, however it is left.
pub fn popHandling() void {
    std.debug.assert(handling_len > 0);
    handling_len -= 1;
}

/// The exception a bare `raise` re-raises, or null ("No active exception to reraise").
pub fn handlingTop() ?*ExcObject {
    var i = @min(handling_len, handling_buf.len);
    while (i > 0) {
        i -= 1;
        if (handling_buf[i]) |e| return e;
    }
    return null;
}

/// True when the pending exception is an instance of `ty` (or a subclass).
pub inline fn pendingIs(ty: *const Type) bool {
    return current.?.base.ty.isSubtype(ty);
}
