import argparse
p=argparse.ArgumentParser(prog='r')
print(p.add_argument('--a', action='store_const', const=1, metavar='M'))
print(p.add_argument('--b', action='append_const', const=1, metavar='M'))
print(p.add_argument('--c', action='count'))
print(p.add_argument('--v', action='version'))
print(p.add_argument('--bo', action=argparse.BooleanOptionalAction, metavar='Q', type=int, choices=[1]))
print(p.add_argument('--e', action='extend', nargs='+', type=int))
print(p.add_argument('--h2', action='help'))
s=p.add_subparsers(); print(s)
print(s.add_parser('x', help='hh'))
print(s._choices_actions[0])
print(s)
# case: []
