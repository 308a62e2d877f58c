//! The methods of `int` (and `bool`, which inherits them and overrides `&`, `|`, `^` and
//! repr): the typed API for compiled code and the method table for dynamic calls.
//!
//! The receiver is an inline value (`.int`, or `.bool` for True/False), never an object:
//! attr.callMethod finds these tables through the value's type (int_type, bool_type). The
//! arithmetic dunders exist for explicit calls (`int.__add__(a, b)`, `(5).__rpow__(2)`) and
//! return NotImplemented for operands int does not handle, as CPython's slots do; the
//! operators themselves never come here (core/ops.zig handles ints inline).
const std = @import("std");
const rt = @import("../rt.zig");
const natives = @import("../core/natives.zig");
const margs = @import("../text/args.zig");
const numeric = @import("../builtins/numeric.zig");
const Value = rt.Value;
const Args = rt.Args;
const Error = rt.Error;
const Int = rt.Int;
const types = rt.types;
const exc = rt.exc;
const intops = rt.intops;

// ---- Typed API ---------------------------------------------------------------------------------

/// int.bit_length()
pub fn bitLength(i: Int) Int {
    return intops.fromU64(intops.bitLength(i));
}

/// int.bit_count()
pub fn bitCount(i: Int) Int {
    return intops.fromU64(intops.bitCount(i));
}

/// int.as_integer_ratio(): (i, 1).
pub fn asIntegerRatio(i: Int) *rt.Tuple {
    return rt.tuple.pair(.{ .int = i }, Value.fromSmall(1));
}

pub const ByteOrder = std.builtin.Endian;

/// int.to_bytes(length, byteorder, signed=...).
pub fn toBytes(i: Int, length: i64, order: ByteOrder, signed: bool) Error!*rt.bytes.Bytes {
    if (length < 0) return exc.raiseMsg(&types.ValueError, "length argument must be non-negative");
    return rt.bytes.fromSlice(try intops.toBytes(i, @intCast(length), order, signed));
}

/// int.from_bytes(bytes, byteorder, signed=...).
pub fn fromBytes(data: []const u8, order: ByteOrder, signed: bool) Int {
    return intops.fromBytes(data, order, signed);
}

// ---- Argument helpers --------------------------------------------------------------------------

fn isInt(v: Value) bool {
    return v == .int or v == .bool;
}

/// The int value of an int or bool.
fn asInt(v: Value) ?Int {
    return switch (v) {
        .int => |i| i,
        .bool => |b| Int.fromSmall(@intFromBool(b)),
        else => null,
    };
}

fn recv(comptime name: []const u8, self: Value, args: Args) Error!struct { Int, Args } {
    const b = try margs.receiver("int", name, self, args, isInt);
    return .{ asInt(b.self).?, b.args };
}

fn recvSlot(comptime name: []const u8, self: Value, args: Args) Error!struct { Int, Args } {
    const b = try margs.slotReceiver("int", name, self, args, isInt);
    return .{ asInt(b.self).?, b.args };
}

/// Slot wrappers (`(5).__neg__()`) count arguments in their own words.
fn slotArgs(comptime name: []const u8, args: Args, comptime n: usize) Error!void {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "wrapper " ++ name ++ "() takes no keyword arguments");
    if (args.pos.len != n) return exc.raiseFmt(&types.TypeError, "expected {d} argument" ++ (if (n == 1) "" else "s") ++ ", got {d}", .{ n, args.pos.len });
}

/// A ternary slot (`__pow__(exp, mod=None)`): PyArg_UnpackTuple with an empty name.
fn ternaryArgs(comptime name: []const u8, args: Args) Error!void {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "wrapper " ++ name ++ "() takes no keyword arguments");
    if (args.pos.len < 1) return exc.raiseFmt(&types.TypeError, " expected at least 1 argument, got {d}", .{args.pos.len});
    if (args.pos.len > 2) return exc.raiseFmt(&types.TypeError, " expected at most 2 arguments, got {d}", .{args.pos.len});
}

const not_implemented: Value = .{ .obj = &rt.ops.not_implemented };

