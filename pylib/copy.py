"""copy for pyaot, after CPython 3.11's Lib/copy.py.

Objects are copied by the same rules: the dispatch tables for builtin types, then __copy__ /
__deepcopy__, then the class's __reduce_ex__ / __reduce__, and otherwise what CPython's
object.__reduce_ex__(4) would return (pyaot's objects do not have it): a new object made
with cls.__new__(cls, *__getnewargs__()), its __dict__ (or __getstate__()), and for list and
dict subclasses their items.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward compatibility


class _C:
    def _m(self):
        pass


_MethodType = type(_C()._m)
_FunctionType = type(lambda: None)
_BuiltinType = type(len)

_immutable = {type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range,
              slice, property, _BuiltinType, type(Ellipsis), type(NotImplemented),
              _FunctionType}

_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes,
           str, type, range, _BuiltinType, _FunctionType, property}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _immutable:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)    # Make sure x lives at least as long as d
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _newobj(cls, *args):
    # copyreg.__newobj__
    return cls.__new__(cls, *args)


def _reduce(x, cls):
    # The class's own reduction, else object.__reduce_ex__(4) as CPython computes it.
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(x, 4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None:
        return reductor(x)
    if isinstance(x, _MethodType):
        return getattr, (x.__self__, x.__func__.__name__)
    state = _state(x, cls)
    if isinstance(x, BaseException):
        return cls, x.args, state
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), state
    if isinstance(x, bytearray):
        return cls, (bytes(x),), state
    if cls.__module__ == 'builtins' and cls is not object:
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(x)
    elif isinstance(x, tuple):
        args = ((*x,),)
    else:
        args = ()
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls, *args), state, listitems, dictitems


def _state(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None:
        return getstate(x)
    # object.__getstate__: the instance dict (None when empty), paired with the set __slots__
    # values when the class has any (typeobject.c's object_getstate_default).
    state = getattr(x, '__dict__', None)
    state = dict(state) if state else None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _slotnames(cls):
    # copyreg._slotnames: every class's __slots__ along the MRO, names mangled, without
    # __dict__ and __weakref__.
    names = []
    for c in cls.__mro__:
        if '__slots__' not in c.__dict__:
            continue
        slots = c.__dict__['__slots__']
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
