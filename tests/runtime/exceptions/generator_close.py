# A new generator only a `for` loop holds is closed where the loop ends, however it ends, as
# CPython's finalizer closes it when the loop drops it (compiler/codegen/stmt.ts
# freshGeneratorCall, core/gen.zig closeDropped); an exception from that close is reported on
# stderr as CPython's unraisable hook does. Generator reprs name the function's qualname.
import re
def g(tag, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print("close", tag)

def with_return():
    for x in g("ret"):
        if x == 1:
            return x * 10
    return -1

def nested():
    for a in g("outer"):
        for b in g("inner"):
            if b == 1:
                break
        if a == 1:
            break
    print("nested done")

def through_finally():
    try:
        for x in g("tf"):
            return x
    finally:
        print("function finally")

def exhausted():
    for x in g("full", 2):
        pass
    else:
        print("else ran")

def cm_gen():
    import contextlib
    @contextlib.contextmanager
    def cm():
        print("cm enter")
        yield
        print("cm exit")
    def inner():
        with cm():
            yield 1
            yield 2
    return inner


def raiser():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

print(with_return())
nested()
print(through_finally())
exhausted()
for x in catches():
    break
print("after catches")
for x in raiser():
    break
print("after raiser")
try:
    for x in g("raise-in-body"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
for x in g("never-started", 0):
    pass
def early():
    for x in g("cont"):
        if x < 2:
            continue
        print("got", x)
early()
print("end")


def outer():
    def inner():
        yield 1
    return inner(), (x for x in [1])


class K:
    def m(self):
        yield 2


a, b = outer()
for r in (repr(a), repr(b), repr(K().m()), repr((y for y in "a"))):
    print(re.sub(r"0x[0-9a-f]+", "ADDR", r))


# yield inside finally: the finally resumes where it yielded and then routes the pending exit
# (normal end, break, return, an exception), and one that yields again when closed is reported
# as "generator ignored GeneratorExit".
def in_finally():
    try:
        yield 1
    finally:
        yield 2
        print("fin done")


def in_finally_exc():
    try:
        raise KeyError("k")
    finally:
        yield "during"


def fin_break():
    for i in range(3):
        try:
            if i == 1:
                break
            yield i
        finally:
            yield -i
    yield "done"


def fin_return():
    try:
        return
        yield 0
    finally:
        yield "fin"


def stubborn():
    try:
        yield 1
    finally:
        yield 2


print(list(in_finally()))
gen = in_finally_exc()
print(next(gen))
try:
    next(gen)
except KeyError as e:
    print("KeyError", e)
print(list(fin_break()), list(fin_return()))
for x in stubborn():
    break
print("after stubborn")
