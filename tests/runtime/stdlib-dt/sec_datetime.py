# datetime.datetime, timezone and tzinfo: fields, ISO formats, strftime/strptime, time zones
# with fixed offsets, arithmetic and the naive/aware rules, local time where it is deterministic.
import time
from datetime import date, datetime, time as dtime, timedelta, timezone, tzinfo, UTC


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


dt = datetime(2024, 2, 29, 13, 5, 9, 123456)
print(dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold, dt.weekday(), dt.toordinal())
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), repr(datetime(2024, 1, 1, 0, 0, 0, 5)), repr(datetime(2024, 1, 1, fold=1)), repr(datetime(1, 1, 1, tzinfo=UTC)))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.max), dt.date(), repr(dt.time()), repr(dt.timetz()), dt.ctime(), isinstance(dt, date))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(sep="x", timespec="hours"), dt.isoformat(timespec="minutes"), dt.isoformat(timespec="seconds"), dt.isoformat(timespec="milliseconds"), datetime(2024, 1, 1).isoformat(timespec="microseconds"), datetime(2024, 1, 1).isoformat())
show(lambda: dt.isoformat(timespec="nanoseconds"))
show(lambda: dt.isoformat(sep="ab"))
show(lambda: dt.isoformat(sep=1))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %I %p %j %a %A %b %B %y %c %x %X %U %W %G-%V-%u %z|%Z|"), f"{dt:%H.%M}", format(dt, ""), dt.strftime("%l %k %r %P %T"))
print(datetime(2024, 1, 1, 0).strftime("%I %p %l"), datetime(2024, 1, 1, 12).strftime("%I %p"), datetime(2024, 1, 1, 23).strftime("%I %p %r"))
print(dt.replace(year=2023, day=28), dt.replace(microsecond=0), repr(dt.replace(tzinfo=UTC)), repr(dt.replace(tzinfo=UTC).replace(tzinfo=None)), repr(dt.replace(fold=1)))
print(datetime.combine(date(2020, 1, 2), dtime(3, 4)), repr(datetime.combine(date(2020, 1, 2), dtime(3, 4, tzinfo=UTC))), repr(datetime.combine(dt, dtime(1), timezone(timedelta(hours=1)))), datetime.fromordinal(738000))
show(lambda: datetime.combine(1, dtime()))
show(lambda: datetime.combine(date(2020, 1, 1), 1))
# Time zones with fixed offsets.
p2 = timezone(timedelta(hours=2), "X")
m530 = timezone(-timedelta(hours=5, minutes=30))
odd = timezone(timedelta(hours=1, seconds=7, microseconds=8))
print(repr(UTC), UTC is timezone.utc, repr(p2), repr(m530), str(p2), str(m530), str(odd), UTC, timezone(timedelta(0)) is UTC, repr(timezone(timedelta(0), "Z")), timezone.min, timezone.max, repr(timezone.max))
print(p2.utcoffset(None), p2.dst(None), p2.tzname(None), m530.tzname(dt), p2 == timezone(timedelta(hours=2)), p2 == m530, hash(p2) == hash(timezone(timedelta(hours=2))), UTC.fromutc(datetime(2020, 1, 1, tzinfo=UTC)))
a = datetime(2024, 3, 10, 1, 30, tzinfo=p2)
b = datetime(2024, 3, 9, 18, 0, tzinfo=m530)
print(a, b, a.utcoffset(), b.utcoffset(), a.tzname(), b.tzname(), a.dst(), a - b, b - a, a == b, a < b, a.astimezone(UTC), a.astimezone(m530), b.astimezone(p2), repr(a.astimezone(odd)))
print(a.timestamp(), b.timestamp(), datetime(1970, 1, 1, tzinfo=UTC).timestamp(), datetime(2038, 1, 19, 3, 14, 8, 1, tzinfo=UTC).timestamp(), datetime(1, 1, 1, tzinfo=UTC).timestamp(), datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC).timestamp())
print(a.isoformat(), datetime(2024, 1, 1, tzinfo=odd).isoformat(), datetime(2024, 1, 1, tzinfo=m530).strftime("%z %Z"), datetime(2024, 1, 1, tzinfo=odd).strftime("%z"), a + timedelta(hours=23), repr(a - timedelta(days=1)))
print(hash(a) == hash(a.astimezone(UTC)), hash(datetime(2024, 3, 10, 1, 30, tzinfo=p2)), hash(datetime(2020, 5, 6, tzinfo=UTC)), hash(dt) == hash(dt.replace(fold=1)), len({a, a.astimezone(UTC), b, b.astimezone(UTC)}))
print(datetime.fromtimestamp(0, UTC), datetime.fromtimestamp(1e9 + 0.5, p2), repr(datetime.fromtimestamp(-1.25, m530)), datetime.utcfromtimestamp(1700000000.123456), datetime.utcfromtimestamp(-86400.5))
for t in [0.0000005, 0.0000015, 0.0000025, -0.0000005, 1.9999995, 1e-7, 1234567890.987654321, -1e-6, 1.5e9 + 0.1]:
    print(repr(datetime.utcfromtimestamp(t)), repr(datetime.fromtimestamp(t, UTC)))
