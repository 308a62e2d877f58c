//! The C library's libm, which CPython's math module calls, plus CPython's own gamma and
//! lgamma (Modules/mathmodule.c: m_tgamma, m_lgamma, m_sinpi), which are built on it.
//!
//! Why libm and not std.math: results must be bit-identical to CPython's, and CPython calls
//! the platform libm. Zig's std.math and compiler_rt functions are ports of older musl and
//! FreeBSD code that differ from glibc's in the last bit: on 200000 random arguments each,
//! atan, asin, acos, tanh, cbrt, pow and atan2 differ on 5-50% of them, and compiler_rt's
//! exp(1.0) is 2.7182818284590455 where glibc's is 2.718281828459045. So the runtime is
//! linked with `-lc` and these declarations bind to the libm.so CPython uses on the machine.
//!
//! The functions are declared under glibc's _Float64 names (`expf64`, aliases of the very
//! same code as `exp` since glibc 2.27): the plain names are also defined, weakly, by Zig's
//! compiler_rt, which is linked into the executable and so would win over libm.so.
const std = @import("std");
const builtin = @import("builtin");

comptime {
    if (!builtin.link_libc) @compileError("pyaot: the math, random and json modules need libm: build with -lc");
}

extern "c" fn sinf64(x: f64) f64;
pub const sin = sinf64;
extern "c" fn cosf64(x: f64) f64;
pub const cos = cosf64;
extern "c" fn tanf64(x: f64) f64;
pub const tan = tanf64;
extern "c" fn asinf64(x: f64) f64;
pub const asin = asinf64;
extern "c" fn acosf64(x: f64) f64;
pub const acos = acosf64;
extern "c" fn atanf64(x: f64) f64;
pub const atan = atanf64;
extern "c" fn atan2f64(y: f64, x: f64) f64;
pub const atan2 = atan2f64;
extern "c" fn hypotf64(x: f64, y: f64) f64;
pub const hypot = hypotf64;
extern "c" fn sinhf64(x: f64) f64;
pub const sinh = sinhf64;
extern "c" fn coshf64(x: f64) f64;
pub const cosh = coshf64;
extern "c" fn tanhf64(x: f64) f64;
pub const tanh = tanhf64;
extern "c" fn asinhf64(x: f64) f64;
pub const asinh = asinhf64;
extern "c" fn acoshf64(x: f64) f64;
pub const acosh = acoshf64;
extern "c" fn atanhf64(x: f64) f64;
pub const atanh = atanhf64;
extern "c" fn expf64(x: f64) f64;
pub const exp = expf64;
extern "c" fn exp2f64(x: f64) f64;
pub const exp2 = exp2f64;
extern "c" fn expm1f64(x: f64) f64;
pub const expm1 = expm1f64;
extern "c" fn logf64(x: f64) f64;
pub const log = logf64;
extern "c" fn log2f64(x: f64) f64;
pub const log2 = log2f64;
extern "c" fn log10f64(x: f64) f64;
pub const log10 = log10f64;
extern "c" fn log1pf64(x: f64) f64;
pub const log1p = log1pf64;
extern "c" fn powf64(x: f64, y: f64) f64;
pub const pow = powf64;
extern "c" fn sqrtf64(x: f64) f64;
pub const sqrt = sqrtf64;
extern "c" fn cbrtf64(x: f64) f64;
pub const cbrt = cbrtf64;
extern "c" fn erff64(x: f64) f64;
pub const erf = erff64;
extern "c" fn erfcf64(x: f64) f64;
pub const erfc = erfcf64;
extern "c" fn fmodf64(x: f64, y: f64) f64;
pub const fmod = fmodf64;
extern "c" fn nextafterf64(x: f64, y: f64) f64;
pub const nextafter = nextafterf64;
extern "c" fn frexpf64(x: f64, e: *c_int) f64;
pub const frexp = frexpf64;
extern "c" fn ldexpf64(x: f64, e: c_int) f64;
pub const ldexp = ldexpf64;
extern "c" fn modff64(x: f64, ip: *f64) f64;
pub const modf = modff64;
extern "c" fn floorf64(x: f64) f64;
pub const floor = floorf64;
extern "c" fn ceilf64(x: f64) f64;
pub const ceil = ceilf64;
extern "c" fn roundf64(x: f64) f64;
pub const round = roundf64;

pub const EDOM: c_int = 33;
pub const ERANGE: c_int = 34;

/// The C `errno` (libm functions set it on domain and range errors).
pub inline fn errno() *c_int {
    return std.c._errno();
}

const pi: f64 = 3.141592653589793238462643383279502884197;
const logpi: f64 = 1.144729885849400174143427351353058711647;

/// sin(pi * x), accurate for x near integers (the reflection formula's factor). Finite x only.
fn sinpi(x: f64) f64 {
    std.debug.assert(std.math.isFinite(x));
    const y = fmod(@abs(x), 2.0);
    const n: i32 = @intFromFloat(round(2.0 * y));
    std.debug.assert(0 <= n and n <= 4);
    const r = switch (n) {
        0 => sin(pi * y),
        1 => cos(pi * (y - 0.5)),
        // -sin(pi*(y-1.0)) would give -0.0 instead of 0.0 at y == 1.0.
        2 => sin(pi * (1.0 - y)),
        3 => -cos(pi * (y - 1.5)),
        else => sin(pi * (y - 2.0)),
    };
    return std.math.copysign(@as(f64, 1.0), x) * r;
}

