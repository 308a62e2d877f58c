//! Operators on dynamic Values: arithmetic, comparison, hashing, truth.
//!
//! Each operator tries the common cases inline (int with int, float with float), then the
//! builtin types, then user-defined dunders with CPython's protocol: the left operand's method,
//! then the right operand's reflected method (first, when the right operand's type is a proper
//! subclass of the left's), `NotImplemented` meaning "try the other side", and finally
//! CPython's TypeError message.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const intops = @import("intops.zig");
const floatops = @import("floatops.zig");
const str_mod = @import("str.zig");
const list_mod = @import("list.zig");
const tuple_mod = @import("tuple.zig");
const names = @import("names.zig");
const attr = @import("attr.zig");
const call = @import("call.zig");
const seq = @import("seq.zig");
const Int = @import("int.zig").Int;
const Value = value.Value;
const Object = value.Object;
const Type = value.Type;
const Str = str_mod.Str;
const List = list_mod.List;
const Tuple = tuple_mod.Tuple;
const Error = @import("err.zig").Error;

pub const BinOp = enum {
    add,
    sub,
    mul,
    truediv,
    floordiv,
    mod,
    pow,
    lshift,
    rshift,
    band,
    bor,
    bxor,
    matmul,

    pub fn symbol(op: BinOp) []const u8 {
        return switch (op) {
            .add => "+",
            .sub => "-",
            .mul => "*",
            .truediv => "/",
            .floordiv => "//",
            .mod => "%",
            .pow => "** or pow()",
            .lshift => "<<",
            .rshift => ">>",
            .band => "&",
            .bor => "|",
            .bxor => "^",
            .matmul => "@",
        };
    }
    fn isymbol(op: BinOp) []const u8 {
        return switch (op) {
            .add => "+=",
            .sub => "-=",
            .mul => "*=",
            .truediv => "/=",
            .floordiv => "//=",
            .mod => "%=",
            .pow => "**=",
            .lshift => "<<=",
            .rshift => ">>=",
            .band => "&=",
            .bor => "|=",
            .bxor => "^=",
            .matmul => "@=",
        };
    }
    fn dunder(op: BinOp) *Str {
        return switch (op) {
            .add => &names.__add__,
            .sub => &names.__sub__,
            .mul => &names.__mul__,
            .truediv => &names.__truediv__,
            .floordiv => &names.__floordiv__,
            .mod => &names.__mod__,
            .pow => &names.__pow__,
            .lshift => &names.__lshift__,
            .rshift => &names.__rshift__,
            .band => &names.__and__,
            .bor => &names.__or__,
            .bxor => &names.__xor__,
            .matmul => &names.__matmul__,
        };
    }
    fn rdunder(op: BinOp) *Str {
        return switch (op) {
            .add => &names.__radd__,
            .sub => &names.__rsub__,
            .mul => &names.__rmul__,
            .truediv => &names.__rtruediv__,
            .floordiv => &names.__rfloordiv__,
            .mod => &names.__rmod__,
            .pow => &names.__rpow__,
            .lshift => &names.__rlshift__,
            .rshift => &names.__rrshift__,
            .band => &names.__rand__,
            .bor => &names.__ror__,
            .bxor => &names.__rxor__,
            .matmul => &names.__rmatmul__,
        };
    }
    fn idunder(op: BinOp) *Str {
        return switch (op) {
            .add => &names.__iadd__,
            .sub => &names.__isub__,
            .mul => &names.__imul__,
            .truediv => &names.__itruediv__,
            .floordiv => &names.__ifloordiv__,
            .mod => &names.__imod__,
            .pow => &names.__ipow__,
            .lshift => &names.__ilshift__,
            .rshift => &names.__irshift__,
            .band => &names.__iand__,
            .bor => &names.__ior__,
            .bxor => &names.__ixor__,
            .matmul => &names.__imatmul__,
        };
    }
};

/// The Python type name of a value, for messages: 'int', 'str', 'NoneType', 'Foo' (CPython's
/// tp_name: a class may set its own `__pyaot_tp_name__`, which its subclasses do not inherit).
pub fn typeName(v: Value) []const u8 {
    const t = typeOf(v);
    if (t.flags.heap) {
        if (t.dict) |d| {
            if (@import("dict.zig").getStr(d, &names.__pyaot_tp_name__)) |n| {
                if (n.isKind(.str)) return n.as(Str).bytes;
            }
        }
    }
    return t.name;
}

