# datetime: dates, times, durations and time zones with CPython 3.11's semantics (values, reprs,
# error messages), written for pyaot from the Python documentation.
#
# Local time (now(), today(), fromtimestamp(), timestamp() of naive datetimes, astimezone())
# follows the C library CPython calls: pyaot's time module has no localtime(), so the zone is
# read here, from TZ (a POSIX string such as "EST5" or "CET-1CEST,M3.5.0,M10.5.0/3", or a zone
# file name such as "Europe/Paris") or /etc/localtime (TZif transitions, then the footer rule),
# with PEP 495's fold in repeated and skipped hours. A TZ glibc would read leniently (a
# malformed string, daylight saving time without rules) raises NotImplementedError.
#
# Not provided: pickling, timetuple()/utctimetuple() (pyaot has no time.struct_time), locales
# other than C, strptime's %U/%W/%Z/%G/%V (NotImplementedError). The classes set
# __pyaot_tp_name__ so that the runtime's messages name them 'datetime.date' etc., as CPython's
# C types are named.
import math
import os
import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_US_PER_DAY = 86400 * 1000000

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_acc = 0
for _n in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_acc)
    _acc += _n
del _acc, _n

_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]


_MISSING = object()


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _ymd_to_ord(y, m, d):
    return _days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


def _ord_to_ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, 146097)  # days in 400 years
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:  # the last day of a leap year closing a 4- or 400-year cycle
        return year - 1, 12, 31
    leap = _is_leap(year)
    month = 1
    while month < 12:
        before_next = _DAYS_BEFORE_MONTH[month + 1] + (month + 1 > 2 and leap)
        if n < before_next:
            break
        month += 1
    return year, month, n - (_DAYS_BEFORE_MONTH[month] + (month > 2 and leap)) + 1


def _tname(x):
    """The type name CPython's messages use: 'datetime.date' for this module's classes."""
    t = type(x)
    if t in _C_TYPES:
        return "datetime." + t.__name__
    return t.__name__


def _as_c_int(v):
    """An argument CPython parses as a C int: ints (and bools) within 32 bits."""
    if not isinstance(v, int):
        if hasattr(type(v), "__index__"):
            v = v.__index__()
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    v = int(v)
    if v > 2147483647:
        raise OverflowError("signed integer is greater than maximum")
    if v < -2147483648:
        raise OverflowError("signed integer is less than minimum")
    return v


def _check_date_fields(year, month, day):
    year = _as_c_int(year)
    month = _as_c_int(month)
    day = _as_c_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _as_c_int(hour)
    minute = _as_c_int(minute)
    second = _as_c_int(second)
    microsecond = _as_c_int(microsecond)
    fold = _as_c_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _with_fold(cls, args, fold):
    """Rebuilds a time or datetime for copy (CPython's reductions carry a byte state instead)."""
    return cls(*args, fold=fold)


def _div_round(a, b):
    """a / b rounded to the nearest int, ties to even (b != 0)."""
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


# ---- timedelta ---------------------------------------------------------------------------------

def _td_from_us(us, cls=None):
    """A timedelta of `us` microseconds; OverflowError beyond the +-999999999 days range."""
    days, rem = divmod(us, _US_PER_DAY)
    seconds, micro = divmod(rem, 1000000)
    if not -999999999 <= days <= 999999999:
        if not -2147483648 <= days <= 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    self = object.__new__(timedelta if cls is None else cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = micro
    self._hashcode = -1
    return self


# Components of the constructor, in the order CPython accumulates them, with their size in us.
_TD_PARTS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", 1000000), ("minutes", 60000000),
             ("hours", 3600000000), ("days", 86400000000), ("weeks", 604800000000))


class timedelta:
    __pyaot_tp_name__ = "datetime.timedelta"  # CPython's name for it in messages
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        values = {"microseconds": microseconds, "milliseconds": milliseconds, "seconds": seconds,
                  "minutes": minutes, "hours": hours, "days": days, "weeks": weeks}
        total = 0
        leftover = 0.0  # the sub-microsecond parts of float arguments, rounded once at the end
        any_float = False
        for name, factor in _TD_PARTS:
            v = values[name]
            if isinstance(v, int):
                total += int(v) * factor
            elif isinstance(v, float):
                any_float = True
                ip = math.trunc(v) if math.isfinite(v) else int(v)  # int() raises CPython's errors
                frac = v - ip
                total += ip * factor
                if frac != 0.0:
                    scaled = frac * factor
                    ip2 = math.trunc(scaled)
                    total += ip2
                    leftover += scaled - ip2
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(v).__name__))
        if any_float and leftover != 0.0:
            whole = round(leftover)  # ties to even; CPython breaks ties by the parity of the total
            if abs(whole - leftover) == 0.5:
                odd = total % 2
                whole = 2 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _td_from_us(total, cls)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_tname(self), ", ".join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        if isinstance(other, date):
            return NotImplemented  # date.__radd__
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._to_us())

    def __pos__(self):
        return _td_from_us(self._to_us())

    def __abs__(self):
        return _td_from_us(abs(self._to_us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * int(other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_div_round(self._to_us() * a, b))
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_div_round(self._to_us(), int(other)))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_div_round(b * self._to_us(), a))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(self._to_us() // int(other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _td_from_us(self._to_us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), d)
            return q, _td_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented


timedelta.min = _td_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)
_TD_ZERO = _td_from_us(0)
_TD_DAY = _td_from_us(_US_PER_DAY)


