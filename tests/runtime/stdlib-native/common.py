# Shared by the sections: a deterministic generator (independent of the random module), and a
# helper that prints a call's result or the exception CPython's code raises.
class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return self.state

    def unit(self):
        return self.next() / 18446744073709551616.0

    def below(self, n):
        return self.next() % n


def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
