# @dataclass classes whose __init__ the compiler writes (compiler/resolve/dataclass-init.ts) and
# those it leaves to pylib's generic one: the same objects, errors and messages as CPython.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
import dataclasses
from typing import ClassVar


@dataclass
class P:
    x: int
    y: int = 0
    label: str = "p"


@dataclass(order=True, unsafe_hash=True)
class V:
    a: float
    b: float = 1.5


@dataclass
class Post:
    n: int

    def __post_init__(self):
        self.double = self.n * 2


def late_post(self):
    self.late = True


@dataclass
class PostAssigned:
    n: int
    __post_init__ = late_post


@dataclasses.dataclass(eq=False)
class E:
    q: list


@dataclass
class OwnInit:
    z: int

    def __init__(self, z):
        self.z = z * 10


@dataclass
class Factory:
    items: list = field(default_factory=list)


@dataclass
class Empty:
    pass


@dataclass
class Rebound:
    y: int = 1
    y = 5


@dataclass
class WithClassVar:
    count: ClassVar[int] = 0
    v: int = 3


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.a *= scale


@dataclass(frozen=True)
class Frozen:
    a: int


class Child(P):
    pass


@dataclass
class DataChild(P):
    z: int = 9


def local_class(n):
    @dataclass
    class L:
        k: int = n
    return L


print(P(1), P(1, 2), P(x=3, label="q"), P(1) == P(1, 0), P(1) != P(2))
print(V(1.0) < V(2.0), sorted([V(3.0, 1), V(1.0, 2)]), hash(V(1.0)) == hash(V(1.0)))
print(Post(4), Post(4).double, PostAssigned(1).late)
e = E([1])
print(e == E([1]), e.q)
print(OwnInit(2), Factory(), Factory([1]), Factory().items is not Factory().items)
print(Empty(), Empty() == Empty(), Rebound(), WithClassVar(), WithClassVar.count, WithInitVar(3), WithInitVar(3, 5))
print(Child(7), DataChild(1, 2, "c", 4), local_class(4)(), local_class(5)(6))
print(asdict(P(5)), astuple(V(2.0)), replace(P(1), y=9), [f.name for f in fields(P)])
print(P.__init__.__qualname__, P.__init__.__name__, V.__init__.__qualname__, Frozen.__init__.__qualname__, P.__repr__.__qualname__)
print(P.y, P.label, hasattr(P, 'x'), P.__match_args__)
for cls, args, kw in [(P, (), {}), (P, (1, 2, 3, 4), {}), (P, (1,), {'x': 2}), (P, (1,), {'zz': 2}),
                      (Post, (), {}), (Empty, (1,), {}), (V, (), {'b': 1}), (Frozen, (1, 2), {})]:
    try:
        cls(*args, **kw)
    except TypeError as ex:
        print(type(ex).__name__, ex)
try:
    Frozen(1).a = 2
except dataclasses.FrozenInstanceError as ex:
    print(type(ex).__name__, ex)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    @dataclass
    class Mutable:
        a: list = []
except ValueError as ex:
    print(type(ex).__name__, ex)
match P(1, 2):
    case P(x, y):
        print("match", x, y)
