# Section: copy (see ../stdlib-py.test.ts).
from common import check

print("== copy")
import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(98)
print(b, c, b[1] is a[1], c[1] is a[1])
t = (1, [2]); print(copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None, copy.copy(t) is t)
r = [1]; r.append(r); rc = copy.deepcopy(r); print(rc[1] is rc, rc is not r)
class P:
    def __init__(self, x): self.x = x; self.items = [x]
    def __repr__(self): return f"P({self.x}, {self.items})"
p = P(1); pc = copy.copy(p); pd = copy.deepcopy(p)
p.items.append(2); print(pc, pd, pc.items is p.items, type(pd).__name__)
class WithCopy:
    def __init__(self): self.v = [1]
    def __copy__(self):
        print("custom copy"); return "copied"
    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__); return "deep"
print(copy.copy(WithCopy()), copy.deepcopy(WithCopy()), copy.deepcopy([WithCopy()]))
class Red:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (Red, (self.a * 2,))
print(copy.copy(Red(1)).a, copy.deepcopy(Red([1])).a)
class St:
    def __init__(self): self.a = 1
    def __getstate__(self): return {"a": 100}
    def __setstate__(self, s): self.__dict__.update(s); self.restored = True
s2 = copy.copy(St()); print(s2.a, s2.restored)
class L(list):
    pass
l = L([1, [2]]); l2 = copy.deepcopy(l); l3 = copy.copy(l); print(type(l2).__name__, l2, l2[1] is l[1], l3[1] is l[1])
class DD(dict):
    pass
dd = DD(a=[1]); print(type(copy.deepcopy(dd)).__name__, copy.deepcopy(dd), copy.copy(dd)["a"] is dd["a"])
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(frozenset([1])), copy.deepcopy({3}), copy.copy(bytearray(b"x")))
cn = Counter("aab"); print(copy.copy(cn), copy.deepcopy(cn), type(copy.deepcopy(cn)).__name__)
od = OrderedDict(a=[1]); odc = copy.deepcopy(od); print(odc, odc["a"] is od["a"], copy.copy(od))
ddf = defaultdict(list, a=[1]); print(copy.copy(ddf), copy.deepcopy(ddf), copy.deepcopy(ddf)["a"] is ddf["a"])
dq = deque([[1], 2], maxlen=5); dqc = copy.deepcopy(dq); print(dqc, dqc[0] is dq[0], copy.copy(dq), copy.copy(dq)[0] is dq[0])
Pt = namedtuple("Pt", "x y"); pt = Pt([1], 2); print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).x is pt.x, type(copy.deepcopy(pt)).__name__)
print(copy.copy(len) is len, copy.deepcopy(P) is P, copy.copy(None), copy.deepcopy("s"), copy.copy(3.5), copy.deepcopy(range(3)))
e = ValueError("bad", 1); ec = copy.copy(e); print(type(ec).__name__, ec.args, ec is not e)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], id(x) in memo)
class M:
    def __init__(self): self.v = [1]
    def get(self): return self.v
m = M(); bm = copy.deepcopy(m.get); print(bm(), bm.__self__ is not m)
check(lambda: copy.deepcopy(x for x in []))
print(copy.Error, copy.error is copy.Error)
class Slot:
    __slots__ = ("a",)
    def __init__(self): self.a = [5]
sl = copy.deepcopy(Slot()); print(sl.a)
