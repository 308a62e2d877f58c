# Every builtin exception class CPython 3.11 has: their MROs, errno subclass selection by
# OSError(errno, ...), SyntaxError's fields on its subclasses, and subclassing a warning category.
import errno
for cls in (BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
            IndentationError, TabError, UnicodeTranslateError, PendingDeprecationWarning,
            SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
            ResourceWarning, EncodingWarning, IOError, EnvironmentError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
for n in (errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.ESHUTDOWN):
    e = OSError(n, 'boom')
    print(type(e).__name__, e.errno, e)
try:
    raise TabError('inconsistent use of tabs', ('f.py', 3, 1, '\tx\n'))
except IndentationError as e:
    print(type(e).__name__, e, e.lineno, e.filename, repr(e))
try:
    raise BrokenPipeError(32, 'Broken pipe')
except ConnectionError as e:
    print(repr(e), e.errno, e.strerror)
class MyWarn(FutureWarning):
    pass
print(MyWarn.__mro__)
print(str(FutureWarning('x')), repr(ResourceWarning('a', 1)))
try:
    raise IndentationError('unexpected indent')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.args)
