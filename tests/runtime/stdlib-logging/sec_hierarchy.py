# getLogger's dotted hierarchy, placeholders, propagation, handler collection, getChild.
import logging
import sys

root = logging.getLogger()
print(root is logging.root, root is logging.getLogger('root'), root is logging.getLogger(''))
print(root.name, root.parent)
c = logging.getLogger('app.db.conn')
print(c.parent is root, c.name)
app = logging.getLogger('app')
print(c.parent is app, app.parent is root)
db = logging.getLogger('app.db')
print(c.parent is db, db.parent is app)
print(type(logging.Logger.manager.loggerDict.get('x.y')).__name__)
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith('app')))
print(app.getChild('db') is db, root.getChild('app') is app)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)


def handler(tag):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(tag + ' %(name)s %(levelname)s %(message)s'))
    return h


hr, ha, hd = handler('[root]'), handler('[app]'), handler('[db]')
root.addHandler(hr)
app.addHandler(ha)
db.addHandler(hd)
db.addHandler(hd)
print(len(db.handlers), db.hasHandlers(), logging.getLogger('other').hasHandlers())
c.warning('from conn')
db.propagate = False
c.warning('stops at db')
print(c.hasHandlers())
db.propagate = True
app.setLevel(logging.ERROR)
print(c.getEffectiveLevel(), db.getEffectiveLevel(), repr(c))
c.warning('below app level')
c.error('app level error')
ha.setLevel(logging.CRITICAL)
c.error('app handler filters it')
app.setLevel(logging.NOTSET)
db.removeHandler(hd)
db.removeHandler(hd)
app.removeHandler(ha)
c.warning('only root now')
root.removeHandler(hr)
print(root.handlers, app.handlers, db.handlers)

# A logger class of one's own.


class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('custom.one')).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError', e)
