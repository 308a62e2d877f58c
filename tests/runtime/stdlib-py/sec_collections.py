# Section: collections (see ../stdlib-py.test.ts).
from common import check

print("== collections")
from collections import Counter, defaultdict, OrderedDict, namedtuple, ChainMap, deque
import collections
# Counter
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], len(c), c.total(), sorted(c.elements()))
c.subtract("aaa"); print(c); c.subtract(b=10); print(c, +c, -c)
print(Counter(a=3, b=-1).most_common(), Counter({'x': 1}), Counter(), repr(Counter()))
c2 = Counter(a=1); c2.update({'a': 2, 'b': 1}); c2.update(['a', 'c']); c2.update(c=5); print(c2)
c3 = Counter(a=2); c3 += Counter(a=-5, b=1); print(c3)
c4 = Counter(a=2, b=3); c4 -= Counter(a=1); print(c4); c4 |= Counter(a=5); print(c4); c4 &= Counter(a=2, b=1); print(c4)
check(lambda: Counter.fromkeys("ab"))
check(lambda: Counter(1))
d = Counter(a=1); del d['zz']; del d['a']; print(d)
print(Counter(a=1).copy(), type(Counter(a=1).copy()).__name__, isinstance(Counter(), dict))
class MyCounter(Counter):
    pass
print(MyCounter("aab"), MyCounter())
print(Counter([1.5, 1.5, None]).most_common(1), Counter({'a': [1], 'b': [2]}))
print(Counter("hello").most_common()[:3], Counter(x=0))
# defaultdict
dd = defaultdict(list, {'a': [1]}, b=[2])
dd['c'].append(3); print(dd, dd.default_factory)
check(lambda: defaultdict(5))
check(lambda: defaultdict(None)['k'])
dd2 = defaultdict(lambda: 'dflt'); print(dd2['q'], dict(dd2))
print(repr(defaultdict()), defaultdict(int).copy(), type(defaultdict(int).copy()).__name__)
dd3 = defaultdict(list); dd3['self'] = dd3; print(dd3)
print(isinstance(dd, dict), dd.get('zz'), 'zz' in dd, dd.setdefault('n', 9), dd.pop('n'))
class DD(defaultdict):
    pass
