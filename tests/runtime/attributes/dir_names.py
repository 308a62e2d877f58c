# dir() as CPython 3.11 answers it (builtins/objattrs.zig dir_, dir_names.zig): builtin values,
# instances and classes of class statements (object's names, __dict__ / __weakref__, __slots__
# with private-name mangling), exception subclasses, builtin bases, a user __dir__, enums.
from collections import namedtuple
from dataclasses import dataclass
from enum import Enum, Flag


class A:
    x = 1

    def f(self):
        pass


class B(A):
    __slots__ = ('p', 'q')


class C:
    __slots__ = ('a', '__hidden', '__weakref__')


class Both:
    __slots__ = ('__dict__',)


a = A()
a.y = 2
print(dir(a))
print(dir(A))
print(dir(B()))
print(dir(C()))
print(dir(Both()))
print(dir(object()))
for v in (1, True, 2.5, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, range(1), slice(1), len, print, A.f, a.f, (x for x in ()), Ellipsis, NotImplemented, type):
    print(type(v).__name__, len(dir(v)), dir(v) == dir(type(v)), dir(v)[:3], dir(v)[-3:])


class E(ValueError):
    def __init__(self, m):
        super().__init__(m)
        self.code = 1


print(dir(E("x")))
print(dir(KeyError()), dir(OSError()) == dir(OSError), dir(StopIteration()))
P = namedtuple("P", "x y")
print([n for n in dir(P(1, 2)) if not n.startswith("__")])


@dataclass
class D:
    a: int = 1


print([n for n in dir(D()) if not n.startswith("__") or n in ("__dataclass_fields__", "__dict__", "__weakref__")])


class Custom:
    def __dir__(self):
        return ("b", "a", "c")


print(dir(Custom()))


class L(list):
    pass


class S(set):
    pass


class X(Exception):
    pass


print(len(dir(L())), "__dict__" in dir(L()), "__weakref__" in dir(L()), dir(L()) == dir(L))
print(len(dir(S())), "__dict__" in dir(S()), "__weakref__" in dir(S()))
print(sorted(set(dir(X())) - set(dir(Exception()))))


class Color(Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name


class Perm(Flag):
    R = 4
    W = 2


print(dir(Color.RED), dir(Color))
print(dir(Perm.R), dir(Perm))
