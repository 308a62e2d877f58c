import argparse, sys
p = argparse.ArgumentParser(prog='edge')
p.add_argument('-foo', type=int, default='5', choices=[5, 6, 7])
p.add_argument('-x', dest='ex')
p.add_argument('-v', action='count', default=0)
p.add_argument('--opt', default=argparse.SUPPRESS, help='suppressed default')
p.add_argument('my-arg', nargs='?', metavar='MY', choices=['a', 'b'], help='100%% sure, %(metavar)s %(nargs)s %(required)s %(const)s')
m = p.add_mutually_exclusive_group(required=True)
m.add_argument('--one', action='store_true')
m.add_argument('pos2', nargs='*', default=['d'])
args = p.parse_args()
print(args, getattr(args, 'my-arg'))
print('opt' in args)
# case: ["--one"]
# case: ["--one", "-foo", "6"]
# case: ["--one", "-fo", "6"]
# case: ["--one", "-f", "6"]
# case: ["--one", "-foo=7"]
# case: ["--one", "-foo", "8"]
# case: ["--one", "-xval", "-vvx", "q"]
# case: ["--one", "-x=val"]
# case: ["--one", "-x", "-v"]
# case: ["--one", "--opt="]
# case: ["--one", "--opt", ""]
# case: ["--one", "a"]
# case: ["--one", "c"]
# case: ["a", "p", "q"]
# case: ["--one", "a", "p"]
# case: []
# case: ["-h"]
# case: ["--one", "-vx"]
# case: ["--one", "-v3"]
