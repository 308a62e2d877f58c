# The attribute sites' commonest hits (abi/client_attr.zig): a per-class remembered position
# in the instance dict (Site.hit, where "no position" is a value above any dict's size), and a
# method way's remembered bloom bits of the name (Way.bloom), which rule a shadowing instance
# attribute out without probing. Every site is warm (called in a loop) before the change under it.


def get_a(o):
    return o.a


def set_a(o, v):
    o.a = v


def call_m(o):
    return o.m()


def call_m2(o, x, y):
    return o.m(x, y)


def loop(f, *a):
    r = None
    for _ in range(6):
        r = f(*a)
    return r


# Position 0 of the instance dict (the first attribute set) hits like any other.
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


p = P(1, 2)
print("pos0", loop(get_a, p), [loop(get_a, P(i, 0)) for i in range(3)])
loop(set_a, p, 7)
print("pos0 set", p.a, vars(p))

# The position moves: deleted, re-added at the end, then another layout of the same class.
del p.a
try:
    get_a(p)
except AttributeError as e:
    print("deleted", e)
p.a = 8
print("re-added", loop(get_a, p), list(vars(p)))
q = P(3, 4)
q.__dict__.clear()
q.b = 5
q.a = 6
print("other layout", loop(get_a, q), loop(get_a, p), list(vars(q)))
set_a(q, 9)
set_a(p, 10)
print("stores", vars(q), vars(p))


# A class that later gets a class attribute of the name: a plain one (the instance still wins),
# then a data descriptor (the descriptor wins, for reads and for stores).
class C:
    def __init__(self):
        self.a = "inst"


c = C()
print("no class attr", loop(get_a, c))
C.a = "class"
print("class constant", loop(get_a, c))
C.a = property(lambda self: "prop", lambda self, v: print("prop set", v))
print("property", loop(get_a, c), c.__dict__)
set_a(c, 11)
del C.a
print("property gone", loop(get_a, c))


# Hits at a polymorphic site: subclasses with the attribute at different positions.
class S0:
    def __init__(self):
        self.a = 0


class S1(S0):
    def __init__(self):
        self.z = "z"
        S0.__init__(self)


class S2(S0):
    def __init__(self):
        self.y = "y"
        self.z = "z"
        S0.__init__(self)
        self.a = 2


class S3(S2):
    pass


class S4(S1):
    pass


objs = [S0(), S1(), S2(), S3(), S4()]
for _ in range(3):
    print("poly", [get_a(o) for o in objs])
for i, o in enumerate(objs):
    set_a(o, i * 10)
print("poly set", [get_a(o) for o in objs], [list(vars(o)) for o in objs])


# Method calls: shadowed later by an instance attribute, set with a name equal by value only
# (not the same str object), through setattr, vars() and __dict__; then unshadowed.
class M:
    def m(self, x=None, y=None):
        return ("M.m", x, y)


m = M()
print("method", loop(call_m, m), loop(call_m2, m, 1, 2))
name = "".join(["m"])
setattr(m, name, lambda: "shadow0")
print("setattr shadow", loop(call_m, m))
del m.__dict__[name]
print("unshadowed", loop(call_m, m))
vars(m)["m"] = lambda x, y: ("shadow2", x, y)
print("vars shadow", loop(call_m2, m, 3, 4), loop(call_m, M()))
del m.m
print("unshadowed again", loop(call_m2, m, 5, 6))

# Many attributes (the instance dict's bloom bits all set), none of them the method.
big = M()
for i in range(40):
    setattr(big, "attr%d" % i, i)
print("big", loop(call_m, big), len(vars(big)))
big.m = lambda: "big shadow"
print("big shadowed", loop(call_m, big))


# The method replaced on the class (same position in the class dict), and a subclass whose
# method differs, at the same site.
class N(M):
    def m(self, x=None, y=None):
        return ("N.m", x, y)


ms = [M(), N(), M(), N()]
print("mixed", [call_m(o) for o in ms] * 1 == [loop(call_m, o) for o in ms])
M.m = lambda self, x=None, y=None: ("new M.m", x, y)
print("replaced", [call_m(o) for o in ms])
del N.m
print("N falls back", [call_m2(o, 1, 2) for o in ms])