pub fn typeOf(v: Value) *Type {
    return switch (v) {
        .none => &types.none_type,
        .bool => &types.bool_type,
        .int => &types.int_type,
        .float => &types.float_type,
        .obj => |o| o.ty,
    };
}

// ---- Numeric coercion ------------------------------------------------------------------------

/// An int-like operand (int or bool) as an Int.
inline fn asInt(v: Value) ?Int {
    return switch (v) {
        .int => |i| i,
        .bool => |b| Int.fromSmall(@intFromBool(b)),
        else => null,
    };
}

/// A numeric operand (int, bool or float) as an f64; raises OverflowError for huge ints.
fn asFloat(v: Value) Error!?f64 {
    return switch (v) {
        .float => |f| f,
        .int => |i| try intops.toF64(i),
        .bool => |b| @as(f64, @floatFromInt(@intFromBool(b))),
        else => null,
    };
}

fn intBinary(op: BinOp, a: Int, b: Int) Error!Value {
    return switch (op) {
        .add => .{ .int = intops.add(a, b) },
        .sub => .{ .int = intops.sub(a, b) },
        .mul => .{ .int = intops.mul(a, b) },
        .truediv => .{ .float = try intops.truediv(a, b) },
        .floordiv => .{ .int = try intops.floordiv(a, b) },
        .mod => .{ .int = try intops.mod(a, b) },
        .pow => switch (try intops.pow(a, b)) {
            .int => |r| .{ .int = r },
            .float => |r| .{ .float = r },
        },
        .lshift => .{ .int = try intops.shl(a, b) },
        .rshift => .{ .int = try intops.shr(a, b) },
        .band => .{ .int = intops.band(a, b) },
        .bor => .{ .int = intops.bor(a, b) },
        .bxor => .{ .int = intops.bxor(a, b) },
        .matmul => error.PyException, // handled by the caller (unsupported)
    };
}

fn floatBinary(op: BinOp, a: f64, b: f64) Error!?Value {
    return switch (op) {
        .add => .{ .float = a + b },
        .sub => .{ .float = a - b },
        .mul => .{ .float = a * b },
        .truediv => .{ .float = try floatops.truediv(a, b) },
        .floordiv => .{ .float = try floatops.floordiv(a, b) },
        .mod => .{ .float = try floatops.mod(a, b) },
        // A negative base to a non-integral power is complex (CPython's float_pow hands it to
        // complex_pow).
        .pow => if (a < 0 and std.math.isFinite(a) and std.math.isFinite(b) and b != @floor(b))
            try @import("complex.zig").binary(.pow, .{ .float = a }, .{ .float = b })
        else
            .{ .float = try floatops.pow(a, b) },
        else => null,
    };
}

// ---- Binary operators ------------------------------------------------------------------------

pub inline fn add(a: Value, b: Value) Error!Value {
    if (a == .int and b == .int) return .{ .int = intops.add(a.int, b.int) };
    if (a == .float and b == .float) return .{ .float = a.float + b.float };
    return binary(.add, a, b);
}
pub inline fn sub(a: Value, b: Value) Error!Value {
    if (a == .int and b == .int) return .{ .int = intops.sub(a.int, b.int) };
    if (a == .float and b == .float) return .{ .float = a.float - b.float };
    return binary(.sub, a, b);
}
pub inline fn mul(a: Value, b: Value) Error!Value {
    if (a == .int and b == .int) return .{ .int = intops.mul(a.int, b.int) };
    if (a == .float and b == .float) return .{ .float = a.float * b.float };
    return binary(.mul, a, b);
}
pub fn truediv(a: Value, b: Value) Error!Value {
    return binary(.truediv, a, b);
}
pub fn floordiv(a: Value, b: Value) Error!Value {
    return binary(.floordiv, a, b);
}
pub fn mod(a: Value, b: Value) Error!Value {
    return binary(.mod, a, b);
}
pub fn pow(a: Value, b: Value) Error!Value {
    return binary(.pow, a, b);
}
pub fn lshift(a: Value, b: Value) Error!Value {
    return binary(.lshift, a, b);
}
pub fn rshift(a: Value, b: Value) Error!Value {
    return binary(.rshift, a, b);
}
pub fn band(a: Value, b: Value) Error!Value {
    return binary(.band, a, b);
}
pub fn bor(a: Value, b: Value) Error!Value {
    return binary(.bor, a, b);
}
pub fn bxor(a: Value, b: Value) Error!Value {
    return binary(.bxor, a, b);
}
pub fn matmul(a: Value, b: Value) Error!Value {
    return binary(.matmul, a, b);
}

