# Filter by name, callables as filters, filters on loggers and handlers, extra= fields.
import logging
import sys

a = logging.getLogger('flt')
a.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s %(message)s'))
a.addHandler(h)
for name, rec in (('', 'any'), ('a.b', 'a.b'), ('a.b', 'a.b.c'), ('a.b', 'a.bc'), ('a.b', 'a')):
    print(repr(name), rec, logging.Filter(name).filter(logging.makeLogRecord({'name': rec})))


def no_secrets(record):
    return 'secret' not in record.getMessage()


a.addFilter(no_secrets)
a.addFilter(no_secrets)
print(len(a.filters))
a.warning('public')
a.warning('a secret')
a.removeFilter(no_secrets)
a.warning('a secret now shown')


class Tagger(logging.Filter):
    def filter(self, record):
        record.tag = 'T'
        return True


h.addFilter(Tagger())
h.setFormatter(logging.Formatter('%(tag)s %(name)s %(message)s'))
a.warning('tagged')
h.addFilter(logging.Filter('other'))
a.warning('dropped by the name filter')
h.filters = []
h.setFormatter(logging.Formatter('%(user)s@%(ip)s %(message)s'))
a.warning('with extra', extra={'user': 'bob', 'ip': '1.2.3.4'})
for bad in ({'message': 1}, {'asctime': 1}, {'name': 1}, {'levelno': 1}, {'lineno': 1},
            {'funcName': 'f'}, {'thread': 1}, {'process': 1}, {'pathname': 'p'}):
    try:
        a.warning('x', extra=bad)
    except KeyError as e:
        print('KeyError', e)


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


c = Collect()
a.addHandler(c)
a.warning('collected %s', 'x', extra={'user': 'u', 'ip': 'i'})
r = c.records[-1]
print(r.name, r.levelname, r.levelno, r.msg, r.args, r.getMessage(), r.user, r.exc_info, r.stack_info)
print(repr(c), repr(logging.NullHandler()), repr(logging.Handler(logging.INFO)))
c.set_name('collector')
print(c.name, c.get_name())
try:
    logging.Handler().emit(r)
except NotImplementedError as e:
    print('NotImplementedError', e)
h.setFormatter(logging.Formatter('%(message)s'))
nh = logging.NullHandler()
a.addHandler(nh)
a.warning('null handler swallows')
a.removeHandler(nh)
a.removeHandler(c)
a.removeHandler(h)
