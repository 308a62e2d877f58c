"""inspect: the parts pyaot can answer from what its runtime exposes.

Signatures are read from a function's __code__, __defaults__, __kwdefaults__ and
__annotations__, the way CPython's inspect._signature_from_function does; texts are formatted
as CPython 3.11 formats them. Generator states come from the runtime (_inspect), since pyaot
generators have no frame objects. Builtins carry no signature text here, so signature() of a
builtin raises ValueError (CPython answers from __text_signature__).
"""
from _collections import OrderedDict
from _inspect import getgeneratorstate
import sys

__all__ = [
    "Parameter", "Signature", "signature", "getdoc", "cleandoc", "getgeneratorstate",
    "isfunction", "ismethod", "isclass", "ismodule", "isgenerator", "isbuiltin", "isroutine",
    "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED",
]

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"

_CO_VARARGS = 4
_CO_VARKEYWORDS = 8


def isfunction(object):
    return type(object).__name__ == "function"


def ismethod(object):
    return type(object).__name__ == "method"


def isclass(object):
    return isinstance(object, type)


def ismodule(object):
    return type(object).__name__ == "module"


def isgenerator(object):
    return type(object).__name__ == "generator"


def isbuiltin(object):
    return type(object).__name__ == "builtin_function_or_method"


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def cleandoc(doc):
    """Uniformly removes the indentation of a docstring's continuation lines."""
    lines = doc.expandtabs().split("\n")
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind:
    def __init__(self, value, name, description):
        self.value = value
        self.name = name
        self.description = description

    def __str__(self):
        return self.name

    def __repr__(self):
        return "<_ParameterKind." + self.name + ": " + str(self.value) + ">"

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return self.value

    def __lt__(self, other):
        return self.value < other.value


_POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
_VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
_KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
_VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    empty = _empty
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if default is not _empty and (kind is _VAR_POSITIONAL or kind is _VAR_KEYWORD):
            raise ValueError(str(kind.description) + " parameters cannot have default values")
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def __str__(self):
        kind = self._kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = formatted + ": " + formatannotation(self._annotation)
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = formatted + " = " + repr(self._default)
            else:
                formatted = formatted + "=" + repr(self._default)
        if kind is _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind is _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<Parameter "' + str(self) + '">'

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind is other._kind
                and self._default == other._default and self._annotation == other._annotation)


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        params = OrderedDict()
        if parameters is not None:
            for p in parameters:
                params[p.name] = p
        self._parameters = params
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind is _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind is _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind is _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "(" + ", ".join(result) + ")"
        if self._return_annotation is not _empty:
            rendered += " -> " + formatannotation(self._return_annotation)
        return rendered

    def __repr__(self):
        return "<Signature " + str(self) + ">"

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))


def _signature_from_function(func, skip_first):
    code = func.__code__
    pos_count = code.co_argcount
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    arg_names = code.co_varnames
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    non_default_count = pos_count - len(defaults)
    parameters = []
    for i in range(pos_count):
        name = arg_names[i]
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = pos_count + keyword_only_count
    if code.co_flags & _CO_VARARGS:
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for i in range(pos_count, pos_count + keyword_only_count):
        name = arg_names[i]
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & _CO_VARKEYWORDS:
        if code.co_flags & _CO_VARARGS:
            index += 1
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first:
        if not parameters or parameters[0].kind is _VAR_POSITIONAL:
            pass
        elif parameters[0].kind is _KEYWORD_ONLY or parameters[0].kind is _VAR_KEYWORD:
            raise ValueError("invalid method signature")
        else:
            parameters = parameters[1:]
    return Signature(parameters, return_annotation=annotations.get("return", _empty))


def signature(obj):
    """The Signature of a Python function, bound method or class (from its __init__)."""
    if not callable(obj):
        raise TypeError(repr(obj) + " is not a callable object")
    if isfunction(obj):
        return _signature_from_function(obj, False)
    if ismethod(obj):
        return _signature_from_function(obj.__func__, True)
    if isclass(obj):
        init = getattr(obj, "__init__", None)
        if isfunction(init):
            return _signature_from_function(init, True)
        return Signature()
    raise ValueError("no signature found for " + repr(obj))
