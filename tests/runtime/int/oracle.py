"""CPython's answers for the int test driver (see driver.zig for the protocol).

    python3 oracle.py SEED COUNT [OPERATION...]

prints one JSON line per case: [operation, driver input line, expected output line]. COUNT
random cases per operation (fewer for the expensive ones), plus targeted edge cases, all
reproducible for a given SEED. Run with the CPython 3.11 the project treats as its oracle.
"""

import json
import math
import random
import struct
import sys

LIMB = 1 << 64
EDGE_BITS = [1, 2, 30, 31, 32, 33, 52, 53, 54, 61, 62, 63, 64, 65, 96, 127, 128, 129,
             191, 192, 193, 255, 256, 257, 1023, 1024, 1025, 2047, 2048, 2049, 4096]


def enc(x):
    """An int in the driver's notation: hex with an optional '-'."""
    return format(x, 'x')


def bits(x):
    return struct.pack('>d', x).hex()


def from_bits(b):
    return struct.unpack('>d', struct.pack('>Q', b))[0]


def run(fn):
    try:
        return fn()
    except (ValueError, OverflowError, ZeroDivisionError, MemoryError) as e:
        msg = str(e)
        if isinstance(e, ValueError) and msg.startswith('invalid literal for int()'):
            return '!InvalidLiteral'
        return f'!{type(e).__name__}: {msg}'


def ans_int(x):
    if isinstance(x, float):
        return bits(x)
    return enc(x)


# ---------------------------------------------------------------- values

