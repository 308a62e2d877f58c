# Typed loops whose floats stay in registers (zig-runtime/abi/client_ops.zig cold_cc), range
# items taken as small-int words (rangeItem), float list items updated in place (floatRef) and
# x ** 0.5 from the square root (sqrtAsPow): every edge where a fast path hands over to a slow
# one must print what CPython prints.
import math


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# ---- range items near the small-int limit (2**62) and beyond i64 ----
def range_sum(a: int, b: int, st: int) -> int:
    t = 0
    for i in range(a, b, st):
        t += i
    return t


def range_items(a: int, b: int, st: int):
    out = []
    for i in range(a, b, st):
        out.append(i - a)
    return out


def range_scaled(a: int, b: int) -> float:
    # i * 4 overflows the small ints: the product becomes a big int inside the float loop.
    s = 0.0
    for i in range(a, b):
        s += (i * 4) / 3.0
    return s


E = 2**62
for a, b, st in [(E - 3, E + 3, 1), (-E - 2, -E + 3, 1), (E + 2, E - 3, -1), (-E, -E + 2, 1),
                 (2**63 - 2, 2**63 + 2, 1), (10, 0, -3), (0, 0, 1), (5, 5, -1), (0, E, 2**61),
                 (-E, E - 1, E - 1), (2**64, 2**64 + 3, 1), (-2**64, -2**64 - 5, -2), (E - 1, E, 1)]:
    show(lambda: range_sum(a, b, st))
    show(lambda: range_items(a, b, st))
show(lambda: range_sum(1, 5, 0))
show(lambda: range_scaled(2**60, 2**60 + 3))
show(lambda: range_scaled(-3, 3))
show(lambda: range_items(True, 4, True))


# ---- float accumulators next to slow paths ----
def a_elem(i: int, j: int) -> float:
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def dot(v, n: int, i: int) -> float:
    s = 0.0
    for j in range(n):
        s += a_elem(i, j) * v[j]
    return s


def dot_back(v, n: int) -> float:
    s = 0.0
    for j in range(n):
        s += v[-1 - j] * 0.5
    return s


def big_index(v) -> float:
    s = 0.0
    for k in range(3):
        s += v[k + 2**70]
    return s


def accum() -> None:
    v = [1.0, 0.5, 0.25, 2.0]
    for i in [0, 2**31, 2**62 - 2, -2]:  # ij * (ij + 1), then i + j leave the small ints; -2: 1 / 0
        try:
            print(dot(v, 4, i))
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    try:
        print(dot(v, 5, 0))
    except IndexError as e:
        print("IndexError:", e)
    print(dot_back(v, 4))
    try:
        print(dot_back(v, 5))
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(big_index(v))
    except IndexError as e:
        print("IndexError:", e)


accum()


# ---- float items updated in place ----
def bump(xs, ys, d: float, n: int) -> None:
    for i in range(n):
        xs[i] += d * ys[i]
        xs[-1] -= 0.25
        ys[i] *= xs[0] / d


def inplace() -> None:
    xs = [1.0, 2.0, 3.0]
    ys = [0.5, 1.5, 2.5]
    bump(xs, ys, 2.0, 3)
    print(xs, ys)
    try:
        bump(xs, ys, 0.0, 1)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(xs, ys)
    try:
        bump(xs, ys, 1.0, 4)
    except IndexError as e:
        print("IndexError:", e)
    print(xs, ys)


inplace()


def grow(xs) -> float:
    xs.append(xs[0] * 2.0)
    return 1.0


def bump_calls(xs, n: int) -> None:
    for i in range(n):
        xs[i] += grow(xs)  # the right side changes the list: checked get and set


def calls() -> None:
    zs = [1.0, 2.0]
    bump_calls(zs, 4)
    print(zs)


calls()


# ---- x ** 0.5 is C's pow(x, 0.5), not always sqrt(x) ----
def norm(x: float, y: float) -> float:
    d2 = x * x + y * y
    return d2 ** 0.5


def roots(n: int):
    seed = 12345
    total = 0.0
    count = 0
    for _ in range(n):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        x = (seed >> 11) / 2**53 * 1000.0
        y = ((seed >> 7) % 1000003) / 7.0
        r = norm(x, y)
        total += r
        if r != math.sqrt(x * x + y * y):
            count += 1
    return total, count