# ---- tzinfo and timezone ----------------------------------------------------------------------

class tzinfo:
    __pyaot_tp_name__ = "datetime.tzinfo"  # CPython's name for it in messages

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        d = dt.dst()
        if d is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - d
        if delta:
            dt = dt + delta
            d = dt.dst()
            if d is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + d


def _check_offset(name, offset):
    """utcoffset()/dst() results: None or a timedelta strictly within one day."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -_TD_DAY < offset < _TD_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _call_offset(tz, name, dt):
    if tz is None:
        return None
    if name == "utcoffset":
        return _check_offset(name, tz.utcoffset(dt))
    return _check_offset(name, tz.dst(dt))


def _call_tzname(tz, dt):
    if tz is None:
        return None
    n = tz.tzname(dt)
    if n is not None and not isinstance(n, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(n).__name__)
    return n


def _format_offset(off, sep):
    """'+HH:MM[:SS[.ffffff]]' (sep ':') or '+HHMM[SS[.ffffff]]' (sep '') for a timedelta."""
    if off is None:
        return ""
    us = off._to_us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    secs, micro = divmod(us, 1000000)
    mm, ss = divmod(secs, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or micro:
        s += "%s%02d" % (sep, ss)
        if micro:
            s += ".%06d" % micro
    return s


class timezone(tzinfo):
    __pyaot_tp_name__ = "datetime.timezone"  # CPython's name for it in messages
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        if not -_TD_DAY < offset < _TD_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s" % type(dt).__name__)

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s" % type(dt).__name__)

    def tzname(self, dt):
        if not (dt is None or isinstance(dt, datetime)):
            raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s" % type(dt).__name__)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tname(self), self._offset)
        return "%s(%r, %r)" % (_tname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __reduce__(self):
        if self._name is None:
            return (type(self), (self._offset,))
        return (type(self), (self._offset, self._name))

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


_UTC = None
_UTC = timezone(_TD_ZERO)
timezone.utc = _UTC
timezone.min = timezone(-_td_from_us((23 * 60 + 59) * 60000000))
timezone.max = timezone(_td_from_us((23 * 60 + 59) * 60000000))
UTC = _UTC


# ---- the local time zone -------------------------------------------------------------------------
# CPython asks the C library (localtime, mktime); pyaot reads the same data: TZ (a POSIX rule
# string or a zone file name) or /etc/localtime, a TZif file (RFC 8536): its transitions, then
# the POSIX rule in its footer for later times, as glibc does.

class _PosixRule:
    """A POSIX TZ string: 'STDoff[DST[off][,start[/time],end[/time]]]'."""

    def __init__(self, std_off, std_name, dst_off, dst_name, start, end):
        self.std_off = std_off  # seconds east of UTC
        self.std_name = std_name
        self.dst_off = dst_off
        self.dst_name = dst_name
        self.start = start  # (kind, a, b, c, seconds after local midnight) or None
        self.end = end

    def offset(self, u):
        if self.dst_name is None:
            return self.std_off, self.std_name
        y = _ord_to_ymd_any((u + self.std_off) // 86400 + _EPOCH_ORDINAL)[0]
        start = _rule_local_seconds(self.start, y) - self.std_off
        end = _rule_local_seconds(self.end, y) - self.dst_off
        if start < end:
            dst = start <= u < end
        else:  # southern hemisphere: daylight saving time spans the new year
            dst = not (end <= u < start)
        if dst:
            return self.dst_off, self.dst_name
        return self.std_off, self.std_name


def _rule_local_seconds(rule, y):
    """Local seconds since the epoch at which a POSIX transition rule fires in year y."""
    kind, a, b, c, secs = rule
    if kind == "M":  # day c (0 = Sunday) of week b (5 = last) of month a
        first = _ymd_to_ord(y, a, 1)
        day = 1 + (c - first % 7) % 7 + (b - 1) * 7
        dim = _days_in_month(y, a)
        while day > dim:
            day -= 7
        ordinal = first + day - 1
    elif kind == "J":  # day a in 1..365, February 29th never counted
        ordinal = _ymd_to_ord(y, 1, 1) + a - 1 + (a >= 60 and _is_leap(y))
    else:  # day a in 0..365, counting February 29th
        ordinal = _ymd_to_ord(y, 1, 1) + a
    return (ordinal - _EPOCH_ORDINAL) * 86400 + secs


class _PosixParser:
    def __init__(self, s):
        self.s = s
        self.i = 0

    def name(self):
        s, i = self.s, self.i
        if i < len(s) and s[i] == "<":
            j = s.find(">", i)
            if j < 0:
                return None
            self.i = j + 1
            return s[i + 1:j]
        j = i
        while j < len(s) and s[j].isalpha():
            j += 1
        if j - i < 3:
            return None
        self.i = j
        return s[i:j]

    def hms(self, signed):
        """[+-]hh[:mm[:ss]] in seconds, or None."""
        s = self.s
        sign = 1
        if signed and self.i < len(s) and s[self.i] in "+-":
            sign = -1 if s[self.i] == "-" else 1
            self.i += 1
        total = 0
        for k in range(3):
            j = self.i
            while j < len(s) and s[j].isdigit() and j - self.i < 3:
                j += 1
            if j == self.i:
                return None
            total += int(s[self.i:j]) * (3600, 60, 1)[k]
            self.i = j
            if k == 2 or self.i >= len(s) or s[self.i] != ":":
                break
            self.i += 1
        return sign * total

    def rule(self):
        s = self.s
        if self.i >= len(s) or s[self.i] != ",":
            return None
        self.i += 1
        if self.i < len(s) and s[self.i] == "M":
            self.i += 1
            parts = []
            for k in range(3):
                j = self.i
                while j < len(s) and s[j].isdigit():
                    j += 1
                if j == self.i:
                    return None
                parts.append(int(s[self.i:j]))
                self.i = j
                if k < 2:
                    if self.i >= len(s) or s[self.i] != ".":
                        return None
                    self.i += 1
            if not (1 <= parts[0] <= 12 and 1 <= parts[1] <= 5 and 0 <= parts[2] <= 6):
                return None
            kind, a, b, c = "M", parts[0], parts[1], parts[2]
        else:
            kind = "n"
            if self.i < len(s) and s[self.i] == "J":
                kind = "J"
                self.i += 1
            j = self.i
            while j < len(s) and s[j].isdigit():
                j += 1
            if j == self.i:
                return None
            a, b, c = int(s[self.i:j]), 0, 0
            self.i = j
        secs = 7200
        if self.i < len(s) and s[self.i] == "/":
            self.i += 1
            secs = self.hms(True)
            if secs is None:
                return None
        return kind, a, b, c, secs


def _parse_posix_tz(spec):
    """A _PosixRule for a POSIX TZ string; None if malformed or if it names daylight saving
    time without rules (glibc would then read a 'posixrules' file)."""
    p = _PosixParser(spec)
    std_name = p.name()
    if std_name is None:
        return None
    if p.i == len(spec):
        return _PosixRule(0, std_name, 0, None, None, None)  # glibc reads a bare name as UTC
    std = p.hms(True)
    if std is None:
        return None
    if p.i == len(spec):
        return _PosixRule(-std, std_name, 0, None, None, None)
    dst_name = p.name()
    if dst_name is None:
        return None
    dst = std - 3600
    if p.i < len(spec) and spec[p.i] != ",":
        dst = p.hms(True)
        if dst is None:
            return None
    start = p.rule()
    end = p.rule() if start is not None else None
    if start is None or end is None or p.i != len(spec):
        return None
    return _PosixRule(-std, std_name, -dst, dst_name, start, end)


class _TzifZone:
    """A zone file's transitions (UTC seconds), their local time types, and its footer rule."""

    def __init__(self, trans, idx, types, footer):
        self.trans = trans
        self.idx = idx
        self.types = types  # (utc offset, is dst, abbreviation)
        self.footer = footer

    def offset(self, u):
        trans = self.trans
        if not trans or u < trans[0]:
            if not trans and self.footer is not None:
                return self.footer.offset(u)
            for t in self.types:  # glibc: the first standard-time type
                if not t[1]:
                    return t[0], t[2]
            return self.types[0][0], self.types[0][2]
        if u >= trans[-1] and self.footer is not None:
            return self.footer.offset(u)
        lo, hi = 0, len(trans)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if trans[mid] <= u:
                lo = mid
            else:
                hi = mid
        t = self.types[self.idx[lo]]
        return t[0], t[2]


