# Property reads that attribute sites call directly (zig-runtime/abi/client_attr.zig, mode
# .getter) next to the cases that must take the generic lookup: each must read what CPython reads.
class Base:
    def __init__(self, v):
        self._v = v
        self.__dict__['shadow'] = 'instance'

    @property
    def v(self):
        return self._v * 2

    @property
    def shadow(self):
        return 'property'

    @property
    def failing(self):
        raise AttributeError('failing getter')

    @property
    def with_default(self, extra=1):
        return self._v + extra

    def _w(self):
        return 'written-only'

    w = property(None, _w)


class Child(Base):
    pass


class Override(Base):
    @property
    def v(self):
        return 'override'


class WithGetattr(Base):
    def __getattr__(self, name):
        return 'getattr:' + name


def read(o):
    out = []
    for _ in range(3):  # the first read fills the site, the others hit it
        try:
            out.append(o.v)
        except AttributeError as e:
            out.append('AttributeError: ' + str(e))
    return out


objs = [Base(1), Child(2), Override(3), WithGetattr(4), Base(5)]
for o in objs:
    print(type(o).__name__, read(o), o.shadow, o.with_default)
for o in objs:
    try:
        print(o.failing)
    except AttributeError as e:
        print('AttributeError:', e)
    try:
        print(o.w)
    except AttributeError as e:
        print('AttributeError:', e)
print(Base.v.fget(Base(7)), Base.w.fset is Base._w)

# Rebinding the class attribute: the site must see the new one.
b = Base(10)
seen = []
for i in range(4):
    seen.append(b.v)
    if i == 1:
        Base.v = property(lambda self: 'rebound')
print(seen)
del Base.v
try:
    print(b.v)
except AttributeError as e:
    print('AttributeError:', e)
b.__dict__['v'] = 'now in the dict'
print(b.v)

# A getter that recurses through another property, and one reading a closure.
def make(k):
    class K:
        @property
        def val(self):
            return k + self.other

        @property
        def other(self):
            return k * 10
    return K()
print([make(k).val for k in range(3)])
