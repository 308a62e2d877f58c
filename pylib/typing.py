# typing for pyaot: the names of CPython 3.11's typing, for annotations and the runtime uses
# programs make of them. Subscripting a special form or alias gives an alias whose repr is
# CPython's (`typing.Optional[int]`); Generic and Protocol are real classes, so `class
# Box(Generic[T])` works (subscripting them gives the class back); `class P(NamedTuple)` and
# `class M(TypedDict)` are built by `__pyaot_class__` (zig-runtime/core/class.zig), as
# CPython's metaclasses build them. Static checks are not made: pyaot infers types itself.
# Not provided: isinstance() with a Protocol class checks the class nominally, not the
# structure (runtime_checkable is accepted and changes nothing).

from _collections import namedtuple as _namedtuple

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
           'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
           'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
           'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
           'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
           'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
           'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
           'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
           'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
           'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
           'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
           'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
           'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
           'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
           'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack']

TYPE_CHECKING = False


def _type_repr(obj):
    # CPython's typing._type_repr.
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if callable(obj) and hasattr(obj, '__name__') and not hasattr(obj, '__origin__') \
            and not isinstance(obj, (_SpecialForm, TypeVar)):
        return obj.__name__
    return repr(obj)


def _params(params):
    return params if isinstance(params, tuple) else (params,)


def _type_check(arg):
    # CPython's _type_convert: None is NoneType, a string a forward reference.
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _checked(params):
    return tuple(_type_check(p) for p in _params(params))


class _GenericAlias:
    """`List[int]`, `Optional[str]`, `Callable[[int], str]`: origin and arguments."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        name = self._name
        args = self.__args__
        if name == 'Optional':
            return 'typing.Optional[%s]' % _type_repr(args[0])
        if name == 'Callable' and len(args) == 2 and isinstance(args[0], list):
            return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[0]), _type_repr(args[1]))
        head = 'typing.' + name if name else _type_repr(self.__origin__)
        if args == ():
            return head + '[()]'
        return '%s[%s]' % (head, ', '.join(_type_repr(a) for a in args))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, _checked(params), self._name)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, type):
            return origin(*args, **kwargs)
        raise TypeError('Type %s cannot be instantiated; use %s() instead'
                        % (self._name, _type_repr(origin)))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm:
    """Any, Union, Optional, ClassVar, Final, Literal and the other forms."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        name = self._name
        if name in ('Any', 'NoReturn', 'Never', 'Self', 'LiteralString'):
            raise TypeError('%s is not subscriptable' % self)
        if name == 'Union':
            flat = []
            for p in _params(params):
                p = _type_check(p)
                if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional'):
                    members = p.__args__ if p._name == 'Union' else (p.__args__[0], type(None))
                else:
                    members = (p,)
                for m in members:
                    if m not in flat:
                        flat.append(m)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                other = flat[0] if flat[1] is type(None) else flat[1]
                alias = _GenericAlias(Union, (other, type(None)), 'Optional')
                return alias
            return _GenericAlias(Union, tuple(flat), 'Union')
        if name == 'Optional':
            return Union[params, None]
        if name == 'Literal':
            return _GenericAlias(self, _params(params), 'Literal')
        return _GenericAlias(self, _checked(params), name)

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Literal = _SpecialForm('Literal')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Unpack = _SpecialForm('Unpack')


class _Annotated:
    def __repr__(self):
        return 'typing.Annotated'

    def __getitem__(self, params):
        params = _params(params)
        if len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))


Annotated = _Annotated()


class _Alias:
    """The deprecated aliases of builtin and collections.abc classes (`List`, `Iterable`)."""

    def __init__(self, name, origin, nparams):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._name == 'Callable':
            params = _params(params)
            if len(params) == 2 and isinstance(params[0], list):
                return _GenericAlias(self.__origin__, ([_type_check(a) for a in params[0]], _type_check(params[1])), 'Callable')
        return _GenericAlias(self.__origin__, _checked(params), self._name)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, type):
            return origin(*args, **kwargs)
        raise TypeError('Type %s cannot be instantiated; use %s() instead'
                        % (self._name, _type_repr(origin)))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _AbcStandIn:
    # What typing aliases of collections.abc classes stand for (pyaot has no collections.abc).
    pass


def _abc(name):
    return _Alias(name, _AbcStandIn, 1)


List = _Alias('List', list, 1)
Dict = _Alias('Dict', dict, 2)
Set = _Alias('Set', set, 1)
FrozenSet = _Alias('FrozenSet', frozenset, 1)
Tuple = _Alias('Tuple', tuple, -1)
Type = _Alias('Type', type, 1)
Callable = _Alias('Callable', _AbcStandIn, 2)
Text = str
ByteString = _abc('ByteString')
Iterable = _abc('Iterable')
Iterator = _abc('Iterator')
Generator = _abc('Generator')
Reversible = _abc('Reversible')
Container = _abc('Container')
Collection = _abc('Collection')
Hashable = _abc('Hashable')
Sized = _abc('Sized')
Sequence = _abc('Sequence')
MutableSequence = _abc('MutableSequence')
Mapping = _abc('Mapping')
MutableMapping = _abc('MutableMapping')
AbstractSet = _abc('AbstractSet')
MutableSet = _abc('MutableSet')
MappingView = _abc('MappingView')
KeysView = _abc('KeysView')
ItemsView = _abc('ItemsView')
ValuesView = _abc('ValuesView')
Awaitable = _abc('Awaitable')
Coroutine = _abc('Coroutine')
AsyncIterable = _abc('AsyncIterable')
AsyncIterator = _abc('AsyncIterator')
AsyncGenerator = _abc('AsyncGenerator')
ContextManager = _abc('ContextManager')
AsyncContextManager = _abc('AsyncContextManager')
DefaultDict = _abc('DefaultDict')
OrderedDict = _abc('OrderedDict')
Counter = _abc('Counter')
ChainMap = _abc('ChainMap')
Deque = _abc('Deque')
Pattern = _abc('Pattern')
Match = _abc('Match')


