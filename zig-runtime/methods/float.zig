//! The methods of `float`: the typed API for compiled code (is_integer, as_integer_ratio,
//! hex, fromhex, ...) and the method table for dynamic calls. The receiver is an inline
//! `.float` value. Arithmetic dunders accept float, int and bool operands and return
//! NotImplemented for others, as CPython's slots do.
const std = @import("std");
const rt = @import("../rt.zig");
const natives = @import("../core/natives.zig");
const margs = @import("../text/args.zig");
const numeric = @import("../builtins/numeric.zig");
const fmtlib = @import("../format/root.zig");
const Value = rt.Value;
const Args = rt.Args;
const Error = rt.Error;
const Int = rt.Int;
const types = rt.types;
const exc = rt.exc;
const intops = rt.intops;

// ---- Typed API ---------------------------------------------------------------------------------

/// float.is_integer()
pub fn isInteger(f: f64) bool {
    return std.math.isFinite(f) and @floor(f) == f;
}

/// float.as_integer_ratio(): the exact fraction in lowest terms, positive denominator.
pub fn asIntegerRatio(f: f64) Error!*rt.Tuple {
    if (std.math.isInf(f)) return exc.raiseMsg(&types.OverflowError, "cannot convert Infinity to integer ratio");
    if (std.math.isNan(f)) return exc.raiseMsg(&types.ValueError, "cannot convert NaN to integer ratio");
    // f = mantissa * 2**exponent with an integral 53-bit mantissa, then cancel factors of 2.
    const fr = std.math.frexp(f);
    var mantissa = fr.significand;
    var exponent: i64 = fr.exponent;
    var steps: u32 = 0;
    while (steps < 300 and mantissa != @floor(mantissa)) : (steps += 1) {
        mantissa *= 2.0;
        exponent -= 1;
    }
    var numerator = try intops.fromF64(mantissa);
    var denominator = Int.one;
    const shift = Int.fromSmall(@intCast(@abs(exponent)));
    if (exponent > 0) numerator = try intops.shl(numerator, shift) else denominator = try intops.shl(denominator, shift);
    return rt.tuple.pair(.{ .int = numerator }, .{ .int = denominator });
}

/// float.hex()
pub fn hex(f: f64) *rt.Str {
    var b = rt.Builder.initCapacity(24);
    var w = rt.repr.BuilderWriter.init(&b);
    fmtlib.writeHex(&w.writer, f) catch unreachable; // the Builder's writer does not fail
    return b.finish();
}

/// float.fromhex(s)
pub fn fromhex(s: *rt.Str) Error!f64 {
    return fmtlib.fromHex(s.bytes) catch |e| switch (e) {
        error.Invalid => exc.raiseMsg(&types.ValueError, "invalid hexadecimal floating-point string"),
        error.Overflow => exc.raiseMsg(&types.OverflowError, "hexadecimal value too large to represent as a float"),
        error.TooLong => exc.raiseMsg(&types.ValueError, "hexadecimal string too long to convert"),
    };
}

/// int(f), math.trunc(f): toward zero; ValueError for NaN, OverflowError for infinities.
pub fn trunc(f: f64) Error!Int {
    return intops.fromF64(@trunc(f));
}
pub fn floor(f: f64) Error!Int {
    return intops.fromF64(@floor(f));
}
pub fn ceil(f: f64) Error!Int {
    return intops.fromF64(@ceil(f));
}

// ---- Argument helpers --------------------------------------------------------------------------

fn isFloat(v: Value) bool {
    return v == .float;
}

fn recv(comptime name: []const u8, self: Value, args: Args) Error!struct { f64, Args } {
    const b = try margs.receiver("float", name, self, args, isFloat);
    return .{ b.self.float, b.args };
}

fn recvSlot(comptime name: []const u8, self: Value, args: Args) Error!struct { f64, Args } {
    const b = try margs.slotReceiver("float", name, self, args, isFloat);
    return .{ b.self.float, b.args };
}

fn slotArgs(comptime name: []const u8, args: Args, comptime n: usize) Error!void {
    if (args.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "wrapper " ++ name ++ "() takes no keyword arguments");
    if (args.pos.len != n) return exc.raiseFmt(&types.TypeError, "expected {d} argument" ++ (if (n == 1) "" else "s") ++ ", got {d}", .{ n, args.pos.len });
}

const not_implemented: Value = .{ .obj = &rt.ops.not_implemented };

/// A numeric operand float accepts (float, int, bool), unconverted.
fn operand(v: Value) ?Value {
    return switch (v) {
        .float, .int, .bool => v,
        else => null,
    };
}

// ---- Methods -----------------------------------------------------------------------------------

fn noArgs(comptime name: []const u8, comptime f: fn (f64) Error!Value) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const x, const a = try recv(name, self, args);
            try margs.none("float." ++ name, a);
            return f(x);
        }
    };
    return natives.method("float", name, W.impl);
}

