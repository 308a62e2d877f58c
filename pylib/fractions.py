# fractions: rational numbers with CPython 3.11's semantics (values, reprs, hashes, mixed
# arithmetic with int, float and complex, and the error messages), written for pyaot.
# Not provided: the numbers ABCs (Fraction is not registered as numbers.Rational) and
# Decimal interplay (pyaot has no decimal module).
import math
import re

__all__ = ["Fraction"]

_HASH_MODULUS = 2305843009213693951  # sys.hash_info.modulus (2**61 - 1)
_HASH_INF = 314159  # sys.hash_info.inf

_RATIONAL_FORMAT = re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(_\d+)*)
    (?:
        (?:/(?P<denom>\d+(_\d+)*))?
        |
        (?:\.(?P<decimal>\d*|\d+(_\d+)*))?
        (?:E(?P<exp>[-+]?\d+(_\d+)*))?
    )
    \s*\Z
""", re.VERBOSE | re.IGNORECASE)


def _rational(x):
    """(numerator, denominator) of an int, bool or Fraction; None for anything else."""
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    if isinstance(x, int):
        return int(x), 1
    return None


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            r = _rational(numerator)
            if r is not None:
                self._numerator, self._denominator = r
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                m = _RATIONAL_FORMAT.match(numerator)
                if m is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator = int(m.group("num") or "0")
                denom = m.group("denom")
                if denom:
                    denominator = int(denom)
                else:
                    denominator = 1
                    decimal = m.group("decimal")
                    if decimal:
                        decimal = decimal.replace("_", "")
                        scale = 10 ** len(decimal)
                        numerator = numerator * scale + int(decimal)
                        denominator *= scale
                    exp = m.group("exp")
                    if exp:
                        exp = int(exp)
                        if exp >= 0:
                            numerator *= 10 ** exp
                        else:
                            denominator *= 10 ** -exp
                if m.group("sign") == "-":
                    numerator = -numerator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            rn = _rational(numerator)
            rd = _rational(denominator)
            if rn is None or rd is None:
                raise TypeError("both arguments should be Rational instances")
            numerator = rn[0] * rd[1]
            denominator = rd[0] * rn[1]
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The closer of the two candidates (the lower bound on a tie, as CPython).
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return _make(p1, q1)
        return _make(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def __format__(self, spec):
        if spec:
            raise TypeError("unsupported format string passed to Fraction.__format__")
        return str(self)

    # Arithmetic: Fraction with int or Fraction is exact; with float or complex it is done in
    # that type, as CPython's _operator_fallbacks does.

    def __add__(a, b):
        r = _rational(b)
        if r is not None:
            return Fraction(a._numerator * r[1] + r[0] * a._denominator, a._denominator * r[1])
        if isinstance(b, (float, complex)):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        r = _rational(a)
        if r is not None:
            return Fraction(r[0] * b._denominator + b._numerator * r[1], r[1] * b._denominator)
        if isinstance(a, (float, complex)):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        r = _rational(b)
        if r is not None:
            return Fraction(a._numerator * r[1] - r[0] * a._denominator, a._denominator * r[1])
        if isinstance(b, (float, complex)):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        r = _rational(a)
        if r is not None:
            return Fraction(r[0] * b._denominator - b._numerator * r[1], r[1] * b._denominator)
        if isinstance(a, (float, complex)):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        r = _rational(b)
        if r is not None:
            return Fraction(a._numerator * r[0], a._denominator * r[1])
        if isinstance(b, (float, complex)):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        r = _rational(a)
        if r is not None:
            return Fraction(r[0] * b._numerator, r[1] * b._denominator)
        if isinstance(a, (float, complex)):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        r = _rational(b)
        if r is not None:
            return Fraction(a._numerator * r[1], a._denominator * r[0])
        if isinstance(b, (float, complex)):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        r = _rational(a)
        if r is not None:
            return Fraction(r[0] * b._denominator, r[1] * b._numerator)
        if isinstance(a, (float, complex)):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        r = _rational(b)
        if r is not None:
            return (a._numerator * r[1]) // (a._denominator * r[0])
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        r = _rational(a)
        if r is not None:
            return (r[0] * b._denominator) // (r[1] * b._numerator)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        r = _rational(b)
        if r is not None:
            den = a._denominator * r[1]
            return Fraction((a._numerator * r[1]) % (r[0] * a._denominator), den)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        r = _rational(a)
        if r is not None:
            den = r[1] * b._denominator
            return Fraction((r[0] * b._denominator) % (b._numerator * r[1]), den)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        r = _rational(b)
        if r is not None:
            q, m = divmod(a._numerator * r[1], a._denominator * r[0])
            return q, Fraction(m, a._denominator * r[1])
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        r = _rational(a)
        if r is not None:
            q, m = divmod(r[0] * b._denominator, r[1] * b._numerator)
            return q, Fraction(m, r[1] * b._denominator)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        r = _rational(b)
        if r is not None and r[1] == 1:
            power = r[0]
            if power >= 0:
                return _make(a._numerator ** power, a._denominator ** power)
            if a._numerator > 0:
                return _make(a._denominator ** -power, a._numerator ** -power)
            if a._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
            return _make((-a._denominator) ** -power, (-a._numerator) ** -power)
        if r is not None:
            return float(a) ** (r[0] / r[1])
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        r = _rational(a)
        if r is not None:
            return Fraction(r[0], r[1]) ** b
        if isinstance(a, (float, complex)):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        return _make(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        r = _rational(b)
        if r is not None:
            return a._numerator == r[0] and a._denominator == r[1]
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction(b)
        return NotImplemented

    def _cmp(a, b):
        """-1, 0 or 1 comparing with a rational or finite float; None for NaN; NotImplemented."""
        r = _rational(b)
        if r is None:
            if not isinstance(b, float):
                return NotImplemented
            if math.isnan(b):
                return None
            if math.isinf(b):
                return -1 if b > 0 else 1
            r = b.as_integer_ratio()
        x = a._numerator * r[1]
        y = r[0] * a._denominator
        return (x > y) - (x < y)

    def __lt__(a, b):
        c = a._cmp(b)
        return c if c is NotImplemented else c is not None and c < 0

    def __gt__(a, b):
        c = a._cmp(b)
        return c if c is NotImplemented else c is not None and c > 0

    def __le__(a, b):
        c = a._cmp(b)
        return c if c is NotImplemented else c is not None and c <= 0

    def __ge__(a, b):
        c = a._cmp(b)
        return c if c is NotImplemented else c is not None and c >= 0

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _make(n, d):
    """A Fraction from an already normalized pair."""
    f = object.__new__(Fraction)
    f._numerator = n
    f._denominator = d
    return f
