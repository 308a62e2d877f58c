//! The `math` module, exact with CPython 3.11: the float functions call the C library's libm
//! (libm.zig) with CPython's special-value handling and error rules (math_1, math_2,
//! loghelper, math_pow ...); the integer functions use core/intmath.zig; fsum, hypot, dist
//! and prod are in math_sum.zig.
//!
//! Error rules (CPython's math_1): a NaN result from a non-NaN argument is ValueError("math
//! domain error"); an infinite result from a finite argument is OverflowError("math range
//! error") for functions that can overflow and ValueError otherwise; a finite result with
//! errno set goes through is_error (ERANGE below 1.5 in magnitude is an underflow, no error).
const std = @import("std");
const rt = @import("../rt.zig");
const registry = @import("registry.zig");
const mu = @import("modutil.zig");
const libm = @import("libm.zig");
const sums = @import("math_sum.zig");
const Value = rt.Value;
const Error = rt.Error;
const Int = rt.Int;
const exc = rt.exc;
const types = rt.types;
const intops = rt.intops;
const isNan = std.math.isNan;
const isInf = std.math.isInf;
const isFinite = std.math.isFinite;
const inf = std.math.inf(f64);
const nan = std.math.nan(f64);

var mod: ?*rt.Module = null;

pub fn module() Value {
    return registry.nativeModule(&mod, "math", get);
}

fn get(name: []const u8) ?Value {
    const a = attrs.get(name) orelse return null;
    return a.value();
}

const attrs = mu.Map.initComptime(.{
    .{ "pi", mu.Attr{ .float = std.math.pi } },
    .{ "e", mu.Attr{ .float = std.math.e } },
    .{ "tau", mu.Attr{ .float = std.math.tau } },
    .{ "inf", mu.Attr{ .float = inf } },
    .{ "nan", mu.Attr{ .float = nan } },
    .{ "acos", unary("acos", libm.acos, false) },
    .{ "acosh", unary("acosh", libm.acosh, false) },
    .{ "asin", unary("asin", libm.asin, false) },
    .{ "asinh", unary("asinh", libm.asinh, false) },
    .{ "atan", unary("atan", libm.atan, false) },
    .{ "atanh", unary("atanh", libm.atanh, false) },
    .{ "cbrt", unary("cbrt", libm.cbrt, false) },
    .{ "cos", unary("cos", libm.cos, false) },
    .{ "cosh", unary("cosh", libm.cosh, true) },
    .{ "exp", unary("exp", libm.exp, true) },
    .{ "exp2", unary("exp2", libm.exp2, true) },
    .{ "expm1", unary("expm1", libm.expm1, true) },
    .{ "fabs", unary("fabs", fabs, false) },
    .{ "log1p", unary("log1p", log1p, false) },
    .{ "sin", unary("sin", libm.sin, false) },
    .{ "sinh", unary("sinh", libm.sinh, true) },
    .{ "sqrt", unary("sqrt", libm.sqrt, false) },
    .{ "tan", unary("tan", libm.tan, false) },
    .{ "tanh", unary("tanh", libm.tanh, false) },
    .{ "erf", unaryErrno("erf", libm.erf) },
    .{ "erfc", unaryErrno("erfc", libm.erfc) },
    .{ "gamma", unaryErrno("gamma", libm.tgamma) },
    .{ "lgamma", unaryErrno("lgamma", libm.lgamma) },
    .{ "atan2", binary("atan2", atan2) },
    .{ "copysign", binary("copysign", copysign) },
    .{ "remainder", binary("remainder", remainder) },
    .{ "fmod", mu.func("fmod", fmod_) },
    .{ "pow", mu.func("pow", pow_) },
    .{ "floor", mu.func("floor", floor_) },
    .{ "ceil", mu.func("ceil", ceil_) },
    .{ "trunc", mu.func("trunc", trunc_) },
    .{ "frexp", mu.func("frexp", frexp_) },
    .{ "ldexp", mu.func("ldexp", ldexp_) },
    .{ "modf", mu.func("modf", modf_) },
    .{ "log", mu.func("log", log_) },
    .{ "log2", mu.func("log2", log2_) },
    .{ "log10", mu.func("log10", log10_) },
    .{ "degrees", mu.func("degrees", degrees_) },
    .{ "radians", mu.func("radians", radians_) },
    .{ "isfinite", mu.func("isfinite", isfinite_) },
    .{ "isinf", mu.func("isinf", isinf_) },
    .{ "isnan", mu.func("isnan", isnan_) },
    .{ "isclose", mu.func("isclose", isclose_) },
    .{ "nextafter", mu.func("nextafter", nextafter_) },
    .{ "ulp", mu.func("ulp", ulp_) },
    .{ "fsum", mu.func("fsum", fsum_) },
    .{ "prod", mu.func("prod", prod_) },
    .{ "hypot", mu.func("hypot", hypot_) },
    .{ "dist", mu.func("dist", dist_) },
    .{ "factorial", mu.func("factorial", factorial_) },
    .{ "gcd", mu.func("gcd", gcd_) },
    .{ "lcm", mu.func("lcm", lcm_) },
    .{ "isqrt", mu.func("isqrt", isqrt_) },
    .{ "comb", mu.func("comb", comb_) },
    .{ "perm", mu.func("perm", perm_) },
});

