//! Inline fast paths for the dynamically typed operations of a compiled program.
//!
//! Where type inference cannot prove a type, generated code calls `rt.ops.add(a, b)` and the
//! like on boxed values. Each of those is a call into the runtime object (it is compiled
//! separately, so nothing inlines across), and the runtime's generic dispatch then looks at
//! both operands. The common cases — two small ints, two floats, a float and a small int, a
//! builtin list or tuple indexed by a small int — are decided here, inline in the program,
//! with exactly the runtime's results; everything else (big ints, overflow, zero divisors,
//! subclasses, other types) goes to the runtime unchanged. Program side only (see
//! compiler/zig/runtime.ts PROGRAM_SIDE): editing this file needs no runtime rebuild.
const std = @import("std");
const abi = @import("stub.zig");
const value = @import("../core/value.zig");
const Value = value.Value;
const Object = value.Object;
const Int = @import("../core/int.zig").Int;
const List = list_mod.List;
const list_mod = @import("../core/list.zig");
const Tuple = @import("../core/tuple.zig").Tuple;
const Str = @import("../core/str.zig").Str;
const strsplit = @import("../text/strsplit.zig");
const Set = @import("../core/set.zig").Set;
const Slice = @import("../core/slice.zig").Slice;
const dict_fast = @import("client_dict.zig");
const set_table = @import("../core/set_table.zig");
const hashSmall = @import("../core/intops.zig").hashSmall;
const Error = @import("../core/err.zig").Error;
pub const BinOp = @import("../core/ops.zig").BinOp;

/// The calling convention of the out-of-line slow paths of typed code. Under the System V
/// x86-64 ABI a call clobbers every XMM register, so a float that is live across a loop whose
/// body merely contains a (cold) call stays in a stack slot for the whole loop: a store and a
/// reload on its dependency chain at every iteration. The Windows x64 convention keeps
/// xmm6-xmm15 (and rsi, rdi) callee-saved: the values stay in registers and the slow path saves
/// them itself, only when it runs. Other targets' C conventions already keep some floating
/// registers (AArch64: d8-d15).
pub const cold_cc: std.builtin.CallingConvention = if (@import("builtin").cpu.arch == .x86_64) .{ .x86_64_win = .{} } else .c;

/// Small ints this close to zero convert to f64 exactly, so mixed int/float arithmetic and
/// comparisons on them give CPython's results (which convert the int first).
const exact_float_limit: i64 = 1 << 53;

inline fn smallExact(v: Value) ?f64 {
    if (v != .int or v.int.w & 1 != 0) return null;
    const x = v.int.w >> 1;
    if (x < -exact_float_limit or x > exact_float_limit) return null;
    return @floatFromInt(x);
}

/// Both operands as floats when one is a float and the other a float or an exactly convertible
/// small int.
inline fn floats(a: Value, b: Value) ?[2]f64 {
    if (a == .float) {
        if (b == .float) return .{ a.float, b.float };
        if (smallExact(b)) |y| return .{ a.float, y };
        return null;
    }
    if (b == .float) if (smallExact(a)) |x| return .{ x, b.float };
    return null;
}

inline fn bothSmall(a: Value, b: Value) bool {
    return a == .int and b == .int and (a.int.w | b.int.w) & 1 == 0;
}

pub inline fn add(a: Value, b: Value) Error!Value {
    if (bothSmall(a, b)) {
        const r = @addWithOverflow(a.int.w, b.int.w);
        if (r[1] == 0) return .{ .int = .{ .w = r[0] } };
    } else if (floats(a, b)) |f| return .{ .float = f[0] + f[1] };
    return abi.S("ops_add").f(a, b);
}

pub inline fn sub(a: Value, b: Value) Error!Value {
    if (bothSmall(a, b)) {
        const r = @subWithOverflow(a.int.w, b.int.w);
        if (r[1] == 0) return .{ .int = .{ .w = r[0] } };
    } else if (floats(a, b)) |f| return .{ .float = f[0] - f[1] };
    return abi.S("ops_sub").f(a, b);
}

pub inline fn mul(a: Value, b: Value) Error!Value {
    if (bothSmall(a, b)) {
        const r = @mulWithOverflow(a.int.w >> 1, b.int.w);
        if (r[1] == 0) return .{ .int = .{ .w = r[0] } };
    } else if (floats(a, b)) |f| return .{ .float = f[0] * f[1] };
    return abi.S("ops_mul").f(a, b);
}

pub inline fn truediv(a: Value, b: Value) Error!Value {
    // Two exactly convertible ints divide correctly rounded as floats, as CPython's long_true_divide.
    if (smallExact(a)) |x| if (smallExact(b)) |y| if (y != 0) return .{ .float = x / y };
    if (floats(a, b)) |f| if (f[1] != 0) return .{ .float = f[0] / f[1] };
    return abi.S("ops_truediv").f(a, b);
}

pub inline fn floordiv(a: Value, b: Value) Error!Value {
    if (bothSmall(a, b) and b.int.w != 0) {
        const x = a.int.w >> 1;
        const y = b.int.w >> 1;
        if (!(x == Int.small_min and y == -1)) return .{ .int = .{ .w = @divFloor(x, y) << 1 } };
    }
    return abi.S("ops_floordiv").f(a, b);
}

