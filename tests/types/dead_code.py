# Statements after a `return` or `raise` are not compiled; parameters and locals that only they
# use must still make a program that compiles (compiler/codegen/func.ts settleUnnamedParams).


def after_return(x):
    return
    print(x)


def stored_after_return(a, b):
    if a:
        return 1
        b = 2
    return 0


def typed_after_raise(n: int, m: int) -> int:
    if n < 0:
        raise ValueError("negative")
        return m
    return n * 2


def only_in_dead_branch(flag, value):
    while True:
        return "loop"
        print(value)


class C:
    def method(self, unused):
        return "method"
        return unused

    @staticmethod
    def static(p, q):
        return p
        q += 1


def gen(limit):
    yield 1
    return
    yield limit


def outer(v):
    def inner(w):
        return 3
        return w + v
    return inner(1)


print(after_return(1), stored_after_return(1, 2), stored_after_return(0, 3))
print(typed_after_raise(4, 5))
try:
    typed_after_raise(-1, 5)
except ValueError as e:
    print("ValueError", e)
print(only_in_dead_branch(True, 9), C().method(1), C.static(7, 8), list(gen(5)), outer(2))
