# Sorts whose keys are all small ints, or all non-NaN floats, take the (key, position) path:
# stable in both directions, -0.0 and 0.0 kept in order, bools and big ints sent elsewhere.
nan = float('nan')
print(sorted([3, 1, 2, -5, 2**62, -2**62, 2**70, 0]), sorted([3, 1, 2], reverse=True))
print(sorted([0.0, -0.0, 1.5, -0.0, 0.0]), sorted([0.0, -0.0, 1.5, -0.0, 0.0], reverse=True))
print(sorted(['b', 'a', 'c'], key=len), sorted(['bb', 'a', 'cc', 'd', 'ee'], key=len, reverse=True))
print(sorted([(1, 'x'), (0, 'y'), (1, 'a')], key=lambda t: t[0]), sorted([1.5, 2, 0.5, True]))
print(sorted(range(10), key=lambda x: x % 3), sorted(range(10), key=lambda x: x % 3, reverse=True))
print(sorted(range(10), key=lambda x: (x % 3) * 0.5), sorted(range(10), key=lambda x: -(x % 3) * 0.5, reverse=True))
l = [5, 3, 9]; l.sort(); print(l); l.sort(reverse=True); print(l)
print(sorted([True, False, 1, 0]), sorted([0, False, 0.0, -0.0]), sorted([False, 0]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
x = sorted([-1, 3, -3, 2], key=abs); print(x)
import random
random.seed(7)
xs = [random.randrange(-50, 50) for _ in range(3000)]
print(sorted(xs) == sorted(xs, key=lambda v: v), sorted(xs)[::300])
pairs = [(random.randrange(5), i) for i in range(2000)]
print(sorted(pairs, key=lambda p: p[0])[:8], sorted(pairs, key=lambda p: float(p[0]), reverse=True)[:8])
fs = [random.choice([0.0, -0.0, 1.0, -1.0]) for _ in range(40)]
print(sorted(fs), sorted(fs, reverse=True))
