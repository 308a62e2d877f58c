# Private name mangling (`__x` inside a class is `_Class__x`), compared with python3.
import sys
from dataclasses import dataclass


class A:
    __count = 0  # class attribute: stored as _A__count

    def __init__(self):
        self.__x = 1
        self._A__y = 2
        A.__count += 1

    def get(self):
        return self.__x, self.__y, A.__count

    def __priv(self):
        return "A.__priv"

    def call(self):
        return self.__priv()

    def drop(self):
        del self.__x
        return hasattr(self, "_A__x")


class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 10  # a different attribute: _B__x

    def getb(self):
        return self.__x

    def __priv(self):  # does not override A's
        return "B.__priv"


b = B()
print(b.get(), b.getb(), b.call())
print(sorted(vars(b)))
print(hasattr(b, "__x"), hasattr(b, "_A__x"), hasattr(b, "_B__x"))
print(getattr(b, "_B__priv")(), B._A__count)
print(b.drop(), sorted(vars(b)))
try:
    b.__x
except AttributeError as e:
    print("AttributeError:", e)


# Functions keep their written name; the class binds the mangled one.
class F:
    def __helper(self):
        raise ValueError("from helper")

    class __Inner:
        pass

    def run(self):
        return self.__helper()


print(F._F__helper.__name__, F._F__helper.__qualname__, F._F__Inner.__name__, F._F__Inner.__qualname__)
print(sorted(k for k in F.__dict__ if not k.startswith("__")))
try:
    F().run()
except ValueError as e:
    print("ValueError:", e)


# Parameters, lambdas, comprehensions and nested functions inside the class are mangled too;
# keyword arguments at call sites are not.
class P:
    def f(self, __a, *, __k=3):
        return __a, __k

    def g(self, **kw):
        return sorted(kw)

    def h(self):
        __local = [i * 2 for i in range(3)]
        __fn = lambda __v: __v + 1
        def inner():
            return __local, __fn(1)
        return inner()


p = P()
print(p.f(1), p.g(__z=1), P.f.__code__.co_varnames, p.h())
try:
    p.f(1, __k=4)
except TypeError as e:
    print("TypeError:", e)


# Globals named from a class body, `global`, exceptions, match captures.
_G__total = 100


class G:
    def bump(self):
        global __total
        __total += 1
        return __total

    def catch(self):
        try:
            raise KeyError("k")
        except KeyError as __err:
            return repr(__err)

    def shape(self, o):
        match o:
            case {"a": __first, **__rest}:
                return __first, __rest
            case [__head, *__tail]:
                return __head, __tail
        return None


g = G()
print(g.bump(), _G__total, g.catch(), g.shape({"a": 1, "b": 2}), g.shape([1, 2, 3]))


class E:
    def m(self):
        return __undefined


try:
    E().m()
except NameError as e:
    print("NameError:", e)


# Names made only of underscores, and leading underscores of the class name.
class _:
    __q = 1


class __:
    __q = 2


class ___Z:
    __q = 3


print(_.__dict__.get("__q"), __.__dict__.get("__q"), ___Z._Z__q)
# Dunder names and the bare `__` are never mangled.
class D:
    __slots__ = ("__s", "t")

    def __init__(self):
        self.__s = 5
        self.t = 6
        __ = 7
        self.__dict_like__ = None if False else 0


d = D.__new__(D)
try:
    D()
except AttributeError as e:
    print("AttributeError:", e)
print(D.__slots__, [n for n in dir(D) if "s" in n and n.startswith("_D")])


@dataclass
class DC:
    __hidden: int = 4
    shown: int = 5


print(DC(), DC(1, 2), [f for f in DC.__dataclass_fields__])
print(DC.__annotations__)
print(sys.version_info >= (3, 0))


# Private slots: fixed layout, with a __dict__ slot, and read from a subclass's methods.
class S1:
    __slots__ = ("__a",)

    def __init__(self, a):
        self.__a = a

    def a(self):
        return self.__a


class S2(S1):
    __slots__ = ("__a",)  # S2's own slot: _S2__a

    def __init__(self):
        super().__init__(1)
        self.__a = 2

    def both(self):
        return self.a(), self.__a


class S3:
    __slots__ = ("__b", "__dict__")

    def __init__(self):
        self.__b = 3
        self.other = 4


print(S1(7).a(), S2().both(), type(S1._S1__a).__name__, S1._S1__a)
s3 = S3()
print(s3._S3__b, vars(s3))
try:
    S1(1).__a = 5
except AttributeError as e:
    print("AttributeError:", e)
