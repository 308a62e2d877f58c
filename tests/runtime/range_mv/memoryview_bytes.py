# memoryview over bytes/bytearray: items, slices (with steps), writes through, ==, release and
# the context manager, attributes, error messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
m = memoryview(b"abcdef")
t(lambda: m.tobytes()); t(lambda: len(m)); t(lambda: m[0]); t(lambda: m[-1]); t(lambda: m[10]); t(lambda: m['a'])
t(lambda: m[1:4].tobytes()); t(lambda: m[::2].tolist()); t(lambda: m[::-1].tobytes()); t(lambda: m[::-2][1:].tobytes())
t(lambda: (m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, m.contiguous, m[::2].strides, m[::2].nbytes))
t(lambda: m == b"abcdef"); t(lambda: b"abcdef" == m); t(lambda: m == memoryview(bytearray(b"abcdef"))); t(lambda: m != b"x"); t(lambda: m == [97])
t(lambda: list(m[:3])); t(lambda: 97 in m); t(lambda: bytes(m[2:])); t(lambda: bytearray(m[:2])); t(lambda: m.hex()); t(lambda: m[1:3].hex(':'))
t(lambda: type(m).__name__); t(lambda: isinstance(m, memoryview)); t(lambda: type(m) is memoryview)
t(lambda: m.__setitem__(0, 1))
ba = bytearray(b"hello")
w = memoryview(ba)
w[0] = 74
w[1:3] = b"EL"
t(lambda: ba); t(lambda: w.readonly); t(lambda: w.__setitem__(0, 300)); t(lambda: w.__setitem__(0, "x")); t(lambda: w.__setitem__(slice(0, 2), b"x"))
t(lambda: w.toreadonly().readonly); t(lambda: memoryview(w).obj is ba)
with memoryview(b"ctx") as c:
    print(c[0], c.tobytes())
t(lambda: c[0]); t(lambda: len(c)); t(lambda: c.tobytes()); t(lambda: repr(c).startswith("<released memory at 0x"))
t(lambda: repr(m).startswith("<memory at 0x"))
m.release()
t(lambda: m.readonly); t(lambda: m == m)
t(lambda: memoryview("abc")); t(lambda: memoryview(1)); t(lambda: memoryview()); t(lambda: memoryview(object=b"k").tobytes())
t(lambda: bool(memoryview(b""))); t(lambda: memoryview(b"ab").cast("B").tobytes())
h = memoryview(b"ab")
t(lambda: hash(h) == hash(b"ab")); t(lambda: hash(memoryview(bytearray(b"a"))))
h.release()
t(lambda: hash(h) == hash(b"ab"))
