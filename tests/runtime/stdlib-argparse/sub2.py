import argparse
p = argparse.ArgumentParser(prog='top')
sp = p.add_subparsers()
a = sp.add_parser('alpha', description='Alpha things.')
a.add_argument('--x', type=int, default=1)
asp = a.add_subparsers(dest='inner', required=True)
asp.add_parser('one').add_argument('val')
asp.add_parser('two')
b = sp.add_parser('beta', add_help=False)
b.add_argument('items', nargs='*')
p.set_defaults(x=0, top=True)
print(p.parse_args())
# case: []
# case: ["gamma"]
# case: ["alpha"]
# case: ["alpha", "one"]
# case: ["alpha", "one", "v", "--x", "3"]
# case: ["alpha", "--x", "3", "two", "extra"]
# case: ["alpha", "three"]
# case: ["beta", "-h"]
# case: ["beta", "a", "b"]
# case: ["alpha", "-h"]
# case: ["alpha", "one", "-h"]
# case: ["-h"]
# case: ["--x"]
# case: ["alph"]
