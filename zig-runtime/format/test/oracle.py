"""CPython's answers for the format module's test driver (see driver.zig for the protocol).

    python3 oracle.py SEED COUNT [CATEGORY...]

prints one JSON line per case: [driver input line, expected output line], COUNT cases per
category (targeted cases come on top), reproducible for a given SEED. Run with the same
CPython 3.11 the project treats as its oracle.
"""

import json
import math
import random
import struct
import sys
from decimal import Decimal, getcontext

getcontext().prec = 2000


def bits(x):
    return struct.pack('>d', x).hex()


def from_bits(b):
    return struct.unpack('>d', struct.pack('>Q', b))[0]


def hexs(s):
    return s.encode('utf-8', 'surrogatepass').hex()


def run(fn):
    """The driver's result line for calling fn: hex of the text, or '!' + hex of the error."""
    try:
        return fn().encode('utf-8', 'surrogatepass').hex()
    except (ValueError, OverflowError) as e:
        return '!' + f'{type(e).__name__}: {e}'.encode('utf-8', 'surrogatepass').hex()


# ---------------------------------------------------------------- doubles

def interesting_doubles(rng):
    """A mix that exercises every code path: any bit pattern, subnormals, integers, short
    decimals, powers of ten and their neighbours, halfway cases, range edges."""
    kind = rng.randrange(13)
    if kind == 12:
        # Dyadic rationals end in 5: exact decimal ties at some precision.
        return rng.randrange(0, 2**20) / 2**rng.randrange(1, 12) * rng.choice([1, -1])
    if kind == 0:
        x = from_bits(rng.getrandbits(64))
        return x
    if kind == 1:
        return from_bits(rng.getrandbits(52)) * rng.choice([1, -1])  # subnormal
    if kind == 2:
        return float(rng.randrange(-2**64, 2**64)) / rng.choice([1, 1, 2, 4, 8, 1024])
    if kind == 3:
        return round(rng.uniform(-1e6, 1e6), rng.randrange(0, 12))
    if kind == 4:
        x = 10.0 ** rng.randrange(-325, 309)
        for _ in range(rng.randrange(0, 3)):
            x = math.nextafter(x, rng.choice([0.0, math.inf]))
        return x * rng.choice([1, -1])
    if kind == 5:
        # n + 0.5 and friends: exact halves at every scale.
        return (rng.randrange(0, 10**rng.randrange(1, 16)) + 0.5) / 10**rng.randrange(0, 6)
    if kind == 6:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324,
                           2.2250738585072014e-308, 1.7976931348623157e308, 1e16, 1e-4,
                           9999999999999998.0, 1e15, 0.0001, 0.00001, 2.0**53, 2.0**53 + 2.0])
    if kind == 7:
        return float(f'{rng.randrange(1, 10**rng.randrange(1, 18))}e{rng.randrange(-330, 310)}')
    if kind == 8:
        return rng.uniform(-10, 10)
    if kind == 9:
        return math.ldexp(rng.random(), rng.randrange(-1080, 1024))
    if kind == 10:
        return rng.randrange(0, 10**6) / 1000 + 0.0005  # 2.675-style near halves
    return rng.expovariate(1e-3) * rng.choice([1, -1])


def case_repr(rng):
    x = interesting_doubles(rng)
    return [f'repr\t{bits(x)}', run(lambda: repr(x))]


# ---------------------------------------------------------------- format specs

FILLS = [' ', '*', '0', 'x', '\u00e9', '\u20ac', '\U0001F600', '{', '=', '<', '\t']
FLOAT_TYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
INT_TYPES = ['', '', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'G', 'F', 'E']
STR_TYPES = ['', '', 's']
BAD_TYPES = ['d', 's', 'q', 'c', '\u00e9', '\x01', ' ', 'x', 'e', 'b', ',', '_']


def random_spec(rng, types, max_precision=25, precision_rate=0.6):
    spec = ''
    if rng.random() < 0.4:
        if rng.random() < 0.5:
            spec += rng.choice(FILLS)
        spec += rng.choice('<>^=')
    if rng.random() < 0.3:
        spec += rng.choice('+- ')
    if rng.random() < 0.1:
        spec += 'z'
    if rng.random() < 0.2:
        spec += '#'
    if rng.random() < 0.2:
        spec += '0'
    if rng.random() < 0.5:
        spec += str(rng.randrange(0, 40))
    if rng.random() < 0.25:
        spec += rng.choice([',', '_', ',', '_', '_,', ',_'] if rng.random() < 0.05 else [',', '_'])
    if rng.random() < precision_rate:
        p = rng.randrange(0, max_precision)
        if rng.random() < 0.03:
            p = rng.choice([100, 330, 400, 800, 1100])
        spec += '.' + str(p)
    elif rng.random() < 0.02:
        spec += '.'
    spec += rng.choice(types if rng.random() < 0.95 else BAD_TYPES)
    if rng.random() < 0.01:
        spec += rng.choice(['x', 'ab', '\u0663'])
    return spec


