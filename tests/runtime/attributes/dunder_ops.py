# Operators that run user dunders, as CPython's abstract.c / object.c: the reflected
# comparison is tried once (first for a subclass operand), `==`/`!=` on the same object still
# call __eq__/__ne__, a comparison's value is what the method returned (not its truth), and
# three-argument pow() calls __pow__(exp, mod).
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("V.eq"); return NotImplemented
class W(V):
    def __eq__(self, o):
        print("W.eq"); return NotImplemented
print(V(1) == W(1))
print(V(1) == V(1))
print(W(1) != V(1))

class Nan:
    def __eq__(self, o):
        print("Nan.eq"); return False
    def __ne__(self, o):
        print("Nan.ne"); return True
    __hash__ = object.__hash__
n = Nan()
print(n == n, n != n)
print([n] == [n], n in [n], (n,) == (n,))

class OnlyNe:
    def __ne__(self, o):
        print("OnlyNe.ne"); return "custom"
class OnlyEq:
    def __eq__(self, o):
        print("OnlyEq.eq"); return True
a, b = OnlyNe(), OnlyEq()
print(a != b, b != a)

class Sym:
    def __init__(self, name): self.name = name
    def __eq__(self, o): return f"({self.name} == {o})"
    def __lt__(self, o): return f"({self.name} < {o})"
    def __gt__(self, o): return f"({self.name} > {o})"
    def __repr__(self): return self.name
x = Sym("x")
eq = x == 1
print(eq, x < 2, 3 < x, [x == 0, x < 0])
print(0 < x < 5)
print(x == 1 and "yes")
if x == 1:
    print("truthy comparison result")
def cmp_result(p, q):
    return p < q
print(cmp_result(x, 7), cmp_result(1, 2))

class Mod:
    def __init__(self, v): self.v = v
    def __pow__(self, e, m=None): return ("pow", self.v, e, m)
    def __rpow__(self, b): return ("rpow", b, self.v)
print(pow(Mod(2), 3), pow(Mod(2), 3, 5), Mod(2) ** 2, 2 ** Mod(3))
try:
    pow(2, Mod(3), 5)
except TypeError as e:
    print("TypeError:", e)
class NoPow:
    pass
try:
    pow(NoPow(), 2, 3)
except TypeError as e:
    print("TypeError:", e)
