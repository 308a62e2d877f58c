import argparse
p = argparse.ArgumentParser(prog='git')
p.add_argument('--verbose', '-v', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
push = sub.add_parser('push', help='update remote', aliases=['p'])
push.add_argument('remote', nargs='?', default='origin')
push.add_argument('--force', '-f', action='store_true')
push.set_defaults(func='do_push')
sub.add_parser('status')
a = p.parse_args()
print(a)

q = argparse.ArgumentParser(prog='tool', description='with titled sub-commands')
s2 = q.add_subparsers(title='commands', description='the things to do', dest='cmd',
                      required=True, metavar='COMMAND')
s2.add_parser('run', help='run it').add_argument('n', type=int)
s2.add_parser('stop', help='stop it')
if a.command == 'status':
    print(q.parse_args(a.verbose and ['-h'] or ['run', '5']))
    print(q.parse_args([]))
# case: ["commit", "-m", "msg"]
# case: ["-v", "commit", "--amend", "-m", "x"]
# case: ["commit"]
# case: ["commit", "-m", "x", "extra"]
# case: ["push"]
# case: ["p", "upstream", "-f"]
# case: ["push", "-v"]
# case: ["pull"]
# case: []
# case: ["-h"]
# case: ["commit", "-h"]
# case: ["p", "-h"]
# case: ["status"]
# case: ["-v", "status"]