// ---- Errors ----------------------------------------------------------------------------------

fn domainError() Error {
    return exc.raiseMsg(&types.ValueError, "math domain error");
}

fn rangeError() Error {
    return exc.raiseMsg(&types.OverflowError, "math range error");
}

/// CPython's is_error, called when errno is set: null when the result stands (an underflow).
fn checkErrno(r: f64) Error!void {
    const e = libm.errno().*;
    if (e == 0) return;
    if (e == libm.ERANGE) {
        if (@abs(r) < 1.5) return;
        return rangeError();
    }
    return domainError();
}

// ---- One- and two-argument float functions -----------------------------------------------------

/// math_1: `f(x)` with CPython's checks of the result.
pub fn math1(x: f64, comptime f: anytype, comptime can_overflow: bool) Error!f64 {
    libm.errno().* = 0;
    const r = f(x);
    if (isNan(r) and !isNan(x)) return domainError();
    if (isInf(r) and isFinite(x)) return if (can_overflow) rangeError() else domainError();
    if (isFinite(r)) try checkErrno(r);
    return r;
}

fn unary(comptime name: []const u8, comptime f: anytype, comptime can_overflow: bool) mu.Attr {
    const S = struct {
        fn impl(args: rt.Args) Error!Value {
            try rt.call.expectArgs("math." ++ name, args, 1, 1);
            return mu.float(try math1(try mu.toF64(args.pos[0]), f, can_overflow));
        }
    };
    return mu.func(name, S.impl);
}

/// math_1a: functions that set errno themselves (erf, erfc, gamma, lgamma).
fn unaryErrno(comptime name: []const u8, comptime f: anytype) mu.Attr {
    const S = struct {
        fn impl(args: rt.Args) Error!Value {
            try rt.call.expectArgs("math." ++ name, args, 1, 1);
            const x = try mu.toF64(args.pos[0]);
            libm.errno().* = 0;
            const r = f(x);
            try checkErrno(r);
            return mu.float(r);
        }
    };
    return mu.func(name, S.impl);
}

/// math_2: `f(x, y)`; a NaN from non-NaN arguments is a domain error, an infinity from finite
/// ones a range error.
fn binary(comptime name: []const u8, comptime f: fn (f64, f64) f64) mu.Attr {
    const S = struct {
        fn impl(args: rt.Args) Error!Value {
            try rt.call.expectArgs(name, args, 2, 2);
            const x = try mu.toF64(args.pos[0]);
            const y = try mu.toF64(args.pos[1]);
            const r = f(x, y);
            if (isNan(r) and !isNan(x) and !isNan(y)) return domainError();
            if (isInf(r) and isFinite(x) and isFinite(y)) return rangeError();
            return mu.float(r);
        }
    };
    return mu.func(name, S.impl);
}

