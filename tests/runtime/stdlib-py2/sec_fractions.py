# fractions.Fraction: construction from every source, exact arithmetic mixed with int, float and
# complex, comparisons, rounding, hashes equal to those of equal ints and floats, errors.
from fractions import Fraction as F
import math
a, b = F(1, 3), F("2/6")
print(a, repr(b), a == b, F(3, -6), F(0.5), F("  -1.25e2 "), F("3.1415"), F(7), F(F(1, 2)), F("1_000/3"), F(2, 4).numerator, F(-0.75).as_integer_ratio())
print(a + b, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, a + 0.5, 0.5 + a, a * 1j, a ** 2, a ** -2, F(-2, 3) ** -3, 2 ** F(3), 2 ** F(1, 2), F(4) ** F(1, 2), F(1, 4) ** 0.5)
print(F(7, 2) // 2, 7 // F(2), F(7, 2) % 1, 5 % F(3, 2), divmod(F(7, 2), F(1, 3)), divmod(7, F(2, 3)), F(7, 2) // 0.5, F(-7, 2) % 2)
print(-a, +a, abs(F(-1, 2)), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234), -2), float(F(1, 3)), bool(F(0)))
print(a < b, a <= b, a < 0.34, a > 0.33, F(1, 2) == 0.5, F(1, 2) == 1 + 0j, 0.5 == F(1, 2), F(1) == 1, a < float("inf"), a > float("nan"), sorted([F(1, 2), 0.3, 1, F(-1, 7)]), max(F(1, 3), 0.3))
print(hash(F(1, 2)), hash(F(-5, 3)), hash(F(4, 2)) == hash(2), hash(F(1, 2)) == hash(0.5), hash(F(10**30, 7)), len({F(1, 2), 0.5, F(2, 4)}))
print(F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2), F("0.333").limit_denominator(10), F(10, 3).limit_denominator(1))
print(F.from_float(0.1), F(10 ** 20 + 1, 10 ** 20), str(F(5, 1)), format(F(1, 3)), f"{F(2, 3)}", sum([F(1, n) for n in range(1, 6)]), F(1, 3).denominator)
for bad in [lambda: F(1, 0), lambda: F("abc"), lambda: F("1/0"), lambda: F(1.5, 2), lambda: F([1]), lambda: F(float("nan")), lambda: F(float("inf")), lambda: F(0) ** -1, lambda: F(1, 3) // 0, lambda: F.from_float("x"), lambda: F(1, 2) < "a", lambda: F(1, 2) + "a", lambda: format(F(1, 2), ".2f"), lambda: F(1).limit_denominator(0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class G(F):
    pass
print(repr(G(1, 2)), type(G(1, 2) + 1).__name__, isinstance(G(1, 2), F))