def case_format_float(rng):
    x = interesting_doubles(rng)
    spec = random_spec(rng, FLOAT_TYPES)
    return [f'ff\t{bits(x)}\t{hexs(spec)}', run(lambda: format(x, spec))]


def random_int(rng):
    kind = rng.randrange(6)
    if kind == 0:
        return rng.randrange(-1000, 1000)
    if kind == 1:
        return rng.randrange(-2**63, 2**63)
    if kind == 2:
        return rng.randrange(-10**40, 10**40)
    if kind == 3:
        return rng.choice([0, -1, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 0x10FFFF, 0x110000, 65, 10**400])
    if kind == 4:
        return rng.randrange(0, 0x110000)
    return rng.randrange(-2**70, 2**70)


def case_format_int(rng):
    n = random_int(rng)
    # A precision is an error for int types, so it comes only now and then (and with the
    # float types, where it is fine).
    spec = random_spec(rng, INT_TYPES, max_precision=8, precision_rate=0.1)
    return [f'fi\t{n}\t{hexs(spec)}', run(lambda: format(n, spec))]


STR_ALPHABET = 'abcXYZ 019,._-\u00e9\u00df\u20ac\u4e2d\U0001F600\t'


def case_format_str(rng):
    s = ''.join(rng.choice(STR_ALPHABET) for _ in range(rng.randrange(0, 12)))
    spec = random_spec(rng, STR_TYPES, max_precision=14)
    return [f'fs\t{hexs(s)}\t{hexs(spec)}', run(lambda: format(s, spec))]


# ---------------------------------------------------------------- round

def case_round(rng):
    x = interesting_doubles(rng)
    kind = rng.randrange(4)
    if kind == 0:
        nd = rng.randrange(-5, 20)
    elif kind == 1:
        nd = rng.randrange(-320, 330)
    elif kind == 2:
        # Halfway in decimal: k/10**n + 5/10**(n+1), rounded at n digits.
        n = rng.randrange(0, 8)
        x = float(Decimal(rng.randrange(0, 10**6)) / 10**n + Decimal(5) / 10**(n + 1))
        nd = n
    else:
        nd = rng.choice([-400, -309, -308, -307, 322, 323, 324, 10**6, -10**6])
    if rng.random() < 0.1:
        return [f'r0\t{bits(x)}', run(lambda: str(round(x)))] if math.isfinite(x) else case_round(rng)
    return [f'rd\t{bits(x)}\t{nd}', run(lambda: repr(round(x, nd)))]


# ---------------------------------------------------------------- float(str)

def digits_string(rng):
    n = rng.randrange(1, 30) if rng.random() < 0.9 else rng.randrange(30, 900)
    return ''.join(rng.choice('0123456789') for _ in range(n))


def halfway_string(rng):
    """The exact decimal value halfway between two adjacent doubles, maybe nudged."""
    x = abs(interesting_doubles(rng))
    if not math.isfinite(x) or x == 0:
        x = 1.0
    y = math.nextafter(x, math.inf)
    if not math.isfinite(y):
        y = x
    mid = (Decimal(x) + Decimal(y)) / 2
    s = format(mid, 'f') if rng.random() < 0.5 else format(mid, 'e')
    if rng.random() < 0.3:
        s += '0' * rng.randrange(1, 5) + '1'
    return s


