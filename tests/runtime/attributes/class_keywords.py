# Class statement keywords (class A(Base, key=...)) reach __init_subclass__ (rt.class.newClassKw);
# unconsumed ones raise CPython's TypeError; TypedDict's total= goes to its class hook.
class Reg:
    subs = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw); Reg.subs.append((cls.__name__, key))
class A(Reg, key="a"): pass
class B(A): pass
print(Reg.subs)
try:
    class C(extra=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(Reg, key=1, bad=2): pass
except TypeError as e:
    print("TypeError:", e)
from typing import TypedDict
class M(TypedDict, total=False):
    a: int
print(M.__total__, sorted(M.__optional_keys__), M(a=1))
# __init_subclass__ is the next one after the class in its MRO: with a builtin first among the
# bases (`class S(str, Base)`), Base's runs (not str's, inherited from object).
class Registered:
    registry = []
    def __init_subclass__(cls, tag="", **kw):
        super().__init_subclass__(**kw)
        Registered.registry.append((cls.__name__, tag))
class Word(str, Registered, tag="w"):
    pass
class Items(list, Registered):
    pass
print(Registered.registry, Word("hi").upper(), Items([1, 2]))
