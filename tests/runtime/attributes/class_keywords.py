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
