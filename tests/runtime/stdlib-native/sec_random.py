# random: CPython's Mersenne Twister streams for every function and several seeds (int, big
# int, negative, str, bytes, float, bool), getstate/setstate, Random instances and subclasses that
# override random() or getrandbits(), and the error messages.
import random
from common import check

print("== random")
def show(label, xs):
    print(label, xs)
for seed in [0, 1, 42, -5, 2 ** 70 + 1, 12345678901234567890123, "text seed", b"bytes seed", 3.75, True]:
    random.seed(seed)
    show("random", [repr(random.random()) for _ in range(5)])
    show("randint", [random.randint(-50, 10 ** 12) for _ in range(30)])
    show("randrange", [random.randrange(3, 10 ** 30, 7) for _ in range(10)])
    show("randrange2", [random.randrange(100, -100, -3) for _ in range(10)])
    show("getrandbits", [random.getrandbits(k) for k in (1, 7, 31, 32, 33, 63, 64, 65, 100, 200)])
    show("choice", [random.choice("abcdefghij") for _ in range(20)])
    xs = list(range(30))
    random.shuffle(xs)
    show("shuffle", xs)
    show("sample", random.sample(range(1000), 30))
    show("sample2", random.sample(list(range(10)), 10))
    show("sample3", random.sample(range(10 ** 6), 5))
    show("sample_counts", random.sample(["a", "b", "c"], counts=[3, 5, 2], k=6))
    show("choices", random.choices(range(10), k=10))
    show("choicesw", random.choices("abc", weights=[1, 5, 2.5], k=10))
    show("choicescw", random.choices("abc", cum_weights=[1, 5, 7], k=10))
    show("uniform", [repr(random.uniform(-3, 7)) for _ in range(5)] + [repr(random.uniform(2.5, 1e10))])
    show("triangular", [repr(random.triangular()), repr(random.triangular(0, 10, 3)), repr(random.triangular(5, 1)), repr(random.triangular(2, 2, 2))])
    show("gauss", [repr(random.gauss(0, 1)) for _ in range(5)] + [repr(random.gauss(10, 2))])
    show("normal", [repr(random.normalvariate(5, 2)) for _ in range(5)])
    show("lognorm", [repr(random.lognormvariate(0, 0.5)) for _ in range(3)])
    show("expo", [repr(random.expovariate(1.5)) for _ in range(3)] + [repr(random.expovariate(2))])
    show("vonmises", [repr(random.vonmisesvariate(1, 4)) for _ in range(3)] + [repr(random.vonmisesvariate(0, 0))])
    show("gamma", [repr(random.gammavariate(a, 2)) for a in (0.5, 1, 1.0, 2.5, 9)])
    show("beta", [repr(random.betavariate(2, 3)) for _ in range(3)] + [repr(random.betavariate(0.5, 0.5))])
    show("pareto", [repr(random.paretovariate(3)) for _ in range(3)])
    show("weibull", [repr(random.weibullvariate(1, 2)) for _ in range(3)])
    show("randbytes", random.randbytes(10))
rng = random.Random(7)
st = rng.getstate()
a = [rng.random() for _ in range(700)]
rng.setstate(st)
b = [rng.random() for _ in range(700)]
print(a == b, st[0], len(st[1]), st[1][-1], st[2])
rng.gauss(0, 1)
st2 = rng.getstate()
print(repr(st2[2]))
for bad in [lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randint(5, 1),
            lambda: random.randrange(0), lambda: random.randrange(1, 10, 0), lambda: random.randrange(10, 1, 2),
            lambda: random.getrandbits(-1), lambda: random.sample({1, 2}, 1),
            lambda: random.choices("ab", [1], k=1), lambda: random.choices("ab", [0, 0]), lambda: random.choices("ab", 3),
            lambda: random.gammavariate(0, 1), lambda: random.seed([1]), lambda: random.randrange(10, step=2)]:
    check(bad)
print(random.randint(True, 3))
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(3)
print(m.random(), m.choice("abcdef"), m.randint(1, 10), repr(m.uniform(0, 4)))
class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 2
print(Bits(1).randrange(10), Bits(1).choice([1, 2, 3, 4, 5]))

for seed in [2024, 99, "long streams"]:
    random.seed(seed)
    print([repr(random.random()) for _ in range(1000)])
    print([random.randrange(1000003) for _ in range(1000)])
    print([random.getrandbits(k % 70 + 1) for k in range(500)])
    print([repr(random.gauss(1.5, 2)) for _ in range(500)])
    xs = list(range(200))
    random.shuffle(xs)
    print(xs, random.sample(xs, 50), random.choices(xs, k=50))
r1 = random.Random(5)
r2 = random.Random(6)
print([r1.random() == r2.random() for _ in range(3)], r1.randint(1, 6), r2.randint(1, 6))
print(isinstance(r1, random.Random), type(r1).__name__, random.Random().random() != random.Random().random())
random.seed()
print(0.0 <= random.random() < 1.0, random.Random(None).randint(1, 1))
