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

# The calendar functions (modules/time_cal.zig) over the C library, as CPython.

g = time.gmtime(0)
print(g, g.tm_year, g[6], len(g), type(g).__name__)
print(time.gmtime(1e9), time.gmtime(-1.5))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %%", time.gmtime(1234567890)))
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(1700000000.9)))
print(time.mktime(time.localtime(1700000000)) == 1700000000.0)
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 25, 0, 0, 0, 1, 0), (1, 2), "x"]:
    try:
        print(time.strftime("%Y", bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.gmtime(float("nan"))
except ValueError as e:
    print(e)
print(type(time.localtime()).__name__, abs(time.mktime(time.localtime()) - time.time()) < 5)
print(time.localtime(86400 * 365), time.strftime("%H:%M", time.localtime(3600)))
