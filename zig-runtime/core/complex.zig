//! Python `complex`, following CPython's complexobject.c: arithmetic (Smith-style division,
//! integer powers by repeated squaring), comparison for equality only, hash and repr.
const std = @import("std");
const value = @import("value.zig");
const types = @import("types.zig");
const exc = @import("exc.zig");
const mem = @import("mem.zig");
const ops = @import("ops.zig");
const intops = @import("intops.zig");
const floatops = @import("floatops.zig");
const str_mod = @import("str.zig");
const numfmt = @import("numfmt.zig");
const Value = value.Value;
const Object = value.Object;
const Error = @import("err.zig").Error;

pub const Complex = struct {
    base: Object,
    re: f64,
    im: f64,

    pub const kind: value.Kind = .complex;
};

pub fn new(re: f64, im: f64) Value {
    const c = mem.create(Complex, .noscan);
    c.* = .{ .base = .{ .ty = &types.complex_type }, .re = re, .im = im };
    return .{ .obj = &c.base };
}

const C = struct { re: f64, im: f64 };

/// The operand as a complex number, for int, bool, float and complex values.
fn asComplex(v: Value) Error!?C {
    return switch (v) {
        .int => |i| .{ .re = try intops.toF64(i), .im = 0 },
        .bool => |b| .{ .re = @floatFromInt(@intFromBool(b)), .im = 0 },
        .float => |f| .{ .re = f, .im = 0 },
        .obj => |o| if (o.ty.kind == .complex) .{ .re = Object.as(o, Complex).re, .im = Object.as(o, Complex).im } else null,
        else => null,
    };
}

pub fn isComplex(v: Value) bool {
    return v.isKind(.complex);
}

fn mul(a: C, b: C) C {
    return .{ .re = a.re * b.re - a.im * b.im, .im = a.re * b.im + a.im * b.re };
}

fn quot(a: C, b: C) Error!C {
    const abs_br = @abs(b.re);
    const abs_bi = @abs(b.im);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) return exc.raiseMsg(&types.ZeroDivisionError, "complex division by zero");
        const ratio = b.im / b.re;
        const denom = b.re + b.im * ratio;
        return .{ .re = (a.re + a.im * ratio) / denom, .im = (a.im - a.re * ratio) / denom };
    } else if (abs_bi >= abs_br) {
        const ratio = b.re / b.im;
        const denom = b.re * ratio + b.im;
        return .{ .re = (a.re * ratio + a.im) / denom, .im = (a.im * ratio - a.re) / denom };
    }
    return .{ .re = std.math.nan(f64), .im = std.math.nan(f64) };
}

fn powu(x: C, n: u64) C {
    var r: C = .{ .re = 1, .im = 0 };
    var p = x;
    var mask: u64 = 1;
    while (mask > 0 and n >= mask) {
        if (n & mask != 0) r = mul(r, p);
        mask <<= 1;
        p = mul(p, p);
    }
    return r;
}

fn pow(a: C, b: C) Error!C {
    // Integral exponents up to 100 use repeated squaring, as CPython does.
    if (b.im == 0 and b.re == @floor(b.re) and @abs(b.re) <= 100) {
        const n: i64 = @intFromFloat(b.re);
        if (n >= 0) return powu(a, @intCast(n));
        if (a.re == 0 and a.im == 0) return exc.raiseMsg(&types.ZeroDivisionError, "0.0 to a negative or complex power");
        return quot(.{ .re = 1, .im = 0 }, powu(a, @intCast(-n)));
    }
    if (b.re == 0 and b.im == 0) return .{ .re = 1, .im = 0 };
    if (a.re == 0 and a.im == 0) {
        if (b.im != 0 or b.re < 0) return exc.raiseMsg(&types.ZeroDivisionError, "0.0 to a negative or complex power");
        return .{ .re = 0, .im = 0 };
    }
    // CPython's _Py_c_pow, on the C library's functions (bit-identical results).
    const m = @import("../modules/libm.zig");
    const vabs = m.hypot(a.re, a.im);
    var len = m.pow(vabs, b.re);
    const at = m.atan2(a.im, a.re);
    var phase = at * b.re;
    if (b.im != 0) {
        len /= m.exp(at * b.im);
        phase += b.im * m.log(vabs);
    }
    return .{ .re = len * m.cos(phase), .im = len * m.sin(phase) };
}

/// Binary operators where either side is complex; null when the other side is not a number.
pub fn binary(op: ops.BinOp, a: Value, b: Value) Error!?Value {
    const x = (try asComplex(a)) orelse return null;
    const y = (try asComplex(b)) orelse return null;
    const r: C = switch (op) {
        .add => .{ .re = x.re + y.re, .im = x.im + y.im },
        .sub => .{ .re = x.re - y.re, .im = x.im - y.im },
        .mul => mul(x, y),
        .truediv => try quot(x, y),
        .pow => try pow(x, y),
        .floordiv, .mod => return exc.raiseFmt(&types.TypeError, "unsupported operand type(s) for {s}: '{s}' and '{s}'", .{ op.symbol(), ops.typeName(a), ops.typeName(b) }),
        else => return null,
    };
    return new(r.re, r.im);
}

/// `==` / `!=` with another number; null when the other side is not a number.
pub fn equal(a: Value, b: Value) Error!?bool {
    const x = (try asComplex(a)) orelse return null;
    const y = (try asComplex(b)) orelse return null;
    // Exact comparison with ints: a huge int equals the complex only if it converts exactly.
    return x.re == y.re and x.im == y.im;
}