fn unarySlot(comptime name: []const u8, comptime f: fn (f64) Error!Value) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const x, const a = try recvSlot(name, self, args);
            try slotArgs(name, a, 0);
            return f(x);
        }
    };
    return natives.method("float", name, W.impl);
}

const M = struct {
    fn isInteger_(f: f64) Error!Value {
        return Value.fromBool(isInteger(f));
    }
    fn ratio(f: f64) Error!Value {
        return (try asIntegerRatio(f)).val();
    }
    fn hex_(f: f64) Error!Value {
        return hex(f).val();
    }
    fn same(f: f64) Error!Value {
        return .{ .float = f };
    }
    fn trunc_(f: f64) Error!Value {
        return .{ .int = try trunc(f) };
    }
    fn floor_(f: f64) Error!Value {
        return .{ .int = try floor(f) };
    }
    fn ceil_(f: f64) Error!Value {
        return .{ .int = try ceil(f) };
    }
    fn newargs(f: f64) Error!Value {
        return rt.tuple.fromSlice(&.{.{ .float = f }}).val();
    }
    fn neg(f: f64) Error!Value {
        return .{ .float = -f };
    }
    fn abs(f: f64) Error!Value {
        return .{ .float = @abs(f) };
    }
    fn toBool(f: f64) Error!Value {
        return Value.fromBool(f != 0);
    }
    fn hash(f: f64) Error!Value {
        return .{ .int = Int.fromI64(rt.floatops.hash(f)) };
    }
    /// CPython's float object size: header and one double.
    fn sizeof(f: f64) Error!Value {
        _ = f;
        return Value.fromSmall(24);
    }
    fn repr(f: f64) Error!Value {
        return (try rt.repr.repr(.{ .float = f })).val();
    }
};

/// float.fromhex is a classmethod: the receiver, if any, is ignored.
fn fromhexImpl(self: Value, args: Args) Error!Value {
    _ = self;
    const s = try margs.one("float.fromhex", args);
    if (!s.isKind(.str)) return exc.raiseMsg(&types.TypeError, "bad argument type for built-in operation");
    return .{ .float = try fromhex(s.as(rt.Str)) };
}

/// float.__getformat__('double' | 'float'), a classmethod.
fn getformatImpl(self: Value, args: Args) Error!Value {
    _ = self;
    const t = try margs.one("float.__getformat__", args);
    if (!t.isKind(.str)) return exc.raiseFmt(&types.TypeError, "__getformat__() argument must be str, not {s}", .{margs.badArgName(t)});
    const s = t.as(rt.Str).bytes;
    if (!std.mem.eql(u8, s, "double") and !std.mem.eql(u8, s, "float")) return exc.raiseMsg(&types.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return rt.str.static("IEEE, little-endian").val();
}

fn roundImpl(self: Value, args: Args) Error!Value {
    const x, const a = try recv("__round__", self, args);
    try margs.positional("float.__round__", "__round__", a, 0, 1);
    if (a.pos.len == 0 or a.pos[0] == .none) return numeric.round_(.{ .pos = &.{.{ .float = x }} });
    return numeric.round_(.{ .pos = &.{ .{ .float = x }, a.pos[0] } });
}

fn formatImpl(self: Value, args: Args) Error!Value {
    const x, const a = try recv("__format__", self, args);
    const spec = try margs.one("float.__format__", a);
    if (!spec.isKind(.str)) return exc.raiseFmt(&types.TypeError, "__format__() argument must be str, not {s}", .{rt.ops.typeName(spec)});
    var out = rt.Builder{};
    try rt.fmt.formatValueInto(&out, .{ .float = x }, spec.as(rt.Str).bytes);
    return out.finish().val();
}

// ---- Binary dunders ----------------------------------------------------------------------------

const Binary = enum { add, sub, mul, truediv, floordiv, mod, divmod };

fn applyBinary(comptime op: Binary, a: Value, b: Value) Error!Value {
    return switch (op) {
        .add => rt.ops.add(a, b),
        .sub => rt.ops.sub(a, b),
        .mul => rt.ops.mul(a, b),
        .truediv => rt.ops.truediv(a, b),
        .floordiv => rt.ops.floordiv(a, b),
        .mod => rt.ops.mod(a, b),
        .divmod => numeric.divmod_(.{ .pos = &.{ a, b } }),
    };
}

fn binarySlot(comptime name: []const u8, comptime op: Binary, comptime reflected: bool) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const x, const a = try recvSlot(name, self, args);
            try slotArgs(name, a, 1);
            const y = operand(a.pos[0]) orelse return not_implemented;
            const xv: Value = .{ .float = x };
            return if (reflected) applyBinary(op, y, xv) else applyBinary(op, xv, y);
        }
    };
    return natives.method("float", name, W.impl);
}