def structured(rng, nbits):
    """A non-negative int of about nbits bits built from limbs that stress carries and
    quotient estimates: zero, all-ones, top-bit-only and random limbs."""
    n = max(1, (nbits + 63) // 64)
    x = 0
    for _ in range(n):
        k = rng.randrange(10)
        limb = (0 if k == 0 else LIMB - 1 if k == 1 else 1 << 63 if k == 2 else 1 if k == 3
                else rng.getrandbits(64))
        x = (x << 64) | limb
    x >>= max(0, n * 64 - nbits)
    return x


def magnitude(rng, size):
    if size == 'edge':
        b = rng.choice(EDGE_BITS)
        return max(0, (1 << b) + rng.choice([-2, -1, 0, 1]))
    if size == 'small':
        return rng.getrandbits(rng.randrange(0, 63))
    if size == 'word':
        return rng.getrandbits(rng.randrange(60, 130))
    if size == 'medium':
        nbits = rng.randrange(60, 1500)
    elif size == 'large':
        nbits = rng.randrange(1500, 12000)
    else:  # huge
        nbits = rng.randrange(12000, 150000)
    if rng.random() < 0.5:
        return structured(rng, nbits)
    return rng.getrandbits(nbits) | (1 << (nbits - 1))


SIZES = ['edge', 'small', 'small', 'word', 'word', 'medium', 'medium', 'large']


def rint(rng, sizes=SIZES):
    x = magnitude(rng, rng.choice(sizes))
    return -x if rng.random() < 0.5 else x


def nonneg(rng, sizes=SIZES):
    return magnitude(rng, rng.choice(sizes))


# ---------------------------------------------------------------- operations

BINARY = {
    'add': lambda a, b: enc(a + b),
    'sub': lambda a, b: enc(a - b),
    'mul': lambda a, b: enc(a * b),
    'floordiv': lambda a, b: enc(a // b),
    'mod': lambda a, b: enc(a % b),
    'divmod': lambda a, b: '%s,%s' % tuple(map(enc, divmod(a, b))),
    'truediv': lambda a, b: bits(a / b),
    'and': lambda a, b: enc(a & b),
    'or': lambda a, b: enc(a | b),
    'xor': lambda a, b: enc(a ^ b),
    'cmp': lambda a, b: str((a > b) - (a < b)),
    'eq': lambda a, b: str(a == b),
    'gcd': lambda a, b: enc(math.gcd(a, b)),
    'lcm': lambda a, b: enc(math.lcm(a, b)),
}

UNARY = {
    'neg': lambda a: enc(-a),
    'pos': lambda a: enc(+a),
    'abs': lambda a: enc(abs(a)),
    'invert': lambda a: enc(~a),
    'hash': lambda a: str(hash(a)),
    'tof': lambda a: bits(float(a)),
    'bitlen': lambda a: str(a.bit_length()),
    'bitcount': lambda a: str(a.bit_count()),
    'isqrt': lambda a: enc(math.isqrt(a)),
}


def case(op, args, fn):
    return [op, ' '.join([op] + args), run(fn)]


def gen_binary(rng, op, count):
    fn = BINARY[op]
    out = []
    for i in range(count):
        a = rint(rng)
        b = rint(rng)
        if op in ('floordiv', 'mod', 'divmod', 'truediv') and i % 3 == 0:
            # a = q*b + r with structured q and r: exercises every quotient-estimate path.
            b = rint(rng, ['word', 'medium', 'medium', 'large'])
            q = rint(rng, ['small', 'word', 'medium', 'large'])
            a = q * b + rng.randrange(0, abs(b)) * rng.choice([1, -1]) if b else q
        if op in ('cmp', 'eq') and i % 4 == 0:
            b = a
        if op in ('gcd', 'lcm') and i % 2 == 0:
            g = rint(rng, ['small', 'word', 'medium'])
            a, b = a * g, b * g
        if op == 'truediv' and i % 5 == 1:
            # Quotients near the overflow and subnormal boundaries.
            b = rint(rng, ['word', 'medium'])
            e = rng.choice([rng.randrange(-1085, -1015), rng.randrange(1015, 1030)])
            a = (b << e) if e >= 0 else (b >> -e)
            a += rng.choice([-1, 0, 1]) * rng.getrandbits(rng.randrange(1, 80))
        if i % 50 == 0 and op in ('add', 'sub', 'mul', 'floordiv', 'mod', 'divmod', 'and', 'xor'):
            a = rint(rng, ['huge'])
            b = rint(rng, ['large', 'huge', 'word'])
        if i % 40 == 0:
            b = 0
        out.append(case(op, [enc(a), enc(b)], lambda: fn(a, b)))
    return out


def gen_unary(rng, op, count):
    fn = UNARY[op]
    out = []
    for i in range(count):
        a = rint(rng)
        if op == 'isqrt':
            a = abs(a) if i % 10 else -abs(a) - 1
            if i % 3 == 0:
                r = nonneg(rng)
                a = r * r + rng.choice([-1, 0, 1]) if r else 0
        if op == 'tof' and i % 3 == 0:
            # Near halfway points and the top of the double range.
            m = rng.getrandbits(53) | (1 << 52)
            e = rng.randrange(0, 980)
            a = (m << e) + rng.choice([-1, 0, 1]) * (1 << max(0, e - 1)) + rng.choice([-1, 0, 1])
            a = a if rng.random() < 0.5 else -a
        if op == 'tof' and i % 7 == 1:
            a = ((1 << 53) - rng.choice([1, 2])) << 971 | rng.getrandbits(971)
        out.append(case(op, [enc(a)], lambda: fn(a)))
    return out


def gen_pow(rng, count):
    out = []
    for i in range(count):
        a = rint(rng, ['edge', 'small', 'small', 'word', 'medium'])
        if i % 2 == 0:
            a = rng.randrange(-40, 41)
            b = rng.randrange(-80, 600)
        elif i % 4 == 1:
            b = rng.randrange(-30, 30)
        else:
            b = rng.randrange(0, 8)
        if i % 97 == 0:
            a, b = rng.choice([0, 1, -1, 2]), rng.choice([LIMB, -LIMB, LIMB + 1, -LIMB - 1])
            if a == 2 and b > 0:
                b = -b
        if i % 11 == 3:
            # Results near and inside the subnormal range.
            a = rng.choice([2, 3, 5, 7, 10, 11, 13, 40, 97, 1000003, -3, -7])
            b = -int(1074 / math.log2(abs(a))) + rng.randrange(-40, 5)
        if a == 0 and b < 0 and i % 5:
            a = 3
        out.append(case('pow', [enc(a), enc(b)], lambda: ans_int(a ** b)))
    return out


def gen_powmod(rng, count):
    out = []
    for i in range(count):
        a = rint(rng)
        b = rng.randrange(-20, 300) if i % 3 else nonneg(rng, ['word', 'medium'])
        m = rint(rng, ['edge', 'small', 'small', 'word', 'medium'])
        if i % 25 == 0:
            m = rng.choice([0, 1, -1])
        if i % 5 == 1:
            b = -rng.randrange(1, 100)
        out.append(case('powmod', [enc(a), enc(b), enc(m)], lambda: enc(pow(a, b, m))))
    return out


def gen_shift(rng, op, count):
    out = []
    for i in range(count):
        a = rint(rng)
        b = rng.randrange(-2, 300) if i % 4 else rng.randrange(0, 20000)
        if i % 53 == 0:
            b = rng.choice([LIMB, 1 << 66, 1 << 100, -(1 << 70)])
            if op == 'shl' and b > 0 and rng.random() < 0.2:
                a = 0
        fn = (lambda: enc(a << b)) if op == 'shl' else (lambda: enc(a >> b))
        out.append(case(op, [enc(a), enc(b)], fn))
    return out


def gen_fromf(rng, count):
    out = []
    for i in range(count):
        kind = i % 4
        if kind == 0:
            x = from_bits(rng.getrandbits(64))
        elif kind == 1:
            x = rng.uniform(-1e20, 1e20)
        elif kind == 2:
            x = float(rint(rng, ['small', 'word'])) + rng.choice([0, 0.5, -0.5, 0.25])
        else:
            x = rng.choice([math.nan, math.inf, -math.inf, 0.0, -0.0, 0.99, -0.99,
                            4611686018427387904.0, -4611686018427387904.0, 9.2e18, -9.3e18])
        out.append(case('fromf', [bits(x)], lambda: enc(int(x))))
    return out


def gen_cmpf(rng, count):
    out = []
    for i in range(count):
        a = rint(rng, ['edge', 'small', 'word', 'word', 'medium'])
        kind = i % 5
        if kind == 0:
            x = from_bits(rng.getrandbits(64))
        elif kind in (1, 2):
            try:
                x = float(a)
            except OverflowError:
                x = math.inf
            x = math.nextafter(x, rng.choice([math.inf, -math.inf])) if kind == 2 else x
        elif kind == 3:
            x = float(a >> 1) + rng.choice([0.5, -0.5, 0.0])  if abs(a) < (1 << 52) else -0.0
        else:
            x = rng.choice([math.nan, math.inf, -math.inf, 0.0, -0.0, 2.0 ** 63, -2.0 ** 63,
                            2.0 ** 62, -2.0 ** 62, 2.0 ** 64])

        def fn():
            if x != x:
                return 'None'
            return str((a > x) - (a < x))
        out.append(case('cmpf', [enc(a), bits(x)], fn))
    return out


def gen_math(rng, count):
    out = []
    for i in range(max(50, count // 4)):
        n = rng.randrange(-3, 1500) if i % 10 else rng.choice([2 ** 63, 2 ** 63 - 1 + 2 ** 64, -(2 ** 70)])
        if n == 2 ** 63 - 1 + 2 ** 64:
            n = 2 ** 64
        out.append(case('fact', [enc(n)], lambda: enc(math.factorial(n))))
    for op, fn in (('comb', math.comb), ('perm', math.perm)):
        for i in range(count // 2):
            n = rng.randrange(-2, 400)
            k = rng.randrange(-2, n + 4) if n > 0 else rng.randrange(-2, 3)
            if i % 20 == 0:
                n = rng.choice([2 ** 70 + 5, 2 ** 64, 2 ** 63 - 1, 2 ** 63])
                k = rng.choice([0, 1, 2, 5, 30, 2 ** 63, 2 ** 64, n + 1] + ([n - 3] if op == 'comb' else []))
            out.append(case(op, [enc(n), enc(k)], lambda: enc(fn(n, k))))
    return out


def to_base(x, base):
    if x == 0:
        return '0'
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if base == 10:
        return str(x)
    if base in (2, 8, 16):
        return format(x, {2: 'b', 8: 'o', 16: 'x'}[base])
    sign = '-' if x < 0 else ''
    x = abs(x)
    out = []
    while x:
        x, d = divmod(x, base)
        out.append(digits[d])
    return sign + ''.join(reversed(out))


def gen_text(rng, count):
    out = []
    for i in range(count):
        a = rint(rng)
        base = 10 if i % 2 else rng.randrange(2, 37)
        if i % 25 == 0:
            # Around the 4300-digit limit, either sign.
            a = 10 ** (4299 + rng.choice([-1, 0, 1])) + rng.choice([-1, 0, 1])
            a = -a if rng.random() < 0.5 else a
            base = 10
        out.append(case('str', [enc(a), str(base)], lambda: to_base(a, base).encode().hex()))
        b2 = rng.choice([2, 8, 10, 16])
        out.append(case('digits', [enc(a), str(b2)], lambda: ('-' if a < 0 else '') + to_base(abs(a), b2)))
    out = [[op, line, ans if ans.startswith('!') or op == 'str' else ans_digits(ans)] for op, line, ans in out]
    return out + gen_unlimited_text(rng, max(4, count // 100))


def gen_unlimited_text(rng, count):
    """Huge ints to and from decimal text with sys.set_int_max_str_digits(0)."""
    out = [['setmax', 'setmax 0', 'ok']]
    sys.set_int_max_str_digits(0)
    try:
        for _ in range(count):
            a = rint(rng, ['large', 'huge'])
            text = str(a)
            out.append(case('str', [enc(a), '10'], lambda: text.encode().hex()))
            out.append(case('parse', ['s' + text.encode().hex(), '10'], lambda: enc(int(text))))
    finally:
        sys.set_int_max_str_digits(4300)
    out.append(['setmax', 'setmax 4300', 'ok'])
    return out


def ans_digits(text):
    return text.encode().hex()


def literal_text(rng):
    """A string for int(s, base): mostly valid, often mutated into an invalid one."""
    base = rng.choice([0, 10, 10, 2, 8, 16, 36, 7, rng.randrange(2, 37)])
    x = rint(rng, ['edge', 'small', 'word', 'medium'])
    shown_base = base if base else rng.choice([10, 16, 8, 2])
    s = to_base(abs(x), shown_base)
    if rng.random() < 0.3 and len(s) > 1:
        # Single underscores between digits.
        chars = list(s)
        s = chars[0] + ''.join(('_' if rng.random() < 0.2 else '') + c for c in chars[1:])
    prefix = ''
    if (base == 0 and shown_base != 10) or (base in (2, 8, 16) and rng.random() < 0.5):
        prefix = '0' + {2: 'b', 8: 'o', 16: 'x'}[shown_base].upper() if rng.random() < 0.2 else \
            '0' + {2: 'b', 8: 'o', 16: 'x'}[shown_base]
        if rng.random() < 0.2:
            prefix += '_'
    if rng.random() < 0.15:
        s = '0' * rng.randrange(1, 4) + s
    sign = rng.choice(['', '', '-', '+'])
    text = sign + prefix + s
    k = rng.randrange(12)
    if k == 0:
        text = text + '_'
    elif k == 1:
        text = '_' + text
    elif k == 2 and len(text) > 2:
        p = rng.randrange(1, len(text))
        text = text[:p] + rng.choice(['__', ' ', 'g', 'z', '.', '-', 'x', '\u00e9']) + text[p:]
    elif k == 3:
        text = rng.choice(['', '-', '+', '0x', '0b', '0o', '0_', '00', '0_0', '010', '0x_', '-0', '_', '1_000'])
    return text, base


def gen_parse(rng, count):
    out = []
    for i in range(count):
        text, base = literal_text(rng)
        if i % 40 == 0:
            n = rng.choice([4299, 4300, 4301, 5000])
            text = ''.join(rng.choice('0123456789') for _ in range(n))
            text = rng.choice(['1', '9']) + text[1:]
            text += rng.choice(['', '', 'x', '_'])
            base = rng.choice([10, 10, 16, 7, 0])
            if rng.random() < 0.3:
                text = text[:100] + '_' + text[100:]
        data = text.encode('utf-8')
        out.append(case('parse', ['s' + data.hex(), str(base)], lambda: enc(int(text, base))))
    return out


def gen_bytes(rng, count):
    out = []
    for i in range(count):
        a = rint(rng, ['edge', 'small', 'word', 'medium'])
        n = max(0, (a.bit_length() + 7) // 8 + rng.choice([-1, 0, 0, 1, 2]))
        order = rng.choice(['little', 'big'])
        signed = rng.random() < 0.5
        out.append(case('tobytes', [enc(a), str(n), order, str(int(signed))],
                        lambda: a.to_bytes(n, order, signed=signed).hex()))
        data = bytes(rng.choice([0, 255, 128, 127, rng.randrange(256)]) for _ in range(rng.randrange(0, 40)))
        out.append(case('frombytes', ['s' + data.hex(), order, str(int(signed))],
                        lambda: enc(int.from_bytes(data, order, signed=signed))))
    return out


def generate(seed, count, only):
    rng = random.Random(seed)
    cases = []
    want = lambda op: not only or op in only
    for op in BINARY:
        if want(op):
            n = count // 2 if op in ('gcd', 'lcm') else count
            cases += gen_binary(rng, op, n)
    for op in UNARY:
        if want(op):
            cases += gen_unary(rng, op, count)
    if want('pow'):
        cases += gen_pow(rng, count)
    if want('powmod'):
        cases += gen_powmod(rng, count // 2)
    for op in ('shl', 'shr'):
        if want(op):
            cases += gen_shift(rng, op, count)
    if want('fromf'):
        cases += gen_fromf(rng, count)
    if want('cmpf'):
        cases += gen_cmpf(rng, count)
    if want('fact') or want('comb') or want('perm'):
        cases += [c for c in gen_math(rng, count) if want(c[0])]
    if want('str') or want('digits'):
        cases += [c for c in gen_text(rng, count) if want(c[0]) or c[0] == 'setmax']
    if want('parse'):
        cases += gen_parse(rng, count * 2)
    if want('tobytes') or want('frombytes'):
        cases += [c for c in gen_bytes(rng, count) if want(c[0])]
    return cases


def main():
    seed = int(sys.argv[1])
    count = int(sys.argv[2])
    only = set(sys.argv[3:])
    for c in generate(seed, count, only):
        print(json.dumps(c))


if __name__ == '__main__':
    main()