fn fabs(x: f64) f64 {
    return @abs(x);
}

fn log1p(x: f64) f64 {
    // Some libms get the sign of log1p(-0.0) wrong; CPython returns x itself for zeros.
    if (x == 0.0) return x;
    return libm.log1p(x);
}

fn copysign(x: f64, y: f64) f64 {
    return std.math.copysign(x, y);
}

/// CPython's m_atan2: special values first, the rest to libm.
pub fn atan2(y: f64, x: f64) f64 {
    if (isNan(x) or isNan(y)) return nan;
    if (isInf(y)) {
        if (isInf(x)) {
            if (std.math.copysign(@as(f64, 1.0), x) == 1.0) return std.math.copysign(@as(f64, 0.25 * std.math.pi), y);
            return std.math.copysign(@as(f64, 0.75 * std.math.pi), y);
        }
        return std.math.copysign(@as(f64, 0.5 * std.math.pi), y);
    }
    if (isInf(x) or y == 0.0) {
        if (std.math.copysign(@as(f64, 1.0), x) == 1.0) return std.math.copysign(@as(f64, 0.0), y);
        return std.math.copysign(@as(f64, std.math.pi), y);
    }
    return libm.atan2(y, x);
}

/// CPython's m_remainder: x - n*y for the nearest multiple n*y, ties to even n; exact.
pub fn remainder(x: f64, y: f64) f64 {
    if (isFinite(x) and isFinite(y)) {
        if (y == 0.0) return nan;
        const absx = @abs(x);
        const absy = @abs(y);
        const m = libm.fmod(absx, absy);
        // Compare m with absy - m rather than 0.5 * absy, which may not be representable.
        const c = absy - m;
        const r = if (m < c) m else if (m > c) -c else m - 2.0 * libm.fmod(0.5 * (absx - m), absy);
        return std.math.copysign(@as(f64, 1.0), x) * r;
    }
    if (isNan(x)) return x;
    if (isNan(y)) return y;
    if (isInf(x)) return nan;
    return x;
}

fn fmod_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("fmod", args, 2, 2);
    return mu.float(try fmod(try mu.toF64(args.pos[0]), try mu.toF64(args.pos[1])));
}

pub fn fmod(x: f64, y: f64) Error!f64 {
    // fmod(x, +-inf) is x for finite x.
    if (isInf(y) and isFinite(x)) return x;
    const r = libm.fmod(x, y);
    if (isNan(r) and !isNan(x) and !isNan(y)) return domainError();
    return r;
}

fn pow_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("pow", args, 2, 2);
    return mu.float(try pow(try mu.toF64(args.pos[0]), try mu.toF64(args.pos[1])));
}

/// CPython's math_pow: IEEE special values handled directly, finite ** finite by libm.
pub fn pow(x: f64, y: f64) Error!f64 {
    if (!isFinite(x) or !isFinite(y)) {
        if (isNan(x)) return if (y == 0.0) 1.0 else x;
        if (isNan(y)) return if (x == 1.0) 1.0 else y;
        if (isInf(x)) {
            const odd_y = isFinite(y) and libm.fmod(@abs(y), 2.0) == 1.0;
            if (y > 0.0) return if (odd_y) x else @abs(x);
            if (y == 0.0) return 1.0;
            return if (odd_y) std.math.copysign(@as(f64, 0.0), x) else 0.0;
        }
        // y is infinite.
        if (@abs(x) == 1.0) return 1.0;
        if (y > 0.0 and @abs(x) > 1.0) return y;
        if (y < 0.0 and @abs(x) < 1.0) return -y;
        return 0.0;
    }
    const r = libm.pow(x, y);
    if (isNan(r)) return domainError();
    if (isInf(r)) return if (x == 0.0) domainError() else rangeError();
    return r;
}

// ---- floor, ceil, trunc ------------------------------------------------------------------------

