//! The builtin type objects: `object`, `type`, the value types and the exception hierarchy.
//!
//! They are static globals (no startup cost) with their method resolution orders computed at
//! compile time. All builtin hierarchies here are single-inheritance chains, so the MRO is the
//! chain of bases.
const std = @import("std");
const value = @import("value.zig");
const Type = value.Type;
const Kind = value.Kind;

/// A builtin type. `chain` names the type's bases up to `object`, nearest first; the MRO is the
/// type itself followed by that chain (builtin hierarchies are single-inheritance chains).
fn mk(comptime name: []const u8, kind: Kind, comptime chain: []const []const u8) Type {
    comptime var mro: []const *Type = &[_]*Type{&@field(@This(), varName(name))};
    inline for (chain) |b| mro = mro ++ &[_]*Type{&@field(@This(), varName(b))};
    return .{
        .base = .{ .ty = &type_type },
        .kind = kind,
        .name = name,
        .qualname = name,
        .bases = if (chain.len > 0) mro[1..2] else &.{},
        .mro = mro,
    };
}

/// Builtin value types are declared as `<name>_type`; exception types under their own name.
fn varName(comptime name: []const u8) []const u8 {
    const plain = [_][]const u8{
        "object", "type", "NoneType", "int", "bool", "float", "complex", "str", "bytes",
        "bytearray", "list", "tuple", "dict", "set", "frozenset", "range", "slice", "memoryview", "function",
        "builtin_function_or_method", "method", "cell", "module", "generator", "property",
        "staticmethod", "classmethod", "super", "NotImplementedType", "ellipsis",
    };
    const vars = [_][]const u8{
        "object_type", "type_type", "none_type", "int_type", "bool_type", "float_type",
        "complex_type", "str_type", "bytes_type", "bytearray_type", "list_type", "tuple_type",
        "dict_type", "set_type", "frozenset_type", "range_type", "slice_type", "memoryview_type", "function_type",
        "builtin_function_type", "method_type", "cell_type", "module_type", "generator_type",
        "property_type", "staticmethod_type", "classmethod_type", "super_type",
        "not_implemented_type", "ellipsis_type",
    };
    for (plain, vars) |p, v| if (std.mem.eql(u8, p, name)) return v;
    return name;
}

pub var object_type: Type = mk("object", .instance, &.{});
pub var type_type: Type = mk("type", .type, &.{"object"});
pub var none_type: Type = final(mk("NoneType", .singleton, &.{"object"}));
pub var int_type: Type = mk("int", .bigint, &.{"object"});
pub var bool_type: Type = final(mk("bool", .bigint, &.{"int", "object"}));
pub var float_type: Type = mk("float", .singleton, &.{"object"});
pub var complex_type: Type = mk("complex", .complex, &.{"object"});
pub var str_type: Type = mk("str", .str, &.{"object"});
pub var bytes_type: Type = mk("bytes", .bytes, &.{"object"});
pub var bytearray_type: Type = mk("bytearray", .bytearray, &.{"object"});
pub var list_type: Type = mk("list", .list, &.{"object"});
pub var tuple_type: Type = mk("tuple", .tuple, &.{"object"});
pub var dict_type: Type = mk("dict", .dict, &.{"object"});
pub var set_type: Type = mk("set", .set, &.{"object"});
pub var frozenset_type: Type = mk("frozenset", .frozenset, &.{"object"});
pub var range_type: Type = final(mk("range", .range, &.{"object"}));
pub var slice_type: Type = final(mk("slice", .slice, &.{"object"}));
pub var memoryview_type: Type = withNative(final(mk("memoryview", .native, &.{"object"})), &@import("../builtins/memoryview.zig").ops);
pub var function_type: Type = final(mk("function", .function, &.{"object"}));
pub var builtin_function_type: Type = final(mk("builtin_function_or_method", .builtin_function, &.{"object"}));
pub var method_type: Type = final(mk("method", .method, &.{"object"}));
pub var cell_type: Type = final(mk("cell", .cell, &.{"object"}));
pub var module_type: Type = mk("module", .module, &.{"object"});
pub var generator_type: Type = final(mk("generator", .generator, &.{"object"}));
pub var property_type: Type = mk("property", .property, &.{"object"});
pub var staticmethod_type: Type = mk("staticmethod", .staticmethod, &.{"object"});
pub var classmethod_type: Type = mk("classmethod", .classmethod, &.{"object"});
pub var super_type: Type = mk("super", .super, &.{"object"});
pub var not_implemented_type: Type = final(mk("NotImplementedType", .singleton, &.{"object"}));
pub var ellipsis_type: Type = final(mk("ellipsis", .singleton, &.{"object"}));