show(lambda: datetime.utcfromtimestamp(float("nan")))
show(lambda: datetime.utcfromtimestamp(1e20))
show(lambda: datetime.utcfromtimestamp(253402300800))
show(lambda: datetime.utcfromtimestamp(-62135596801))
show(lambda: datetime.fromtimestamp(0, 5))
for big in [1e17, -1e17, 67767976233532800, 67767976233532799, -67768040609740800, -67768040609740801, 253402300799, -62135596800]:
    show(lambda: datetime.utcfromtimestamp(big))
    show(lambda: datetime.fromtimestamp(big, UTC))
    show(lambda: date.fromtimestamp(big))
# Errors and the naive/aware rules.
for args in [(2024, 1, 1, 24), (2024, 1, 1, 0, 60), (2024, 1, 1, 0, 0, 60), (2024, 1, 1, 0, 0, 0, 1000000), (2024, 1, 1, -1), (2024, 2, 30), (2024, 1, 1, 0, 0, 0, 0, 1), (2024, 1, 1, 1.0)]:
    show(lambda: datetime(*args))
show(lambda: datetime(2024, 1, 1, fold=2))
show(lambda: datetime(2024))
n = datetime(2024, 1, 1)
z = datetime(2024, 1, 1, tzinfo=UTC)
show(lambda: n < z)
show(lambda: n - z)
show(lambda: z - n)
show(lambda: n == z)
show(lambda: n != z)
show(lambda: n + n)
show(lambda: n + 1)
show(lambda: n - 1)
show(lambda: n - date(2024, 1, 1))
show(lambda: date(2024, 1, 1) - n)
show(lambda: n < "x")
show(lambda: n == "x")
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: datetime(1, 1, 1, tzinfo=p2).astimezone(UTC))
show(lambda: datetime.max - datetime.min)
show(lambda: timezone(5))
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(-timedelta(hours=24)))
show(lambda: timezone(timedelta(hours=1), 5))
show(lambda: n.astimezone(5))
show(lambda: datetime(2024, 1, 1, tzinfo=5))
show(lambda: UTC.fromutc(n))
show(lambda: p2.fromutc(z))
show(lambda: tzinfo().utcoffset(None))
show(lambda: tzinfo().tzname(None))
show(lambda: tzinfo().dst(None))
show(lambda: datetime(2020, 1, 1, tzinfo=tzinfo()).utcoffset())
print(n + timedelta(days=1, microseconds=-1), n - timedelta(weeks=1), timedelta(hours=36) + n, z - datetime(2023, 1, 1, tzinfo=p2), n - datetime(2023, 6, 15, 12), type(n - n).__name__)
print(n == datetime(2024, 1, 1, 0, 0), n != n, n < n + timedelta.resolution, z == datetime(2024, 1, 1, 2, tzinfo=p2), z < datetime(2024, 1, 1, 2, tzinfo=p2), sorted([z, datetime(2024, 1, 1, 1, tzinfo=p2), datetime(2023, 12, 31, 20, tzinfo=m530)]))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, d):
        return self.off

    def tzname(self, d):
        return self.name

    def dst(self, d):
        return timedelta(0)

    def __repr__(self):
        return "Fixed(%s)" % self.name


class Bad(tzinfo):
    def __init__(self, v):
        self.v = v

    def utcoffset(self, d):
        return self.v

    def tzname(self, d):
        return self.v


