# What the attribute sites' validity rests on (abi/client_attr.zig): one global epoch, bumped by
# every change of shape of a class dict some site depends on, and the instance dicts' bloom bits,
# which let a method call skip probing the instance dict for a shadowing attribute. Every site
# below is warm (run in a loop or a helper called many times) before the change under it.


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_m(o):
    return o.m()


def call_m1(o, a):
    return o.m(a)


def call_m4(o, a, b, c, d):
    return o.m(a, b, c, d)


def warm(f, *a):
    r = None
    for _ in range(5):
        r = f(*a)
    return r


class Base:
    def __init__(self, x):
        self.x = x

    def m(self):
        return ("Base.m", self.x)


class L1(Base):
    pass


class L2(L1):
    pass


class L3(L2):
    pass


class L4(L3):
    pass


class L5(L4):
    pass


# A deep hierarchy (more class dicts than the old per-site guard kept): a method added on a
# middle class, then removed; an attribute added to the deepest base as a property.
o5 = L5(1)
print(warm(call_m, o5), warm(get_x, o5))
L3.m = lambda self: ("L3.m", self.x)
print(warm(call_m, o5))
del L3.m
print(warm(call_m, o5))
Base.x = property(lambda self: "Base.x property")
print(warm(get_x, o5))
del Base.x
print(warm(get_x, o5))
# setattr / delattr on the class through the builtins.
setattr(L4, "m", lambda self: ("setattr L4.m", self.x))
print(warm(call_m, o5))
delattr(L4, "m")
print(warm(call_m, o5))
# A class attribute unrelated to the site: the sites refill and keep answering right.
L2.unrelated = 5
print(warm(call_m, o5), warm(get_x, o5))

# Instance dict entries that shadow a method, reached without `o.m = ...`: through __dict__,
# vars(), update(), setattr with a name built at run time, and a replaced __dict__.
b1 = Base(2)
print(warm(call_m, b1))
b1.__dict__["m"] = lambda: "via __dict__"
print(warm(call_m, b1))
del b1.__dict__["m"]
print(warm(call_m, b1))
vars(b1).update({"m": lambda: "via update"})
print(warm(call_m, b1))
vars(b1).clear()
b1.x = 3
print(warm(call_m, b1))
setattr(b1, "".join(["m"]), lambda: "via setattr")
print(warm(call_m, b1))
delattr(b1, "m")
print(warm(call_m, b1))
b1.__dict__ = {"x": 4, "m": lambda: "replaced dict"}
print(warm(call_m, b1))
b1.__dict__ = {"x": 5}
print(warm(call_m, b1))
# Many attributes: the bloom bits fill up, the instance dict grows out of its inline table.
for i in range(40):
    setattr(b1, "attr%d" % i, i)
print(warm(call_m, b1), warm(get_x, b1))
b1.m = lambda: "after growth"
print(warm(call_m, b1))

# A key equal to the method name but a different str object (not interned).
b2 = Base(6)
print(warm(call_m, b2))
name = "".join(chr(c) for c in (109,))
b2.__dict__[name] = lambda: "equal str key"
print(warm(call_m, b2))


# A str subclass key that hashes and compares like "m".
class S(str):
    pass


b3 = Base(7)
print(warm(call_m, b3))
b3.__dict__[S("m")] = lambda: "str subclass key"
print(warm(call_m, b3))

# Method calls with 0 to 5 arguments (fixed-size and general argument copies), values of every
# kind passing through: None, bools, ints, floats, big ints, objects.


class Args:
    def __init__(self):
        self.x = 0

    def m(self, *a):
        return a

    def m0(self):
        return "m0"

    def m1(self, a):
        return (a,)

    def m2(self, a, b):
        return (a, b)

    def m3(self, a, b, c):
        return (a, b, c)

    def m5(self, a, b, c, d, e):
        return (a, b, c, d, e)


ar = Args()
for _ in range(3):
    print(ar.m0(), ar.m1(None), ar.m2(True, False), ar.m3(1, 2.5, 10**30), ar.m5(ar.x, "s", [1], (2,), {3: 4}))
    print(ar.m(), ar.m(1), ar.m(1, 2, 3, 4, 5, 6))
print(warm(call_m4, ar, None, True, 3, 4.5))

# Values of every kind stored and read back through warm sites (each store then load).
vals = [None, True, False, 0, -1, 2**62, 2**100, 1.5, float("inf"), "str", (1, 2), [3], b1]
bx = Base(0)
for v in vals:
    set_x(bx, v)
    r = get_x(bx)
    set_x(bx, not r if isinstance(r, bool) else r)
    print(repr(get_x(bx))[:20], end=" ")
print()


# Bools toggled and read right away (the store then load of one attribute).
class T:
    def __init__(self):
        self.flag = False
        self.n = 0

    def step(self):
        self.flag = not self.flag
        if self.flag:
            self.n += 1
        return self.flag


t = T()
print([t.step() for _ in range(7)], t.n)


# Many classes through one site (more than its ways), while class dicts keep changing shape.
def make_cls(i):
    class K(Base):
        def m(self):
            return ("K%d" % i, self.x)

    return K


ks = [make_cls(i)(i) for i in range(7)]
for rnd in range(4):
    print(rnd, [call_m(k) for k in ks], [get_x(k) for k in ks])
    type(ks[rnd]).m = lambda self, rnd=rnd: ("patched", rnd, self.x)
    type(ks[rnd + 1]).extra = rnd

# A class constant shadowed later per instance, and a constant turned into a descriptor.


class C:
    k = 1

    def get(self):
        return self.k


c1, c2 = C(), C()
print(warm(C.get, c1), warm(C.get, c2))
c2.__dict__["k"] = 2
print(warm(C.get, c1), warm(C.get, c2))
C.k = staticmethod(lambda: 0)
print(type(warm(C.get, c1)).__name__, warm(C.get, c2))


