# Shared by the sections: print a call's result, or the exception CPython's code raises.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