fn byteOrder(v: ?Value) Error!ByteOrder {
    const x = v orelse return .big;
    if (!x.isKind(.str)) return exc.raiseFmt(&types.TypeError, "to_bytes() argument 'byteorder' must be str, not {s}", .{margs.badArgName(x)});
    const s = x.as(rt.Str).bytes;
    if (std.mem.eql(u8, s, "little")) return .little;
    if (std.mem.eql(u8, s, "big")) return .big;
    return exc.raiseMsg(&types.ValueError, "byteorder must be either 'little' or 'big'");
}

// ---- Methods -----------------------------------------------------------------------------------

/// A method without arguments computing from the int value.
fn noArgs(comptime name: []const u8, comptime f: fn (Int) Error!Value) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const i, const a = try recv(name, self, args);
            try margs.none("int." ++ name, a);
            return f(i);
        }
    };
    return natives.method("int", name, W.impl);
}

/// A slot wrapper without arguments (`__neg__`, `__index__`, ...).
fn unarySlot(comptime name: []const u8, comptime f: fn (Int) Error!Value) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const i, const a = try recvSlot(name, self, args);
            try slotArgs(name, a, 0);
            return f(i);
        }
    };
    return natives.method("int", name, W.impl);
}

const M = struct {
    fn bitLength_(i: Int) Error!Value {
        return .{ .int = bitLength(i) };
    }
    fn bitCount_(i: Int) Error!Value {
        return .{ .int = bitCount(i) };
    }
    fn same(i: Int) Error!Value {
        return .{ .int = i };
    }
    fn ratio(i: Int) Error!Value {
        return asIntegerRatio(i).val();
    }
    fn newargs(i: Int) Error!Value {
        return rt.tuple.fromSlice(&.{.{ .int = i }}).val();
    }
    fn neg(i: Int) Error!Value {
        return .{ .int = intops.neg(i) };
    }
    fn abs(i: Int) Error!Value {
        return .{ .int = intops.abs(i) };
    }
    fn invert(i: Int) Error!Value {
        return .{ .int = intops.invert(i) };
    }
    fn toBool(i: Int) Error!Value {
        return Value.fromBool(!intops.isZero(i));
    }
    fn toFloat(i: Int) Error!Value {
        return .{ .float = try intops.toF64(i) };
    }
    fn hash(i: Int) Error!Value {
        return .{ .int = Int.fromI64(intops.hash(i)) };
    }
    /// CPython's size of an int object: a 24-byte header and 4 bytes per 30-bit digit (one
    /// digit at least, zero included).
    fn sizeof(i: Int) Error!Value {
        const digits = @max((intops.bitLength(i) + 29) / 30, 1);
        return Value.fromSmall(@intCast(24 + 4 * digits));
    }
    fn repr(i: Int) Error!Value {
        var b = rt.Builder{};
        try rt.repr.intReprInto(&b, i);
        return b.finish().val();
    }
};

fn toBytesImpl(self: Value, args: Args) Error!Value {
    const i, const a = try recv("to_bytes", self, args);
    var p: [3]?Value = undefined;
    try margs.keywords("to_bytes", a, &.{ "length", "byteorder", "signed" }, 2, 0, &p);
    const length: i64 = if (p[0]) |l| try margs.ssize(l) else 1;
    const order = try byteOrder(p[1]);
    const signed = if (p[2]) |s| try rt.ops.truthy(s) else false;
    return (try toBytes(i, length, order, signed)).val();
}

/// int.from_bytes is a classmethod: the receiver, if any, is ignored.
fn fromBytesImpl(self: Value, args: Args) Error!Value {
    _ = self;
    var p: [3]?Value = undefined;
    try margs.keywords("from_bytes", args, &.{ "bytes", "byteorder", "signed" }, 2, 1, &p);
    const data = try bytesOf(p[0].?);
    const order = try byteOrder(p[1]);
    const signed = if (p[2]) |s| try rt.ops.truthy(s) else false;
    return .{ .int = fromBytes(data, order, signed) };
}

