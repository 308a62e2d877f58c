# Method-call fast paths (zig-runtime/abi/client_attr.zig, zig-runtime/methods/fastcall.zig):
# str methods called directly on an exact str, builtin-type methods remembered per call site,
# module functions called without the generic lookup, int(float) inline. Each site is run in
# a loop so that it is warm, then given receivers and arguments that must leave the fast path.
import math
import random
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Loud(str):
    def lower(self):
        return "override:" + str.lower(self)

    def split(self, sep=None):
        return ["override", sep]

    def strip(self, chars=None):
        return "stripped!"


class Quiet(str):
    pass


def case_methods(xs):
    for x in xs:
        show("upper", lambda: x.upper())
        show("lower", lambda: x.lower())
        show("casefold", lambda: x.casefold())
        show("swapcase", lambda: x.swapcase())
        show("title", lambda: x.title())
        show("capitalize", lambda: x.capitalize())


def strip_methods(xs, args):
    for x in xs:
        for a in args:
            show("strip", lambda: x.strip(a))
            show("lstrip", lambda: x.lstrip(a))
            show("rstrip", lambda: x.rstrip(a))
        show("strip()", lambda: x.strip())
        show("strip(kw)", lambda: x.strip(chars="x"))


def split_methods(xs, seps):
    for x in xs:
        show("split()", lambda: x.split())
        for s in seps:
            show("split", lambda: x.split(s))
        show("split(2)", lambda: x.split(",", 1))
        show("split(kw)", lambda: x.split(sep=","))


def search_methods(xs, subs):
    for x in xs:
        for s in subs:
            show("find", lambda: x.find(s))
            show("rfind", lambda: x.rfind(s))
            show("index", lambda: x.index(s))
            show("rindex", lambda: x.rindex(s))
            show("count", lambda: x.count(s))
            show("startswith", lambda: x.startswith(s))
            show("endswith", lambda: x.endswith(s))
        show("find(start)", lambda: x.find("a", 1))


def join_replace(xs):
    for x in xs:
        show("join", lambda: x.join(["a", "b", "c"]))
        show("join gen", lambda: x.join(str(i) for i in range(3)))
        show("join bad", lambda: x.join(["a", 1]))
        show("join none", lambda: x.join(None))
        show("replace", lambda: x.replace("a", "A"))
        show("replace empty", lambda: x.replace("", "-"))
        show("replace bad", lambda: x.replace("a", 1))
        show("replace count", lambda: x.replace("a", "A", 1))


def warm():
    # One site, many exact-str calls, then a subclass at the same site.
    total = 0
    for w in ["Alpha", "BETA", "gamma"] * 50 + [Loud("MiXeD"), Quiet("QuIeT")]:
        total += len(w.lower())
    print("warm total", total)
    print("warm last", Loud("MiXeD").lower(), Quiet("QuIeT").lower(), type(Quiet("Q").lower()).__name__)


def polymorphic():
    # One call site seeing str, list, tuple, bytes and dict receivers in turn.
    items = ["banana", [1, 2, 1], (1, 1, 2), b"abcab", "aaa"] * 3
    for x in items:
        show("count", lambda: x.count(x[0]))
        show("index", lambda: x.index(x[1]))
    for d in [{"a": 1}, {}, {"b": 2}] * 3:
        show("get", lambda: d.get("a", 0))
        show("get bad", lambda: d.get())
        show("setdefault", lambda: d.setdefault("z", []))
    for xs in [[3, 1, 2], [], ["b", "a"]] * 2:
        show("pop", lambda: xs.pop())
        show("sort", lambda: xs.sort())
    show("int method", lambda: (5).bit_length())
    show("float method", lambda: (2.5).is_integer())
    show("missing", lambda: "abc".nosuch())
    show("none method", lambda: None.nosuch())


