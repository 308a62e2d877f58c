# struct: packing Python values into C structs and back, as CPython 3.11's _struct module does
# on x86-64 Linux (native sizes and alignment of that ABI), with its error messages. Written in
# Python for pyaot over int.to_bytes/from_bytes and math.frexp/ldexp. Not provided: NaN payloads
# other than the sign (every NaN packs as the quiet NaN CPython's float('nan') is).

import math as _math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"

# code -> (size, alignment) in native mode ('@'), and size in the standard modes.
_NATIVE = {
    "x": (1, 1), "c": (1, 1), "b": (1, 1), "B": (1, 1), "?": (1, 1), "h": (2, 2), "H": (2, 2),
    "i": (4, 4), "I": (4, 4), "l": (8, 8), "L": (8, 8), "q": (8, 8), "Q": (8, 8), "n": (8, 8),
    "N": (8, 8), "e": (2, 2), "f": (4, 4), "d": (8, 8), "s": (1, 1), "p": (1, 1), "P": (8, 8),
}
_STANDARD = {
    "x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 4, "L": 4,
    "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1,
}
_ORDERS = {"@": "little", "=": "little", "<": "little", ">": "big", "!": "big"}
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1


def _parse(fmt):
    """The format's items as (code, count, offset), its size and how many values it packs."""
    order = "@"
    i = 0
    if fmt and fmt[0] in _ORDERS:
        order = fmt[0]
        i = 1
    native = order == "@"
    items = []
    size = 0
    nvalues = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c.isspace():
            continue
        if "0" <= c <= "9":
            num = ord(c) - 48
            while i < n and "0" <= fmt[i] <= "9":
                num = num * 10 + ord(fmt[i]) - 48
                i += 1
            if i == n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
            i += 1
        else:
            num = 1
        if native:
            entry = _NATIVE.get(c)
            if entry is None:
                raise error("bad char in struct format")
            itemsize, align = entry
            size = (size + align - 1) // align * align
        else:
            itemsize = _STANDARD.get(c)
            if itemsize is None:
                raise error("bad char in struct format")
        if c == "s" or c == "p":
            items.append((c, num, size))
            nvalues += 1
            size += num
        elif c == "x":
            size += num
        else:
            for _ in range(num):
                items.append((c, 1, size))
                size += itemsize
            nvalues += num
    return order, items, size, nvalues


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), "__index__"):
        return type(v).__index__(v)
    raise error("required argument is not an integer")


def _long(v):
    x = _index(v)
    if x < _LONG_MIN or x > _LONG_MAX:
        raise error("argument out of range")
    return x


def _ulong(v):
    x = _index(v)
    if x < 0 or x > 2 * _LONG_MAX + 1:
        raise error("argument out of range")
    return x


def _range(code, lo, hi):
    return error("'%s' format requires %d <= number <= %d" % (code, lo, hi))


# The native functions for the small codes name the C type in their message.
_NAMED = {"b": ("byte", -128, 127), "B": ("ubyte", 0, 255), "h": ("short", -32768, 32767), "H": ("ushort", 0, 65535)}


def _integer(code, v, native, std):
    """The integer to store for code `code` and whether it is signed, checked as CPython checks
    it; the byte count is the caller's. `std`: CPython packs with its standard-size function, not
    the native one (on a little-endian machine '<' and '=' use the native functions where the
    sizes agree, and 'b'/'B' always do)."""
    if code in _NAMED and not (std and code in "hH"):
        name, lo, hi = _NAMED[code]
        x = _long(v)
        if x < lo or x > hi:
            raise error("%s format requires %d <= number <= %d" % (name, lo, hi))
        return x, lo < 0
    if std and code in "qQ":
        # _PyLong_AsByteArray's overflow, whichever side.
        x = _index(v)
        if (code == "q" and (x < _LONG_MIN or x > _LONG_MAX)) or (code == "Q" and (x < 0 or x > 2 * _LONG_MAX + 1)):
            raise error("int too large to convert")
        return x, code == "q"
    if code in "hiHI" or (code in "lL" and not native):
        # The 2- and 4-byte functions check the range with the code's own message.
        bits = 8 * _STANDARD[code]
        if code in "hil":
            x = _long(v)
            lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        else:
            x = _ulong(v)
            lo, hi = 0, (1 << bits) - 1
        if x < lo or x > hi:
            raise _range(code, lo, hi)
        return x, lo < 0
    if code == "P":
        # A pointer takes any C long or unsigned long, stored as the unsigned value.
        x = _index(v)
        if x < _LONG_MIN or x > 2 * _LONG_MAX + 1:
            raise error("int too large to convert")
        return x & 0xFFFFFFFFFFFFFFFF, False
    if code in "lqn":
        return _long(v), True
    return _ulong(v), False


def _float(v):
    if isinstance(v, float):
        return v
    t = type(v)
    if not (hasattr(t, "__float__") or hasattr(t, "__index__")):
        raise error("required argument is not a float")
    try:
        return float(v)
    except OverflowError:
        raise error("required argument is not a float") from None


def _round_bits(x, mant_bits, min_exp, max_biased, code):
    """The IEEE bits of |x| (finite, nonzero) in a binary format with `mant_bits` stored mantissa
    bits whose smallest normal exponent is `min_exp` (frexp's convention), rounded half to even.
    Too large raises OverflowError, as PyFloat_Pack2/4 do."""
    m, e = _math.frexp(x)
    if e >= min_exp:
        r = round(_math.ldexp(m, mant_bits + 1))
        if r == 1 << (mant_bits + 1):
            r >>= 1
            e += 1
        biased = e - min_exp + 1
        if biased >= max_biased:
            raise OverflowError("float too large to pack with %s format" % code)
        return (biased << mant_bits) | (r - (1 << mant_bits))
    # Subnormal: units of the smallest subnormal; rounding up to the smallest normal gives its bits.
    return round(_math.ldexp(x, mant_bits - min_exp + 1))


