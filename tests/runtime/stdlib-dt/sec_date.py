# datetime.date: validation, ordinals, ISO formats and calendars, strftime, arithmetic, errors.
import time
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar(), d.ctime())
print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution, repr(date.max), date.min.toordinal(), date.max.toordinal())
for y, m, dd in [(1, 1, 1), (1, 12, 31), (4, 2, 29), (100, 3, 1), (400, 2, 29), (1600, 12, 31), (1899, 12, 31), (1900, 3, 1),
                 (1970, 1, 1), (2000, 2, 29), (2004, 12, 31), (2019, 12, 30), (2020, 12, 31), (2021, 1, 3), (2026, 11, 27), (9999, 12, 31)]:
    x = date(y, m, dd)
    print(x, x.toordinal(), date.fromordinal(x.toordinal()) == x, x.weekday(), tuple(x.isocalendar()), x.isoformat(), x.ctime(), x.strftime("%j %U %W %V %G %u %w %a %b %y %C"))
for n in [1, 2, 59, 60, 365, 366, 1461, 36524, 36525, 146096, 146097, 146098, 693594, 719163, 730119, 3652059]:
    print(n, date.fromordinal(n))
print(d.isocalendar().year, d.isocalendar().week, d.isocalendar().weekday, d.isocalendar()[1], list(d.isocalendar()), d.isocalendar() == (2024, 9, 4))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2015, 53, 1), date.fromisocalendar(2024, 1, 1), date.fromisocalendar(1, 1, 1), date.fromisocalendar(9999, 52, 5))
for s in ["2024-02-29", "20240229", "2024-W09", "2024-W09-4", "2024W09", "2024W094", "0001-01-01", "9999-12-31",
          "2024-2-29", "2023-02-29", "2024-13-01", "2024/02/29", "", "2024-02-29T", "2024-02-290", "２０２４-02-29", "2024-W54", "2024-W09-8", "2024-W9", "2024W09-4", "2024-W094", "0000-01-01"]:
    show(lambda: date.fromisoformat(s))
show(lambda: date.fromisoformat(20240229))
print(d.replace(day=1), d.replace(year=2025, day=28), d.replace(2023, 3), repr(d.replace()))
show(lambda: d.replace(year=2023))
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %a %A %b %B %h %y %j %%, %D %F %e %T %R %r %x %X %c %n%t|%z|%Z|%k|%l|%P %Ey %Od %Q %"))
print(date(999, 1, 5).strftime("%Y %G %F %C %y"), date(5, 6, 7).strftime("%Y|%c|%x"), format(d, ""), format(d, "%d/%m"), f"{d:%A %d %B %Y}", f"{d}")
show(lambda: d.strftime(5))
show(lambda: format(d, 5))
print(d + timedelta(1), d + timedelta(hours=47), d - timedelta(days=366), timedelta(weeks=2) + d, d - date(2000, 1, 1), date(2000, 1, 1) - d, d - timedelta(hours=1), d - timedelta(hours=-25))
print(type(d - d).__name__, date.max - date.min, date(2024, 3, 1) - date(2024, 2, 28), date(2023, 3, 1) - date(2023, 2, 28))
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: date.min + timedelta(-1))
show(lambda: date.min + timedelta.max)
show(lambda: d + 1)
show(lambda: 1 + d)
show(lambda: d - 1)
show(lambda: d + d)
show(lambda: timedelta(1) - d)
show(lambda: d * 2)
show(lambda: d < 5)
show(lambda: d < datetime(2024, 1, 1))
show(lambda: datetime(2024, 1, 1) > d)
show(lambda: d - datetime(2024, 1, 1))
print(d == date(2024, 2, 29), d != date(2024, 2, 29), d < date(2024, 3, 1), d >= date(2025, 1, 1), d == "2024-02-29", d == datetime(2024, 2, 29), d != datetime(2024, 2, 29), datetime(2024, 2, 29) == d)
print(hash(d) == hash(date(2024, 2, 29)), len({d, date(2024, 2, 29), date(2024, 3, 1)}), sorted([date(2024, 1, 2), date(2023, 5, 6), d]), min(d, date(2020, 1, 1)), bool(date.min))
for args in [(0, 1, 1), (10000, 1, 1), (2024, 0, 1), (2024, 13, 1), (2024, 1, 0), (2024, 1, 32), (2023, 2, 29), (2024, 4, 31), (-1, 1, 1), (2024.0, 1, 1), ("2024", 1, 1), (2 ** 31, 1, 1), (-2 ** 31 - 1, 1, 1), (2024, None, 1), (True, True, True)]:
    show(lambda: date(*args))
show(lambda: date(2024))
show(lambda: date(2024, 1))
show(lambda: date(year=2024, month=2, day=3))
show(lambda: date.fromordinal(0))
show(lambda: date.fromordinal(-5))
show(lambda: date.fromordinal(3652060))
show(lambda: date.fromordinal(1.5))
for args in [(2021, 53, 1), (2020, 0, 1), (2020, 54, 1), (2020, 1, 0), (2020, 1, 8), (0, 1, 1), (10000, 1, 1), (9999, 52, 6), (9999, 53, 1)]:
    show(lambda: date.fromisocalendar(*args))
t = date.today()
print(type(t).__name__, t.year >= 2024, abs(t.toordinal() - date.fromtimestamp(time.time()).toordinal()) <= 1)
print(date.fromtimestamp(0), date.fromtimestamp(86399.99), date.fromtimestamp(-1), date.fromtimestamp(-0.5), date.fromtimestamp(1e9), date.fromtimestamp(253402300799))
show(lambda: date.fromtimestamp(float("nan")))
show(lambda: date.fromtimestamp("0"))
show(lambda: date.fromtimestamp(253402300800))


class D(date):
    def __str__(self):
        return "D!"


x = D(2020, 5, 17)
print(repr(x), str(x), type(x + timedelta(1)).__name__, type(D.fromordinal(5)).__name__, type(D.today()).__name__, type(x.replace(day=1)).__name__, x == date(2020, 5, 17), format(x, ""))