class TypeVar:
    """`T = TypeVar('T')`: a name for annotations."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        return '~' + self.__name__


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + '.args'


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + '.kwargs'


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class Generic:
    """Base of generic classes: `class Box(Generic[T])`; `Box[int]` is Box itself here."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base of protocol classes (checked nominally by pyaot, see the module comment)."""
    __slots__ = ()


def runtime_checkable(cls):
    return cls


class SupportsInt(Protocol):
    __slots__ = ()


class SupportsFloat(Protocol):
    __slots__ = ()


class SupportsComplex(Protocol):
    __slots__ = ()


class SupportsBytes(Protocol):
    __slots__ = ()


class SupportsIndex(Protocol):
    __slots__ = ()


class SupportsAbs(Protocol):
    __slots__ = ()


class SupportsRound(Protocol):
    __slots__ = ()


class IO(Generic):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


# ---- NamedTuple and TypedDict ----------------------------------------------------------------

_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = _namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = {n: t for n, t in types}
    return nm_tpl


class _NamedTupleForm:
    """`NamedTuple('P', [('x', int)])`, and the base of `class P(NamedTuple)`."""

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
        return _make_nmtuple(typename, list(fields), '__main__')

    def __repr__(self):
        return '<function NamedTuple>'

    def __pyaot_class__(self, name, bases, ns, module):
        # CPython's NamedTupleMeta.__new__.
        for base in bases:
            if base is not self and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (field_name, 's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        nm_tpl = _make_nmtuple(name, list(types.items()), module,
                               [ns[n] for n in default_names])
        for key in ns:
            if key in _PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


NamedTuple = _NamedTupleForm()


def _typeddict_new(cls, *args, **kwargs):
    return dict(*args, **kwargs)


class _TypedDictForm:
    """`TypedDict('M', {'name': str})`, and the base of `class M(TypedDict)`: calling the class
    gives a plain dict, as in CPython."""

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        return self._make(typename, dict(fields), '__main__', total, ())

    def __repr__(self):
        return '<function TypedDict>'

    def _make(self, name, annotations, module, total, bases):
        required = set()
        optional = set()
        own = {}
        for base in bases:
            own.update(base.__annotations__)
            required |= base.__required_keys__
            optional |= base.__optional_keys__
        own.update(annotations)
        for key in annotations:
            if total:
                required.add(key)
            else:
                optional.add(key)
        ns = {'__new__': _typeddict_new, '__module__': module, '__annotations__': own,
              '__required_keys__': frozenset(required), '__optional_keys__': frozenset(optional),
              '__total__': total}
        return type(name, (dict,), ns)

    def __pyaot_class__(self, name, bases, ns, module, total=True):
        parents = []
        for base in bases:
            if base is self or base is Generic:
                continue
            if not is_typeddict(base):
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
            parents.append(base)
        cls = self._make(name, ns.get('__annotations__', {}), module, total, parents)
        for key in ns:
            if key not in _SPECIAL and key != '__annotations__':
                setattr(cls, key, ns[key])
        return cls


TypedDict = _TypedDictForm()


def is_typeddict(tp):
    return isinstance(tp, type) and '__required_keys__' in tp.__dict__ and '__total__' in tp.__dict__


# ---- functions -------------------------------------------------------------------------------

def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: ' + value)


def reveal_type(obj, /):
    import sys
    print('Runtime type is %r' % (type(obj).__name__,), file=sys.stderr)
    return obj


_overloads = {}


def overload(func):
    _overloads.setdefault(getattr(func, '__qualname__', None), []).append(func)
    return _overload_dummy


def _overload_dummy(*args, **kwds):
    raise NotImplementedError('You should not call an overloaded function. A series of @overload-'
                              'decorated functions outside a stub module should always be '
                              'followed by an implementation that is not @overload-ed.')


def get_overloads(func):
    return list(_overloads.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overloads.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


_NativeGenericAlias = type(list[int])
_NativeUnionType = type(int | None)


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        if tp._name == 'Optional':
            return Union
        return tp.__origin__
    if isinstance(tp, _NativeGenericAlias):
        return tp.__origin__
    if isinstance(tp, _NativeUnionType):
        return _NativeUnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _NativeGenericAlias, _NativeUnionType)):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            for name, value in ann.items():
                hints[name] = type(None) if value is None else value
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    for name, value in ann.items():
        hints[name] = type(None) if value is None else value
    return hints


class NewType:
    """`UserId = NewType('UserId', int)`: calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]
