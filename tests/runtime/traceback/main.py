# traceback (pylib/traceback.py) against CPython's: print_exc/format_exc in handlers at every
# depth, chained exceptions, format_exception_only, extract_tb's FrameSummary objects, limits,
# recursion cut-off lines, and the `~~^^` marker lines under the source lines. Printed to stdout.
import io
import sys
import traceback


def out(text):
    sys.stdout.write(text)


class ConfigError(Exception):
    pass


def parse(s):
    return int(s)


def load(items):
    return [parse(x) for x in items]


def configure(items):
    try:
        return load(items)
    except ValueError as e:
        raise ConfigError('bad config') from e


def deep(n):
    if n == 0:
        raise KeyError('bottom')
    return deep(n - 1)


try:
    load(['1', 'x'])
except ValueError:
    out(traceback.format_exc())

try:
    configure(['2', 'y'])
except ConfigError as e:
    out(''.join(traceback.format_exception(e)))
    out(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)))
    out(''.join(traceback.format_exception_only(e)))
    print([tuple(fs) for fs in traceback.extract_tb(e.__traceback__)][0][1:])
    print(repr(traceback.extract_tb(e.__traceback__)[0]).split(',')[1:])

try:
    deep(8)
except KeyError:
    out(traceback.format_exc())
    out(traceback.format_exc(limit=2))
    out(traceback.format_exc(limit=-1))

try:
    try:
        {}['missing']
    except KeyError:
        None.attr
except AttributeError:
    out(traceback.format_exc())
    out(traceback.format_exc(chain=False))


def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        buf = io.StringIO()
        traceback.print_exc(file=buf)
        out(buf.getvalue())


handler()
print(traceback.format_exception_only(ValueError('v'))[0], end='')
print(traceback.format_exception_only(ValueError())[0], end='')
print(traceback.format_exc(), end='')
e = RuntimeError('never raised')
print(traceback.format_exception(e))
print(traceback.format_list([('f.py', 3, 'fn', 'x = 1')]))


def total(rows):
    return sum([r['n'] for r in rows])


def report(rows):
    return {k: total(v) for k, v in rows.items()}


try:
    report({'a': [{'n': 1}], 'b': [{'m': 2}]})
except KeyError:
    out(traceback.format_exc())
try:
    print([x for x in 5])
except TypeError:
    out(traceback.format_exc())
