# Typed functions on the register calling convention (codegen/func.ts regCall): every result
# kind (int, big int, float, bool), errors raised at every depth and caught or propagated,
# recursion limits, and calls from dynamic code. Output must match python3 byte for byte.
import math
import sys
import traceback


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def power(b: int, e: int) -> int:
    # Results far beyond 64 bits travel back as big-int words.
    r = 1
    for _ in range(e):
        r *= b
    return r


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def hypot_root(x: float, y: float) -> float:
    return math.sqrt(x * x - y * y)


def safe_div(a: int, b: int) -> int:
    return a // b


def chain(a: int, b: int) -> int:
    return safe_div(a, b) + 1


def depth(n: int) -> int:
    if n == 0:
        return 0
    return depth(n - 1) + 1


def flag(x: float) -> bool:
    return x > 0.5


def none_count(n: int) -> int:
    total = 0
    for i in range(n):
        if is_prime(i):
            total += 1
    return total


print(fib(25), fib(0), fib(1))
print(power(3, 50), power(-7, 31), power(2, 200) // power(2, 190))
print([n for n in range(40) if is_prime(n)])
print(none_count(1000), is_prime(2**31 - 1))
print(hypot_root(5.0, 3.0), hypot_root(1e200, 0.0))
try:
    hypot_root(3.0, 5.0)
except ValueError as e:
    print("ValueError:", e)
print(chain(7, 2), chain(-7, 2))
for b in (3, 0, -1):
    try:
        print("chain", chain(10, b))
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e)
print(depth(500))
try:
    depth(10**6)
except RecursionError:
    print("RecursionError caught")
print(depth(50))
# Bools in typed float and int arithmetic count as 0 and 1 (typed.ts coerce).
print(True * 3.5, 3.5 * False, True + 0.5, 2.0 - True, True / 2.0, 1.5 ** True, 7.0 // True, 7.5 % True)


def mixed(a: bool, b: float) -> float:
    return a * b + b * a - a / b


print(mixed(True, 2.0), mixed(False, 3.0), True * 3, 3 - True, True ** 2, -True, ~True, divmod(True, 2))
# Self-recursive bodies are unrolled once (func.ts unrollsSelf): an error at an odd or even
# depth keeps every frame.
def down(n: int) -> int:
    if n == 0:
        return 1 // n
    return down(n - 1) + 1


for n in (3, 4):
    try:
        down(n)
    except ZeroDivisionError:
        print([ln for ln in traceback.format_exc().splitlines() if ln.strip(" ~^")])
print(flag(0.7), flag(0.2), flag(float("nan")), [flag(x / 10) for x in range(10)])
# Through dynamic calls: the generic entries box what the register calls return.
fs = [fib, is_prime, power]
print(fs[0](20), fs[1](97), fs[2](10, 20))
print(sorted(range(20), key=lambda k: (is_prime(k), -k)))
try:
    print(power(2, 10) + chain(1, 0))
except ZeroDivisionError:
    print("ZeroDivisionError in an operand")
sys.stdout.flush()
# The last error is uncaught: its traceback names every typed frame.
chain(1, 0)