pub inline fn mod(a: Value, b: Value) Error!Value {
    if (bothSmall(a, b) and b.int.w > 0) return .{ .int = .{ .w = @mod(a.int.w >> 1, b.int.w >> 1) << 1 } };
    return abi.S("ops_mod").f(a, b);
}

extern fn pow(x: f64, y: f64) f64;

/// Whether the C library's pow is within 0.54 ULP of the exact result: glibc since 2.28 and musl
/// use Arm's optimized-routines pow ("Worst-case error: 0.54 ULP"); glibc's earlier pow was
/// correctly rounded.
const pow_within_054_ulp = @import("builtin").target.isGnuLibC() or @import("builtin").target.isMuslLibC();

/// x ** 0.5 exactly as C's pow(x, 0.5) returns it (CPython's float_pow calls pow), without the
/// call: from the correctly rounded square root r, when the exact root lies within 0.45 ULP of
/// r, r is the only double within 0.54 ULP of it, so pow returns r. (pow(x, 0.5) is not always
/// sqrt(x): it differs near halfway cases, which this leaves to pow.) e = fma(r, r, -x) is
/// r*r - x rounded once, (r - sqrt(x)) * (r + sqrt(x)), so |e| <= 0.91 * r * ulp(r) keeps
/// |r - sqrt(x)| below 0.455 ulp(r) (r + sqrt(x) is 2r within 2^-52). Null (pow decides) past that
/// bound (about 9% of arguments), for a power-of-two r (the ULP below it is half as large), outside
/// [2^-900, 2^1000], and under other C libraries. Checked against pow on 10^8 arguments,
/// halfway cases included.
inline fn sqrtAsPow(x: f64) ?f64 {
    if (!pow_within_054_ulp) return null;
    if (!(x >= 0x1p-900 and x <= 0x1p1000)) return null;
    const r = @sqrt(x);
    const bits: u64 = @bitCast(r);
    if (bits & ((1 << 52) - 1) == 0) return null;
    const e = @mulAdd(f64, r, r, -x);
    // ulp(r): r's exponent less 52 (r >= 2^-450, so a normal double).
    const ulp: f64 = @bitCast((bits & 0x7ff0000000000000) - (52 << 52));
    if (@abs(e) > 0.91 * r * ulp) return null;
    return r;
}

/// x ** 0.5 when sqrtAsPow leaves it to pow: out of line under cold_cc, so a loop computing
/// square roots keeps its floats in registers (a C call clobbers them all).
noinline fn powHalfSlow(a: f64) callconv(cold_cc) Ret(f64) {
    @branchHint(.cold);
    if (a > 0 and std.math.isFinite(a)) {
        const r = pow(a, 0.5);
        if (std.math.isFinite(r)) return .{ .v = r, .failed = 0 };
    }
    const r = abi.S("floatops_pow").f(a, 0.5) catch return .{ .v = 0, .failed = 1 };
    return .{ .v = r, .failed = 0 };
}

fn Ret(comptime T: type) type {
    return extern struct { v: T, failed: u64 };
}

pub inline fn powOp(a: Value, b: Value) Error!Value {
    if (a == .float and b == .float and b.float == 0.5) if (sqrtAsPow(a.float)) |r| return .{ .float = r };
    // float ** float with a positive finite base: C's pow, as CPython's float_pow; a result
    // that overflows (or any other case) takes the runtime's path and its errors.
    if (a == .float and b == .float and a.float > 0 and std.math.isFinite(a.float) and std.math.isFinite(b.float)) {
        const r = pow(a.float, b.float);
        if (std.math.isFinite(r)) return .{ .float = r };
    }
    return abi.S("ops_pow").f(a, b);
}

/// float ** float on native floats: a positive finite base and finite exponent is C's pow, as
/// CPython's float_pow; everything else (zero, negative or infinite bases, overflow) takes the
/// runtime's path and its errors.
pub inline fn powFloat(a: f64, b: f64) Error!f64 {
    if (b == 0.5) {
        if (sqrtAsPow(a)) |r| return r;
        const s = powHalfSlow(a);
        if (s.failed != 0) return error.PyException;
        return s.v;
    }
    if (a > 0 and std.math.isFinite(a) and std.math.isFinite(b)) {
        const r = pow(a, b);
        if (std.math.isFinite(r)) return r;
    }
    return abi.S("floatops_pow").f(a, b);
}

// Bitwise operators and shifts on two small ints (never bools: `True & 1` is an int, but
// `True & False` a bool, which the runtime's operator keeps), on the tagged word w = value << 1.

inline fn bothSmallInts(a: Value, b: Value) bool {
    return a == .int and b == .int and (a.int.w | b.int.w) & 1 == 0;
}

