# Traceback frames of uncaught exceptions (run with the scenario number as argv[1]): an
# exception caught in a function keeps that function's frame (the line that raised it), a bare
# `raise`, an unmatched except, a finally and a `with` pass it on without adding a frame, and
# `raise err` adds one; chained exceptions print both tracebacks.
import sys
def a():
    try:
        1 / 0
    except KeyError:
        pass
def b():
    try:
        a()
    except ZeroDivisionError:
        raise
def c():
    try:
        b()
    finally:
        print("cleanup")
def d():
    with open(__file__) as f:
        c()
def e():
    try:
        d()
    except ZeroDivisionError as ex:
        tb = ex.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print("tb frames:", lines)
        raise ValueError("wrapped") from ex
def f():
    try:
        {}["k"]
    except KeyError:
        undefined_name
def g():
    try:
        raise RuntimeError("first")
    except RuntimeError as err:
        raise err
try:
    g()
except RuntimeError:
    pass
from contextlib import contextmanager
@contextmanager
def managed():
    yield
    print("not reached")
def h():
    # The exception passes through the generator (throw()) and contextlib puts its traceback
    # back as it was: no contextlib or generator frames in the report.
    with managed():
        raise LookupError("in with")
which = sys.argv[1]
if which == "1": e()
if which == "2": f()
if which == "3": g()
if which == "4":
    with open(__file__) as fh:
        try:
            d()
        except KeyError:
            pass
if which == "5": h()
