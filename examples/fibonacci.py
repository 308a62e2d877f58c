"""Prints Fibonacci numbers: a first program for pyaot (`npx pyaot examples/fibonacci.py 30`)."""
import sys


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    for i in range(0, n + 1, 5):
        print(f"fib({i}) = {fib(i)}")
    # Python ints never overflow: pyaot promotes to big integers where CPython would.
    a, b = 0, 1
    for _ in range(200):
        a, b = b, a + b
    print(f"fib(200) = {a}")


if __name__ == "__main__":
    main()
