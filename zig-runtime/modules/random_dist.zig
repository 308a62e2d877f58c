//! random.py's real-valued distributions, step by step as CPython 3.11 computes them. The
//! parameters are combined with Python's own arithmetic (rt.ops), so int or float arguments
//! give CPython's results and errors; the draws and the libm calls (log, exp, sqrt, cos, ...)
//! are the same ones in the same order.
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const libm = @import("libm.zig");
const math = @import("math.zig");
const random = @import("random.zig");
const Gen = random.Gen;
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;
const ops = rt.ops;
const F = mu.float;
const twopi = std.math.tau;

/// math.log(x) for a float (math_1 with m_log's special cases).
fn log(x: f64) Error!f64 {
    if (x > 0.0 and std.math.isFinite(x)) return libm.log(x);
    if (x == 0.0 or (x < 0.0)) return exc.raiseMsg(&types.ValueError, "math domain error");
    return x;
}

fn exp(x: f64) Error!f64 {
    return math.math1(x, libm.exp, true);
}

fn sqrt(x: f64) Error!f64 {
    return math.math1(x, libm.sqrt, false);
}

fn acos(x: f64) Error!f64 {
    return math.math1(x, libm.acos, false);
}

/// `x ** y` for floats, with CPython's float_pow errors.
fn fpow(x: f64, y: f64) Error!f64 {
    return libm.floatPow(x, y) catch |e| switch (e) {
        error.ZeroToNegative => exc.raiseMsg(&types.ZeroDivisionError, "0.0 cannot be raised to a negative power"),
        error.Complex => exc.raiseMsg(&types.ValueError, "complex results of a float power are not supported by pyaot"),
        error.Overflow => exc.raiseMsg(&types.OverflowError, "(34, 'Numerical result out of range')"),
    };
}

/// `mu + z * sigma`.
fn affine(m: Value, z: Value, sigma: Value) Error!Value {
    if (m == .float and z == .float and sigma == .float) return F(m.float + z.float * sigma.float);
    return ops.add(m, try ops.mul(z, sigma));
}

pub fn uniform_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.uniform", .names = &.{ "a", "b" }, .n_pos = 2, .n_req = 2 }, args);
    var g = try Gen.of(self);
    const lo = a[0].?;
    const hi = a[1].?;
    if (lo == .float and hi == .float) return F(lo.float + (hi.float - lo.float) * try g.random());
    // a + (b - a) * self.random()
    const width = try ops.sub(hi, lo);
    return ops.add(lo, try ops.mul(width, F(try g.random())));
}

pub fn triangular_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.triangular", .names = &.{ "low", "high", "mode" }, .n_pos = 3, .n_req = 0 }, args);
    var g = try Gen.of(self);
    var low = a[0] orelse F(0.0);
    var high = a[1] orelse F(1.0);
    const mode = a[2] orelse .none;
    var u = try g.random();
    var c: Value = F(0.5);
    if (mode != .none) {
        const num = try ops.sub(mode, low);
        const den = try ops.sub(high, low);
        c = ops.truediv(num, den) catch |e| {
            if (!exc.pendingIs(&types.ZeroDivisionError)) return e;
            _ = exc.take();
            return low;
        };
    }
    if (try ops.gt(F(u), c)) {
        u = 1.0 - u;
        c = try ops.sub(F(1.0), c);
        std.mem.swap(Value, &low, &high);
    }
    const root = try sqrt(try mu.toF64(try ops.mul(F(u), c)));
    return ops.add(low, try ops.mul(try ops.sub(high, low), F(root)));
}

pub fn normalvariate_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.normalvariate", .names = &.{ "mu", "sigma" }, .n_pos = 2, .n_req = 0 }, args);
    var g = try Gen.of(self);
    return affine(a[0] orelse F(0.0), F(try normal(&g)), a[1] orelse F(1.0));
}

/// Kinderman and Monahan's ratio of uniforms: a standard normal deviate.
fn normal(g: *Gen) Error!f64 {
    while (true) {
        const rand1 = try g.random();
        const w2 = 1.0 - try g.random();
        const z = random.nvMagic() * (rand1 - 0.5) / w2;
        const zz = z * z / 4.0;
        if (zz <= -(try log(w2))) return z;
    }
}

pub fn gauss_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.gauss", .names = &.{ "mu", "sigma" }, .n_pos = 2, .n_req = 0 }, args);
    var g = try Gen.of(self);
    var z = g.r.gauss_next;
    g.r.gauss_next = .none;
    if (z == .none) {
        const x2pi = (try g.random()) * twopi;
        const g2rad = try sqrt(-2.0 * try log(1.0 - try g.random()));
        z = F(libm.cos(x2pi) * g2rad);
        g.r.gauss_next = F(libm.sin(x2pi) * g2rad);
    }
    return affine(a[0] orelse F(0.0), z, a[1] orelse F(1.0));
}

