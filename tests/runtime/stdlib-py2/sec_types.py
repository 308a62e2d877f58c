import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns != types.SimpleNamespace())
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.NoneType, types.FunctionType.__name__)
def g(n):
    for i in range(n):
        yield i

print(isinstance(g(1), types.GeneratorType))
# A generator's __name__, __qualname__, gi_running and gi_suspended.
class Walker:
    def steps(self):
        yield gen.gi_running
gen = Walker().steps()
print(gen.__name__, gen.__qualname__, g(2).__name__, gen.gi_running, gen.gi_suspended)
print(next(gen), gen.gi_running, gen.gi_suspended)
