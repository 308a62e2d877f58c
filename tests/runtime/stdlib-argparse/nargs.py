import argparse
p = argparse.ArgumentParser(prog='nargs')
p.add_argument('src')
p.add_argument('pair', nargs=2, type=int)
p.add_argument('opt', nargs='?', default='dflt')
p.add_argument('--one', nargs=1)
p.add_argument('--two', nargs=2, metavar=('A', 'B'))
p.add_argument('--maybe', nargs='?', const='C', default='D')
p.add_argument('--star', nargs='*')
p.add_argument('--plus', nargs='+', type=float)
p.add_argument('--sc', action='store_const', const=42)
p.add_argument('--nf', action='store_false')
p.add_argument('--ac', action='append_const', const='k', dest='consts')
p.add_argument('--ac2', action='append_const', const='j', dest='consts')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--app', action='append', nargs=2, default=[['d', 'd']])
p.add_argument('--cnt', '-c', action='count')
p.add_argument('--int-str', type=int, default='12')
p.add_argument('--lst', type=lambda s: s.split(','), default=[])
a = p.parse_args()
print(a)
for k, v in sorted(vars(a).items()):
    print(k, repr(v), type(v).__name__)
# case: ["s", "1", "2"]
# case: ["s", "1", "2", "o"]
# case: ["s", "1"]
# case: ["s", "1", "x"]
# case: ["s", "1", "2", "o", "extra"]
# case: ["s", "1", "2", "--one", "x", "--two", "p", "q"]
# case: ["s", "1", "2", "--one"]
# case: ["s", "1", "2", "--two", "p"]
# case: ["s", "1", "2", "--maybe"]
# case: ["s", "1", "2", "--maybe", "v"]
# case: ["s", "1", "2", "--maybe=v"]
# case: ["--star", "s", "1", "2"]
# case: ["s", "1", "2", "--star"]
# case: ["s", "1", "2", "--star", "a", "b", "--plus", "1", "2.5"]
# case: ["s", "1", "2", "--plus"]
# case: ["s", "1", "2", "--plus", "z"]
# case: ["s", "1", "2", "--sc", "--nf", "--ac", "--ac2", "--ac"]
# case: ["s", "1", "2", "--ext", "a", "b", "--ext", "c"]
# case: ["s", "1", "2", "--app", "a", "b", "--app", "c", "d"]
# case: ["s", "1", "2", "-ccc", "--cnt", "-c"]
# case: ["s", "1", "2", "--int-str", "7", "--lst", "a,b"]
# case: ["s", "1", "2", "--int-str", "q"]
# case: ["s", "1", "2", "--sc=1"]
# case: ["s", "1", "2", "--one=z", "--two=z"]
# case: ["--maybe", "s", "1", "2"]
# case: ["s", "--", "1", "2", "--", "x"]
# case: ["-h"]