fn withNative(t: Type, ops: *const value.NativeOps) Type {
    var r = t;
    r.native = ops;
    return r;
}

fn final(t: Type) Type {
    var r = t;
    r.flags.final = true;
    return r;
}

// ---- The exception hierarchy (CPython 3.11's builtin exceptions) ----------------------------

pub var BaseException: Type = mk("BaseException", .exception, &.{"object"});
pub var SystemExit: Type = mk("SystemExit", .exception, &.{"BaseException", "object"});
pub var KeyboardInterrupt: Type = mk("KeyboardInterrupt", .exception, &.{"BaseException", "object"});
pub var GeneratorExit: Type = mk("GeneratorExit", .exception, &.{"BaseException", "object"});
pub var BaseExceptionGroup: Type = mk("BaseExceptionGroup", .exception, &.{"BaseException", "object"});
pub var Exception: Type = mk("Exception", .exception, &.{"BaseException", "object"});
pub var ExceptionGroup: Type = multi2("ExceptionGroup", &BaseExceptionGroup, &Exception, &ExceptionGroup);
pub var ArithmeticError: Type = mk("ArithmeticError", .exception, &.{"Exception", "BaseException", "object"});
pub var FloatingPointError: Type = mk("FloatingPointError", .exception, &.{"ArithmeticError", "Exception", "BaseException", "object"});
pub var OverflowError: Type = mk("OverflowError", .exception, &.{"ArithmeticError", "Exception", "BaseException", "object"});
pub var ZeroDivisionError: Type = mk("ZeroDivisionError", .exception, &.{"ArithmeticError", "Exception", "BaseException", "object"});
pub var AssertionError: Type = mk("AssertionError", .exception, &.{"Exception", "BaseException", "object"});
pub var AttributeError: Type = mk("AttributeError", .exception, &.{"Exception", "BaseException", "object"});
pub var BufferError: Type = mk("BufferError", .exception, &.{"Exception", "BaseException", "object"});
pub var EOFError: Type = mk("EOFError", .exception, &.{"Exception", "BaseException", "object"});
pub var ImportError: Type = mk("ImportError", .exception, &.{"Exception", "BaseException", "object"});
pub var ModuleNotFoundError: Type = mk("ModuleNotFoundError", .exception, &.{"ImportError", "Exception", "BaseException", "object"});
pub var LookupError: Type = mk("LookupError", .exception, &.{"Exception", "BaseException", "object"});
pub var IndexError: Type = mk("IndexError", .exception, &.{"LookupError", "Exception", "BaseException", "object"});
pub var KeyError: Type = mk("KeyError", .exception, &.{"LookupError", "Exception", "BaseException", "object"});
pub var MemoryError: Type = mk("MemoryError", .exception, &.{"Exception", "BaseException", "object"});
pub var NameError: Type = mk("NameError", .exception, &.{"Exception", "BaseException", "object"});
pub var UnboundLocalError: Type = mk("UnboundLocalError", .exception, &.{"NameError", "Exception", "BaseException", "object"});
pub var OSError: Type = mk("OSError", .exception, &.{"Exception", "BaseException", "object"});
pub var BlockingIOError: Type = mk("BlockingIOError", .exception, &.{"OSError", "Exception", "BaseException", "object"});
pub var ChildProcessError: Type = mk("ChildProcessError", .exception, &.{"OSError", "Exception", "BaseException", "object"});
pub var ConnectionError: Type = mk("ConnectionError", .exception, &.{"OSError", "Exception", "BaseException", "object"});
pub var BrokenPipeError: Type = mk("BrokenPipeError", .exception, &.{"ConnectionError", "OSError", "Exception", "BaseException", "object"});
pub var ConnectionAbortedError: Type = mk("ConnectionAbortedError", .exception, &.{"ConnectionError", "OSError", "Exception", "BaseException", "object"});
pub var ConnectionRefusedError: Type = mk("ConnectionRefusedError", .exception, &.{"ConnectionError", "OSError", "Exception", "BaseException", "object"});
pub var ConnectionResetError: Type = mk("ConnectionResetError", .exception, &.{"ConnectionError", "OSError", "Exception", "BaseException", "object"});
pub var FileExistsError: Type = mk("FileExistsError", .exception, &.{"OSError", "Exception", "BaseException", "object"});
pub var FileNotFoundError: Type = mk("FileNotFoundError", .exception, &.{"OSError", "Exception", "BaseException", "object"});
pub var InterruptedError: Type = mk("InterruptedError", .exception, &.{"OSError", "Exception", "BaseException", "object"});
pub var IsADirectoryError: Type = mk("IsADirectoryError", .exception, &.{"OSError", "Exception", "BaseException", "object"});
pub var NotADirectoryError: Type = mk("NotADirectoryError", .exception, &.{"OSError", "Exception", "BaseException", "object"});
pub var PermissionError: Type = mk("PermissionError", .exception, &.{"OSError", "Exception", "BaseException", "object"});
pub var ProcessLookupError: Type = mk("ProcessLookupError", .exception, &.{"OSError", "Exception", "BaseException", "object"});
pub var TimeoutError: Type = mk("TimeoutError", .exception, &.{"OSError", "Exception", "BaseException", "object"});
pub var ReferenceError: Type = mk("ReferenceError", .exception, &.{"Exception", "BaseException", "object"});
pub var RuntimeError: Type = mk("RuntimeError", .exception, &.{"Exception", "BaseException", "object"});
pub var NotImplementedError: Type = mk("NotImplementedError", .exception, &.{"RuntimeError", "Exception", "BaseException", "object"});
pub var RecursionError: Type = mk("RecursionError", .exception, &.{"RuntimeError", "Exception", "BaseException", "object"});
pub var StopAsyncIteration: Type = mk("StopAsyncIteration", .exception, &.{"Exception", "BaseException", "object"});
pub var StopIteration: Type = mk("StopIteration", .exception, &.{"Exception", "BaseException", "object"});
pub var SyntaxError: Type = mk("SyntaxError", .exception, &.{"Exception", "BaseException", "object"});
pub var IndentationError: Type = mk("IndentationError", .exception, &.{"SyntaxError", "Exception", "BaseException", "object"});
pub var TabError: Type = mk("TabError", .exception, &.{"IndentationError", "SyntaxError", "Exception", "BaseException", "object"});
pub var SystemError: Type = mk("SystemError", .exception, &.{"Exception", "BaseException", "object"});
pub var TypeError: Type = mk("TypeError", .exception, &.{"Exception", "BaseException", "object"});
pub var ValueError: Type = mk("ValueError", .exception, &.{"Exception", "BaseException", "object"});
pub var UnicodeError: Type = mk("UnicodeError", .exception, &.{"ValueError", "Exception", "BaseException", "object"});
pub var UnicodeDecodeError: Type = mk("UnicodeDecodeError", .exception, &.{"UnicodeError", "ValueError", "Exception", "BaseException", "object"});
pub var UnicodeEncodeError: Type = mk("UnicodeEncodeError", .exception, &.{"UnicodeError", "ValueError", "Exception", "BaseException", "object"});
pub var UnicodeTranslateError: Type = mk("UnicodeTranslateError", .exception, &.{"UnicodeError", "ValueError", "Exception", "BaseException", "object"});
pub var Warning: Type = mk("Warning", .exception, &.{"Exception", "BaseException", "object"});
pub var DeprecationWarning: Type = mk("DeprecationWarning", .exception, &.{"Warning", "Exception", "BaseException", "object"});
pub var RuntimeWarning: Type = mk("RuntimeWarning", .exception, &.{"Warning", "Exception", "BaseException", "object"});
pub var UserWarning: Type = mk("UserWarning", .exception, &.{"Warning", "Exception", "BaseException", "object"});
pub var PendingDeprecationWarning: Type = mk("PendingDeprecationWarning", .exception, &.{"Warning", "Exception", "BaseException", "object"});
pub var SyntaxWarning: Type = mk("SyntaxWarning", .exception, &.{"Warning", "Exception", "BaseException", "object"});
pub var FutureWarning: Type = mk("FutureWarning", .exception, &.{"Warning", "Exception", "BaseException", "object"});
pub var ImportWarning: Type = mk("ImportWarning", .exception, &.{"Warning", "Exception", "BaseException", "object"});
pub var UnicodeWarning: Type = mk("UnicodeWarning", .exception, &.{"Warning", "Exception", "BaseException", "object"});
pub var BytesWarning: Type = mk("BytesWarning", .exception, &.{"Warning", "Exception", "BaseException", "object"});
pub var ResourceWarning: Type = mk("ResourceWarning", .exception, &.{"Warning", "Exception", "BaseException", "object"});
pub var EncodingWarning: Type = mk("EncodingWarning", .exception, &.{"Warning", "Exception", "BaseException", "object"});

