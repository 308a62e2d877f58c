# logging's stderr output, compared with python3's stderr and stdout separately: the handler of
# last resort, the "No handlers" line when it is removed, StreamHandler()'s default stream,
# basicConfig() with no arguments, and an exception logged there.
import logging
import sys

log = logging.getLogger('quiet')
print('start')
log.warning('last resort prints just the message %s', 1)
log.info('below the last resort level')
log.error('errors too')
print(repr(logging.lastResort), logging.lastResort.level)
saved = logging.lastResort
logging.lastResort = None
log.warning('no handler at all')
log.warning('said only once')
logging.lastResort = saved
log.propagate = False
h = logging.StreamHandler()
print(h.stream is sys.stderr, repr(h))
h.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
log.addHandler(h)
log.warning('own stderr handler')
log.removeHandler(h)
logging.basicConfig()
logging.warning('basicConfig on stderr')
logging.getLogger('a.b').error('child %s', 'propagates')
try:
    [][1]
except IndexError:
    logging.exception('caught')
print('end')
