# Everyday patterns, timed one by one: run this file under python3 and under pyaot and compare
# the columns (docs/python-support.md, "Speed of everyday patterns", quotes a run). Each
# pattern prints its own seconds and a checksum, so both runs must agree on the checksums.
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


for f in (dataclass_new, property_read, namedtuple_read, sort_ints, sort_tuple_key, sort_lambda_key,
          defaultdict_lists, counter_genexpr, str_join_format, dict_comprehension):
    t = time.perf_counter()
    r = f()
    print(f"{f.__name__:20} {time.perf_counter() - t:7.3f} s  {r}")
