# Uncaught exceptions with notes and exception groups (run with the scenario name as argv[1]):
# the report must be CPython's byte for byte: notes under the message line, groups drawn in
# their `+-+---- 1 ----` frames with `| ` margins, nested groups, chained members, the parts
# split() derives keeping the original traceback, and except* re-raising what is left.
import sys


def fail(i):
    raise ValueError(f"bad {i}")


def collect(n):
    errs = []
    for i in range(n):
        try:
            fail(i)
        except ValueError as e:
            e.add_note(f"while handling item {i}")
            errs.append(e)
    return errs


def notes():
    e = KeyError("k")
    e.add_note("first note")
    e.add_note("second\nnote with two lines")
    raise e


def chained_notes():
    try:
        notes()
    except KeyError as e:
        raise RuntimeError("wrapped") from e


def flat():
    raise ExceptionGroup("flat", [ValueError("a"), TypeError("b")])


def nested():
    inner = ExceptionGroup("inner", [KeyError("k"), ZeroDivisionError("z")])
    raise ExceptionGroup("outer", [ValueError("x"), inner])


def members():
    raise ExceptionGroup("members", collect(3))


def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])


def star():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")


def star_unmatched():
    try:
        members()
    except* TypeError:
        print("not reached")


def group_chain():
    try:
        flat()
    except ExceptionGroup as g:
        g.add_note("group note")
        raise RuntimeError("after group")


def member_chain():
    try:
        1 / 0
    except ZeroDivisionError as e:
        inner = ValueError("caused")
        inner.__cause__ = e
    raise ExceptionGroup("chain", [inner])


scenarios = {
    "notes": notes, "chained_notes": chained_notes, "flat": flat, "nested": nested,
    "members": members, "wide": wide, "star": star, "star_unmatched": star_unmatched,
    "group_chain": group_chain, "member_chain": member_chain,
}
print("scenario", sys.argv[1])
scenarios[sys.argv[1]]()
