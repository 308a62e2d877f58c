# __slots__ classes laid out as fixed slots (core/slots.zig; abi/client_attr.zig's per-site
# caches read a slot index): member descriptors on the class, unset slots, del, names outside
# the slots, inheritance with and without __dict__, empty __slots__ in a mixin, __getattr__ /
# __setattr__ / __getattribute__ / properties next to slots, class attributes rebound over a
# member while sites are hot, one site seeing slotted and dict instances, copy, dir, vars.
import copy


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", None) if isinstance(e, AttributeError) else "")


class A:
    __slots__ = ("x", "y")


a = A()
show(lambda: a.x)
show(lambda: a.__dict__)
show(lambda: setattr(a, "z", 1))
show(lambda: delattr(a, "x"))
show(lambda: delattr(a, "zz"))
a.x = 1
print(a.x, hasattr(a, "y"), getattr(a, "y", 9), hasattr(a, "x"))
del a.x
print(hasattr(a, "x"), getattr(a, "x", "dflt"))
show(lambda: delattr(a, "x"))
print(A.x, type(A.x).__name__, A.x.__name__, A.x.__objclass__ is A, A.y)
print(sorted(k for k in vars(A) if not k.startswith("__")), A.__slots__)
show(lambda: vars(a))
a.y = None
print(a.y, object.__getattribute__(a, "y"))


# A dict-having subclass: slot values stay out of __dict__.
class B(A):
    pass


b = B()
b.x = 3
b.q = 4
print(b.__dict__, b.x, B.x is A.x)
del b.x
print(hasattr(b, "x"), b.__dict__)
show(lambda: b.y)


# A slotted subclass extends the layout; a class attribute shadows a base slot (read-only).
class C(A):
    __slots__ = ("z",)
    k = 5


c = C()
c.z = 1
c.x = 2
c.y = [c.z]
print(c.x, c.y, c.z, C.z, C.x)
show(lambda: setattr(c, "k", 3))
show(lambda: setattr(c, "w", 3))
show(lambda: c.w)


class Mixin:
    __slots__ = ()

    def total(self):
        return self.x + self.y


class M(Mixin, A):
    __slots__ = ("m",)

    def __init__(self, x, y):
        self.x, self.y, self.m = x, y, x * y


mm = M(2, 3)
print(mm.total(), mm.m, isinstance(mm, A), M.__mro__[1].__name__)


class OneStr:
    __slots__ = "only"


o1 = OneStr()
o1.only = "v"
print(o1.only, OneStr.only)


class WithList:
    __slots__ = ["p", "q"]

    def __init__(self):
        self.p = 1


w = WithList()
print(w.p, hasattr(w, "q"))


# __getattr__ answers an unset slot; __setattr__ and __getattribute__ overrides see slots.
class GA:
    __slots__ = ("a",)

    def __getattr__(self, n):
        return "ga:" + n


g = GA()
print(g.a, g.b)
g.a = 1
print(g.a)


class SA:
    __slots__ = ("v", "log")

    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, n, val):
        self.log.append(n)
        object.__setattr__(self, n, val * 2)


sa = SA()
sa.v = 5
print(sa.v, sa.log)


class DA:
    __slots__ = ("v", "w")

    def __delattr__(self, n):
        print("DA.__delattr__", n)
        object.__delattr__(self, n)


da = DA()
da.v = 1
del da.v
print(hasattr(da, "v"))
show(lambda: delattr(da, "v"))
show(lambda: delattr(da, "nope"))
da.w = 2
object.__delattr__(da, "w")
show(lambda: da.w)


class GAT:
    __slots__ = ("v",)

    def __getattribute__(self, n):
        if n == "v":
            return "intercepted:" + str(object.__getattribute__(self, n))
        return object.__getattribute__(self, n)


gat = GAT()
gat.v = 3
print(gat.v)


class PropSlots:
    __slots__ = ("_r",)

    def __init__(self, r):
        self._r = r

    @property
    def r(self):
        return self._r * 10

    @r.setter
    def r(self, v):
        self._r = v


ps = PropSlots(2)
ps.r = 4
print(ps.r, ps._r)


# Hot sites: polymorphic over a slotted, a dict-backed and a slotted subclass instance, with the
# member rebound on the class in the middle (reads then see the class attribute).
class D:
    def __init__(self, x):
        self.x = x


class S2:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class S3(S2):
    __slots__ = ("w",)


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


objs = [S2(1), D(2), S3(3), S2(4)]
objs[2].x = 30
tot = 0
for i in range(3000):
    o = objs[i % 4]
    set_x(o, get_x(o) + 1)
    tot += get_x(o)
print(tot, [get_x(o) for o in objs])
del objs[0].x
show(lambda: get_x(objs[0]))
set_x(objs[0], 7)
saved = S2.x
S2.x = "class attr"
print(get_x(objs[0]), get_x(objs[3]), get_x(objs[2]))
show(lambda: set_x(objs[3], 1))
S2.x = saved
print(get_x(objs[0]), get_x(objs[3]))


# Many instances (collections while they live) keep their values.
class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(d):
    return Node(None, None) if d == 0 else Node(make(d - 1), make(d - 1))


def count(n):
    return 1 if n.left is None else 1 + count(n.left) + count(n.right)


keep = make(10)
print(sum(count(make(8)) for _ in range(40)), count(keep))

# copy / deepcopy, dir, equality and hashing defined on a slotted class.
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.x, c2.y is c.y, c3.y == c.y, c3.y is c.y)
print([n for n in dir(c) if not n.startswith("__")])


class H:
    __slots__ = ("p",)

    def __init__(self, p):
        self.p = p

    def __repr__(self):
        return "H(%r)" % self.p

    def __eq__(self, o):
        return self.p == o.p

    def __hash__(self):
        return hash(self.p)


print([H(i) for i in range(3)], H(1) == H(1), len({H(1), H(1)}))
print(type(H.p).__name__, repr(H.p))


# `__dict__` among the slots: instances have a __dict__ again, the other slots stay out of it
# and are still member descriptors; subclasses inherit the dict.
class DictSlot:
    __slots__ = ("b", "__dict__")

    def __init__(self):
        self.b = 3
        self.other = 4


ds = DictSlot()
print(ds.b, vars(ds), ds.__dict__, hasattr(ds, "__dict__"), DictSlot.b)


class DictSlotSub(DictSlot):
    __slots__ = ("c",)


dss = DictSlotSub()
dss.c = 1
dss.z = 2
print(vars(dss), dss.c, dss.b)
del dss.b
print(hasattr(dss, "b"), vars(dss))


class OnlyDict:
    __slots__ = ("__dict__",)


od = OnlyDict()
od.q = 1
print(vars(od))
od.__dict__ = {"r": 2}
print(od.r, vars(od))
