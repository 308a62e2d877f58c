LIMIT = 1
FACTOR = 2


def read():
    return LIMIT


def twice():
    return FACTOR * LIMIT
