# datetime.timedelta: normalization, float rounding, arithmetic, reprs, errors.
from datetime import timedelta


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


td = timedelta
print(td(), td(1), td(-1), td(0, -1), td(0, 0, -1), td(days=-1, seconds=86399), td(weeks=1, days=-8, hours=25))
print(repr(td()), repr(td(-1)), repr(td(0, 1)), repr(td(0, 0, 1)), repr(td(1, 2, 3)), repr(td(seconds=-1)))
print(td(1.5), td(hours=1.5), td(minutes=0.1), td(milliseconds=1.0005), td(microseconds=0.5), td(microseconds=1.5), td(microseconds=2.5))
print(td(microseconds=-0.5), td(microseconds=-1.5), td(seconds=0.0000005), td(seconds=0.0000015), td(days=1e-11), td(days=0.1, hours=0.1, minutes=0.1, seconds=0.1, milliseconds=0.1, microseconds=0.1))
print(td(days=-0.7, microseconds=0.3), td(weeks=1.25), td(seconds=1e9), td(days=True), td(milliseconds=-1), td(hours=-0.0000001))
for x in [0.1, 0.7, 1e-6, 123.456789, -9.87654321, 2.5e-6, 3.5e-6, 1 / 3, 86399.9999995, 999999999.5]:
    print(td(seconds=x), td(days=x / 1000), td(microseconds=x), td(minutes=x))
a, b = td(days=2, hours=3), td(hours=-5, microseconds=7)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a), a * 3, 3 * a, a * -1, a * 0.5, 0.25 * b, a * 1e-9, b * 1.1)
print(a / b, a / 4, a / 7, b / 3, a / 0.3, b / -2.5, a // b, a // 5, b // 7, a % b, b % a, divmod(a, b), divmod(b, a))
print(td(microseconds=5) / 2, td(microseconds=7) / 2, td(microseconds=-5) / 2, td(microseconds=3) * 0.5, td(microseconds=5) * 0.5)
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == td(hours=51), a == 1, a != "x", td(0) == td(), bool(td(0)), bool(td(0, 0, 1)))
print(hash(td(1)), hash(td(0, 5, 6)), hash(td(-1, 3)), hash(td(hours=24)) == hash(td(1)), len({td(1), td(hours=24), td(0)}))
print(a.days, a.seconds, a.microseconds, b.days, b.seconds, b.microseconds, a.total_seconds(), b.total_seconds(), td(microseconds=1).total_seconds(), td.max.total_seconds())
print(td.min, td.max, td.resolution, repr(td.min), repr(td.max), sorted([a, b, td(0), -a]))
print(str(td(2)), str(td(-2)), str(td(-1, 1)), str(td(0, 3661, 10)), str(td(microseconds=-1)), str(td(days=999999999)))
show(lambda: td(days=10 ** 9))
show(lambda: td(days=-10 ** 9))
show(lambda: td(seconds=86400 * 1000000000))
show(lambda: td.max + td.resolution)
show(lambda: td.min - td.resolution)
show(lambda: -td.min)
show(lambda: td(days="1"))
show(lambda: td(hours=None))
show(lambda: td(days=float("inf")))
show(lambda: td(days=float("nan")))
show(lambda: td(1) + 1)
show(lambda: 1 + td(1))
show(lambda: td(1) - 2.5)
show(lambda: "a" - td(1))
show(lambda: td(1) * "a")
show(lambda: td(1) * td(1))
show(lambda: td(1) / 0)
show(lambda: td(1) / 0.0)
show(lambda: td(1) / td(0))
show(lambda: td(1) // td(0))
show(lambda: td(1) // 0)
show(lambda: td(1) % td(0))
show(lambda: divmod(td(1), td(0)))
show(lambda: td(1) // 1.5)
show(lambda: 2 / td(1))
show(lambda: td(1) % 5)
show(lambda: td(1) < 1)
show(lambda: td(1) >= None)
show(lambda: td(1) * float("inf"))
show(lambda: td(1) * float("nan"))
show(lambda: td(1) / float("nan"))
show(lambda: td(1) * 1e300)
show(lambda: td(weeks=10 ** 20))
print(type(td(1)).__name__, isinstance(td(1), timedelta), td(1).__class__ is timedelta)


class MyTD(timedelta):
    pass


m = MyTD(1, 2)
print(repr(m), type(m).__name__, type(m + m).__name__, m == timedelta(1, 2))
