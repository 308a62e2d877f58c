# Section: functools (see ../stdlib-py.test.ts).
from common import check

print("== functools")
import functools
from functools import partial, reduce, wraps, lru_cache, cache, cmp_to_key, total_ordering, update_wrapper
def f(a, b=2, *, c=3):
    return (a, b, c)
p = partial(f, 1, c=9)
print(p(), p(5), p(c=0), p.func is f, p.args, p.keywords, repr(p)[:28], type(p).__name__)
check(lambda: partial())
check(lambda: partial(1))
check(lambda: reduce(1))
check(lambda: reduce(max, [], 0, 1))
check(lambda: reduce(max, []))
check(lambda: reduce(max, 1))
check(lambda: reduce(max, [1], initial=0))
print(reduce(lambda a, b: a + b, range(5)), reduce(lambda a, b: a + b, [], 'x'), reduce(max, iter([3, 7, 2])))
pp = partial(partial(f, 1), 2)
print(pp.args, pp.func is f, pp(), repr(partial(max, 1, key=abs)) == f"functools.partial({max!r}, 1, key=<built-in function abs>)")
class MyPartial(partial):
    pass
mp = MyPartial(f, 1)
print(repr(mp).startswith("MyPartial(<function f at"), mp(0))
@lru_cache(maxsize=3)
def sq(x):
    print("compute", x)
    return x * x
for v in [1, 2, 3, 1, 4, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info())
@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1); print(z.cache_info())
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@lru_cache(maxsize=None)
def kw(a, b=0, **k):
    return a + b + sum(k.values())
print(kw(1), kw(1, b=2), kw(1, b=2), kw(a=1), kw(1, x=5), kw.cache_info())
check(lambda: lru_cache("x"))
info = fact.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__, info._asdict(), tuple(info) == info)
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a), reverse=True))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(1) == K(1), K(2) >= K(3))
check(lambda: hash(K(1)))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(1), V(2) > V(1), V(1) >= V(2), sorted([V(3), V(1)])[0].v)
@total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __ge__(self, o):
        return self.v >= o.v
print(W(1) < W(2), W(1) <= W(1), W(3) > W(2))
check(lambda: total_ordering(type("E", (), {})))
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def documented(x):
    "the doc"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__(4), documented.__qualname__, documented.__module__)
def other():
    pass
other.extra = 1
def w2():
    pass
update_wrapper(w2, other); print(w2.__name__, w2.extra)
sd = functools.singledispatch(lambda x: "default")
sd.register(int, lambda x: "int")
@sd.register(list)
def _(x):
    return "list"
print(sd(1), sd(True), sd([]), sd("s"), sd.dispatch(bool) is sd.registry[int], sorted(c.__name__ for c in sd.registry))
class A:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
a = A(); print(a.val, a.val, a.__dict__)
class B:
    def method(self, x, y):
        return (x, y)
    m2 = functools.partialmethod(method, 1)
print(B().m2(2))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
class Calc:
    def __init__(self):
        self.calls = 0

    @lru_cache(maxsize=None)
    def sq(self, x):
        self.calls += 1
        return x * x
c = Calc()
print(c.sq(3), c.sq(3), c.calls, Calc.sq.cache_info(), Calc.sq.__name__, type(Calc.sq).__name__)
p2 = partial(f, 1)
p2.note = "n"
print(p2.note, p2.__dict__, partial(p2, 2).args, partial(partial(f, 1), 2).args, type(p2).__name__, callable(p2))
check(lambda: p2.func.__name__)
@functools.lru_cache(maxsize=1)
def one(x):
    print("one", x)
    return x
one(1); one(1); one(2); one(1)
print(one.cache_info())
check(lambda: one([1]))
@total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        return self.v > o.v if isinstance(o, G) else NotImplemented

    def __eq__(self, o):
        return isinstance(o, G) and self.v == o.v
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(4), sorted([G(3), G(1), G(2)])[0].v)
check(lambda: G(1) < 5)
@total_ordering
class L2:
    def __init__(self, v):
        self.v = v

    def __le__(self, o):
        return self.v <= o.v
print(L2(1) < L2(1), L2(2) > L2(1), L2(1) >= L2(1), L2(0) < L2(1))
print(functools._CacheInfo._fields, functools._CacheInfo.__module__, isinstance(fib.cache_info(), tuple))