print(roots(200000))
for x in [0.0, -0.0, 4.0, 2.0, 1e-310, 5e-324, 1e308, 1.7976931348623157e308, float("inf"), 0.25, 2.0**-1000, 2.0**1000, 3.0**40]:
    show(lambda: x ** 0.5)
    show(lambda: norm(x, 0.0))
for x in [-4.0, float("-inf"), float("nan")]:
    show(lambda: x ** 0.5)


# ---- int trees computed on small-int words at once (codegen/fused-int.ts) ----
def poly(i: int, j: int) -> int:
    ij = i + j
    return ij * (ij + 1) // 2 + i * 3 - j % 7 - (i - j) * (i + j) // 5 + -i % 1


def mixed(i: int, j: int) -> float:
    return 1.0 / (i * i - j * j + 2 * i // 3)


for i, j in [(0, 0), (5, -3), (-7, 2), (2**30, 2**30), (2**31, -2**31 + 1), (2**61, 1), (2**62 - 1, 0),
             (-2**62, -1), (-2**62, 0), (2**70, 3), (-(2**70), 2**64), (3037000499, 3037000499), (1, 1)]:
    show(lambda: poly(i, j))
    show(lambda: mixed(i, j))


# ---- lists held across a loop (codegen/list-hold.ts): the builtin-list test before the loop ----
class FloatList(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 2.0


def weigh(v, w, n: int) -> float:
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += v[j] * w[i]
        w[i] = s
        v[i] *= 0.5
    return s


def shrink(v, n: int) -> float:
    s = 0.0
    for i in range(n):
        s += v[i]
        if i == 1:
            v.clear()  # the same list, now empty: the next read raises IndexError
    return s


def rebind(v, n: int) -> float:
    s = 0.0
    k = 0
    while k < n:
        s += v[k]
        if k == 1:
            v = [10.0, 20.0, 30.0, 40.0]  # rebound in the loop: not held
        k += 1
    return s


def held_lists() -> None:
    v = [1.0, 2.0, 3.0]
    w = [0.5, 0.25, 0.125]
    print(weigh(v, w, 3), v, w)
    show(lambda: weigh([1.0, 2.0], [1.0], 2))
    print(weigh(FloatList([1.0, 2.0]), FloatList([3.0, 4.0]), 2))
    show(lambda: shrink([1.0, 2.0, 3.0], 3))
    print(rebind([1.0, 2.0, 3.0, 4.0], 4))
    show(lambda: weigh([1.0, "x"], [1.0, 2.0], 2))


held_lists()


# ---- fused int trees with constant operands at the small-int edges ----
def edges(i: int) -> int:
    return (i - 5) * 2 + (7 - i) // 3 - (i + -9) + (-4 - i) % 5 + (2 + i) * (i - -3)


for i in [0, 1, -1, 2**61, 2**62 - 1, 2**62 - 6, -2**62, -2**62 + 4, 2**62, -2**62 - 1, 2**63, 3037000498, -3037000501]:
    show(lambda: edges(i))


# ---- innermost range loops compiled for small and for big items (codegen/stmt.ts) ----
def scan(a: int, b: int, st: int, stop: int) -> int:
    t = 0
    for i in range(a, b, st):
        if i == stop:
            break
        if i % 3 == 0:
            continue
        t += i
    else:
        t = -t
    return t


def first_over(xs, a: int, b: int, lim: float) -> int:
    try:
        for i in range(a, b):
            if xs[i] > lim:
                return i
    finally:
        print("finally", a, b)
    return -1


def gen_range(a: int, b: int):
    for i in range(a, b):
        yield i * 2


for args in [(0, 10, 1, 7), (0, 10, 1, 99), (2**62 - 3, 2**62 + 3, 1, 2**62 + 1), (2**62 - 3, 2**62 + 3, 1, 0),
             (2**64, 2**64 + 10, 3, -1), (10, -10, -2, -4), (-2**62 - 2, -2**62 + 2, 1, 5)]:
    show(lambda: scan(*args))
print(first_over([1.0, 5.0, 9.0], 0, 3, 4.0), first_over([1.0, 5.0, 9.0], 0, 3, 10.0))
show(lambda: first_over([1.0, 5.0, 9.0], 2, 5, 10.0))
print(list(gen_range(2**62 - 2, 2**62 + 2)), list(gen_range(0, 3)))


def early(n: int) -> int:
    for i in range(n):
        if i * i > n:
            return i
    else:
        return -1


print([early(n) for n in [0, 1, 5, 10, 50]])
