# FileHandler to a temporary file read back: modes, delay, encoding, close, repr, shutdown.
import logging
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')
log = logging.getLogger('files')
log.propagate = False
log.setLevel(logging.DEBUG)
fh = logging.FileHandler(path, mode='w', encoding='utf-8')
fh.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
log.addHandler(fh)
print(repr(fh) == '<FileHandler %s (NOTSET)>' % os.path.abspath(path), fh.mode, fh.encoding, fh.delay)
log.debug('first line')
log.info('unicode: h\u00e9llo \u2603')
log.warning('multi\nline')
fh.close()
print(fh.stream)
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
log.removeHandler(fh)

fa = logging.FileHandler(path)
fa.setFormatter(logging.Formatter('%(message)s'))
print(fa.mode, fa.encoding)
log.addHandler(fa)
log.error('appended')
log.removeHandler(fa)
fa.close()
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))

lazy = os.path.join(d, 'lazy.log')
fd = logging.FileHandler(lazy, delay=True)
print(fd.stream, os.path.exists(lazy))
log.addHandler(fd)
log.warning('opened on first emit')
print(fd.stream is not None, os.path.exists(lazy))
log.removeHandler(fd)
fd.close()
fd.close()
with open(lazy) as f:
    print(repr(f.read()))

# A FileHandler the program never closes is flushed and closed by shutdown().
late = os.path.join(d, 'late.log')
fl = logging.FileHandler(late, 'w')
log.addHandler(fl)
log.critical('flushed by shutdown')
logging.shutdown()
with open(late) as f:
    print(repr(f.read()))
log.removeHandler(fl)
for p in (path, lazy, late):
    os.remove(p)
os.rmdir(d)
try:
    logging.FileHandler(os.path.join(d, 'missing', 'x.log'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
