# csv for pyaot: CPython 3.11's _csv.c reader state machine and writer quoting rules, ported
# to Python, plus csv.py's DictReader/DictWriter and dialect registry. (The Sniffer needs `re`
# and is not provided.)

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           'excel', 'excel_tab', 'unix_dialect', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'unregister_dialect',
           'DictReader', 'DictWriter', '__version__']

__version__ = '1.0'

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


_field_limit = 128 * 1024


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError(f'field_size_limit expected at most 1 argument, got {len(args)}')
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


class Dialect:
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


_NULL = object()  # an attribute neither passed nor found on the dialect (NULL in _csv.c)


def _set_char(name, v, default):
    if v is _NULL:
        return default
    if not isinstance(v, str):
        raise TypeError(f'"{name}" must be string, not {type(v).__name__}')
    if len(v) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return v


def _set_char_or_none(name, v, default):
    if v is _NULL:
        return default
    if v is None:
        return None
    if not isinstance(v, str):
        raise TypeError(f'"{name}" must be string or None, not {type(v).__name__}')
    if len(v) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return v


class _Dialect:
    # The validated, immutable dialect the C module builds (_csv.Dialect's dialect_new).
    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for k in kwargs:
            if k not in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                         'lineterminator', 'quoting', 'strict'):
                raise TypeError(f"'{k}' is an invalid keyword argument for Dialect()")

        def get(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                return getattr(dialect, name, _NULL)
            return _NULL
        self.delimiter = _set_char('delimiter', get('delimiter'), ',')
        v = get('doublequote')
        self.doublequote = True if v is _NULL else bool(v)
        self.escapechar = _set_char_or_none('escapechar', get('escapechar'), None)
        v = get('lineterminator')
        if v is _NULL:
            v = '\r\n'
        elif not isinstance(v, str):
            raise TypeError(f'"lineterminator" must be a string, not {type(v).__name__}')
        self.lineterminator = v
        qc = get('quotechar')
        self.quotechar = _set_char_or_none('quotechar', qc, '"')
        v = get('quoting')
        if v is _NULL:
            v = QUOTE_MINIMAL
        elif not isinstance(v, int):
            raise TypeError('"quoting" must be an integer')
        if v not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self.quoting = v
        v = get('skipinitialspace')
        self.skipinitialspace = False if v is _NULL else bool(v)
        v = get('strict')
        self.strict = False if v is _NULL else bool(v)
        if qc is None and 'quoting' not in kwargs:
            self.quoting = QUOTE_NONE
        if self.quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    d = _Dialect(dialect, **fmtparams)
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    d = _dialects[name]
    if isinstance(d, type):
        d = _Dialect(d())
        _dialects[name] = d
    return d


def list_dialects():
    return list(_dialects)


_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8


class _Reader:
    def __init__(self, f, dialect, kwargs):
        self.input_iter = iter(f)
        self.dialect = _Dialect(dialect, **kwargs)
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error(f'field larger than field limit ({_field_limit})')
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self.input_iter)
            except StopIteration:
                if len(self._field) != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f'iterator should return strings, not {type(line).__name__} (the file should be opened in text mode)')
            self.line_num += 1
            for c in line:
                if c == '\0':
                    raise Error('line contains NUL')
                self._process(c)
            self._process(None)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _process(self, c):
        # c is None for the end of a line (EOL in _csv.c).
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = _START_FIELD
            self._state = _START_FIELD
        if state == _START_FIELD:
            if c is None or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if c is None else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c is None:
                return
            if c is None or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                # _csv.c leaves AFTER_ESCAPED_CRNL in place here, so later line ends are
                # skipped too (the field goes on across lines).
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if c is None else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is None or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


def _is_number(v):
    return isinstance(v, (int, float, complex))


class _Writer:
    def __init__(self, f, dialect, kwargs):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _Dialect(dialect, **kwargs)

    def _append(self, out, field, quoted, first):
        # join_append_data: escapes and decides quoting, then writes the field.
        d = self.dialect
        special = d.delimiter + (d.escapechar or '') + (d.quotechar or '') + d.lineterminator
        chars = []
        if field is not None:
            for c in field:
                want_escape = False
                if c in special:
                    if d.quoting == QUOTE_NONE:
                        want_escape = True
                    else:
                        if c == d.quotechar:
                            if d.doublequote:
                                chars.append(d.quotechar)
                            else:
                                want_escape = True
                        elif c == d.escapechar:
                            want_escape = True
                        if not want_escape:
                            quoted = True
                    if want_escape:
                        if d.escapechar is None:
                            raise Error('need to escape, but no escapechar set')
                        chars.append(d.escapechar)
                chars.append(c)
        if not first:
            out.append(d.delimiter)
        if quoted:
            out.append(d.quotechar)
        out.append(''.join(chars))
        if quoted:
            out.append(d.quotechar)

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        out = []
        n = 0
        last_empty = False
        for field in it:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = None
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._append(out, text, quoted, n == 0)
            n += 1
            last_empty = not text and not quoted
        if n == 1 and last_empty:
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out = []
            self._append(out, None, True, True)
        out.append(d.lineterminator)
        return self._write(''.join(out))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _get_fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    def _set_fieldnames(self, value):
        self._fieldnames = value

    fieldnames = property(_get_fieldnames, _set_fieldnames)

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong_fields]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
