//! The runtime as a compiled program sees it (the `rt` module of a program build).
//!
//! Programs and the runtime are separate objects: the runtime is compiled once (runtime.zig)
//! and every program links it. This file gives a program the runtime's types (shared source, so
//! one layout) and its functions as stubs that call the runtime through the ABI (abi/stub.zig),
//! plus the few operations that must stay inline for speed — the small-int and float fast
//! paths of typed code — which call the runtime only on their slow paths.
pub const std = @import("std");
const stub = @import("abi/stub.zig");
const S = stub.S;

pub const value = @import("core/value.zig");
pub const Value = value.Value;
pub const Object = value.Object;
pub const Type = value.Type;
pub const Kind = value.Kind;
pub const Int = @import("core/int.zig").Int;
pub const Error = @import("core/err.zig").Error;
pub const Str = @import("core/str.zig").Str;
pub const Builder = @import("core/str.zig").Builder;
pub const List = @import("core/list.zig").List;
pub const Tuple = @import("core/tuple.zig").Tuple;
pub const Dict = @import("core/dict.zig").Dict;
pub const Args = @import("core/call.zig").Args;
pub const Code = @import("core/call.zig").Code;
pub const Function = @import("core/call.zig").Function;
pub const Builtin = @import("core/call.zig").Builtin;
pub const Cell = @import("core/names_rt.zig").Cell;
pub const Module = @import("core/class.zig").Module;
pub const KwBuilder = @import("core/stmt_rt.zig").KwBuilder;
pub const Loc = @import("core/exc.zig").Loc;

inline fn global(comptime T: type, comptime name: []const u8) *T {
    return stub.global(T, "pyaot_g_" ++ name);
}

/// A builtin type object or exception class by its runtime name (`int_type`, `ValueError`).
pub inline fn typeObj(comptime name: []const u8) *Type {
    return stub.global(Type, "pyaot_t_" ++ name);
}

/// A builtin function object (`len_obj`) for first-class use.
pub inline fn builtinObj(comptime name: []const u8) *Builtin {
    return stub.global(Builtin, "pyaot_bi_" ++ name);
}

/// Calls a builtin function (`len_`) directly.
pub inline fn callBuiltin(comptime name: []const u8, args: Args) Error!Value {
    return stub.B(name).f(args);
}

// ---- variables -------------------------------------------------------------------------------

/// The value of an unassigned variable (set by `start`: runtime addresses are not constants).
pub var UNBOUND: Value = undefined;

pub inline fn isUnbound(v: Value) bool {
    return v == .obj and v.obj == UNBOUND.obj;
}

pub inline fn checkLocal(v: Value, comptime name: []const u8) Error!Value {
    if (isUnbound(v)) return S("raiseUnboundLocal").f(name);
    return v;
}

pub inline fn checkCell(c: *Cell, comptime name: []const u8) Error!Value {
    const v = c.v;
    if (isUnbound(v)) return S("raiseUnboundFree").f(name);
    return v;
}

pub inline fn checkGlobal(v: Value, comptime name: []const u8) Error!Value {
    if (isUnbound(v)) return S("raiseNameError").f(name);
    return v;
}

/// A module global that shadows a builtin falls back to the builtin while it is unassigned
/// (CPython's LOAD_GLOBAL searches builtins after the module dict).
pub inline fn globalOrBuiltin(v: Value, builtin: Value) Value {
    return if (isUnbound(v)) builtin else v;
}

pub fn nameError(comptime name: []const u8) Error {
    return S("raiseNameError").f(name);
}

/// A module global nothing in the program binds: set on the module at run time, or NameError
/// (core/class.zig unknownGlobal).
pub const unknownGlobal = S("class_unknownGlobal").f;

pub inline fn boundOrNull(v: Value) ?Value {
    return if (isUnbound(v)) null else v;
}

pub fn sealedRebind(comptime module: []const u8, comptime name: []const u8) Error!bool {
    return S("raiseSealedRebind").f(module, name);
}

/// The lowest frame address Python code may reach (set at start from the stack's size): a
/// call below it raises RecursionError instead of overflowing the native stack.
pub var stack_limit: usize = 0;

/// At the entry of every compiled Python function: one compare against the frame address.
pub inline fn checkStack() Error!void {
    if (@frameAddress() < stack_limit) return S("raiseRecursion").f();
}

/// What a register-convention specialization returns (codegen/func.ts regCall): the value and
/// whether it raised, in two registers under the C ABI, where an error union would go to memory.
/// Both are full words: a byte written and a word read back stalls store forwarding.
pub fn Ret(comptime T: type) type {
    return extern struct { v: if (T == bool) u64 else T, failed: u64 };
}

