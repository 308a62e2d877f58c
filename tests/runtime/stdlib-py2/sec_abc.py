# abc: abstract methods and properties, the instantiation error, __abstractmethods__.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name()} {self.area()}"


class Half(Shape):
    def name(self):
        return "half"


class Sq(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class WithProp(ABC):
    @property
    @abstractmethod
    def size(self):
        ...


for cls in (Shape, Half, WithProp):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Sq(3).describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Sq.__abstractmethods__)
print(isinstance(Sq(2), Shape), [c.__name__ for c in Sq.__mro__])