/// floor/ceil: floats round to an int; ints are returned as they are; other objects use their
/// `__floor__`/`__ceil__`, else their float value.
fn rounding(comptime name: []const u8, args: rt.Args, comptime op: fn (f64) f64) Error!Value {
    try rt.call.expectArgs("math." ++ name, args, 1, 1);
    const v = args.pos[0];
    switch (v) {
        .float => |f| return .{ .int = try intops.fromF64(op(f)) },
        .int => return v,
        .bool => |b| return Value.fromSmall(@intFromBool(b)),
        .obj => |o| if (o.ty.flags.heap) {
            if (rt.attr.lookupType(o.ty, mu.lit("__" ++ name ++ "__"))) |m| return rt.call.callUnbound(m, v, &.{});
        },
        .none => {},
    }
    return .{ .int = try intops.fromF64(op(try mu.toF64(v))) };
}

fn floorF(x: f64) f64 {
    return @floor(x);
}
fn ceilF(x: f64) f64 {
    return @ceil(x);
}

fn floor_(args: rt.Args) Error!Value {
    return rounding("floor", args, floorF);
}

fn ceil_(args: rt.Args) Error!Value {
    return rounding("ceil", args, ceilF);
}

fn trunc_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.trunc", args, 1, 1);
    const v = args.pos[0];
    switch (v) {
        .float => |f| return .{ .int = try intops.fromF64(f) },
        .int => return v,
        .bool => |b| return Value.fromSmall(@intFromBool(b)),
        .obj => |o| if (o.ty.flags.heap) {
            if (rt.attr.lookupType(o.ty, mu.lit("__trunc__"))) |m| return rt.call.callUnbound(m, v, &.{});
        },
        .none => {},
    }
    return exc.raiseFmt(&types.TypeError, "type {s} doesn't define __trunc__ method", .{rt.ops.typeName(v)});
}

// ---- frexp, ldexp, modf ------------------------------------------------------------------------

fn frexp_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.frexp", args, 1, 1);
    var x = try mu.toF64(args.pos[0]);
    var e: c_int = 0;
    if (!(isNan(x) or isInf(x) or x == 0.0)) x = libm.frexp(x, &e);
    return mu.pair(mu.float(x), Value.fromSmall(e));
}

fn ldexp_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("ldexp", args, 2, 2);
    const x = try mu.toF64(args.pos[0]);
    const iv = args.pos[1];
    const i: Int = switch (iv) {
        .int => |i| i,
        .bool => |b| Int.fromSmall(@intFromBool(b)),
        else => return exc.raiseMsg(&types.TypeError, "Expected an int as second argument to ldexp."),
    };
    // Exponents past the C long range saturate, as PyLong_AsLongAndOverflow makes them.
    const e: i64 = i.toI64() orelse if (intops.isNegative(i)) std.math.minInt(i64) else std.math.maxInt(i64);
    if (x == 0.0 or !isFinite(x)) return mu.float(x);
    if (e > std.math.maxInt(c_int)) return rangeError();
    if (e < std.math.minInt(c_int)) return mu.float(std.math.copysign(@as(f64, 0.0), x));
    const r = libm.ldexp(x, @intCast(e));
    if (isInf(r)) return rangeError();
    return mu.float(r);
}

fn modf_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.modf", args, 1, 1);
    const x = try mu.toF64(args.pos[0]);
    if (isInf(x)) return mu.pair(mu.float(std.math.copysign(@as(f64, 0.0), x)), mu.float(x));
    if (isNan(x)) return mu.pair(mu.float(x), mu.float(x));
    var ip: f64 = undefined;
    const frac = libm.modf(x, &ip);
    return mu.pair(mu.float(frac), mu.float(ip));
}

// ---- Logarithms --------------------------------------------------------------------------------

/// CPython's m_log, m_log2 and m_log10: special values handled here, errno EDOM for the
/// domain errors, positive finite values to libm.
fn logSpecial(comptime f: fn (f64) callconv(.c) f64) fn (f64) f64 {
    return struct {
        fn impl(x: f64) f64 {
            if (isFinite(x)) {
                if (x > 0.0) return f(x);
                libm.errno().* = libm.EDOM;
                return if (x == 0.0) -inf else nan;
            }
            if (isNan(x) or x > 0.0) return x;
            libm.errno().* = libm.EDOM;
            return nan;
        }
    }.impl;
}