pub inline fn toRet(comptime T: type, r: Error!T) Ret(T) {
    const v = r catch return .{ .v = std.mem.zeroes(@FieldType(Ret(T), "v")), .failed = 1 };
    return .{ .v = if (T == bool) @intFromBool(v) else v, .failed = 0 };
}

pub inline fn fromRet(comptime T: type, r: Ret(T)) Error!T {
    if (r.failed != 0) return error.PyException;
    return if (T == bool) r.v != 0 else r.v;
}

/// A boxed Value crossing a word-convention call (codegen/func.ts wordCall) as its two words:
/// under the C ABI a 16-byte struct of integers goes in two registers, each way, where Zig's own
/// convention passes a Value by reference and returns an `Error!Value` in memory (a store and a
/// reload at every call and return: richards_like -14% CPU time).
pub const VW = extern struct { tag: u64, payload: u64 };

/// VW.tag of a word-convention result that raised: no Value tag has this value.
const vw_raised: u64 = 0xff;

comptime {
    std.debug.assert(@sizeOf(Value) == 16 and @offsetOf(VW, "payload") == 8);
    for (std.meta.tags(std.meta.Tag(Value))) |t| std.debug.assert(@intFromEnum(t) != vw_raised);
}

pub inline fn toVW(v: Value) VW {
    var x = v;
    const w: *const [2]u64 = @ptrCast(&x);
    // None has no payload, so its second word is undefined and LLVM passes whatever the register
    // last held: often a pointer into a dead structure. Stored into an object (a leaf's
    // `Node(None, None)`), that stale word made the conservative collector keep every tree of
    // binary_trees reachable from the next one (live bytes doubled each collection).
    return .{ .tag = w[0], .payload = if (v == .none) 0 else w[1] };
}

pub inline fn fromVW(w: VW) Value {
    var v: Value = undefined;
    const p: *[2]u64 = @ptrCast(&v);
    p[0] = w.tag;
    p[1] = w.payload;
    return v;
}

pub inline fn toVRet(r: Error!Value) VW {
    const v = r catch return .{ .tag = vw_raised, .payload = 0 };
    return toVW(v);
}

pub inline fn fromVRet(r: VW) Error!Value {
    if (r.tag == vw_raised) return error.PyException;
    return fromVW(r);
}

pub fn internalError(comptime what: []const u8) Error {
    return S("raiseInternal").f(what);
}

pub const newCell = S("newCell").f;
pub const newCellWith = S("newCellWith").f;
pub const classLookup = S("classLookup").f;
pub const classDelete = S("classDelete").f;

// ---- memory ----------------------------------------------------------------------------------

pub const mem = struct {
    pub const Kind = enum { scan, noscan };

    /// The collector's count of bytes handed out when the stack was last scrubbed.
    var scrubbed_at: u64 = 0;
    const scrub_every: u64 = 1 << 20;
    const scrub_bytes = 16 << 10;

    /// `r`, the result of a call of a compiled function that loops (compiler/codegen/func.ts),
    /// after zeroing the dead stack below this frame when the program allocated 1 MiB or more
    /// since the last time. The stack is a root scanned conservatively (gc/README.md, Limits):
    /// the callee's frame, and its callees', hold pointers to what it built (a dict of a
    /// million entries, its iterators), and the next call from here lays its frame over them.
    /// Slots that frame does not write before a collection would keep all of that alive (a
    /// phase's data retained through the next phase: dict_ops' heap, 225 MB -> 135 MB).
    /// Paced by allocation, the cost — a 16 KiB memset — stays negligible for small hot
    /// functions. The runtime keeps at least 256 KiB of stack below the last Python frame.
    pub inline fn scrubAfter(r: anytype) @TypeOf(r) {
        const total = global(u64, "gc_allocated_total").*;
        if (total -% scrubbed_at >= scrub_every) {
            scrubbed_at = total;
            scrubStack();
        }
        return r;
    }

    noinline fn scrubStack() void {
        var dead: [scrub_bytes]u8 = undefined;
        @memset(&dead, 0);
        // The stores must happen although nothing reads the buffer afterwards.
        asm volatile ("" : : [p] "r" (&dead) : .{ .memory = true });
    }

    pub inline fn create(comptime T: type, comptime kind: mem.Kind) *T {
        return @ptrCast(@alignCast(@import("abi/client_gc.zig").alloc(@enumFromInt(@intFromEnum(kind)), @sizeOf(T))));
    }

    /// A heap copy of `v` (closure environments).
    pub inline fn dupe(comptime T: type, v: T) *T {
        const p = create(T, .scan);
        p.* = v;
        return p;
    }

    pub const addRoot = S("mem_addRoot").f;
};