fn powSlot(comptime name: []const u8, comptime reflected: bool) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const x, const a = try recvSlot(name, self, args);
            if (a.kwnames.len != 0) return exc.raiseMsg(&types.TypeError, "wrapper " ++ name ++ "() takes no keyword arguments");
            if (a.pos.len < 1) return exc.raiseFmt(&types.TypeError, " expected at least 1 argument, got {d}", .{a.pos.len});
            if (a.pos.len > 2) return exc.raiseFmt(&types.TypeError, " expected at most 2 arguments, got {d}", .{a.pos.len});
            const y = operand(a.pos[0]) orelse return not_implemented;
            if (a.pos.len > 1 and a.pos[1] != .none) return exc.raiseMsg(&types.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
            const xv: Value = .{ .float = x };
            return if (reflected) rt.ops.pow(y, xv) else rt.ops.pow(xv, y);
        }
    };
    return natives.method("float", name, W.impl);
}

fn compareSlot(comptime name: []const u8, comptime op: rt.ops.CmpOp) rt.call.Builtin {
    const W = struct {
        fn impl(self: Value, args: Args) Error!Value {
            const x, const a = try recvSlot(name, self, args);
            try slotArgs(name, a, 1);
            const y = operand(a.pos[0]) orelse return not_implemented;
            return rt.ops.compare(op, .{ .float = x }, y);
        }
    };
    return natives.method("float", name, W.impl);
}

// ---- The table ---------------------------------------------------------------------------------

var is_integer_b = noArgs("is_integer", M.isInteger_);
var as_integer_ratio_b = noArgs("as_integer_ratio", M.ratio);
var hex_b = noArgs("hex", M.hex_);
var conjugate_b = noArgs("conjugate", M.same);
var trunc_b = noArgs("__trunc__", M.trunc_);
var floor_b = noArgs("__floor__", M.floor_);
var ceil_b = noArgs("__ceil__", M.ceil_);
var getnewargs_b = noArgs("__getnewargs__", M.newargs);
var sizeof_b = noArgs("__sizeof__", M.sizeof);
var fromhex_b = natives.method("float", "fromhex", fromhexImpl);
var getformat_b = natives.method("float", "__getformat__", getformatImpl);
var round_b = natives.method("float", "__round__", roundImpl);
var format_b = natives.method("float", "__format__", formatImpl);
var int_b = unarySlot("__int__", M.trunc_);
var float_b = unarySlot("__float__", M.same);
var pos_b = unarySlot("__pos__", M.same);
var neg_b = unarySlot("__neg__", M.neg);
var abs_b = unarySlot("__abs__", M.abs);
var bool_b = unarySlot("__bool__", M.toBool);
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
var pow_b = powSlot("__pow__", false);
var rpow_b = powSlot("__rpow__", true);
var eq_b = compareSlot("__eq__", .eq);
var ne_b = compareSlot("__ne__", .ne);
var lt_b = compareSlot("__lt__", .lt);
var le_b = compareSlot("__le__", .le);
var gt_b = compareSlot("__gt__", .gt);
var ge_b = compareSlot("__ge__", .ge);

pub const table = natives.Table.initComptime(.{
    .{ "is_integer", &is_integer_b },   .{ "as_integer_ratio", &as_integer_ratio_b },
    .{ "hex", &hex_b },                 .{ "fromhex", &fromhex_b },
    .{ "conjugate", &conjugate_b },     .{ "__getformat__", &getformat_b },
    .{ "__trunc__", &trunc_b },         .{ "__floor__", &floor_b },
    .{ "__ceil__", &ceil_b },           .{ "__round__", &round_b },
    .{ "__format__", &format_b },       .{ "__getnewargs__", &getnewargs_b },
    .{ "__sizeof__", &sizeof_b },       .{ "__int__", &int_b },
    .{ "__float__", &float_b },         .{ "__pos__", &pos_b },
    .{ "__neg__", &neg_b },             .{ "__abs__", &abs_b },
    .{ "__bool__", &bool_b },           .{ "__hash__", &hash_b },
    .{ "__repr__", &repr_b },           .{ "__add__", &add_b },
    .{ "__radd__", &radd_b },           .{ "__sub__", &sub_b },
    .{ "__rsub__", &rsub_b },           .{ "__mul__", &mul_b },
    .{ "__rmul__", &rmul_b },           .{ "__truediv__", &truediv_b },
    .{ "__rtruediv__", &rtruediv_b },   .{ "__floordiv__", &floordiv_b },
    .{ "__rfloordiv__", &rfloordiv_b }, .{ "__mod__", &mod_b },
    .{ "__rmod__", &rmod_b },           .{ "__divmod__", &divmod_b },
    .{ "__rdivmod__", &rdivmod_b },     .{ "__pow__", &pow_b },
    .{ "__rpow__", &rpow_b },           .{ "__eq__", &eq_b },
    .{ "__ne__", &ne_b },               .{ "__lt__", &lt_b },
    .{ "__le__", &le_b },               .{ "__gt__", &gt_b },
    .{ "__ge__", &ge_b },
});
