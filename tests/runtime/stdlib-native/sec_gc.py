# gc: collections on demand (memory really reclaimed), CPython's flag and thresholds, and the
# argument checks. collect() returns 0 here as on CPython for a program without cyclic garbage.
import gc
from common import check

print("== gc")
print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
# Still reclaimed while "disabled", as CPython still frees by reference counting.
for _ in range(200):
    junk = [str(i) * 10 for i in range(5000)]
gc.enable()
print(gc.isenabled())
keep = {i: [i] * 3 for i in range(1000)}
# CPython's first count includes the cycles earlier sections left (documented difference).
gc.collect()
print(gc.collect(), gc.collect(0), gc.collect(generation=1), gc.collect(2))
print(sum(len(v) for v in keep.values()), keep[999])
gc.set_threshold(1000)
print(gc.get_threshold())
gc.set_threshold(5, 6, 7)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
check(lambda: gc.collect(3))
check(lambda: gc.collect(-1))
check(lambda: gc.collect("x"))
check(lambda: gc.collect(1, 2))
check(lambda: gc.collect(gen=1))
check(lambda: gc.set_threshold())
check(lambda: gc.set_threshold(1, 2, 3, 4))
check(lambda: gc.set_threshold(1.5))
check(lambda: gc.enable(1))
print(gc.collect.__name__, type(gc).__name__, gc.__name__)
check(lambda: gc.disable(1))
check(lambda: gc.get_threshold(1))
check(lambda: gc.enable(x=1))
check(lambda: gc.set_threshold(x=1))
