# Attribute access on user-class instances: the paths the lookup cache (core/attr_cache.zig) and
# the program-side fast paths (abi/client_attr.zig) take, and every case where they must step
# aside: properties, data and non-data descriptors, __getattr__/__getattribute__/__setattr__,
# __slots__ (with a dict-having subclass), instance attributes shadowing methods, class
# attributes rebound, added or deleted while hot, many classes (cache collisions), dynamic names.
class Base:
    k = 5
    s = "cls"
    def m(self, x):
        return ("Base.m", x)
    def n(self):
        return "Base.n"

class Sub(Base):
    def m(self, x):
        return ("Sub.m", x)

class Prop:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v * 10
    @v.setter
    def v(self, x):
        self._v = x

class Desc:
    def __get__(self, obj, typ=None):
        return "desc-get"
    def __set__(self, obj, val):
        obj.__dict__["shadow"] = val

class UsesDesc:
    d = Desc()

class NonDataDesc:
    def __get__(self, obj, typ=None):
        return "nd-get"

class UsesND:
    nd = NonDataDesc()

class GA:
    def __getattr__(self, name):
        return "ga:" + name

class GAB:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == "x":
            return 99
        return object.__getattribute__(self, name)

class SA:
    def __setattr__(self, name, val):
        super().__setattr__(name, val * 2)

class Sl:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a

class SlSub(Sl):
    def __init__(self, a):
        Sl.__init__(self, a)
        self.c = 3

def loop(o, n):
    r = []
    for i in range(n):
        r.append(o.k)
    return r

def main1():
    b = Base()
    s = Sub()
    for _ in range(3):
        print(b.m(1), s.m(2), s.n(), b.k, s.k, b.s)
    # instance shadows method
    b.m = lambda x: ("inst", x)
    print(b.m(3))
    del b.m
    print(b.m(4))
    # class attr changes
    print(loop(b, 2))
    Base.k = 6
    print(loop(b, 2), s.k)
    Sub.k = 7
    print(b.k, s.k)
    del Sub.k
    print(b.k, s.k)
    b.k = 100
    print(b.k, s.k)
    del b.k
    print(b.k)
    # method added / replaced later
    def newn(self):
        return "new n"
    for _ in range(2):
        print(s.n())
    Sub.n = newn
    print(s.n(), b.n())
    del Sub.n
    print(s.n())
    Base.n = newn
    print(s.n(), b.n())
    # property
    p = Prop()
    for i in range(3):
        p.v = i
        print(p.v, p._v)
    try:
        p.__dict__["v"] = 5
        print(p.v)
    except Exception as e:
        print(type(e).__name__, e)
    # data descriptor
    u = UsesDesc()
    u.d = 5
    print(u.d, u.__dict__)
    u.__dict__["d"] = "inst"
    print(u.d)
    # non-data descriptor
    w = UsesND()
    print(w.nd)
    w.nd = "inst"
    print(w.nd)
    UsesND.nd = 4
    print(w.nd)
    del w.nd
    print(w.nd)
    # __getattr__
    g = GA()
    g.y = 2
    print(g.y, g.zz)
    # __getattribute__
    h = GAB()
    print(h.x)
    # __setattr__
    sa = SA()
    sa.q = 4
    sa.q = 5
    print(sa.q)
    # slots
    sl = Sl(1)
    sl.b = 2
    print(sl.a, sl.b)
    try:
        sl.c = 3
    except AttributeError as e:
        print("AttributeError", e)
    try:
        print(Sl(5).b)
    except AttributeError as e:
        print("AttributeError", e)
    ss = SlSub(4)
    print(ss.a, ss.c, ss.__dict__)
    # many attrs (dict resize)
    class Many:
        pass
    m = Many()
    for i in range(20):
        setattr(m, "a%d" % i, i)
    m.a3 = "x"
    print(m.a3, m.a19, len(m.__dict__))
    # attribute via dynamic name then static name
    nm = "dyn" + "amic"
    setattr(m, nm, 1)
    m.dynamic = 2
    print(m.dynamic, getattr(m, nm))
    # classmethods / staticmethods via instance
    class CM:
        @classmethod
        def c(cls, x):
            return (cls.__name__, x)
        @staticmethod
        def st(x):
            return x + 1
    print(CM().c(1), CM().st(2))
    # missing attribute error
    try:
        b.nope
    except AttributeError as e:
        print(e)
    try:
        b.nope2()
    except AttributeError as e:
        print(e)
    # wrong arg count through method fast path
    try:
        b.m()
    except TypeError as e:
        print(e)
    try:
        b.m(1, 2)
    except TypeError as e:
        print(e)
    # keyword / default
    class D:
        def f(self, a, b=2):
            return a + b
    print(D().f(1), D().f(1, 5), D().f(a=3))
    # instance __dict__ replacement semantics: dict mutated directly
    o2 = Base()
    o2.__dict__["k"] = "direct"
    print(o2.k)
    o2.__dict__.clear()
    print(o2.k)
    # exceptions raised inside methods keep traceback line
    class E:
        def boom(self):
            return 1 // 0
    try:
        E().boom()
    except ZeroDivisionError as e:
        print("ZDE", e)



def make_classes(n):
    out = []
    for i in range(n):
        class K:
            val = i
            def get(self):
                return self.x + self.val
        out.append(K)
    return out

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def s(self):
        return self.x + self.y

def main2():
    total = 0
    for rnd in range(30):
        ks = make_classes(40)
        for k in ks:
            o = k()
            o.x = rnd
            total += o.get()
            name = "attr" + str(rnd)
            setattr(o, name, rnd)
            total += getattr(o, name)
    print(total)
    acc = 0
    for i in range(200000):
        p = P(i, 1)
        p.y = p.x
        acc += p.s()
    print(acc)
    try:
        P(1, 2).z = 3
    except AttributeError as e:
        print(e)
    # class mutation while hot
    class Q:
        def f(self):
            return 1
    q = Q()
    t = 0
    for i in range(1000):
        if i == 500:
            Q.f = lambda self: 2
        if i == 700:
            q.f = lambda: 3
        if i == 900:
            del q.f
        t += q.f()
    print(t)



main1()
main2()
