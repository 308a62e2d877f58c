# Runs every section (one build for all); each prints its class's behaviour.
print("== timedelta")
import sec_timedelta  # noqa: E402,F401
print("== date")
import sec_date  # noqa: E402,F401
print("== time")
import sec_time  # noqa: E402,F401
print("== datetime")
import sec_datetime  # noqa: E402,F401
