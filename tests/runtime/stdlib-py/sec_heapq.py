# Section: heapq (see ../stdlib-py.test.ts).
from common import check

print("== heapq")
import heapq
print(list(heapq.merge([1, 3, 5], [2, 4], [0, 6, 7], key=lambda x: -x if False else x)))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge([3, 1], key=lambda x: x, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1])), list(heapq.merge(iter([2, 2]), [2, 1])))
m = heapq.merge([1, 2], [1, 3])
print(next(m), next(m), list(m), list(m))
print(heapq.nsmallest(3, [5, 2, 8, 1, 9, 1]), heapq.nlargest(3, iter([5, 2, 8, 1, 9, 1])))
print(heapq.nsmallest(2, iter(["bb", "a", "ccc", "d"]), key=len), heapq.nlargest(2, iter(["bb", "a", "ccc", "dd"]), key=len))
print(heapq.nsmallest(0, [1, 2]), heapq.nlargest(-1, [1, 2]), heapq.nsmallest(1, []), heapq.nlargest(1, [3, 9, 2]), heapq.nsmallest(1, [3, 1, 1], key=lambda x: -x))
print(heapq.nlargest(5, iter([1, 2])), heapq.nsmallest(3, range(10, 0, -1)))
h = [3, 1, 2]
heapq._heapify_max(h); print(h, heapq._heappop_max(h), h, heapq._heapreplace_max(h, 0), h)
h = [1, 5, 2, 7]
h[3] = 0
heapq._siftdown(h, 0, 3); print(h)
h = [9, 1, 2]
heapq._siftup(h, 0); print(h)
check(lambda: heapq.heappush((), 1))
check(lambda: heapq.heappop(()))
check(lambda: heapq.heapify(3))
check(lambda: heapq.heappop([]))
check(lambda: heapq.heapreplace([], 1))
check(lambda: heapq.heappush([], 1, 2))
check(lambda: heapq.heappush([]))
check(lambda: heapq.nlargest("a", [1, 2]))
check(lambda: heapq.heappush([1], "a"))
check(lambda: heapq.heappushpop([1], 0))
check(lambda: heapq.heappushpop([1], 5))
check(lambda: list(heapq.merge([1], [None])))
class R:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        print("lt", s.v, o.v)
        return s.v < o.v
    def __repr__(s): return f"R{s.v}"
h = []
for v in [5, 3, 4, 1]:
    heapq.heappush(h, R(v))
print(h, heapq.heappop(h))
print(heapq.__all__)