/// The general binary operator: numbers, builtin sequences, then user dunders.
pub fn binary(op: BinOp, a: Value, b: Value) Error!Value {
    if (op == .add) if (exactStrs(a, b)) |s| return str_mod.concat(s[0], s[1]).val();
    if (try builtinBinary(op, a, b)) |r| return r;
    if (try userBinary(op, a, b)) |r| return r;
    // `int | None`: classes, None and unions make a types.UnionType.
    if (op == .bor) if (try @import("../builtins/union_type.zig").unionOr(a, b)) |r| return r;
    return binaryTypeError(op, a, b, false);
}

/// `a op= b`: the in-place dunder first (list `+=` extends in place), then the plain operator.
pub fn inplace(op: BinOp, a: Value, b: Value) Error!Value {
    if (a == .int and b == .int) return intBinary(op, a.int, b.int) catch |e| return e;
    // `s += t` leaves spare room after the text, so the next `+=` appends in place.
    if (op == .add) if (exactStrs(a, b)) |s| return str_mod.concatInplace(s[0], s[1]).val();
    if (a == .obj) {
        const o = a.obj;
        if (o.ty == &types.list_type) {
            const l = Object.as(o, List);
            switch (op) {
                .add => {
                    try seq.listExtend(l, b);
                    return a;
                },
                .mul => if (asInt(b)) |n| {
                    try seq.listInplaceRepeat(l, n);
                    return a;
                },
                else => {},
            }
        }
        // User classes, and sets, dicts and bytearrays (whose in-place operators mutate).
        if (o.ty.flags.heap or o.ty.kind == .set or o.ty.kind == .dict or o.ty.kind == .bytearray) {
            if (attr.lookupType(o.ty, op.idunder())) |m| {
                const r = try call.callUnbound(m, a, &.{b});
                if (!isNotImplemented(r)) return r;
            }
        }
    }
    if (try builtinBinary(op, a, b)) |r| return r;
    if (try userBinary(op, a, b)) |r| return r;
    return binaryTypeError(op, a, b, true);
}

/// Both operands as strs when both are exact strs (no subclass can override `+`).
inline fn exactStrs(a: Value, b: Value) ?[2]*Str {
    if (a != .obj or b != .obj) return null;
    if (a.obj.ty != &types.str_type or b.obj.ty != &types.str_type) return null;
    return .{ Object.as(a.obj, Str), Object.as(b.obj, Str) };
}

fn builtinBinary(op: BinOp, a: Value, b: Value) Error!?Value {
    // bool's own &, |, ^ (bool.__and__ ...): two bools give a bool.
    if (a == .bool and b == .bool) switch (op) {
        .band => return Value.fromBool(a.bool and b.bool),
        .bor => return Value.fromBool(a.bool or b.bool),
        .bxor => return Value.fromBool(a.bool != b.bool),
        else => {},
    };
    // Numbers: int/bool with int/bool stays int; anything with a float becomes float.
    if (asInt(a)) |x| {
        if (asInt(b)) |y| {
            if (op == .matmul) return null;
            return try intBinary(op, x, y);
        }
        if (b == .float) {
            if (op == .pow) return try floatBinary(op, try intops.toF64(x), b.float);
            return try floatBinary(op, try intops.toF64(x), b.float);
        }
    } else if (a == .float) {
        if (try asFloat(b)) |y| return try floatBinary(op, a.float, y);
    }
    if (a.isKind(.complex) or b.isKind(.complex)) return @import("complex.zig").binary(op, a, b);
    if (subclassDefines(a, op.dunder()) or subclassDefines(b, op.rdunder())) return null;
    if (a == .obj) return seq.sequenceBinary(op, a, b);
    if (b == .obj and op == .mul) return seq.sequenceBinary(op, a, b);
    return null;
}

pub inline fn isNotImplemented(v: Value) bool {
    return v == .obj and v.obj == &not_implemented;
}

pub var not_implemented: Object = .{ .ty = &types.not_implemented_type };
pub var ellipsis: Object = .{ .ty = &types.ellipsis_type };

