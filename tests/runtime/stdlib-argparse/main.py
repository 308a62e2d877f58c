# One program for every scenario, so the test builds once: `main.py NAME ARGS...` runs the
# scenario module NAME.py with sys.argv = ['main.py', ARGS...]. The argv lists each scenario
# runs with are the `# case:` comments in its file (tests/runtime/stdlib-argparse.test.ts).
import sys

name = sys.argv.pop(1)
if name == 'api':
    import api
elif name == 'basic':
    import basic
elif name == 'edge':
    import edge
elif name == 'edge2':
    import edge2
elif name == 'errors':
    import errors
elif name == 'fmtc':
    import fmtc
elif name == 'groups':
    import groups
elif name == 'helpfmt':
    import helpfmt
elif name == 'ident':
    import ident
elif name == 'misc':
    import misc
elif name == 'nargs':
    import nargs
elif name == 'reprs':
    import reprs
elif name == 'sub2':
    import sub2
elif name == 'sub3':
    import sub3
elif name == 'subcmd':
    import subcmd
elif name == 'ver':
    import ver
elif name == 'wrap':
    import wrap
else:
    raise SystemExit('unknown scenario ' + name)
