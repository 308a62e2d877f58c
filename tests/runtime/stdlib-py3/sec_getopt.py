# getopt and gnu_getopt: short, long, prefixes, every error message.
import getopt
def go(f, *a):
    try: print(f(*a))
    except getopt.GetoptError as e: print('ERR', e, repr(e.opt), e.msg, e.args)
go(getopt.getopt, ['-a', '-bval', '-c', 'x', 'arg1', '-d'], 'abc:d')
go(getopt.getopt, ['-abfoo', 'rest'], 'ab:')
go(getopt.getopt, ['--alpha', '--beta=2', '--gam', '3', '--', '-x'], 'x', ['alpha', 'beta=', 'gamma='])
go(getopt.getopt, ['--al'], '', ['alpha', 'alps'])
go(getopt.getopt, ['--zz'], '', ['alpha'])
go(getopt.getopt, ['--alpha=1'], '', 'alpha')
go(getopt.getopt, ['--beta'], '', ['beta='])
go(getopt.getopt, ['-z'], 'a')
go(getopt.getopt, ['-b'], 'b:')
go(getopt.getopt, ['-', '-a'], 'a')
go(getopt.gnu_getopt, ['x', '-a', 'y', '--long', 'z', '--', '-q'], 'a', ['long'])
go(getopt.gnu_getopt, ['x', '-a'], '+a')
go(getopt.getopt, ['-:'], 'a:')
print(getopt.error is getopt.GetoptError)

