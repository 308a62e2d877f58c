# LoggerAdapter: extra through process(), delegation, a subclass rewriting messages.
import logging
import sys

base = logging.getLogger('adapt')
base.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s [%(conn)s] %(message)s'))
base.addHandler(h)
ad = logging.LoggerAdapter(base, {'conn': 'c1'})
ad.info('hidden')
ad.warning('adapted %s', 'warning')
ad.error('error')
ad.critical('critical')
ad.log(logging.WARNING, 'log()')
try:
    int('z')
except ValueError:
    h.setFormatter(logging.Formatter('%(levelname)s [%(conn)s] %(message)s|%(exc_text).10s'))
    ad.exception('adapter exception')
h.setFormatter(logging.Formatter('%(levelname)s [%(conn)s] %(message)s'))
ad.setLevel(logging.DEBUG)
ad.debug('debug after setLevel')
print(ad.getEffectiveLevel(), ad.isEnabledFor(10), ad.hasHandlers(), ad.name, ad.manager is base.manager)
print(repr(ad))


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['conn'], msg), kwargs


h.setFormatter(logging.Formatter('%(message)s'))
Prefix(base, {'conn': 'c2'}).warning('prefixed %d', 7)
base.removeHandler(h)
base.setLevel(logging.NOTSET)
