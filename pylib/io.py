# io for pyaot: in-memory streams (StringIO, BytesIO) and a TextIOWrapper over a binary
# buffer, following CPython 3.11's _io C code: newline translation as stringio.c does it,
# position and padding rules, and the same messages. Files come from the builtin open().

__all__ = ['StringIO', 'BytesIO', 'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET',
           'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'IOBase', 'TextIOBase',
           'BufferedIOBase', 'RawIOBase']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # stringio.c words it without the final period, iobase.c and bytesio.c with it.
    _closed_msg = 'I/O operation on closed file.'

    def _check_closed(self):
        if self.closed:
            raise ValueError(self._closed_msg)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        hint = _size(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _size(n):
    if n is None:
        return -1
    if not isinstance(n, int):
        raise TypeError(f"argument should be integer or None, not '{type(n).__name__}'")
    return n


def _seek_args(pos, whence):
    if not isinstance(pos, int):
        raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
    if whence != 0 and whence != 1 and whence != 2:
        raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')


class StringIO(TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._readnl = newline
        self._universal = newline is None or newline == ''
        self._translate = newline is None
        self._writenl = newline if newline is not None and newline[:1] == '\r' else None
        self._seennl = 0
        self.closed = False
        # The text is _buf followed by the pending appends in _tail (joined lazily, so a run
        # of writes at the end costs O(total) instead of O(n^2)).
        self._buf = ''
        self._tail = []
        self._len = 0
        self._pos = 0
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    encoding = None
    errors = None
    line_buffering = False
    _closed_msg = 'I/O operation on closed file'

    @property
    def newlines(self):
        self._check_closed()
        if not self._universal:
            return None
        kinds = [k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seennl & bit]
        if not kinds:
            return None
        if len(kinds) == 1:
            return kinds[0]
        return tuple(kinds)

    def _value(self):
        if self._tail:
            self._buf = self._buf + ''.join(self._tail)
            self._tail = []
        return self._buf

    def getvalue(self):
        self._check_closed()
        return self._value()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if n:
            self._write(s)
        return n

    def _write(self, s):
        if self._universal:
            if '\r' in s:
                self._seennl |= (4 if '\r\n' in s else 0) | (1 if '\r' in s.replace('\r\n', '') else 0)
            if '\n' in s.replace('\r\n', ''):
                self._seennl |= 2
            if self._translate:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        if self._writenl is not None:
            s = s.replace('\n', self._writenl)
        pos = self._pos
        if pos == self._len:
            self._tail.append(s)
        else:
            buf = self._value()
            if pos > self._len:
                buf = buf + '\0' * (pos - self._len)
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        if self._pos > self._len:
            self._len = self._pos

    def read(self, size=-1):
        self._check_closed()
        size = _size(size)
        buf = self._value()
        start = self._pos
        if start >= self._len:
            return ''
        end = self._len if size < 0 else min(self._len, start + size)
        self._pos = end
        return buf[start:end]

    def readline(self, size=-1):
        self._check_closed()
        size = _size(size)
        buf = self._value()
        start = self._pos
        if start >= self._len:
            return ''
        limit = self._len if size < 0 else min(self._len, start + size)
        if self._universal and not self._translate:
            i = start
            end = limit
            while i < limit:
                c = buf[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if i + 1 < limit and buf[i + 1] == '\n' else i + 1
                    break
                i += 1
        else:
            nl = '\n' if self._readnl is None else self._readnl
            i = buf.find(nl, start, limit)
            end = limit if i < 0 else i + len(nl)
        self._pos = end
        return buf[start:end]

    def seek(self, pos, whence=0):
        self._check_closed()
        _seek_args(pos, whence)
        if whence == 0 and pos < 0:
            raise ValueError(f'Negative seek position {pos}')
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._len
        self._pos = pos
        return pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        if size < self._len:
            self._buf = self._value()[:size]
            self._len = size
        return size

    def close(self):
        self.closed = True

    def detach(self):
        raise UnsupportedOperation('detach')

    def __getstate__(self):
        return (self.getvalue(), self._readnl, self._pos, None)


class _BytesView:
    # What BytesIO.getbuffer() gives (a memoryview in CPython): a read-only snapshot here.
    def __init__(self, data):
        self._data = bytes(data)

    def tobytes(self):
        return self._data

    def tolist(self):
        return list(self._data)

    def __bytes__(self):
        return self._data

    def __len__(self):
        return len(self._data)

    def __getitem__(self, i):
        return self._data[i]

    def __iter__(self):
        return iter(self._data)

    @property
    def nbytes(self):
        return len(self._data)

    def release(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if hasattr(b, 'tobytes'):
        return b.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


class BytesIO(BufferedIOBase):
    def __init__(self, initial_bytes=None):
        self.closed = False
        self._buf = bytearray()
        self._pos = 0
        if initial_bytes is not None:
            self._buf += _bytes_like(initial_bytes)

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return _BytesView(self._buf)

    def write(self, b):
        self._check_closed()
        data = _bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        end = len(self._buf)
        if pos > end:
            self._buf += bytes(pos - end)
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _size(size)
        start = self._pos
        end = len(self._buf)
        if start >= end:
            return b''
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(self._buf[start:end])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        size = _size(size)
        start = self._pos
        end = len(self._buf)
        if start >= end:
            return b''
        if size >= 0:
            end = min(end, start + size)
        i = self._buf.find(b'\n', start, end)
        if i >= 0:
            end = i + 1
        self._pos = end
        return bytes(self._buf[start:end])

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        _seek_args(pos, whence)
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
        elif whence == 1:
            pos = max(0, self._pos + pos)
        else:
            pos = max(0, len(self._buf) + pos)
        self._pos = pos
        return pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        if size < 0:
            raise ValueError(f'negative size value {size}')
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def close(self):
        self.closed = True


class TextIOWrapper(TextIOBase):
    # Text over a binary stream (BytesIO or a binary file): encodes on write, decodes what is
    # read; newline handling as in StringIO.
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        self.buffer = buffer
        self.encoding = 'utf-8' if encoding is None else encoding
        self.errors = 'strict' if errors is None else errors
        self.line_buffering = line_buffering
        self._newline = newline
        self._decoded = None
        self._started = False

    @property
    def closed(self):
        return self.buffer.closed

    def _has_bom(self):
        e = self.encoding.lower().replace('_', '-')
        return e == 'utf-16' or e == 'utf-32' or e == 'utf-8-sig'

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._newline is not None and self._newline != '' and self._newline != '\n':
            text = text.replace('\n', self._newline)
        data = text.encode(self.encoding, self.errors)
        if self._has_bom() and (self._started or self.buffer.tell() > 0):
            data = data[len(''.encode(self.encoding)):]
        self._started = True
        self.buffer.write(data)
        self._decoded = None
        return len(s)

    def flush(self):
        self._check_closed()

    def _text(self):
        if self._decoded is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            self._decoded = StringIO(text, newline=self._newline)
        return self._decoded

    def read(self, size=-1):
        self._check_closed()
        return self._text().read(size)

    def readline(self, size=-1):
        self._check_closed()
        return self._text().readline(size)

    def seek(self, pos, whence=0):
        self._check_closed()
        self._decoded = None
        return self.buffer.seek(pos, whence)

    def tell(self):
        self._check_closed()
        if self._decoded is not None:
            raise UnsupportedOperation('pyaot: tell() after reading from a TextIOWrapper')
        return self.buffer.tell()

    def close(self):
        if not self.buffer.closed:
            self.buffer.close()

    def detach(self):
        b = self.buffer
        self.buffer = None
        return b