// ---- literals and containers -----------------------------------------------------------------

pub const str = struct {
    /// A static str for a string literal: no allocation at run time.
    pub fn literal(comptime bytes: []const u8) Str {
        @setEvalBranchQuota(1_000_000);
        comptime var n: usize = 0;
        comptime var ascii = true;
        inline for (bytes) |b| {
            if (b >= 0x80) ascii = false;
            if (b & 0xC0 != 0x80) n += 1;
        }
        // The type pointer is filled in at start (runtime addresses are not constants): the
        // compiler lists every literal in `initLiterals`.
        return .{ .base = .{ .ty = undefined }, .len = n, .ascii = ascii, .bytes = bytes };
    }
    pub const fromBytes = S("str_fromBytes").f;
};

/// `str(x)`, `int(x)`, `float(x)` with the builtin types (builtins/ctors.zig).
pub const strOf = S("ctors_strOf").f;
pub const intOf = S("ctors_intOf").f;
pub const floatOf = S("ctors_floatOf").f;

/// `s += x` in a loop that reads `s` only there (core/str_append.zig).
pub const strAppend = struct {
    const str_core = @import("core/str.zig");

    /// Numbers take ops.inplace's inline paths: a local the loop only appends to may hold
    /// numbers (`total += x`), and no str of the loop's reaches an operation without one.
    pub inline fn add(owned: *?*Str, a: Value, b: Value) Error!Value {
        if (a == .obj) {
            // The loop's own str with room left, and an exact str piece: the bytes go straight
            // into its buffer (str.appendOwned's first case, without the call).
            if (ownedWithRoom(owned, a)) |s| if (b == .obj and b.obj.ty.kind == .str and !b.obj.ty.flags.heap) {
                const t = Object.as(b.obj, Str);
                if (t.bytes.len == 0) return a;
                if (str_core.extendBuf(s, t.bytes)) |text| return grown(s, text, t.len, t.ascii);
            };
            return S("strAppend_add").f(owned, a, b);
        }
        return fast.inplace(.add, a, b);
    }

    /// `s += str(i)`: a small int's digits written straight into the loop's own str.
    pub inline fn addInt(owned: *?*Str, a: Value, i: Int) Error!Value {
        if (i.isSmall()) if (ownedWithRoom(owned, a)) |s| {
            var buf: [24]u8 = undefined;
            const digits = @import("core/repr.zig").decimalDigits(&buf, i.small());
            if (str_core.extendBuf(s, digits)) |text| return grown(s, text, digits.len, true);
        };
        return S("strAppend_addInt").f(owned, a, i);
    }

    /// `a` when it is the str the loop's last append made (only the variable holds it).
    inline fn ownedWithRoom(owned: *?*Str, a: Value) ?*Str {
        if (a != .obj) return null;
        const s = owned.* orelse return null;
        return if (&s.base == a.obj) s else null;
    }

    inline fn grown(s: *Str, text: []const u8, len: usize, ascii: bool) Value {
        s.bytes = text;
        s.len += len;
        s.ascii = s.ascii and ascii;
        s.hash_cache = 0;
        return .{ .obj = &s.base };
    }
};

pub inline fn bigLiteral(comptime digits: []const u8) Error!Value {
    return S("bigFromDigits").f(digits);
}

pub inline fn bytesLiteral(comptime bytes: []const u8) Value {
    return S("bytesFromSlice").f(bytes);
}

pub const list = struct {
    pub const new = S("list_new").f;
    pub const withCapacity = S("list_withCapacity").f;
    pub const append = S("list_append").f;
};
pub const dict = struct {
    pub const new = S("dict_new").f;
    pub const withCapacity = S("dict_withCapacity").f;
    pub const set = S("dict_set").f;
    pub const setStr = S("dict_setStr").f;
};
pub const set = struct {
    pub const new = S("set_new").f;
    pub const add = S("set_add").f;
    pub const setOfConstants = S("set_setOfConstants").f;
};
pub const tuple = struct {
    pub var empty: *Tuple = undefined;
};
pub const seq = struct {
    pub const listExtend = S("seq_listExtend").f;
};
pub const complex = struct {
    pub const new = S("complex_new").f;
};
pub const listOf = S("listOf").f;
pub const tupleOf = S("tupleOf").f;
pub const setOf = S("setOf").f;
pub const dictMerge = S("dictMerge").f;
pub const newSlice = S("newSlice").f;
pub const builderAppend = S("builderAppend").f;
pub const builderFinish = S("builderFinish").f;
pub const kwAdd = S("kwAdd").f;
pub const kwAddMapping = S("kwAddMapping").f;
pub const kwArgs = S("kwArgs").f;
pub const kwStarExtend = S("kwStarExtend").f;

