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
