//! `type.__subclasses__()`: the direct subclasses of a class, in creation order as CPython
//! lists them.
//!
//! Classes from `class` statements are recorded as they are created. Of the builtin types only
//! the exception hierarchy is known (in CPython's static initialization order); builtin
//! non-exception subclasses (bool under int, ...) are not listed.
const std = @import("std");
const rt = @import("../rt.zig");
const Value = rt.Value;
const Type = rt.Type;

/// Every class created by a `class` statement, oldest first (a GC root once non-empty).
var heap_classes: ?*rt.List = null;

pub fn register(t: *Type) void {
    if (heap_classes == null) {
        heap_classes = rt.list.new();
        rt.mem.addRoot(@ptrCast(&heap_classes), @sizeOf(?*rt.List));
    }
    rt.list.append(heap_classes.?, .{ .obj = &t.base });
}

/// The builtin exception classes in CPython's creation order (a pre-order walk of
/// BaseException.__subclasses__() in CPython 3.11), limited to those pyaot defines.
const builtin_order = blk: {
    const all = [_][]const u8{
        "BaseExceptionGroup", "ExceptionGroup", "Exception", "ArithmeticError", "FloatingPointError",
        "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError", "BufferError",
        "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
        "MemoryError", "NameError", "UnboundLocalError", "OSError", "BlockingIOError",
        "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
        "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
        "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
        "ProcessLookupError", "TimeoutError", "ReferenceError", "RuntimeError",
        "NotImplementedError", "RecursionError", "StopAsyncIteration", "StopIteration",
        "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError", "ValueError",
        "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
        "Warning", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
        "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning",
        "SyntaxWarning", "UnicodeWarning", "UserWarning", "GeneratorExit", "KeyboardInterrupt",
        "SystemExit",
    };
    var n = 0;
    for (all) |name| {
        if (@hasDecl(rt.types, name)) n += 1;
    }
    var out: [n]*Type = undefined;
    var i = 0;
    for (all) |name| {
        if (@hasDecl(rt.types, name)) {
            out[i] = &@field(rt.types, name);
            i += 1;
        }
    }
    const final = out;
    break :blk final;
};

fn hasBase(t: *const Type, base: *const Type) bool {
    for (t.bases) |b| if (b == base) return true;
    return false;
}

/// `t.__subclasses__()`: a new list.
pub fn of(t: *Type) Value {
    const l = rt.list.new();
    if (!t.flags.heap) {
        for (builtin_order) |c| if (hasBase(c, t)) rt.list.append(l, .{ .obj = &c.base });
    }
    if (heap_classes) |h| for (h.items()) |c| {
        if (hasBase(c.as(Type), t)) rt.list.append(l, c);
    };
    return l.val();
}
