# Runs every section (one build for all); each prints its module's behaviour.
print("== fnmatch")
import sec_fnmatch  # noqa: E402,F401
print("== glob")
import sec_glob  # noqa: E402,F401
print("== getopt")
import sec_getopt  # noqa: E402,F401
print("== queue")
import sec_queue  # noqa: E402,F401
print("== graphlib")
import sec_graphlib  # noqa: E402,F401
print("== pprint")
import sec_pprint  # noqa: E402,F401
print("== shlex")
import sec_shlex  # noqa: E402,F401
print("== calendar")
import sec_calendar  # noqa: E402,F401
print("== html")
import sec_html  # noqa: E402,F401
print("== uuid")
import sec_uuid  # noqa: E402,F401
print("== errno, stat")
import sec_errno_stat  # noqa: E402,F401
print("== shutil")
import sec_shutil  # noqa: E402,F401
print("== difflib")
import sec_difflib  # noqa: E402,F401