print(DD(int, x=1))
# OrderedDict
od = OrderedDict([('b', 1), ('a', 2)])
od['c'] = 3; od.move_to_end('b'); print(od); od.move_to_end('c', last=False); print(od, list(od.keys()), od.keys(), od.values(), od.items())
print(od.popitem(), od.popitem(last=False), od)
check(lambda: OrderedDict().popitem())
check(lambda: OrderedDict(a=1).move_to_end('z'))
print(OrderedDict(), OrderedDict.fromkeys('ab', 0), list(reversed(OrderedDict(x=1, y=2))), OrderedDict(a=1).copy())
od2 = OrderedDict(a=1); od2['self'] = od2; print(od2)
print('a' in od2.keys(), ('a', 1) in od2.items(), len(od2.values()), od2.keys() & {'a', 'x'}, list(reversed(od2.keys())))
# namedtuple
P = namedtuple('P', 'x, y')
p = P(1, y=2)
print(p, P._fields, P.__name__, p._asdict(), p._replace(y=5), P._make([3, 4]), P.__doc__, P.x.__doc__)
check(lambda: P(1))
check(lambda: P())
check(lambda: P(1, 2, 3))
check(lambda: P(1, 2, z=3))
check(lambda: P(1, x=3))
check(lambda: P._make([1]))
check(lambda: p._replace(z=1))
check(lambda: namedtuple('1bad', 'x'))
check(lambda: namedtuple('P', 'x x'))
check(lambda: namedtuple('P', '_x'))
check(lambda: namedtuple('P', 'def'))
check(lambda: namedtuple('P', ['x', 1]))
check(lambda: namedtuple('P', 'x', defaults=[1, 2]))
Q = namedtuple('Q', 'a b c', defaults=(2, 3))
print(Q(1), Q(1, 5), Q._field_defaults)
check(lambda: Q())
check(lambda: Q(1, 2, 3, 4))
R = namedtuple('R', 'a b c d')
check(lambda: R(1))
print(namedtuple('E', '')(), namedtuple('One', 'a')(1), namedtuple('Ren', 'abc def _x abc', rename=True)._fields)
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y)
print(Pt(3, -4).norm(), Pt(1, 2), isinstance(Pt(1, 2), tuple), Pt(1, 2) == (1, 2), Pt(1, 2)[::-1])
x, y = P(7, 8); print(x, y, P(1, 2) < P(1, 3), hash(P(1, 2)) == hash((1, 2)), P(*range(2)), P(**{'x': 1, 'y': 2}))
print(p.__getnewargs__(), P.__match_args__, type(p).__mro__[1], len(p), p.count(1), p.index(2))
# ChainMap
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.get('z', 0), 'b' in cm, bool(ChainMap()), ChainMap())
cm['c'] = 4; del cm['a']; print(cm, cm.maps, cm.parents, cm.new_child(), cm.new_child({'q': 1}), cm.new_child(z=9))
check(lambda: cm['zz'])
check(lambda: ChainMap({}).pop('k'))
check(lambda: ChainMap().popitem())
check(lambda: cm.__delitem__('b'))
print(sorted(cm.items()), list(cm.keys()), list(cm.values()), cm.keys(), dict(cm), cm.copy())
print(cm == {'c': 4, 'b': 3}, ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}))
dq = defaultdict(int); cmd = ChainMap(dq); print(cmd['missing'], cmd.pop('k', 'dflt'))
print(sorted(n for n in collections.__all__ if not n.startswith('User')))

import collections.abc as cabc
class MyCM(ChainMap):
    def __missing__(self, key):
        return f"missing {key}"
m = MyCM({"a": 1})
print(m["a"], m["zz"], m, type(m.new_child()).__name__, m.parents, type(m.copy()).__name__)
cm = ChainMap({"a": 1, "b": 2}, {"b": 3, "c": 4})
print(list(cm.items()), list(cm.values()), ("a", 1) in cm.items(), 4 in cm.values(), "c" in cm.keys(), len(cm.keys()))
print(cm.keys() & {"a", "z"}, sorted(cm.keys() | {"z"}), sorted(cm.keys() - {"a"}), cm.keys() == {"a", "b", "c"}, cm.items().isdisjoint([("a", 2)]))
print(isinstance(cm, cabc.Mapping), isinstance(cm, cabc.MutableMapping), isinstance(cm.keys(), cabc.KeysView), isinstance(cm.items(), cabc.Set))
cm.update({"x": 1}, y=2); cm.update([("z", 3)]); print(cm.maps[0], cm.setdefault("q", 9), cm.setdefault("a", 0))
print(Counter(cm), dict(cm), cm == {"a": 1, "b": 2, "c": 4, "x": 1, "y": 2, "z": 3, "q": 9})
cm |= {"w": 0}; print(cm.maps[0]["w"], ChainMap.fromkeys("ab", 1), ChainMap.fromkeys("ab"))
try:
    hash(cm)
except TypeError as e:
    print("TypeError", e)
cm2 = ChainMap(); cm2.maps.append({"k": 1}); print(cm2["k"], cm2, bool(cm2), bool(ChainMap({})))
cm3 = ChainMap({}); cm3.maps[0]["me"] = cm3; print(cm3)
print(list(ChainMap({1: 'a'}, {2: 'b', 1: 'c'})), cm.get("nope"), cm.get("a"), cm.pop("w"), cm.popitem() if cm.maps[0] else None)
# repr of a namedtuple field accessor (a _tuplegetter descriptor).
_NT = namedtuple("_NT", "x y")
print(_NT.x, repr(_NT.y), [_NT.x])