/// `a op b` for two small ints when it needs no runtime help: a shift count 0 <= b (a negative
/// one is a ValueError), `<<` staying small (shifting the tagged word overflows exactly when the
/// value leaves the small range; `>>` saturates at 63); else null.
inline fn smallBitwise(comptime op: BinOp, a: Value, b: Value) ?Value {
    if (!bothSmallInts(a, b)) return null;
    const x = a.int.w;
    const y = b.int.w;
    switch (op) {
        .band => return .{ .int = .{ .w = x & y } },
        .bor => return .{ .int = .{ .w = x | y } },
        .bxor => return .{ .int = .{ .w = x ^ y } },
        .rshift => if (y >= 0) {
            const n: u6 = @intCast(@min(y >> 1, 63));
            return .{ .int = .{ .w = ((x >> 1) >> n) << 1 } };
        },
        .lshift => if (y >= 0 and y < 64 << 1) {
            const r = @shlWithOverflow(x, @as(u6, @intCast(y >> 1)));
            if (r[1] == 0) return .{ .int = .{ .w = r[0] } };
        },
        else => @compileError("not a bitwise operator"),
    }
    return null;
}

pub inline fn band(a: Value, b: Value) Error!Value {
    return smallBitwise(.band, a, b) orelse abi.S("ops_band").f(a, b);
}

pub inline fn bor(a: Value, b: Value) Error!Value {
    return smallBitwise(.bor, a, b) orelse abi.S("ops_bor").f(a, b);
}

pub inline fn bxor(a: Value, b: Value) Error!Value {
    return smallBitwise(.bxor, a, b) orelse abi.S("ops_bxor").f(a, b);
}

pub inline fn rshift(a: Value, b: Value) Error!Value {
    return smallBitwise(.rshift, a, b) orelse abi.S("ops_rshift").f(a, b);
}

pub inline fn lshift(a: Value, b: Value) Error!Value {
    return smallBitwise(.lshift, a, b) orelse abi.S("ops_lshift").f(a, b);
}

pub inline fn inplace(op: BinOp, a: Value, b: Value) Error!Value {
    // Ints and floats have no in-place methods: a += b is a + b for them.
    if ((a == .int or a == .float) and (b == .int or b == .float)) switch (op) {
        .add => return add(a, b),
        .sub => return sub(a, b),
        .mul => return mul(a, b),
        .truediv => return truediv(a, b),
        inline .band, .bor, .bxor, .rshift, .lshift => |o| if (smallBitwise(o, a, b)) |r| return r,
        else => {},
    };
    return abi.S("ops_inplace").f(op, a, b);
}

pub inline fn truthy(v: Value) Error!bool {
    // Tests in order of likelihood rather than a switch: a jump table costs an indirect branch
    // on every condition of unknown type, where the usual answer (a bool) is one compare.
    if (v == .bool) {
        // (The hint keeps LLVM from turning these tests back into a jump table.)
        @branchHint(.likely);
        // The payload word, not its byte: a byte access makes LLVM split the Value (see
        // Value.fromBool). A bool's payload byte is 0 or 1; the other bytes may be undefined.
        return @as(*const [2]u64, @ptrCast(&v))[1] & 1 != 0;
    }
    if (v == .none) return false;
    // A big int is never zero.
    if (v == .int) return v.int.w != 0;
    if (v == .obj) return abi.S("ops_truthy").f(v);
    return v.float != 0;
}

pub inline fn lt(a: Value, b: Value) Error!bool {
    if (bothSmall(a, b)) return a.int.w < b.int.w;
    if (floats(a, b)) |f| return f[0] < f[1];
    return abi.S("ops_lt").f(a, b);
}

pub inline fn le(a: Value, b: Value) Error!bool {
    if (bothSmall(a, b)) return a.int.w <= b.int.w;
    if (floats(a, b)) |f| return f[0] <= f[1];
    return abi.S("ops_le").f(a, b);
}

pub inline fn gt(a: Value, b: Value) Error!bool {
    if (bothSmall(a, b)) return a.int.w > b.int.w;
    if (floats(a, b)) |f| return f[0] > f[1];
    return abi.S("ops_gt").f(a, b);
}

pub inline fn ge(a: Value, b: Value) Error!bool {
    if (bothSmall(a, b)) return a.int.w >= b.int.w;
    if (floats(a, b)) |f| return f[0] >= f[1];
    return abi.S("ops_ge").f(a, b);
}

pub inline fn eq(a: Value, b: Value) Error!bool {
    if (bothSmall(a, b)) return a.int.w == b.int.w;
    if (floats(a, b)) |f| return f[0] == f[1];
    return abi.S("ops_eq").f(a, b);
}

pub inline fn ne(a: Value, b: Value) Error!bool {
    if (bothSmall(a, b)) return a.int.w != b.int.w;
    if (floats(a, b)) |f| return f[0] != f[1];
    return abi.S("ops_ne").f(a, b);
}

/// The object when `v` is an instance of the builtin type of this kind itself (not a subclass:
/// those may override the protocol methods).
inline fn exactly(v: Value, comptime kind: value.Kind) ?*Object {
    if (v != .obj) return null;
    const o = v.obj;
    if (o.ty.flags.heap or o.ty.kind != kind) return null;
    return o;
}

