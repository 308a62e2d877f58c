# Lists whose element types pyaot proves (types/infer.ts) next to lists that escape to dynamic
# code, where a wrong proof would show: every line must match CPython.
import math

SCALE = 2.5
COUNT = 3
COUNT += 1
LABEL = "x"
REBOUND = 1.5


def rebind_global() -> None:
    global REBOUND
    REBOUND = "now a str"


def floats(n: int):
    return [i * SCALE for i in range(n)]


def make_points():
    a = [0.0, 1.0, 2.0]
    b = [3.0, 4.0, 5.0]
    return [a, b]


def dist(p, q) -> float:
    dx = p[0] - q[0]
    dy = p[1] - q[1]
    dz = p[2] - q[2]
    return (dx * dx + dy * dy + dz * dz) ** 0.5


def shift(points, d: float) -> None:
    for p in points:
        p[0] += d
        p[1] -= d
        p[2] *= d


def appender(xs, v) -> None:
    xs.append(v)


def mixed():
    xs = [1.0, 2.0]
    appender(xs, "three")  # a str reaches the list through dynamic code
    return xs


def alias_through_dict():
    xs = [1, 2, 3]
    d = {"k": xs}
    d["k"].append("four")
    return xs[3]


class Box:
    def __init__(self, items):
        self.items = items


def alias_through_attr():
    xs = [1.5, 2.5]
    b = Box(xs)
    b.items.append(None)
    return xs


def alias_through_closure():
    xs = [1, 2]

    def add():
        xs.append("c")

    add()
    return xs


def alias_through_comprehension():
    xs = [1, 2]
    [xs.append(str(i)) for i in range(2)]
    return xs


def ints_and_bools():
    flags = [False] * 5
    for i in range(0, 5, 2):
        flags[i] = True
    counts = [0] * 4
    for f in flags:
        counts[int(f)] += 1
    counts[-1] += 10
    return flags, counts


def nested_totals():
    grid = [[0] * 3 for _ in range(2)]
    rows = [[1, 2, 3], [4, 5, 6]]
    total = 0
    for r in rows:
        for v in r:
            total += v
    rows[0][1] = 20
    return grid, rows, total


def index_errors():
    xs = [1.0, 2.0]
    out = []
    for i in (1, 2, -2, -3):
        try:
            out.append(xs[i])
        except IndexError as e:
            out.append(str(e))
    try:
        xs[5] = 1.0
    except IndexError as e:
        out.append(str(e))
    try:
        xs[-9] += 1.0
    except IndexError as e:
        out.append(str(e))
    return out


def powers():
    vals = [0.0, -0.0, 2.0, 1e308, float("inf"), float("nan")]
    out = []
    for v in vals:
        sq = v * v
        out.append(repr(sq ** 0.5))
    neg = -4.0
    try:
        out.append(repr(neg ** 0.5))
    except ValueError as e:
        out.append(str(e))
    big = 1e200
    try:
        out.append(repr((big * big + 1.0) ** 1.5))
    except OverflowError as e:
        out.append(str(e))
    return out


def extend_and_slices():
    xs = [1, 2, 3]
    xs += [4, 5]
    xs.extend(range(6, 8))
    ys = xs[1:4]
    ys[0] = 99
    xs.insert(0, -1)
    last = xs.pop()
    xs.reverse()
    xs.sort()
    zs = xs + ys
    ws = list(zs)
    ws.sort(key=lambda v: -v)
    return xs, ys, last, zs, ws, sorted(xs)[0], max(xs), min(xs), sum(xs), len(xs)


def mutate_while_iterating():
    xs = [1, 2, 3]
    seen = []
    for v in xs:
        seen.append(v)
        if v < 3:
            xs.append(v + 10)
    return seen


def unpack_pairs():
    a = [1.0, 2.0]
    b = [3.0, 4.0]
    pairs = [(a, b), (b, a)]
    s = 0.0
    for p, q in pairs:
        s += p[0] * q[1]
        p[1] += 1.0
    return s, a, b


def self_containing():
    xs = []
    xs.append(xs)
    return len(xs[0][0][0])


class MyDict(dict):
    pass


def isinstance_builtin():
    from collections import OrderedDict, defaultdict
    vals = [None, True, 0, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), MyDict(),
            OrderedDict(), defaultdict(int), range(2), isinstance, MyDict, int]
    rows = []
    for v in vals:
        rows.append((isinstance(v, int), isinstance(v, bool), isinstance(v, float), isinstance(v, str),
                     isinstance(v, dict), isinstance(v, list), isinstance(v, (tuple, set)), isinstance(v, object),
                     isinstance(v, type), isinstance(v, (bytes, frozenset, range))))
    return rows


def shadowed_isinstance(list):
    return isinstance([1], list)


