# sorted()/list.sort() keys the sort compares inline (zig-runtime/builtins/sorting.zig fastOrder:
# small ints, floats, exact strs, exact tuples of them) next to those it hands to ops.lt.
import math
nan = float('nan')
data = [(3, 'b'), (1, 'z'), (3, 'a'), (1, 'z', 0), (2.5, 'q'), (2, 'é'), (2, 'e'), (2, 'ẞ'), (-1, ''), (10**30, 'big'), (True, 't'), (0.0, 'f')]
print(sorted(data))
print(sorted(data, reverse=True))
print(sorted(data, key=lambda t: (t[1], t[0])))
print(sorted(["b", "a", "é", "ß", "", "aa", "A", "\U0001F600", "z"]))
print(sorted([3.5, -1.0, 2, 7, 0.5, -0.0, 0]))
print(sorted([(nan, 1), (1.0, 2), (nan, 0)]))
print(sorted([(1, 2), (1,), (), (1, 2, 3), (0, 9)]))
print(sorted([(1, [2]), (1, [1]), (0, [5])]))
print(sorted(['x', 'y'] * 3 + ['a'], reverse=True))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f'K({self.v})'
print(sorted([(K(2), 1), (K(1), 2), (K(2), 0)]))
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print(e)
try:
    sorted([(1, 'a'), ('x', 2)])
except TypeError as e:
    print(e)
recs = [((i * 7919) % 101, str(i % 13)) for i in range(2000)]
print(sorted(recs, key=lambda t: (t[0], t[1]))[:5], sorted(recs, key=lambda t: (-t[0], t[1]), reverse=True)[:5])
st = sorted(range(50), key=lambda i: (i % 5, str(i % 3)))
print(st)
