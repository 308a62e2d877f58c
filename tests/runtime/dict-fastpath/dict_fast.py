# Program-side dict probes (zig-runtime/abi/client_dict.zig): d[k], k in d, d[k] = v and
# d.get(k[, default]) on a builtin dict with small int or exact str keys are decided inline; every
# other case must reach the runtime and behave as CPython does.


def probe(d, keys):
    out = []
    for k in keys:
        out.append((k in d, d.get(k), d.get(k, "dflt")))
        try:
            out.append(d[k])
        except KeyError as e:
            out.append(("KeyError", repr(e)))
    return out


def setall(d, items):
    for k, v in items:
        d[k] = v
    return d


# Int keys: collisions in the index, negative keys, -1 (hash -2 like -2), deletions (dummy slots).
d = {}
for i in range(200):
    d[(i * 37) % 301 - 150] = i
for i in range(0, 200, 3):
    k = (i * 37) % 301 - 150
    if k in d:
        del d[k]
print(probe(d, [-150, -2, -1, 0, 1, 2, 7, 150, 151, 10**20, -10**20]))
setall(d, [(-1, "m1"), (-2, "m2"), (0, "zero"), (5, "five")])
print(list(d.items())[-6:], len(d))

# Big ints, floats and bools equal to int keys: the runtime decides.
e = {1: "one", 2: "two", 2**64: "big", "s": "str"}
print(probe(e, [1, 1.0, True, 2, 2.0, 2**64, float(2**64), "s", 0, False, 0.0]))
e[1.0] = "float one"  # equal key: the int key object stays, the value changes
e[True] = "true"
e[2**64] = "big2"
print(e, list(e.keys()))
f = {1.0: "f", True: "t?", 0.0: "z"}
print(probe(f, [1, 0, True, False, 2]))
f[1] = "int one"
f[0] = "int zero"
print(f)

# Str keys: equal strs that are different objects, hash cached or not, non-ASCII.
words = ["alpha", "beta", "gamma", "délta", "", "a" * 100]
g = {}
for w in words:
    g[w] = len(w)
copies = ["".join(list(w)) for w in words] + ["zeta", "alph" + "a", "d\u00e9lta"]
print(probe(g, copies))
for w in copies:
    g[w] = g.get(w, 0) + 1
print(g)


# User keys with __eq__/__hash__ equal to ints and strs: __eq__ must run.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other


h = {K(3): "k3", 4: "four", K("x"): "kx"}
print(3 in h, 4 in h, "x" in h, h.get(3), h.get("x", "none"), h[4])
h[3] = "set3"  # equal to K(3): value replaced, key kept
h["x"] = "setx"
print(len(h), sorted(v for v in h.values()))


# __eq__ that mutates the dict during a lookup.
class Mut:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return hash(5)

    def __eq__(self, other):
        self.d.clear()
        return False


m = {}
m[Mut(m)] = 1
try:
    print(5 in m, m)
except RuntimeError as err:
    print("RuntimeError", err)


# dict subclasses: overrides must run; __missing__ too.
class D(dict):
    def __getitem__(self, k):
        return ("sub", dict.__getitem__(self, k))

    def __contains__(self, k):
        print("contains", k)
        return dict.__contains__(self, k)

    def get(self, k, d=None):
        return ("get", k, d)


class M(dict):
    def __missing__(self, k):
        return ("missing", k)


sd = D({1: "a", "k": "b"})
print(sd[1], sd["k"], 1 in sd, "q" in sd, sd.get(1), sd.get("k", 0))
sd[1] = "c"
print(dict.__getitem__(sd, 1))
md = M({1: "a"})
print(md[1], md[2], md["s"], 2 in md, md.get(2))

# Unhashable keys, non-dict receivers of the same syntax.
for bad in ([1], {}, {1}):
    for op in ("in", "get", "getitem", "setitem"):
        try:
            if op == "in":
                bad in d
            elif op == "get":
                d.get(bad)
            elif op == "getitem":
                d[bad]
            else:
                d[bad] = 1
        except TypeError as err:
            print(op, "TypeError", err)
try:
    print({}.get([]))
except TypeError as err:
    print("empty get TypeError", err)
try:
    print([] in {})
except TypeError as err:
    print("empty in TypeError", err)


class G:
    def get(self, *a):
        return ("G.get", a)


for obj in (G(), {"a": 1}, {1: 2}):
    print(obj.get("a"), obj.get(1, "d"))
print("a" in "cat", 1 in [1, 2], 3 in (1, 2), [1, 2, 3][1], "abc"[1], (4, 5)[0])
lst = [0, 1, 2]
lst[1] = "x"
print(lst)

# Insertion order and updates through the fast path.
o = {}
for i in [5, 3, 9, 3, 5, 1]:
    o[i] = o.get(i, 0) + 1
del o[3]
o[3] = "again"
o[5] = "upd"
print(o, list(o))

# Many keys: growth, then every lookup kind.
big = {}
for i in range(5000):
    big[i * 7919 % 10007] = i
big_s = {}
for i in range(3000):
    big_s["k%d_%d" % (i % 97, i)] = i
tot = 0
for i in range(10007):
    if i in big:
        tot += big[i]
    tot += big.get(i, -1)
for i in range(3000):
    tot += big_s["k%d_%d" % (i % 97, i)]
    if ("k%d_%d" % (i % 97, i + 1)) not in big_s:
        tot += 1
print(tot, len(big), len(big_s))
