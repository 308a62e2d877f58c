# sys: the values programs test and print (version_info as CPython's named struct sequence).
import sys

print("== sys")
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info.micro >= 0, sys.version_info.releaselevel, sys.version_info.serial, len(sys.version_info))
print(type(sys.version_info).__name__, sys.version_info == (3, 11, 7, "final", 0) or sys.version_info[:2] == (3, 11))
print(repr(sys.version_info).startswith("sys.version_info(major=3, minor=11, micro="), tuple(sys.version_info)[:2])
major, minor, *_ = sys.version_info
print(major, minor, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform, isinstance(sys.argv, list))
