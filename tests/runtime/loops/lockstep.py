# for-loops over zip(...) and enumerate(...) (compiled without the zip/enumerate object):
# the order of iter() and next() calls, exhaustion of any argument, else clauses, break and
# continue, nested and attribute targets, and the forms that keep the builtin objects.


class Loud:
    def __init__(self, name, n):
        self.name, self.n = name, n

    def __iter__(self):
        print("iter", self.name)
        self.i = 0
        return self

    def __next__(self):
        print("next", self.name, self.i)
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.name + str(self.i)


def arg(name, n):
    print("arg", name)
    return Loud(name, n)


for x, y in zip(arg("a", 2), arg("b", 3)):
    print("body", x, y)
else:
    print("else after a ran out")
print("after", x, y)

for x, y, z in zip(arg("a", 3), arg("b", 1), arg("c", 3)):
    print("body", x, y, z)
print("after", x, y, z)

for i, (p, q) in enumerate(zip([1, 2, 3], "xyz")):
    if i == 1:
        continue
    print(i, p, q)
    if p == 3:
        break
else:
    print("not reached")

total = 0
for i, v in enumerate(range(10, 15)):
    total += i * v
print(total, i, v)

for i, (j, c) in enumerate(enumerate("ab")):
    print(i, j, c)

for (a,), b in zip([(1,), (2,)], [3, 4]):
    print(a, b)

class Box:
    pass

box = Box()
d = {}
for box.attr, d["k"] in zip("pq", "rs"):
    print(box.attr, d)

for x, in zip([7, 8]):
    print(x)

def gen(tag, n):
    for k in range(n):
        print("yield", tag, k)
        yield k

for a, b in zip(gen("g", 3), gen("h", 2)):
    print(a, b)

for i, x in enumerate([]):
    print("never")
else:
    print("empty else")

# Forms that keep the builtin objects (and their messages).
for t in zip("ab", "cd"):
    print(t)
for i, x in enumerate("ab", start=5):
    print(i, x)
for a, *rest in zip("ab", "cd", "ef"):
    print(a, rest)
try:
    for a, b in zip("ab", "c", strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError", e)


def shadowed():
    zip = lambda *a: [(1, 2)]
    for a, b in zip("x", "y"):
        print("local zip", a, b)


shadowed()

try:
    for a, b in zip([1], 5):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    for a, b in zip([1, 2], [3, 4]):
        if a == 2:
            raise KeyError(a)
except KeyError as e:
    print("KeyError", e)

try:
    for i, (a, b) in enumerate([(1, 2), (3,)]):
        print(i, a, b)
except ValueError as e:
    print("ValueError", e)

matrix = [[1, 2], [3, 4]]
for r, (row, other) in enumerate(zip(matrix, reversed(matrix))):
    for cidx, (u, w) in enumerate(zip(row, other)):
        print(r, cidx, u * w)
