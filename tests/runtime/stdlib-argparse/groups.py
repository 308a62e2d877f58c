import argparse
p = argparse.ArgumentParser(prog='grp', description='Groups and defaults.')
p.set_defaults(color='red', extra=1)
m = p.add_mutually_exclusive_group()
m.add_argument('-a', '--all', action='store_true', help='everything')
m.add_argument('-b', '--brief', action='store_true', help='less')
m.add_argument('--level', type=int)
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--json', action='store_const', const='json', dest='format')
r.add_argument('--text', action='store_const', const='text', dest='format')
r.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
g = p.add_argument_group('network', 'Network settings.')
g.add_argument('--host', default='localhost', help='host (default: %(default)s)')
g.add_argument('--port', type=int, default=8080)
gm = g.add_mutually_exclusive_group()
gm.add_argument('--ipv4', action='store_true')
gm.add_argument('--ipv6', action='store_true')
p.add_argument('--color')
p.add_argument('target', nargs='?', default='.')
p.set_defaults(port=9000)
print(p.get_default('port'), p.get_default('color'), p.get_default('extra'), p.get_default('nope'))
a = p.parse_args()
print(a)
# case: ["--json"]
# case: ["--text", "-a", "dir"]
# case: []
# case: ["-a"]
# case: ["--json", "--text"]
# case: ["--json", "-a", "-b"]
# case: ["--json", "-ab"]
# case: ["--json", "--level", "3", "--all"]
# case: ["--json", "--ipv4", "--ipv6"]
# case: ["--json", "--color", "blue", "--port", "1", "--host", "h"]
# case: ["--hidden"]
# case: ["-h"]
# case: ["--json", "--all", "--all"]
# case: {"argv": ["-h"], "env": {"COLUMNS": "40"}}
