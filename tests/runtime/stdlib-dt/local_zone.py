# Local time under the TZ the test sets: run by stdlib-dt.test.ts with several fixed-offset
# zones (not a section: the zone is read once per process).
from datetime import date, datetime, timedelta, timezone

print(repr(datetime.fromtimestamp(0)), repr(datetime.fromtimestamp(1e9 + 0.5)), repr(datetime.fromtimestamp(-86400 * 365.25 * 30)), date.fromtimestamp(0), date.fromtimestamp(-1))
for d in [datetime(1970, 1, 1), datetime(2024, 2, 29, 13, 5, 9, 123456), datetime(1, 1, 2), datetime(9999, 12, 30)]:
    print(d.timestamp(), repr(d.astimezone()), repr(d.astimezone(timezone.utc)), d.astimezone().tzname(), d.strftime("%s"))
a = datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(hours=3)))
print(repr(a.astimezone()), a.astimezone().isoformat(), repr(a.astimezone().tzinfo))
now = datetime.now()
print(abs(now.astimezone().timestamp() - now.timestamp()) < 1e-6, now.astimezone().replace(tzinfo=None) == now)
# Around daylight saving time changes (plain local times in zones without them).
for y, mo, d in [(2024, 3, 10), (2024, 3, 31), (2024, 11, 3), (2024, 10, 27), (2024, 4, 7), (2024, 10, 6), (1995, 6, 1), (2040, 3, 25), (2100, 10, 31)]:
    for h in [0, 1, 2, 3]:
        for fold in [0, 1]:
            x = datetime(y, mo, d, h, 30, fold=fold)
            ts = x.timestamp()
            back = datetime.fromtimestamp(ts)
            print(x, fold, ts, repr(back), x.astimezone().isoformat(), x.astimezone().tzname())
for ts in range(1711846800 - 7200, 1711846800 + 7200, 1800):
    print(ts, repr(datetime.fromtimestamp(ts)), datetime.fromtimestamp(ts, timezone.utc).astimezone().isoformat())
for ts in range(1729990800 - 7200, 1729990800 + 7200, 1800):
    print(ts, repr(datetime.fromtimestamp(ts)), datetime.fromtimestamp(ts, timezone.utc).astimezone().isoformat())