/// PyObject_Bytes for from_bytes: bytes-like objects, or an iterable of ints in range(256).
fn bytesOf(v: Value) Error![]const u8 {
    if (v.isKind(.bytes) or v.isKind(.bytearray)) return v.as(rt.bytes.Bytes).data();
    if (v != .obj or v.isKind(.str)) return exc.raiseFmt(&types.TypeError, "cannot convert '{s}' object to bytes", .{rt.ops.typeName(v)});
    const it = rt.iter.iter(v) catch |e| {
        if (exc.pendingIs(&types.TypeError)) {
            _ = exc.take();
            return exc.raiseFmt(&types.TypeError, "cannot convert '{s}' object to bytes", .{rt.ops.typeName(v)});
        }
        return e;
    };
    var b = rt.Builder{};
    while (try rt.iter.next(it)) |x| {
        const n = (try margs.indexInt(x)) orelse return margs.notInteger(x);
        const small = n.toI64() orelse -1;
        if (small < 0 or small > 255) return exc.raiseMsg(&types.ValueError, "bytes must be in range(0, 256)");
        b.appendByte(@intCast(small));
    }
    return b.slice();
}

fn roundImpl(self: Value, args: Args) Error!Value {
    const i, const a = try recv("__round__", self, args);
    try margs.positional("int.__round__", "__round__", a, 0, 1);
    if (a.pos.len == 0) return .{ .int = i };
    // round(i, n) already implements int.__round__ (n < 0 rounds half to even).
    if (a.pos[0] == .none) return margs.notInteger(a.pos[0]);
    return numeric.round_(.{ .pos = &.{ .{ .int = i }, a.pos[0] } });
}

fn formatImpl(self: Value, args: Args) Error!Value {
    const b = try margs.receiver("int", "__format__", self, args, isInt);
    const spec = try margs.one("int.__format__", b.args);
    if (!spec.isKind(.str)) return exc.raiseFmt(&types.TypeError, "__format__() argument must be str, not {s}", .{rt.ops.typeName(spec)});
    var out = rt.Builder{};
    try rt.fmt.formatValueInto(&out, b.self, spec.as(rt.Str).bytes);
    return out.finish().val();
}

// ---- Binary dunders ----------------------------------------------------------------------------

const Binary = enum { add, sub, mul, truediv, floordiv, mod, divmod, lshift, rshift, band, bor, bxor };

fn applyBinary(comptime op: Binary, a: Value, b: Value) Error!Value {
    return switch (op) {
        .add => rt.ops.add(a, b),
        .sub => rt.ops.sub(a, b),
        .mul => rt.ops.mul(a, b),
        .truediv => rt.ops.truediv(a, b),
        .floordiv => rt.ops.floordiv(a, b),
        .mod => rt.ops.mod(a, b),
        .divmod => numeric.divmod_(.{ .pos = &.{ a, b } }),
        .lshift => rt.ops.lshift(a, b),
        .rshift => rt.ops.rshift(a, b),
        .band => rt.ops.band(a, b),
        .bor => rt.ops.bor(a, b),
        .bxor => rt.ops.bxor(a, b),
    };
}

/// `__op__` (reflected: `__rop__`) with an int or bool operand; NotImplemented otherwise.
fn binarySlot(comptime name: []const u8, comptime op: Binary, comptime reflected: bool) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const i, const a = try recvSlot(name, self, args);
            try slotArgs(name, a, 1);
            const other = asInt(a.pos[0]) orelse return not_implemented;
            const x: Value = .{ .int = i };
            const y: Value = .{ .int = other };
            return if (reflected) applyBinary(op, y, x) else applyBinary(op, x, y);
        }
    };
    return natives.method("int", name, W.impl);
}

fn powSlot(comptime name: []const u8, comptime reflected: bool) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const i, const a = try recvSlot(name, self, args);
            try ternaryArgs(name, a);
            const other = asInt(a.pos[0]) orelse return not_implemented;
            const modulo: Value = if (a.pos.len > 1) a.pos[1] else .none;
            if (modulo != .none and asInt(modulo) == null) return not_implemented;
            const x: Value = .{ .int = i };
            const y: Value = .{ .int = other };
            const base, const exp = if (reflected) .{ y, x } else .{ x, y };
            if (modulo == .none) return rt.ops.pow(base, exp);
            return numeric.pow_(.{ .pos = &.{ base, exp, modulo } });
        }
    };
    return natives.method("int", name, W.impl);
}

