//! Traceback objects (`e.__traceback__`, the third value of `__exit__` and `sys.exc_info()`).
//!
//! pyaot has no frame objects: an exception records the static location of each frame it
//! leaves (exc.ExcObject.trace, innermost first). A traceback object is a view of one entry of
//! that record, so `tb_lineno` and `tb_next` are CPython's for frames the exception has left.
//! A frame is recorded when the exception leaves it or a try/with in it catches it (as CPython's
//! traceback grows), so a caught exception's traceback reaches the line that raised it. For
//! pylib/traceback.py, `_pyaot_filename`, `_pyaot_name`, `_pyaot_line` and `_pyaot_marks` give
//! the rest of what CPython reads from the frame: file, function name, source line, and the
//! marker line under it (which CPython derives from the frame's column positions).
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Error = rt.Error;
const ExcObject = rt.exc.ExcObject;

pub var traceback_type: rt.Type = .{ .base = .{ .ty = &rt.types.type_type }, .kind = .native, .name = "traceback", .qualname = "traceback", .bases = &.{&rt.types.object_type}, .mro = &.{&rt.types.object_type}, .flags = .{ .final = true } };

pub const Traceback = struct {
    base: rt.Object,
    exc: *ExcObject,
    /// The entry of `exc.trace` for this frame, or null when no frame was recorded.
    index: ?usize,
};

fn new(e: *ExcObject, index: ?usize) Value {
    const t = rt.mem.create(Traceback, .scan);
    t.* = .{ .base = .{ .ty = &traceback_type }, .exc = e, .index = index };
    return .{ .obj = &t.base };
}

/// `e.__traceback__`: None until the exception is raised (or an assigned traceback).
pub fn of(e: *ExcObject) Value {
    if (e.tb_set) return e.traceback;
    if (!e.raised) return .none;
    return new(e, if (e.trace_len > 0) e.trace_len - 1 else null);
}

pub fn isTraceback(v: Value) bool {
    return v == .obj and v.obj.ty == &traceback_type;
}

/// `e.__traceback__ = tb` and `e.with_traceback(tb)`.
pub fn assign(e: *ExcObject, tb: Value) Error!void {
    if (tb != .none and !isTraceback(tb)) return rt.exc.raiseMsg(&rt.types.TypeError, "__traceback__ must be a traceback or None");
    // The exception's own traceback as it was earlier (contextlib restoring it after a throw()
    // into the generator added frames): the entries recorded since are dropped.
    if (tb != .none) {
        const t = rt.Object.as(tb.obj, Traceback);
        if (t.exc == e and !e.tb_set) if (t.index) |i| if (i < e.trace_len) {
            e.trace_len = i + 1;
            return;
        };
    }
    e.traceback = tb;
    e.tb_set = true;
}

/// `tb.tb_lineno`, `tb.tb_next`; frames (`tb_frame`, `tb_lasti`) do not exist in pyaot.
pub fn attr(o: *rt.Object, name: []const u8) Error!?Value {
    const t = rt.Object.as(o, Traceback);
    const eql = std.mem.eql;
    if (eql(u8, name, "tb_next")) {
        const i = t.index orelse return .none;
        return if (i > 0) new(t.exc, i - 1) else .none;
    }
    if (eql(u8, name, "tb_lineno")) {
        const i = t.index orelse return rt.exc.raiseMsg(&rt.types.AttributeError, "traceback.tb_lineno is not available: pyaot records a frame's line only when an exception leaves the frame");
        return Value.fromSmall(t.exc.trace[i].line);
    }
    if (eql(u8, name, "_pyaot_filename") or eql(u8, name, "_pyaot_name") or eql(u8, name, "_pyaot_line") or eql(u8, name, "_pyaot_marks")) {
        const i = t.index orelse return .none;
        const loc = t.exc.trace[i];
        const text = if (eql(u8, name, "_pyaot_filename")) loc.file else if (eql(u8, name, "_pyaot_name")) loc.func else if (eql(u8, name, "_pyaot_marks")) loc.marks else loc.text;
        return rt.str.fromBytes(text).val();
    }
    if (eql(u8, name, "tb_frame") or eql(u8, name, "tb_lasti"))
        return rt.exc.raiseFmt(&rt.types.AttributeError, "traceback.{s} is not supported by pyaot (compiled code has no frame objects)", .{name});
    return null;
}
