# Long lists of bools made by `[b] * n` are stored one byte per item (core/list.zig, "compact"):
# typed reads and writes use the bytes, everything else turns the list into Values first. Every
# operation here must behave exactly as on an ordinary list.
N = 3000


def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def sieve(limit: int) -> list:
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            m = p * p
            while m <= limit:
                flags[m] = False
                m += p
        p += 1
    return flags


def count_true(flags: list) -> int:
    n = 0
    for i in range(len(flags)):
        if flags[i]:
            n += 1
    return n


def typed_edges(flags: list) -> None:
    # Negative indexes and the last item through the typed paths.
    print(flags[-1], flags[-len(flags)], flags[len(flags) - 1])
    flags[-1] = True
    print(flags[-1])
    t(lambda: flags[len(flags)])
    t(lambda: flags[-len(flags) - 1])


primes = sieve(N)
print(len(primes), count_true(primes), sum(primes), primes.count(True), primes.count(False))
print([i for i, f in enumerate(primes) if f][-5:])
typed_edges(sieve(N))

# Reads and writes through dynamic code.
flags = [False] * N
flags[7] = True
flags[-2] = True
print(flags[7], flags[-2], flags[N - 2], flags[0], type(flags[7]).__name__, flags[7] is True)
t(lambda: flags[N])
t(lambda: flags[-N - 1])
t(lambda: flags["a"])


def setitem(i, v):
    flags[i] = v


t(lambda: setitem(N, True))
print(flags.index(True), flags.index(True, 8), True in flags, None in flags, 1 in flags)
print(flags[5:10], flags[N - 3 :], flags[::1000], len(flags[::2]))

# A store of another type turns the list into Values; bools read the same afterwards.
mixed = [True] * N
mixed[10] = 0
mixed[11] = None
mixed[12] = 2.5
print(mixed[9:14], mixed.count(True), type(mixed[10]).__name__)

# Growing and shrinking.
g = [False] * N
g.append(True)
g.insert(0, True)
print(len(g), g[0], g[-1], g[1], g.pop(), g.pop(0), len(g))
del g[0:100]
del g[5]
print(len(g), g[:3])
g.extend([True, True])
g += [False]
print(len(g), g[-4:])
g.remove(True)
print(len(g), g.count(True))
g.clear()
print(g, len(g))
g.append(True)
print(g)

# Slices assigned, reversed, sorted, copied.
s = [True] * N
s[0:3] = [False, False]
s[5:8] = []
s[::1000] = [None] * len(s[::1000])
print(len(s), s[:6], s[995:1000])
r = [False] * N
r[0] = True
r.reverse()
print(r[-1], r[0], r.index(True))
srt = [True] * N
srt[100] = False
srt.sort()
print(srt[0], srt[1], srt[-1])
srt2 = [True] * N
srt2[5] = False
print(sorted(srt2)[:2], sorted(srt2, reverse=True)[-1])
c = [True] * N
d = c.copy()
d[0] = False
print(c[0], d[0], c == d, c != d, c[1:] == d[1:], [True] * N == [True] * N, [True] * N == [1] * N)
print(c < d, d < c, [False] * N < [True] * N)

# Repeats of compact lists, concatenation, small lists.
rep = [True] * 1500 * 3
print(len(rep), rep.count(True))
rep2 = [False] * 2000 * 2
rep2[3999] = True
print(rep2[-1], rep2[1999], rep2[2000])
print(len(([False] * N) + ([True] * N)), ([False] * N + [True] * N).index(True))
small = [True] * 1023
small[0] = 7
print(small[:3], len(small))
ints = [1] * N
ints[0] = True
print(ints[:2], sum(ints))
pairs = [True, False] * N
print(len(pairs), pairs[-2:], pairs.count(False))
print([True] * 0, [True] * -5, len([True] * 1024), len([False] * 1025))
n = 2000
many = n * [True]
print(len(many), many[-1])
inplace = [True] * N
inplace *= 2
print(len(inplace), inplace[-1])

# Iteration, builtins and conversions.
it = [False] * N
it[N - 1] = True
print(any(it), all(it), all([True] * N), any([False] * N))
print(sum(1 for x in it if x), list(it)[-2:], tuple(it)[-1], set(it), len(list(reversed(it))))
print(sum(x for x in it), max(it), min(it), it.count(1), it.index(1))
print(repr([False] * 1024)[:30], str([True] * 1024)[-20:])
k = 0
for x in it:
    if x:
        k += 1
print(k)
# The loop changes the list as it goes (the iterator reads the current length and form).
grow = [True] * 1024
seen = 0
for x in grow:
    seen += 1
    if seen == 5:
        grow.append(False)
        grow[6] = 3
    if seen > 2000:
        break
print(seen, grow[6], grow[-1])
z = list(zip([True] * 1024, range(3)))
print(z)
print([i for i, x in enumerate([False] * 1030) if not x][-1])
import json

print(json.dumps([True] * 1024)[:20])
print(hash(tuple([True] * 1024)) == hash(tuple([True] * 1024)))
print(([True] * 1024).__len__(), ([True] * 1024).__getitem__(-1))

# Many short-lived compact lists: the collector reclaims them.
total = 0
for i in range(3000):
    x = [True] * 100000
    x[i] = False
    total += x[i + 1]
print(total)
