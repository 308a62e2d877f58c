//! Python float arithmetic where it differs from IEEE: floor division and modulo round toward
//! negative infinity (CPython's float_divmod), `**` follows CPython's float_pow special cases,
//! and division by zero raises instead of giving inf.
const std = @import("std");
const exc = @import("exc.zig");
const types = @import("types.zig");
const Error = @import("err.zig").Error;

pub inline fn truediv(a: f64, b: f64) Error!f64 {
    if (b == 0) return exc.raiseMsg(&types.ZeroDivisionError, "float division by zero");
    return a / b;
}

/// CPython's float_divmod: the pair (floor(a/b), a - floor*b) computed as CPython does, so the
/// last bit agrees.
pub fn divmodRaw(vx: f64, wx: f64) struct { f64, f64 } {
    var m = @rem(vx, wx);
    var div = (vx - m) / wx;
    if (m != 0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = std.math.copysign(@as(f64, 0.0), wx);
    }
    var fd: f64 = undefined;
    if (div != 0) {
        fd = @floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = std.math.copysign(@as(f64, 0.0), vx / wx);
    }
    return .{ fd, m };
}

pub fn floordiv(a: f64, b: f64) Error!f64 {
    if (b == 0) return exc.raiseMsg(&types.ZeroDivisionError, "float floor division by zero");
    return divmodRaw(a, b)[0];
}

pub fn mod(a: f64, b: f64) Error!f64 {
    if (b == 0) return exc.raiseMsg(&types.ZeroDivisionError, "float modulo");
    // CPython's float_rem: fmod, then fix the sign to follow the divisor.
    var m = @rem(a, b);
    if (m != 0) {
        if ((b < 0) != (m < 0)) m += b;
    } else {
        m = std.math.copysign(@as(f64, 0.0), b);
    }
    return m;
}

pub fn divmod(a: f64, b: f64) Error!struct { f64, f64 } {
    if (b == 0) return exc.raiseMsg(&types.ZeroDivisionError, "float divmod()");
    return divmodRaw(a, b);
}

/// `a ** b` for floats, following CPython's float_pow.
pub fn pow(iv: f64, iw: f64) Error!f64 {
    if (iw == 0) return 1.0;
    if (std.math.isNan(iv)) return if (iw == 0) 1.0 else iv;
    if (std.math.isNan(iw)) return if (iv == 1.0) 1.0 else iw;
    if (std.math.isInf(iw)) {
        const av = @abs(iv);
        if (av == 1.0) return 1.0;
        if ((iw > 0) == (av > 1.0)) return std.math.inf(f64);
        return 0.0;
    }
    if (std.math.isInf(iv)) {
        const odd = isOddInteger(iw);
        if (iw > 0) return if (odd) iv else @abs(iv);
        return if (odd) std.math.copysign(@as(f64, 0.0), iv) else 0.0;
    }
    if (iv == 0.0) {
        const odd = isOddInteger(iw);
        if (iw < 0) return exc.raiseMsg(&types.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return if (odd) iv else 0.0;
    }
    var negate = false;
    var v = iv;
    if (v < 0) {
        if (iw != @floor(iw)) return exc.raiseMsg(&types.ValueError, "complex results of a float power are not supported by pyaot");
        v = -v;
        negate = isOddInteger(iw);
    }
    if (v == 1.0) return if (negate) -1.0 else 1.0;
    // The C library's pow, as CPython's float_pow (Zig's std.math.pow differs in the last bit).
    const r = @import("../modules/libm.zig").pow(v, iw);
    if (std.math.isInf(r)) return exc.raiseMsg(&types.OverflowError, "(34, 'Numerical result out of range')");
    return if (negate) -r else r;
}

fn isOddInteger(x: f64) bool {
    return x == @floor(x) and @abs(@rem(x, 2.0)) == 1.0;
}

/// CPython's hash of a float: equal to the hash of the equal int for integral values, and
/// otherwise derived from the mantissa mod 2**61 - 1 (Python/pyhash.c, _Py_HashDouble).
pub fn hash(v: f64) i64 {
    const modulus: u64 = (1 << 61) - 1;
    if (!std.math.isFinite(v)) {
        if (std.math.isInf(v)) return if (v > 0) 314159 else -314159;
        return 0; // CPython 3.11 hashes NaN by identity; 0 keeps NaN keys working.
    }
    const fr = std.math.frexp(v);
    var m = fr.significand;
    var e = fr.exponent;
    var sign: i64 = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    var x: u64 = 0;
    while (m != 0) {
        x = ((x << 28) & modulus) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        const y: u64 = @intFromFloat(m);
        m -= @floatFromInt(y);
        x += y;
        if (x >= modulus) x -= modulus;
    }
    const ee: i64 = if (e >= 0) @mod(e, 61) else 61 - 1 - @mod(-1 - e, 61);
    const eu: u6 = @intCast(ee);
    x = ((x << eu) & modulus) | (x >> @intCast(61 - @as(u7, eu)));
    var r: i64 = @as(i64, @intCast(x)) * sign;
    if (r == -1) r = -2;
    return r;
}

test "float hash matches CPython" {
    try std.testing.expectEqual(@as(i64, 1), hash(1.0));
    try std.testing.expectEqual(@as(i64, 230584300921369408), hash(0.1));
    try std.testing.expectEqual(@as(i64, 1152921504606846976), hash(0.5));
    try std.testing.expectEqual(@as(i64, -2), hash(-1.0));
}

test "float divmod semantics" {
    try std.testing.expectEqual(@as(f64, 0.5), try mod(-7.5, 2));
    try std.testing.expectEqual(@as(f64, -4.0), try floordiv(-7.5, 2));
}
