# Methods of object and BaseException called through the class (`Exception.__init__(self, m)`,
# `object.__setattr__(self, k, v)`): the receiver is the first argument (core/natives.zig
# receiverFirst). Also what a None receiver gives, and hash() agreeing with __hash__.


class ParseError(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
        Exception.__init__(self, msg)


class Pair(Exception):
    def __init__(self, a, b):
        BaseException.__init__(self, a, b)

    def __str__(self):
        return 'Pair: ' + Exception.__str__(self)


try:
    raise ParseError('bad escape', '\\q', 0)
except ParseError as e:
    print(type(e).__name__, e, e.args, e.msg, e.pos)
print(repr(ParseError('plain')), str(Pair(1, 2)), repr(Pair(1, 2)), Pair(3, 4).args)
e = Exception('a')
Exception.__init__(e, 'b', 'c')
print(e.args, Exception.__repr__(e), BaseException.__str__(ValueError('v')))
for bad in [lambda: Exception.__str__('x'), lambda: BaseException.__init__(5)]:
    try:
        bad()
    except TypeError as err:
        print('TypeError:', err)


class Frozen:
    def __init__(self, x):
        object.__init__(self)
        object.__setattr__(self, 'x', x)

    def __setattr__(self, name, value):
        raise AttributeError('frozen: ' + name)

    def __repr__(self):
        return 'Frozen(%r) %s' % (self.x, object.__repr__(self)[:17])

    def __eq__(self, other):
        return object.__eq__(self, other)

    def __hash__(self):
        return object.__hash__(self)


f = Frozen(3)
print(f.x, repr(f), f == f, f == Frozen(3), hash(f) == object.__hash__(f) == f.__hash__())
try:
    f.x = 4
except AttributeError as err:
    print('AttributeError:', err)
print(object.__getattribute__(f, 'x'), object.__format__(f, '')[:17], object.__ne__(f, f))
object.__delattr__(f, 'x')
print(hasattr(f, 'x'))
print(None.__repr__(), None.__eq__(None), None.__hash__() == hash(None), None.__format__(''))


def g():
    pass


print(g.__hash__() == hash(g) == object.__hash__(g), len({g, g, f}))