def modules():
    random.seed(7)
    print("random", [random.random() for _ in range(3)])
    print("randint", [random.randint(1, 6) for _ in range(5)])
    print("math", [math.sqrt(i) for i in range(4)], math.floor(2.5))
    show("math bad", lambda: math.sqrt("x"))
    show("math missing", lambda: math.nosuch(1))
    print("sys", sys.getrecursionlimit() > 0)
    me = sys.modules[__name__]
    print("own module", me.helper(2), me.helper(3))
    saved = me.helper
    me.helper = lambda x: -x
    print("rebound", me.helper(2), helper(3))
    me.helper = saved
    show("own bad", lambda: me.helper())


def helper(x):
    return x * 10


def int_of_float():
    vals = [0.0, -0.0, 0.5, -0.5, 3.99, -3.99, 1e15, -1e15, 2.0**61, 2.0**62, -(2.0**62), 2.0**63, 1e300, -1e300]
    for v in vals:
        show("int", lambda: int(v))
    for v in [float("nan"), float("inf"), float("-inf")]:
        show("int bad", lambda: int(v))
    show("int kw", lambda: int(x=2.5))
    show("int base", lambda: int(2.5, 10))
    acc = 0
    for i in range(1000):
        acc += int(i * 0.37)
    print("int loop", acc)


def big_split():
    words = ["w%d" % i for i in range(3000)]
    text = " \t".join(words) + "\n\x1c end  "
    parts = text.split()
    print("big split", len(parts), parts[:3], parts[-3:])
    print("big split max", len(text.split(None, 5)), text.split(None, 2)[:2])
    uni = ("é " * 3000) + "x"
    print("big split uni", len(uni.split()))
    print("empty", "".split(), "   ".split(), " a ".split())


big = "  Hello, World. ÉCOLE straße ǅ  "
case_methods(["", "abc", "ABC def", big, Loud("AbC"), Quiet("AbC"), "ß"])
strip_methods(["..a,b..", "", big, Loud("..x.."), Quiet("..x..")], [".,", "", None, "é ", 5, Quiet(".")])
split_methods(["a,b,,c", "  a  b\tc\n", "", big, Loud("a,b"), Quiet("a,b")], [",", ", ", "", None, Quiet(","), 3])
search_methods(["banana", "", big, Loud("banana"), Quiet("banana")], ["a", "an", "", "zz", "é", 1, Quiet("n"), ("a", "b")])
join_replace([",", "", "é", Loud("-"), Quiet("+")])
warm()
polymorphic()
modules()
int_of_float()
big_split()
show("recv not str", lambda: (1).lower())
show("str.lower unbound", lambda: str.lower("ABC"))
show("str.split unbound", lambda: str.split("a b"))


def percent_format():
    # Bare %d/%i/%s/%% with small ints and exact strs take a direct path; the rest must not.
    class S(str):
        def __str__(self):
            return "custom"

    class Idx:
        def __index__(self):
            return 7

    cases = [
        ("key%d_%d", (5, 12)), ("%s-%s", ("a", "b")), ("%i|%s|%%", (-3, 4)), ("%s", "x"),
        ("%s", 12), ("%d", 0), ("%d", -(2**62)), ("%d", 2**62), ("%d", 2**70), ("%s", 2**80),
        ("é%sü", ("ß",)), ("%s", ("é",)), ("%d%%", 50), ("100%%", ()), ("%s", ()), ("%d %d", (1,)),
        ("%d", (1, 2)), ("x", 5), ("x", ()), ("%", 1), ("%d %", (1,)), ("%5d", 3), ("%-4s|", "ab"),
        ("%x", 255), ("%r", "q"), ("%s", S("z")), ("%d", True),
        ("%s", None), ("%d", 2.7), ("%d", "s"), ("%s", [1]), ("%(a)s", {"a": 1}), ("%s", {"a": 1}),
        ("%d", Idx()), ("%s %s", ("a" * 200, "b" * 100)), ("%s", ("",)), ("%c", 65), ("%s", b"b"),
    ]
    for f, a in cases:
        show("fmt " + repr(f) + " % " + repr(a)[:40], lambda: f % a)
    acc = 0
    for i in range(2000):
        acc += len("key%d_%d" % (i % 100, i)) + len("%s:%s" % ("k", i))
    print("fmt loop", acc)


percent_format()
