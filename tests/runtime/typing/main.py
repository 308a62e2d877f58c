# typing (pylib/typing.py) against CPython's: generic and protocol classes, NamedTuple and
# TypedDict in both forms, NewType, aliases and their reprs, get_origin/get_args/get_type_hints,
# dataclasses with ClassVar, and NamedTuple's errors.
from typing import (List, Dict, Optional, Tuple, Union, Callable, Any, Iterator, Iterable, Sequence, Set,
    TypeVar, Generic, Protocol, TypedDict, Literal, Final, ClassVar, cast, overload, NamedTuple,
    get_type_hints, get_origin, get_args, NewType, Annotated, TYPE_CHECKING)
import typing
from dataclasses import dataclass, field
T = TypeVar("T")
K = TypeVar("K", bound=int)
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v
class Movie(TypedDict):
    name: str
    year: int
class Point(NamedTuple):
    x: int
    y: float = 0.5
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
class Greeter(Protocol):
    def greet(self) -> str: ...
class En(Greeter):
    def greet(self) -> str: return "hi"
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
UserId = NewType("UserId", int)
@dataclass
class C:
    a: int
    b: ClassVar[int] = 3
    c: List[int] = field(default_factory=list)
m = Movie(name="x", year=1)
p = Point(3)
print(Box(3).get(), Box[int](4).get(), m, type(m), cast(int, "a"), En().greet())
print(p, p.norm(), p._replace(x=0), Point._fields, Point._field_defaults, isinstance(p, tuple), p[0], Point.__annotations__)
print(Emp("a", 1), UserId(5), C(1), C.b, TYPE_CHECKING)
print(Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool])
print(Literal["a", 1], Annotated[int, "meta"], ClassVar[int], typing.Any, T, K, Box.__mro__, En.__mro__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_type_hints(Movie), get_origin(Optional[int]), get_args(Optional[int]))
print(Optional[List[T]], Union[int, Union[str, float]], List["Point"], Sequence[int], Iterator[str])
print(Union["A", int], Optional["B"], Callable[["X"], int], Dict[str, "Y"], Union[int], Optional[None])
def f(x: Optional[int] = None, *args: int, **kw: str) -> Dict[str, Any]:
    return {"x": x}
print(f.__annotations__, f(1))
class Bad(NamedTuple):
    a: int = 1
    try_b: int = 2
print(Bad())
try:
    class Bad2(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


# PEP 604 unions: `X | Y` of classes, None and unions (zig-runtime/builtins/union_type.zig).
def annotated(x: int | None = None, *rest: str | bytes) -> tuple | None:
    return None


class Holder:
    value: "int | None" = None
    other: dict[str, int] | None = None


print(annotated.__annotations__)
u = int | None
print(repr(u), [u], str(u), u.__args__, type(u).__name__, type(u).__module__)
print(u == (None | int), u != (int | str), hash(u) == hash(None | int), int | int, (int | str) | bytes)
print(int | str | int, (int | str) == (str | int), {int | None: 1}[None | int], None | None if False else 0)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, int | str))
print(Holder | None, Holder.other)
for bad in ("x", 3, [int]):
    try:
        int | bad
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(3, int | list[int])
except TypeError as e:
    print("TypeError:", e)