fn userBinary(op: BinOp, a: Value, b: Value) Error!?Value {
    const ta = typeOf(a);
    const tb = typeOf(b);
    const a_user = ta.flags.heap;
    const b_user = tb.flags.heap and tb != ta;
    if (!a_user and !b_user) return null;
    // A subclass's reflected method goes first, so it can override its base's operator.
    if (b_user and tb.isSubtype(ta) and tb != ta) {
        if (attr.lookupType(tb, op.rdunder())) |m| {
            const r = try call.callUnbound(m, b, &.{a});
            if (!isNotImplemented(r)) return r;
        }
    }
    if (a_user) {
        if (attr.lookupType(ta, op.dunder())) |m| {
            const r = try call.callUnbound(m, a, &.{b});
            if (!isNotImplemented(r)) return r;
        }
    }
    if (b_user) {
        if (attr.lookupType(tb, op.rdunder())) |m| {
            const r = try call.callUnbound(m, b, &.{a});
            if (!isNotImplemented(r)) return r;
        }
    }
    return null;
}

fn binaryTypeError(op: BinOp, a: Value, b: Value, in_place: bool) Error {
    @branchHint(.cold);
    // str, list and tuple concatenation have their own wording in CPython, `+=` included (str
    // and tuple have no in-place add: `s += 1` fails in their concatenation; a list's `+=`
    // extends, and fails earlier on a non-iterable).
    if (op == .add) {
        if (a.isKind(.str)) return exc.raiseFmt(&types.TypeError, "can only concatenate str (not \"{s}\") to str", .{typeName(b)});
        if (a.isKind(.list)) return exc.raiseFmt(&types.TypeError, "can only concatenate list (not \"{s}\") to list", .{typeName(b)});
        if (a.isKind(.tuple)) return exc.raiseFmt(&types.TypeError, "can only concatenate tuple (not \"{s}\") to tuple", .{typeName(b)});
    }
    if (op == .mul and (isSequence(a) or isSequence(b))) {
        const other = if (isSequence(a)) b else a;
        return exc.raiseFmt(&types.TypeError, "can't multiply sequence by non-int of type '{s}'", .{typeName(other)});
    }
    if (op == .pow and !in_place)
        return exc.raiseFmt(&types.TypeError, "unsupported operand type(s) for ** or pow(): '{s}' and '{s}'", .{ typeName(a), typeName(b) });
    return exc.raiseFmt(&types.TypeError, "unsupported operand type(s) for {s}: '{s}' and '{s}'", .{ if (in_place) op.isymbol() else op.symbol(), typeName(a), typeName(b) });
}

fn isSequence(v: Value) bool {
    return v.isKind(.str) or v.isKind(.list) or v.isKind(.tuple) or v.isKind(.bytes);
}

// ---- Unary operators -------------------------------------------------------------------------

pub fn neg(a: Value) Error!Value {
    switch (a) {
        .int => |i| return .{ .int = intops.neg(i) },
        .bool => |b| return Value.fromSmall(-@as(i64, @intFromBool(b))),
        .float => |f| return .{ .float = -f },
        .obj => |o| if (o.ty.kind == .complex) return @import("complex.zig").neg(o) else return unaryUser(a, &names.__neg__, "-"),
        else => return unaryUser(a, &names.__neg__, "-"),
    }
}
pub fn pos(a: Value) Error!Value {
    switch (a) {
        .int, .float => return a,
        .obj => |o| if (o.ty.kind == .complex) return a else return unaryUser(a, &names.__pos__, "+"),
        .bool => |b| return Value.fromSmall(@intFromBool(b)),
        else => return unaryUser(a, &names.__pos__, "+"),
    }
}
pub fn invert(a: Value) Error!Value {
    switch (a) {
        .int => |i| return .{ .int = intops.invert(i) },
        .bool => |b| return Value.fromSmall(~@as(i64, @intFromBool(b))),
        else => return unaryUser(a, &names.__invert__, "~"),
    }
}
pub fn not_(a: Value) Error!bool {
    return !(try truthy(a));
}

fn unaryUser(a: Value, name: *Str, sym: []const u8) Error!Value {
    const t = typeOf(a);
    if (t.flags.heap) {
        if (attr.lookupType(t, name)) |m| return call.callUnbound(m, a, &.{});
    }
    return exc.raiseFmt(&types.TypeError, "bad operand type for unary {s}: '{s}'", .{ sym, typeName(a) });
}

// ---- Truth -----------------------------------------------------------------------------------

