# Field reads of namedtuples at one attribute site: several classes (polymorphic sites), a
# subclass that overrides a field with a property, a class whose field accessor is replaced
# later, subclasses with an instance dict, typing.NamedTuple, and the errors CPython raises.
from collections import namedtuple
from typing import NamedTuple

P = namedtuple("P", "x y")
Q = namedtuple("Q", "y x z")


class Sub(P):
    @property
    def x(self):
        return "prop-x"


class WithDict(P):
    pass


class Typed(NamedTuple):
    x: int
    y: str = "d"


def xs(items):
    return [it.x for it in items]


def ys(items):
    return [it.y for it in items]


items = [P(1, 2), Q(3, 4, 5), Sub(6, 7), Typed(8), WithDict(9, 10), P(11, 12)]
for _ in range(3):
    print(xs(items), ys(items))

w = WithDict(1, 2)
w.extra = "e"
print(w.extra, w.x, vars(w))
try:
    w.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    P(1, 2).z
except AttributeError as e:
    print("AttributeError", e)

# Replacing the class's accessor takes effect at a site that already remembered it.
R = namedtuple("R", "a b")
rs = [R(1, 2), R(3, 4)]


def a_of(r):
    return r.a


print([a_of(r) for r in rs])
R.a = property(lambda self: self[1] * 100)
print([a_of(r) for r in rs])
R.a = 7
print([a_of(r) for r in rs])


class G(namedtuple("G", "u v")):
    __slots__ = ()

    def __getattr__(self, name):
        return "getattr:" + name


g = G(1, 2)
print([g.u for _ in range(3)], g.v, g.missing)
print(P.x, Q.z.__doc__, type(P.__dict__["x"]).__name__)
big = namedtuple("Big", [f"f{i}" for i in range(40)])(*range(40))
print(sum(getattr(big, f"f{i}") for i in range(40)), big.f39, big.f0)