pub fn neg(o: *Object) Value {
    const c = Object.as(o, Complex);
    return new(-c.re, -c.im);
}

pub fn abs(o: *Object) Error!Value {
    const c = Object.as(o, Complex);
    const r = std.math.hypot(c.re, c.im);
    if (std.math.isInf(r) and std.math.isFinite(c.re) and std.math.isFinite(c.im)) return exc.raiseMsg(&types.OverflowError, "absolute value too large");
    return .{ .float = r };
}

pub fn truthy(o: *Object) bool {
    const c = Object.as(o, Complex);
    return c.re != 0 or c.im != 0;
}

pub fn hash(o: *Object) i64 {
    const c = Object.as(o, Complex);
    const hr: u64 = @bitCast(floatops.hash(c.re));
    const hi: u64 = @bitCast(floatops.hash(c.im));
    var h: i64 = @bitCast(hr +% 1000003 *% hi);
    if (h == -1) h = -2;
    return h;
}

/// repr: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`; components without a forced `.0`.
pub fn reprInto(b: *str_mod.Builder, o: *Object) void {
    const c = Object.as(o, Complex);
    if (c.re == 0 and std.math.copysign(@as(f64, 1.0), c.re) == 1.0) {
        component(b, c.im, false);
        b.appendByte('j');
        return;
    }
    b.appendByte('(');
    component(b, c.re, false);
    component(b, c.im, true);
    b.append("j)");
}

fn component(b: *str_mod.Builder, x: f64, sign: bool) void {
    var tmp = str_mod.Builder{};
    numfmt.floatRepr(&tmp, x);
    var s = tmp.slice();
    if (std.mem.endsWith(u8, s, ".0")) s = s[0 .. s.len - 2];
    if (sign and s[0] != '-') b.appendByte('+');
    b.append(s);
}

pub fn attr(o: *Object, name: []const u8) ?Value {
    const c = Object.as(o, Complex);
    if (std.mem.eql(u8, name, "real")) return .{ .float = c.re };
    if (std.mem.eql(u8, name, "imag")) return .{ .float = c.im };
    return null;
}

pub fn conjugate(o: *Object) Value {
    const c = Object.as(o, Complex);
    return new(c.re, -c.im);
}

/// complex(real=0, imag=0) from numbers (strings are parsed too, CPython's syntax).
pub fn construct(args: []const Value) Error!Value {
    if (args.len > 2) return exc.raiseFmt(&types.TypeError, "complex() takes at most 2 arguments ({d} given)", .{args.len});
    if (args.len == 0) return new(0, 0);
    if (args[0].isKind(.str)) {
        if (args.len == 2) return exc.raiseMsg(&types.TypeError, "complex() can't take second arg if first is a string");
        return parse(args[0].as(str_mod.Str).bytes);
    }
    const a = (try asComplex(args[0])) orelse return exc.raiseFmt(&types.TypeError, "complex() first argument must be a string or a number, not '{s}'", .{ops.typeName(args[0])});
    if (args.len < 2) return new(a.re, a.im);
    const b = (try asComplex(args[1])) orelse return exc.raiseFmt(&types.TypeError, "complex() second argument must be a number, not '{s}'", .{ops.typeName(args[1])});
    // As complex_new: only complex parts are added in, so complex(1, -0.0) keeps its -0.0
    // imaginary part (0.0 + -0.0 would be 0.0).
    var re = a.re;
    var im = b.re;
    if (isComplex(args[1])) re -= b.im;
    if (isComplex(args[0])) im += a.im;
    return new(re, im);
}

fn parse(text: []const u8) Error!Value {
    const fmtlib = @import("../format/root.zig");
    var s = std.mem.trim(u8, text, " \t\n\r\x0b\x0c");
    if (s.len >= 2 and s[0] == '(' and s[s.len - 1] == ')') s = std.mem.trim(u8, s[1 .. s.len - 1], " \t\n\r\x0b\x0c");
    if (s.len == 0) return exc.raiseMsg(&types.ValueError, "complex() arg is a malformed string");
    if (s[s.len - 1] == 'j' or s[s.len - 1] == 'J') {
        const body = s[0 .. s.len - 1];
        // Find the split between real and imaginary parts: the last sign not after an 'e'.
        var i: usize = body.len;
        while (i > 1) : (i -= 1) {
            const ch = body[i - 1];
            if ((ch == '+' or ch == '-') and body[i - 2] != 'e' and body[i - 2] != 'E') break;
        }
        if (i > 1) {
            const re = fmtlib.parseFloatStr(body[0 .. i - 1]) catch return exc.raiseMsg(&types.ValueError, "complex() arg is a malformed string");
            const imtxt = body[i - 1 ..];
            const im = if (imtxt.len == 1) (if (imtxt[0] == '-') @as(f64, -1) else 1) else fmtlib.parseFloatStr(imtxt) catch return exc.raiseMsg(&types.ValueError, "complex() arg is a malformed string");
            return new(re, im);
        }
        const im = if (body.len == 0 or std.mem.eql(u8, body, "+")) @as(f64, 1) else if (std.mem.eql(u8, body, "-")) @as(f64, -1) else fmtlib.parseFloatStr(body) catch return exc.raiseMsg(&types.ValueError, "complex() arg is a malformed string");
        return new(0, im);
    }
    const re = fmtlib.parseFloatStr(s) catch return exc.raiseMsg(&types.ValueError, "complex() arg is a malformed string");
    return new(re, 0);
}
