# enum for pyaot: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique with CPython 3.11's
# member semantics, reprs and messages.
#
# CPython builds members in EnumType.__new__; pyaot's metaclasses cannot define __new__, so
# members are built in __init_subclass__ and `Color(1)` goes through Enum.__new__. The class-level
# protocols (iterating, len(), `in`, `Color['RED']`, repr() of the class) are EnumType's methods,
# as in CPython. IntEnum members are not int instances (pyaot cannot subclass int): they compare,
# hash, format and compute as their int value through the methods of _IntLike.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto',
           'unique', 'ReprEnum']

_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


class EnumType(type):
    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        # As CPython's: rebinding a member would leave the class inconsistent.
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        # As CPython's: the class protocols, the members, and a mixed-in type's names.
        # (Enum defines __init_subclass__, so CPython lists it for every enum.)
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        data = _data_type(cls)
        if data is not None:
            names.update(dir(data))
        return sorted(names)

    def __repr__(cls):
        if cls._is_flag_:
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__


EnumMeta = EnumType


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


_function_type = type(lambda: None)


def _is_descriptor(obj):
    if isinstance(obj, (_function_type, classmethod, staticmethod, property)):
        return True
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _noop_init(self, *args, **kwds):
    pass


def _build_members(cls):
    # What EnumType.__new__ does with the class body: every plain attribute becomes a member
    # (or an alias of an earlier member with an equal value).
    names = []
    for name, value in cls.__dict__.items():
        if _is_dunder(name) or _is_sunder(name) or name.startswith('_' + cls.__name__ + '__'):
            continue
        if _is_descriptor(value):
            continue
        names.append(name)
    for base in cls.__mro__[1:]:
        if base.__dict__.get('_member_names_'):
            raise TypeError(f'<enum {cls.__name__!r}> cannot extend <enum {base.__name__!r}>')
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    user_init = cls.__dict__.get('__init__')
    last_values = []
    for name in names:
        value = cls.__dict__[name]
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = cls._generate_next_value_(name, 1, len(last_values), last_values[:])
            value = value.value
        elif isinstance(value, tuple) and len(value) > 0 and isinstance(value[0], auto):
            value = tuple([v.value if isinstance(v, auto) else v for v in value])
        member = _new_member(cls, name, value, user_init)
        last_values.append(member._value_)
        canonical = None
        for m in cls._member_map_.values():
            if m._value_ == member._value_:
                canonical = m
                break
        if canonical is None:
            # A flag's zero and multi-bit members are aliases in 3.11: not iterated or counted.
            if not cls._is_flag_ or not isinstance(member._value_, int) or _is_single_bit(member._value_):
                cls._member_names_.append(name)
            canonical = member
        # Bound before it enters _member_map_, which EnumType.__setattr__ guards.
        setattr(cls, name, canonical)
        cls._member_map_[name] = canonical
        try:
            if member._value_ not in cls._value2member_map_:
                cls._value2member_map_[member._value_] = canonical
        except TypeError:
            pass
    if user_init is not None:
        # Lookups (`Planet(value)`) must not run the members' __init__ again.
        cls.__init__ = _noop_init
    cls.__members__ = dict(cls._member_map_)
    _keep_enum_dunders(cls)
    if cls._is_flag_:
        _build_flag(cls)


def _keep_enum_dunders(cls):
    # As CPython's EnumType.__new__: with a mixed-in builtin first in the MRO
    # (`class S(str, Enum)`), repr(), str() and format() stay Enum's, not the builtin's.
    mixin = _mixin_type(cls)
    if mixin is None:
        return
    enum_base = None
    for base in cls.__mro__[1:]:
        if issubclass(base, Enum):
            enum_base = base
            break
    # Calling the class looks a member up (Enum.__new__), not the builtin's constructor.
    if '__new__' not in cls.__dict__:
        setattr(cls, '__new__', Enum.__new__)
    for name in ('__repr__', '__str__', '__format__'):
        if name in cls.__dict__:
            continue
        for c in cls.__mro__:
            if c is mixin or c is object:
                setattr(cls, name, getattr(enum_base, name))
                break
            if name in c.__dict__:
                break


def _new_member(cls, name, value, user_init):
    args = value if isinstance(value, tuple) else (value,)
    # A mixed-in builtin (`class S(str, Enum)`) makes the member one of its instances, built
    # by its __new__ from the value, as CPython's EnumType does.
    mixin = _mixin_type(cls)
    member = object.__new__(cls) if mixin is None else mixin.__new__(cls, *args)
    member._value_ = value
    member._name_ = name
    member._sort_order_ = len(cls._member_names_)
    if user_init is not None:
        user_init(member, *args)
    return member


def _build_flag(cls):
    flag_mask = 0
    for name in cls._member_map_:
        v = cls._member_map_[name]._value_
        if isinstance(v, int):
            flag_mask |= v
    cls._flag_mask_ = flag_mask
    cls._all_bits_ = 2 ** flag_mask.bit_length() - 1


