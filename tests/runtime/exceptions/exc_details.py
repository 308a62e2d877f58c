# Exception details pyaot must reproduce exactly: BaseException slots (args, __cause__,
# __traceback__), chained-cause errors, traceback objects, Unicode*Error fields and text,
# OSError errno mapping, except* wrapping, StopIteration args, dir(), __subclasses__,
# property and call-binding messages.


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


class AppError(Exception):
    pass


e = AppError("a", 1)
e.args = ["changed", 2]
e.extra = 1
print(e.args, repr(e), str(e), e.__dict__)
e.args = "xy"
print(e.args)
show(lambda: setattr(e, "__cause__", 5))
show(lambda: setattr(e, "__context__", "s"))
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__, e.__traceback__)
show(lambda: setattr(e, "__traceback__", 3))


def raise_from(c):
    raise ValueError("v") from c


for c in [5, "s", KeyError, KeyError("k"), None, int]:
    try:
        raise_from(c)
    except Exception as x:
        print(type(x).__name__, x, repr(x.__cause__), x.__suppress_context__)


def inner():
    raise ValueError("deep")


def outer():
    inner()


try:
    outer()
except ValueError as x:
    tb = x.__traceback__
    print(type(tb).__name__, tb is not None, bool(tb))
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("frames >= 2:", n >= 2)

fresh = ValueError("never raised")
print(fresh.__traceback__, fresh.with_traceback(None) is fresh)


class Mgr:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, "tb set" if tb else "tb None")
        return True


with Mgr():
    raise KeyError("in with")
with Mgr():
    pass

ud = UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "invalid continuation byte")
print(str(ud), "|", ud.encoding, ud.object, ud.start, ud.end, ud.reason)
ud1 = UnicodeDecodeError("ascii", b"\x80", 0, 1, "ordinal not in range(128)")
print(str(ud1), repr(ud1))
for s, a, b in [("naïve", 2, 3), ("a\u20acb", 1, 2), ("x\U0001f600", 1, 2), ("abcd", 1, 3)]:
    ue = UnicodeEncodeError("ascii", s, a, b, "nope")
    print(str(ue), ue.start, ue.end)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as x:
    print(x, x.start, x.end, x.reason)

for args in [(2, "nf"), (13, "pd"), (17, "ex"), (21, "isdir"), (20, "notdir"), (3, "srch"), (4, "intr"), (10, "child"), (110, "to"), (99999, "big"), (-1, "neg"), ("s", "t"), (2, "nf", "f.txt"), (2, "nf", "a", None, "b")]:
    x = OSError(*args)
    print(type(x).__name__, "|", x, "|", repr(x), "|", x.args, x.errno, x.filename)
print(type(FileNotFoundError(13, "x")).__name__, type(OSError(2)).__name__)

try:
    raise ValueError("naked")
except* ValueError as g:
    print(repr(g), repr(g.exceptions))
try:
    raise ExceptionGroup("grp", (ValueError("one"),))
except* ValueError as g:
    print(repr(g))
try:
    try:
        raise KeyError("unmatched")
    except* ValueError:
        print("not here")
except KeyError as x:
    print("naked passes through:", repr(x))

show(lambda: bytes([1, 256]))
show(lambda: bytes(x for x in [300]))
show(lambda: bytearray([256]))
show(lambda: bytes([-1]))


class Once:
    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration("only once", 2)
        self.done = True
        return 1


o = Once()
print(next(o), next(o, "dflt"))
try:
    next(o)
except StopIteration as x:
    print(x.args, x.value)


def gen():
    yield 1
    return "ret"


g = gen()
next(g)
try:
    next(g)
except StopIteration as x:
    print(x.args, x.value)


def scope_names(a, b=2, *rest, **kw):
    x = 1
    names_early = dir()
    y = [x]

    def inner_fn():
        return y

    if a > 100:
        z = 3
    return names_early, dir()


print(scope_names(1))