pub const fmt = struct {
    pub const formatInto = S("fmt_formatInto").f;
};

// ---- operators, attributes, calls ------------------------------------------------------------

/// Inline fast paths of the boxed operations (abi/client_ops.zig).
const fast = @import("abi/client_ops.zig");

pub const ops = struct {
    pub const add = fast.add;
    pub const sub = fast.sub;
    pub const mul = fast.mul;
    pub const truediv = fast.truediv;
    pub const floordiv = fast.floordiv;
    pub const mod = fast.mod;
    pub const modTuple = fast.modTuple;
    pub const pow = fast.powOp;
    pub const lshift = fast.lshift;
    pub const rshift = fast.rshift;
    pub const band = fast.band;
    pub const bor = fast.bor;
    pub const bxor = fast.bxor;
    pub const matmul = S("ops_matmul").f;
    pub const inplace = fast.inplace;
    pub const neg = S("ops_neg").f;
    pub const pos = S("ops_pos").f;
    pub const invert = S("ops_invert").f;
    pub const truthy = fast.truthy;
    pub const eq = fast.eq;
    pub const ne = fast.ne;
    pub const lt = fast.lt;
    pub const le = fast.le;
    pub const gt = fast.gt;
    pub const ge = fast.ge;
    pub const compare = S("ops_compare").f;
    pub const hash = S("ops_hash").f;
    pub var ellipsis: *Object = undefined;
    pub var not_implemented: *Object = undefined;

    /// `a is b`.
    pub inline fn identical(a: Value, b: Value) bool {
        return switch (a) {
            .none => b == .none,
            .bool => |x| b == .bool and b.bool == x,
            .int => |x| b == .int and x.w == b.int.w,
            .float => |x| b == .float and @as(u64, @bitCast(x)) == @as(u64, @bitCast(b.float)),
            .obj => |x| b == .obj and b.obj == x,
        };
    }
};

/// Inline fast paths for attributes of user-class instances (abi/client_attr.zig).
const fast_attr = @import("abi/client_attr.zig");
/// Inline probes of builtin dicts by small int and str keys (abi/client_dict.zig).
pub const dictFast = @import("abi/client_dict.zig");

pub const attr = struct {
    pub const getattr = fast_attr.getattr;
    pub const getattrOpt = S("attr_getattrOpt").f;
    pub const setattr = fast_attr.setattr;
    pub const delattr = S("attr_delattr").f;
    pub const callMethod = fast_attr.callMethod;
    /// Per-site inline caches (one static Site per attribute expression in the program).
    pub const Site = fast_attr.Site;
    pub const SlotSite = fast_attr.SlotSite;
    pub const getattrAt = fast_attr.getattrAt;
    pub const setattrAt = fast_attr.setattrAt;
    pub const callMethodAt = fast_attr.callMethodAt;
    pub const methodAt = fast_attr.methodAt;
    pub const settle = fast_attr.settle;
    /// `s.lower()` and other str methods: direct for an exact str receiver.
    pub const callStrAt = fast_attr.callStrAt;
};

/// isinstance(x, T) for a builtin type T named in the source (compiler/codegen/expr.ts): builtin
/// types have no __instancecheck__, so the answer is whether T is in the MRO of x's type, as
/// builtins/bi.zig isinstanceOf finds it, without the call.
pub inline fn isinstanceBuiltin(x: Value, t: *const Type) bool {
    const xt: *const Type = switch (x) {
        .none => typeObj("none_type"),
        .bool => typeObj("bool_type"),
        .int => typeObj("int_type"),
        .float => typeObj("float_type"),
        .obj => |o| o.ty,
    };
    return xt.isSubtype(t);
}

/// `recv.append(x)`: inline for a builtin list, else the method call.
pub inline fn callAppend(recv: Value, name: *Str, x: Value) Error!Value {
    if (fast.appendList(recv, x)) return .none;
    return attr.callMethod(recv, name, .{ .pos = &[_]Value{x} });
}

/// `recv.add(x)` / `.discard(x)` / `.remove(x)`: direct for a builtin set, else the method call.
pub inline fn callSetMethod(comptime m: fast.SetMethod, recv: Value, name: *Str, x: Value) Error!Value {
    if (try fast.setMethod(m, recv, x)) |r| return r;
    return attr.callMethod(recv, name, .{ .pos = &[_]Value{x} });
}

/// len(x) as an int (abi/client_ops.zig lenOf).
pub const lenOf = fast.lenOf;

