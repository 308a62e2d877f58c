# contextlib: contextmanager (also as a decorator), suppress, closing, nullcontext, ExitStack.
import contextlib


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled in", name)
    finally:
        print(f"</{name}>")


with tag("b") as v:
    print("value", v)
with tag("div"):
    1 / 0
try:
    with tag("p"):
        raise KeyError("k")
except KeyError as e:
    print("escaped", e)


@tag("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2


print(decorated(21))
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")


class Res:
    def close(self):
        print("closed")


with contextlib.closing(Res()) as r:
    print(type(r).__name__)
with contextlib.nullcontext(5) as five:
    print(five)
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback first")
    print("body")
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: print("push saw", exc[0].__name__) or True)
    raise ValueError("swallowed")
print("after stack")
try:
    with contextlib.ExitStack() as s:
        s.enter_context(5)
except TypeError as e:
    print("TypeError:", e)


@contextlib.contextmanager
def twice():
    for i in (1, 2):
        yield i


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


# print() writes to sys.stdout as the program set it (redirect_stdout, plain assignment,
# None), and sys.__stdout__ is the stream it started with.
import io
import sys

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, sep="-")
    print("second", end="!")
    with contextlib.redirect_stdout(io.StringIO()) as inner:
        print("inner")
    print("after inner", repr(inner.getvalue()))
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
saved = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
got = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print(repr(got), sys.stdout is sys.__stdout__, saved is sys.__stdout__)
sys.stdout = None
print("dropped")
sys.stdout = saved
print("back")