class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class Leaf(Left, Right):
    pass


print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Right.__subclasses__()], Leaf.__subclasses__())
print(AppError in Exception.__subclasses__(), [c.__name__ for c in ArithmeticError.__subclasses__()])
print(BaseException.__subclasses__().count(Exception), [c.__name__ for c in OSError.__subclasses__()][:3])


def posonly(x, y, /, z=0):
    return x, y, z


def collect(*args, **kwargs):
    return args, kwargs


class K:
    def meth(self, **kw):
        return kw


show(lambda: posonly(x=1, y=2))
show(lambda: posonly(1, y=2))
show(lambda: collect(**{"a": 1}, a=2))
show(lambda: collect(**{"a": 1}, **{"a": 2}))
show(lambda: K().meth(**{"q": 1}, q=2))
show(lambda: K(**{"q": 1}, q=2))
show(lambda: print(**{"sep": "-"}, sep="+"))
print(collect(1, **{"b": 2}, c=3))


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def kelvin(self):
        return self._c + 273

    only_set = property(None, lambda self, v: None)


t = Temp()
show(lambda: setattr(t, "kelvin", 1))
show(lambda: delattr(t, "kelvin"))
show(lambda: t.only_set)
print(t.kelvin)
print([n for n in dir() if not n.startswith("_")][:6], "__builtins__" in dir())


def assign_attr(o, name):
    setattr(o, name, 1)


def unpack2(v):
    a, b = v
    return a, b


def unpack_star(v):
    a, *b = v
    return a, b


show(lambda: assign_attr(5, "real"))
show(lambda: assign_attr(5, "x"))
show(lambda: assign_attr(5, "bit_length"))
show(lambda: assign_attr(1.5, "imag"))
show(lambda: assign_attr(object(), "x"))
show(lambda: collect(*5))
show(lambda: collect(1, *None, 2))
show(lambda: collect(*5, k=1))
show(lambda: collect(*[1], *5))
show(lambda: collect(**[]))
show(lambda: K().meth(*3))
show(lambda: print(*7))
show(lambda: unpack2(5))
show(lambda: unpack2(None))
show(lambda: unpack_star(2.5))
show(lambda: unpack2([1, 2, 3]))
try:
    Temp().missing
except AttributeError as x:
    print(type(x.obj).__name__, x.name)
try:
    (5).nope
except AttributeError as x:
    print(x.obj, x.name)
try:
    undefined_name_here
except NameError as x:
    print("NameError.name =", x.name)
bare = AttributeError("m")
print(bare.name, bare.obj, NameError("n").name)
bare.name = "set"
print(bare.name, bare.obj, bare.__dict__)
for text, codec in [("naïve", "ascii"), ("ab€", "latin-1"), ("x\U0001f600yz", "ascii"), ("€€€", "ascii")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as x:
        print(x, "|", x.encoding, x.object, x.start, x.end, x.reason)
for data, codec in [(b"a\xffb", "utf-8"), (b"\xe2\x82", "utf-8"), (b"ab\x80", "ascii")]:
    try:
        data.decode(codec)
    except UnicodeDecodeError as x:
        print(x, "|", x.encoding, x.object, x.start, x.end, x.reason)
show(lambda: Temp.kelvin.__set__(t, 5))
Temp.alias = Temp.__dict__["kelvin"]
show(lambda: setattr(t, "alias", 5))
show(lambda: property(None).__set__(t, 1))
show(lambda: property(None).__get__(t))
print(e.args is e.args, OSError(2, "x", "f").args)
# SyntaxError's fields and str (CPython's SyntaxError_str: the file's basename and line).
se = SyntaxError("bad", ("dir/f.py", 1, 2, "x y", 1, 3))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset)
print(str(se), "|", str(SyntaxError("m", (None, 3, 1, "t"))), "|", str(SyntaxError("m", ("a.py", None, 1, "t"))), "|", str(SyntaxError()), "|", str(SyntaxError("only")))
