# datetime.time: fields, reprs, ISO formats, strftime, offsets and comparisons.
from datetime import time, timedelta, timezone, datetime, UTC


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t = time(13, 5, 9, 123456)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 0, 4)), repr(time(fold=1)), time.min, time.max, time.resolution)
print(t.isoformat(), t.isoformat("hours"), t.isoformat(timespec="minutes"), t.isoformat("seconds"), t.isoformat("milliseconds"), time(1).isoformat("microseconds"), str(time(1)))
show(lambda: t.isoformat("x"))
p2 = timezone(timedelta(hours=2), "X")
a = time(1, 30, tzinfo=p2)
print(a, repr(a), a.utcoffset(), a.tzname(), a.dst(), a.strftime("%H:%M %z %Z %p %I %Y-%m-%d %j %a"), t.strftime("%f|%z|%Z|%c"), f"{a:%H}", format(a, ""), bool(time()))
print(t.replace(hour=1), repr(t.replace(tzinfo=UTC)), repr(a.replace(tzinfo=None)), t.replace(microsecond=0))
print(time(1) == time(1), time(1) < time(1, 0, 0, 1), a == time(23, 30, tzinfo=UTC), a == time(23, 30, tzinfo=timezone(timedelta(hours=-2))), time(1) == time(1, tzinfo=UTC), time(1) != time(1, tzinfo=UTC), time(1) == 1, sorted([time(5), time(1, 30), time(1, 2)]))
print(hash(time(1)) == hash(time(1, fold=1)), hash(a) == hash(time(23, 30, tzinfo=timezone(timedelta(hours=-2)))), hash(a), hash(time(0, tzinfo=UTC)))
for s in ["13:05", "13", "1305", "130509", "13:05:09.5", "13:05:09,25", "T13:05", "13:05:09+01:00", "13:05Z", "13:05:09.000001-05:30", "24:00", "13:60", "1:05", "13:05:", "", "T", "13:05+", "13:05:09.1234567"]:
    show(lambda: time.fromisoformat(s))
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 10 ** 6), (-1,), (1.5,), ("1",)]:
    show(lambda: time(*args))
show(lambda: time(fold=2))
show(lambda: time(tzinfo=1))
show(lambda: time(1) < time(1, tzinfo=UTC))
show(lambda: time(1) < 1)
show(lambda: time(1) + timedelta(1))
show(lambda: time(1) - time(1))
show(lambda: t.strftime(1))
print(datetime.combine(datetime(2020, 1, 1).date(), a), a.isoformat(), time(0, tzinfo=timezone(timedelta(seconds=-1))).isoformat())
# Messages the runtime builds name the classes as CPython's C types ('datetime.date').
from datetime import date


class Other:
    pass


for f in [lambda: 1 < timedelta(1), lambda: None >= date(2020, 1, 1), lambda: Other() + timedelta(1), lambda: timedelta(1) - Other(), lambda: date(2020, 1, 1) < Other(),
          lambda: Other() > time(1), lambda: "ab" * timedelta(1), lambda: [1] * date(2020, 1, 1), lambda: date(2020, 1, 1).foo, lambda: timedelta(1).foo, lambda: -date(2020, 1, 1),
          lambda: timedelta(1) ** 2, lambda: date(2020, 1, 1) @ 1, lambda: time(1) + time(1), lambda: UTC < UTC, lambda: {date(2020, 1, 1): 1}[time(1)], lambda: len(date(2020, 1, 1)),
          lambda: date(2020, 1, 1)[0], lambda: iter(timedelta(1)), lambda: int(time(1)), lambda: f"{date(2020, 1, 1):%Y}" + date(2020, 1, 1), lambda: sum([timedelta(1)])]:
    show(f)
print(sum([timedelta(1), timedelta(2)], timedelta()), type(date(2020, 1, 1)), type(timedelta(1)).__name__, date.__name__, date.__qualname__, datetime.__module__ if hasattr(datetime, "__module__") else "")
# copy and deepcopy (dataclasses.asdict deep-copies field values).
import copy
for v in [datetime(2020, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=1), "A")), datetime(2020, 1, 1, fold=1), date(2020, 1, 1), timedelta(5, 6, 7), UTC, timezone(timedelta(hours=-3)), time(1, 2, tzinfo=UTC, fold=1)]:
    c, dc = copy.copy(v), copy.deepcopy(v)
    print(repr(c), repr(dc), c == v, dc == v, type(dc).__name__, getattr(dc, "fold", None))
print(copy.deepcopy(UTC) is UTC, copy.deepcopy([date(2020, 1, 1), {"k": timedelta(1)}]))