pub fn truthy(v: Value) Error!bool {
    return switch (v) {
        .none => false,
        .bool => |b| b,
        .int => |i| i.w != 0,
        .float => |f| f != 0,
        .obj => |o| objTruthy(o),
    };
}

fn objTruthy(o: *Object) Error!bool {
    switch (o.ty.kind) {
        .str => return Object.as(o, Str).len != 0,
        .list => return Object.as(o, List).len != 0,
        .complex => return @import("complex.zig").truthy(o),
        .tuple => return Object.as(o, Tuple).items.len != 0,
        .dict => return Object.as(o, @import("dict.zig").Dict).len != 0,
        else => {},
    }
    if (o.ty.flags.heap or o.ty.kind == .instance) {
        if (attr.lookupType(o.ty, &names.__bool__)) |m| {
            const r = try call.callUnbound(m, .{ .obj = o }, &.{});
            if (r != .bool) return exc.raiseFmt(&types.TypeError, "__bool__ should return bool, returned {s}", .{typeName(r)});
            return r.bool;
        }
        if (attr.lookupType(o.ty, &names.__len__)) |m| {
            const r = try call.callUnbound(m, .{ .obj = o }, &.{});
            return switch (r) {
                .int => |i| i.w != 0,
                .bool => |b| b,
                else => exc.raiseFmt(&types.TypeError, "'{s}' object cannot be interpreted as an integer", .{typeName(r)}),
            };
        }
        if (o.ty.kind == .instance or o.ty.kind == .exception) return true;
    }
    return seq.builtinTruthy(o);
}

// ---- Comparison ------------------------------------------------------------------------------

pub const CmpOp = enum {
    lt,
    le,
    eq,
    ne,
    gt,
    ge,

    fn symbol(op: CmpOp) []const u8 {
        return switch (op) {
            .lt => "<",
            .le => "<=",
            .eq => "==",
            .ne => "!=",
            .gt => ">",
            .ge => ">=",
        };
    }
    fn dunder(op: CmpOp) *Str {
        return switch (op) {
            .lt => &names.__lt__,
            .le => &names.__le__,
            .eq => &names.__eq__,
            .ne => &names.__ne__,
            .gt => &names.__gt__,
            .ge => &names.__ge__,
        };
    }
    /// The reflected operation: a < b  <=>  b > a.
    fn swapped(op: CmpOp) CmpOp {
        return switch (op) {
            .lt => .gt,
            .le => .ge,
            .eq => .eq,
            .ne => .ne,
            .gt => .lt,
            .ge => .le,
        };
    }
    pub fn fromOrder(op: CmpOp, o: std.math.Order) bool {
        return switch (op) {
            .lt => o == .lt,
            .le => o != .gt,
            .eq => o == .eq,
            .ne => o != .eq,
            .gt => o == .gt,
            .ge => o != .lt,
        };
    }
};

/// `a == b` as a bool (the truth of the rich comparison's result).
pub fn eq(a: Value, b: Value) Error!bool {
    if (a == .int and b == .int) {
        if (a.int.w == b.int.w) return true;
        if (a.int.isSmall() or b.int.isSmall()) return false;
        return intops.eq(a.int, b.int);
    }
    if (a == .obj and b == .obj and a.obj == b.obj) {
        // Identity implies equality for containers' purposes (CPython's PyObject_RichCompareBool),
        // except for NaN-like user types; matching CPython here matters for `x in list`.
        return true;
    }
    // Exact strs (`words.count(w)`, `w in names`): their bytes decide, as str.__eq__ does,
    // without the rich-comparison dispatch.
    if (a == .obj and b == .obj and a.obj.ty == &types.str_type and b.obj.ty == &types.str_type) {
        return str_mod.eql(Object.as(a.obj, Str), Object.as(b.obj, Str));
    }
    return truthy(try compare(.eq, a, b));
}

pub fn ne(a: Value, b: Value) Error!bool {
    return !(try eq(a, b));
}

/// The `==` operator of compiled code: unlike eq (containers' PyObject_RichCompareBool), no
/// identity shortcut, so `x == x` runs a user __eq__ as CPython does.
pub fn eqOp(a: Value, b: Value) Error!bool {
    if (a == .int and b == .int) return eq(a, b);
    return truthy(try compare(.eq, a, b));
}

/// The `!=` operator: a user __ne__ (or the negation of __eq__), never an identity shortcut.
pub fn neOp(a: Value, b: Value) Error!bool {
    if (a == .int and b == .int) return !(try eq(a, b));
    return truthy(try compare(.ne, a, b));
}

