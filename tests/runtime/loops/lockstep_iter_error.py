# iter() of a zip() argument fails: the traceback points at the zip() call, as CPython's.
def f(xs):
    for a, b in zip(xs,
                    5):
        pass
f([1])
