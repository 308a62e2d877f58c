# Runs every section (one build for all); each prints its module's behaviour.
print("== dataclasses")
import sec_dataclasses  # noqa: E402,F401
print("== contextlib")
import sec_contextlib  # noqa: E402,F401
print("== abc")
import sec_abc  # noqa: E402,F401
print("== io")
import sec_io  # noqa: E402,F401
print("== string")
import sec_string  # noqa: E402,F401
print("== textwrap")
import sec_textwrap  # noqa: E402,F401
print("== csv")
import sec_csv  # noqa: E402,F401
print("== types")
import sec_types  # noqa: E402,F401
print("== enum")
import sec_enum  # noqa: E402,F401
print("== fractions")
import sec_fractions  # noqa: E402,F401
print("== statistics")
import sec_statistics  # noqa: E402,F401
print("== base64")
import sec_base64  # noqa: E402,F401
print("== struct")
import sec_struct  # noqa: E402,F401
