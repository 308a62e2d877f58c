import argparse, sys


class Config:
    pass


p = argparse.ArgumentParser(prog='misc', description='Ünïcödé description with ĉĥâŕŝ that wraps around because it is very long indeed, %(prog)s 100%% done',
                            usage='%(prog)s [options]\n       %(prog)s --help')
p.add_argument('--level', type=int, nargs='?', const=1, default=0, help='lëvel, default %(default)r const %(const)s')
p.add_argument('--pick', type=int, choices=[1, 2, 3], help='choose')
p.add_argument('--list', default=[1, 2], help='list default %(default)s')
p.add_argument('--naïve', action='store_true', help='ünïcode option')
p.add_argument('thing', nargs='?', help='a thing')
cfg = Config()
cfg.preset = 'yes'
r = p.parse_args(namespace=cfg)
print(type(r).__name__, r is cfg, sorted(vars(r).items()))
try:
    print(argparse.Namespace(a=1).b)
except AttributeError as e:
    print('AttributeError', e)
k, rest = p.parse_known_args(['--unknown', 'val', '--level'])
print(sorted(vars(k).items()), rest)
k, rest = p.parse_known_args(['-u', '--level=3', '-x', 'y', 'z'])
print(sorted(vars(k).items()), rest)
# case: []
# case: ["--pick", "4"]
# case: ["--pick", "2", "--level"]
# case: ["--level", "5", "--naï"]
# case: ["-h"]
# case: {"argv": ["-h"], "env": {"COLUMNS": "33"}}
# case: ["--naïve=1"]
