//! The runtime's ABI surface: every runtime function and global a compiled program uses.
//!
//! The runtime is compiled once into an object (exports.zig exports a C-ABI wrapper for each
//! function below and each global's address); a program is compiled separately against
//! client.zig, whose stubs call those wrappers. This keeps a program's cold compile to its own
//! code: the runtime (tens of thousands of lines through LLVM's optimizer) is built once per
//! machine, not once per program.
//!
//! Both sides read this one list, so the names and signatures cannot drift apart. On the
//! program side only the signatures are analyzed, never the bodies.
const rt = @import("../rt.zig");
const support = @import("support.zig");
const bi = @import("../builtins/bi.zig");

pub const functions = .{
    // operators
    .{ "ops_add", rt.ops.add },                  .{ "ops_sub", rt.ops.sub },
    .{ "ops_mul", rt.ops.mul },                  .{ "ops_truediv", rt.ops.truediv },
    .{ "ops_floordiv", rt.ops.floordiv },        .{ "ops_mod", rt.ops.mod },
    .{ "ops_pow", rt.ops.pow },                  .{ "ops_lshift", rt.ops.lshift },
    .{ "ops_rshift", rt.ops.rshift },            .{ "ops_band", rt.ops.band },
    .{ "ops_bor", rt.ops.bor },                  .{ "ops_bxor", rt.ops.bxor },
    .{ "ops_matmul", rt.ops.matmul },            .{ "ops_inplace", rt.ops.inplace },
    .{ "ops_neg", rt.ops.neg },                  .{ "ops_pos", rt.ops.pos },
    .{ "ops_invert", rt.ops.invert },            .{ "ops_truthy", rt.ops.truthy },
    .{ "ops_eq", rt.ops.eqOp },                  .{ "ops_ne", rt.ops.neOp },
    .{ "ops_lt", rt.ops.lt },                    .{ "ops_le", rt.ops.le },
    .{ "ops_gt", rt.ops.gt },                    .{ "ops_ge", rt.ops.ge },
    .{ "ops_compare", rt.ops.compare },          .{ "ops_hash", rt.ops.hash },
    // attributes, subscripts, calls, iteration
    .{ "attr_getattr", rt.attr.getattr },        .{ "attr_getattrOpt", rt.attr.getattrOpt },
    .{ "attr_setattr", rt.attr.setattr },        .{ "attr_delattr", rt.attr.delattr },
    .{ "attr_callMethod", rt.attr.callMethod },  .{ "sub_getitem", rt.sub.getitem },
    .{ "sub_setitem", rt.sub.setitem },          .{ "sub_delitem", rt.sub.delitem },
    .{ "sub_contains", rt.sub.contains },        .{ "sub_augGet", rt.sub.augGet },        .{ "call_call", rt.call.call },
    .{ "ctors_strOf", @import("../builtins/ctors.zig").strOf },
    .{ "strAppend_add", @import("../core/str_append.zig").add },
    .{ "strAppend_addInt", @import("../core/str_append.zig").addInt },
    .{ "ctors_intOf", @import("../builtins/ctors.zig").intOf },
    .{ "ctors_floatOf", @import("../builtins/ctors.zig").floatOf },
    .{ "random_moduleFloat", @import("../modules/random.zig").moduleFloat },
    .{ "call_newFunction", rt.call.newFunction }, .{ "iter_iter", rt.iter.iter },
    .{ "iter_next", rt.iter.next },              .{ "iter_len", rt.iter.len },
    // containers and literals
    .{ "list_new", rt.list.new },                .{ "list_append", rt.list.append },
    .{ "list_withCapacity", rt.list.withCapacity }, .{ "dict_new", rt.dict.new },
    .{ "dict_withCapacity", rt.dict.withCapacity }, .{ "dict_set", rt.dict.set },
    .{ "dict_setStr", rt.dict.setStr },          .{ "set_new", rt.set.new },
    .{ "set_add", rt.set.add },                  .{ "set_discard", rt.set.discard },
    .{ "set_remove", rt.set.remove },            .{ "seq_listExtend", rt.seq.listExtend },
    .{ "set_setOfConstants", rt.set.setOfConstants },
    .{ "listOf", rt.listOf },                    .{ "tupleOf", rt.tupleOf },
    .{ "setOf", rt.setOf },                      .{ "dictMerge", rt.dictMerge },
    .{ "newSlice", rt.newSlice },                .{ "complex_new", rt.complex.new },
    .{ "str_fromBytes", rt.str.fromBytes },      .{ "fmt_formatInto", rt.fmt.formatInto },
    .{ "bytesFromSlice", support.bytesFromSlice }, .{ "bigFromDigits", support.bigFromDigits },
    .{ "builderAppend", support.builderAppend }, .{ "builderFinish", support.builderFinish },
    .{ "kwAdd", support.kwAdd },                 .{ "kwAddMapping", support.kwAddMapping },
    .{ "kwArgs", support.kwArgs },               .{ "kwStarExtend", support.kwStarExtend },
    // classes, modules, functions
    .{ "class_newClass", rt.class.newClass },    .{ "class_newSuper", rt.class.newSuper },
    .{ "class_newClassMeta", rt.class.newClassMeta },
    .{ "class_newClassKw", rt.class.newClassKw },
    .{ "class_newModule", rt.class.newModule },  .{ "modules_import", rt.modules.import },
    .{ "modules_importName", rt.modules.importName }, .{ "modules_importNameOpt", rt.modules.importNameOpt },
    .{ "modules_importFailed", rt.modules.importFailed }, .{ "modules_registerSource", rt.modules.registerSource },
    .{ "modules_beginSource", rt.modules.beginSource }, .{ "modules_abortSource", rt.modules.abortSource },
    .{ "newCell", rt.newCell },                  .{ "newCellWith", rt.newCellWith },
    .{ "classLookup", rt.classLookup },          .{ "classDelete", rt.classDelete },
    // exceptions
    .{ "trace", rt.trace },                      .{ "exc_take", rt.exc.take },
    .{ "exc_pushHandling", rt.exc.pushHandling }, .{ "exc_pushHandlingOpt", rt.exc.pushHandlingOpt },
    .{ "exc_popHandling", rt.exc.popHandling },  .{ "exc_getCurrent", support.getCurrent },
    .{ "exc_setCurrent", support.setCurrent },   .{ "raiseValue", rt.raiseValue },
    .{ "reraise", rt.reraise },                  .{ "raiseAssert", rt.raiseAssert },
    .{ "excMatches", rt.excMatches },            .{ "raiseUnboundLocal", support.raiseUnboundLocal },
    .{ "raiseUnboundFree", support.raiseUnboundFree }, .{ "raiseNameError", support.raiseNameError }, .{ "class_unknownGlobal", rt.class.unknownGlobal },
    .{ "raiseSealedRebind", support.raiseSealedRebind }, .{ "raiseInternal", support.raiseInternal },
    .{ "raiseTypeBug", support.raiseTypeBug }, .{ "raiseRecursion", support.raiseRecursion },
    .{ "interruptInstall", support.interruptInstall },
    .{ "starBegin", @import("../core/excgroup.zig").starBegin },
    .{ "starMatch", @import("../core/excgroup.zig").starMatch },
    .{ "starEnd", @import("../core/excgroup.zig").starEnd },
    // statements
    .{ "unpack", rt.unpack },                    .{ "unpackStar", rt.unpackStar },
    .{ "rangeArgs", rt.rangeArgs },              .{ "withExitFn", rt.withExitFn },
    .{ "withEnter", rt.withEnter },              .{ "withExitNormal", rt.withExitNormal },
    .{ "withExitError", rt.withExitError },      .{ "matchSequence", rt.matchSequence },
    .{ "matchIsMapping", rt.matchIsMapping },    .{ "matchMappingGet", rt.matchMappingGet },
    .{ "matchMappingRest", rt.matchMappingRest }, .{ "matchIsInstance", rt.matchIsInstance },
    .{ "matchClassPositional", rt.matchClassPositional },
    // generators
    .{ "gen_new", rt.gen.new },                  .{ "gen_setReturn", rt.gen.setReturn },
    .{ "gen_delegateIter", rt.gen.delegateIter }, .{ "gen_delegate", rt.gen.delegate },
    .{ "gen_delegateResult", rt.gen.delegateResult }, .{ "gen_closeDropped", rt.gen.closeDropped },
    // ints and floats (the typed code's slow paths)
    .{ "intops_add", rt.intops.add },            .{ "intops_sub", rt.intops.sub },
    .{ "intops_mul", rt.intops.mul },            .{ "intops_floordiv", rt.intops.floordiv },
    .{ "intops_mod", rt.intops.mod },            .{ "intops_shl", rt.intops.shl },
    .{ "intops_shr", rt.intops.shr },            .{ "intops_band", rt.intops.band },
    .{ "intops_bor", rt.intops.bor },            .{ "intops_bxor", rt.intops.bxor },
    .{ "intops_neg", rt.intops.neg },            .{ "intops_invert", rt.intops.invert },
    .{ "intops_abs", rt.intops.abs },            .{ "intops_order", rt.intops.order },
    .{ "intops_eq", rt.intops.eq },              .{ "intops_truediv", rt.intops.truediv },
    .{ "intops_toF64", rt.intops.toF64 },        .{ "intops_fromF64", rt.intops.fromF64 },
    .{ "typed_powInt", rt.typed.powInt },        .{ "typed_cmpIntFloat", rt.typed.cmpIntFloat },
    .{ "typed_cmpFloatInt", rt.typed.cmpFloatInt }, .{ "floatops_truediv", rt.floatops.truediv },
    .{ "floatops_floordiv", rt.floatops.floordiv }, .{ "floatops_mod", rt.floatops.mod },
    .{ "floatops_pow", rt.floatops.pow },        .{ "int_fromI64Big", support.fromI64Big },
    .{ "int_toI64Big", support.toI64Big },
    // memory, start
    .{ "mem_alloc", support.memAlloc },          .{ "mem_realloc", support.memRealloc },
    .{ "mem_addRoot", support.memAddRoot },      .{ "start", rt.start },
    .{ "layoutDigest", support.layoutDigest },
    .{ "profileRegister", @import("../core/profile.zig").register },
} ++ @import("../methods/fastcall.zig").functions; // method-call fast paths (abi/client_attr.zig)

