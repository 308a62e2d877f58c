# binascii: the conversions base64, hex and CRC-32 need, with CPython 3.11's results and
# error messages, written for pyaot. Not provided: uuencode, quoted-printable, crc_hqx.

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex",
           "hexlify", "unhexlify", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
_HEX = "0123456789abcdef"


def _buffer(data, what="a bytes-like object"):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError(f"{what} is required, not '{type(data).__name__}'")


def _ascii_or_buffer(data):
    """The argument of a2b_*: bytes-like, or a str of ASCII characters only."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return _buffer(data)
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")


def b2a_base64(data, *, newline=True):
    data = _buffer(data)
    out = bytearray()
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b"=="
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _ascii_or_buffer(data)
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    data_chars = 0
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    for pos, c in enumerate(data):
        if c == 61:  # '='
            padding_started = True
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                # Complete padding ends the data; strictly, nothing may follow it.
                if strict_mode and pos + 1 < len(data):
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        v = _B64_VALUE[c]
        if v < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        data_chars += 1
        if quad_pos == 0:
            left = v
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
            quad_pos = 3
        else:
            out.append(((left << 6) | v) & 0xFF)
            left = 0
            quad_pos = 0
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error("Invalid base64-encoded string: number of data characters (%d) "
                        "cannot be 1 more than a multiple of 4" % data_chars)
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _buffer(data)
    text = "".join(_HEX[b >> 4] + _HEX[b & 15] for b in data)
    if sep is None or not data:
        return text.encode("ascii")
    if isinstance(sep, str):
        sep = sep.encode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    step = abs(bytes_per_sep)
    if step == 0:
        return text.encode("ascii")
    pairs = [text[i:i + 2] for i in range(0, len(text), 2)]
    if bytes_per_sep > 0:
        # Groups counted from the right, as CPython does.
        first = len(pairs) % step or step
        groups = [pairs[:first]] + [pairs[i:i + step] for i in range(first, len(pairs), step)]
    else:
        groups = [pairs[i:i + step] for i in range(0, len(pairs), step)]
    return sep.join("".join(g).encode("ascii") for g in groups)


hexlify = b2a_hex


def a2b_hex(data):
    data = _ascii_or_buffer(data)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _hex_value(data[i])
        lo = _hex_value(data[i + 1])
        if hi < 0 or lo < 0:
            raise Error("Non-hexadecimal digit found")
        out.append(hi * 16 + lo)
    return bytes(out)


unhexlify = a2b_hex


def _hex_value(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, value=0):
    data = _buffer(data)
    crc = ~value & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
