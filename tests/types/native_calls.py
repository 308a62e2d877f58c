import math
import random
from math import sqrt, floor
from random import random as rnd

def f(x: float, n: int) -> float:
    return math.sqrt(x) + math.floor(x) + math.ceil(-x) + math.trunc(x * 3) + sqrt(n) + floor(x) + math.fabs(-x)

print(f(2.5, 7), f(0.0, 0))
random.seed(42)
acc = 0.0
for i in range(1000):
    acc += random.random() * 3 + rnd()
print(acc)
print(int(random.random() * 100), int(2.9), int(-2.9))
for bad in [-1.0, float("nan"), float("inf")]:
    for fn in (math.sqrt, math.floor, math.ceil, math.trunc):
        try:
            print(fn.__name__, fn(bad))
        except (ValueError, OverflowError) as e:
            print(fn.__name__, type(e).__name__, e)
def g(x: float):
    try:
        return math.sqrt(x)
    except ValueError as e:
        return str(e)
def h(x: float):
    try:
        return math.floor(x)
    except (ValueError, OverflowError) as e:
        return str(e)
print(g(-1.0), g(4.0), h(float("nan")), h(float("-inf")), h(1e300) == int(1e300), h(-0.5), h(2.0**61), h(-2.0**61))
print(math.isnan(float("nan")), math.isinf(-float("inf")), math.isfinite(3.0), math.sqrt(-0.0), math.sqrt(10**20))
try:
    print(math.sqrt(10**400))
except OverflowError as e:
    print("OverflowError", e)
print(int(1e20), int(-1e19))
try:
    int(float("nan"))
except ValueError as e:
    print(e)


# Arguments that are not native numbers take the ordinary call (their methods run).
class Floaty:
    def __float__(self):
        print("__float__ ran")
        return 9.0

    def __floor__(self):
        return "floor of Floaty"


print(math.sqrt(Floaty()), math.floor(Floaty()), math.floor(True), math.floor(10**30) == 10**30)


def typed_results(n: int) -> float:
    # The results are floats and ints, used in native arithmetic.
    total = 0.0
    for i in range(1, n):
        total += math.sqrt(i) * math.floor(i / 3) + math.log(i) + math.pow(i, 0.5) + math.gcd(i, 12)
        if math.isclose(total, 0.0):
            total += 1
    return total


print(typed_results(50), random.uniform(1, 2) < 3, random.randint(1, 6) in range(1, 7))
