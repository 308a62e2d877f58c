# User subclasses of the immutable builtins (tuple, bytes, frozenset) and of bytearray, called
# with and without their own __new__ (core/class.zig allocInstance), with CPython's errors.
def t(f):
    try:
        r = f()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class T(tuple):
    def total(self):
        return sum(self)
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __repr__(self):
        return "P" + tuple.__repr__(self)
class B(bytes): pass
class BA(bytearray): pass
class FS(frozenset): pass
t(lambda: T((1, 2)))
t(lambda: T())
t(lambda: T([3, 4]).total())
t(lambda: T(1, 2))
t(lambda: T(x=1))
t(lambda: T(5))
t(lambda: P(1, 2))
t(lambda: P(1, 2)[1])
t(lambda: isinstance(T(), tuple))
t(lambda: T((1,)) == (1,))
t(lambda: len(T("abc")))
t(lambda: B(b"x"))
t(lambda: B(3))
t(lambda: B("s", "ascii"))
t(lambda: BA(b"x"))
t(lambda: BA(2))
t(lambda: FS([1, 2]))
t(lambda: FS())
t(lambda: FS([1], [2]))
t(lambda: FS(x=1))
t(lambda: 1 in FS([1]))
x = T((1, 2))
x.label = "a"
print(x.label, x)


# A str or tuple subclass's own __hash__ (or the None __eq__ leaves) is what dicts, sets and
# hash() use, as in CPython; a subclass that does not define one hashes as its builtin base.
class LoudHash(str):
    def __hash__(self):
        print("hash", str(self))
        return 5


class PlainStr(str):
    pass


d = {}
d[LoudHash("ab")] = 1
print(LoudHash("ab") in d, d.get(LoudHash("ab")), "ab" in d, hash(LoudHash("q")))
print(LoudHash("x") in {LoudHash("x")}, {PlainStr("z"): 2}["z"], hash(PlainStr("z")) == hash("z"))


class EqTuple(tuple):
    def __eq__(self, o):
        return True


class ReHash(str):
    __hash__ = str.__hash__

    def __eq__(self, o):
        return str.__eq__(self, o)


class LoudChild(LoudHash):
    pass


class MinusOne(str):
    def __hash__(self):
        return -1


try:
    hash(EqTuple((1,)))
except TypeError as e:
    print(e)
print(hash(ReHash("a")) == hash("a"), {ReHash("a"): 1}["a"], hash(LoudChild("k")), hash(MinusOne("n")))
