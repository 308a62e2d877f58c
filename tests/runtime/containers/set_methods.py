# set and frozenset methods and operators: results (printed in iteration order, which must be
# CPython's), subset tests, in-place operators, subclasses and CPython's error messages.


def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: {1}.add())
t(lambda: {1}.add([]))
t(lambda: {1}.remove(2))
t(lambda: {1}.remove([]))
t(lambda: {1}.remove((1, 2)))
t(lambda: {1}.discard({1}))
t(lambda: {frozenset({1})}.remove({1}))
t(lambda: {frozenset({1})}.__contains__({1}))
t(lambda: set().pop())
t(lambda: {1}.union(1))
t(lambda: {1} | [1])
t(lambda: {1} & [1])
t(lambda: {1} - [1])
t(lambda: {1} ^ [1])
t(lambda: {1} < [1])
t(lambda: {1} <= 1)
t(lambda: {1}.issubset(1))
t(lambda: {1}.issuperset(1))
t(lambda: {1}.isdisjoint(1))
t(lambda: {1}.symmetric_difference())
t(lambda: {1}.symmetric_difference(1, 2))
t(lambda: {1}.update(1))
t(lambda: set(1))
t(lambda: set(1, 2))
t(lambda: set(x=1))
t(lambda: frozenset().add(1))
t(lambda: {1}.issubset())
t(lambda: {1}.copy(1))
t(lambda: set.add(frozenset(), 1))
t(lambda: set.add())
t(lambda: {1} in {1})
t(lambda: [] in {1})
t(lambda: hash(set()))
t(lambda: {{1}})
t(lambda: {1}.__or__([1]))
t(lambda: set.__le__({1}, [1]))
t(lambda: {1}.issuperset([2, [3]]))
t(lambda: {1}.issubset([2, [3]]))
t(lambda: {1}.isdisjoint([1, [3]]))
t(lambda: {1}.intersection([1, [2]]))
t(lambda: {1}.difference([2, [3]]))

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a, b, len(a), set(), {0}, set([3, 1, 2, 3, 1]))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [100]), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([1, 9]), a.union(), a.intersection())
print(a <= b, {4, 5} <= b, {4, 5} < b, b < b, b <= b, a >= {1}, a > a, set() <= a, a == frozenset(a), frozenset(a) != a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({10, 11}), a.isdisjoint(b), a.isdisjoint(a), set().isdisjoint(set()))
s = set()
s.add(3)
s.add(3)
s.add(-1)
s.update([10, 20], range(3))
print(s, len(s))
s.discard(20)
s.discard(12345)
s.remove(10)
print(s, s.pop(), s)
t2 = {5, 6, 7}
alias = t2
t2 |= {8}
t2 &= {6, 7, 8, 9}
t2 -= {7}
t2 ^= {1, 8}
print(t2, alias is t2)
t2.intersection_update([6, 1, 2])
t2.difference_update([1])
t2.symmetric_difference_update({6, 50})
print(t2)
f = frozenset([3, 1, 2, 1])
g = frozenset({2, 3, 4})
print(f, g, f | g, f & g, f - g, f ^ g, frozenset(), f.copy() is f, f.union([9]))
print(type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])))
fz = f
fz |= {99}
print(fz, f, fz is f)
nested = {f: "first", frozenset(): "empty"}
print(nested[frozenset({1, 2, 3})], nested[frozenset()], {frozenset({1}), frozenset({1})})
print({x % 5 for x in range(20)}, {x * x for x in range(-3, 4)}, set("hello") == {"h", "e", "l", "o"})
print(set(range(15, 0, -2)), set([2 ** 40, 1, 2 ** 61, 3]), set([-5, 5]), set([33, 1, 65]), set((1.5, 2.5, -0.5)))
big = set(range(100))
for i in range(0, 100, 3):
    big.discard(i)
print(big)
big.difference_update(range(0, 100, 5))
print(big)
big.intersection_update(range(50))
print(big, big.pop(), big.pop(), len(big))
print(set({3: 0, 1: 0, 2: 0}), set({100: 0, 1: 0}).union({50: 1}), {1, 2}.symmetric_difference({2: 0, 3: 0}))


def grow():
    g = {1, 2}
    for x in g:
        g.add(x + 10)


def shrink():
    g = {1, 2, 3}
    for x in g:
        g.discard(x)


def same_size():
    g = {1, 2, 3}
    out = []
    for x in g:
        out.append(x)
        if x == 1:
            g.discard(1)
            g.add(100)
    return out


for fn in [grow, shrink, same_size]:
    print(fn.__name__, end=" ")
    t(fn)


class Tagged(set):
    pass


class Frozen(frozenset):
    pass


ts = Tagged([3, 1, 2])
print(ts, ts | {9}, type(ts | {9}).__name__, type(ts.copy()).__name__, Tagged(), len(ts), isinstance(ts, set))
ts.add(7)
print(ts, 7 in ts, ts.pop(), ts, ts == {2, 3, 7}, sorted(ts))
print(Frozen(), repr(Frozen()), set.__len__({1, 2}), frozenset.__contains__(f, 1), set.union({1}, {2}))
