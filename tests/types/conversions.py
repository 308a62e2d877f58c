# str(x), int(x) and float(x) with the builtin types and one argument compile to direct runtime
# calls (compiler/codegen/expr.ts ONE_ARG_CONVERSIONS): every case below must behave exactly as
# calling the type does in CPython.


def t(f):
    try:
        r = f()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class S(str):
    pass


class Good:
    def __str__(self):
        return "good"


class Sub:
    def __str__(self):
        return S("sub")


class Bad:
    def __str__(self):
        return 42


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5


class Idx:
    def __index__(self):
        return 11


class BadInt:
    def __int__(self):
        return "no"


class BadFloat:
    def __float__(self):
        return 1


class BoolInt:
    def __int__(self):
        return True


class BadIndex:
    def __index__(self):
        return 1.5


def strs():
    t(lambda: str(12))
    t(lambda: str(-12345678901234567890))
    t(lambda: str(2.5))
    t(lambda: str(1e22))
    t(lambda: str(True))
    t(lambda: str(None))
    t(lambda: str("x"))
    t(lambda: str(S("y")))
    t(lambda: str(b"ab\n"))
    t(lambda: str([1, "a", (2,)]))
    t(lambda: str(Good()))
    t(lambda: str(Sub()))
    t(lambda: str(Bad()))
    t(lambda: str(OnlyRepr()))
    t(lambda: str(ValueError("boom")))
    n = 0
    for i in range(1000):
        n += len(str(i * 7919))
    print(n)


def ints():
    t(lambda: int(7))
    t(lambda: int(True))
    t(lambda: int(3.99))
    t(lambda: int(-3.99))
    t(lambda: int(1e20))
    t(lambda: int(float("nan")))
    t(lambda: int(float("inf")))
    t(lambda: int("  42 "))
    t(lambda: int("-1_000"))
    t(lambda: int("1__0"))
    t(lambda: int("abc"))
    t(lambda: int(""))
    t(lambda: int("٣"))
    t(lambda: int(b"17"))
    t(lambda: int(Num()))
    t(lambda: int(Idx()))
    t(lambda: int(BadInt()))
    t(lambda: int(BoolInt()))
    t(lambda: int(BadIndex()))
    t(lambda: int(None))
    t(lambda: int([1]))
    t(lambda: int("9" * 30))
    s = 0
    for i in range(1000):
        s += int(i * 0.37)
    print(s)


def floats():
    t(lambda: float(3))
    t(lambda: float(True))
    t(lambda: float(2.5))
    t(lambda: float(" 1e3 "))
    t(lambda: float("nan"))
    t(lambda: float("-inf"))
    t(lambda: float("1_0.5"))
    t(lambda: float("x"))
    t(lambda: float(""))
    t(lambda: float(10 ** 400))
    t(lambda: float(Num()))
    t(lambda: float(Idx()))
    t(lambda: float(BadFloat()))
    t(lambda: float(BadIndex()))
    t(lambda: float(None))
    t(lambda: float("0x10"))
    acc = 0.0
    for i in range(1000):
        acc += float(i) / 3
    print(acc)


def shadowed():
    # Names that are not the builtins any more keep the ordinary call.
    def str(x):
        return "local " + repr(x)

    print(str(1))
    int = float
    print(int(3))


strs()
ints()
floats()
shadowed()
float = lambda x: "global " + repr(x)
print(float(1))