fn compareSlot(comptime name: []const u8, comptime op: rt.ops.CmpOp) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const i, const a = try recvSlot(name, self, args);
            try slotArgs(name, a, 1);
            const other = asInt(a.pos[0]) orelse return not_implemented;
            return Value.fromBool(op.fromOrder(intops.order(i, other)));
        }
    };
    return natives.method("int", name, W.impl);
}

// ---- bool's own methods ------------------------------------------------------------------------

/// bool's `&`, `|`, `^`: a bool when both operands are bools, else int's result.
fn boolSlot(comptime name: []const u8, comptime op: Binary) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const b = try margs.slotReceiver("bool", name, self, args, isBool);
            try slotArgs(name, b.args, 1);
            const other = b.args.pos[0];
            if (other == .bool) {
                const x = b.self.bool;
                const y = other.bool;
                return Value.fromBool(switch (op) {
                    .band => x and y,
                    .bor => x or y,
                    .bxor => x != y,
                    else => unreachable,
                });
            }
            const y = asInt(other) orelse return not_implemented;
            return applyBinary(op, Value.fromSmall(@intFromBool(b.self.bool)), .{ .int = y });
        }
    };
    return natives.method("bool", name, W.impl);
}

fn isBool(v: Value) bool {
    return v == .bool;
}

fn boolReprImpl(self: Value, args: Args) Error!Value {
    const b = try margs.slotReceiver("bool", "__repr__", self, args, isBool);
    try slotArgs("__repr__", b.args, 0);
    return rt.str.static(if (b.self.bool) "True" else "False").val();
}

// ---- The tables --------------------------------------------------------------------------------

var bit_length_b = noArgs("bit_length", M.bitLength_);
var bit_count_b = noArgs("bit_count", M.bitCount_);
var conjugate_b = noArgs("conjugate", M.same);
var as_integer_ratio_b = noArgs("as_integer_ratio", M.ratio);
var trunc_b = noArgs("__trunc__", M.same);
var floor_b = noArgs("__floor__", M.same);
var ceil_b = noArgs("__ceil__", M.same);
var getnewargs_b = noArgs("__getnewargs__", M.newargs);
var sizeof_b = noArgs("__sizeof__", M.sizeof);
var to_bytes_b = natives.method("int", "to_bytes", toBytesImpl);
var from_bytes_b = natives.method("int", "from_bytes", fromBytesImpl);
var round_b = natives.method("int", "__round__", roundImpl);
var format_b = natives.method("int", "__format__", formatImpl);
var index_b = unarySlot("__index__", M.same);
var int_b = unarySlot("__int__", M.same);
var pos_b = unarySlot("__pos__", M.same);
var neg_b = unarySlot("__neg__", M.neg);
var abs_b = unarySlot("__abs__", M.abs);
var invert_b = unarySlot("__invert__", M.invert);
var bool_b = unarySlot("__bool__", M.toBool);
var float_b = unarySlot("__float__", M.toFloat);
var hash_b = unarySlot("__hash__", M.hash);
var repr_b = unarySlot("__repr__", M.repr);
var add_b = binarySlot("__add__", .add, false);
var radd_b = binarySlot("__radd__", .add, true);
var sub_b = binarySlot("__sub__", .sub, false);
var rsub_b = binarySlot("__rsub__", .sub, true);
var mul_b = binarySlot("__mul__", .mul, false);
var rmul_b = binarySlot("__rmul__", .mul, true);
var truediv_b = binarySlot("__truediv__", .truediv, false);
var rtruediv_b = binarySlot("__rtruediv__", .truediv, true);
var floordiv_b = binarySlot("__floordiv__", .floordiv, false);
var rfloordiv_b = binarySlot("__rfloordiv__", .floordiv, true);
var mod_b = binarySlot("__mod__", .mod, false);
var rmod_b = binarySlot("__rmod__", .mod, true);
var divmod_b = binarySlot("__divmod__", .divmod, false);
var rdivmod_b = binarySlot("__rdivmod__", .divmod, true);
var lshift_b = binarySlot("__lshift__", .lshift, false);
var rlshift_b = binarySlot("__rlshift__", .lshift, true);
var rshift_b = binarySlot("__rshift__", .rshift, false);
var rrshift_b = binarySlot("__rrshift__", .rshift, true);
var and_b = binarySlot("__and__", .band, false);
var rand_b = binarySlot("__rand__", .band, true);
var or_b = binarySlot("__or__", .bor, false);
var ror_b = binarySlot("__ror__", .bor, true);
var xor_b = binarySlot("__xor__", .bxor, false);
var rxor_b = binarySlot("__rxor__", .bxor, true);
var pow_b = powSlot("__pow__", false);
var rpow_b = powSlot("__rpow__", true);
var eq_b = compareSlot("__eq__", .eq);
var ne_b = compareSlot("__ne__", .ne);
var lt_b = compareSlot("__lt__", .lt);
var le_b = compareSlot("__le__", .le);
var gt_b = compareSlot("__gt__", .gt);
var ge_b = compareSlot("__ge__", .ge);

