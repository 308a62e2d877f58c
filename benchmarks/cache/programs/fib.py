# Naive recursive Fibonacci; n comes from argv so the work cannot be folded at compile time.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 25
print(fib(n))
