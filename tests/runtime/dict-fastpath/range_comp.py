# `[elt for i in range(...)]` and its set/dict forms count with machine ints and presize the
# list (compiler/codegen/func.ts rangeComprehension). Every shape it takes or declines must
# print what python3 prints: empty and negative ranges, bounds beyond the small ints and i64,
# bad arguments, an element raising early in a huge range, filters, captured loop variables,
# a shadowed `range`, walrus targets, `__index__` bounds.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show("basic", lambda: [i * i for i in range(10)])
show("empty", lambda: [i for i in range(0)])
show("neg", lambda: [i for i in range(5, -6, -3)])
show("step", lambda: [i for i in range(-7, 20, 4)])
show("start", lambda: [i % 7 for i in range(3, 17)])
show("big", lambda: [i for i in range(2**62 - 2, 2**62 + 3)])
show("bigger", lambda: [i - 2**70 for i in range(2**70, 2**70 + 9, 2)])
show("bigneg", lambda: [i for i in range(-(2**64), -(2**64) - 5, -2)])
show("mixed", lambda: [i + 1 for i in range(2**63 - 3, 2**63 + 2)])
show("float", lambda: [i for i in range(3.0)])
show("step0", lambda: [i for i in range(1, 5, 0)])
show("str", lambda: [i for i in range("3")])
show("index", lambda: [i for i in range(Idx(2), Idx(9), Idx(3))])
show("bool", lambda: [i for i in range(True, 4)])
show("early", lambda: [1 // (i - 3) for i in range(10**18)])
show("early-big", lambda: [1 // (i - 2**80 - 1) for i in range(2**80, 2**81)])
show("filter", lambda: [i for i in range(30) if i % 7 == 3])
show("filter2", lambda: [i for i in range(30) if i % 2 if i % 3])
show("set", lambda: sorted({i % 4 for i in range(20)}))
show("dict", lambda: {i: i * i for i in range(6)})
show("dict-big", lambda: {i - 2**65: str(i)[-3:] for i in range(2**65, 2**65 + 3)})
show("nested", lambda: [[j for j in range(i)] for i in range(4)])
show("two", lambda: [(i, j) for i in range(3) for j in range(i)])
show("closure", lambda: [f() for f in [lambda: i for i in range(4)]])
show("closure2", lambda: [g(10) for g in [(lambda x: x + i) for i in range(3)]])
show("types", lambda: [type(i).__name__ for i in range(2)])
show("ops", lambda: [(i << 61, -i, i ** 3, i / 2, i // 2, str(i), hex(i)) for i in range(-2, 3)])
show("huge-mul", lambda: sum(i * 2**62 for i in range(4)) + sum([i * 2**62 for i in range(4)]))


def walrus():
    out = [(last := i) * 2 for i in range(5)]
    return out, last


show("walrus", walrus)


def shadowed():
    def range(n):
        return ["a", "b"][:n]

    return [x * 2 for x in range(5)]


show("shadowed", shadowed)


def lens(n):
    xs = [i for i in range(n)]
    ys = [i for i in range(n)]
    xs.append(-1)
    return len(xs), len(ys), xs[-3:], ys[-2:]


show("lens", lambda: lens(3000))
show("lens0", lambda: lens(0))


def no_leak():
    i = "outer"
    xs = [i for i in range(3)]
    return i, xs


show("leak", no_leak)
g = 5
show("global-arg", lambda: [i * g for i in range(g)])
show("gen-arg", lambda: [i for i in range(len([c for c in "abcd"]))])
