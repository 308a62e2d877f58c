# `"literal" % (a, b)` formats with a stack tuple and `x[a:b:c]` slices a builtin str, list or
# tuple with a stack slice object (zig-runtime/abi/client_ops.zig modTuple, getslice); results,
# errors and user hooks must be CPython's. (Slice bounds with __index__ are not supported by
# pyaot's slicing yet, so none appear here.)


class S(str):
    def __getitem__(self, k):
        return ("S", k.start, k.stop, k.step) if isinstance(k, slice) else ("S", k)


class L(list):
    pass


class Keep:
    seen = []

    def __getitem__(self, k):
        Keep.seen.append(k)
        return k


class R:
    def __str__(self):
        return "R!"

    def __repr__(self):
        return "R?"


for i in range(3):
    print("key%d_%d" % (i % 2, i), "%s-%r" % (R(), R()), "%5.2f|%-4d|%x" % (i / 3, i, 255 + i))
    print("%s" % ((1, 2),), "%%d %s" % ("x",), "%(a)s" % {"a": i})
for bad in [lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "%d" % ("s",), lambda: "%z" % (1,), lambda: "%s %s" % (1,)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
fmt = "%s+%s"
print(fmt % (1, 2), S("<%s>") % ("sub",))


s = "hello world"
lst = list(range(10))
tup = tuple(lst)
for a in (None, 0, 2, -3, 20, True):
    for b in (None, 5, -1, 2**70):
        for c in (None, 1, 2, -1):
            print(s[a:b:c], lst[a:b:c], tup[a:b:c], end=" ")
        print()
try:
    print(lst[::0])
except ValueError as e:
    print("ValueError", e)
try:
    print(s["a":])
except TypeError as e:
    print("TypeError", e)
print(S("abc")[1:2], S("abc")[::2], L([1, 2, 3])[1:], type(L([1, 2, 3])[1:]).__name__)
k = Keep()
print(k[1:2], k[::3], k[:], Keep.seen, [type(x).__name__ for x in Keep.seen])
print(b"bytes"[1:3], bytearray(b"xyz")[::-1], range(10)[2:8:2], memoryview(b"abcd")[1:3].tobytes())
words = ["key%d_%d" % (i % 7, i) for i in range(50)]
print(sorted({w[: w.index("_")] for w in words}))