/// `for` over a value of unproven type (abi/client_ops.zig ForIter).
pub const forIter = fast.forIter;
pub const forIterSplit = fast.forIterSplit;

/// Items of lists whose element type inference proved (compiler/codegen/typed-list.ts).
pub const lists = struct {
    pub const float = fast.listFloat;
    pub const floatRef = fast.listFloatRef;
    pub const int = fast.listInt;
    pub const boolean = fast.listBool;
    pub const get = fast.listGet;
    pub const set = fast.listSet;
    pub const setBool = fast.listSetBool;
    pub const next = fast.listNext;
    /// The same from a list taken before the loop (compiler/codegen/list-hold.ts).
    pub const exact = fast.listExact;
    /// The same for a list of proven bools, which may be compact (core/list.zig).
    pub const bools = fast.listBools;
    pub const heldFloat = fast.heldFloat;
    pub const heldFloatRef = fast.heldFloatRef;
    pub const heldInt = fast.heldInt;
    pub const heldBool = fast.heldBool;
    pub const heldGet = fast.heldGet;
    pub const heldSet = fast.heldSet;
    pub const heldSetBool = fast.heldSetBool;
};

pub const sub = struct {
    pub const getitem = fast.getitem;
    pub const setitem = fast.setitem;
    /// `o[k] op= c` with a numeric constant `c` (core/sub.zig augGet): the item, and the dict
    /// slot it came from when one probe may serve both halves.
    pub inline fn augGet(o: Value, k: Value, slot: *?*Value) Error!Value {
        if (o == .obj and o.obj.ty.kind == .dict) {
            // Found inline (exact dict, small-int or exact-str key): no runtime call.
            if (dictFast.augGet(o, k)) |p| {
                slot.* = p;
                return p.*;
            }
            return S("sub_augGet").f(o, k, slot);
        }
        return fast.getitem(o, k);
    }
    /// The second half: `old op c` of a number ran no user code, so the slot still holds the
    /// item; anything else is stored by setitem.
    pub inline fn augSet(o: Value, k: Value, slot: ?*Value, old: Value, v: Value) Error!void {
        if (slot) |p| if (old == .int or old == .float or old == .bool) {
            p.* = v;
            return;
        };
        return fast.setitem(o, k, v);
    }
    pub const delitem = S("sub_delitem").f;
    /// `x in container` (abi/client_ops.zig contains: small ints in builtin sets, int and str
    /// keys of exact dicts inline).
    pub const contains = fast.contains;
    /// `x1 in s1 or x2 in s2 ...` over names (compiler/codegen/expr.ts inChain): the answer
    /// when every test is a small int against a builtin set's small-int bitmap (abi/client_ops.zig
    /// anyIn), else null for the short-circuit chain.
    pub const anyIn = fast.anyIn;
    /// `x1 not in s1 and x2 not in s2 ...`: the negation, the same way.
    pub inline fn noneIn(pairs: anytype) ?bool {
        const r = fast.anyIn(pairs) orelse return null;
        return !r;
    }
    pub const getslice = fast.getslice;
};

pub const call = struct {
    pub const call = S("call_call").f;
    /// `f(args)` with a per-site cache for instantiating user classes (abi/client_attr.zig).
    pub const CallSite = fast_attr.CallSite;
    pub const callAt = fast_attr.callAt;
    /// Constructor dispatchers: enter a known `__init__` directly (abi/client_attr.zig).
    pub const initAt = fast_attr.initAt;
    pub const newAt = fast_attr.newAt;
    pub const initDone = fast_attr.initDone;
    pub const newFunction = S("call_newFunction").f;
    pub var MISSING: Value = undefined;
};

pub const iter = struct {
    pub const iter = S("iter_iter").f;
    pub const next = S("iter_next").f;
    pub const len = S("iter_len").f;
};

pub const class = struct {
    pub const newClass = S("class_newClass").f;
    pub const newClassMeta = S("class_newClassMeta").f;
    pub const newClassKw = S("class_newClassKw").f;
    pub const newSuper = S("class_newSuper").f;
    pub const newModule = S("class_newModule").f;
};

pub const modules = struct {
    pub inline fn import(comptime name: []const u8) Error!Value {
        return S("modules_import").f(name);
    }
    pub const importName = S("modules_importName").f;
    pub const importNameOpt = S("modules_importNameOpt").f;
    pub const importFailed = S("modules_importFailed").f;
    pub const registerSource = S("modules_registerSource").f;
    pub const beginSource = S("modules_beginSource").f;
    pub const abortSource = S("modules_abortSource").f;
};