pub const table = natives.Table.initComptime(.{
    .{ "bit_length", &bit_length_b },   .{ "bit_count", &bit_count_b },
    .{ "conjugate", &conjugate_b },     .{ "as_integer_ratio", &as_integer_ratio_b },
    .{ "to_bytes", &to_bytes_b },       .{ "from_bytes", &from_bytes_b },
    .{ "__trunc__", &trunc_b },         .{ "__floor__", &floor_b },
    .{ "__ceil__", &ceil_b },           .{ "__round__", &round_b },
    .{ "__format__", &format_b },       .{ "__getnewargs__", &getnewargs_b },
    .{ "__sizeof__", &sizeof_b },       .{ "__index__", &index_b },
    .{ "__int__", &int_b },             .{ "__pos__", &pos_b },
    .{ "__neg__", &neg_b },             .{ "__abs__", &abs_b },
    .{ "__invert__", &invert_b },       .{ "__bool__", &bool_b },
    .{ "__float__", &float_b },         .{ "__hash__", &hash_b },
    .{ "__repr__", &repr_b },           .{ "__add__", &add_b },
    .{ "__radd__", &radd_b },           .{ "__sub__", &sub_b },
    .{ "__rsub__", &rsub_b },           .{ "__mul__", &mul_b },
    .{ "__rmul__", &rmul_b },           .{ "__truediv__", &truediv_b },
    .{ "__rtruediv__", &rtruediv_b },   .{ "__floordiv__", &floordiv_b },
    .{ "__rfloordiv__", &rfloordiv_b }, .{ "__mod__", &mod_b },
    .{ "__rmod__", &rmod_b },           .{ "__divmod__", &divmod_b },
    .{ "__rdivmod__", &rdivmod_b },     .{ "__lshift__", &lshift_b },
    .{ "__rlshift__", &rlshift_b },     .{ "__rshift__", &rshift_b },
    .{ "__rrshift__", &rrshift_b },     .{ "__and__", &and_b },
    .{ "__rand__", &rand_b },           .{ "__or__", &or_b },
    .{ "__ror__", &ror_b },             .{ "__xor__", &xor_b },
    .{ "__rxor__", &rxor_b },           .{ "__pow__", &pow_b },
    .{ "__rpow__", &rpow_b },           .{ "__eq__", &eq_b },
    .{ "__ne__", &ne_b },               .{ "__lt__", &lt_b },
    .{ "__le__", &le_b },               .{ "__gt__", &gt_b },
    .{ "__ge__", &ge_b },
});

var bool_and_b = boolSlot("__and__", .band);
var bool_rand_b = boolSlot("__rand__", .band);
var bool_or_b = boolSlot("__or__", .bor);
var bool_ror_b = boolSlot("__ror__", .bor);
var bool_xor_b = boolSlot("__xor__", .bxor);
var bool_rxor_b = boolSlot("__rxor__", .bxor);
var bool_repr_b = natives.method("bool", "__repr__", boolReprImpl);

/// bool's own entries; everything else is found on int (bool's MRO is bool, int, object).
pub const bool_table = natives.Table.initComptime(.{
    .{ "__and__", &bool_and_b },   .{ "__rand__", &bool_rand_b },
    .{ "__or__", &bool_or_b },     .{ "__ror__", &bool_ror_b },
    .{ "__xor__", &bool_xor_b },   .{ "__rxor__", &bool_rxor_b },
    .{ "__repr__", &bool_repr_b },
});