/// A small int index made non-negative, if it is in range for `len`.
inline fn index(k: Value, len: usize) ?usize {
    if (k != .int or k.int.w & 1 != 0) return null;
    const i = k.int.w >> 1;
    // One unsigned compare for the common case (negative i is a huge u64); negative indexes next.
    if (@as(u64, @bitCast(i)) < len) return @intCast(i);
    if (i < 0 and i + @as(i64, @intCast(len)) >= 0) return @intCast(i + @as(i64, @intCast(len)));
    return null;
}

pub inline fn getitem(x: Value, k: Value) Error!Value {
    if (exactly(x, .list)) |o| {
        const l = Object.as(o, List);
        if (index(k, l.len)) |i| {
            if (l.bits) |bits| return list_mod.bitAt(bits, i);
            return l.store[i];
        }
    } else if (exactly(x, .tuple)) |o| {
        const t = Object.as(o, Tuple);
        if (index(k, t.items.len)) |i| return t.items[i];
    } else if (dict_fast.getitem(x, k)) |v| return v;
    return abi.S("sub_getitem").f(x, k);
}

pub inline fn setitem(x: Value, k: Value, v: Value) Error!void {
    if (exactly(x, .list)) |o| {
        const l = Object.as(o, List);
        if (index(k, l.len)) |i| {
            if (l.bits == null) {
                l.store[i] = v;
                return;
            }
        }
    } else if (dict_fast.setExisting(x, k, v)) return;
    return abi.S("sub_setitem").f(x, k, v);
}

inline fn builtinType(comptime name: []const u8) *value.Type {
    return abi.global(value.Type, "pyaot_t_" ++ name);
}

/// `"literal" % (a, b, ...)` (compiler/codegen/expr.ts): the tuple of a literal display lives
/// on the stack instead of the heap. With an exact str on the left, `%` is str.__mod__ (a tuple
/// has no `__rmod__` to prefer) and the formatting only reads the items: nothing can keep a
/// reference to the tuple itself.
pub inline fn modTuple(fmt: Value, items: []const Value) Error!Value {
    if (fmt == .obj and fmt.obj.ty == builtinType("str_type")) {
        var t: Tuple = .{ .base = .{ .ty = builtinType("tuple_type") }, .items = @constCast(items) };
        return abi.S("ops_mod").f(fmt, t.val());
    }
    return abi.S("ops_mod").f(fmt, abi.S("tupleOf").f(items));
}

/// `x[lo:hi:step]` (compiler/codegen/expr.ts): for a builtin str, list or tuple the slice
/// object lives on the stack — their item lookup only reads its bounds (a user `__index__`
/// sees a bound, never the slice) — instead of the heap; anything else gets a real slice.
pub inline fn getslice(x: Value, lo: Value, hi: Value, step: Value) Error!Value {
    if (x == .obj) {
        const t = x.obj.ty;
        if (t == builtinType("str_type") or t == builtinType("list_type") or t == builtinType("tuple_type")) {
            var s: Slice = .{ .base = .{ .ty = builtinType("slice_type") }, .start = lo, .stop = hi, .step = step };
            return abi.S("sub_getitem").f(x, s.val());
        }
    }
    return abi.S("sub_getitem").f(x, abi.S("newSlice").f(lo, hi, step));
}

/// Unpacking a builtin tuple of the right length reads its items in place (nothing can mutate
/// a tuple while the targets are assigned).
pub inline fn unpack(v: Value, n: usize) Error![]const Value {
    if (exactly(v, .tuple)) |o| {
        const t = Object.as(o, Tuple);
        if (t.items.len == n) return t.items;
    }
    return abi.S("unpack").f(v, n);
}

// ---- lists of proven element type ------------------------------------------------------------
// Where inference proved a list holds only floats (ints, bools), compiler/codegen/typed-list.ts
// reads and writes its items with these: no dispatch on the container or the index, and the
// item unboxed. The checks stay (a builtin list, the index in range, the item's tag) so a
// mistake anywhere ends in the runtime's exception, never in a wrong value.

/// The list and the position of item `i` when `x` is a builtin list and `i` a small int in
/// range. (An index rather than a pointer: LLVM does not know that a slice's pointer is never
/// null, so an optional pointer costs a test of it.)
const Slot = struct { l: *List, k: usize };

inline fn listSlot(x: Value, i: Int) ?Slot {
    return heldSlot(listExact(x), i);
}

/// `x` as a builtin list, or null. Whether an object is a builtin list never changes (a list's
/// `__class__` cannot be assigned), so for a variable no statement of a loop rebinds, the
/// compiler takes this once before the loop (compiler/codegen/list-hold.ts) and the loop's
/// reads and writes start from it: the type test leaves the loop, length and buffer are
/// still read at each access.
///
/// A compact list of bools (core/list.zig) gives null here, so the accessors below never meet
/// one: it takes the runtime's path. A list never becomes compact after it is made, so a list
/// held non-null stays valid for them through the loop. Lists whose items are proven bools use
/// listBools instead, and only the bool accessors (heldBool, heldSetBool), which read the
/// compact bytes inline.
pub inline fn listExact(x: Value) ?*List {
    if (exactly(x, .list)) |o| {
        const l = Object.as(o, List);
        if (l.bits == null) return l;
    }
    return null;
}