// ---- exceptions and statements ---------------------------------------------------------------

pub const exc = struct {
    pub const ExcObject = @import("core/exc.zig").ExcObject;
    pub const Loc = @import("core/exc.zig").Loc;
    pub const take = S("exc_take").f;
    pub const pushHandling = S("exc_pushHandling").f;
    pub const pushHandlingOpt = S("exc_pushHandlingOpt").f;
    pub const popHandling = S("exc_popHandling").f;
    pub const getCurrent = S("exc_getCurrent").f;
    pub const setCurrent = S("exc_setCurrent").f;
};
pub const trace = S("trace").f;
pub const raiseValue = S("raiseValue").f;
pub const reraise = S("reraise").f;
pub const raiseAssert = S("raiseAssert").f;
pub const excMatches = S("excMatches").f;
pub const starBegin = S("starBegin").f;
pub const starMatch = S("starMatch").f;
pub const starEnd = S("starEnd").f;
pub const unpack = fast.unpack;
pub const unpackStar = S("unpackStar").f;
pub const rangeArgs = fast.rangeOf;
pub const rangeItem = fast.rangeItem;
pub const rangeItemAs = fast.rangeItemAs;
pub const withExitFn = S("withExitFn").f;
pub const withEnter = S("withEnter").f;
pub const withExitNormal = S("withExitNormal").f;
pub const withExitError = S("withExitError").f;
pub const matchSequence = S("matchSequence").f;
pub const matchIsMapping = S("matchIsMapping").f;
pub const matchMappingGet = S("matchMappingGet").f;
pub const matchMappingRest = S("matchMappingRest").f;
pub const matchIsInstance = S("matchIsInstance").f;
pub const matchClassPositional = S("matchClassPositional").f;

pub const gen = struct {
    pub const Generator = @import("core/gen.zig").Generator;
    pub const Resume = @import("core/gen.zig").Resume;
    pub const new = S("gen_new").f;
    pub const setReturn = S("gen_setReturn").f;
    pub const delegateIter = S("gen_delegateIter").f;
    pub const delegate = S("gen_delegate").f;
    pub const delegateResult = S("gen_delegateResult").f;
};

// ---- typed code: inline fast paths, runtime slow paths ---------------------------------------

/// An i64 as an int (big when outside the small range).
pub inline fn intFromI64(v: i64) Int {
    if (v >= Int.small_min and v <= Int.small_max) return .{ .w = v << 1 };
    return S("int_fromI64Big").f(v);
}

/// Slow paths called from hot typed code keep xmm6-xmm15 (abi/client_ops.zig cold_cc).
pub const cold_cc = fast.cold_cc;

/// The runtime's slow path of an inline two-int operation, called out of line. The ABI stub
/// passes its arguments through memory; inlined next to the fast path, that memory made LLVM keep
/// the fast path's own values in stack slots too (fib: a store and reload per operation).
fn coldInt2(comptime sym: []const u8, comptime R: type) fn (i64, i64) callconv(cold_cc) Word(R) {
    return struct {
        noinline fn f(a: i64, b: i64) callconv(cold_cc) Word(R) {
            @branchHint(.cold);
            const r = S(sym).f(.{ .w = a }, .{ .w = b });
            return switch (R) {
                Int => r.w,
                bool => @intFromBool(r),
                std.math.Order => @intFromEnum(r),
                else => @compileError("coldInt2: " ++ @typeName(R)),
            };
        }
    }.f;
}

/// The same for a slow path that may raise (its result and failed flag come back through memory
/// under cold_cc on x86-64: a cost of the slow path only).
fn coldErr2(comptime sym: []const u8, comptime A: type, comptime R: type) fn (A, A) callconv(cold_cc) Ret(R) {
    return struct {
        noinline fn f(a: A, b: A) callconv(cold_cc) Ret(R) {
            @branchHint(.cold);
            return toRet(R, S(sym).f(a, b));
        }
    }.f;
}

fn coldErr1(comptime sym: []const u8, comptime A: type, comptime R: type) fn (A) callconv(cold_cc) Ret(R) {
    return struct {
        noinline fn f(a: A) callconv(cold_cc) Ret(R) {
            @branchHint(.cold);
            return toRet(R, S(sym).f(a));
        }
    }.f;
}

fn Word(comptime R: type) type {
    return if (R == Int) i64 else u8;
}