def float_text(rng):
    kind = rng.randrange(10)
    if kind == 0:
        return repr(interesting_doubles(rng))
    if kind == 1:
        return halfway_string(rng)
    if kind == 2:
        s = digits_string(rng)
        if rng.random() < 0.7:
            k = rng.randrange(0, len(s) + 1)
            s = s[:k] + '.' + s[k:]
        if rng.random() < 0.5:
            s += rng.choice('eE') + rng.choice(['', '+', '-']) + str(rng.randrange(0, 400))
        return rng.choice(['', '+', '-']) + s
    if kind == 3:
        # Underscores, valid and not.
        s = digits_string(rng)
        out = ''
        for c in s:
            out += c
            if rng.random() < 0.2:
                out += '_' * (1 if rng.random() < 0.9 else 2)
        if rng.random() < 0.3:
            out = '_' + out
        if rng.random() < 0.3:
            out += '.5_0e1_0'
        return out
    if kind == 4:
        return rng.choice(['inf', '-inf', '+Infinity', 'INFINITY', 'nan', '-NaN', '+nAn', 'infinit',
                           'infinityy', 'nan1', 'in f', '-', '+', '', '.', 'e5', '.e5', '1e', '1e+',
                           '0x10', '1\x00', '1 000', '--1', '+-1', '1e+-1', '1_e5', '1e_5', '1_.5',
                           '1._5', '._5', '\x1c1', '5.', '.5', '1.e5', '00000', '-0', '-0.0e-5',
                           '1e400', '-1e400', '1e-400', '4.9e-324', '2.4703282292062328e-324',
                           '2.4703282292062327e-324', '1' + '0' * 400 + 'e-400', '0e99999999999999999'])
    if kind == 5:
        # Whitespace, ASCII and not.
        ws = [' ', '\t', '\n', '\x0b', '\x0c', '\r', '\x85', '\xa0', '\u2003', '\u3000', '\x1c']
        core = repr(interesting_doubles(rng))
        return ''.join(rng.choice(ws) for _ in range(rng.randrange(0, 3))) + core + \
            ''.join(rng.choice(ws) for _ in range(rng.randrange(0, 3)))
    if kind == 6:
        # Non-ASCII decimal digits.
        zeros = [0x660, 0x966, 0xff10, 0x1d7ce, 0x1fbf0]
        s = repr(abs(interesting_doubles(rng)))
        return ''.join(chr(rng.choice(zeros) + int(c)) if c.isdigit() and rng.random() < 0.5 else c for c in s)
    if kind == 7:
        return str(rng.randrange(0, 10**rng.randrange(1, 40))) + 'e' + str(rng.randrange(-400, 400))
    if kind == 8:
        return '0.' + '0' * rng.randrange(0, 400) + digits_string(rng)
    return digits_string(rng) + '0' * rng.randrange(0, 400) + 'e-' + str(rng.randrange(0, 800))


def parse_result(fn):
    try:
        return bits(fn()).encode().hex()
    except ValueError:
        return '!' + b'ValueError'.hex()


def case_parse(rng):
    s = float_text(rng)
    if rng.random() < 0.1 and all(ord(c) < 128 for c in s):
        b = s.encode()
        return [f'pb\t{b.hex()}', parse_result(lambda: float(b))]
    return [f'pf\t{hexs(s)}', parse_result(lambda: float(s))]


# ---------------------------------------------------------------- printf-style

def random_percent(rng):
    flags = ''.join(rng.choice('-+ #0') for _ in range(rng.randrange(0, 3)))
    width = rng.randrange(0, 30) if rng.random() < 0.6 else None
    prec = rng.randrange(0, 25) if rng.random() < 0.5 else None
    fmt = '%' + flags + ('' if width is None else str(width)) + ('' if prec is None else '.' + str(prec))
    wire = '\t'.join([flags.replace(' ', 's') or '.', '-' if width is None else str(width),
                      '-' if prec is None else str(prec)])
    return fmt, wire


def case_percent(rng):
    kind = rng.randrange(3)
    fmt, wire = random_percent(rng)
    if kind == 0:
        conv = rng.choice('diuoxX')
        n = random_int(rng)
        if n == 10**400:
            n = 10**40
        return [f'pi\t{n}\t{wire}\t{conv}', run(lambda: (fmt + conv) % n)]
    if kind == 1:
        conv = rng.choice('eEfFgG')
        x = interesting_doubles(rng)
        return [f'pd\t{bits(x)}\t{wire}\t{conv}', run(lambda: (fmt + conv) % x)]
    s = ''.join(rng.choice(STR_ALPHABET) for _ in range(rng.randrange(0, 10)))
    return [f'ps\t{hexs(s)}\t{wire}\ts', run(lambda: (fmt + 's') % s)]


# ---------------------------------------------------------------- hex

def case_hex(rng):
    if rng.random() < 0.4:
        x = interesting_doubles(rng)
        return [f'hx\t{bits(x)}', run(lambda: x.hex())]
    kind = rng.randrange(3)
    if kind == 0:
        s = interesting_doubles(rng).hex()
    elif kind == 1:
        digits = ''.join(rng.choice('0123456789abcdefABCDEF') for _ in range(rng.randrange(0, 30)))
        k = rng.randrange(0, len(digits) + 1)
        if rng.random() < 0.6:
            digits = digits[:k] + '.' + digits[k:]
        s = rng.choice(['', '0x', '0X', '-0x', '+']) + digits
        if rng.random() < 0.7:
            s += rng.choice('pP') + rng.choice(['', '+', '-']) + str(rng.randrange(0, 1200))
    else:
        s = rng.choice(['inf', '-Infinity', 'nan', ' 0x1p0 ', '0x', '0x.p1', '0x1p', '0x1p-1074',
                        '0x1p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023',
                        '0x1p1024', '0x1p99999999999999999999', '0x1p-99999999999999999999', '1.',
                        '.', '0x1.0000000000000800001p0', '0x1.00000000000008p0', '0x1.00000000000018p0'])
    return [f'fh\t{hexs(s)}', parse_result_hex(s)]