# __getattr__ added to the class after the sites are warm. (A __getattribute__ assigned after
# class creation is not honoured by pyaot at all yet, sites or not: not tested here.)
class G(Base):
    pass


g = G(8)
print(warm(get_x, g), warm(call_m, g))
try:
    g.missing
except AttributeError as e:
    print("AttributeError", e)
G.__getattr__ = lambda self, n: "getattr " + n
print(warm(get_x, g), g.missing)
del G.__getattr__
print(warm(get_x, g), warm(call_m, g))
try:
    g.missing
except AttributeError as e:
    print("AttributeError", e)


class GA(Base):
    def __getattribute__(self, n):
        return "getattribute " + n


print(warm(get_x, GA(1)), warm(get_x, g))


# __setattr__ added later: stores through warm sites must call it.
class W(Base):
    pass


w = W(9)
warm(set_x, w, 10)
print(w.x)
W.__setattr__ = lambda self, n, v: object.__setattr__(self, n, ("wrapped", v))
set_x(w, 11)
print(w.x)
del W.__setattr__
set_x(w, 12)
print(w.x)


# __slots__ classes next to dict classes at one site.
class Sl:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def m(self):
        return ("Sl.m", self.x)


mixed = [Sl(1), Base(2), Sl(3), L5(4)]
print([warm(get_x, o) for o in mixed], [warm(call_m, o) for o in mixed])
for o in mixed:
    set_x(o, 0)
print([get_x(o) for o in mixed])


# Method calls that enter a compiled method's code directly (compiler/codegen/attr-site.ts
# dispatchers): the class built twice (two function objects for one def), a closure method, a
# generator method, defaults, typed parameters and results, a method moved to another class,
# exceptions and tracebacks through the direct call, deep recursion.
def make_counter(step):
    class Counter:
        def __init__(self):
            self.n = 0

        def bump(self):
            self.n += step
            return self.n

    return Counter


c_a = make_counter(1)()
c_b = make_counter(10)()
print([c_a.bump() for _ in range(3)], [c_b.bump() for _ in range(3)], [c_a.bump() for _ in range(2)])


class Gen:
    def __init__(self, n):
        self.n = n

    def items(self):
        for i in range(self.n):
            yield i * i

    def opt(self, a, b=100):
        return a + b

    def typed(self, a: int, b: float) -> float:
        return a * b

    def flag(self) -> bool:
        return self.n > 2

    def fail(self, depth):
        if depth == 0:
            raise ValueError("deep failure")
        return self.fail(depth - 1)

    def rec(self, n):
        return self.rec(n + 1)


gn = Gen(4)
for _ in range(3):
    print(list(gn.items()), gn.opt(1), gn.opt(1, 2), gn.typed(3, 0.5), gn.flag(), Gen(1).flag())


class Other:
    def __init__(self):
        self.n = 3


Other.items = Gen.items
print(list(Other().items()))
try:
    gn.fail(3)
except ValueError as e:
    print("ValueError", e)
try:
    gn.rec(0)
except RecursionError:
    print("RecursionError")
try:
    gn.opt()
except TypeError as e:
    print("TypeError", e)
try:
    gn.opt(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
print(gn.opt(a=5), gn.opt(1, b=1))
Gen.flag = lambda self: "lambda flag"
print(gn.flag())
gn.typed = lambda a, b: "instance typed"
print(gn.typed(1, 2))


# Literal receivers (compile-time constants in the generated code) at attribute and method
# sites, also for a method name some class defines.
class Lit:
    def upper(self):
        return "Lit.upper"

    def run(self):
        return "Lit.run"


fmt = "{}-{}".format
print(fmt(1, 2), ", ".join(["a", "b"]).upper(), Lit().upper(), Lit().run(), (5).bit_length())
try:
    "abc".run()
except AttributeError as e:
    print("AttributeError", e)


# The sites' inline hits on any of their ways (a polymorphic site answers each class from the
# same cache line): four classes with different instance dict layouts at one read and one
# store site, then, while warm, positions that move (delete and re-add), a class constant that
# answers once the instance's entry is gone, a data descriptor added to one class only, and
# __setattr__ added to another: each class's answer must change, and only its own.
class H0:
    def __init__(self):
        self.x = 0


class H1:
    def __init__(self):
        self.a = 1
        self.x = 10


class H2:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.x = 20


class H3:
    x = "H3 class x"

    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
        self.x = 30


def poly_get(o):
    return o.x


def poly_set(o, v):
    o.x = v


hs = [H0(), H1(), H2(), H3()]
for r in range(4):
    for h in hs:
        poly_set(h, poly_get(h) + 1)
print([poly_get(h) for h in hs])
del hs[1].x
hs[1].x = "moved"
print([poly_get(h) for h in hs], list(vars(hs[1])))
poly_set(hs[1], "stored at the new position")
print(poly_get(hs[1]), vars(hs[1]))
del hs[3].x
print([poly_get(h) for h in hs])
poly_set(hs[3], "instance again")
print(poly_get(hs[3]))
H2.x = property(lambda self: "H2 property", lambda self, v: print("H2 setter", v))
print([poly_get(h) for h in hs])
poly_set(hs[2], 99)
print(vars(hs[2]))


def h0_setattr(self, name, v):
    print("H0.__setattr__", name, v)
    object.__setattr__(self, name, v * 2)


H0.__setattr__ = h0_setattr
poly_set(hs[0], 21)
print([poly_get(h) for h in hs])
fresh = [H0(), H1(), H2(), H3()]
for h in fresh:
    poly_set(h, 7)
print([poly_get(h) for h in fresh])