def _be_int(b, i, n):
    v = 0
    for k in range(n):
        v = v * 256 + b[i + k]
    if v >= 1 << (8 * n - 1):
        v -= 1 << (8 * n)
    return v


def _read_tzif(path):
    """A _TzifZone of a TZif file; None if it is not one."""
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 44 or data[:4] != b"TZif":
        return None
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = [_be_int(data, 20 + 4 * k, 4) for k in range(6)]
    tsize = 4
    base = 44
    if data[4] != 0:  # version 2+: skip the 32-bit block, read the 64-bit one
        base += timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt
        if len(data) < base + 44 or data[base:base + 4] != b"TZif":
            return None
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = [_be_int(data, base + 20 + 4 * k, 4) for k in range(6)]
        base += 44
        tsize = 8
    if leapcnt or typecnt == 0:
        return None  # leap-second ("right/") zones are not supported
    trans = [_be_int(data, base + tsize * k, tsize) for k in range(timecnt)]
    at = base + tsize * timecnt
    idx = [data[at + k] for k in range(timecnt)]
    at += timecnt
    chars_at = at + 6 * typecnt
    types = []
    for k in range(typecnt):
        off = _be_int(data, at + 6 * k, 4)
        isdst = data[at + 6 * k + 4]
        a = chars_at + data[at + 6 * k + 5]
        e = a
        while e < len(data) and data[e] != 0:
            e += 1
        types.append((off, isdst, data[a:e].decode("ascii")))
    footer = None
    if tsize == 8:
        end = chars_at + charcnt + leapcnt * 12 + isstdcnt + isutcnt
        text = data[end:].decode("ascii")
        if text.startswith("\n"):
            line = text[1:].split("\n")[0]
            if line:
                footer = _parse_posix_tz(line)
                if footer is None:
                    return None
    return _TzifZone(trans, idx, types, footer)


_local_zone_cache = []


def _local_zone():
    """The local time zone: an object whose offset(u) gives (utc offset, abbreviation) at UTC
    second u since the epoch."""
    if _local_zone_cache:
        return _local_zone_cache[0]
    tz = os.environ.get("TZ")
    zone = None
    if tz is None or tz == "":
        path = "/etc/localtime"
        if tz is None and os.path.exists(path):
            zone = _read_tzif(path)
        else:
            zone = _PosixRule(0, "UTC", 0, None, None, None)
    else:
        spec = tz[1:] if tz.startswith(":") else tz
        path = spec if spec.startswith("/") else "/usr/share/zoneinfo/" + spec
        if spec and os.path.isfile(path):
            zone = _read_tzif(path)
        else:
            zone = _parse_posix_tz(spec)
    if zone is None:
        raise NotImplementedError("datetime: pyaot cannot read the local time zone (TZ=%r); "
                                  "use an aware datetime instead" % (tz,))
    _local_zone_cache.append(zone)
    return zone


