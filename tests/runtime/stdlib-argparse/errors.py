import argparse
import sys
p = argparse.ArgumentParser(prog='errs', usage='%(prog)s [options] files')
p.add_argument('files', nargs='+')
p.add_argument('--req', required=True, help='needed')
p.add_argument('-y', '--yes', required=True, action='store_true')
p.add_argument('--choice', type=int, choices=range(1, 4))
p.add_argument('--float', type=float)
p.add_argument('--upper', type=str.upper)
p.add_argument('--long-option')
p.add_argument('--long-other')
p.add_argument('--verbose')


def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%d is not even' % n)
    return n


p.add_argument('--even', type=even)
a = p.parse_args()
print(a)
# case: []
# case: ["f"]
# case: ["f", "--req", "r"]
# case: ["f", "-y"]
# case: ["--req", "r", "-y"]
# case: ["f", "--req", "r", "-y", "--choice", "4"]
# case: ["f", "--req", "r", "-y", "--choice", "2", "--float", "1e3", "--upper", "abc"]
# case: ["f", "--req", "r", "-y", "--float", "x"]
# case: ["f", "--req", "r", "-y", "--even", "3"]
# case: ["f", "--req", "r", "-y", "--even", "q"]
# case: ["f", "--req", "r", "-y", "--even", "4"]
# case: ["f", "--req", "r", "-y", "--long", "v"]
# case: ["f", "--req", "r", "-y", "--long-o", "v"]
# case: ["f", "--req", "r", "-y", "--long-op=v", "--ver", "1"]
# case: ["f", "--req", "r", "-y", "--lo=v"]
# case: ["f", "--re", "r", "-y", "-x", "--zz"]
# case: ["f", "--req", "r", "-y", "--yes=no"]
# case: ["f", "--req"]
# case: ["f", "--req", "-y"]
# case: ["f", "--req", "--", "-y"]
# case: ["f", "g", "--req", "r", "-yy"]
# case: ["f", "--req", "r", "-y", "-"]
# case: ["f", "--req", "r", "-y", "---x"]
# case: ["f", "--req", "r", "-y", "-a b"]
# case: ["-h"]
