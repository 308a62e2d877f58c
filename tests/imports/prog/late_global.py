# Reads globals this module never binds: main.py sets LEVEL on the module at run time, as
# CPython's LOAD_GLOBAL then finds it; UNDEFINED_THING stays a NameError.


def describe():
    return f"level={LEVEL}"


def missing():
    return UNDEFINED_THING