/// `x` as a builtin list, compact or not, for heldBool and heldSetBool only.
pub inline fn listBools(x: Value) ?*List {
    if (exactly(x, .list)) |o| return Object.as(o, List);
    return null;
}

inline fn heldSlot(h: ?*List, i: Int) ?Slot {
    if (h) |l| {
        if (index(.{ .int = i }, l.len)) |k| return .{ .l = l, .k = k };
    }
    return null;
}

/// A Value as two words, for passing to a cold_cc function in registers (cold_cc takes no
/// tagged unions, and passes 16-byte values through memory).
const Words = [2]u64;

inline fn words(v: Value) Words {
    // Through a runtime copy: a comptime-known Value has no layout to reinterpret.
    var copy = v;
    _ = &copy;
    return @as(*const Words, @ptrCast(&copy)).*;
}

inline fn fromWords(w: Words) Value {
    return @as(*const Value, @ptrCast(&w)).*;
}

/// The runtime's subscript for what listSlot does not take (another type, a big or out-of-range
/// index), out of line under cold_cc: values live across a loop that reads lists stay in
/// registers.
noinline fn listGetSlow(x0: u64, x1: u64, i: Int, out: *Value) callconv(cold_cc) u8 {
    @branchHint(.cold);
    out.* = abi.S("sub_getitem").f(fromWords(.{ x0, x1 }), .{ .int = i }) catch return 1;
    return 0;
}

noinline fn listSetSlow(x0: u64, x1: u64, i: Int, v0: u64, v1: u64) callconv(cold_cc) u8 {
    @branchHint(.cold);
    abi.S("sub_setitem").f(fromWords(.{ x0, x1 }), .{ .int = i }, fromWords(.{ v0, v1 })) catch return 1;
    return 0;
}

inline fn listItem(x: Value, i: Int) Error!Value {
    return heldItem(listExact(x), x, i);
}

/// Item i of x, where h is listExact(x) taken earlier.
inline fn heldItem(h: ?*List, x: Value, i: Int) Error!Value {
    if (heldSlot(h, i)) |s| return s.l.store.ptr[s.k];
    var out: Value = undefined;
    const xw = words(x);
    if (listGetSlow(xw[0], xw[1], i, &out) != 0) return error.PyException;
    return out;
}

/// The payload of a float item, for `xs[i] op= v` computed in place (compiler/codegen/
/// typed-list.ts): `ok` when x is a builtin list, i in range and the item a float; else the
/// caller takes the checked get and set. (A flag and a pointer, not an optional pointer: LLVM
/// would test the pointer for null.)
pub const FloatRef = struct { ok: bool, p: *f64 };

pub inline fn listFloatRef(x: Value, i: Int) FloatRef {
    return heldFloatRef(listExact(x), i);
}

pub inline fn heldFloatRef(h: ?*List, i: Int) FloatRef {
    if (heldSlot(h, i)) |s| {
        const v = &s.l.store.ptr[s.k];
        if (v.* == .float) return .{ .ok = true, .p = &v.float };
    }
    return .{ .ok = false, .p = undefined };
}

pub inline fn listFloat(x: Value, i: Int) Error!f64 {
    return heldFloat(listExact(x), x, i);
}

pub inline fn listInt(x: Value, i: Int) Error!Int {
    return heldInt(listExact(x), x, i);
}

pub inline fn listBool(x: Value, i: Int) Error!bool {
    return heldBool(listBools(x), x, i);
}

pub inline fn listGet(x: Value, i: Int) Error!Value {
    return listItem(x, i);
}

pub inline fn listSet(x: Value, i: Int, v: Value) Error!void {
    return heldSet(listExact(x), x, i, v);
}

// The same with h = listExact(x) taken before the loop (see listExact).

pub inline fn heldFloat(h: ?*List, x: Value, i: Int) Error!f64 {
    const v = try heldItem(h, x, i);
    if (v == .float) return v.float;
    return abi.S("raiseTypeBug").f(v, "float");
}

pub inline fn heldInt(h: ?*List, x: Value, i: Int) Error!Int {
    const v = try heldItem(h, x, i);
    if (v == .int) return v.int;
    return abi.S("raiseTypeBug").f(v, "int");
}

/// h: listBools(x) or listExact(x).
pub inline fn heldBool(h: ?*List, x: Value, i: Int) Error!bool {
    if (heldSlot(h, i)) |s| {
        if (s.l.bits) |bits| return bits[s.k] != 0;
        const v = s.l.store.ptr[s.k];
        if (v == .bool) return v.bool;
        return abi.S("raiseTypeBug").f(v, "bool");
    }
    const v = try heldItem(null, x, i);
    if (v == .bool) return v.bool;
    return abi.S("raiseTypeBug").f(v, "bool");
}

pub inline fn heldGet(h: ?*List, x: Value, i: Int) Error!Value {
    return heldItem(h, x, i);
}

