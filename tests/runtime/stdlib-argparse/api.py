import argparse
import sys

ns = argparse.Namespace(b=1, a='x')
print(ns, ns.a, ns.b, 'a' in ns, 'c' in ns)
print(ns == argparse.Namespace(b=1, a='x'), ns == argparse.Namespace(a='x'), ns != 3)
ns.c = [1]
print(vars(ns), repr(argparse.Namespace()))
print(argparse.Namespace(**{'not-ident': 1, 'ok': 2}))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE)

p = argparse.ArgumentParser(prog='api', exit_on_error=False)
a1 = p.add_argument('--num', type=int, help='n')
p.add_argument('pos', nargs='?')
print(a1)
print(p)
print(p.parse_args(['--num', '4', 'z']))
print(p.parse_known_args(['--num', '4', '--other', 'z', 'y', '-q']))
print(p.parse_known_args(['a', 'b', 'c']))
ns2 = argparse.Namespace(num=99, preset='kept')
print(p.parse_args([], namespace=ns2), ns2)
for bad in (['--num', 'x'], ['--num']):
    try:
        p.parse_args(bad)
    except argparse.ArgumentError as e:
        print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
print(repr(p.format_usage()))
print(repr(p.format_help()))
p.print_usage()
p.print_help()
p.print_usage(sys.stdout)

q = argparse.ArgumentParser(prog='q')
for args in (['--num', 'x'], ['zzz'], ['-h'], ['--version']):
    try:
        q.add_argument('--num', type=int) if args[0] == '--num' and not q._actions[1:] else None
        q.parse_args(args)
    except SystemExit as e:
        print('SystemExit', e.code)
try:
    q.error('custom message')
except SystemExit as e:
    print('SystemExit', e.code)
try:
    q.exit(3, 'bye\n')
except SystemExit as e:
    print('SystemExit', e.code)
try:
    q.exit()
except SystemExit as e:
    print('SystemExit', e.code)


def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except (ValueError, TypeError, argparse.ArgumentError, NotImplementedError) as e:
        print(label, type(e).__name__, e)


r = argparse.ArgumentParser(prog='r')
attempt('unknown action', lambda: r.add_argument('--x', action='frobnicate'))
attempt('unknown keyword', lambda: r.add_argument('--y', colour='red'))
attempt('store_true nargs', lambda: r.add_argument('--z', action='store_true', nargs=1))
attempt('required positional', lambda: r.add_argument('p', required=True))
attempt('dest twice', lambda: r.add_argument('p', dest='q'))
attempt('bad prefix', lambda: r.add_argument('-a', 'b'))
attempt('no dest', lambda: r.add_argument('--'))
attempt('nargs 0', lambda: r.add_argument('--n0', nargs=0))
attempt('const no ?', lambda: r.add_argument('--c1', const=1))
attempt('append nargs 0', lambda: r.add_argument('--a0', action='append', nargs=0))
attempt('metavar tuple', lambda: r.add_argument('--mt', nargs=3, metavar=('A', 'B')))
attempt('bad nargs', lambda: r.add_argument('--bn', nargs='x'))
attempt('type not callable', lambda: r.add_argument('--tn', type='int'))
attempt('filetype class', lambda: r.add_argument('--ft', type=argparse.FileType))
attempt('conflict', lambda: r.add_argument('-h'))
attempt('conflicts', lambda: r.add_argument('-h', '--help'))
attempt('mutex required', lambda: r.add_mutually_exclusive_group().add_argument('--mr', required=True))
attempt('conflict handler', lambda: argparse.ArgumentParser(conflict_handler='nope'))
attempt('store_const ok', lambda: r.add_argument('--sc', action='store_const', const=1).const)

res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-f', '--foo', help='old foo')
res.add_argument('--foo', help='new foo')
res.print_help()

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
pg = parent.add_argument_group('parent group')
pg.add_argument('--pgopt')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('--own')
child.print_help()
print(child.parse_args(['--shared', 'x', '--own', 'y']))

nh = argparse.ArgumentParser(prog='nh', add_help=False, prefix_chars='+/')
nh.add_argument('+x', '++ex', action='store_true')
nh.add_argument('/y')
nh.print_help()
print(nh.parse_args(['+x', '/y', '3']))

u = argparse.ArgumentParser(prog='u', usage='%(prog)s [opts]', allow_abbrev=False)
u.add_argument('--long-name')
u.print_usage()
try:
    u.parse_args(['--long', 'v'])
except SystemExit as e:
    print('SystemExit', e.code)

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('val', nargs='?')
print(neg.parse_args(['-1']))
try:
    neg.parse_args(['-2'])
except SystemExit as e:
    print('SystemExit', e.code)
neg2 = argparse.ArgumentParser(prog='neg2')
neg2.add_argument('-n', type=int)
neg2.add_argument('vals', nargs='*', type=float)
print(neg2.parse_args(['-n', '-3', '-1.5', '2']))

empty = argparse.ArgumentParser(prog='empty', add_help=False)
print(repr(empty.format_usage()), repr(empty.format_help()))

ft = argparse.ArgumentParser(prog='ft')
ft.add_argument('--inp', type=argparse.FileType('r'))
print(argparse.FileType('w', encoding='utf-8'))
print(ft.parse_args(['--inp', '-']).inp is sys.stdin)
try:
    ft.parse_args(['--inp', '/nonexistent/file.txt'])
except SystemExit as e:
    print('SystemExit', e.code)

ver = argparse.ArgumentParser(prog='ver')
ver.add_argument('-V', action='version', version='%(prog)s version 1.2.3')
try:
    ver.parse_args(['-V'])
except SystemExit as e:
    print('SystemExit', e.code)

long_usage = argparse.ArgumentParser(prog='x' * 70)
for i in range(6):
    long_usage.add_argument('--option-number-%d' % i, metavar='VALUE')
long_usage.add_argument('positional_one')
long_usage.add_argument('positional_two', nargs='+')
long_usage.print_usage()
only_pos = argparse.ArgumentParser(prog='onlypos', add_help=False)
for i in range(8):
    only_pos.add_argument('positional_argument_%d' % i)
only_pos.print_usage()

import os
import tempfile
path = os.path.join(tempfile.gettempdir(), 'pyaot-argparse-fromfile.txt')
with open(path, 'w') as f:
    f.write('--num\n7\nfrom-file\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--num', type=int)
ff.add_argument('words', nargs='*')
print(ff.parse_args(['@' + path, 'b']))
os.remove(path)
try:
    ff.parse_args(['@' + path])
except SystemExit as e:
    print('SystemExit', e.code)


class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper() + (option_string or ''))


rem = argparse.ArgumentParser(prog='rem')
rem.add_argument('--up', action=Upper)
rem.add_argument('cmd')
rem.add_argument('args', nargs=argparse.REMAINDER)
print(rem.parse_args(['--up', 'abc', 'run', '-x', '--up', 'q']))
rem.print_help()
attempt('intermixed', lambda: rem.parse_intermixed_args(['x']))
# case: []

im = argparse.ArgumentParser(prog='im')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
print(im.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(im.parse_known_intermixed_args('doit 1 --foo bar 2 --x 3'.split()))
try:
    im.parse_intermixed_args(['--foo', 'x'])
except SystemExit as e:
    print('SystemExit', e.code)
