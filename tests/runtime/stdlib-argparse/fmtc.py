import argparse


class MyParser(argparse.ArgumentParser):
    def error(self, message):
        self.print_help()
        print('custom:', message)
        raise SystemExit(5)


class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass


p = MyParser(prog='fmtc', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=100),
             description='line one\n  line two')
p.add_argument('--some-rather-long-option', metavar='VALUE', help='help ' * 30)
p.add_argument('-n', type=int, default=2, help='count')
p.add_argument('--mode', default='fast', help='mode')
q = argparse.ArgumentParser(prog='both', formatter_class=Both, description='line one\n  line two', add_help=False)
q.add_argument('--mode', default='fast', help='mode')
q.add_argument('--n', type=int, default=2, help='n is %(default)s')
q.add_argument('items', nargs='*', default=[], help='items')
q.add_argument('req', help='required')
q.print_help()
print(p.parse_args())
# case: []
# case: ["-h"]
# case: ["-n", "x"]
# case: ["--bogus"]
