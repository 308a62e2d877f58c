# dict methods and views: results, insertion order, set algebra of views, mutation during
# iteration, subclasses (__missing__, overridden __setitem__), and CPython's error messages.


def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: {}.get())
t(lambda: {}.get(1, 2, 3))
t(lambda: {}.pop())
t(lambda: {}.pop(1))
t(lambda: {}.pop([]))
t(lambda: {}.pop(1, 2, 3))
t(lambda: {}.popitem())
t(lambda: {}.setdefault())
t(lambda: {}.update(1))
t(lambda: {}.update([1]))
t(lambda: {}.update([(1, 2, 3)]))
t(lambda: {}.update({}, {}))
t(lambda: {}.keys(1))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys(1))
t(lambda: {}.fromkeys([1], 2, 3))
t(lambda: {} | 1)
t(lambda: {} | [])
t(lambda: {}.copy(1))
t(lambda: dict.get({1: 2}, 1))
t(lambda: dict.get([], 1))
t(lambda: dict.get())
t(lambda: {}[[]])
t(lambda: [] in {})
t(lambda: {[]: 1})
t(lambda: hash({}))
t(lambda: {} < {})
t(lambda: {}.keys() & 1)
t(lambda: {}.values() & {1})
t(lambda: {}.items() | [1])
t(lambda: {}.items() | [[1]])
t(lambda: {}.keys() < 1)
t(lambda: {}.values() < {}.values())
t(lambda: {}.values() == {}.values())
t(lambda: {}.keys().isdisjoint(1))
t(lambda: {1: 2}["x"])

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "default"), d)
d["d"] = 4
print(d.popitem(), d.popitem(), d)
d.update({"x": 10, "a": -1})
d.update([("y", 20), ("z", 30)])
d.update(w=0, x=11)
d.update()
print(d, dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c == d, c is d, c.clear(), c, len(c), bool(c))
print(d | {"a": 1000, "new": 1}, {"k": 1} | {}, {} | {})
e = {"one": 1}
alias = e
e |= {"two": 2}
e |= [("three", 3)]
print(e, alias is e)
print({1: "int", 1.0: "float", True: "bool"}, {"a": 1} == {"a": 1.0}, {1: 2} != {1: 3})
big = {}
for i in range(1000):
    big[i * 7 % 1009] = i
for i in range(0, 1000, 3):
    del big[i * 7 % 1009]
while len(big) > 600:
    big.popitem()
print(len(big), list(big)[:5], list(big)[-5:], sum(big.values()))
for i in range(100):
    big[-i] = i
print(list(big.items())[-3:], list(reversed(big))[:3])

# views
d = {}
for k in ["delta", "alpha", "charlie", "bravo"]:
    d[k] = len(k)
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items, len(keys), "alpha" in keys, 5 in values, ("alpha", 5) in items, ("alpha", 6) in items)
d["echo"] = 4
print(list(keys), list(values), len(items), list(reversed(keys)), list(reversed(values)), list(reversed(items)))
print(type(keys).__name__, type(values).__name__, type(items).__name__, type(iter(items)).__name__, type(reversed(d)).__name__)
k1 = {"a": 1, "b": 2, "c": 3}.keys()
k2 = {"b": 0, "c": 0, "d": 0}.keys()
print(sorted(k1 & k2), sorted(k1 | k2), sorted(k1 - k2), sorted(k1 ^ k2), k1 == {"a", "b", "c"}, {"a", "b", "c"} == k1)
print(sorted({1: "x", 2: "y"}.items() & {(1, "x"), (3, "z")}), k1.isdisjoint(["z"]), k1 <= {"a", "b", "c", "d"}, k1 > {"a"})
ik = {5: 0, 3: 0, 9: 0, 1: 0, 7: 0, 100: 0}.keys()
print(ik & {9, 1, 77}, ik | [2, 4], ik - {3}, ik ^ {5, 6}, [1, 2] & ik, {3, 200} | ik, {1, 2, 3} - ik)
i1 = {1: "a", 2: "b", 3: "c"}.items()
i2 = {2: "b", 3: "z", 4: "d"}.items()
print(sorted(i1 ^ i2), sorted(i1 & i2), sorted(i1 - i2), i1 == i1, i1 != i2, list(reversed({}.items())))
a = {1: "a", 2: "b"}
b = {2: "b", 1: "a"}
print(a == b, list(a) == list(b), a.keys() == b.keys(), a.values() == b.values(), a.items() == b.items())


def grow():
    g = {1: 1, 2: 2}
    for k in g:
        g[k + 10] = 0


def shrink():
    g = {1: 1, 2: 2}
    for k in g:
        del g[k]


def keys_changed():
    g = {1: 1, 2: 2}
    for k in g:
        del g[1]
        g[3] = 3


def values_grow():
    g = {1: 1}
    for v in g.values():
        g[v + 1] = 0


def items_grow():
    g = {1: 1}
    for kv in g.items():
        g[kv[0] + 1] = kv[1]


def reversed_grow():
    g = {1: 1, 2: 2}
    for k in reversed(g):
        g[k + 10] = 0


def update_values():
    g = {1: 1, 2: 2}
    for k in g:
        g[k] = 5
    return g


def pop_iter():
    g = {1: 1, 2: 2}
    it = iter(g)
    next(it)
    g.pop(2)
    return list(it)


for f in [grow, shrink, keys_changed, values_grow, items_grow, reversed_grow, update_values, pop_iter]:
    print(f.__name__, end=" ")
    t(f)


class Lengths(dict):
    def __missing__(self, key):
        v = self[key] = len(key)
        return v


class Tens(dict):
    def __setitem__(self, k, v):
        super(Tens, self).__setitem__(k, v * 10)


class Counter2(dict):
    def __init__(self, items):
        super(Counter2, self).__init__()
        for x in items:
            self[x] = self.get(x, 0) + 1


ln = Lengths(a=1)
print(ln["hello"], ln, ln.get("zz"), "zz" in ln, len(ln), dict.get(ln, "a"), type(ln.copy()).__name__)
tn = Tens()
tn["x"] = 1
tn.update(y=2)
print(tn, isinstance(tn, dict), list(tn.items()))
cn = Counter2("abracadabra")
print(cn, sorted(cn.items()), cn.keys(), list(reversed(cn)), cn == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1})
print(dict.keys, {}.update.__name__, dict.__len__({1: 2}), dict.__contains__({1: 2}, 1), dict.__getitem__({1: 2}, 1))