pub const intops = struct {
    pub inline fn add(a: Int, b: Int) Int {
        return .{ .w = addW(a.w, b.w) };
    }
    inline fn addW(a: i64, b: i64) i64 {
        if ((a | b) & 1 == 0) {
            const r = @addWithOverflow(a, b);
            if (r[1] == 0) return r[0];
        }
        return coldInt2("intops_add", Int)(a, b);
    }
    pub inline fn sub(a: Int, b: Int) Int {
        return .{ .w = subW(a.w, b.w) };
    }
    inline fn subW(a: i64, b: i64) i64 {
        if ((a | b) & 1 == 0) {
            const r = @subWithOverflow(a, b);
            if (r[1] == 0) return r[0];
        }
        return coldInt2("intops_sub", Int)(a, b);
    }
    pub inline fn mul(a: Int, b: Int) Int {
        return .{ .w = mulW(a.w, b.w) };
    }
    inline fn mulW(a: i64, b: i64) i64 {
        if ((a | b) & 1 == 0) {
            const r = @mulWithOverflow(a >> 1, b);
            if (r[1] == 0) return r[0];
        }
        return coldInt2("intops_mul", Int)(a, b);
    }
    pub inline fn neg(a: Int) Int {
        if (a.w & 1 == 0 and a.w != std.math.minInt(i64)) {
            const r = @subWithOverflow(@as(i64, 0), a.w);
            if (r[1] == 0) return .{ .w = r[0] };
        }
        return S("intops_neg").f(a);
    }
    pub inline fn invert(a: Int) Int {
        // ~x == -x - 1; for small words: ~(v) << 1 == ~w ^ 1... computed via the runtime when big.
        if (a.w & 1 == 0) return .{ .w = (~a.w) ^ 1 };
        return S("intops_invert").f(a);
    }
    pub inline fn abs(a: Int) Int {
        if (a.w & 1 == 0 and a.w >= 0) return a;
        return S("intops_abs").f(a);
    }
    pub inline fn band(a: Int, b: Int) Int {
        if ((a.w | b.w) & 1 == 0) return .{ .w = a.w & b.w };
        return S("intops_band").f(a, b);
    }
    pub inline fn bor(a: Int, b: Int) Int {
        if ((a.w | b.w) & 1 == 0) return .{ .w = a.w | b.w };
        return S("intops_bor").f(a, b);
    }
    pub inline fn bxor(a: Int, b: Int) Int {
        if ((a.w | b.w) & 1 == 0) return .{ .w = a.w ^ b.w };
        return S("intops_bxor").f(a, b);
    }
    pub inline fn order(a: Int, b: Int) std.math.Order {
        if ((a.w | b.w) & 1 == 0) return std.math.order(a.w, b.w);
        return @enumFromInt(coldInt2("intops_order", std.math.Order)(a.w, b.w));
    }
    pub inline fn eq(a: Int, b: Int) bool {
        if (a.w == b.w) return true;
        if ((a.w & b.w) & 1 == 0) return false;
        return coldInt2("intops_eq", bool)(a.w, b.w) != 0;
    }
    pub inline fn floordiv(a: Int, b: Int) Error!Int {
        if ((a.w | b.w) & 1 == 0 and b.w != 0) {
            const x = a.w >> 1;
            const y = b.w >> 1;
            if (!(x == Int.small_min and y == -1)) return .{ .w = @divFloor(x, y) << 1 };
        }
        return fromRet(Int, coldErr2("intops_floordiv", Int, Int)(a, b));
    }
    pub inline fn mod(a: Int, b: Int) Error!Int {
        if ((a.w | b.w) & 1 == 0 and b.w != 0) return .{ .w = @mod(a.w >> 1, b.w >> 1) << 1 };
        return fromRet(Int, coldErr2("intops_mod", Int, Int)(a, b));
    }
    pub inline fn shl(a: Int, b: Int) Error!Int {
        if ((a.w | b.w) & 1 == 0 and b.w >= 0 and b.w < 124) {
            const n: u6 = @intCast(b.w >> 1);
            const r = a.w << n;
            if (r >> n == a.w) return .{ .w = r };
        }
        return S("intops_shl").f(a, b);
    }
    pub inline fn shr(a: Int, b: Int) Error!Int {
        if ((a.w | b.w) & 1 == 0 and b.w >= 0) {
            const n = b.w >> 1;
            if (n >= 63) return .{ .w = if (a.w < 0) -2 else 0 };
            return .{ .w = ((a.w >> 1) >> @intCast(n)) << 1 };
        }
        return S("intops_shr").f(a, b);
    }
    pub inline fn toF64(a: Int) Error!f64 {
        // A small int converts correctly rounded (cvtsi2sd rounds to nearest even), as CPython
        // and core/intfloat.zig do.
        if (a.w & 1 == 0) return @floatFromInt(a.w >> 1);
        return fromRet(f64, coldErr1("intops_toF64", Int, f64)(a));
    }
    pub const truediv = S("intops_truediv").f;
    /// int(f): truncation inline while it fits a small int; NaN, infinities and big results in
    /// the runtime.
    pub inline fn fromF64(f: f64) Error!Int {
        const t = @trunc(f);
        if (@abs(t) < 0x1p62) return Int.fromSmall(@intFromFloat(t));
        return fromRet(Int, coldErr1("intops_fromF64", f64, Int)(f));
    }
};

