# Section: bisect (see ../stdlib-py.test.ts).
from common import check

print("== bisect")
import bisect
a = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 3), bisect.bisect(a, 0), bisect.bisect(a, 100))
bisect.insort(a, 5); bisect.insort_left(a, 3, key=None)
print(a, bisect.bisect_right([1,2,3],2,hi=-5))
records = [("ann", 25), ("bob", 31), ("cy", 40)]
bisect.insort(records, ("dee", 35), key=lambda r: r[1])
print(records)
check(lambda: bisect.bisect_right([1]))
check(lambda: bisect.bisect_right([1],2,3,4,5))
check(lambda: bisect.bisect_right([1],2,z=1))
check(lambda: bisect.bisect_right([1],2,lo=-1))
check(lambda: bisect.bisect_right([1],2,lo=1.5))
check(lambda: bisect.bisect_right(5,2))
check(lambda: bisect.insort((1,),2))
print(bisect.bisect, bisect.insort.__name__)