pub inline fn heldSet(h: ?*List, x: Value, i: Int, v: Value) Error!void {
    if (heldSlot(h, i)) |s| {
        s.l.store.ptr[s.k] = v;
        return;
    }
    return setSlow(x, i, v);
}

pub inline fn listSetBool(x: Value, i: Int, v: Value) Error!void {
    return heldSetBool(listBools(x), x, i, v);
}

/// `x[i] = v` where the items are proven bools; h: listBools(x) (compact or not) or listExact(x).
pub inline fn heldSetBool(h: ?*List, x: Value, i: Int, v: Value) Error!void {
    if (heldSlot(h, i)) |s| {
        if (s.l.bits) |bits| {
            if (v == .bool) {
                bits[s.k] = @intFromBool(v.bool);
                return;
            }
        } else {
            s.l.store.ptr[s.k] = v;
            return;
        }
    }
    return setSlow(x, i, v);
}

inline fn setSlow(x: Value, i: Int, v: Value) Error!void {
    const xw = words(x);
    const vw = words(v);
    if (listSetSlow(xw[0], xw[1], i, vw[0], vw[1]) != 0) return error.PyException;
}

/// The next item of a `for` over a proven list, as CPython's list iterator: the index is checked
/// against the current length at each step (the loop may change the list).
pub inline fn listNext(x: Value, k: *usize) Error!?Value {
    if (exactly(x, .list)) |o| {
        const l = Object.as(o, List);
        if (k.* >= l.len) return null;
        k.* += 1;
        if (l.bits) |bits| return list_mod.bitAt(bits, k.* - 1);
        return l.store[k.* - 1];
    }
    return abi.S("raiseTypeBug").f(x, "list");
}

/// The state of a `for` loop over a value of unproven type: builtin lists and tuples are walked
/// inline exactly as their iterators walk them (a list's index checked against its current
/// length at each step); anything else goes through iter() and next().
pub const ForIter = struct {
    items: union(enum) { list: *List, tuple: *Tuple, other: Value, split: *strsplit.SplitIter },
    k: usize = 0,

    pub inline fn next(self: *ForIter) Error!?Value {
        switch (self.items) {
            .list => |l| {
                if (self.k >= l.len) return null;
                self.k += 1;
                if (l.bits) |bits| return list_mod.bitAt(bits, self.k - 1);
                return l.store[self.k - 1];
            },
            .tuple => |t| {
                if (self.k >= t.items.len) return null;
                self.k += 1;
                return t.items[self.k - 1];
            },
            .other => |it| return abi.S("iter_next").f(it),
            .split => |c| {
                if (c.k < c.n) {
                    c.k += 1;
                    return c.pieces[c.k - 1];
                }
                return abi.S("str_splitNext").f(c);
            },
        }
    }

    /// The loop over a new generator ended (the compiler defers this for `for x in gen(...)`):
    /// close it as CPython's finalizer does when the loop drops it (core/gen.zig closeDropped).
    pub inline fn closeFresh(self: *ForIter) void {
        switch (self.items) {
            .other => |it| abi.S("gen_closeDropped").f(it),
            else => {},
        }
    }
};

/// `for w in s.split():` when `s` is an exact str: the pieces one at a time
/// (text/strsplit.zig splitIter), never the list; null otherwise (the compiler then emits the
/// ordinary method call and forIter on its result).
pub inline fn forIterSplit(x: Value) ?ForIter {
    if (x == .obj and x.obj.ty == builtinType("str_type")) {
        if (abi.S("str_splitIter").f(Object.as(x.obj, Str))) |c| return .{ .items = .{ .split = c } };
    }
    return null;
}

pub inline fn forIter(x: Value) Error!ForIter {
    if (exactly(x, .list)) |o| return .{ .items = .{ .list = Object.as(o, List) } };
    if (exactly(x, .tuple)) |o| return .{ .items = .{ .tuple = Object.as(o, Tuple) } };
    return .{ .items = .{ .other = try abi.S("iter_iter").f(x) } };
}

/// `xs.append(x)` on a builtin list, inline while its buffer has room (core/list.zig grows it
/// otherwise); false when xs is not a builtin list, for the generic method call.
pub inline fn appendList(recv: Value, x: Value) bool {
    const o = exactly(recv, .list) orelse return false;
    const l = Object.as(o, List);
    if (l.len < l.store.len) {
        l.store[l.len] = x;
        l.len += 1;
    } else abi.S("list_append").f(l, x);
    return true;
}

pub const SetMethod = enum { add, discard, remove };

/// `s.add(x)`, `s.discard(x)`, `s.remove(x)` on a builtin set: core/set.zig's function itself,
/// without looking the method up or packing arguments; null when s is not a builtin set (a
/// subclass may override the method), for the generic method call.
pub inline fn setMethod(comptime m: SetMethod, recv: Value, x: Value) Error!?Value {
    const o = runtimeObj(exactly(recv, .set) orelse return null);
    const s = Object.as(o, Set);
    if (x == .int and x.int.isSmall() and setIntInline(m, &s.t, x.int)) return .none;
    switch (m) {
        .add => try abi.S("set_add").f(s, x),
        .discard => _ = try abi.S("set_discard").f(s, x),
        .remove => try abi.S("set_remove").f(s, x),
    }
    return .none;
}

