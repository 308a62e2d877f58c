import argparse, sys
p = argparse.ArgumentParser(prog='s3')
p.add_argument('--out', type=argparse.FileType('w'))
p.add_argument('--inp', type=argparse.FileType('r'))
s = p.add_subparsers(required=True)
s.add_parser('aa'); s.add_parser('bb')
a = p.parse_args()
print(a.out is sys.stdout, a.inp is sys.stdin)
# case: []
# case: ["cc"]
# case: ["--out", "-", "--inp", "-", "aa"]
# case: ["-h"]
