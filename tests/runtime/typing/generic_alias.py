# types.GenericAlias: list[int], dict[str, T], collections.deque[int] as CPython makes them (zig-runtime/builtins/generic_alias.zig).
from typing import TypeVar
import collections
T = TypeVar('T')
a = dict[str, T]
print(a, a.__parameters__, a.__origin__, a.__args__)
print(list[int].__name__, list[int].__mro_entries__((list[int],)), list[...], tuple[()], tuple[int, ...], list[list[int]], dict[str, 'x'])
class L(list[int]):
    pass
print(L.__orig_bases__, L.__bases__, L([1]), isinstance(L(), list))
print(list[int] == list[int], list[int] != list[str], hash(list[int]) == hash(list[int]), list[int] | None, None | list[int], list[int]([1, 2]))
for bad in (lambda: isinstance([], list[int]), lambda: list[int][int], lambda: int[str], lambda: issubclass(list, list[int])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(type(list[int]), type(list[int]).__module__, list[int].__class__, list[int].__module__)
print(collections.deque[int], collections.OrderedDict[str, int], type[int], collections.Counter[str], collections.defaultdict[str, list[int]])
print({list[int]: 1}[list[int]], repr(set[frozenset[int]]))
def f(x: list[int], y: dict[str, tuple[int, ...]] | None = None) -> set[str]:
    return set()
print(f.__annotations__)
class Node:
    pass
print(list[Node], dict[int, Node])
import typing, types, dataclasses
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(int | None), typing.get_args(int | str))
print(types.GenericAlias, types.GenericAlias(list, (int,)) if False else type(list[int]) is types.GenericAlias, types.UnionType)
@dataclasses.dataclass
class D:
    xs: list[int] = dataclasses.field(default_factory=list)
    m: dict[str, float] | None = None
print(D(), dataclasses.fields(D)[0].type, typing.get_type_hints(D))
