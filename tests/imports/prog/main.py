# Import machinery against CPython: sys.modules, module attributes, importlib, imports that fail
# at run time (missing modules, relative imports in the script), atexit, inspect, pathlib.
import sys
import atexit
import importlib
import inspect
from pathlib import PurePosixPath, Path

print("== sys.modules")
import counter
print("counter" in sys.modules, sys.modules["counter"] is counter, "__main__" in sys.modules)
print(sorted(m for m in sys.modules if m.startswith("pkg")))
import pkg.sub.leaf as leaf
print(sorted(m for m in sys.modules if m.startswith("pkg")), leaf.__name__)
print(counter.__package__, leaf.__package__, sys.modules["pkg"].__package__, sys.modules["pkg.sub"].__package__)
print(__package__, __spec__, __name__, __doc__)
print(sorted(k for k in vars(counter) if not k.startswith("__")), "__name__" in dir(counter))

print("== failing imports")
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from no_such_module_here import thing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.missing_child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from . import counter as again
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import not_there
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
print(leaf.beyond())

print("== importlib")
print(importlib.import_module("counter") is counter, importlib.import_module("pkg.sub.leaf") is leaf)
print(importlib.import_module(".leaf", "pkg.sub") is leaf, importlib.import_module("..sub", "pkg.sub").__name__)
late = importlib.import_module("late")
print(late.VALUE, "late" in sys.modules)
counter.bump()
counter.bump()
print(counter.count)
print(importlib.reload(counter) is counter, counter.count)
for bad in [("", None), (".x", None), ("...x", "pkg")]:
    try:
        importlib.import_module(*bad)
    except (ValueError, TypeError, ImportError) as e:
        print(type(e).__name__, e)
try:
    importlib.import_module("absent_module")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

print("== atexit")


def farewell(who, punct="!"):
    print("bye", who + punct)


def dropped():
    print("never runs")


atexit.register(farewell, "first")
atexit.register(dropped)
atexit.register(farewell, "second", punct="?")
atexit.unregister(dropped)

print("== inspect")


def annotated(x: int, y: "str" = "d", *args: float, z: list = None, **kw: dict) -> bool:
    """Doc line.

        Indented.
    """
    return True


def plain(a, b=2, /, c=3, *, d, e=5):
    pass


class K:
    def __init__(self, p, q=1):
        pass

    def m(self, r):
        pass


print(inspect.signature(annotated), inspect.signature(plain), inspect.signature(K), inspect.signature(K(0).m))
sig = inspect.signature(plain)
print(list(sig.parameters), [str(p.kind) for p in sig.parameters.values()], sig.parameters["b"].default)
print(repr(sig.parameters["d"]), sig.parameters["d"].default is inspect.Parameter.empty)
print(repr(inspect.getdoc(annotated)), inspect.isfunction(plain), inspect.isclass(K), inspect.ismodule(inspect))


def gen():
    yield 1


g = gen()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))

print("== pathlib")
p = PurePosixPath("/usr/lib/python3.11/os.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parts, p.parent, p.anchor)
print(p.with_suffix(".zip"), p.with_name("x.py"), p.relative_to("/usr"), p.match("*.gz"), p.match("/lib/*.gz"))
print(PurePosixPath("a", "/b", "c//d/./e"), PurePosixPath("//x"), PurePosixPath("///x"), PurePosixPath(), "a" / PurePosixPath("b"))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]), PurePosixPath("a/b").is_relative_to("a"))
for bad in [lambda: p.with_suffix("txt"), lambda: PurePosixPath("/").with_name("x"), lambda: p.relative_to("/etc")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
here = Path(__file__).parent
print(type(here).__name__, (here / "counter.py").exists(), (here / "pkg").is_dir(), sorted(c.name for c in (here / "pkg" / "sub").iterdir() if c.suffix == ".py"))
print("== globals set from outside")
import late_global
try:
    late_global.describe()
except NameError as e:
    print("before:", e, e.name)
late_global.LEVEL = 3
print(late_global.describe())
setattr(sys.modules[__name__], "SET_BY_SETATTR", 5)
print(SET_BY_SETATTR)
try:
    late_global.missing()
except NameError as e:
    print("NameError", e, e.name)
print("== end")
