# time: the clocks' types and order, sleep's duration and its argument checks.
import time
from common import check

print("== time")
t0 = time.perf_counter()
m0 = time.monotonic()
w0 = time.time()
time.sleep(0.02)
time.sleep(0)
time.sleep(1 / 1000)
print(time.perf_counter() - t0 >= 0.02, time.monotonic() - m0 >= 0.02, time.time() - w0 > 0.01, w0 > 1.6e9)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 1, time.process_time() >= 0, time.perf_counter_ns() > 0)
check(lambda: time.sleep(-1))
check(lambda: time.sleep("1"))
check(lambda: time.sleep(float("nan")))
check(lambda: time.sleep())