def scaled(n: int, x: float, label) -> str:
    return label + ":" + repr(n * x)


def annotated_calls():
    # Reached dynamically (a comprehension, map, a variable): the generic entry runs the typed
    # specialization only when the arguments have the annotated types.
    f = scaled
    out = [scaled(i, 1.5, "c") for i in range(3)]
    out += list(map(scaled, [2, True, 10**30], [0.5, 2.0, 1.0], ["m", "b", "big"]))
    out.append(f(3, 2, "int for float"))
    out.append(f(2.5, 2.0, "float for int"))
    out.append(f("ab", 3, "str"))
    return out


class LoudSet(set):
    def add(self, x):
        print("sub add", x)
        super().add(x * 10)


class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return len(self.items)

    def remove(self, x):
        return "removed %r" % (x,)


def method_fast_paths():
    # s.add/.discard/.remove and xs.append take inline paths for builtin sets and lists only.
    s = {1, 2}
    s.add(3)
    s.discard(1)
    s.discard(99)
    s.remove(2)
    print(sorted(s))
    try:
        s.remove(42)
    except KeyError as e:
        print("KeyError", e)
    try:
        s.add([1])
    except TypeError as e:
        print("TypeError", e)
    t = LoudSet()
    t.add(4)
    t.discard(40)
    print(t)
    try:
        frozenset([1]).add(2)
    except AttributeError as e:
        print("AttributeError", e)
    b = Bag()
    print(b.add(5), b.remove(6), b.items)
    xs = []
    for i in range(20):
        xs.append(i * i)
    print(xs, [].append(2))
    s2 = set()
    s2.add(frozenset([1]))
    print(frozenset([1]) in s2)
    s2.discard({1})
    print(s2)
    lens = [len([1, 2]), len((1,)), len("héllo"), len({1: 2}), len(range(5)), len(b"ab"), len(Bag().items)]
    print(lens)
    try:
        len(5)
    except TypeError as e:
        print("TypeError", e)


def range_loops(a: int, b: int, c: int):
    # for-range bounds: small ints inline, big ints and errors through the runtime.
    t = []
    for i in range(a):
        t.append(i)
    for i in range(a, b):
        t.append(i)
    for i in range(a, b, c):
        t.append(i)
    for i in range(b, a, -c):
        t.append(i)
    return len(t), sum(t), t[:3], t[-3:]


def big_range(a: int, b: int):
    return [i - a for i in range(a, b)], sum(1 for _ in range(b, a, -1))


class Row(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 2.0


def held_targets():
    # The for target is held once per iteration (codegen/list-hold.ts holdTargets): the same
    # list twice, a list subclass, a list emptied inside the body, and pairs unpacked.
    a = [1.0, 2.0, 3.0]
    rows = [a, a, Row([1.0, 2.0, 3.0]), [4.0, 5.0, 6.0]]
    out = []
    for r in rows:
        r[0] += 1.0
        out.append(r[0] + r[2])
    pairs = [(a, rows[3]), (rows[3], a)]
    for x, y in pairs:
        x[1] = x[1] - y[1]
        out.append(x[1])
    for r in [[1.0, 2.0], [3.0, 4.0]]:
        t = r[0]
        r.clear()
        try:
            out.append(r[1])
        except IndexError as e:
            out.append(str(e) + " " + str(t))
    flags = [[True] * 2000, [False] * 2000]
    for f in flags:
        f[1999] = not f[0]
        out.append(f[1999])
    return out


def main() -> None:
    print(range_loops(3, 11, 3), range_loops(0, 0, 1), range_loops(-4, 4, 5))
    print(range_loops(-(2**62) - 1, -(2**62) + 2, 2), big_range(2**62 - 3, 2**62 + 1), big_range(-(2**63), -(2**63) + 2))
    try:
        range_loops(1, 5, 0)
    except ValueError as e:
        print("ValueError", e)
    method_fast_paths()
    print(annotated_calls())
    for row in isinstance_builtin():
        print(row)
    print(shadowed_isinstance(tuple), shadowed_isinstance(object))
    print(floats(4))
    pts = make_points()
    print(dist(pts[0], pts[1]))
    shift(pts, 1.5)
    print(pts)
    print(mixed())
    print(alias_through_dict())
    print(alias_through_attr())
    print(alias_through_closure())
    print(alias_through_comprehension())
    print(ints_and_bools())
    print(nested_totals())
    print(index_errors())
    print(powers())
    print(extend_and_slices())
    print(mutate_while_iterating())
    print(held_targets())
    print(unpack_pairs())
    print(self_containing())
    print(COUNT * SCALE, LABEL)
    rebind_global()
    print(REBOUND)
    print(math.floor(SCALE))


main()