def _local_offset(u):
    """(utc offset in seconds, zone name) of the local time zone at UTC second u since the epoch."""
    return _local_zone().offset(u)


def _local_wall(u):
    """Local wall-clock seconds since the epoch at UTC second u (CPython's local())."""
    return u + _local_offset(u)[0]


def _local_to_utc(t, fold):
    """UTC seconds of local wall-clock seconds t: fold picks the earlier (0) or later (1) of two
    candidates in a repeated hour; a time in a skipped hour takes the offset before the jump
    (fold 0) or after it (fold 1), as PEP 495 specifies."""
    a = _local_wall(t) - t
    u1 = t - a
    t1 = _local_wall(u1)
    if t1 == t:
        u2 = u1 + 86400 if fold else u1 - 86400
        b = _local_wall(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    if _local_wall(u2) == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _local_fold(u):
    """1 when UTC second u falls in the second pass of a repeated local hour."""
    wall = _local_wall(u)
    transition = wall - _local_wall(u - 86400) - 86400
    if transition < 0 and _local_wall(u + transition) == wall:
        return 1
    return 0


def _local_timezone_at(u):
    off, name = _local_offset(u)
    return timezone(timedelta(seconds=off), name)


def _check_timestamp(t):
    if isinstance(t, float):
        if math.isnan(t):
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.223372036854776e18 <= t < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
    elif isinstance(t, int):
        if not -(1 << 63) <= t < (1 << 63):
            raise OverflowError("timestamp out of range for platform time_t")
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)


def _split_timestamp(t):
    """(seconds, microseconds) of a timestamp, rounded half to even to the microsecond."""
    _check_timestamp(t)
    if isinstance(t, int):
        return int(t), 0
    ip = math.floor(t) if t >= 0 else math.ceil(t)
    frac = round((t - ip) * 1e6)
    secs = int(ip)
    us = int(frac)
    if us >= 1000000:
        us -= 1000000
        secs += 1
    elif us < 0:
        us += 1000000
        secs -= 1
    return secs, us


def _fields_from_seconds(secs):
    """(year, month, day, hour, minute, second) of seconds since 0001-01-01 00:00 (day 1)."""
    days, rem = divmod(secs, 86400)
    y, m, d = _ord_to_ymd_any(days + 1)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _ord_to_ymd_any(ordinal):
    """Like _ord_to_ymd, also for ordinals outside 1..MAX, only to report the year in errors."""
    if 1 <= ordinal <= _MAXORDINAL:
        return _ord_to_ymd(ordinal)
    shift = (ordinal - 1) // 146097  # whole 400-year cycles keep the calendar identical
    y, m, d = _ord_to_ymd(ordinal - shift * 146097)
    return y + shift * 400, m, d


def _check_year_range(y):
    """CPython's errors for a converted timestamp: glibc's gmtime/localtime fail when the year
    does not fit struct tm (an int counting from 1900), then datetime checks its own range."""
    if not -2147483648 <= y - 1900 <= 2147483647:
        raise OSError(75, "Value too large for defined data type")
    if not MINYEAR <= y <= MAXYEAR:
        if y > 2147483647:
            y -= 1 << 32  # CPython adds 1900 to tm_year in a C int, which wraps
        raise ValueError("year %d is out of range" % y)


def _datetime_from_epoch(cls, secs, us, offset, tz, fold=0):
    y, m, d, hh, mm, ss = _fields_from_seconds(secs + offset + _EPOCH_ORDINAL * 86400 - 86400)
    _check_year_range(y)
    return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)


def _local_from_epoch(cls, secs, us):
    """The naive local datetime at UTC second secs (fold 1 in the second pass of an hour)."""
    return _datetime_from_epoch(cls, secs, us, _local_offset(secs)[0], None, _local_fold(secs))


# ---- date --------------------------------------------------------------------------------------

class IsoCalendarDate(tuple):
    __pyaot_tp_name__ = "datetime.IsoCalendarDate"  # CPython's name for it in messages

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (self[0], self[1], self[2])


def _iso_week1_monday(year):
    jan4 = _days_before_year(year) + 4
    return jan4 - (jan4 + 6) % 7


