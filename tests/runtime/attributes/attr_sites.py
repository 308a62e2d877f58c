# Per-site inline caches (abi/client_attr.zig, emitted by compiler/codegen/attr-site.ts): every
# `obj.x`, `obj.x = v`, `obj.m()` and `C(...)` below runs in a loop or a helper called many
# times, so its site is warm when the class, the instance or the callee changes under it.

def get_x(o):
    return o.x

def set_x(o, v):
    o.x = v

def call_m(o):
    return o.m()

def make(cls, *a):
    return cls(*a)

def make2(cls, a, b):
    return cls(a, b)

class A:
    def __init__(self, x):
        self.x = x
    def m(self):
        return ("A.m", self.x)

class B(A):
    def m(self):
        return ("B.m", self.x)

class C(A):
    pass

class D(A):
    def __init__(self, x):
        self.pad = 0
        self.x = x

class E(A):
    pass

class F(A):
    pass

# Polymorphic sites: more classes than a site keeps ways for, attributes at different positions.
objs = [A(1), B(2), C(3), D(4), E(5), F(6)]
for rnd in range(3):
    print(rnd, [get_x(o) for o in objs], [call_m(o) for o in objs])
    for o in objs:
        set_x(o, get_x(o) + 10)

# A method rebound on the class (same dict position), added on a subclass, deleted again.
a = A(7)
print([call_m(a) for _ in range(3)])
A.m = lambda self: ("lambda", self.x)
print(call_m(a), call_m(C(8)))
def a_m2(self):
    return ("a_m2", self.x)
A.m = a_m2
print(call_m(a))
C.m = lambda self: ("C.m", self.x)
print(call_m(C(9)), call_m(a))
del C.m
print(call_m(C(10)))

# An instance attribute shadowing the method; removing it again.
b = B(11)
print(call_m(b))
b.m = lambda: "instance m"
print(call_m(b))
del b.m
print(call_m(b))

# Reads after the attribute moves in the instance dict, or is deleted.
d = D(12)
print(get_x(d))
del d.pad
print(get_x(d))
del d.x
try:
    get_x(d)
except AttributeError as e:
    print("AttributeError", e)
d.x = 13
print(get_x(d))

# A class constant read through instances, then shadowed per instance, then the class changes.
class K:
    k = 1
    def get(self):
        return self.k
k1, k2 = K(), K()
print([k1.get() for _ in range(3)])
k2.k = 2
print(k1.get(), k2.get())
K.k = 3
print(k1.get(), k2.get())
K.k = "three"
print(k1.get(), k2.get())

# A property or data descriptor appearing on the class after the site is warm.
class P:
    def __init__(self):
        self.x = 1
p = P()
print([get_x(p) for _ in range(3)])
set_x(p, 2)
P.x = property(lambda self: "prop")
print(get_x(p))
try:
    set_x(p, 3)
except AttributeError:
    # (pyaot's message names the property here; CPython's does not)
    print("AttributeError: no setter")
del P.x
print(get_x(p))
class Data:
    def __get__(self, obj, typ=None):
        return "data-get"
    def __set__(self, obj, v):
        print("data-set", v)
P.x = Data()
print(get_x(p))
set_x(p, 4)
del P.x
print(get_x(p))

# Setting a new attribute on a base after its subclass's sites are warm.
class Q(A):
    pass
q = Q(20)
print([get_x(q) for _ in range(3)], call_m(q))
A.x = property(lambda self: "base prop")
print(get_x(q))
del A.x
print(get_x(q))

# __slots__ instances: reads, writes, a name outside the slots, an unset slot.
class S:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
s_objs = [make(S, i) for i in range(4)]
print([get_x(o) for o in s_objs])
for o in s_objs:
    set_x(o, get_x(o) * 2)
print([get_x(o) for o in s_objs])
try:
    s_objs[0].z = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    print(s_objs[0].y)
except AttributeError as e:
    print("AttributeError", e)

# Class calls: __init__ replaced, __new__ added, a metaclass, wrong argument counts,
# keywords, an __init__ that returns a value, a class without __init__.
print([make(A, i).x for i in range(3)])
def init2(self, x):
    self.x = ("init2", x)
A.__init__ = init2
print(make(A, 1).x, make(C, 2).x)
class N(A):
    def __new__(cls, x):
        print("N.__new__", x)
        return super().__new__(cls)
