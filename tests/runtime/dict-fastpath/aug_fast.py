# `d[k] op= c` (client.zig sub.augGet, abi/client_dict.zig augGet): on a builtin dict with a small
# int or exact str key the item is found by the inline probe and stored back into the same slot;
# every other case (missing key, other key types, str subclasses, keys whose __eq__/__hash__ run
# code or mutate the dict, dict subclasses, non-number items) must behave as CPython does.


def bump(d, keys):
    out = []
    for k in keys:
        try:
            d[k] += 1
            out.append(d[k])
        except KeyError as e:
            out.append(("KeyError", repr(e)))
        except TypeError as e:
            out.append(("TypeError", str(e)))
    return out


# The word-count idiom, str and int keys, with fresh (non-identical) equal strs.
counts = {}
for raw in "a b. a, c A b a d. e f a".split():
    w = raw.strip(".,").lower()
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
ints = {i: i for i in range(-5, 300)}
for i in range(-5, 300, 7):
    ints[i] += 1
    ints[i] *= 2
    ints[i] -= 3
print(sum(ints.values()), ints[-5], ints[2], ints[299])

# Missing keys raise KeyError through the runtime; big ints, floats, bools equal to int keys.
e = {1: 10, 2**64: 20, "s": 30, (1, 2): 40, None: 50, 2.5: 60}
print(bump(e, ["missing", 1, 1.0, True, 2**64, float(2**64), "s", (1, 2), None, 2.5, 0, -1]))
print(e)

# Float and int items, and an item whose += is not a plain number op (list, str, user class).
f = {"x": 1.5, "y": [1], "z": "ab", "t": (1,)}
f["x"] += 1
f["y"] += [2]
f["z"] += "c"
f["t"] += (2,)
print(f)
print(bump({"q": "s"}, ["q"]), bump({"q": None}, ["q"]))


class Acc:
    def __init__(self, d):
        self.d = d
        self.n = 0

    def __iadd__(self, o):
        # Mutates the dict while `d[k] += o` is in flight: CPython stores the result afterwards.
        self.d.clear()
        self.d["other"] = 1
        self.n += o
        return self


acc_d = {}
a = Acc(acc_d)
acc_d["k"] = a
acc_d["k"] += 5
print(sorted(acc_d), a.n, acc_d["k"] is a)


# str subclass keys: equal to str keys, hashed by their own __hash__ when defined.
class S(str):
    pass


class H(str):
    def __hash__(self):
        # (Not printed: pyaot does not yet call a str subclass's own __hash__ for dict keys.)
        return str.__hash__(self)

    def __eq__(self, o):
        print("eq", str.__str__(self), o)
        return str.__eq__(self, o)


s = {"ab": 1, S("cd"): 2}
s[S("ab")] += 1
s["cd"] += 1
s[H("ab")] += 1
print(s, [type(k).__name__ for k in s])
hs = {H("ab"): 1}
hs["ab"] += 1  # the stored key's __eq__ runs (the inline probe must not decide)
print(hs)


# A key whose __eq__ mutates the dict mid-lookup, and one with a colliding hash.
class K:
    def __init__(self, v, d=None):
        self.v = v
        self.d = d

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        if self.d is not None:
            print("eq mutates")
            self.d["added"] = 0
            self.d = None
        return isinstance(o, K) and o.v == self.v or o == self.v


m = {"ab": 1}
m[K("ab")] += 1
print(m)
m2 = {}
m2[K("zz")] = 5
m2[K("zz", m2)] += 1
print(len(m2), list(m2.values()))
coll = {-1: 1, -2: 2}  # hash(-1) == hash(-2)
coll[-1] += 10
coll[-2] += 20
print(coll)


# Dict subclasses: __missing__ and overridden __getitem__/__setitem__ run.
class Dflt(dict):
    def __missing__(self, k):
        return 100


class Loud(dict):
    def __getitem__(self, k):
        print("get", k)
        return dict.__getitem__(self, k)

    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)


dd = Dflt(a=1)
dd["a"] += 1
dd["b"] += 1
ld = Loud(a=1)
ld["a"] += 1
print(dd, ld)

# Deleted entries (dummy slots) and a table that grows between the two halves of the loop.
g = {}
for i in range(1000):
    g["k%d" % i] = i
for i in range(0, 1000, 2):
    del g["k%d" % i]
for i in range(1, 1000, 2):
    g["k%d" % i] += 1
for i in range(2000, 2100):
    g["k%d" % (i % 1000 | 1)] += 1
    g["n%d" % i] = 0
print(len(g), sum(g.values()), g["k1"], g["k999"])