class date:
    __pyaot_tp_name__ = "datetime.date"  # CPython's name for it in messages
    __slots__ = ("_year", "_month", "_day", "_hashcode")


    def __new__(cls, year, month=_MISSING, day=_MISSING):
        if month is _MISSING or day is _MISSING:
            raise TypeError("function missing required argument '%s' (pos %d)" % (
                "month" if month is _MISSING else "day", 2 if month is _MISSING else 3))
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        _check_timestamp(t)
        secs = math.floor(t)
        off = _local_offset(secs)[0]
        y, m, d, _h, _mi, _s = _fields_from_seconds(secs + off + (_EPOCH_ORDINAL - 1) * 86400)
        _check_year_range(y)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _as_c_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord_to_ymd_any(n)[0])
        y, m, d = _ord_to_ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = _parse_iso_date(s) if len(s) in (7, 8, 10) else None
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % s)
        return cls(*r)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        n = self.toordinal()
        w1 = _iso_week1_monday(year)
        if n < w1:
            year -= 1
            w1 = _iso_week1_monday(year)
        else:
            nxt = _iso_week1_monday(year + 1)
            if n >= nxt:
                year += 1
                w1 = nxt
        week, day = divmod(n - w1, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tname(self), self._year, self._month, self._day)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month][:3],
                                          self._day, self._year)

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s" % type(fmt).__name__)
        if fmt == "":
            return str(self)
        return self.strftime(fmt)

    def _dkey(self):
        return (self._year, self._month, self._day)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._dkey())
        return self._hashcode

    def _cmp_ok(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return NotImplemented if not isinstance(self, datetime) else False
        if isinstance(other, date):
            return self._dkey() == other._dkey()
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, op):
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_tname(other), _tname(self)))
        if isinstance(other, date):
            a, b = self._dkey(), other._dkey()
            return a < b if op == "<" else a <= b if op == "<=" else a > b if op == ">" else a >= b
        return NotImplemented

    def __lt__(self, other):
        return self._order(other, "<")

    def __le__(self, other):
        return self._order(other, "<=")

    def __gt__(self, other):
        return self._order(other, ">")

    def __ge__(self, other):
        return self._order(other, ">=")

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            return type(self)(*_ord_to_ymd(n))
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() - other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            return type(self)(*_ord_to_ymd(n))
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_from_us((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = _TD_DAY


def _from_iso_calendar(year, week, day):
    year = _as_c_int(year)
    week = _as_c_int(week)
    day = _as_c_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            jan1_wd = (_days_before_year(year) + 1 + 6) % 7
            ok = jan1_wd == 3 or (jan1_wd == 2 and _is_leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    # The constructor rejects a week date that falls outside year 1..9999.
    return _ord_to_ymd_any(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _digits(s, i, n):
    """int of s[i:i+n] if it is n ASCII digits, else None."""
    part = s[i:i + n]
    if len(part) != n:
        return None
    for c in part:
        if not "0" <= c <= "9":
            return None
    return int(part)


def _parse_iso_date(s):
    """(y, m, d) of 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]', 'YYYYWww[D]'; None if malformed."""
    year = _digits(s, 0, 4)
    if year is None:
        return None
    n = len(s)
    ext = n > 4 and s[4] == "-"
    i = 5 if ext else 4
    if i < n and s[i] == "W":
        week = _digits(s, i + 1, 2)
        if week is None:
            return None
        i += 3
        day = 1
        if i < n:
            if ext:
                if s[i] != "-":
                    return None
                i += 1
            day = _digits(s, i, 1)
            if day is None:
                return None
            i += 1
        if i != n or year == 0:
            return None
        try:
            return _from_iso_calendar(year, week, day)
        except ValueError:
            return None
    month = _digits(s, i, 2)
    if month is None:
        return None
    i += 2
    if ext:
        if i >= n or s[i] != "-":
            return None
        i += 1
    day = _digits(s, i, 2)
    if day is None or i + 2 != n:
        return None
    return year, month, day


# ---- strftime ----------------------------------------------------------------------------------

def _strftime(fmt, y, mo, d, hh, mi, ss, us, offset, tzname):
    """C-locale strftime (glibc's directives) with CPython's %f, %z and %Z."""
    out = []
    i = 0
    n = len(fmt)
    ordinal = _ymd_to_ord(y, mo, d)
    wday = ordinal % 7  # 0 is Sunday
    yday = ordinal - _days_before_year(y)  # 1-based
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        i += 1
        c = fmt[i]
        i += 1
        if c in "EO" and i < n and fmt[i] in "cCxXyYdeHImMSuUVwWy":
            c = fmt[i]  # the C locale ignores the alternative-representation modifiers
            i += 1
        if c == "%":
            out.append("%")
        elif c == "Y":
            out.append(str(y))
        elif c == "y":
            out.append("%02d" % (y % 100))
        elif c == "C":
            out.append(str(y // 100))  # glibc pads %C like %Y: not below year 1000
        elif c == "m":
            out.append("%02d" % mo)
        elif c == "d":
            out.append("%02d" % d)
        elif c == "e":
            out.append("%2d" % d)
        elif c == "H":
            out.append("%02d" % hh)
        elif c == "k":
            out.append("%2d" % hh)
        elif c == "I":
            out.append("%02d" % ((hh + 11) % 12 + 1))
        elif c == "l":
            out.append("%2d" % ((hh + 11) % 12 + 1))
        elif c == "M":
            out.append("%02d" % mi)
        elif c == "S":
            out.append("%02d" % ss)
        elif c == "f":
            out.append("%06d" % us)
        elif c == "p":
            out.append("AM" if hh < 12 else "PM")
        elif c == "P":
            out.append("am" if hh < 12 else "pm")
        elif c == "j":
            out.append("%03d" % yday)
        elif c == "a":
            out.append(_DAY_NAMES[(wday + 6) % 7][:3])
        elif c == "A":
            out.append(_DAY_NAMES[(wday + 6) % 7])
        elif c in "bh":
            out.append(_MONTH_NAMES[mo][:3])
        elif c == "B":
            out.append(_MONTH_NAMES[mo])
        elif c == "w":
            out.append(str(wday))
        elif c == "u":
            out.append(str(wday or 7))
        elif c == "U":
            out.append("%02d" % ((yday - 1 + 7 - wday) // 7))
        elif c == "W":
            out.append("%02d" % ((yday - 1 + 7 - (wday + 6) % 7) // 7))
        elif c in "GgV":
            iy, iw, _ = date(y, mo, d).isocalendar()
            if c == "G":
                out.append(str(iy))
            elif c == "g":
                out.append("%02d" % (iy % 100))
            else:
                out.append("%02d" % iw)
        elif c == "D" or c == "x":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif c == "F":
            out.append("%d-%02d-%02d" % (y, mo, d))  # glibc: %+4Y-%m-%d
        elif c == "T" or c == "X":
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif c == "R":
            out.append("%02d:%02d" % (hh, mi))
        elif c == "r":
            out.append("%02d:%02d:%02d %s" % ((hh + 11) % 12 + 1, mi, ss, "AM" if hh < 12 else "PM"))
        elif c == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAY_NAMES[(wday + 6) % 7][:3], _MONTH_NAMES[mo][:3],
                                                      d, hh, mi, ss, y))
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "z":
            out.append(_format_offset(offset, ""))
        elif c == "Z":
            out.append(tzname or "")
        elif c == "s":
            wall = (ordinal - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mi * 60 + ss
            u = _local_to_utc(wall, 0)
            if u != _local_to_utc(wall, 1):  # mktime's choice in a repeated or skipped hour
                raise NotImplementedError("strftime('%s') of a local time in a repeated or skipped hour")
            out.append(str(u))
        else:
            out.append("%" + c)  # glibc copies unknown directives
    return "".join(out)


# ---- ISO 8601 times ----------------------------------------------------------------------------

def _parse_hms(s):
    """(h, m, s, us) of 'HH[:MM[:SS[.f+]]]' or 'HH[MM[SS[.f+]]]'; None if malformed."""
    n = len(s)
    vals = [0, 0, 0]
    i = 0
    has_sep = None
    for k in range(3):
        v = _digits(s, i, 2)
        if v is None:
            return None
        vals[k] = v
        i += 2
        if i == n:
            return vals[0], vals[1], vals[2], 0
        c = s[i]
        if k == 2:
            break
        if has_sep is None:
            has_sep = c == ":"
        if has_sep:
            if c != ":":
                return None
            i += 1
    if s[i] not in ".," or vals is None:
        return None
    i += 1
    j = i
    while j < n and "0" <= s[j] <= "9":
        j += 1
    if j == i or j != n:
        return None
    frac = s[i:min(j, i + 6)]
    us = int(frac) * 10 ** (6 - len(frac))
    return vals[0], vals[1], vals[2], us


def _parse_iso_time(s):
    """(h, m, s, us, tz) of an ISO 8601 time with optional offset or 'Z'; None if malformed."""
    k = 0
    while k < len(s) and s[k] not in "+-Z":
        k += 1
    hms = _parse_hms(s[:k])
    if hms is None:
        return None
    h, m, sec, us = hms  # out-of-range fields fail in the constructor, as in CPython
    tz = None
    if k < len(s):
        if s[k] == "Z":
            if k + 1 != len(s):
                return None
            tz = _UTC
        else:
            off = _parse_hms(s[k + 1:])
            if off is None:
                return None
            oh, om, osec, ous = off
            sign = -1 if s[k] == "-" else 1
            tz = timezone(sign * timedelta(hours=oh, minutes=om, seconds=osec, microseconds=ous))
    return h, m, sec, us, tz


# ---- time --------------------------------------------------------------------------------------

class time:
    __pyaot_tp_name__ = "datetime.time"  # CPython's name for it in messages
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")


    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = s[1:] if s.startswith("T") else s
        r = _parse_iso_time(t) if t else None
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % s)
        return cls(r[0], r[1], r[2], r[3], r[4])

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", None)

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def __reduce__(self):
        return (_with_fold, (type(self), (self._hour, self._minute, self._second, self._microsecond,
                                          self._tzinfo), self._fold))

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_tname(self), s)

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                         self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s" % type(fmt).__name__)
        if fmt == "":
            return str(self)
        return self.strftime(fmt)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, op):
        """self - other in microseconds, adjusted for offsets; None when == must be False."""
        if self._tzinfo is other._tzinfo:
            return self._us() - other._us()
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            if op in ("==", "!="):
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = a._to_us() if a is not None else 0
        b = b._to_us() if b is not None else 0
        return (self._us() - a) - (other._us() - b)

    def __eq__(self, other):
        if isinstance(other, time):
            c = self._cmp(other, "==")
            return c == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            c = self._cmp(other, "!=")
            return c != 0
        return NotImplemented

    def _order(self, other, op):
        if isinstance(other, time):
            c = self._cmp(other, op)
            return c < 0 if op == "<" else c <= 0 if op == "<=" else c > 0 if op == ">" else c >= 0
        return NotImplemented

    def __lt__(self, other):
        return self._order(other, "<")

    def __le__(self, other):
        return self._order(other, "<=")

    def __gt__(self, other):
        return self._order(other, ">")

    def __ge__(self, other):
        return self._order(other, ">=")

    def __hash__(self):
        if self._hashcode == -1:
            off = (self.replace(fold=0) if self._fold else self).utcoffset()
            if off is None:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash(_td_from_us(self._us()) - off)
        return self._hashcode

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta.resolution


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


# ---- datetime ----------------------------------------------------------------------------------

_EPOCH_US = (_EPOCH_ORDINAL - 1) * _US_PER_DAY  # microseconds from 0001-01-01 to 1970-01-01


class datetime(date):
    __pyaot_tp_name__ = "datetime.datetime"  # CPython's name for it in messages
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if month is _MISSING or day is _MISSING:
            raise TypeError("function missing required argument '%s' (pos %d)" % (
                "month" if month is _MISSING else "day", 2 if month is _MISSING else 3))
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # -- construction --

    @classmethod
    def _from_us(cls, us, tz, fold=0):
        """The datetime `us` microseconds after 0001-01-01 00:00 (OverflowError outside the range)."""
        days, rem = divmod(us, _US_PER_DAY)
        if not 0 <= days < _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord_to_ymd(days + 1)
        secs, micro = divmod(rem, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return cls(y, m, d, hh, mm, ss, micro, tz, fold=fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        secs, us = _split_timestamp(t)
        if tz is None:
            return _local_from_epoch(cls, secs, us)
        r = _datetime_from_epoch(cls, secs, us, 0, tz)
        return tz.fromutc(r)

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = _split_timestamp(t)
        return _datetime_from_epoch(cls, secs, us, 0, None)

    @classmethod
    def now(cls, tz=None):
        ns = _time.time_ns()
        secs, rest = divmod(ns, 10 ** 9)
        _check_tzinfo(tz)
        if tz is None:
            return _local_from_epoch(cls, secs, rest // 1000)
        return tz.fromutc(_datetime_from_epoch(cls, secs, rest // 1000, 0, tz))

    @classmethod
    def utcnow(cls):
        ns = _time.time_ns()
        secs, rest = divmod(ns, 10 ** 9)
        return _datetime_from_epoch(cls, secs, rest // 1000, 0, None)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute, time_.second,
                   time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = _parse_iso_datetime(s)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % s)
        return cls(*r)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @classmethod
    def strptime(cls, s, fmt):
        return cls(*_strptime(s, fmt))

    # -- parts and conversions --

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", self)

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def _us(self):
        """Microseconds since 0001-01-01 00:00 of the wall-clock fields."""
        return (self.toordinal() - 1) * _US_PER_DAY + \
            ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _wall_seconds(self):
        """Seconds since the epoch of the wall-clock fields read as UTC."""
        return (self._us() - self._microsecond - _EPOCH_US) // 1000000

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return _local_to_utc(self._wall_seconds(), self._fold) + self._microsecond / 1e6
        return (self._us() - off._to_us() - _EPOCH_US) / 10 ** 6

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)
        off = self.utcoffset()
        if off is None:  # naive: local time
            off = timedelta(seconds=_local_offset(_local_to_utc(self._wall_seconds(), self._fold))[0])
        elif self._tzinfo is tz:
            return self
        utc_us = self._us() - off._to_us()
        if tz is None:
            tz = _local_timezone_at((utc_us - _EPOCH_US) // 1000000)
        return tz.fromutc(type(self)._from_us(utc_us, tz))

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % type(sep).__name__)
        return "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def __reduce__(self):
        return (_with_fold, (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                                          self._second, self._microsecond, self._tzinfo), self._fold))

    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day, self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_tname(self), s)

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month][:3],
                                                self._day, self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.utcoffset(), self.tzname())

    def timetuple(self):
        raise NotImplementedError("datetime.timetuple() is not supported by pyaot (no time.struct_time)")

    def utctimetuple(self):
        raise NotImplementedError("datetime.utctimetuple() is not supported by pyaot (no time.struct_time)")

    # -- comparisons and arithmetic --

    def _cmp(self, other, op):
        """self - other in microseconds; None when == must be False (naive vs aware)."""
        if self._tzinfo is other._tzinfo:
            return self._us() - other._us()
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            if op in ("==", "!="):
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = a._to_us() if a is not None else 0
        b = b._to_us() if b is not None else 0
        return (self._us() - a) - (other._us() - b)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, "==") == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, "!=") != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def _order(self, other, op):
        if isinstance(other, datetime):
            c = self._cmp(other, op)
            return c < 0 if op == "<" else c <= 0 if op == "<=" else c > 0 if op == ">" else c >= 0
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            # The two readings of a repeated hour hash alike: use the offset of fold=0.
            off = (self.replace(fold=0) if self._fold else self).utcoffset()
            if off is None:
                self._hashcode = hash((self._year, self._month, self._day, self._hour, self._minute,
                                       self._second, self._microsecond))
            else:
                # CPython hashes timedelta(days=ordinal, seconds=..., microseconds=...) - offset
                self._hashcode = hash(_td_from_us(self._us() + _US_PER_DAY) - off)
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us() + other._to_us(), self._tzinfo)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(-other)
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return _td_from_us(self._us() - other._us())
            a = self.utcoffset()
            b = other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            a = a._to_us() if a is not None else 0
            b = b._to_us() if b is not None else 0
            return _td_from_us((self._us() - a) - (other._us() - b))
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta.resolution

_C_TYPES = (timedelta, date, datetime, time, timezone, tzinfo)


def _parse_iso_datetime(s):
    """Fields of datetime.fromisoformat (3.11): an ISO date, then optionally one separator
    character and an ISO time; None if malformed."""
    n = len(s)
    if n < 7:
        return None
    if n > 4 and s[4] == "-":
        if n > 5 and s[5] == "W":
            dlen = 10 if n >= 10 and s[8] == "-" else 8
        else:
            dlen = 10
    else:
        if n > 4 and s[4] == "W":
            dlen = 8 if n >= 8 and "0" <= s[7] <= "9" else 7
        else:
            dlen = 8
    ymd = _parse_iso_date(s[:dlen]) if dlen <= n else None
    if ymd is None:
        return None
    if dlen == n:
        return ymd[0], ymd[1], ymd[2], 0, 0, 0, 0, None
    rest = s[dlen + 1:]
    t = _parse_iso_time(rest) if rest else None
    if t is None:
        return None
    return ymd[0], ymd[1], ymd[2], t[0], t[1], t[2], t[3], t[4]


# ---- strptime ----------------------------------------------------------------------------------

def _names_re(names):
    return "(" + "|".join(sorted(names, key=len, reverse=True)) + ")"


# Each directive's pattern (C locale); the whole format is matched case-insensitively.
_STRP = {
    "d": r"(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"([0-9]{1,6})",
    "H": r"(2[0-3]|[0-1]\d|\d)",
    "I": r"(1[0-2]|0[1-9]|[1-9])",
    "j": r"(36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(1[0-2]|0[1-9]|[1-9])",
    "M": r"([0-5]\d|\d)",
    "S": r"(6[0-1]|[0-5]\d|\d)",
    "w": r"([0-6])",
    "u": r"([1-7])",
    "y": r"(\d\d)",
    "Y": r"(\d\d\d\d)",
    "z": r"([+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z))",
    "a": _names_re([n[:3] for n in _DAY_NAMES]),
    "A": _names_re(_DAY_NAMES),
    "b": _names_re([n[:3] for n in _MONTH_NAMES[1:]]),
    "B": _names_re(_MONTH_NAMES[1:]),
    "p": "(am|pm)",
}
_STRP_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_strp_cache = {}


def _strp_regex(fmt):
    """(compiled regex, directive letters in group order) of a strptime format."""
    import re
    hit = _strp_cache.get(fmt)
    if hit is not None:
        return hit
    parts = []
    letters = []
    f = fmt  # grows as composite directives expand; messages quote the original
    i = 0
    n = len(f)
    while i < n:
        c = f[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = f[i + 1]
            i += 2
            if d == "%":
                parts.append("%")
            elif d in _STRP:
                parts.append(_STRP[d])
                letters.append(d)
            elif d in _STRP_COMPOSITE:  # the C locale's forms, expanded like CPython's _strptime
                f = f[:i] + _STRP_COMPOSITE[d] + f[i:]
                n = len(f)
            elif d in "UWZGV":
                raise NotImplementedError("datetime.strptime: the %%%s directive is not supported by pyaot" % d)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c.isspace():
            while i < n and f[i].isspace():
                i += 1
            parts.append(r"\s+")
        else:
            parts.append(re.escape(c))
            i += 1
    hit = (re.compile("".join(parts), re.IGNORECASE), letters)
    _strp_cache[fmt] = hit
    return hit


def _strptime(s, fmt):
    """datetime fields (y, m, d, H, M, S, us, tz) parsed from s by a strptime format."""
    if not isinstance(s, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(s).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    rx, letters = _strp_regex(fmt)
    m = rx.match(s)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (s, fmt))
    if m.end() != len(s):
        raise ValueError("unconverted data remains: %s" % s[m.end():])
    year = None
    month = day = 1
    hour = minute = second = us = 0
    hour12 = None
    ampm = None
    yday = None
    weekday = None
    tz = None
    for k in range(len(letters)):
        d = letters[k]
        v = m.group(k + 1)
        if d == "Y":
            year = int(v)
        elif d == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif d == "m":
            month = int(v)
        elif d == "B":
            month = [x.lower() for x in _MONTH_NAMES].index(v.lower())
        elif d == "b":
            month = [x[:3].lower() for x in _MONTH_NAMES].index(v.lower())
        elif d == "d":
            day = int(v)
        elif d == "H":
            hour = int(v)
            hour12 = None
        elif d == "I":
            hour12 = int(v)
        elif d == "p":
            ampm = v.lower()
        elif d == "M":
            minute = int(v)
        elif d == "S":
            second = int(v)
        elif d == "f":
            us = int(v + "0" * (6 - len(v)))
        elif d == "j":
            yday = int(v)
        elif d == "a":
            weekday = [x[:3].lower() for x in _DAY_NAMES].index(v.lower())
        elif d == "A":
            weekday = [x.lower() for x in _DAY_NAMES].index(v.lower())
        elif d == "w":
            weekday = (int(v) + 6) % 7
        elif d == "u":
            weekday = int(v) - 1
        elif d == "z":
            if v == "Z":
                tz = _UTC
            else:
                tz = _strp_offset(v, s)
    if hour12 is not None:
        hour = hour12 % 12
        if ampm == "pm":
            hour += 12
    elif ampm is not None and "I" in letters:
        pass
    if year is None:
        year = 1900
    if yday is not None:  # day 366 of a common year is January 1st of the next, as in CPython
        year, month, day = _ord_to_ymd_any(_days_before_year(year) + yday)
    return year, month, day, hour, minute, second, us, tz


def _strp_offset(v, s):
    sign = -1 if v[0] == "-" else 1
    body = v[1:]
    if ":" in body:
        if len(body) > 5 and body[5] != ":":
            raise ValueError("Inconsistent use of : in %s" % v)
        body = body.replace(":", "")
    hh = int(body[0:2])
    mm = int(body[2:4])
    ss = int(body[4:6]) if len(body) >= 6 else 0
    frac = body[7:] if len(body) > 7 else ""
    us = int(frac + "0" * (6 - len(frac))) if frac else 0
    return timezone(sign * timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us))
