# pprint: every layout, widths, indent, depth, compact, sort_dicts, underscore_numbers, recursion, dataclasses, namedtuples.
import pprint, collections, types, io
from dataclasses import dataclass, field

data = {'name': 'pyaot', 'versions': list(range(30)), 'nested': {'b': [1, 2, {'x': 'y' * 30}], 'a': (1,), 'c': ()},
        'text': 'The quick brown fox jumps over the lazy dog. ' * 4, 'bytes': bytes(range(40)), 'ba': bytearray(b'abcdefgh' * 12),
        'set': set(range(25)), 'fs': frozenset({30, 10, 20}), 3: None, 'neg': -12345678901234567890, 'f': 3.25, 'c': 1j}
pprint.pprint(data)
for w in [1, 20, 40, 60, 120]:
    print('-- width', w)
    pprint.pprint(data, width=w)
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, sort_dicts=False)
pprint.pp({'z': 1, 'a': [1, 2, 3] * 10})
print(pprint.pformat(12345678901, underscore_numbers=True), pprint.pformat([10**6, {'k': 10**9}], underscore_numbers=True))
r = [1, 2]; r.append(r); d = {'self': None}; d['self'] = d
import re as _re; print(_re.sub(r'id=[0-9]+', 'id=N', pprint.pformat(r)), _re.sub(r'id=[0-9]+', 'id=N', pprint.pformat(d)))
print(pprint.saferepr(r).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a', (2,)]), pprint.isreadable(object()))
mixed = {1: 'a', 'b': 2, (1, 2): 3, None: 4, 2.5: 5}
print(pprint.pformat(mixed) == pprint.pformat(mixed))
pprint.pprint({1: 'a', 2.5: 'b', 0: 'c', True: 'd'})
od = collections.OrderedDict((str(i) * 5, i) for i in range(12))
pprint.pprint(od); pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {k: list(range(k)) for k in range(8)})
pprint.pprint(dd, width=40)
c = collections.Counter('abracadabra' * 10 + 'xyzzy' * 3)
pprint.pprint(c, width=30)
cm = collections.ChainMap({'a': list(range(20))}, {'b': 'x' * 70})
pprint.pprint(cm)
dq = collections.deque(range(40)); pprint.pprint(dq); pprint.pprint(collections.deque(range(40), maxlen=50))
ns = types.SimpleNamespace(alpha=list(range(25)), beta='b' * 60)
pprint.pprint(ns)
@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)
@dataclass(repr=False)
class NoRepr:
    a: list
pprint.pprint(Point(1, list(range(40))))
pprint.pprint([Point(2, ['long string number %d' % i for i in range(5)])], width=50)
pprint.pprint(NoRepr(list(range(40))) is not None)
Pt = collections.namedtuple('Pt', 'x y')
pprint.pprint([Pt(1, 2)] * 8)
class MyList(list):
    pass
class MyDict(dict):
    def __repr__(self):
        return 'MyDict!'
pprint.pprint(MyList(range(40))); pprint.pprint(MyDict(a=list(range(40))))
pprint.pprint('single line that is very long ' * 5)
pprint.pprint(['a\nb\nc' * 20, 'x' * 100], width=40)
pprint.pprint(b'x' * 100, width=30)
pprint.pprint((1,), width=1); pprint.pprint(('a' * 50,), width=20)
s = io.StringIO(); pprint.pprint({'k': [1] * 50}, stream=s, width=30); print(repr(s.getvalue()))
p = pprint.PrettyPrinter(width=30, indent=2); print(p.pformat(data['nested'])); print(p.isreadable(data), p.isrecursive(r))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try: pprint.PrettyPrinter(**bad)
    except ValueError as e: print(e)
pprint.pprint({frozenset({1}): 1, frozenset({1, 2}): 2, frozenset(): 0})
pprint.pprint(set(), width=1); pprint.pprint(frozenset('abcdefghijklmnopqrstuvwxyz'), width=40)
pprint.pprint([[[[[1, 2, 3]]]]], depth=3)
pprint.pprint({'a': {'b': {'c': {}}}}, depth=2)
class Sub(Pt):
    def __repr__(self):
        return 'Sub<' + super().__repr__() + '>'
print(repr(Sub(1, 2)), Pt.__repr__(Pt(3, 4)), '__repr__' in Pt.__dict__)
