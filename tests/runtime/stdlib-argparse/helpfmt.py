import argparse
import sys
kind = sys.argv[1] if len(sys.argv) > 1 else 'plain'
fc = {'plain': argparse.HelpFormatter, 'raw': argparse.RawDescriptionHelpFormatter,
      'rawtext': argparse.RawTextHelpFormatter, 'defaults': argparse.ArgumentDefaultsHelpFormatter,
      'metavar': argparse.MetavarTypeHelpFormatter}[kind]
p = argparse.ArgumentParser(
    prog='a-rather-long-program-name' if len(sys.argv) > 2 else 'fmt',
    formatter_class=fc,
    description='''This program does a great many things, and its description is long
    enough to need wrapping.

    Second   paragraph   with   odd   spacing.''',
    epilog='%(prog)s: see the manual for more.')
p.add_argument('kind', type=str, choices=['plain', 'raw', 'rawtext', 'defaults', 'metavar'],
               help='which formatter (one of %(choices)s)')
p.add_argument('extra', nargs='*', type=str, help='anything else, default %(default)r')
p.add_argument('--an-extremely-long-option-name-that-overflows', type=int, metavar='NUMBER',
               help='an option whose invocation is wider than the help column')
p.add_argument('-s', '--size', type=int, default=10,
               help='the size of the thing, which has a fairly long help text that '
                    'will certainly need to wrap onto a second or even third line of output')
p.add_argument('--ratio', type=float, default=0.5, help='ratio\n  with newline')
p.add_argument('--name', type=str, help='%(prog)s name, type %(type)s, dest %(dest)s')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--tuple', nargs=2, type=int, metavar=('X', 'Y'), help='a pair')
p.add_argument('--star', nargs='*', type=str, metavar=('A', 'B'))
p.add_argument('--empty-help', type=str, help='')
p.add_argument('--space-help', type=str, help='   ')
p.add_argument('--flag', action='store_true', help='a flag; default %(default)s')
p.add_argument('--choose', type=int, choices=[1, 2, 3], default=2, help='pick %(choices)s')
g = p.add_argument_group('output options', 'These options control   the output.')
g.add_argument('--out', type=str, metavar='FILE', help='where to write')
g.add_argument('--fmt', type=str, default='txt')
g2 = p.add_argument_group('empty group')
g3 = p.add_argument_group(description='an untitled group')
g3.add_argument('--untitled', type=int)
p.add_argument('--version', action='version', version='%(prog)s 2.0')
p.add_argument('--bool', action=argparse.BooleanOptionalAction, default=True, help='a switch')
p.parse_args()
print('parsed')
# case: ["plain", "-h"]
# case: ["raw", "-h"]
# case: ["rawtext", "-h"]
# case: ["defaults", "-h"]
# case: ["metavar", "-h"]
# case: ["plain", "long", "-h"]
# case: ["raw", "long", "--size", "x"]
# case: ["plain", "--version"]
# case: ["plain", "--no-bool", "--bool"]
# case: {"argv": ["plain", "-h"], "env": {"COLUMNS": "50"}}
# case: {"argv": ["plain", "long", "-h"], "env": {"COLUMNS": "30"}}
# case: {"argv": ["defaults", "-h"], "env": {"COLUMNS": "120"}}
# case: {"argv": ["plain", "long", "--bad"], "env": {"COLUMNS": "10"}}