class Enum(metaclass=EnumType):
    _is_flag_ = False
    _member_names_ = []
    _member_map_ = {}

    def __init_subclass__(cls, **kwds):
        _build_members(cls)

    def __new__(cls, value, *args, **kwds):
        if args or kwds:
            # The functional API: Enum('Name', 'A B C').
            if cls.__dict__.get('_member_names_'):
                raise TypeError(f'<enum {value!r}> cannot extend <enum {cls.__name__!r}>')
            return cls._create_(value, *args, **kwds)
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member')

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        ns = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                ns[name] = value
        elif isinstance(names, dict):
            ns.update(names)
        else:
            for item in names:
                ns[item[0]] = item[1]
        return _make_class(class_name, cls, ns)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def _get_name(self):
        return self._name_

    def _get_value(self):
        return self._value_

    # CPython's enum.property refuses writes with these messages (naming Enum, where it lives).
    def _set_name(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'name'")

    def _del_name(self):
        raise AttributeError("<enum 'Enum'> cannot delete attribute 'name'")

    def _set_value(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'value'")

    def _del_value(self):
        raise AttributeError("<enum 'Enum'> cannot delete attribute 'value'")

    name = property(_get_name, _set_name, _del_name)
    value = property(_get_value, _set_value, _del_value)

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        # As CPython's: public names of the enum's classes that are not members, the member's
        # own public attributes, a few dunders, and a mixed-in type's names.
        data = _data_type(type(self))
        names = set(dir(data)) if data is not None else set()
        members = type(self)._member_map_
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_' and name not in members:
                names.add(name)
        for cls in type(self).__mro__:
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in members:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in members:
                    names.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'} | names)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _data_type(cls):
    # The type an IntEnum / IntFlag / StrEnum mixes in (CPython's _member_type_), or None.
    if issubclass(cls, _IntLike):
        return int
    if issubclass(cls, StrEnum):
        return str
    return _mixin_type(cls)


def _mixin_type(cls):
    # A builtin class among the bases of a user enum (`class S(str, Enum)`), or None.
    for base in cls.__mro__:
        if base is not object and base.__module__ == 'builtins':
            return base
    return None


def _make_class(name, base, ns):
    return type(name, (base,), ns)


class ReprEnum(Enum):
    pass


class _IntLike:
    # int behaviour for IntEnum/IntFlag members, through their value.
    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, _IntLike) else other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._value_ < _ival(other)

    def __le__(self, other):
        return self._value_ <= _ival(other)

    def __gt__(self, other):
        return self._value_ > _ival(other)

    def __ge__(self, other):
        return self._value_ >= _ival(other)

    def __hash__(self):
        return hash(self._value_)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return self._value_ != 0

    def __add__(self, other):
        return self._value_ + _ival(other)

    def __radd__(self, other):
        return _ival(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _ival(other)

    def __rsub__(self, other):
        return _ival(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _ival(other)

    def __rmul__(self, other):
        return _ival(other) * self._value_

    def __floordiv__(self, other):
        return self._value_ // _ival(other)

    def __truediv__(self, other):
        return self._value_ / _ival(other)

    def __mod__(self, other):
        return self._value_ % _ival(other)

    def __pow__(self, other):
        return self._value_ ** _ival(other)

    def __neg__(self):
        return -self._value_

    def __abs__(self):
        return abs(self._value_)

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def _ival(x):
    return x._value_ if isinstance(x, _IntLike) else x


class IntEnum(_IntLike, ReprEnum):
    pass


class StrEnum(ReprEnum):
    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, StrEnum) else other)

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    _is_flag_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        return 2 ** last_value.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        neg = value < 0
        if neg:
            value = value & cls._all_bits_
        if value & ~cls._flag_mask_ and not issubclass(cls, _IntLike):
            raise ValueError(f'{cls.__name__}: invalid value {value!r}\n    given {bin(value)}\n  allowed {bin(cls._flag_mask_)}')
        members = [cls._member_map_[n] for n in cls._member_names_
                   if cls._member_map_[n]._value_ and cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_]
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        names = [m._name_ for m in members if _is_single_bit(m._value_)]
        extra = value & ~cls._flag_mask_
        pseudo._name_ = '|'.join(names) if names else None
        if extra and pseudo._name_ is not None:
            pseudo._name_ = pseudo._name_ + '|' + hex(extra)
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for name in self._member_names_:
            m = self._member_map_[name]
            if m._value_ and _is_single_bit(m._value_) and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (self.__class__.__name__, self._value_)
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not (issubclass(self.__class__, _IntLike) and isinstance(other, int)):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not (issubclass(self.__class__, _IntLike) and isinstance(other, int)):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not (issubclass(self.__class__, _IntLike) and isinstance(other, int)):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


def _is_single_bit(v):
    return v > 0 and v & (v - 1) == 0


class IntFlag(_IntLike, Flag):
    def __contains__(self, other):
        return Flag.__contains__(self, other)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        return Flag.__or__(self, other)

    def __and__(self, other):
        return Flag.__and__(self, other)

    def __xor__(self, other):
        return Flag.__xor__(self, other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return Flag.__invert__(self)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in <enum %r>: %s' % (enumeration.__name__, alias_details))
    return enumeration