pub fn lognormvariate_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.lognormvariate", .names = &.{ "mu", "sigma" }, .n_pos = 2, .n_req = 2 }, args);
    var g = try Gen.of(self);
    const n = try affine(a[0].?, F(try normal(&g)), a[1].?);
    return F(try exp(try mu.toF64(n)));
}

pub fn expovariate_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.expovariate", .names = &.{"lambd"}, .n_pos = 1, .n_req = 1 }, args);
    var g = try Gen.of(self);
    const x = -(try log(1.0 - try g.random()));
    return ops.truediv(F(x), a[0].?);
}

pub fn vonmisesvariate_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.vonmisesvariate", .names = &.{ "mu", "kappa" }, .n_pos = 2, .n_req = 2 }, args);
    var g = try Gen.of(self);
    const m = a[0].?;
    const kappa = a[1].?;
    if (try ops.le(kappa, F(1e-6))) return F(twopi * try g.random());
    const s = try mu.toF64(try ops.truediv(F(0.5), kappa));
    const r = s + try sqrt(1.0 + s * s);
    var z: f64 = undefined;
    while (true) {
        const rand1 = try g.random();
        z = libm.cos(std.math.pi * rand1);
        const d = z / (r + z);
        const w2 = try g.random();
        if (w2 < 1.0 - d * d or w2 <= (1.0 - d) * try exp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const w3 = try g.random();
    const angle = F(try acos(f));
    const theta = if (w3 > 0.5) try ops.add(m, angle) else try ops.sub(m, angle);
    return ops.mod(theta, F(twopi));
}

pub fn gammavariate_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.gammavariate", .names = &.{ "alpha", "beta" }, .n_pos = 2, .n_req = 2 }, args);
    var g = try Gen.of(self);
    return ops.mul(F(try gamma(&g, a[0].?, a[1].?)), a[1].?);
}

/// A gamma deviate with shape alpha and scale 1 (the caller multiplies by beta, as random.py's
/// `x * beta`).
fn gamma(g: *Gen, alpha_v: Value, beta_v: Value) Error!f64 {
    if (try ops.le(alpha_v, F(0.0)) or try ops.le(beta_v, F(0.0)))
        return exc.raiseMsg(&types.ValueError, "gammavariate: alpha and beta must be > 0.0");
    const alpha = try mu.toF64(alpha_v);
    if (alpha > 1.0) {
        // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape
        // parameters", Applied Statistics (1977), 26, No. 1, p71-74.
        const ainv = try sqrt(2.0 * alpha - 1.0);
        const bbb = alpha - random.log4();
        const ccc = alpha + ainv;
        while (true) {
            const rand1 = try g.random();
            if (!(1e-7 < rand1 and rand1 < 0.9999999)) continue;
            const w2 = 1.0 - try g.random();
            const v = (try log(rand1 / (1.0 - rand1))) / ainv;
            const x = alpha * try exp(v);
            const z = rand1 * rand1 * w2;
            const r = bbb + ccc * v - x;
            if (r + random.sgMagic() - 4.5 * z >= 0.0 or r >= try log(z)) return x;
        }
    }
    if (alpha == 1.0) return -(try log(1.0 - try g.random()));
    // 0 < alpha < 1: algorithm GS of Statistical Computing - Kennedy & Gentle.
    while (true) {
        const u = try g.random();
        const b = (std.math.e + alpha) / std.math.e;
        const p = b * u;
        const x = if (p <= 1.0) try fpow(p, 1.0 / alpha) else -(try log((b - p) / alpha));
        const rand1 = try g.random();
        if (p > 1.0) {
            if (rand1 <= try fpow(x, alpha - 1.0)) return x;
        } else if (rand1 <= try exp(-x)) {
            return x;
        }
    }
}

pub fn betavariate_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.betavariate", .names = &.{ "alpha", "beta" }, .n_pos = 2, .n_req = 2 }, args);
    var g = try Gen.of(self);
    const y = try gamma(&g, a[0].?, F(1.0));
    if (y == 0.0) return F(0.0);
    return F(y / (y + try gamma(&g, a[1].?, F(1.0))));
}

pub fn paretovariate_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.paretovariate", .names = &.{"alpha"}, .n_pos = 1, .n_req = 1 }, args);
    var g = try Gen.of(self);
    const u = 1.0 - try g.random();
    const e = try mu.toF64(try ops.truediv(F(-1.0), a[0].?));
    return F(try fpow(u, e));
}

pub fn weibullvariate_(self: Value, args: rt.Args) Error!Value {
    const a = try mu.bind(.{ .name = "Random.weibullvariate", .names = &.{ "alpha", "beta" }, .n_pos = 2, .n_req = 2 }, args);
    var g = try Gen.of(self);
    const u = 1.0 - try g.random();
    const e = try mu.toF64(try ops.truediv(F(1.0), a[1].?));
    return ops.mul(a[0].?, F(try fpow(-(try log(u)), e)));
}
