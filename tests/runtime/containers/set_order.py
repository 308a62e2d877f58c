# Iteration order of sets after random operations (add, discard, pop, update, the set algebra,
# copy, clear, in-place operators), for int, negative, huge and tuple elements: a fixed LCG
# drives thousands of sets, each printed, so their order must be CPython's to the slot.
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def value():
    k = rnd(10)
    if k < 4:
        return rnd(64)
    if k == 4:
        return -rnd(100)
    if k == 5:
        return rnd(8) * 8 + 8 * rnd(3) * 1024
    if k == 6:
        return 2 ** (60 + rnd(10)) + rnd(5)
    if k == 7:
        return (rnd(5), rnd(5))
    if k == 8:
        return rnd(1000) - 500
    return rnd(1 << 20)


def values(n):
    return [value() for _ in range(n)]


def check(tag, s):
    print(tag, s, len(s))


for rep in range(1500):
    a = set(values(rnd(80)))
    b = set(values(rnd(80)))
    check("a", a)
    check("b", b)
    op = rnd(24)
    if op == 0:
        for _ in range(rnd(30)):
            a.discard(value())
        for v in values(rnd(30)):
            a.add(v)
    elif op == 1:
        while len(a) > 3:
            a.pop()
        a.update(values(10))
    elif op == 2:
        a |= b
    elif op == 3:
        a &= b
    elif op == 4:
        a -= b
    elif op == 5:
        a ^= b
    elif op == 6:
        a = a.union(values(5), b)
    elif op == 7:
        a = a.intersection(list(b) + values(5))
    elif op == 8:
        a = a.difference(list(b), values(3))
    elif op == 9:
        a = a.symmetric_difference(list(b))
    elif op == 10:
        a = a | b
    elif op == 11:
        a = a & b
    elif op == 12:
        a = a - b
    elif op == 13:
        a = a ^ b
    elif op == 14:
        a.intersection_update(b, values(20))
    elif op == 15:
        a.difference_update(values(20), b)
    elif op == 16:
        a.symmetric_difference_update(values(20))
    elif op == 17:
        a = a.copy()
        a.update(b)
    elif op == 18:
        d = {}
        for v in values(rnd(30)):
            d[v] = 1
        a = set(d)
        a.update(d)
        a = a.difference(d)
        a.symmetric_difference_update(d)
    elif op == 19:
        f = frozenset(a)
        g = frozenset(b)
        check("fu", f | g)
        check("fi", f & g)
        check("fd", f - g)
        check("fx", f ^ g)
        a = set(f.union(values(4)))
    elif op == 20:
        a = {x for x in a if x != 3}
        for x in list(a)[: rnd(10)]:
            a.remove(x)
    elif op == 21:
        for _ in range(rnd(50)):
            v = value()
            if v in a:
                a.discard(v)
            else:
                a.add(v)
    elif op == 22:
        a.clear()
        a.update(b)
        a.update(values(rnd(20)))
    else:
        c = set()
        for v in values(rnd(60)):
            c.add(v)
            if rnd(3) == 0:
                c.discard(value())
        a = c
    check("r%d" % op, a)
    print(sorted(a, key=repr) == sorted(set(list(a)), key=repr), a == set(list(a)), a <= (a | b), b.issubset(a | b), a.isdisjoint(b), frozenset(a) == a)

# Plain sets of random ints of every size up to a few thousand elements.
for size in list(range(0, 70)) + [100, 200, 500, 1000, 3000]:
    s = set()
    for _ in range(size):
        s.add(rnd(1 << 30) - (1 << 29))
    print(size, hash(frozenset(s)) == hash(frozenset(list(s))), list(s)[:40], list(s)[-5:])
