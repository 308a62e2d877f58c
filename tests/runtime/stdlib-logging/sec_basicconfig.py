# basicConfig: stream, level, format, style, datefmt, handlers, force, filename/filemode,
# the errors it raises, and the module-level functions that configure the root on first use.
import logging
import os
import re
import sys
import tempfile

root = logging.getLogger()


def reset():
    for h in root.handlers[:]:
        root.removeHandler(h)
        h.close()
    root.setLevel(logging.WARNING)


reset()
logging.basicConfig(stream=sys.stdout)
print(len(root.handlers), type(root.handlers[0]).__name__, root.handlers[0].stream is sys.stdout)
logging.warning('default format %s', 1)
logging.info('info hidden at WARNING')
logging.basicConfig(stream=sys.stdout, format='ignored: %(message)s')
logging.error('second basicConfig ignored without force')
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(levelname)s>%(message)s', force=True)
print(len(root.handlers), root.level)
logging.debug('debug %s', 'shown')
logging.info('info')
logging.critical('crit')
logging.fatal('fatal')
logging.log(logging.INFO, 'log %d', 20)
logging.basicConfig(stream=sys.stdout, style='{', format='{levelname}/{name}/{message}', level='INFO', force=True)
logging.info('brace style')
logging.debug('not shown')
logging.basicConfig(stream=sys.stdout, style='$', force=True)
logging.warning('dollar default format')
logging.basicConfig(stream=sys.stdout, format='%(asctime)s %(message)s', datefmt='%Y', force=True)
out = []


class Capture(logging.Handler):
    def emit(self, record):
        out.append(self.format(record))


cap = Capture()
root.addHandler(cap)
cap.setFormatter(root.handlers[0].formatter)
logging.warning('dated')
print(re.fullmatch(r'\d{4} dated', out[-1]) is not None)
h1 = logging.StreamHandler(sys.stdout)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('h2 keeps its formatter: %(message)s'))
logging.basicConfig(handlers=[h1, h2], format='h1 %(levelname)s %(message)s', force=True)
logging.warning('two handlers')
print(root.handlers == [h1, h2])
for kw in ({'stream': sys.stdout, 'filename': 'x.log'}, {'handlers': [h1], 'stream': sys.stdout},
           {'style': '?'}, {'bogus': 1, 'other': 2}, {'level': 'LOUD'}):
    try:
        logging.basicConfig(force=True, **kw)
        print('ok', sorted(kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
reset()
d = tempfile.mkdtemp()
path = os.path.join(d, 'basic.log')
logging.basicConfig(filename=path, filemode='w', format='%(name)s %(message)s', level=logging.INFO)
fh = root.handlers[0]
print(type(fh).__name__, fh.baseFilename == os.path.abspath(path), fh.mode, fh.errors)
logging.info('to file %d', 1)
logging.getLogger('sub').warning('to file %d', 2)
logging.basicConfig(filename=path, filemode='a', force=True)
logging.error('appended after force')
reset()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(d)
# First use of a module-level function with no handlers configures the root on stderr; point
# sys.stderr at stdout for the duration so the output is compared.
saved = sys.stderr
sys.stderr = sys.stdout
logging.warning('auto basicConfig')
print(len(root.handlers), root.handlers[0].stream is sys.stdout)
sys.stderr = saved
reset()
