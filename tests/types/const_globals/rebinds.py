# Module constants that something rebinds: none may be folded (types/const-globals.ts).
"""Docstring first: still a constant prefix."""
from __future__ import annotations
import math

A = 1          # rebound through `global` in a function
B = 2          # rebound at module level inside an if
C = 3          # a for target later
D = 4          # deleted through `global`
E = 5          # augmented later
F = -6         # read by a function called before G is bound: stays folded, but G does not
H = "text"     # the only never-rebound ones: folded
N = None
T = True
FL = 2.5


def set_a():
    global A
    A = 10


def del_d():
    global D
    del D


def show():
    try:
        print("G", G)
    except NameError as e:
        print("NameError:", e)


def read_all():
    out = [A, B, C, E, F, H, N, T, FL, math.floor(FL)]
    try:
        out.append(D)
    except NameError as e:
        out.append("NameError: " + str(e))
    return out


print(read_all())
show()
G = 7
show()
set_a()
if len(H) == 4:
    B = 20
for C in range(2):
    pass
del_d()
E += 1
print(read_all())
print(-F, H * 2, N is None, not T, FL * 2)


class K:
    F = 100                 # a class attribute, not the global

    def get(self):
        return F


print(K().get(), K.F)