const mLog = logSpecial(libm.log);
const mLog2 = logSpecial(libm.log2);
const mLog10 = logSpecial(libm.log10);

/// CPython's loghelper: ints are handled exactly (a huge int as m * 2**e), other values by
/// math_1.
fn logHelper(v: Value, comptime f: fn (f64) f64) Error!f64 {
    const i: Int = switch (v) {
        .int => |i| i,
        .bool => |b| Int.fromSmall(@intFromBool(b)),
        else => return math1(try mu.toF64(v), f, false),
    };
    if (intops.isNegative(i) or intops.isZero(i)) return domainError();
    if (i.isSmall()) return f(@floatFromInt(i.small()));
    const x = rt.intops.toF64(i) catch {
        _ = exc.take();
        const fe = frexpBig(i);
        return f(fe.m) + f(2.0) * @as(f64, @floatFromInt(fe.e));
    };
    return f(x);
}

/// _PyLong_Frexp for a positive big int: m in [0.5, 1) rounded to 53 bits and e with
/// m * 2**e ~= i.
fn frexpBig(i: Int) struct { m: f64, e: u64 } {
    const limbs = i.big().limbs;
    var bits = intops.bitLength(i);
    // The top 64 bits, then whether anything below them is set.
    const top = limbs.len - 1;
    const s: u6 = @intCast(@clz(limbs[top]));
    var lead = limbs[top];
    var sticky = false;
    var below = top;
    if (s != 0) {
        lead = (limbs[top] << s) | (limbs[top - 1] >> @intCast(64 - @as(u7, s)));
        sticky = (limbs[top - 1] << s) != 0;
        below = top - 1;
    }
    for (limbs[0..below]) |l| sticky = sticky or l != 0;
    var m = intops.scaleToF64(lead, sticky, -64, false).?;
    if (m == 1.0) {
        m = 0.5;
        bits += 1;
    }
    return .{ .m = m, .e = bits };
}

fn log_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("log", args, 1, 2);
    const num = try logHelper(args.pos[0], mLog);
    if (args.pos.len == 1) return mu.float(num);
    const den = try logHelper(args.pos[1], mLog);
    if (den == 0.0) return exc.raiseMsg(&types.ZeroDivisionError, "float division by zero");
    return mu.float(num / den);
}

fn log2_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.log2", args, 1, 1);
    return mu.float(try logHelper(args.pos[0], mLog2));
}

fn log10_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.log10", args, 1, 1);
    return mu.float(try logHelper(args.pos[0], mLog10));
}

// ---- Small float functions ---------------------------------------------------------------------

const deg_to_rad: f64 = std.math.pi / 180.0;
const rad_to_deg: f64 = 180.0 / std.math.pi;

fn degrees_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.degrees", args, 1, 1);
    return mu.float(try mu.toF64(args.pos[0]) * rad_to_deg);
}

fn radians_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.radians", args, 1, 1);
    return mu.float(try mu.toF64(args.pos[0]) * deg_to_rad);
}

fn isfinite_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.isfinite", args, 1, 1);
    return Value.fromBool(isFinite(try mu.toF64(args.pos[0])));
}

fn isinf_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.isinf", args, 1, 1);
    return Value.fromBool(isInf(try mu.toF64(args.pos[0])));
}

fn isnan_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.isnan", args, 1, 1);
    return Value.fromBool(isNan(try mu.toF64(args.pos[0])));
}

fn isclose_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "isclose", .names = &.{ "a", "b", "rel_tol", "abs_tol" }, .n_pos = 2, .n_req = 2 }, args);
    const rel_tol = if (a[2]) |v| try mu.toF64(v) else 1e-09;
    const abs_tol = if (a[3]) |v| try mu.toF64(v) else 0.0;
    return Value.fromBool(try isclose(try mu.toF64(a[0].?), try mu.toF64(a[1].?), rel_tol, abs_tol));
}

pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) Error!bool {
    if (rel_tol < 0.0 or abs_tol < 0.0) return exc.raiseMsg(&types.ValueError, "tolerances must be non-negative");
    if (a == b) return true;
    if (isInf(a) or isInf(b)) return false;
    const diff = @abs(b - a);
    return diff <= @abs(rel_tol * b) or diff <= @abs(rel_tol * a) or diff <= abs_tol;
}

fn nextafter_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("nextafter", args, 2, 2);
    return mu.float(libm.nextafter(try mu.toF64(args.pos[0]), try mu.toF64(args.pos[1])));
}

fn ulp_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.ulp", args, 1, 1);
    return mu.float(ulp(try mu.toF64(args.pos[0])));
}

pub fn ulp(x0: f64) f64 {
    if (isNan(x0)) return x0;
    const x = @abs(x0);
    if (isInf(x)) return x;
    const x2 = libm.nextafter(x, inf);
    // x is the largest finite float: measure the gap below it.
    if (isInf(x2)) return x - libm.nextafter(x, -inf);
    return x2 - x;
}

fn fsum_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.fsum", args, 1, 1);
    return mu.float(try sums.fsum(args.pos[0]));
}

fn prod_(args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "prod", .names = &.{ "iterable", "start" }, .n_pos = 1, .n_req = 1 }, args);
    return sums.prod(a[0].?, a[1] orelse Value.fromSmall(1));
}

fn hypot_(args: rt.Args) Error!Value {
    try mu.noKeywords("hypot", args);
    return mu.float(try sums.hypot(args.pos));
}

fn dist_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("dist", args, 2, 2);
    return mu.float(try sums.dist(args.pos[0], args.pos[1]));
}

// ---- Integer functions -------------------------------------------------------------------------

fn factorial_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.factorial", args, 1, 1);
    return .{ .int = try intops.factorial(try mu.toIndex(args.pos[0])) };
}

fn gcd_(args: rt.Args) Error!Value {
    try mu.noKeywords("gcd", args);
    if (args.pos.len == 0) return Value.fromSmall(0);
    var r = try mu.toIndex(args.pos[0]);
    if (args.pos.len == 1) return .{ .int = intops.abs(r) };
    for (args.pos[1..]) |v| {
        const x = try mu.toIndex(v);
        if (r.eqlFast(Int.one)) continue; // gcd stays 1; the rest only need checking
        r = try intops.gcd(r, x);
    }
    return .{ .int = r };
}

fn lcm_(args: rt.Args) Error!Value {
    try mu.noKeywords("lcm", args);
    if (args.pos.len == 0) return Value.fromSmall(1);
    var r = try mu.toIndex(args.pos[0]);
    if (args.pos.len == 1) return .{ .int = intops.abs(r) };
    for (args.pos[1..]) |v| {
        const x = try mu.toIndex(v);
        if (intops.isZero(r)) continue; // lcm stays 0; the rest only need checking
        r = try intops.lcm(r, x);
    }
    return .{ .int = r };
}

fn isqrt_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("math.isqrt", args, 1, 1);
    return .{ .int = try intops.isqrt(try mu.toIndex(args.pos[0])) };
}

fn comb_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("comb", args, 2, 2);
    const n = try mu.toIndex(args.pos[0]);
    const k = try mu.toIndex(args.pos[1]);
    return .{ .int = try intops.comb(n, k) };
}

fn perm_(args: rt.Args) Error!Value {
    try rt.call.expectArgs("perm", args, 1, 2);
    if (args.pos.len == 1 or args.pos[1] == .none) {
        return .{ .int = try intops.factorial(try mu.toIndex(args.pos[0])) };
    }
    const n = try mu.toIndex(args.pos[0]);
    const k = try mu.toIndex(args.pos[1]);
    return .{ .int = try intops.perm(n, k) };
}
