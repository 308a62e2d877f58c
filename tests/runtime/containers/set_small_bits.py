# The small-int bitmap of set tables (core/set_table.zig Table.small_only / small_bits): while
# every key of a set is an int in [-32, 32), compiled `i in s`, s.add, s.discard and s.remove of
# a small int answer from one bit. Every other change of the key set must keep the bitmap exact
# or give it up: keys of other types that equal ints (True, 1.0, objects with __eq__), ints outside
# the window (-33, 32, big ints), bulk operations (update, copy, pop, clear, set algebra),
# resizes after add/remove churn; and the iteration order must stay CPython's.


def show(tag, s):
    print(tag, list(s), len(s))


def probe(tag, s, keys=(-34, -33, -32, -31, -2, -1, 0, 1, 2, 30, 31, 32, 33, 63, 64, 2**62, -(2**62), 2**100)):
    print(tag, [k for k in keys if k in s], [k for k in keys if k not in s])


# ---- The window's edges ----------------------------------------------------------------------
s = set()
for k in (-32, 31, -1, 0, 1, -2):
    s.add(k)
probe("edges", s)
show("edges", s)
s.add(32)  # outside the window: the bitmap is given up
probe("with 32", s)
s.remove(32)
probe("32 removed", s)
s.add(-33)
probe("with -33", s)
s.discard(-33)
s.discard(-33)
probe("-33 discarded", s)
for k in (-32, 31, -1, 0, 1, -2):
    s.remove(k)
show("emptied", s)
s.add(5)  # empty again: the bitmap holds once more
probe("refilled", s)
try:
    s.remove(6)
except KeyError as e:
    print("KeyError", e)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
s.discard(6)
s.discard(-100)
show("after misses", s)

# ---- Keys of other types equal to small ints -------------------------------------------------