/// Runtime globals a program addresses directly (exported by address).
pub const globals = .{
    .{ "unbound_obj", &@import("../core/names_rt.zig").unbound_obj },
    .{ "missing_obj", &rt.call.missing_obj },
    .{ "ellipsis", &rt.ops.ellipsis },
    .{ "not_implemented", &rt.ops.not_implemented },
    .{ "empty_tuple", &rt.tuple.empty },
    .{ "empty_str", &rt.str.empty },
    .{ "attr_cache", &@import("../core/attr_cache.zig").table },
    .{ "guard_epoch", &@import("../core/dict.zig").guard_epoch },
    .{ "member_type", &@import("../core/slots.zig").member_type },
    .{ "tuplegetter_type", &@import("../modules/_collections.zig").tuplegetter_type },
    .{ "no_dict", &@import("../core/slots.zig").no_dict },
    .{ "slot_unset", &@import("../core/slots.zig").unset_obj },
    .{ "gc_allocated_total", @import("../gc/gc.zig").allocated_total },
    .{ "gc_cursors", @import("../gc/gc.zig").cursors },
};

/// The builtin type objects and exception classes, by Python name (rt.types.<var>).
pub const type_names = .{
    "object_type", "type_type", "int_type", "bool_type", "float_type", "complex_type", "str_type",
    "bytes_type", "bytearray_type", "list_type", "tuple_type", "dict_type", "set_type",
    "frozenset_type", "range_type", "slice_type", "property_type", "staticmethod_type",
    "classmethod_type", "super_type", "none_type", "function_type", "builtin_function_type",
    "memoryview_type",
} ++ exception_names;

pub const exception_names = .{
    "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "BaseExceptionGroup",
    "Exception", "ExceptionGroup", "ArithmeticError", "FloatingPointError", "OverflowError",
    "ZeroDivisionError", "AssertionError", "AttributeError", "BufferError", "EOFError",
    "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError", "MemoryError",
    "NameError", "UnboundLocalError", "OSError", "BlockingIOError", "ChildProcessError",
    "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
    "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
    "TimeoutError", "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError",
    "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError",
    "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "Warning",
    "DeprecationWarning", "RuntimeWarning", "UserWarning", "BrokenPipeError",
    "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "IndentationError",
    "TabError", "UnicodeTranslateError", "PendingDeprecationWarning", "SyntaxWarning",
    "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning",
    "EncodingWarning",
};

/// The builtin functions: bi.zig's `<name>_` functions and `<name>_obj` objects.
pub const bi_module = bi;