print(make(N, 5).x)
try:
    make(B, 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    make(B)
except TypeError as e:
    print("TypeError", e)
print(A(x=9).x)
class R:
    def __init__(self, v):
        self.v = v
        if v:
            return v
print([make(R, 0).v for _ in range(3)])
for bad in (1, "s", 2.5, [1]):
    try:
        make(R, bad)
    except TypeError as e:
        print("TypeError", e)
class NN:
    def __new__(cls, x):
        print("NN.__new__", x)
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
print([make(NN, i).x for i in range(3)])
class NP:
    def __init__(self, x):
        self.x = x
print([make(NP, i).x for i in range(3)])
NP.__new__ = lambda cls, x: print("lambda __new__", x) or object.__new__(cls)
print([make(NP, i).x for i in range(2)])
class Plain:
    pass
print(type(make(Plain)).__name__)
try:
    make(Plain, 1)
except TypeError as e:
    print("TypeError", e)
# Dicts presized from the last instance: more attributes later, then fewer.
class Grow:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
print([len(make(Grow, n).__dict__) for n in (0, 1, 2, 9, 3, 40, 1)])
g = make(Grow, 1)
for i in range(20):
    g.__dict__["b%d" % i] = i
print(sorted(vars(g))[:5], len(vars(g)))

# The same class at one site, its instances' attributes set in differing orders.
class O:
    def __init__(self, flip):
        if flip:
            self.b = 1
            self.a = 2
        else:
            self.a = 3
            self.b = 4
def read_a(o):
    return o.a
print([read_a(make2(O, i % 2, None) if False else O(i % 2)) for i in range(6)])

# Functions called through call sites: exact positional, defaults, keywords, *args.
def f2(a, b=5):
    return a + b
def call1(f, x):
    return f(x)
print(call1(f2, 1), call1(len, "abc"), call1(lambda *a: a, 3), call1(B, 4).x)

# Module functions called through one site: a fixed native module (kept by the site), a class
# and a namespace object with the same method name, then the module again; a name added to the
# module later; sys.argv rebound.
import math, random, sys, types
def floor_of(m, x):
    return m.floor(x)
class Floors:
    @staticmethod
    def floor(x):
        return "class floor %r" % x
ns = types.SimpleNamespace(floor=lambda x: "ns floor %r" % x)
print([floor_of(m, 2.5) for m in (math, math, Floors, ns, math, Floors(), math)])
random.seed(7)
first = [random.random() for _ in range(3)]
random.seed(7)
print(first == [random.random() for _ in range(3)], random.randint(1, 6))
random.added_later = lambda: "added"
print(random.added_later(), hasattr(random, "added_later"))
saved_argv = sys.argv
sys.argv = ["prog", "x"]
print(sys.argv)
sys.argv = saved_argv
import os, os.path
os.path = os.path  # the same object again: allowed (the import system does it)
print(os.path.join("a", "b"))

# Constructor dispatchers (positional class calls enter a known __init__ directly): one site
# sees a slotted class, a dict class and a subclass; __init__ re-entering its own site with
# another class; __init__ swapped for another class's compiled __init__, then a lambda; an
# __init__ that returns a value.
class SNode:
    __slots__ = ("l", "r")
    def __init__(self, l, r):
        self.l = l
        self.r = r
class DNode:
    def __init__(self, l, r):
        self.l = l
        self.r = (r, "d")
class SubD(DNode):
    pass
def build(cls, l, r):
    return cls(l, r)
print([(type(o).__name__, o.l, o.r) for o in (build(c, i, -i) for c in (SNode, DNode, SubD, SNode, SubD) for i in range(2))])
class Chain:
    def __init__(self, n, kind):
        self.kind = kind
        self.next = build(Chain if n > 1 else DNode, n - 1, kind) if n else None
print([(type(o).__name__, o.l if isinstance(o, DNode) else o.kind) for o in (build(Chain, 2, "c").next, build(Chain, 1, "c").next)])
DNode.__init__ = SNode.__init__
try:
    build(DNode, 1, 2)
except TypeError as e:
    print("TypeError", e)
DNode.__init__ = lambda self, l, r: setattr(self, "l", ("lambda", l))
print(build(DNode, 3, 4).l, build(SubD, 5, 6).l, build(SNode, 7, 8).r)
class Ret:
    def __init__(self, a, b):
        return a
for v in (None, 0):
    try:
        print(type(build(Ret, v, 1)).__name__)
    except TypeError as e:
        print("TypeError", e)