/// The full rich comparison, returning whatever the comparison returns (usually a bool).
pub fn compare(op: CmpOp, a: Value, b: Value) Error!Value {
    if (try builtinCompare(op, a, b)) |r| return Value.fromBool(r);
    const ta = typeOf(a);
    const tb = typeOf(b);
    const a_user = ta.flags.heap;
    const b_user = tb.flags.heap;
    if (a_user or b_user) {
        // As CPython's do_richcompare: the reflected method is tried once, first when the
        // right operand's type is a proper subclass.
        var checked_reverse = false;
        if (b_user and tb != ta and tb.isSubtype(ta)) {
            checked_reverse = true;
            if (attr.lookupType(tb, op.swapped().dunder())) |m| {
                const r = try call.callUnbound(m, b, &.{a});
                if (!isNotImplemented(r)) return r;
            }
        }
        if (a_user) {
            if (attr.lookupType(ta, op.dunder())) |m| {
                const r = try call.callUnbound(m, a, &.{b});
                if (!isNotImplemented(r)) return r;
            }
        }
        if (b_user and !checked_reverse) {
            if (attr.lookupType(tb, op.swapped().dunder())) |m| {
                const r = try call.callUnbound(m, b, &.{a});
                if (!isNotImplemented(r)) return r;
            }
        }
        // `!=` falls back to the negation of a user `__eq__`.
        if (op == .ne and a_user) {
            if (attr.lookupType(ta, &names.__eq__)) |m| {
                const r = try call.callUnbound(m, a, &.{b});
                if (!isNotImplemented(r)) return Value.fromBool(!(try truthy(r)));
            }
        }
    }
    // The builtin base's comparison, when a subclass's own dunders declined (Counter == dict).
    if (a == .obj and b == .obj) if (try seq.sequenceCompare(op, a.obj, b.obj)) |r| return Value.fromBool(r);
    switch (op) {
        .eq => return Value.fromBool(identical(a, b)),
        .ne => return Value.fromBool(!identical(a, b)),
        else => return exc.raiseFmt(&types.TypeError, "'{s}' not supported between instances of '{s}' and '{s}'", .{ op.symbol(), typeName(a), typeName(b) }),
    }
}

/// `a is b`.
pub fn identical(a: Value, b: Value) bool {
    return switch (a) {
        .none => b == .none,
        .bool => |x| b == .bool and b.bool == x,
        .int => |x| b == .int and x.w == b.int.w,
        .float => |x| b == .float and @as(u64, @bitCast(x)) == @as(u64, @bitCast(b.float)),
        .obj => |x| b == .obj and b.obj == x,
    };
}

pub fn lt(a: Value, b: Value) Error!bool {
    if (a == .int and b == .int and a.int.isSmall() and b.int.isSmall()) return a.int.w < b.int.w;
    return truthy(try compare(.lt, a, b));
}
pub fn le(a: Value, b: Value) Error!bool {
    if (a == .int and b == .int and a.int.isSmall() and b.int.isSmall()) return a.int.w <= b.int.w;
    return truthy(try compare(.le, a, b));
}
pub fn gt(a: Value, b: Value) Error!bool {
    if (a == .int and b == .int and a.int.isSmall() and b.int.isSmall()) return a.int.w > b.int.w;
    return truthy(try compare(.gt, a, b));
}
pub fn ge(a: Value, b: Value) Error!bool {
    if (a == .int and b == .int and a.int.isSmall() and b.int.isSmall()) return a.int.w >= b.int.w;
    return truthy(try compare(.ge, a, b));
}

/// Comparisons among builtin types; null when the builtins do not define this pair.
fn builtinCompare(op: CmpOp, a: Value, b: Value) Error!?bool {
    if (asInt(a)) |x| {
        if (asInt(b)) |y| return op.fromOrder(intops.order(x, y));
        if (b == .float) {
            const o = intops.orderFloat(x, b.float) orelse return op == .ne;
            return op.fromOrder(o);
        }
    } else if (a == .float) {
        if (b == .float) {
            const x = a.float;
            const y = b.float;
            return switch (op) {
                .lt => x < y,
                .le => x <= y,
                .eq => x == y,
                .ne => x != y,
                .gt => x > y,
                .ge => x >= y,
            };
        }
        if (asInt(b)) |y| {
            const o = intops.orderFloat(y, a.float) orelse return op == .ne;
            return op.fromOrder(o.invert());
        }
    } else if (a == .none and b == .none) {
        if (op == .eq) return true;
        if (op == .ne) return false;
        return null;
    }
    if (a.isKind(.complex) or b.isKind(.complex)) {
        if (op != .eq and op != .ne) return null;
        const r = (try @import("complex.zig").equal(a, b)) orelse return null;
        return if (op == .eq) r else !r;
    }
    if (a == .obj and b == .obj) {
        if (subclassDefines(a, op.dunder()) or subclassDefines(b, op.swapped().dunder())) return null;
        return seq.sequenceCompare(op, a.obj, b.obj);
    }
    return null;
}

