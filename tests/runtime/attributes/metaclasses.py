# Metaclasses: __new__ building the class through type.__new__ (namespace order, keywords,
# __init_subclass__), __init__ after it, __call__ around instantiation, super() in each, and
# type.__new__/__init__/__call__ called directly with their argument errors.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), list(ns)[:2], kw)
        ns["created_by"] = "Meta"
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = len(ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

class WithMeta(metaclass=Meta):
    x = 1
    def f(self): return self.x
print(WithMeta.created_by, type(WithMeta).__name__, WithMeta().f(), WithMeta.extra, WithMeta.__qualname__, WithMeta.__module__)

class Child(WithMeta):
    y = 2
print(type(Child).__name__, Child.created_by, Child.y, Child.__mro__)

class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes[name.lower()] = cls
        return cls
class Plugin(metaclass=Registry): pass
class Alpha(Plugin): pass
class Beta(Plugin): pass
print(sorted(Registry.classes), Registry.classes["alpha"].__name__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]

class Kw(type):
    def __new__(mcls, name, bases, ns, flag=False):
        cls = super().__new__(mcls, name, bases, ns)
        cls.flag = flag
        return cls
    def __init__(cls, name, bases, ns, flag=False):
        super().__init__(name, bases, ns)
class K1(metaclass=Kw, flag=True): pass
class K2(metaclass=Kw): pass
print(K1.flag, K2.flag)

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class UpperAttrs(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns2 = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, ns2, **kw)
class U(Base, metaclass=UpperAttrs, tag="t"):
    val = 3
print(U.VAL, U.tag, hasattr(U, "val"))

Dyn = Meta("Dyn", (object,), {"z": 9})
print(Dyn.z, Dyn.created_by, type(Dyn).__name__)
for bad in [lambda: type.__new__(int, "A", (), {}), lambda: type.__new__(type, "A", ()), lambda: type.__new__(type, 1, (), {}), lambda: type.__new__(type, "A", [], {}), lambda: type.__new__(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
T = type.__new__(type, "T", (), {"q": 1, "__qualname__": "Outer.T"})
print(T, T.q, T.__qualname__)
class Single(metaclass=Singleton):
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Single(1); b = Single(2)
print(a is b, a.v, b.v, type(Single).__name__)
class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        obj = super().__call__(*a, **k)
        obj.serial = Counted.count
        return obj
class Thing(metaclass=Counted):
    def __init__(self, name="x"):
        self.name = name
class Sub(Thing):
    pass
t1, t2, t3 = Thing(), Thing(name="y"), Sub("z")
print(t1.serial, t2.serial, t3.serial, t2.name, t3.name, Counted.count, isinstance(t3, Thing))
print(type.__call__(Thing, "w").name, Counted.count)
# A metaclass __setattr__ runs for assignments to its classes' attributes (super() reaches
# type.__setattr__); __delattr__ likewise.
class Locked(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"cannot rebind constant {name!r}")
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name!r}")
class Config(metaclass=Locked):
    LIMIT = 10
Config.verbose = True
print(Config.verbose, Config.LIMIT)
for attempt in ("set", "del"):
    try:
        if attempt == "set":
            Config.LIMIT = 20
        else:
            del Config.LIMIT
    except AttributeError as e:
        print("AttributeError:", e)
print(Config.LIMIT)
