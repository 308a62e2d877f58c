# Ctrl-C (core/interrupt.zig): each phase prints its name, and the test sends SIGINT to the
# process group (as a terminal does) once it sees it. Run under python3 and pyaot alike.
import time


def work(i):
    return [i]


print("loop", flush=True)
n = 0
try:
    while True:
        work(n)
        n += 1
except KeyboardInterrupt as e:
    print("caught in a loop:", type(e).__name__, repr(e), n > 0, flush=True)
print("sleep", flush=True)
try:
    time.sleep(60)
except KeyboardInterrupt:
    print("caught in time.sleep", flush=True)
print("input", flush=True)
try:
    input()
except KeyboardInterrupt:
    print("caught in input()", flush=True)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print("raised by hand:", isinstance(e, Exception), KeyboardInterrupt.__mro__)
print("uncaught", flush=True)
while True:
    work(1)