_FLOATS = {"e": (10, -13, 31), "f": (23, -125, 255), "d": (52, -1021, 2047)}
_WIDTH = {"e": 2, "f": 4, "d": 8}


def _pack_float(code, v, native):
    """The bits of v packed as code `code` and their byte count."""
    x = _float(v)
    mant_bits, min_exp, max_biased = _FLOATS[code]
    width = 8 * _WIDTH[code]
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    if x != x:
        bits = (max_biased << mant_bits) | (1 << (mant_bits - 1))
    elif x == _math.inf or x == -_math.inf:
        bits = max_biased << mant_bits
    elif x == 0:
        bits = 0
    else:
        try:
            bits = _round_bits(abs(x), mant_bits, min_exp, max_biased, code)
        except OverflowError:
            if native and code == "f":
                # Native 'f' is C's (float) cast: too large is infinity.
                bits = max_biased << mant_bits
            elif isinstance(v, int):
                raise error("int too large to convert") from None
            else:
                raise
    return bits | (sign << (width - 1)), width // 8


def _unpack_float(code, bits):
    mant_bits, min_exp, max_biased = _FLOATS[code]
    width = 8 * _WIDTH[code]
    negative = bits >> (width - 1)
    biased = (bits >> mant_bits) & max_biased
    mant = bits & ((1 << mant_bits) - 1)
    if biased == max_biased:
        x = _math.nan if mant else _math.inf
    elif biased == 0:
        x = _math.ldexp(float(mant), min_exp - 1 - mant_bits)
    else:
        x = _math.ldexp(float(mant | (1 << mant_bits)), biased + min_exp - 2 - mant_bits)
    return -x if negative else x


def _pack_items(order, items, size, values, buf, base):
    byteorder = _ORDERS[order]
    native = order == "@"
    for (code, num, offset), v in zip(items, values):
        at = base + offset
        if code == "s" or code == "p":
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            if code == "s":
                data = bytes(v[:num])
                buf[at:at + len(data)] = data
            elif num > 0:
                data = bytes(v[:num - 1])
                buf[at] = min(len(data), 255)
                buf[at + 1:at + 1 + len(data)] = data
        elif code == "c":
            if not isinstance(v, bytes) or len(v) != 1:
                raise error("char format requires a bytes object of length 1")
            buf[at] = v[0]
        elif code == "?":
            buf[at] = 1 if v else 0
        elif code == "e" or code == "f" or code == "d":
            bits, width = _pack_float(code, v, native)
            buf[at:at + width] = bits.to_bytes(width, byteorder)
        else:
            width = _NATIVE[code][0] if native else _STANDARD[code]
            x, signed = _integer(code, v, native, byteorder == "big" or (code in "lL" and not native))
            buf[at:at + width] = x.to_bytes(width, byteorder, signed=signed)


def _unpack_items(order, items, data, base):
    byteorder = _ORDERS[order]
    native = order == "@"
    out = []
    for code, num, offset in items:
        at = base + offset
        if code == "s":
            out.append(bytes(data[at:at + num]))
        elif code == "p":
            n = data[at] if num > 0 else 0
            n = min(n, num - 1)
            out.append(bytes(data[at + 1:at + 1 + n]))
        elif code == "c":
            out.append(bytes(data[at:at + 1]))
        elif code == "?":
            out.append(data[at] != 0)
        elif code == "e" or code == "f" or code == "d":
            width = _WIDTH[code]
            out.append(_unpack_float(code, int.from_bytes(data[at:at + width], byteorder)))
        else:
            width = _NATIVE[code][0] if native else _STANDARD[code]
            signed = code in "bhilqn"
            out.append(int.from_bytes(data[at:at + width], byteorder, signed=signed))
    return tuple(out)


def _bytes_of(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if isinstance(buffer, memoryview):
        return buffer.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


class Struct:
    """A compiled struct format: Struct(format)."""

    def __init__(self, format):
        if isinstance(format, (bytes, bytearray)):
            format = bytes(format).decode("ascii")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(format).__name__)
        self.format = format
        self._order, self._items, self.size, self._n = _parse(format)

    def pack(self, *values):
        if len(values) != self._n:
            raise error("pack expected %d items for packing (got %d)" % (self._n, len(values)))
        buf = bytearray(self.size)
        _pack_items(self._order, self._items, self.size, values, buf, 0)
        return bytes(buf)

    def pack_into(self, buffer, offset, *values):
        if len(values) != self._n:
            raise error("pack_into expected %d items for packing (got %d)" % (self._n, len(values)))
        offset = _index(offset)
        n = len(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)" % (self.size + offset, self.size, offset, n))
        tmp = bytearray(self.size)
        _pack_items(self._order, self._items, self.size, values, tmp, 0)
        buffer[offset:offset + self.size] = tmp

    def unpack(self, buffer):
        data = _bytes_of(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return _unpack_items(self._order, self._items, data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _bytes_of(buffer)
        offset = _index(offset)
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)" % (self.size + offset, self.size, offset, n))
        return _unpack_items(self._order, self._items, data, offset)

    def iter_unpack(self, buffer):
        data = _bytes_of(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        return _iter(self, data)



# CPython 3.11's Struct is _struct.Struct, with object's repr.
Struct.__module__ = "_struct"


def _iter(s, data):
    for at in range(0, len(data), s.size):
        yield _unpack_items(s._order, s._items, data, at)


def calcsize(format):
    return Struct(format).size


def pack(format, *values):
    return Struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    Struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return Struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return Struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return Struct(format).iter_unpack(buffer)
