# `o[k] op= <number>` (compiler/codegen/stmt.ts, core/sub.zig augGet): one probe for an exact
# dict whose key is found without user code; every other case (missing keys, user keys whose
# __eq__/__hash__ print, str values, dict subclasses, lists, defaultdict, Counter) as CPython.
import collections
def run():
    d = {}
    for w in "a b a c b a".split():
        if w in d:
            d[w] += 1
        else:
            d[w] = 1
    print(d)
    n = {1: 1.5, 2: True, 3: 10**30}
    n[1] += 1
    n[2] += 1
    n[3] *= 2
    n[1] -= 0.5
    print(n)
    try:
        d["zz"] += 1
    except KeyError as e:
        print("KeyError", e)
    l = [1, 2]
    l[0] += 5
    l[-1] **= 3
    print(l)
    try:
        l[5] += 1
    except IndexError as e:
        print(e)
    dd = collections.defaultdict(int)
    for ch in "hello":
        dd[ch] += 1
    print(sorted(dd.items()))
    c = collections.Counter()
    c["x"] += 2
    print(c)
    class K:
        def __init__(self, v): self.v = v
        def __hash__(self): print("hash", self.v); return hash(self.v)
        def __eq__(self, o): print("eq", self.v); return isinstance(o, K) and o.v == self.v
    m = {K(1): 1, 1: 5}
    m[1] += 1
    print(m[1])
    f = {1.0: 1, "s": [1]}
    f[1] += 1
    print(f)
    s = {"s": "x"}
    try:
        s["s"] += 1
    except TypeError as e:
        print(e)
    z = {0: 5}
    try:
        z[0] //= 0
    except ZeroDivisionError as e:
        print(e, z)
    class D(dict):
        def __setitem__(self, k, v):
            print("set", k, v); super().__setitem__(k, v)
    sd = D(a=1)
    sd["a"] += 1
    print(sd)
run()