/// `o` as a run-time value: a constant container (`c in "aeiou"`: a str literal's address is
/// known at compile time) would otherwise reach Object.as's @fieldParentPtr at compile time,
/// which rejects a str as a Set even in the branch that its kind test excludes.
inline fn runtimeObj(o: *Object) *Object {
    var r = o;
    _ = &r;
    return r;
}

/// core/set_table.zig findIntQuick: its commonest case (is the key in a table of at most 64
/// slots) inline, the rest out of line — every `in` and set method site of a program carries
/// this, and the whole probe inline cost 4 KB of code per site for no measurable speed.
inline fn findInt(comptime for_add: bool, t: *const set_table.Table, key: i64, hash: i64) set_table.IntProbe {
    if (!for_add and t.mask <= 63 and hash != 0) return set_table.findIntQuick(false, t, key, hash);
    const q: ProbeWord = @bitCast(findIntSlow(for_add, t, key, hash));
    return .{ .state = @enumFromInt(q.state), .fresh = q.fresh, .slot = q.slot };
}

/// An IntProbe in one register.
const ProbeWord = packed struct(u64) { state: u2, fresh: bool, slot: u61 };

noinline fn findIntSlow(comptime for_add: bool, t: *const set_table.Table, key: i64, hash: i64) u64 {
    const p = set_table.findIntQuick(for_add, t, key, hash);
    return @bitCast(ProbeWord{ .state = @intFromEnum(p.state), .fresh = p.fresh, .slot = @intCast(p.slot) });
}

/// core/set_table.zig slotForAbsent out of line (a whole-table walk), its answer in a register.
inline fn smallAddSlot(t: *const set_table.Table, key: i64, hash: i64) set_table.IntProbe {
    const q: ProbeWord = @bitCast(smallAddSlotWord(t, key, hash));
    return .{ .state = @enumFromInt(q.state), .fresh = q.fresh, .slot = q.slot };
}

noinline fn smallAddSlotWord(t: *const set_table.Table, key: i64, hash: i64) u64 {
    const p = set_table.slotForAbsent(t, key, hash);
    return @bitCast(ProbeWord{ .state = @intFromEnum(p.state), .fresh = p.fresh, .slot = @intCast(p.slot) });
}

/// `s.add(i)` / `.discard(i)` / `.remove(i)` for a small int i, done here when the probe
/// (core/set_table.zig findIntQuick) decides it: the table is left exactly as core/set.zig's would
/// leave it. False for the runtime's function: a key of another type with i's hash, an add
/// that would resize the table, a remove of an absent key (its KeyError).
inline fn setIntInline(comptime m: SetMethod, t: *set_table.Table, i: Int) bool {
    // Table.small_only: the bitmap says whether i is a key without a probe — an add of a
    // present key and a discard of an absent one change nothing.
    const h = hashSmall(i.small());
    if (t.small_only) {
        const present = t.hasSmall(i.w);
        if (m == .add) {
            if (present) return true;
            const p = smallAddSlot(t, i.w, h);
            if (p.fresh and (t.fill + 1) * 5 >= t.mask * 3) return false;
            _ = t.storeAbsent(p, .{ .int = i }, h);
            return true;
        }
        if (!present) return m == .discard; // remove: the runtime's KeyError
        t.markDummy(set_table.slotOfPresent(t, i.w, h));
        return true;
    }
    const p = findInt(m == .add, t, i.w, h);
    switch (p.state) {
        .unknown => return false,
        .found => {
            if (m != .add) t.markDummy(p.slot);
            return true;
        },
        .absent => switch (m) {
            .add => {
                // set_add_entry resizes once fill reaches 60%: the runtime's add does it.
                if (p.fresh and (t.fill + 1) * 5 >= t.mask * 3) return false;
                _ = t.storeAbsent(p, .{ .int = i }, h);
                return true;
            },
            .discard => return true,
            .remove => return false,
        },
    }
}

/// `x in container`: a small int in a builtin set or frozenset (not a subclass: it may
/// override __contains__) is probed here when core/set_table.zig findIntQuick can decide; an int
/// or str key of an exact dict by client_dict.zig; anything else goes to core/sub.zig contains.
pub inline fn contains(container: Value, x: Value) Error!bool {
    if (x == .int and x.int.isSmall() and container == .obj) {
        const o = runtimeObj(container.obj);
        if (!o.ty.flags.heap and (o.ty.kind == .set or o.ty.kind == .frozenset)) {
            const t = &Object.as(o, Set).t;
            if (t.small_only) return t.hasSmall(x.int.w);
            const p = findInt(false, t, x.int.w, hashSmall(x.int.small()));
            switch (p.state) {
                .found => return true,
                .absent => return false,
                .unknown => {},
            }
        }
    }
    if (dict_fast.contains(container, x)) |r| return r;
    return abi.S("sub_contains").f(container, x);
}

