# The `~~^^` marker lines CPython 3.11 prints under traceback source lines
# (compiler/codegen/carets.ts): `python3 markers.py NAME` ends in the uncaught exception of
# scenario NAME; stderr must be CPython's byte for byte.
import sys


class A:
    def m(self):
        return self.x


def add(a, b):
    return a + b


def div(n):
    return 10 // n


def twice(n):
    return div(n) * 2


def gen():
    yield 1
    yield 1 / 0


def scenario(name):
    xs = [1, 2]
    d = {'a': 1}
    s = 'héllo'
    if name == 'binop':
        add(1, 'a')  # a trailing comment counts as part of the line
    elif name == 'nested_call':
        twice(0)
    elif name == 'subscript':
        value = d['zz'] + 1
    elif name == 'index':
        return xs[5]
    elif name == 'attr':
        print(A().missing)
    elif name == 'method_attr':
        A().m()
    elif name == 'name':
        return undefined_thing + 1
    elif name == 'compare':
        print(1 < 'a')
    elif name == 'paren':
        a, b = 1, 0
        c = (a) / b
    elif name == 'multiline':
        r = add(1,
                'b')
    elif name == 'unary':
        x = -'a'
    elif name == 'builtin':
        n = int('abc')
    elif name == 'assert':
        assert 1 == 2, 'bad'
    elif name == 'for':
        for i in 5:
            pass
    elif name == 'unpack':
        p, q = [1, 2, 3]
    elif name == 'star':
        p, *q, r = [1]
    elif name == 'listcomp':
        return [div(y) for y in range(3) if y < 2]
    elif name == 'comp_iter':
        return [y for y in 5]
    elif name == 'generator':
        list(gen())
    elif name == 'unicode':
        x = s + 1
    elif name == 'pow':
        x = 2 ** 'a'
    elif name == 'aug':
        x = 1
        x += 'a'
    elif name == 'setitem':
        t = (1, 2)
        t[0] = 5
    elif name == 'lambda':
        f = lambda v: v[0]
        print(list(map(f, [[1], []])))
    elif name == 'raise':
        raise ValueError('whole line: no markers')
    elif name == 'chained':
        try:
            d['k']
        except KeyError:
            raise RuntimeError('during handling')


scenario(sys.argv[1])
