# Section: collections.abc (see ../stdlib-py.test.ts).
from common import check

print("== abc")
from collections.abc import Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container, Callable, Collection, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Sequence, MutableSequence, ByteString, Awaitable, AsyncIterable
import collections.abc as cabc
from collections import deque, Counter, OrderedDict, defaultdict, ChainMap, namedtuple
def gen():
    for i in range(2):
        yield i
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Cont:
    def __contains__(self, x): return True
class Unh:
    def __eq__(self, o): return True
class Call:
    def __call__(self): pass
class Len:
    def __len__(self): return 0
objs = [[], (), "", b"", bytearray(), {}, set(), frozenset(), range(2), iter([]), gen(), {}.keys(), {}.values(), {}.items(), deque(), Counter(), OrderedDict(), defaultdict(int), ChainMap(), namedtuple("P", "x")(1), 1, 2.5, None, len, gen, It(), Cont(), Unh(), Call(), Len(), object(), int, zip(), map(len, []), OrderedDict().keys(), iter({}), reversed([])]
abcs = [Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container, Callable, Collection, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Sequence, MutableSequence, ByteString, Awaitable, AsyncIterable]
for o in objs:
    print(type(o).__name__, "".join("1" if isinstance(o, a) else "." for a in abcs))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable), issubclass(list, Hashable), issubclass(str, (Mapping, Sized)))
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, isinstance(m, Mapping), isinstance(m, MutableMapping), repr(m.keys()).startswith('KeysView(<sec_abc.MyMap object'))
print(dict(m), Counter(m), len(m.keys()), m.keys() & {"a"}, ("a", 1) in m.items(), 2 in m.values())
class MyMut(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mm = MyMut(); mm.update({"x": 1}, y=2); mm.setdefault("z", 3); print(dict(mm), mm.pop("x"), mm.popitem(), len(mm)); mm.clear(); print(len(mm))
try:
    mm.pop("nope")
except KeyError as e:
    print("KeyError", e)
class MySeq(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 10
    def __len__(self): return self.n
s = MySeq(4)
print(list(s), 20 in s, list(reversed(s)), s.index(30), s.count(10), isinstance(s, Reversible))
try:
    s.index(99)
except ValueError as e:
    print("ValueError", repr(e))
class MyList(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse(); print(ml._l, ml.pop(), ml.pop(0), ml._l); ml.remove(2); print(ml._l)
try:
    class Bad(Sequence):
        pass
    Bad()
except TypeError as e:
    print("TypeError", e)
class MySet(Set):
    def __init__(self, it): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([9]))
class Reg: pass
Sequence.register(Reg); print(isinstance(Reg(), Sequence), isinstance(Reg(), Iterable), issubclass(Reg, Collection), isinstance(Reg(), Mapping))
print(cabc.Sequence.__name__, Iterable.__module__)