/// Whether any pair (container, item) of `pairs` has its item in the container, decided only
/// when every container is a builtin set or frozenset whose Table.small_only bitmap holds all its
/// keys and every item a small int: each test is then a bit that can neither fail nor run user
/// code, so all are taken and or-ed without a branch between them (null otherwise: the caller's
/// short-circuit chain decides, evaluating as Python does).
pub inline fn anyIn(pairs: anytype) ?bool {
    var hit: u1 = 0;
    inline for (pairs) |p| {
        const container: Value = p[0];
        const x: Value = p[1];
        if (x != .int or !x.int.isSmall() or container != .obj) return null;
        const o = runtimeObj(container.obj);
        if (o.ty.flags.heap or (o.ty.kind != .set and o.ty.kind != .frozenset)) return null;
        const t = &Object.as(o, Set).t;
        if (!t.small_only) return null;
        hit |= @intFromBool(t.hasSmall(x.int.w));
    }
    return hit != 0;
}

/// len(x): a builtin list's or tuple's length inline, anything else through core/iter.zig len
/// (what the builtin len calls).
pub inline fn lenOf(x: Value) Error!Int {
    if (exactly(x, .list)) |o| return Int.fromI64(@intCast(Object.as(o, List).len));
    if (exactly(x, .tuple)) |o| return Int.fromI64(@intCast(Object.as(o, Tuple).items.len));
    return Int.fromI64(@intCast(try abi.S("iter_len").f(x)));
}

const RangeArgs = @import("../core/stmt_rt.zig").RangeArgs;

inline fn smallOf(v: Value) ?i64 {
    if (v != .int or v.int.w & 1 != 0) return null;
    return v.int.w >> 1;
}

/// The bounds of `for i in range(a[, b[, c]])`: small int arguments inline (their differences
/// fit an i64: small ints have 62 bits), anything else — big ints, objects with __index__, a
/// zero step and its error — through core/stmt_rt.zig rangeArgs. Not inline: a plain call costs
/// little once per loop, while inlined bounds made LLVM compile `for i in range(n)` loops worse
/// (loop_sum 0.06 -> 0.12 s).
pub noinline fn rangeOf(a: Value, b: ?Value, c: ?Value) Error!RangeArgs {
    small: {
        var start: i64 = 0;
        var stop: i64 = undefined;
        var step: i64 = 1;
        if (b) |bv| {
            start = smallOf(a) orelse break :small;
            stop = smallOf(bv) orelse break :small;
            if (c) |cv| step = smallOf(cv) orelse break :small;
        } else stop = smallOf(a) orelse break :small;
        if (step == 1) return .{ .start = start, .step = 1, .n = if (stop > start) @intCast(stop - start) else 0 };
        if (step > 0) return .{ .start = start, .step = step, .n = if (stop > start) @intCast(@divFloor(stop - start - 1, step) + 1) else 0 };
        if (step < 0) return .{ .start = start, .step = step, .n = if (start > stop) @intCast(@divFloor(start - stop - 1, -step) + 1) else 0 };
    }
    return allSmall(try abi.S("rangeArgs").f(a, b, c));
}

/// The program's contract for `big` (client.zig rangeItem): unset only when every item is a
/// small int, so a loop takes its items as words without a check. The runtime leaves it unset
/// for any i64 bounds; a range reaching beyond the small ints is stepped as ints instead.
fn allSmall(r: RangeArgs) RangeArgs {
    if (r.big or r.n == 0) return r;
    const last = @as(i128, r.start) + @as(i128, r.n - 1) * r.step;
    const lo = @min(r.start, last);
    const hi = @max(r.start, last);
    if (lo >= Int.small_min and hi <= Int.small_max) return r;
    return .{ .start = 0, .step = 0, .n = r.n, .big = true, .big_start = Int.fromI64(r.start), .big_step = Int.fromI64(r.step) };
}

/// Item k of a `for` over a range (compiler/codegen/stmt.ts): the small int word itself when
/// `big` is unset (allSmall: every item is small; wrapping arithmetic, exact since the item lies
/// between start and the last item), else computed as an int out of line.
pub inline fn rangeItem(r: RangeArgs, k: usize) Int {
    if (r.big) return .{ .w = rangeItemBig(r.big_start.w, r.big_step.w, k) };
    return .{ .w = (r.start +% @as(i64, @bitCast(@as(u64, k))) *% r.step) << 1 };
}

/// rangeItem in a loop compiled once for each value of r.big (compiler/codegen/stmt.ts
/// emitForLoop, an inline switch prong): the innermost loop's items are words computed from
/// the counter, with no test of the flag and a tag LLVM knows is small.
pub inline fn rangeItemAs(r: RangeArgs, k: usize, comptime big: bool) Int {
    if (big) return .{ .w = rangeItemBig(r.big_start.w, r.big_step.w, k) };
    return .{ .w = (r.start +% @as(i64, @bitCast(@as(u64, k))) *% r.step) << 1 };
}

noinline fn rangeItemBig(start: i64, step: i64, k: usize) callconv(cold_cc) i64 {
    @branchHint(.cold);
    const i = Int.fromI64(@intCast(k));
    const s = abi.S("intops_mul").f(i, .{ .w = step });
    return abi.S("intops_add").f(.{ .w = start }, s).w;
}
