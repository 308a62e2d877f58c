import argparse
p = argparse.ArgumentParser(description='A test program.', epilog='The end.')
p.add_argument('x', help='the x value')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--n', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('--mode', choices=['a', 'b'], default='a')
p.add_argument('-q', action='store_true')
p.add_argument('--tag', action='append')
p.add_argument('--ver', action='version', version='%(prog)s 1.0')
p.add_argument('rest', nargs='*')
args = p.parse_args()
print(args)
print(vars(args))
print(args.x, args.verbose, args.n, args.mode, args.q, args.tag, args.rest)
# The argv lists this program runs with (tests/runtime/stdlib-argparse.test.ts):
# case: ["foo"]
# case: ["foo", "-vvv", "--n=5", "--mode", "b", "--tag", "1", "--tag=2"]
# case: ["-v", "foo", "-v", "a", "b", "c"]
# case: ["foo", "--verb", "--n", "7", "-q", "--tag", "x"]
# case: ["foo", "--", "-v", "--n"]
# case: ["foo", "-n5"]
# case: []
# case: ["-h"]
# case: ["foo", "--help"]
# case: ["--ver"]
# case: ["foo", "--n", "x"]
# case: ["foo", "--n"]
# case: ["foo", "--mode", "c"]
# case: ["foo", "--mode=c"]
# case: ["foo", "--unknown", "bar"]
# case: ["foo", "-qv", "-vq"]
# case: ["foo", "-qx"]
# case: ["foo", "-q=1"]
# case: ["foo", "--verbose=3"]
# case: ["foo", "--n=-3", "--tag", "-1"]
# case: ["foo", "-5"]
# case: ["foo", "--ta=z", "--m", "b"]
# case: ["foo", "--", "--", "x"]
# case: ["--", "-x"]
# case: ["foo", "-"]
# case: ["foo", "-q", "bar", "-q", "baz"]
# case: {"argv": ["-h"], "env": {"COLUMNS": "40"}}
# case: {"argv": ["-h"], "env": {"COLUMNS": "200"}}
# case: {"argv": ["-h"], "env": {"COLUMNS": "x"}}
