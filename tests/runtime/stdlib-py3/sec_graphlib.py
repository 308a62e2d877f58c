# graphlib: orders, get_ready/done protocol, errors, cycle reports.
import graphlib
ts = graphlib.TopologicalSorter({'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}})
print(list(ts.static_order()) in (['A', 'B', 'C', 'D'], ['A', 'C', 'B', 'D']))
ts = graphlib.TopologicalSorter({'D': ['B', 'C'], 'C': ['A'], 'B': ['A'], 'E': []})
print(tuple(ts.static_order()))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(2, 0); ts.add(5)
try: ts.get_ready()
except ValueError as e: print(e)
ts.prepare()
try: ts.prepare()
except ValueError as e: print(e)
try: ts.add(9)
except ValueError as e: print(e)
while ts:
    r = ts.get_ready(); print('ready', r)
    for n in r:
        ts.done(n)
for bad in [(7,), (0,)]:
    try: ts.done(*bad)
    except ValueError as e: print(e)
t2 = graphlib.TopologicalSorter({1: [2]}); t2.prepare()
try: t2.done(1)
except ValueError as e: print(e)
for g in [{1: [2], 2: [3], 3: [1]}, {'a': ['b'], 'b': ['c', 'a'], 'c': []}, {1: [1]}, {0: [1], 1: [2], 2: [3], 3: [1], 4: [0]}]:
    try: graphlib.TopologicalSorter(g).prepare()
    except graphlib.CycleError as e: print(type(e).__name__, e.args, isinstance(e, ValueError), str(e))
print(graphlib.TopologicalSorter[str])

