//! math.fsum, math.hypot, math.dist and math.prod, ported from CPython 3.11's mathmodule.c so
//! the last bit agrees: fsum is Shewchuk's exact partials sum with CPython's half-even fix-up;
//! hypot and dist share `vectorNorm` (power-of-two scaling, Veltkamp-Dekker squaring,
//! compensated summation, a differential correction of the square root).
const std = @import("std");
const rt = @import("../rt.zig");
const mu = @import("modutil.zig");
const libm = @import("libm.zig");
const Value = rt.Value;
const Error = rt.Error;
const exc = rt.exc;
const types = rt.types;

/// Partials kept on the stack before moving to the heap (CPython's NUM_PARTIALS).
const partials_stack = 32;

/// math.fsum(iterable): the correctly rounded sum.
pub fn fsum(seq: Value) Error!f64 {
    const it = try rt.iter.iter(seq);
    var stack: [partials_stack]f64 = undefined;
    var p: []f64 = &stack;
    var n: usize = 0;
    var special_sum: f64 = 0.0;
    var inf_sum: f64 = 0.0;
    while (try rt.iter.next(it)) |item| {
        var x = try mu.toF64(item);
        const xsave = x;
        var i: usize = 0;
        for (p[0..n]) |y0| {
            var y = y0;
            if (@abs(x) < @abs(y)) std.mem.swap(f64, &x, &y);
            const hi = x + y;
            const yr = hi - x;
            const lo = y - yr;
            if (lo != 0.0) {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        n = i;
        if (x == 0.0) continue;
        if (!std.math.isFinite(x)) {
            // A non-finite x comes from intermediate overflow or from an inf or nan summand.
            if (std.math.isFinite(xsave)) return exc.raiseMsg(&types.OverflowError, "intermediate overflow in fsum");
            if (std.math.isInf(xsave)) inf_sum += xsave;
            special_sum += xsave;
            n = 0;
            continue;
        }
        if (n == p.len) {
            const bigger = rt.mem.allocSlice(f64, .noscan, p.len * 2);
            @memcpy(bigger[0..n], p[0..n]);
            p = bigger;
        }
        p[n] = x;
        n += 1;
    }
    if (special_sum != 0.0) {
        if (std.math.isNan(inf_sum)) return exc.raiseMsg(&types.ValueError, "-inf + inf in fsum");
        return special_sum;
    }
    return sumExact(p[0..n]);
}

/// Adds the non-overlapping partials (increasing magnitude) from the top, stopping when the
/// sum becomes inexact, then makes half-even rounding work across partials.
fn sumExact(p: []const f64) f64 {
    var n = p.len;
    if (n == 0) return 0.0;
    n -= 1;
    var hi = p[n];
    var lo: f64 = 0.0;
    while (n > 0) {
        const x = hi;
        n -= 1;
        const y = p[n];
        std.debug.assert(@abs(y) < @abs(x));
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) break;
    }
    if (n > 0 and ((lo < 0.0 and p[n - 1] < 0.0) or (lo > 0.0 and p[n - 1] > 0.0))) {
        const y = lo * 2.0;
        const x = hi + y;
        const yr = x - hi;
        if (y == yr) hi = x;
    }
    return hi;
}

/// sqrt(sum(x*x for x in vec)) for |x| values, with `max` the largest of them (inf when one
/// is infinite) and `found_nan` whether one is a NaN: CPython's vector_norm.
pub fn vectorNorm(vec: []const f64, max: f64, found_nan: bool) f64 {
    const t27: f64 = 134217729.0; // 2**27 + 1, the Veltkamp-Dekker splitter
    if (std.math.isInf(max)) return max;
    if (found_nan) return std.math.nan(f64);
    if (max == 0.0 or vec.len <= 1) return max;
    var max_e: c_int = undefined;
    _ = libm.frexp(max, &max_e);
    var csum: f64 = 1.0;
    var frac1: f64 = 0.0;
    if (max_e >= -1023) {
        var frac2: f64 = 0.0;
        var frac3: f64 = 0.0;
        const scale = libm.ldexp(1.0, -max_e);
        for (vec) |v| {
            const x = v * scale;
            const t = x * t27;
            const hi = t - (t - x);
            const lo = x - hi;
            var sq = hi * hi;
            var oldcsum = csum;
            csum += sq;
            frac1 += (oldcsum - csum) + sq;
            sq = 2.0 * hi * lo;
            oldcsum = csum;
            csum += sq;
            frac2 += (oldcsum - csum) + sq;
            frac3 += lo * lo;
        }
        const h = libm.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        const t = h * t27;
        const hi = t - (t - h);
        const lo = h - hi;
        var x = -hi * hi;
        var oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // ldexp(1.0, -max_e) would overflow: divide by max instead of scaling.
    for (vec) |v| {
        var x = v / max;
        x = x * x;
        const oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    return max * libm.sqrt(csum - 1.0 + frac1);
}

/// Coordinates kept on the stack before moving to the heap.
const coords_stack = 16;

/// math.hypot(*coordinates).
pub fn hypot(coords: []const Value) Error!f64 {
    var stack: [coords_stack]f64 = undefined;
    const vec = if (coords.len <= stack.len) stack[0..coords.len] else rt.mem.allocSlice(f64, .noscan, coords.len);
    var max: f64 = 0.0;
    var found_nan = false;
    for (coords, vec) |c, *out| {
        const x = @abs(try mu.toF64(c));
        out.* = x;
        found_nan = found_nan or std.math.isNan(x);
        if (x > max) max = x;
    }
    return vectorNorm(vec, max, found_nan);
}

/// math.dist(p, q).
pub fn dist(p: Value, q: Value) Error!f64 {
    const ps = try rt.iter.toSlice(p);
    const qs = try rt.iter.toSlice(q);
    if (ps.len != qs.len) return exc.raiseMsg(&types.ValueError, "both points must have the same number of dimensions");
    var stack: [coords_stack]f64 = undefined;
    const vec = if (ps.len <= stack.len) stack[0..ps.len] else rt.mem.allocSlice(f64, .noscan, ps.len);
    var max: f64 = 0.0;
    var found_nan = false;
    for (ps, qs, vec) |pv, qv, *out| {
        const px = try mu.toF64(pv);
        const qx = try mu.toF64(qv);
        const x = @abs(px - qx);
        out.* = x;
        found_nan = found_nan or std.math.isNan(x);
        if (x > max) max = x;
    }
    return vectorNorm(vec, max, found_nan);
}

/// math.prod(iterable, start): start * x0 * x1 * ... with Python's `*` (CPython's C fast
/// paths give the same values as the generic product).
pub fn prod(iterable: Value, start: Value) Error!Value {
    const it = try rt.iter.iter(iterable);
    var result = start;
    while (try rt.iter.next(it)) |item| {
        result = switch (result) {
            .float => |f| switch (item) {
                .float => |g| Value.fromFloat(f * g),
                else => try rt.ops.mul(result, item),
            },
            .int => |a| switch (item) {
                .int => |b| .{ .int = rt.intops.mul(a, b) },
                else => try rt.ops.mul(result, item),
            },
            else => try rt.ops.mul(result, item),
        };
    }
    return result;
}