/// random.random() of the module's generator (codegen/native-fast.ts).
pub const randomFloat = S("random_moduleFloat").f;

/// Inline forms of math functions on floats (codegen/native-fast.ts); null where CPython raises
/// (the call is then made, and raises its error).
pub const mathFast = struct {
    pub inline fn sqrt(x: f64) ?f64 {
        // NaN in, NaN out; -0.0 gives -0.0; only negative numbers are a domain error.
        return if (x >= 0 or std.math.isNan(x)) @sqrt(x) else null;
    }
    // Below 2^61 in magnitude the result is a small int whichever way it rounds; NaN and
    // infinities fail the test.
    pub inline fn floor(x: f64) ?Int {
        return if (@abs(x) < 0x1p61) Int.fromSmall(@intFromFloat(@floor(x))) else null;
    }
    pub inline fn ceil(x: f64) ?Int {
        return if (@abs(x) < 0x1p61) Int.fromSmall(@intFromFloat(@ceil(x))) else null;
    }
    pub inline fn trunc(x: f64) ?Int {
        return if (@abs(x) < 0x1p61) Int.fromSmall(@intFromFloat(@trunc(x))) else null;
    }
};

pub const floatops = struct {
    pub inline fn truediv(a: f64, b: f64) Error!f64 {
        if (b == 0) return fromRet(f64, coldErr2("floatops_truediv", f64, f64)(a, b));
        return a / b;
    }
    pub const floordiv = S("floatops_floordiv").f;
    pub const mod = S("floatops_mod").f;
    pub const pow = fast.powFloat;
};

pub const typed = struct {
    pub const powInt = S("typed_powInt").f;
    pub const cmpIntFloat = S("typed_cmpIntFloat").f;
    pub const cmpFloatInt = S("typed_cmpFloatInt").f;
};

pub inline fn unboxInt(v: Value) Error!Int {
    return switch (v) {
        .int => |i| i,
        .bool => |b| Int.fromSmall(@intFromBool(b)),
        else => S("raiseTypeBug").f(v, "int"),
    };
}
pub inline fn unboxFloat(v: Value) Error!f64 {
    return switch (v) {
        .float => |f| f,
        else => S("raiseTypeBug").f(v, "float"),
    };
}
pub inline fn unboxBool(v: Value) Error!bool {
    return switch (v) {
        .bool => |b| b,
        else => S("raiseTypeBug").f(v, "bool"),
    };
}

// ---- start -----------------------------------------------------------------------------------

/// Instrumented programs (pyaot --profile) hand their counters to the runtime (core/profile.zig).
pub const profileRegister = S("profileRegister").f;

const layout_digest = @import("abi/support.zig").layoutDigest;

/// Starts the program: checks that the program and the runtime object agree on the layout of
/// the shared types (one build of pyaot compiled both), then runs it.
pub fn start(registerRoots: *const fn () callconv(.c) void, run: *const fn () callconv(.c) u8) u8 {
    if (S("layoutDigest").f() != comptime layout_digest()) {
        std.debug.print("pyaot: this program and its runtime were built by different pyaot builds; rebuild it (pyaot --force)\n", .{});
        return 3;
    }
    // The main thread's stack is RLIMIT_STACK long (capped at 1 GiB when unlimited); keep an
    // eighth (at least 256 KiB) for the runtime's own frames below the last Python call.
    const size: usize = if (std.posix.getrlimit(.STACK)) |r| @intCast(@min(r.cur, 1 << 30)) else |_| 8 << 20;
    stack_limit = @frameAddress() -| (size - @max(size / 8, 256 << 10));
    // Ctrl-C raises KeyboardInterrupt at the next function entry (core/interrupt.zig).
    S("interruptInstall").f(&stack_limit);
    UNBOUND = .{ .obj = global(Object, "unbound_obj") };
    call.MISSING = .{ .obj = global(Object, "missing_obj") };
    ops.ellipsis = global(Object, "ellipsis");
    ops.not_implemented = global(Object, "not_implemented");
    tuple.empty = global(Tuple, "empty_tuple");
    return S("start").f(std.os.argv.ptr, std.os.argv.len, registerRoots, run);
}
