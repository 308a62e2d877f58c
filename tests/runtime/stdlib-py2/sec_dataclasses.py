# dataclasses: generated methods, field options, helpers, frozen, InitVar, errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, FrozenInstanceError, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)


@dataclass
class Box:
    items: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    scale: InitVar[int] = 1
    total: int = field(init=False, default=0)

    def __post_init__(self, scale):
        self.total = len(self.items) * scale


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str


print(Point(1, 2), Point(3), Point(y=5, x=4), Point(1) == Point(1, 0), Point.__hash__)
print(sorted([Version(2, 1), Version(1, 5), Version(1, 5, "rc")]), Version(1) < Version(1, 1))
print(hash(Version(1, 2)) == hash(Version(1, 2, "x")), Version(3, 4) >= Version(3, 4))
v = Version(1, 2)
try:
    v.major = 9
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
b = Box([1, 2, 3], scale=2)
print(b, b.total, asdict(b), astuple(Point(7, 8)))
print([f.name for f in fields(Box)], is_dataclass(b), is_dataclass(Box), is_dataclass(1))
print(replace(Point(1, 2), y=9), hash(Key(1, "a")) == hash(Key(1, "a")))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 1}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    replace(b, total=1)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    fields(1)
except TypeError as e:
    print("TypeError:", e)
print(Point.__match_args__, Point(1, 2) != Point(1, 3))