class I:
    """Equal to an int and hashing like it (int subclasses are not supported by pyaot)."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return other == self.v

    def __repr__(self):
        return "I(%d)" % self.v


for other in (True, False, 1.0, 0.0, -1.0, I(1), I(-1), 2**64, -(2**64), 1 + 0j, (1,)):
    s = {0, 1, -1, 5}
    s.add(other)
    probe("with %r" % (other,), s)
    s.discard(other)
    probe("without %r" % (other,), s)
    show("order", s)
    s.add(1)
    s.add(-1)
    s.remove(5)
    show("readd", s)
    s2 = {other}
    s2.add(1)
    s2.add(0)
    s2.add(-1)
    show("other first %r" % (other,), s2)
    print(1 in s2, 0 in s2, -1 in s2, 2 in s2)

# -1 and -2 share a hash
s = {-1}
print(-2 in s, -1 in s)
s.add(-2)
s.remove(-1)
print(-2 in s, -1 in s)
show("-1/-2", s)
s = {-2, -1, 0, -3}
s.discard(-2)
s.add(-2)
show("-2 readded", s)

# ---- Bulk operations -------------------------------------------------------------------------
a = set(range(-5, 6))
b = a.copy()
probe("copy", b)
c = set()
c.update(a)
c.update({-32, 31})
probe("update", c)
c.update([40])
probe("update 40", c)
d = set()
d.update({1.0, 2})
probe("update float", d)
e = a | {7.0}
probe("union float", e)
f = a & {1, 2, 3, 40}
probe("intersection", f)
a2 = set(range(-5, 6))
a2 &= {1, 2, 3}
probe("iand", a2)
a3 = set(range(-5, 6))
a3 -= {0, 1, 2}
probe("isub", a3)
a4 = {1, 2, 3}
a4 ^= {3, 4, 2**70}
probe("ixor", a4)
a4 ^= {2**70}
probe("ixor back", a4)
a5 = set(range(10))
while a5:
    v = a5.pop()
    print("pop", v, v in a5, len(a5))
a5.add(3)
probe("after pops", a5)
a6 = {1, 2, True, 3.0}
a6.clear()
a6.add(1)
probe("cleared", a6)
a7 = set(range(20))
a7.__init__([4, 5])
probe("reinit", a7)
fs = frozenset(range(-32, 32))
probe("frozenset", fs)
fs2 = frozenset([1, 2.0, True])
probe("frozenset mixed", fs2)
print(fs2 == {1, 2}, {1, 2} == fs2, hash(frozenset({1, 2})) == hash(fs2))
g = {k for k in range(-40, 40, 3)}
probe("comprehension", g)
show("comprehension", g)

# ---- Churn: dummies, resizes, iteration order ------------------------------------------------


def churn(seed, width, lo, steps):
    s = set()
    x = seed
    for r in range(steps):
        x = (x * 1103515245 + 12345) % 2147483648
        k = lo + x % width
        if r % 5 == 4 and s:
            s.discard(k)
        elif k in s:
            s.remove(k)
        else:
            s.add(k)
    return s


for seed, width, lo in ((1, 64, -32, ), (2, 70, -35), (3, 12, 20), (4, 200, -100), (5, 8, -4)):
    s = churn(seed, width, lo, 3000)
    show("churn %d" % seed, s)
    probe("churn %d" % seed, s)

# ---- Mutation during iteration ---------------------------------------------------------------
s = set(range(8))
try:
    for k in s:
        s.add(k + 100)
except RuntimeError as e:
    print("RuntimeError", e)
s = set(range(8))
try:
    for k in s:
        s.discard(k)
except RuntimeError as e:
    print("RuntimeError", e)
show("after", s)
s = set(range(8))
for k in list(s):
    s.remove(k)
    s.add(k + 8)
show("shifted", s)


# ---- Statically typed operands ---------------------------------------------------------------
def typed(s: set, ks: list) -> int:
    n = 0
    for k in ks:
        if k in s:
            n += 1
            s.remove(k)
        else:
            s.add(k)
        s.discard(k + 1)
    return n


t = set()
print(typed(t, [1, 2, 3, 1, -32, 31, 32, -33, 2, 2]), sorted(t))
t.add(True)
print(typed(t, [1, 0, 1, -1]), t)
t = {1.0}
print(typed(t, [1, 1, 1]), t)


# ---- Chains of membership tests (compiler/codegen/expr.ts inChain) ---------------------------
class Loud(set):
    def __contains__(self, x):
        print("Loud contains", x)
        return set.__contains__(self, x)


def chain(a, b, c, s1, s2, s3):
    r = []
    if a in s1 or b in s2 or c in s3:
        r.append("or")
    if a not in s1 and b not in s2 and c not in s3:
        r.append("and")
    if a in s1 or b in s2:
        r.append("or2")
    return r


small = {1, 2, 3}
print(chain(1, 9, 9, small, small, small), chain(9, 9, 3, small, small, small), chain(9, 9, 9, small, small, small))
print(chain(1, 9, 9, Loud(small), small, small), chain(9, 2, 9, small, Loud(small), small))
print(chain(1.0, 9, 9, small, small, small), chain(True, 9, 9, small, small, small), chain(9, 2**70, -1, small, small, {-1}))
print(chain(9, 9, 3, small, {1.0}, small), chain(9, 9, 1, small, {True}, {1.0}), chain(9, 9, 40, small, small, {40}))
print(chain(1, 2, 3, frozenset(small), [2], (3,)), chain(0, 0, 0, set(), {0: 1}, "0" and {0}))
try:
    chain(9, 2, 3, small, 5, small)
except TypeError as e:
    print("TypeError", e)
print(chain(1, 2, 3, small, 5, small) if False else "skipped")


def unbound_later(flag, s):
    if flag:
        late = 5
    try:
        if 1 in s or late in s:
            return "yes"
        return "no"
    except NameError as e:
        return "NameError %s" % e


print(unbound_later(False, {1}), unbound_later(True, {5}), unbound_later(True, set()))
try:
    print(unbound_later(False, {2}))
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def rebinding(s, t):
    n = 0
    for k in range(-3, 40):
        if k in s or k in t:
            n += 1
            s.add(k + 1)
        elif k not in s and k not in t:
            t.add(k * 2)
    return n, sorted(s), sorted(t)


print(rebinding({0}, {-3}))
