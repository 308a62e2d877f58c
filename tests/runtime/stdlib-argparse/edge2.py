import argparse, sys
p = argparse.ArgumentParser(prog='edge2', description='%(prog)s does things', epilog='plain 100% epilog')
p.add_argument('--num', type=int, choices=range(10), default=3, help='number in range')
p.add_argument('--d', type=dict)
p.add_argument('--c', choices={'k1': 1, 'k2': 2})
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('n', type=int, nargs='?', default=-1)
p.add_argument('--f', type=float, nargs=3, metavar='F')
p.add_argument('--sub-opt', '--so', action='append', type=int, default=[])
p.add_argument('--bool', action=argparse.BooleanOptionalAction)
print(p.parse_args())
# case: []
# case: ["--num", "11"]
# case: ["--d", "x"]
# case: ["--c", "k3"]
# case: ["--c", "k1"]
# case: ["-1", "-5"]
# case: ["-5"]
# case: ["--f", "1", "2"]
# case: ["--f", "1", "2", "3", "4"]
# case: ["--so", "1", "--sub", "2", "--s", "3"]
# case: ["--sub-opt=x"]
# case: ["--no-bool"]
# case: ["--no-b"]
# case: ["--bool=1"]
# case: ["-h"]
# case: ["--", "-5"]
# case: ["-1", "--", "-5", "6"]
