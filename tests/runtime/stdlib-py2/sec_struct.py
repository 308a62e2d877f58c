# struct: every format code in every byte order, native alignment, round trips of floats at
# the edges of each width (subnormals, rounding to even, overflow, infinities, NaN signs), and
# the errors with CPython's messages (ranges per code and mode, bad formats, buffer sizes).
import math
import struct


def attempt(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


for order in "@=<>!":
    for code in "bBhHiIlLqQnNP":
        for v in [0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
                  2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, 2**70, -2**70]:
            r = attempt(struct.pack, order + code, v)
            back = attempt(struct.unpack, order + code, r) if isinstance(r, bytes) else ""
            print(order + code, v, r.hex() if isinstance(r, bytes) else r, back)

floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 65504.0, 65519.0, 65520.0, 6.1e-05, 6.0e-08, 2.9e-08, 3.0e-08, 5.96e-08, 1e-45, 1.4e-45,
          7e-46, 3.4028234663852886e38, 3.4028235677973366e38, 3.4028236e38, 1.1754943508222875e-38, 1e-40, 2.2250738585072014e-308,
          5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan, -math.nan, 1 + 2**-11, 1 + 2**-10 + 2**-11, 1 + 2**-24, 1 + 3 * 2**-24,
          123456789.0, -2.5e-10, 2**1000, 2**200, 7, True]
for order in "<>@":
    for code in "efd":
        for x in floats:
            r = attempt(struct.pack, order + code, x)
            if isinstance(r, bytes):
                (y,) = struct.unpack(order + code, r)
                print(order + code, repr(x)[:24], r.hex(), repr(y), math.copysign(1.0, y))
            else:
                print(order + code, repr(x)[:24], r)

class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


for f, v in [("<i", Idx()), ("<d", Idx()), ("<d", Flt()), ("<i", Flt()), ("<i", 2.5), ("<i", "x"), ("<d", "x"), ("<d", None), ("<d", 2**1024),
             ("<c", b"ab"), ("<c", "a"), ("<c", bytearray(b"z")), ("<s", "a"), ("<p", 1), ("<?", []), ("<?", [0]), ("<?", "x"), ("<i", True)]:
    print(f, attempt(struct.pack, f, v))

for f in ["<n", "3", "i 3", "3 i", "<3si", "@ic", "@ic0l", "ii@", "zz", "", "=P", "4x", "@hbi", "@bhq", " < i", "<  2h  3s ", "@xq", "@cid", "@?e", "=cid",
          "!2H", "0s", "0i", "10p", b"<hh", "ie"]:
    print(repr(f), attempt(struct.calcsize, f))

print(struct.pack("<3si", b"abcdef", 9), struct.pack("5p", b"abcdefg"), struct.pack("2s", b"abc"), struct.unpack("5p", b"\x09abcd"), struct.pack("0s", b"x"),
      struct.pack("300p", b"a" * 300)[:3], struct.pack("1p", b"abc"), struct.unpack("3s", b"a\x00b"), struct.pack("@bhqc", 1, 2, 3, b"!").hex())
print(struct.unpack("<?c2s", b"\x05Zab"), struct.unpack(">hHiIqQ", bytes(range(28))), struct.unpack("@bxhxxi", bytes(range(12))))
print(attempt(struct.pack, "<ii", 1), attempt(struct.pack, "<i", 1, 2), attempt(struct.unpack, "<ii", b"123"), attempt(struct.unpack, "<i", "abcd"))
print(attempt(struct.unpack_from, "<ii", b"123456789", 3), attempt(struct.unpack_from, "<ii", b"123456789", -20), struct.unpack_from("<ii", b"123456789", -8),
      struct.unpack_from("<h", b"123456789", 7), struct.unpack_from("<h", memoryview(b"1234")), struct.unpack_from("<h", bytearray(b"1234"), offset=2))
b = bytearray(10)
print(attempt(struct.pack_into, "<ii", bytearray(6), 0, 1, 2), attempt(struct.pack_into, "<ii", b, -11, 1, 2), attempt(struct.pack_into, "<i", b, 8, 1),
      attempt(struct.pack_into, "<i", b, -2, 1), attempt(struct.pack_into, "<i", b, 0))
struct.pack_into("<hh", b, 1, -2, 3)
struct.pack_into(">i", b, -4, 258)
print(b)
print(attempt(lambda: list(struct.iter_unpack("<i", b"12345"))), attempt(struct.iter_unpack, "", b"12345"), list(struct.iter_unpack("<hb", b"abcdef")))
print(attempt(struct.Struct, 5), attempt(struct.Struct, "q!"))
s = struct.Struct(b"<hh")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00"), s.unpack_from(b"xx\x01\x00\x02\x00", 2), type(s).__name__, type(s).__module__)
print(struct.error.__mro__, struct.error.__module__, issubclass(struct.error, Exception), repr(struct.error("x")))
try:
    struct.pack("<b", 1000)
except struct.error as e:
    print("caught", e.args)
