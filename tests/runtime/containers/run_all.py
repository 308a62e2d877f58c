# Runs every container test module in one program: one native build instead of one per module
# (building the runtime dominates the test's time). Each module prints its own section.
print("== list_tuple")
import list_tuple  # noqa: E402,F401

print("== dict_views")
import dict_views  # noqa: E402,F401

print("== set_methods")
import set_methods  # noqa: E402,F401

print("== set_order")
import set_order  # noqa: E402,F401

print("== set_int_keys")
import set_int_keys  # noqa: E402,F401

print("== set_small_bits")
import set_small_bits  # noqa: E402,F401

print("== bytes_methods")
import bytes_methods  # noqa: E402,F401

print("== compact_bools")
import compact_bools  # noqa: E402,F401

print("== builtin_subclasses")
import builtin_subclasses  # noqa: E402,F401

print("== dict_augassign")
import dict_augassign  # noqa: E402,F401