// Lanczos approximation with N=13 and g=6.024680040776729583740234375 (CPython's choice,
// after Boost), as a rational function.
const lanczos_n = 13;
const lanczos_g: f64 = 6.024680040776729583740234375;
const lanczos_g_minus_half: f64 = 5.524680040776729583740234375;
const lanczos_num_coeffs = [lanczos_n]f64{
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/// The denominator is x*(x+1)*...*(x+lanczos_n-2).
const lanczos_den_coeffs = [lanczos_n]f64{ 0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0 };
const gamma_integral = [_]f64{
    1.0,                      1.0,                      2.0,                   6.0,                     24.0,
    120.0,                    720.0,                    5040.0,                40320.0,                 362880.0,
    3628800.0,                39916800.0,               479001600.0,           6227020800.0,            87178291200.0,
    1307674368000.0,          20922789888000.0,         355687428096000.0,     6402373705728000.0,      121645100408832000.0,
    2432902008176640000.0,    51090942171709440000.0,   1124000727777607680000.0,
};

/// Lanczos' sum L_g(x) for positive x. For large x the rational function is evaluated in 1/x
/// to avoid overflow (cutoff 5.0, as CPython).
fn lanczosSum(x: f64) f64 {
    std.debug.assert(x > 0.0);
    var num: f64 = 0.0;
    var den: f64 = 0.0;
    if (x < 5.0) {
        var i: usize = lanczos_n;
        while (i > 0) {
            i -= 1;
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (0..lanczos_n) |i| {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

/// CPython's m_tgamma; sets errno (EDOM at poles and -inf, ERANGE on overflow).
pub fn tgamma(x: f64) f64 {
    if (!std.math.isFinite(x)) {
        if (std.math.isNan(x) or x > 0.0) return x;
        errno().* = EDOM;
        return std.math.nan(f64);
    }
    if (x == 0.0) {
        errno().* = EDOM;
        return std.math.copysign(std.math.inf(f64), x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno().* = EDOM;
            return std.math.nan(f64);
        }
        if (x <= gamma_integral.len) return gamma_integral[@as(usize, @intFromFloat(x)) - 1];
    }
    const absx = @abs(x);
    if (absx < 1e-20) {
        const r = 1.0 / x;
        if (std.math.isInf(r)) errno().* = ERANGE;
        return r;
    }
    // tgamma overflows for x > 200 and underflows to +-0.0 for x < -200.
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / sinpi(x);
        errno().* = ERANGE;
        return std.math.inf(f64);
    }
    const y = absx + lanczos_g_minus_half;
    // The error in computing y, corrected for below.
    var z: f64 = undefined;
    if (absx > lanczos_g_minus_half) {
        const q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        const q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    var r: f64 = undefined;
    if (x < 0.0) {
        r = -pi / sinpi(absx) / absx * exp(y) / lanczosSum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            const sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczosSum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            const sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (std.math.isInf(r)) errno().* = ERANGE;
    return r;
}

/// CPython's m_lgamma: log(|gamma(x)|); sets errno EDOM at the poles.
pub fn lgamma(x: f64) f64 {
    if (!std.math.isFinite(x)) {
        if (std.math.isNan(x)) return x;
        return std.math.inf(f64);
    }
    if (x == floor(x) and x <= 2.0) {
        if (x <= 0.0) {
            errno().* = EDOM;
            return std.math.inf(f64);
        }
        return 0.0;
    }
    const absx = @abs(x);
    if (absx < 1e-20) return -log(absx);
    var r = log(lanczosSum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = logpi - log(@abs(sinpi(absx))) - log(absx) - r;
    if (std.math.isInf(r)) errno().* = ERANGE;
    return r;
}

/// Why `floatPow` has no float result.
pub const PowError = error{
    /// 0.0 ** negative: ZeroDivisionError("0.0 cannot be raised to a negative power").
    ZeroToNegative,
    /// Negative ** non-integer: CPython returns a complex number.
    Complex,
    /// The result overflows: OverflowError((34, 'Numerical result out of range')).
    Overflow,
};

fn isOddInteger(x: f64) bool {
    return x == floor(x) and fmod(@abs(x), 2.0) == 1.0;
}

/// CPython's float_pow (`x ** y` for floats): special values sorted out here, the rest by
/// libm's pow.
pub fn floatPow(iv0: f64, iw: f64) PowError!f64 {
    var iv = iv0;
    if (iw == 0) return 1.0;
    if (std.math.isNan(iv)) return iv;
    if (std.math.isNan(iw)) return if (iv == 1.0) 1.0 else iw;
    if (std.math.isInf(iw)) {
        iv = @abs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0.0) == (iv > 1.0)) return @abs(iw);
        return 0.0;
    }
    if (std.math.isInf(iv)) {
        const odd = isOddInteger(iw);
        if (iw > 0.0) return if (odd) iv else @abs(iv);
        return if (odd) std.math.copysign(@as(f64, 0.0), iv) else 0.0;
    }
    if (iv == 0.0) {
        if (iw < 0.0) return error.ZeroToNegative;
        return if (isOddInteger(iw)) iv else 0.0;
    }
    var negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) return error.Complex;
        iv = -iv;
        negate = isOddInteger(iw);
    }
    if (iv == 1.0) return if (negate) -1.0 else 1.0;
    const ix = pow(iv, iw);
    if (std.math.isInf(ix)) return error.Overflow;
    return if (negate) -ix else ix;
}
