# string for pyaot: the constants, capwords, Template and Formatter of CPython 3.11's
# string.py. Template's regular expression and _string.formatter_parser are replaced by
# scanners that accept and reject exactly what they do (pyaot has no `re` yet).

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


_ID_START = '_' + ascii_letters
_ID_CONT = _ID_START + digits
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


def _ident_end(s, i):
    # The end of (?a:[_a-z][_a-z0-9]*) under IGNORECASE at i, or -1.
    n = len(s)
    if i >= n or s[i] not in _ID_START:
        return -1
    j = i + 1
    while j < n and s[j] in _ID_CONT:
        j += 1
    return j


class Template:
    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _check_pattern(self):
        cls = type(self)
        if cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None or hasattr(cls, 'pattern'):
            raise NotImplementedError('pyaot: Template subclasses with their own pattern need the re module')

    def _scan(self):
        # Yields (start, end, kind, name) for each delimiter match, kind in 'escaped', 'named',
        # 'braced', 'invalid' (the groups of Template.pattern).
        self._check_pattern()
        s = self.template
        d = self.delimiter
        dn = len(d)
        out = []
        i = s.find(d)
        while i >= 0:
            j = i + dn
            if s.startswith(d, j):
                out.append((i, j + dn, 'escaped', None))
                i = s.find(d, j + dn)
                continue
            e = _ident_end(s, j)
            if e >= 0:
                out.append((i, e, 'named', s[j:e]))
                i = s.find(d, e)
                continue
            if j < len(s) and s[j] == '{':
                e = _ident_end(s, j + 1)
                if e >= 0 and e < len(s) and s[e] == '}':
                    out.append((i, e + 1, 'braced', s[j + 1:e]))
                    i = s.find(d, e + 1)
                    continue
            out.append((i, j, 'invalid', None))
            i = s.find(d, j) if dn else -1
        return out

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        out = []
        last = 0
        s = self.template
        for start, end, kind, name in self._scan():
            out.append(s[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if safe:
                    out.append(s[start:end])
                else:
                    self._invalid(end)
            else:
                if kws and name in kws:
                    out.append(str(kws[name]))
                elif safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(s[start:end])
                else:
                    out.append(str(mapping[name]))
        out.append(s[last:])
        return ''.join(out)

    def substitute(self, mapping={}, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


def _formatter_parser(s):
    # _string.formatter_parser: (literal, field_name, format_spec, conversion) tuples, with
    # MarkupIterator_next's escapes and errors, lazily as the C iterator raises them.
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == '}' and markup and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[i] == c:
                i += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        i, name, spec, conv = _parse_field(s, i)
        yield (literal, name, spec, conv)


def _parse_field(s, i):
    n = len(s)
    c = ''
    start = i
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    name = s[start:i - 1]
    conv = None
    if c == '!' or c == ':':
        if c == '!':
            if i >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conv = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    return i, name, '', conv
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    return i, name, s[spec_start:i - 1], conv
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return i, name, '', conv


def _field_name_split(name):
    # _string.formatter_field_name_split: the first part (an int when all digits) and an
    # iterator of (is_attribute, key) accessors, which raises its errors lazily as C's does.
    n = len(name)
    i = 0
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    return first, _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while j < n and name[j] != '.' and name[j] != '[':
                j += 1
            if j == i:
                raise ValueError('Empty attribute in format string')
            yield (True, name[i:j])
            i = j
        elif c == '[':
            j = i
            while j < n and name[j] != ']':
                j += 1
            if j >= n:
                raise ValueError("Missing ']' in format string")
            if j == i:
                raise ValueError('Empty attribute in format string')
            key = name[i:j]
            if key.isdigit() and key.isascii():
                key = int(key)
            yield (False, key)
            i = j + 1
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
