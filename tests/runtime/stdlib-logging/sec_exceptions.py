# Exception logging: exception(), exc_info=True/instance/tuple, chained exceptions, exceptions
# logged outside a handler, exc_text caching, formatException overridden.
import logging
import sys

log = logging.getLogger('exc')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(name)s: %(message)s'))
log.addHandler(h)


def parse(s):
    return int(s)


def load(items):
    return [parse(x) for x in items]


try:
    load(['1', 'x'])
except ValueError:
    log.exception('could not load %s', 'items')
try:
    {}['missing']
except KeyError:
    log.error('with exc_info', exc_info=True)
    log.warning('exc_info=False', exc_info=False)
    log.critical('exception() at another level is still ERROR? no: critical with exc_info', exc_info=1)
try:
    try:
        load(['y'])
    except ValueError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    saved = e
log.error('instance given later', exc_info=saved)
log.error('tuple given', exc_info=(type(saved), saved, saved.__traceback__))
log.exception('outside a handler')
logging.root.handlers[:] = []
try:
    1 / 0
except ZeroDivisionError:
    rec = logging.LogRecord('r', 40, '/x.py', 1, 'cached', (), sys.exc_info())
f = logging.Formatter('%(message)s')
first = f.format(rec)
print(rec.exc_text is not None, f.format(rec) == first)
print(first)


class Short(logging.Formatter):
    def formatException(self, ei):
        return 'EXC ' + ei[0].__name__ + ': ' + str(ei[1])


h.setFormatter(Short('%(message)s'))
try:
    raise OSError(2, 'No such file')
except OSError:
    log.exception('short form')
log.removeHandler(h)
