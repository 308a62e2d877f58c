# The dict's index (zig-runtime/core/dict.zig): slots carry a tag of the key's hash next to
# the entry position, and setdefault probes once. Keys whose hashes agree in the probed bits
# and differ above them, equal hashes with user __eq__ (counted: CPython calls it once per key
# met with the same hash), deletions leaving dummies, growth across the tag widths, and
# instance dicts filled by the program-side attribute stores.


class K:
    eqs = 0

    def __init__(self, h: int, name: str):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        K.eqs += 1
        return isinstance(other, K) and self.name == other.name

    def __repr__(self):
        return "K(%d, %s)" % (self.h, self.name)


def tags() -> None:
    # Same low bits (first probe slot), different high bits: only the tag or the hash tells.
    d = {}
    for j in range(64):
        d[j << 40] = j
        d[-(j << 33) - 7] = -j
    print(len(d), sum(d.values()), d.get(5 << 40), d.get(6 << 41), (7 << 40) in d, (7 << 39) in d)
    print(d.get(-(3 << 33) - 7), d.get(-(3 << 33) - 8))
    for j in range(0, 64, 3):
        del d[j << 40]
    print(len(d), [k for k in d][:5], (3 << 40) in d, (4 << 40) in d)
    # hash(-1) == hash(-2): the same hash, different keys.
    e = {-1: "a", -2: "b"}
    print(e[-1], e[-2], hash(-1) == hash(-2))
    # Big ints, floats and bools that equal ints.
    f = {2**70: "big", 1.0: "one", True: "t", 2: "two"}
    print(f[2**70], f[1], f[2.0], len(f))


def eq_counts() -> None:
    a1, a2, b = K(7, "a"), K(7, "a"), K(7, "b")
    d = {a1: 1}
    K.eqs = 0
    print(d.setdefault(a2, 2), K.eqs)
    K.eqs = 0
    print(d.setdefault(b, 3), K.eqs, len(d))
    K.eqs = 0
    print(d.setdefault(K(7, "b"), 4), K.eqs)
    # Insertions that grow the table: keys already there are not compared again.
    g = {}
    K.eqs = 0
    for j in range(40):
        g[K(j % 3, "k%d" % j)] = j
    n1 = K.eqs
    K.eqs = 0
    for j in range(40):
        g.setdefault(K(j % 3, "n%d" % j), -j)
    print(len(g), n1, K.eqs)
    K.eqs = 0
    print(g[K(1, "k4")], K.eqs > 0, K(2, "zz") in g)


def churn() -> None:
    d = {}
    total = 0
    for r in range(3):
        for i in range(5000):
            d["s%d" % (i * 7 + r)] = i
        for i in range(0, 5000, 2):
            d.pop("s%d" % (i * 7 + r), None)
        for i in range(3000):
            total += d.get("s%d" % i, 1)
            total += d.setdefault(i * 13, i) if i % 5 else 0
    print(len(d), total % 1000003, list(d)[:3], list(d)[-3:])


class P:
    pass


def instances() -> None:
    ps = []
    for i in range(50):
        p = P()
        for j in range(i % 12):
            setattr(p, "a%d" % j, j * i)
        p.x = i
        if i % 4 == 0 and i % 12 > 1:
            del p.a1
            p.a1 = -i
        ps.append(p)
    print(sum(p.x for p in ps), sum(getattr(p, "a1", 0) for p in ps), sorted(vars(ps[13]).items()))


tags()
eq_counts()
churn()
instances()
