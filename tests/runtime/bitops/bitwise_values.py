# `&`, `|`, `^`, `<<`, `>>` and their in-place forms on values of unknown type
# (abi/client_ops.zig: small ints inline, everything else through the runtime's operator).


def ops(a, b):
    out = []
    for name, f in (("&", lambda x, y: x & y), ("|", lambda x, y: x | y), ("^", lambda x, y: x ^ y),
                    ("<<", lambda x, y: x << y), (">>", lambda x, y: x >> y)):
        try:
            r = f(a, b)
            out.append("%s=%r:%s" % (name, r, type(r).__name__))
        except Exception as e:
            out.append("%s=%s(%s)" % (name, type(e).__name__, e))
    return " ".join(out)


def inplace(a, b):
    out = []
    for name in ("&=", "|=", "^=", "<<=", ">>="):
        x = a
        try:
            if name == "&=":
                x &= b
            elif name == "|=":
                x |= b
            elif name == "^=":
                x ^= b
            elif name == "<<=":
                x <<= b
            else:
                x >>= b
            out.append("%s%r:%s" % (name, x, type(x).__name__))
        except Exception as e:
            out.append("%s%s(%s)" % (name, type(e).__name__, e))
    return " ".join(out)


S = 1 << 62
vals = [0, 1, -1, 2, -2, 5, -7, 62, 63, 64, 65, 100, S - 1, -S, S, -S - 1, 2**64 + 3, -(2**70),
        True, False, 1.5, None, "s"]
counts = [0, 1, 2, 61, 62, 63, 64, 65, 200, -1, 2**65, True]
for a in vals:
    for b in vals + counts:
        print(repr(a), repr(b), ops(a, b))
for a in vals[:18]:
    for b in counts:
        print(repr(a), repr(b), inplace(a, b))


class W:
    def __and__(self, o):
        return "W.and"

    def __rrshift__(self, o):
        return "W.rrshift"

    def __ixor__(self, o):
        return "W.ixor"


w = W()
print(w & 1, 1 >> w, w.__class__.__name__)
w ^= 1
print(w)
try:
    1 & W()
except TypeError as e:
    print("TypeError", e)
seed = 1
for _ in range(20):
    seed = (seed >> 1) ^ 0xD008 if seed & 1 else seed >> 1
print(seed)