/// ExceptionGroup inherits from both BaseExceptionGroup and Exception.
fn multi2(comptime name: []const u8, comptime a: *Type, comptime b: *Type, comptime self: *Type) Type {
    return .{
        .base = .{ .ty = &type_type },
        .kind = .exception,
        .name = name,
        .qualname = name,
        .bases = &[_]*Type{ a, b },
        // C3 of (BaseExceptionGroup, Exception): ExceptionGroup, BaseExceptionGroup, Exception,
        // BaseException, object.
        .mro = &[_]*Type{ self, a, b, &BaseException, &object_type },
    };
}

/// Every builtin exception type by name, for the code generator's `builtins` resolution and
/// for tests.
pub const all_exceptions = [_]*Type{
    &BaseException,      &SystemExit,         &KeyboardInterrupt,  &GeneratorExit,
    &BaseExceptionGroup, &Exception,          &ExceptionGroup,     &ArithmeticError,
    &FloatingPointError, &OverflowError,      &ZeroDivisionError,  &AssertionError,
    &AttributeError,     &BufferError,        &EOFError,           &ImportError,
    &ModuleNotFoundError, &LookupError,       &IndexError,         &KeyError,
    &MemoryError,        &NameError,          &UnboundLocalError,  &OSError,
    &BlockingIOError,    &ChildProcessError,  &ConnectionError,    &FileExistsError,
    &FileNotFoundError,  &InterruptedError,   &IsADirectoryError,  &NotADirectoryError,
    &PermissionError,    &ProcessLookupError, &TimeoutError,       &ReferenceError,
    &RuntimeError,       &NotImplementedError, &RecursionError,    &StopAsyncIteration,
    &StopIteration,      &SyntaxError,        &SystemError,        &TypeError,
    &ValueError,         &UnicodeError,       &UnicodeDecodeError, &UnicodeEncodeError,
    &Warning,            &DeprecationWarning, &RuntimeWarning,     &UserWarning,
    &BrokenPipeError,    &ConnectionAbortedError, &ConnectionRefusedError, &ConnectionResetError,
    &IndentationError,   &TabError,           &UnicodeTranslateError, &PendingDeprecationWarning,
    &SyntaxWarning,      &FutureWarning,      &ImportWarning,      &UnicodeWarning,
    &BytesWarning,       &ResourceWarning,    &EncodingWarning,
};

test "builtin mro chains" {
    try std.testing.expectEqual(@as(usize, 5), ZeroDivisionError.mro.len);
    try std.testing.expect(ZeroDivisionError.isSubtype(&Exception));
    try std.testing.expect(!ZeroDivisionError.isSubtype(&LookupError));
    try std.testing.expect(bool_type.isSubtype(&int_type));
}