/// Whether `v` is an instance of a subclass of a builtin container (collections.Counter, a user
/// dict subclass) whose class defines dunder `name` itself: that method must run instead of
/// the builtin container's behaviour (Counter's `|` and `==`).
fn subclassDefines(v: Value, name: *Str) bool {
    if (v != .obj) return false;
    const t = v.obj.ty;
    if (!t.flags.heap or t.kind == .instance) return false;
    for (t.mro) |c| {
        if (!c.flags.heap) break;
        if (c.dict) |d| if (@import("dict.zig").getStr(d, name) != null) return true;
    }
    return false;
}

// ---- Hashing ---------------------------------------------------------------------------------

pub fn hash(v: Value) Error!i64 {
    return switch (v) {
        .none => 0x5f3759df, // CPython hashes None by address; any constant is as good.
        .bool => |b| @intFromBool(b),
        .int => |i| intops.hash(i),
        .float => |f| floatops.hash(f),
        .obj => |o| objHash(o),
    };
}

fn objHash(o: *Object) Error!i64 {
    switch (o.ty.kind) {
        // A str or tuple subclass may define its own __hash__ (or leave None by defining __eq__):
        // a class statement's comes before the builtin base's.
        .str, .tuple, .complex => if (o.ty.flags.heap) if (classHash(o.ty)) |m| return userHash(o, m),
        else => {},
    }
    switch (o.ty.kind) {
        .str => return str_mod.hash(Object.as(o, Str)),
        .tuple => {
            const union_type = @import("../builtins/union_type.zig");
            if (union_type.isUnionObject(o)) return union_type.hash(o);
            return seq.tupleHash(Object.as(o, Tuple));
        },
        .complex => return @import("complex.zig").hash(o),
        else => {},
    }
    if (o.ty.flags.heap) {
        // A class that defines __eq__ but not __hash__ is unhashable (its __hash__ is None);
        // attr.zig stores that None when the class is created.
        if (attr.lookupType(o.ty, &names.__hash__)) |m| return userHash(o, m);
    }
    return seq.builtinHash(o);
}

/// hash(o) by the __hash__ its class found: None is unhashable.
fn userHash(o: *Object, m: Value) Error!i64 {
    if (m == .none) return exc.raiseFmt(&types.TypeError, "unhashable type: '{s}'", .{o.ty.name});
    const r = try call.callUnbound(m, .{ .obj = o }, &.{});
    return switch (r) {
        // CPython keeps a result that fits a Py_ssize_t as is (-1 becomes -2) and
        // hashes only larger ints; small Ints hold fewer bits than an i64.
        .int => |i| blk: {
            if (i.toI64()) |h| break :blk if (h == -1) -2 else h;
            break :blk intops.hash(i);
        },
        .bool => |b| @intFromBool(b),
        else => exc.raiseMsg(&types.TypeError, "__hash__ method should return an integer"),
    };
}

/// The __hash__ a class statement in `t`'s MRO defines before any builtin type does (None
/// included), or null when the builtin base's hash applies.
fn classHash(t: *Type) ?Value {
    for (t.mro) |c| {
        if (!c.flags.heap) return null;
        if (c.dict) |d| if (@import("dict.zig").getStr(d, &names.__hash__)) |m| return m;
    }
    return null;
}

/// Identity hash for objects without a value hash (functions, plain instances, types).
pub fn identityHash(o: *const Object) i64 {
    const a: u64 = @intFromPtr(o);
    // CPython rotates the address right by 4 bits so that 16-byte-aligned objects spread out;
    // here within 62 bits, so the hash is a small int: hash() and object.__hash__() give the
    // same value without allocating a big int.
    const h: i64 = @bitCast((a >> 4) | ((a & 0xF) << 58));
    return if (h == -1) -2 else h;
}
