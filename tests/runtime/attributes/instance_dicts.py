# Instance dicts start inside the instance's own allocation (zig-runtime/core/instance_block.zig)
# and move out when they grow: every way of growing, shrinking and sharing them must behave as
# in CPython, and survive collections.

def collect_some():
    # Garbage enough to start collections.
    return len([[i] for i in range(100000)])

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

class Empty:
    pass

def grow(o, n):
    for i in range(n):
        setattr(o, "attr%d" % i, i * i)

# Growth past the table sized at construction (the call site learned 2 attributes).
ps = [P(i, -i) for i in range(50)]
for i, p in enumerate(ps):
    grow(p, i % 13)
print(sum(len(vars(p)) for p in ps), ps[12].attr11, sorted(vars(ps[7]).items())[:3])

# The dict object outlives its instance when it is kept alone.
d = P(1, 2).__dict__
d["z"] = 3
collect_some()
junk = [P(i, i) for i in range(20000)]
collect_some()
print(d, type(d).__name__)

# Deleting and re-adding keeps insertion order as CPython's dicts do.
p = P(1, 2)
del p.x
p.w = 9
p.x = 10
grow(p, 8)
del p.attr3
print(list(vars(p)), p.x, p.w)

# __dict__ replaced and mutated directly.
p.__dict__ = {"k": 1}
print(vars(p), hasattr(p, "x"))
vars(p).update({"m": 2, "n": 3})
print(p.m, p.n, len(p.__dict__))
p.__dict__.clear()
print(vars(p))
grow(p, 20)
print(len(vars(p)), p.attr19)

# Classes whose instances get different attribute counts from the same call site.
class Var:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "v%d" % i, i)

vs = [Var(n) for n in (0, 1, 7, 2, 30, 3, 0, 12)]
print([len(vars(v)) for v in vs], vs[4].v29, vs[7].v11)

e = Empty()
grow(e, 40)
print(len(e.__dict__), e.attr39)

# __slots__ instances have no __dict__.
s = Slotted(1, [2])
print(s.a, s.b, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as ex:
    print("AttributeError:", ex)

# Many short-lived instances with collections in between.
total = 0
for r in range(30):
    objs = [P(i, r) for i in range(3000)]
    for o in objs[::7]:
        o.extra = o.x + o.y
    total += sum(o.extra for o in objs[::7])
    collect_some()
print(total)
# Instances of a subclass of a builtin (str, list) have a __dict__ too.
class Tagged(str):
    pass
w = Tagged("word")
w.lang = "en"
print(w, w.lang, w.__dict__, vars(w))
