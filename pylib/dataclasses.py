# dataclasses for pyaot: CPython 3.11's behaviour and messages, without exec. The generated
# methods are closures over the field list instead of source text compiled at run time, so
# __init__ binds its arguments itself and words its TypeErrors as CPython's signature would.
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata=mappingproxy({self.metadata!r}),'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(a):
    if isinstance(a, str):
        return a.startswith('ClassVar') or a.startswith('typing.ClassVar')
    # As CPython's dataclasses: typing only when the program imported it (so that a dataclass
    # program does not compile typing); ClassVar itself or ClassVar[...].
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return a is typing.ClassVar or (type(a) is typing._GenericAlias and a.__origin__ is typing.ClassVar)


def _is_initvar(a):
    if isinstance(a, str):
        return a.startswith('InitVar') or a.startswith('dataclasses.InitVar')
    return a is InitVar or isinstance(a, InitVar)


def _is_kw_only(a):
    if isinstance(a, str):
        return a == 'KW_ONLY' or a == 'dataclasses.KW_ONLY'
    return a is KW_ONLY


def _get_field(cls, name, a_type, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    # list/dict/set/bytearray listed too: pyaot's builtin types do not expose __hash__ = None.
    if f._field_type is _FIELD and f.default is not MISSING and (
            f.default.__class__.__hash__ is None or isinstance(f.default, (list, dict, set, bytearray))):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f


def _and_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_init(cls, std_fields, kw_fields, post_init, frozen):
    # Bind like `def __init__(self, a, b=1, *, c, d=2)`; then assign, call default factories
    # and __post_init__ with the InitVars, as CPython's generated __init__ does.
    qual = cls.__qualname__ + '.__init__()'
    names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]
    all_fields = std_fields + kw_fields
    n_required = 0
    for f in std_fields:
        if f.default is MISSING and f.default_factory is MISSING:
            n_required += 1

    def __init__(self, *args, **kwargs):
        if len(args) > len(names):
            n = len(names) + 1
            if n_required == len(names):
                raise TypeError(f'{qual} takes {n} positional argument{"" if n == 1 else "s"} but {len(args) + 1} were given')
            raise TypeError(f'{qual} takes from {n_required + 1} to {n} positional arguments but {len(args) + 1} were given')
        values = {}
        i = 0
        for a in args:
            values[names[i]] = a
            i += 1
        for k in kwargs:
            if k in values:
                raise TypeError(f"{qual} got multiple values for argument '{k}'")
            if k not in names and k not in kw_names:
                raise TypeError(f"{qual} got an unexpected keyword argument '{k}'")
            values[k] = kwargs[k]
        missing = [f.name for f in std_fields if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(f'{qual} missing {len(missing)} required positional argument{"" if len(missing) == 1 else "s"}: {_and_list(missing)}')
        missing = [f.name for f in kw_fields if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(f'{qual} missing {len(missing)} required keyword-only argument{"" if len(missing) == 1 else "s"}: {_and_list(missing)}')
        initvars = []
        for f in cls.__dataclass_fields__.values():
            if f._field_type is _FIELD:
                if f.init and f.name in values:
                    v = values[f.name]
                elif f.default_factory is not MISSING:
                    v = f.default_factory()
                elif f.init or f.default is MISSING:
                    if f.default is MISSING:
                        continue
                    v = f.default
                else:
                    v = f.default
                if frozen:
                    # Past the frozen __setattr__, as CPython's generated __init__ does.
                    object.__setattr__(self, f.name, v)
                else:
                    setattr(self, f.name, v)
        if post_init:
            for f in all_fields:
                if f._field_type is _FIELD_INITVAR:
                    initvars.append(values[f.name] if f.name in values else f.default)
            self.__post_init__(*initvars)
    return __init__


def _make_repr(flds):
    # As CPython: the generated __repr__ (named as __create_fn__ names it) wrapped by the
    # recursion guard, the wrapper's __wrapped__ pointing at it; pprint and user code tell a
    # dataclass's own repr by that name.
    def __repr__(self):
        return self.__class__.__qualname__ + '(' + ', '.join(
            [f'{f.name}={getattr(self, f.name)!r}' for f in flds]) + ')'
    __repr__.__qualname__ = '__create_fn__.<locals>.__repr__'
    generated = __repr__

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return generated(self)
        finally:
            _repr_running.discard(key)
    __repr__.__wrapped__ = generated
    return __repr__


_repr_running = set()


def _tuple_of(obj, flds):
    values = []
    for f in flds:
        values.append(getattr(obj, f.name))
    return tuple(values)


def _make_eq(cls, flds):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, flds) == _tuple_of(other, flds)
        return NotImplemented
    return __eq__


def _make_order(cls, flds, op):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, flds) < _tuple_of(other, flds)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, flds) <= _tuple_of(other, flds)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, flds) > _tuple_of(other, flds)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, flds) >= _tuple_of(other, flds)
        return NotImplemented
    if op == '__lt__':
        return __lt__
    if op == '__le__':
        return __le__
    if op == '__gt__':
        return __gt__
    return __ge__


def _make_hash(flds):
    def __hash__(self):
        return hash(_tuple_of(self, flds))
    return __hash__


def _make_frozen(cls, flds):
    names = set([f.name for f in flds])

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    if type(value).__name__ == 'function':
        # As CPython's _set_qualname: `C.__init__`, not where the function was made.
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    flds = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                flds[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            b_frozen = b.__dict__['__dataclass_params__'].frozen
            any_frozen_base = any_frozen_base or b_frozen
            all_frozen_bases = all_frozen_bases and b_frozen

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name in cls_annotations:
        a_type = cls_annotations[name]
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        flds[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name in cls.__dict__:
        value = cls.__dict__[name]
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = flds
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    all_init_fields = [f for f in flds.values() if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    if init:
        seen_default = False
        for f in std_init_fields:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__', _make_init(cls, std_init_fields, kw_init_fields, post_init, frozen))

    field_list = [f for f in flds.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in field_list if f.repr]))
    cmp_fields = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(cls, cmp_fields))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for op in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, op, _make_order(cls, cmp_fields, op)):
                raise TypeError(f'Cannot overwrite attribute {op} in class {cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        setter, deleter = _make_frozen(cls, field_list)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hash_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple([f.name for f in std_init_fields]))
    return cls


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return
    if isinstance(slots, str):
        yield slots
    # Slots may be any iterable, but not an iterator (it would be partly consumed already).
    elif not hasattr(slots, '__next__'):
        yield from slots
    else:
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for field, value in zip(fields(self), state):
        object.__setattr__(self, field.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    # A class's __slots__ cannot change after it is created: make a new class, as CPython does.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        inherited_slots.update(_get_slots(base))
    extra = ('__weakref__',) if weakref_slot else ()
    cls_dict['__slots__'] = tuple(n for n in field_names + extra if n not in inherited_slots)
    for field_name in field_names:
        # The defaults stay available in __dataclass_fields__.
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
              weakref_slot=False):
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
        if weakref_slot and not slots:
            raise TypeError('weakref_slot is True but slots is False')
        if slots:
            cls = _add_slots(cls, frozen, weakref_slot)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in flds.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items()])
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items()])
    return obj


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
