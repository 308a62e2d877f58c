# abc for pyaot. CPython does this in ABCMeta; pyaot has no custom metaclasses yet, so ABC
# computes __abstractmethods__ in __init_subclass__ (CPython's _abc_init algorithm) and refuses
# instantiation in __new__ with CPython's message. `metaclass=ABCMeta` is accepted by the
# compiler but does not add these checks: inherit from ABC for them.

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    # Deprecated since 3.3; a function here (classmethod subclasses need more of pyaot).
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if isinstance(value, property):
        # CPython's property.__isabstractmethod__ looks at its accessors.
        for f in (value.fget, value.fset, value.fdel):
            if f is not None and getattr(f, '__isabstractmethod__', False):
                return True
        return False
    return bool(getattr(value, '__isabstractmethod__', False))


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = cls.__dict__[name] if name in cls.__dict__ else _class_attr(cls, name)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


def _class_attr(cls, name):
    # The raw class attribute (not bound), as getattr(cls, name) would find it in CPython for
    # functions; properties must stay properties so their accessors can be inspected.
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


class ABCMeta(type):
    pass


class ABC:
    __slots__ = ()
    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, **kwargs):
        update_abstractmethods(cls)

    def __new__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            s = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {', '.join(names)}")
        return object.__new__(cls)


def get_cache_token():
    return 0
