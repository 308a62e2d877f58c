import argparse
p = argparse.ArgumentParser(prog='id')
m = p.add_mutually_exclusive_group()
m.add_argument('--n', type=int, default=1000)
m.add_argument('--s', default='abc')
m.add_argument('--c', default='a')
m.add_argument('--k', type=int, default=5)
m.add_argument('--f', type=float, default=1.5)
m.add_argument('--neg', type=int, default=-5)
m.add_argument('--big', type=int, default=257)
m.add_argument('--x', action='store_true')
print(p.parse_args())
# case: ["--n", "1000", "--x"]
# case: ["--s", "abc", "--x"]
# case: ["--c", "a", "--x"]
# case: ["--k", "5", "--x"]
# case: ["--k", "6", "--x"]
# case: ["--n", "1001", "--x"]
# case: ["--k", "-5", "--x"]
# case: ["--f", "1.5", "--x"]
# case: ["--neg", "-5", "--x"]
# case: ["--big", "257", "--x"]
# case: ["--x", "--k", "5"]
# case: ["--x", "--n", "1000"]
