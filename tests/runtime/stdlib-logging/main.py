# Runs every section (one build for all); each prints logging's behaviour to stdout. Sections
# reset the root logger themselves (basicConfig(force=True) or removing their handlers).
print("== levels")
import sec_levels  # noqa: E402,F401
print("== hierarchy")
import sec_hierarchy  # noqa: E402,F401
print("== formatter")
import sec_formatter  # noqa: E402,F401
print("== basicconfig")
import sec_basicconfig  # noqa: E402,F401
print("== filehandler")
import sec_filehandler  # noqa: E402,F401
print("== exceptions")
import sec_exceptions  # noqa: E402,F401
print("== filters")
import sec_filters  # noqa: E402,F401
print("== adapter")
import sec_adapter  # noqa: E402,F401
