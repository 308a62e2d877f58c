# Level constants, names, addLevelName, _checkLevel errors, isEnabledFor, disable.
import logging
import sys

print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
for lv in (0, 10, 20, 30, 40, 50, 5, 'INFO', 'WARN', 'FATAL', 'nope'):
    print(repr(lv), logging.getLevelName(lv))
print(sorted(logging.getLevelNamesMapping().items()))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))

log = logging.getLogger('levels')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(levelno)d %(name)s: %(message)s'))
log.addHandler(h)
log.propagate = False
print(log.level, log.getEffectiveLevel(), logging.root.level)
for lv in (5, 10, 20, 25, 30, 40, 50):
    print(lv, log.isEnabledFor(lv))
log.debug('hidden debug')
log.info('hidden info')
log.warning('warn %s', 'shown')
log.error('error %d%%', 50)
log.critical('critical')
log.fatal('fatal is critical')
log.log(25, 'notice at %s', 25)
log.setLevel('DEBUG')
print(log.level, log.getEffectiveLevel())
log.debug('debug now shown')
log.setLevel(logging.NOTSET)
log.info('back to WARNING from root')
h.setLevel(logging.ERROR)
log.warning('dropped by handler level')
log.error('passes handler level')
h.setLevel(logging.NOTSET)
for bad in ('LOUD', 2.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
logging.disable(logging.WARNING)
log.warning('disabled warning')
log.error('error still shown')
print(log.isEnabledFor(30), log.isEnabledFor(40), logging.root.manager.disable)
logging.disable(logging.NOTSET)
log.warning('enabled again')
log.disabled = True
log.critical('logger disabled')
log.disabled = False
log.warning('msg with %s', 'args', )
log.warning('no args keeps %s literally')
log.warning('mapping %(a)s %(b)d', {'a': 'x', 'b': 2})
log.warning(['non', 'str', 'msg'])
log.warning('empty mapping stays a tuple %s', {})
print(repr(log), repr(logging.getLogger()), repr(h))
log.removeHandler(h)
