# Ranges beyond i64 (CPython keeps int start/stop/step/length): indexing, slicing, containment,
# equality, repr, reversed, index/count, compiled for-loops over big bounds, len() overflow.
import sys
M = sys.maxsize
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
big = range(2**64, 2**65, 3)
t(lambda: big); t(lambda: big[0]); t(lambda: big[-1]); t(lambda: big[10**30]); t(lambda: big[2**60])
t(lambda: len(big)); t(lambda: bool(big)); t(lambda: bool(range(2**64, 2**64)))
t(lambda: big[::-1]); t(lambda: big[5:10]); t(lambda: list(big[5:8])); t(lambda: big[::2**70])
t(lambda: (big.start, big.stop, big.step)); t(lambda: big == range(2**64, 2**65 - 1, 3)); t(lambda: big != big[:])
t(lambda: 2**64 + 3 in big); t(lambda: 2**64 + 4 in big); t(lambda: 5 in big); t(lambda: big.index(2**64 + 30)); t(lambda: big.count(2**64+3)); t(lambda: big.index(7))
t(lambda: list(reversed(range(2**64, 2**64 + 3)))); t(lambda: next(reversed(big)))
t(lambda: range(-M - 1, M)); t(lambda: len(range(-M - 1, M))); t(lambda: range(-M - 1, M)[-1]); t(lambda: list(range(M - 2, M + 2)))
t(lambda: list(range(-M - 1, -M - 5, -M - 1))); t(lambda: list(reversed(range(5, -M - 1 - 10**10, -M - 1))))
t(lambda: len(range(0, 2**63, 2))); t(lambda: range(0, 2**63, 2)[-1]); t(lambda: list(reversed(range(-M-1, M, M)))); t(lambda: list(range(-M-1, M, M)))
t(lambda: range(5)[10**30]); t(lambda: range(5)[-10**30]); t(lambda: 10**30 in range(10**20)); t(lambda: range(10)[:10**30]); t(lambda: range(10)[-10**30::-1])
t(lambda: range(0, 10**20, 3)[10**18]); t(lambda: range(10**20)[10**19:]); t(lambda: range(10**20)[::-1])
t(lambda: range(True, 5)); t(lambda: range(5)[True]); t(lambda: True in range(3)); t(lambda: range(3).index(True))
t(lambda: range(5).index('a')); t(lambda: range(5).index(2.0)); t(lambda: range(5).count(2.0)); t(lambda: range(5)['x']); t(lambda: range(5)[1.0:])
t(lambda: range(1, 2**64, 0)); t(lambda: range(2**64, 0, -2**63)); t(lambda: list(range(2**64, 0, -2**63)))
class I:
    def __index__(self): return 2**70
t(lambda: range(I())); t(lambda: range(10)[I():]); t(lambda: range(2**71)[I()])
s = 0
for i in range(2**64, 2**64 + 3):
    s += i
print(s)
for i in range(M - 1, M + 2):
    print(i, end=" ")
print()
for i in range(-M - 1, -M + 1):
    print(i, end=" ")
print()
for i in range(0, 2**63, 2**62):
    print(i, end=" ")
print()
n = 0
for i in range(10**30):
    n += 1
    if n == 3:
        print("stop at", i)
        break
it = iter(range(2**64, 2**64 + 2))
print(next(it), next(it), next(it, "end"))
print(hash(range(0)) == hash(range(5, 2)), hash(range(3, 4)) == hash(range(3, 5, 7)), hash(range(1, 9, 3)) == hash(range(1, 8, 3)), hash(range(2)) == hash(range(3)))
print({range(2**70, 2**71): 1}[range(2**70, 2**71)], hash(range(2**64, 2**65)) == hash(range(2**64, 2**65)[:]))
