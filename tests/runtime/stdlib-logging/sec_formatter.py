# Formatter: % { $ styles, defaults, validation errors, asctime shape, datefmt, msecs, process.
import logging
import os
import re
import sys
import time

log = logging.getLogger('fmt')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)


def show(*a, **kw):
    h.setFormatter(logging.Formatter(*a, **kw))
    log.warning('value=%s', 42)


show()
show('%(name)s - %(levelname)-8s - %(message)s')
show('%(levelno)03d|%(levelname).3s|%(message)r')
show('{name}:{levelname:>10}:{message}', style='{')
show('{levelno:d} {message!r}', style='{')
show('$name $levelname ${message}!', style='$')
show('%(message)s [%(app)s]', defaults={'app': 'demo'})
show('%(processName)s %(threadName)s %(message)s')
for args in (('%(message)', None, '%'), ('no fields', None, '%'), ('{message', None, '{'),
             ('{}', None, '{'), ('{message!x}', None, '{'), ('$', None, '$'), ('plain', None, '$'),
             ('%(message)s', None, '#'), ('%(a)-10.3f', None, '%'), ('%(a)q %(b)5.*S', None, '%'),
             ('%(a).x', None, '%'), ('{a[0]}{b.c:>{w}}', None, '{'), ('{a:xx}', None, '{'),
             ('{a[}', None, '{'), ('{a.}', None, '{'), ('{0:*^+#010,.3%}', None, '{'),
             ('{a!s:<}', None, '{'), ('$a ${b}', None, '$'), ('$$', None, '$')):
    try:
        logging.Formatter(*args)
        print('ok', args)
    except ValueError as e:
        print('ValueError', e)
# A record the format cannot be applied to goes to Handler.handleError, which is silent
# with raiseExceptions off (pyaot cannot print its report otherwise: it shows the call stack).
logging.raiseExceptions = False
h.setFormatter(logging.Formatter('%(nosuch)s'))
log.warning('x')
h.setFormatter(logging.Formatter('{nosuch}', style='{'))
log.warning('x')
log.warning('%d', 'not a number')
logging.raiseExceptions = True

# Time fields: checked by shape and consistency, never by value.
rec = logging.makeLogRecord({'msg': 'at %s', 'args': ('now',), 'levelno': 20, 'levelname': 'INFO'})
f = logging.Formatter('%(asctime)s %(message)s')
s = f.format(rec)
print(re.fullmatch(r'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} at now', s) is not None)
print(s[:19] == time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(rec.created)))
print(int(s[20:23]) == int(rec.msecs), rec.msecs == int((rec.created - int(rec.created)) * 1000))
print(isinstance(rec.msecs, float), rec.relativeCreated >= 0, abs(rec.created - time.time()) < 60)
print(rec.asctime == s[:23], rec.message)
f2 = logging.Formatter('[%(asctime)s] %(message)s', datefmt='%Y/%m')
print(f2.format(rec) == '[' + time.strftime('%Y/%m', time.localtime(rec.created)) + '] at now')
f3 = logging.Formatter('{asctime} {message}', style='{')
print(f3.usesTime(), f.usesTime(), logging.Formatter('%(message)s').usesTime(),
      logging.Formatter('$asctime', style='$').usesTime())
f4 = logging.Formatter('%(asctime)s|%(message)s')
f4.default_msec_format = '%s.%03d'
print(re.fullmatch(r'[\d: -]{19}\.\d{3}\|at now', f4.format(rec)) is not None)
f4.default_msec_format = None
print(len(f4.format(rec)), f4.formatTime(rec, '%H') == time.strftime('%H', time.localtime(rec.created)))
logging.Formatter.converter = time.gmtime
print(logging.Formatter().formatTime(rec, '%Y-%m-%d %H') ==
      time.strftime('%Y-%m-%d %H', time.gmtime(rec.created)))
logging.Formatter.converter = time.localtime
pf = logging.Formatter('%(process)d')
print(pf.format(rec) == str(os.getpid()))
print(logging.BASIC_FORMAT)

# A Formatter subclass and BufferingFormatter.


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


h.setFormatter(Upper('%(levelname)s %(message)s'))
log.warning('shout %s', 'this')
recs = [logging.makeLogRecord({'msg': 'r%d' % i}) for i in range(3)]
bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
print(bf.format(recs), repr(bf.format([])), logging.BufferingFormatter().format(recs))
print(repr(logging.LogRecord('n', 20, '/a/b/mod.py', 7, 'm %s', ('x',), None, 'fn')))
r2 = logging.LogRecord('n', 20, '/a/b/mod.py', 7, 'm %s', ('x',), None, 'fn')
print(r2.filename, r2.module, r2.pathname, r2.lineno, r2.funcName, r2.getMessage())
print(logging.Formatter('%(filename)s:%(lineno)d %(funcName)s %(module)s %(message)s').format(r2))
r3 = logging.makeLogRecord({'name': 'made', 'msg': 'hello', 'custom': 1})
print(r3.name, r3.msg, r3.custom, r3.levelname, r3.getMessage(), r3.exc_info, r3.args)
log.removeHandler(h)
