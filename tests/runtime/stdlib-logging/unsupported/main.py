# What pyaot's logging cannot provide (no frame objects, no threads) fails loudly.
import logging
import sys

log = logging.getLogger('u')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
for fmt, style in (('%(lineno)d %(message)s', '%'), ('{funcName}', '{'), ('$module', '$'),
                   ('%(pathname)s', '%'), ('%(filename)s', '%'), ('%(thread)d', '%')):
    h.setFormatter(logging.Formatter(fmt, style=style))
    try:
        log.warning('m')
    except NotImplementedError as e:
        print('NotImplementedError', e)
h.setFormatter(logging.Formatter('%(message)s'))


class Keep(logging.Handler):
    def emit(self, record):
        self.record = record


k = Keep()
log.addHandler(k)
log.warning('kept')
for attr in ('lineno', 'funcName', 'thread', 'nosuch'):
    try:
        getattr(k.record, attr)
    except AttributeError as e:
        print('AttributeError', e)
print(k.record.threadName, k.record.processName, hasattr(k.record, 'lineno'))
for call in (lambda: log.warn('w'), lambda: logging.warn('w'),
             lambda: log.warning('s', stack_info=True), lambda: logging.captureWarnings(True),
             lambda: log.findCaller(), lambda: log.warning('%d', 'x')):
    try:
        call()
    except NotImplementedError as e:
        print('NotImplementedError', e)
