# Rebinding module constants by reflection: sys.modules + attribute store, setattr, and the
# mere use of globals() (a write through it is not reflected by pyaot today: not tested here).
import sys

X = 1
Y = 2
Z = 3


def read():
    return X, Y, Z


print(read())
print(sorted(k for k in globals() if len(k) == 1))
sys.modules[__name__].Y = 20
setattr(sys.modules[__name__], "Z", 30)
print(read())
