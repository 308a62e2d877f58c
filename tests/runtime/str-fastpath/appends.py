# `s += x` in loops that read `s` nowhere else (compiler/codegen/str-append.ts,
# zig-runtime/core/str_append.zig): the strs made by the loop take the next piece in place.
# Every case checks that no str anyone else can see ever changes.
import sys


def digits(n):
    s = ""
    for i in range(n):
        s += str(i * 7 - 20)
        s += ","
    return s


print(digits(12))
print(len(digits(3000)), digits(3000)[-30:])


def keeps_start(prefix):
    s = prefix
    for i in range(5):
        s += str(i)
    return s


p = "start:"
print(keeps_start(p), p, keeps_start(p))


def big_ints():
    s = ""
    for i in range(4):
        s += str(10 ** (20 + i) + i)
        s += str(-(2 ** 70) - i)
    return s


print(big_ints())


def snapshots():
    # The loop stores `s` nowhere, but the strs it made before the loop are shared.
    s = "a"
    t = s
    out = []
    for i in range(3):
        s = "x" + str(i)
        for j in range(3):
            s += "-"
            s += str(j)
        out.append(s)
    return out, t


print(snapshots())


def unicode_and_empty():
    s = ""
    for piece in ["", "é", "", "日本", "x", ""]:
        s += piece
    return s, len(s)


print(unicode_and_empty())


def hashed():
    # A str used as a key after the loop hashes its whole text.
    s = "k"
    for i in range(4):
        s += str(i)
    d = {s: 1}
    return d.get("k0123"), hash(s) == hash("k0123"), s == "k0123"


print(hashed())


class Radd:
    seen = []

    def __radd__(self, other):
        Radd.seen.append(other)
        return other + "R"


def through_radd():
    s = ""
    for i in range(3):
        s += str(i)
        s += Radd()
        s += "."
    return s, Radd.seen


print(through_radd())


def not_str():
    s = 0
    for i in range(5):
        s += i
    t = []
    for i in range(3):
        t += [i]
    return s, t


print(not_str())


def type_error():
    s = "n"
    try:
        for i in range(5):
            s += str(i)
            if i == 3:
                s += i
    except TypeError as e:
        return s, str(e)


print(type_error())


def raising_str():
    class Bad:
        def __str__(self):
            raise ValueError("no str")

    s = "v"
    try:
        for x in [1, 2, Bad(), 4]:
            s += str(x)
    except ValueError as e:
        return s, str(e)


print(raising_str())


def while_loop(limit):
    s = ""
    n = 0
    while n < limit:
        s += str(n)
        n += 1
    return s


print(while_loop(15))


def break_and_else():
    s = "b"
    for i in range(10):
        s += str(i)
        if i == 4:
            break
    else:
        s += "never"
    t = "e"
    for i in range(3):
        t += str(i)
    else:
        t += "!"
    return s, t


print(break_and_else())


def else_reads():
    # A read in the loop's else block: not append-only (the str it reads must not change).
    s = "s"
    for i in range(3):
        s += str(i)
    else:
        t = s
        s += "!"
    n = 0
    u = "w"
    while n < 2:
        u += "."
        n += 1
    else:
        v = u
        u += "?"
    return s, t, u, v


print(else_reads())


def reset_inside():
    out = []
    s = ""
    for i in range(7):
        s += str(i)
        if i % 3 == 2:
            out.append(len(out))
            s = ""
    return s, out


print(reset_inside())


def read_inside_is_not_optimized():
    s = ""
    seen = []
    for i in range(4):
        s += str(i)
        seen.append(s)
    return seen


print(read_inside_is_not_optimized())


def subclass_values():
    class S(str):
        pass

    s = S("sub")
    for i in range(3):
        s += str(i)
    return s, type(s).__name__


print(subclass_values())


def bools_and_negative_zero():
    s = ""
    for v in [True, False, -0, 0, -1]:
        s += str(v)
    return s


print(bools_and_negative_zero())


def nested_loops():
    s = ""
    for i in range(3):
        for j in range(2):
            s += str(i * j)
        s += ";"
    return s


print(nested_loops())


def too_many_digits():
    s = "x"
    try:
        for i in range(2):
            s += str(10 ** 5000)
    except ValueError as e:
        return s, str(e)[:40]


print(too_many_digits())
sys.stdout.write("done\n")


class L(list):
    pass


class T(tuple):
    pass


def inplace_errors():
    out = []
    for a, b in [("s", 3), ((1,), 3), ([1], 3), ("s", None), (L([1]), 3), (T((1,)), 3)]:
        try:
            a += b
        except TypeError as e:
            out.append(str(e))
    return out


print(inplace_errors())
