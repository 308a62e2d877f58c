import enum
from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class Direction(Enum):
    NORTH = auto()
    EAST = auto()

    @property
    def is_vertical(self):
        return self is Direction.NORTH


class Priority(IntEnum):
    LOW = 10
    MEDIUM = 20
    HIGH = 30


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Color.RED, repr(Color.RED))
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name, repr(Color.CRIMSON))
print(Color(2), Color(1).name, list(Color.__members__))
print(Color.RED == 1, Color.RED == Color.RED, Color.RED is Color(1), Color.RED != Color.BLUE)
print(isinstance(Color.GREEN, Color), type(Color.GREEN) is Color)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
print(Direction.NORTH.value, Direction.EAST.value, Direction.NORTH.is_vertical, f"{Direction.EAST}")
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 5, Priority.LOW == 10)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(Priority(20).name, int(Priority.HIGH), repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.LOW}", f"{Priority.LOW:>5}")
rw = Perm.R | Perm.W
print(repr(rw), rw.value, Perm.R in rw, Perm.X in rw, bool(Perm.X & rw))
print(repr(Perm(0)), bool(Perm(0)), repr(Perm(7)), list(rw), str(rw), repr(~Perm.R))
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.radius, Planet((5.976e24, 6.37814e6)) is Planet.EARTH)
actions = {Color.RED: "stop", Color.GREEN: "go"}
print(actions[Color.CRIMSON], actions.get(Color.BLUE, "?"), list(actions.values()))
match Direction.EAST:
    case Direction.NORTH:
        print("matched north")
    case Direction.EAST:
        print("matched east")
print(Color.__members__["CRIMSON"].name, [m.name for m in Color.__members__.values()])
try:
    unique(Color)
except ValueError as e:
    print("ValueError:", e)
Shape = Enum("Shape", "CIRCLE SQUARE TRIANGLE")
print(Shape.SQUARE, Shape.SQUARE.value, Shape(3))
# A str mix-in (`class S(str, Enum)`): members are str instances that keep Enum's repr, str
# and format, and calling the class looks a member up; members cannot be rebound or deleted.
class Mode(str, Enum):
    READ = "r"
    WRITE = "w"
print(Mode.READ, repr(Mode.WRITE), f"{Mode.READ}", Mode("w"), Mode.READ == "r", Mode.READ.upper())
print(Mode.READ.value, Mode.READ.name, isinstance(Mode.READ, str), list(Mode), Mode["WRITE"])
print(Color.RED.__class__.__name__, Mode.READ.__class__.__name__)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
for what in ("name", "value"):
    try:
        setattr(Color.RED, what, 1)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del Color.RED.name
except AttributeError as e:
    print("AttributeError:", e)
Color.extra = 3
print(Color.extra)
del Color.extra
print(hasattr(Color, "extra"))
# A flag's zero and multi-bit members are aliases: not iterated, not counted.
class Access(enum.Flag):
    NONE = 0
    READ = 4
    WRITE = 2
    RW = 6
print(len(Access), list(Access), list(Access.__members__), list(reversed(Access)), Access(6), Access.RW, ~Access.READ)
try:
    class MoreColors(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)
