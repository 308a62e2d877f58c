import argparse
progs = ['p', 'a-much-longer-program-name', 'x' * 45]
for prog in progs:
    for variant in range(6):
        p = argparse.ArgumentParser(prog=prog, description='Desc ' * 25)
        if variant % 2:
            m = p.add_mutually_exclusive_group(required=variant > 2)
            m.add_argument('--alpha', action='store_true', help='alpha ' * 12)
            m.add_argument('--beta-long-option-name', metavar='BETA_VALUE')
            m.add_argument('--gamma', nargs='+')
        for i in range(variant * 2):
            p.add_argument('--opt%d' % i, nargs=['?', '*', '+', 2, None, 1][i % 6], help='h%d ' % i * (i + 1))
        g = p.add_argument_group('grp')
        if variant >= 2:
            g.add_argument('inputs', nargs='+', help='input files')
            g.add_argument('output', help='out')
        if variant >= 4:
            p.add_argument('rest', nargs='*')
            sp = p.add_subparsers(title='cmds', metavar='{cmd}')
            sp.add_parser('build', help='build it ' * 6, aliases=['b'])
            sp.add_parser('test-everything-with-a-long-name', help='test')
        print(p.format_help())
        print('=====')
# case: []
# case: {"argv": [], "env": {"COLUMNS": "40"}}
# case: {"argv": [], "env": {"COLUMNS": "60"}}
# case: {"argv": [], "env": {"COLUMNS": "25"}}
# case: {"argv": [], "env": {"COLUMNS": "150"}}
