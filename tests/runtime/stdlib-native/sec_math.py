# math: every function on special values and thousands of pseudo-random arguments (the libm
# results must be bit-identical, so values are printed with repr), plus the integer functions
# and error messages.
import math
from common import Lcg, check

print("== math")
rng = Lcg(12345)
names1 = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "exp", "exp2", "expm1",
          "fabs", "log1p", "sin", "sinh", "sqrt", "tan", "tanh", "erf", "erfc", "gamma", "lgamma", "log",
          "log2", "log10", "degrees", "radians", "floor", "ceil", "trunc", "frexp", "modf", "ulp", "isfinite",
          "isinf", "isnan"]
fns = [getattr(math, n) for n in names1]
args = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e-300, 1e300, 5e-324, 710.0, -710.0, 171.5, -2.5, 1e16,
        float("inf"), float("-inf"), float("nan"), 3, -7, 10 ** 20, 10 ** 400, True, 2 ** 1023, 2 ** 1024 - 1]
for i in range(1500):
    r = rng.unit()
    k = i % 5
    if k == 0:
        args += [(r - 0.5) * 20]
    elif k == 1:
        args += [(r - 0.5) * 2]
    elif k == 2:
        args += [r * 700]
    elif k == 3:
        args += [(r - 0.5) * 1e6]
    else:
        args += [r * 1e-3]
for x in args:
    row = []
    for f in fns:
        try:
            row += [repr(f(x))]
        except (ValueError, OverflowError) as e:
            row += [type(e).__name__ + ":" + str(e)]
    print(*row)

names2 = ["atan2", "copysign", "remainder", "fmod", "pow", "hypot", "nextafter", "log", "isclose", "dist2"]
pairs = []
for i in range(1500):
    a = (rng.unit() - 0.5) * 20
    b = (rng.unit() - 0.5) * 20
    if i % 3 == 0:
        b = float(int(b))
    if i % 5 == 0:
        a = abs(a)
    pairs += [(a, b)]
special = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, float("inf"), float("-inf"), float("nan"), 1e308, -3.0, 3]
for a in special:
    for b in special:
        pairs += [(a, b)]
for a, b in pairs:
    row = []
    for n in names2:
        try:
            if n == "dist2":
                row += [repr(math.dist((a, b), (b, a)))]
            else:
                row += [repr(getattr(math, n)(a, b))]
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            row += [type(e).__name__ + ":" + str(e)]
    try:
        row += [repr(math.ldexp(a, int(b)))]
    except (ValueError, OverflowError) as e:
        row += [type(e).__name__ + ":" + str(e)]
    print(*row)

for i in range(300):
    xs = [(rng.unit() - 0.5) * 10 ** (i % 30 - 15) for _ in range(i % 7 + 1)]
    print(repr(math.fsum(xs)), repr(math.hypot(*xs)), repr(math.dist(xs, xs[::-1])), repr(math.prod(xs)))
print(math.fsum([1e100, 1.0, -1e100, 1.0]), math.fsum([0.1] * 10), math.fsum([]), math.fsum([1e308, 1e308, -1e308]) if False else 0)
check(lambda: math.fsum([1e308, 1e308]))
check(lambda: math.fsum([float("inf"), float("-inf")]))
check(lambda: math.fsum([float("inf"), 1.0]))
print(math.pi, math.e, math.tau, math.inf, math.nan)
for n in [0, 1, 5, 20, 21, 25, 100]:
    print(math.factorial(n))
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 40), math.gcd(7))
print(math.lcm(), math.lcm(0, 5), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(2 ** 64, 3 ** 10), math.lcm(-4))
print([math.isqrt(n) for n in [0, 1, 3, 4, 99, 100, 2 ** 64 - 1, 2 ** 127, 10 ** 50]])
print(math.comb(52, 5), math.comb(3, 5), math.comb(10, 0), math.comb(1000, 500) % 1000007, math.perm(5), math.perm(5, 2), math.perm(3, 4), math.perm(100, 50) % 99991)
print(math.log(2 ** 2000), math.log(10 ** 400, 10), math.log2(2 ** 3000), math.log10(10 ** 500), math.log(8, 2), math.log(100, 10))
print(math.floor(1e18 + 0.5), math.ceil(-0.5), math.floor(-0.0), math.trunc(-3.7), math.floor(2 ** 70 + 0.0), math.ceil(1e300) % 1000)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001, rel_tol=1e-2), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
for bad in [lambda: math.sqrt(-1), lambda: math.factorial(-1), lambda: math.isqrt(-4), lambda: math.log(0),
            lambda: math.comb(-1, 2), lambda: math.gcd(1.5, 2), lambda: math.factorial(2.0), lambda: math.log(1, 1),
            lambda: math.exp(1000), lambda: math.sqrt("x"), lambda: math.ldexp(1.0, 1.5), lambda: math.isclose(1, 2, rel_tol=-1),
            lambda: math.dist((1, 2), (1,)), lambda: math.pow(0.0, -1.0), lambda: math.trunc("x"), lambda: math.perm(-1),
            lambda: math.sqrt(), lambda: math.fmod(1.0), lambda: math.floor(10 ** 400 * 1.0) if False else math.floor(float("inf"))]:
    check(bad)