f = Fixed(-90, "F")
c = datetime(2024, 6, 1, 12, tzinfo=f)
print(repr(c), c, c.utcoffset(), c.tzname(), c.dst(), c.astimezone(UTC), repr(datetime(2024, 6, 1, 12, tzinfo=UTC).astimezone(f)), c.strftime("%z %Z"), c == c.astimezone(UTC), c.timestamp())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad(5)).utcoffset())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad(timedelta(hours=24))).utcoffset())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad(timedelta(hours=-30))).isoformat())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad(5)).tzname())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad(None)).utcoffset())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad(timedelta(seconds=1, microseconds=5))).isoformat())
# ISO 8601 parsing (3.11's formats).
for s in ["2024-02-29", "2024-02-29T13:05", "2024-02-29T13", "2024-02-29 13:05:09", "2024-02-29T13:05:09.123", "2024-02-29T13:05:09.123456789",
          "2024-02-29T13:05:09,5", "2024-02-29T130509", "20240229T130509.5Z", "2024-02-29T13:05:09+02:00", "2024-02-29T13:05:09-0530", "2024-02-29T13:05:09+02",
          "2024-02-29T13:05:09+02:00:30.5", "2024-02-29T13:05:09Z", "2024-02-29T13:05:09+00:00", "2024-W09-4T10:00", "2024W094T10", "2024-W09T10:00", "2024W09T10",
          "2024-02-29x13:05", "2024-02-29T24:00", "2024-02-29T13:60", "2024-02-29T", "2024-02-29T1", "2024-02-29T13:5", "2024-02-29T13:05:09.", "2024-02-29T13:05Z+01:00",
          "2024-02-29T13:05+25:00", "2024-02-29T1305:09", "2024-02-29T13:0509", "2024-02-29T13:05:09 ", " 2024-02-29", "2024-02-29T13:05:09+2:00", "20240229", "2024-0229",
          "2024-02-29T13:05:09.1234567+01:00", "2024-02-29T13:05:09+01:00Z", "2024-02-29T13:05:09ZZ", "2024-02-29T13:05:09-00:00", "2024-02-29T13:05:09.123456+23:59:59.999999"]:
    show(lambda: datetime.fromisoformat(s))
show(lambda: datetime.fromisoformat(5))
# strptime.
for s, fmt in [("2024-02-29 13:05:09", "%Y-%m-%d %H:%M:%S"), ("29/02/24", "%d/%m/%y"), ("1/2/69", "%d/%m/%y"), ("1/2/68", "%d/%m/%y"), ("Feb 29 2024", "%b %d %Y"),
               ("thursday, FEBRUARY 29 2024 1:05PM", "%A, %B %d %Y %I:%M%p"), ("12:00 am", "%I:%M %p"), ("12:00 pm", "%I:%M %p"), ("2024 060", "%Y %j"), ("2023 365", "%Y %j"),
               ("5.1234", "%S.%f"), ("2024-02-29T13:05:09+0200", "%Y-%m-%dT%H:%M:%S%z"), ("13:05 -05:30", "%H:%M %z"), ("13:05 Z", "%H:%M %z"), ("13:05 +01:02:03.5", "%H:%M %z"),
               ("  2024   1  ", " %Y %m "), ("100%", "100%%"), ("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024-02-29 extra", "%Y-%m-%d"), ("02-29", "%m-%d"),
               ("2024", "%Y %"), ("2024", "%Q"), ("x", "%"), ("2024-1-5", "%Y-%m-%d"), ("24:00", "%H:%M"), ("Mon 2024", "%a %Y"), ("2023 366", "%Y %j"), ("7", "%H"), ("abc", "abc"),
               ("", ""), ("2024-02-29", "%Y-%m-%d%z"), ("13:05 z", "%H:%M %z"), ("Tue Jun  7 13:05:09 2005", "%c"), ("Thu Feb 29 13:05:09 2024", "%c"), ("02/29/24 13:05:09", "%x %X"), ("2/9/99", "%x"), ("4 2024-02-29", "%u %Y-%m-%d"), ("8", "%u"), ("Wed Mar 17 22:44", "%c"), ("5", "%s"), ("5", "%e"), ("1:5:9", "%H:%M:%S"), ("61", "%S"), ("60", "%S")]:
    show(lambda: datetime.strptime(s, fmt))
show(lambda: datetime.strptime(5, "%Y"))
show(lambda: datetime.strptime("2024", 5))
# Local time: only plausibility (the zone of the machine may vary).
now = datetime.now()
print(type(now).__name__, now.tzinfo, abs(now.timestamp() - time.time()) < 5, abs(datetime.now(UTC).timestamp() - time.time()) < 5, datetime.now(p2).tzinfo is p2)
print(abs((datetime.utcnow() - datetime.now(UTC).replace(tzinfo=None)).total_seconds()) < 5, abs(datetime.today() - now) < timedelta(seconds=5), datetime.fromtimestamp(1e9).timestamp(), datetime.fromtimestamp(1e9 + 0.25).timestamp())
loc = now.astimezone()
print(type(loc.tzinfo).__name__, loc.replace(tzinfo=None) == now, now.astimezone(UTC) == loc, datetime.fromtimestamp(86400 * 365.25).date() == date.fromtimestamp(86400 * 365.25))


class DT(datetime):
    pass


s = DT(2020, 1, 2, 3, 4)
print(repr(s), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, type(DT.now()).__name__, type(DT.fromisoformat("2020-01-02")).__name__, type(DT.strptime("2020", "%Y")).__name__, type(s.replace(hour=1)).__name__, type(s.astimezone(UTC)).__name__)