def parse_result_hex(s):
    try:
        return bits(float.fromhex(s)).encode().hex()
    except (ValueError, OverflowError) as e:
        return '!' + f'{type(e).__name__}: {e}'.encode().hex()


# ---------------------------------------------------------------- targeted

TARGETED = [
    ('ff', 0.1, '.20f'), ('ff', 1e22, '.30f'), ('ff', 5e-324, '.1000e'), ('ff', 1.5, 'd'),
    ('ff', 1.5, '1,_'), ('ff', 1.5, 'abc'), ('ff', 1.5, '.'), ('ff', 1.0, '.2147483648f'),
    ('ff', 1.0, '.2147483647e'), ('ff', math.inf, '010'), ('ff', 1e16, '#'), ('ff', 1234.5, '.4'),
    ('ff', 123.0, '.4'), ('ff', -0.0, 'z'), ('ff', -0.001, 'z.1f'), ('ff', 1234567.891, '020,.2f'),
    ('ff', 1234567.891, '_^30,'), ('ff', math.nan, '+'), ('ff', -math.nan, ''), ('ff', 0.5, '.0%'),
    ('ff', 1.0, '99999999999999999999'), ('ff', 12345.678, '\u0661\u0665,.\u0662f'),
    ('fi', 1234, '0=10,'), ('fi', 1234, '>010,'), ('fi', 1234, '08,'), ('fi', 1, '.2'),
    ('fi', 1, 'z'), ('fi', 1, '+c'), ('fi', 1, '#c'), ('fi', 10**30, 'c'), ('fi', -1, 'c'),
    ('fi', 1, ',n'), ('fi', 1, '_c'), ('fi', 1, '\u00e9'), ('fi', 1, '\x01'), ('fi', 1, '\u0663'),
    ('fi', 255, '#_b'), ('fi', -255, '#012_x'), ('fi', 10**400, 'e'), ('fi', 10**400, 'x'),
    ('fi', -2**63, 'c'), ('fi', 2**63, 'c'), ('fi', 65, '0=5c'), ('fi', 0x10FFFF, '^5c'),
    ('fs', 'abc', ' '), ('fs', 'abc', '+'), ('fs', 'abc', 'z'), ('fs', 'abc', '#'), ('fs', 'abc', '='),
    ('fs', 'abc', ','), ('fs', 'abc', 'd'), ('fs', 'a', '05'), ('fs', 'h\u00e9llo', '\U0001F600^9.3'),
]


def targeted_cases():
    out = []
    for op, v, spec in TARGETED:
        if op == 'ff':
            out.append([f'ff\t{bits(v)}\t{hexs(spec)}', run(lambda: format(v, spec))])
        elif op == 'fi':
            out.append([f'fi\t{v}\t{hexs(spec)}', run(lambda: format(v, spec))])
        else:
            out.append([f'fs\t{hexs(v)}\t{hexs(spec)}', run(lambda: format(v, spec))])
    for x, nd in [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (1.5e300, -299), (1.7976931348623157e308, -308),
                  (5e-324, 323), (5e-324, 324), (-0.001, 2), (123.456, -1), (0.5, 0), (1.5, 0)]:
        out.append([f'rd\t{bits(x)}\t{nd}', run(lambda: repr(round(x, nd)))])
    for x in [2.5, 3.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1e300]:
        out.append([f'r0\t{bits(x)}', run(lambda: str(round(x)))])
    # Every binary exponent, with the extreme mantissas and one from the middle.
    for e in range(0, 2047):
        for m in [0, 1, (1 << 52) - 1, 0x8000000000001 * (e % 7 + 1)]:
            x = from_bits((e << 52) | m)
            out.append([f'repr\t{bits(x)}', run(lambda: repr(x))])
    return out


CATEGORIES = {
    'repr': case_repr,
    'format_float': case_format_float,
    'format_int': case_format_int,
    'format_str': case_format_str,
    'round': case_round,
    'parse': case_parse,
    'percent': case_percent,
    'hex': case_hex,
}


def main():
    seed = int(sys.argv[1])
    count = int(sys.argv[2])
    names = sys.argv[3:] or list(CATEGORIES)
    out = sys.stdout
    for name in names:
        rng = random.Random(f'{seed}:{name}')
        for _ in range(count):
            out.write(json.dumps([name] + CATEGORIES[name](rng)) + '\n')
    if not sys.argv[3:]:
        for case in targeted_cases():
            out.write(json.dumps(['targeted'] + case) + '\n')


if __name__ == '__main__':
    main()
