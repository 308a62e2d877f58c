# Everyday patterns, timed one by one: `npm run bench:patterns` runs this file under pyaot and
# under CPython and writes the ratios to RESULTS.md beside it. Each pattern prints its own
# seconds and a checksum; both runs must print the same checksums.
import time
from collections import Counter, defaultdict, namedtuple
from dataclasses import dataclass

N = 1_000_000


@dataclass
class Item:
    name: str
    qty: int


class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        return self._balance


Pair = namedtuple("Pair", "a b")


def dataclass_new():
    return sum(Item("x", i).qty for i in range(N))


def property_read():
    acc = Account(3)
    s = 0
    for _ in range(N * 2):
        s += acc.balance
    return s


def namedtuple_read():
    ps = [Pair(i, i + 1) for i in range(1000)]
    s = 0
    for _ in range(N // 1000):
        for p in ps:
            s += p.a + p.b
    return s


def sort_ints():
    xs = [(i * 7919) % 1_000_003 for i in range(N)]
    return sorted(xs)[N // 2]


def sort_tuple_key():
    rows = [(i % 97, str(i)) for i in range(N // 2)]
    return sorted(rows, key=lambda r: (r[0], r[1]))[-1][1]


def sort_lambda_key():
    xs = [(i * 7919) % 1_000_003 for i in range(N)]
    return sorted(xs, key=lambda v: -v)[0]


def defaultdict_lists():
    d = defaultdict(list)
    for i in range(N):
        d[i % 5000].append(i)
    return sum(len(v) for v in d.values())


def counter_genexpr():
    c = Counter(w % 1000 for w in range(N))
    return c.most_common(1)[0][1]


def str_join_format():
    return len(",".join(f"{i}:{i * 2}" for i in range(N)))


def dict_comprehension():
    d = {i: i * i for i in range(N)}
    return sum(d[k] for k in range(0, N, 3))


class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return self.a == other.a and self.b == other.b

    def __hash__(self):
        return hash((self.a, self.b))


def user_hash_set():
    return len({Key(i % 1000, i % 7) for i in range(N // 2)})


def try_except_loop():
    c = 0
    for i in range(N):
        try:
            if i % 10 == 0:
                raise ValueError(i)
            c += 1
        except ValueError:
            c -= 1
    return c


def generator_pipeline():
    def evens(n):
        for i in range(n):
            if i % 2 == 0:
                yield i
    return sum(x * x for x in evens(N))


def join_genexpr():
    return len(" ".join(str(i % 977) for i in range(N)))


def split_count():
    words = " ".join([str(i % 977) for i in range(N)]).split()
    return len(set(words)), words.count("5")


def list_of_lists():
    grid = [[i * j for j in range(100)] for i in range(N // 100)]
    return sum(row[50] for row in grid)


def memo_recursion():
    memo = {}

    def f(n):
        if n < 2:
            return n
        if n in memo:
            return memo[n]
        r = f(n - 1) + f(n - 2)
        memo[n] = r
        return r
    t = 0
    for _ in range(2000):
        memo.clear()
        t += f(200) % 1000
    return t


def isinstance_dispatch():
    vals = [1, "a", 2.5, (1,), [2], None] * (N // 6)
    c = 0
    for v in vals:
        if isinstance(v, int):
            c += 1
        elif isinstance(v, str):
            c += 2
        elif isinstance(v, (list, tuple)):
            c += 3
    return c


def enumerate_zip():
    a = list(range(N))
    b = list(range(N, 0, -1))
    t = 0
    for i, (x, y) in enumerate(zip(a, b)):
        t += i * x - y
    return t


def keyword_calls():
    def f(a, b=2, *, c=3):
        return a + b + c
    t = 0
    for i in range(N):
        t += f(i, c=i)
    return t


def list_comprehension():
    return sum(len([x for x in range(N)]) for _ in range(5))


for f in (dataclass_new, property_read, namedtuple_read, sort_ints, sort_tuple_key, sort_lambda_key,
          defaultdict_lists, counter_genexpr, str_join_format, dict_comprehension, user_hash_set,
          try_except_loop, generator_pipeline, join_genexpr, split_count, list_of_lists,
          memo_recursion, isinstance_dispatch, enumerate_zip, keyword_calls, list_comprehension):
    t = time.perf_counter()
    r = f()
    print(f"{f.__name__:20} {time.perf_counter() - t:7.3f} s  {r}")
