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
