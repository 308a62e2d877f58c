# re for pyaot: regular expressions with CPython's syntax and matching rules, written in Python
# and compiled with the program. The pattern is parsed into a tree (as sre_parse does) and
# compiled into matcher closures that backtrack exactly as CPython's sre engine does: leftmost
# match, alternatives in order, greedy/lazy repeats, a repeat stops at an empty iteration,
# groups keep their last iteration. Not supported (a clear re.error, never a wrong match):
# conditional groups (?(1)...), bytes patterns.

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S',
           'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE',
           'NOFLAG', 'RegexFlag']

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256
RegexFlag = int

_FLAG_LETTERS = {'a': ASCII, 'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL,
                 'u': UNICODE, 'x': VERBOSE}
_FLAG_NAMES = [(TEMPLATE, 'TEMPLATE'), (IGNORECASE, 'IGNORECASE'), (LOCALE, 'LOCALE'),
               (MULTILINE, 'MULTILINE'), (DOTALL, 'DOTALL'), (UNICODE, 'UNICODE'),
               (VERBOSE, 'VERBOSE'), (DEBUG, 'DEBUG'), (ASCII, 'ASCII')]


class error(Exception):
    """A pattern that is not a valid regular expression (CPython's re.error)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


# ---- character classes ----------------------------------------------------------------------

def _is_word(c, ascii_only):
    if ascii_only:
        return c < '\x80' and (c.isalnum() or c == '_')
    return c.isalnum() or c == '_'


def _is_digit(c, ascii_only):
    if ascii_only:
        return '0' <= c <= '9'
    return c.isdecimal()


def _is_space(c, ascii_only):
    if ascii_only:
        return c in ' \t\n\r\x0b\x0c'
    return c.isspace()


def _category(kind, c, ascii_only):
    if kind == 'd':
        return _is_digit(c, ascii_only)
    if kind == 'D':
        return not _is_digit(c, ascii_only)
    if kind == 'w':
        return _is_word(c, ascii_only)
    if kind == 'W':
        return not _is_word(c, ascii_only)
    if kind == 's':
        return _is_space(c, ascii_only)
    return not _is_space(c, ascii_only)


# ---- the parser (sre_parse's grammar) --------------------------------------------------------
#
# Nodes are tuples: ('lit', ch), ('any',), ('set', items, negated), ('cat', [nodes]),
# ('alt', [nodes]), ('group', index, node), ('rep', node, min, max, greedy) with max -1 for
# unbounded, ('at', kind) for ^ $ \A \Z \b \B, ('ref', index), ('look', node, behind, negated),
# ('atomic', node) for (?>...) and ('possessive', rep) for x*+ x++ x?+ x{m,n}+.
# Every node that depends on flags carries them: lit/set/ref (IGNORECASE, ASCII), any (DOTALL),
# at (MULTILINE, ASCII).

_SPECIAL = '.^$*+?{}[]\\|()'
_REPEAT_CHARS = '*+?{'
_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
            '\\': '\\'}


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.groups = 1
        self.groupindex = {}
        self.open_groups = []

    def error(self, msg, offset=0):
        return error(msg, self.p, self.i - offset)

    def more(self):
        return self.i < len(self.p)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ''

    def skip_verbose(self, flags):
        if not (flags & VERBOSE):
            return
        while self.i < len(self.p):
            c = self.p[self.i]
            if c in ' \t\n\r\x0b\x0c':
                self.i += 1
            elif c == '#':
                while self.i < len(self.p) and self.p[self.i] != '\n':
                    self.i += 1
            else:
                return

    def parse_alt(self, flags, depth):
        start = self.i
        branches = [self.parse_seq(flags, depth)]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.parse_seq(flags, depth))
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self, flags, depth):
        items = []
        while True:
            self.skip_verbose(flags)
            if not self.more():
                break
            c = self.p[self.i]
            if c == '|' or c == ')':
                break
            at = self.i
            atom = self.parse_atom(flags, depth)
            if atom is None:
                continue
            self.skip_verbose(flags)
            atom = self.parse_repeats(atom, at, flags)
            items.append(atom)
        if len(items) == 1:
            return items[0]
        return ('cat', items)

    def parse_repeats(self, atom, at, flags):
        while self.more():
            c = self.p[self.i]
            if c not in _REPEAT_CHARS:
                return atom
            here = self.i
            if c == '{':
                bounds = self.parse_braces()
                if bounds is None:
                    return atom
                lo, hi = bounds
            else:
                self.i += 1
                lo, hi = (0, -1) if c == '*' else (1, -1) if c == '+' else (0, 1)
            if atom[0] in ('at', 'look') or atom[0] == 'empty':
                raise error('nothing to repeat', self.p, here)
            if atom[0] == 'rep' or atom[0] == 'possessive':
                raise error('multiple repeat', self.p, here)
            greedy = True
            possessive = False
            if self.peek() == '?':
                self.i += 1
                greedy = False
            elif self.peek() == '+':
                self.i += 1
                possessive = True
            atom = ('rep', atom, lo, hi, greedy)
            if possessive:  # x*+ is (?>x*); the tag only keeps 'multiple repeat' an error
                atom = ('possessive', atom)
            self.skip_verbose(flags)
        return atom

    def parse_braces(self):
        # '{m,n}' and friends; anything else is a literal '{' (sre's rule).
        j = self.i + 1
        p = self.p
        k = j
        while k < len(p) and p[k].isdigit():
            k += 1
        lo_s = p[j:k]
        hi_s = lo_s
        if k < len(p) and p[k] == ',':
            m = k + 1
            while m < len(p) and p[m].isdigit():
                m += 1
            hi_s = p[k + 1:m]
            k = m
            comma = True
        else:
            comma = False
        if k >= len(p) or p[k] != '}' or (not lo_s and not comma):
            return None
        lo = int(lo_s) if lo_s else 0
        hi = int(hi_s) if hi_s else -1
        if hi != -1 and hi < lo:
            raise error('min repeat greater than max repeat', self.p, j)
        if lo >= 4294967295 or hi >= 4294967295:
            raise OverflowError('the repetition number is too large')
        self.i = k + 1
        return (lo, hi)

    def parse_atom(self, flags, depth):
        p = self.p
        c = p[self.i]
        start = self.i
        self.i += 1
        if c == '.':
            return ('any', flags & DOTALL != 0)
        if c == '^':
            return ('at', 'bol', flags)
        if c == '$':
            return ('at', 'eol', flags)
        if c == '[':
            return self.parse_set(flags, start)
        if c == '(':
            return self.parse_group(flags, depth, start)
        if c == ')':
            raise error('unbalanced parenthesis', self.p, start)
        if c in '*+?':
            raise error('nothing to repeat', self.p, start)
        if c == '{':
            self.i = start
            if self.parse_braces() is not None:
                raise error('nothing to repeat', self.p, start)
            self.i = start + 1
            return ('lit', '{', flags)
        if c == '\\':
            return self.parse_escape(flags, False, start)
        return ('lit', c, flags)

    def parse_escape(self, flags, in_set, start):
        p = self.p
        if self.i >= len(p):
            raise error('bad escape (end of pattern)', self.p, start)
        c = p[self.i]
        self.i += 1
        if c in 'dDwWsS':
            return ('cat_', c) if in_set else ('set', [('cat_', c)], False, flags)
        if c in _ESCAPES and not (c == 'b' and not in_set):
            return ('lit', _ESCAPES[c], flags)
        if c == 'x':
            return ('lit', chr(self.hex_digits(2, start, 'x')), flags)
        if c == 'u':
            return ('lit', chr(self.hex_digits(4, start, 'u')), flags)
        if c == 'U':
            v = self.hex_digits(8, start, 'U')
            if v > 0x10FFFF:
                raise error('bad escape \\U%08x' % v, self.p, start)
            return ('lit', chr(v), flags)
        if c == 'N':
            raise error('\\N{...} escapes are not supported by pyaot', self.p, start)
        if c == '0':
            # Up to two more octal digits.
            v = 0
            n = 0
            while n < 2 and self.i < len(p) and p[self.i] in '01234567':
                v = v * 8 + int(p[self.i])
                self.i += 1
                n += 1
            return ('lit', chr(v), flags)
        if c.isdigit():
            if in_set:
                # Only octal escapes inside a set.
                j = self.i - 1
                k = j
                while k < len(p) and k < j + 3 and p[k] in '01234567':
                    k += 1
                if k - j == 3:
                    self.i = k
                    v = int(p[j:k], 8)
                    if v > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % p[j:k], self.p, start)
                    return ('lit', chr(v), flags)
                raise error('bad escape \\' + c, self.p, start)
            j = self.i - 1
            k = self.i
            if k < len(p) and p[k].isdigit():
                k += 1
                if (p[j] in '01234567' and p[j + 1] in '01234567' and k < len(p)
                        and p[k] in '01234567'):
                    v = int(p[j:k + 1], 8)
                    if v > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % p[j:k + 1], self.p, start)
                    self.i = k + 1
                    return ('lit', chr(v), flags)
            self.i = k
            ref = int(p[j:k])
            if ref >= self.groups:
                raise error('invalid group reference %d' % ref, self.p, start + 1)
            if ref in self.open_groups:
                raise error('cannot refer to an open group', self.p, start)
            return ('ref', ref, flags)
        if not in_set:
            if c == 'A':
                return ('at', 'A', flags)
            if c == 'Z':
                return ('at', 'Z', flags)
            if c == 'b':
                return ('at', 'b', flags)
            if c == 'B':
                return ('at', 'B', flags)
        if c < '\x80' and c.isalnum():
            raise error('bad escape \\' + c, self.p, start)
        return ('lit', c, flags)

    def hex_digits(self, n, start, letter):
        p = self.p
        s = p[self.i:self.i + n]
        if len(s) < n or any(ch not in '0123456789abcdefABCDEF' for ch in s):
            raise error('incomplete escape \\' + letter + s, self.p, start)
        self.i += n
        return int(s, 16)

    def parse_set(self, flags, start):
        p = self.p
        items = []
        negated = False
        if self.peek() == '^':
            negated = True
            self.i += 1
        first = True
        while True:
            if self.i >= len(p):
                raise error('unterminated character set', self.p, start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            here = self.i
            self.i += 1
            if c == '\\':
                lo = self.parse_escape(flags, True, here)
            else:
                lo = ('lit', c, flags)
            if self.peek() == '-' and self.i + 1 < len(p) and p[self.i + 1] != ']':
                self.i += 1
                here2 = self.i
                c2 = p[self.i]
                self.i += 1
                if c2 == '\\':
                    hi = self.parse_escape(flags, True, here2)
                else:
                    hi = ('lit', c2, flags)
                if lo[0] != 'lit' or hi[0] != 'lit':
                    raise error('bad character range %s' % p[here:self.i], self.p, here)
                if ord(hi[1]) < ord(lo[1]):
                    raise error('bad character range %s' % p[here:self.i], self.p, here)
                items.append(('range', lo[1], hi[1]))
            elif lo[0] == 'cat_':
                items.append(lo)
            else:
                items.append(('ch', lo[1]))
        return ('set', items, negated, flags)

    def parse_group(self, flags, depth, start):
        p = self.p
        capture = True
        name = None
        if self.peek() == '?':
            self.i += 1
            c = self.peek()
            if c == ':':
                self.i += 1
                capture = False
            elif c == 'P':
                self.i += 1
                c2 = self.peek()
                if c2 == '<':
                    self.i += 1
                    end = p.find('>', self.i)
                    if end < 0:
                        raise error('missing >, unterminated name', self.p, self.i)
                    name = p[self.i:end]
                    if not name:
                        raise error('missing group name', self.p, self.i)
                    if not name.isidentifier():
                        raise error('bad character in group name %r' % name, self.p, self.i)
                    if name in self.groupindex:
                        raise error('redefinition of group name %r as group %d; was group %d'
                                    % (name, self.groups, self.groupindex[name]), self.p, self.i)
                    self.i = end + 1
                elif c2 == '=':
                    self.i += 1
                    end = p.find(')', self.i)
                    if end < 0:
                        raise error('missing ), unterminated name', self.p, self.i)
                    name = p[self.i:end]
                    if name not in self.groupindex:
                        raise error('unknown group name %r' % name, self.p, self.i)
                    self.i = end + 1
                    return ('ref', self.groupindex[name], flags)
                else:
                    raise error('unknown extension ?P' + c2, self.p, self.i - 1)
            elif c == '=' or c == '!':
                self.i += 1
                node = self.parse_alt(flags, depth + 1)
                self.close(start)
                return ('look', node, False, c == '!', 0)
            elif c == '<':
                self.i += 1
                c2 = self.peek()
                if c2 != '=' and c2 != '!':
                    raise error('unknown extension ?<' + c2, self.p, self.i - 1)
                self.i += 1
                node = self.parse_alt(flags, depth + 1)
                self.close(start)
                lo, hi = _width(node)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                return ('look', node, True, c2 == '!', lo)
            elif c == '#':
                end = p.find(')', self.i)
                if end < 0:
                    raise error('missing ), unterminated comment', self.p, self.i)
                self.i = end + 1
                return None
            elif c == '(':
                raise error('conditional groups (?(...)...) are not supported by pyaot', self.p, start)
            elif c == '>':
                self.i += 1
                node = self.parse_alt(flags, depth + 1)
                self.close(start)
                return ('atomic', node)
            elif c in 'aiLmsux-':
                return self.parse_flags(flags, depth, start)
            else:
                raise error('unknown extension ?' + c, self.p, self.i - 1)
        index = 0
        if capture:
            index = self.groups
            self.groups += 1
            if name is not None:
                self.groupindex[name] = index
            self.open_groups.append(index)
        node = self.parse_alt(flags, depth + 1)
        self.close(start)
        if capture:
            self.open_groups.pop()
            return ('group', index, node)
        return node

    def close(self, start):
        if self.peek() != ')':
            raise error('missing ), unterminated subpattern', self.p, start)
        self.i += 1

    def parse_flags(self, flags, depth, start):
        p = self.p
        add = 0
        remove = 0
        while self.peek() in _FLAG_LETTERS:
            add |= _FLAG_LETTERS[p[self.i]]
            self.i += 1
        if self.peek() == '-':
            self.i += 1
            while self.peek() in _FLAG_LETTERS:
                remove |= _FLAG_LETTERS[p[self.i]]
                self.i += 1
        c = self.peek()
        if c == ')':
            # Global flags: only at the start of the pattern (CPython 3.11 makes it an error
            # elsewhere).
            if start != 0:
                raise error('global flags not at the start of the expression', self.p, start)
            if remove:
                raise error('missing :', self.p, self.i)
            self.i += 1
            self.flags |= add
            return None
        if c != ':':
            if not c:
                raise error('missing -, : or )', self.p, self.i)
            raise error('unknown flag' if c.isalpha() else 'missing -, : or )', self.p, self.i)
        self.i += 1
        node = self.parse_alt((flags | add) & ~remove, depth + 1)
        self.close(start)
        return node


def _width(node):
    """(min, max) characters a node matches (max -1 when unbounded), for look-behinds."""
    k = node[0]
    if k in ('lit', 'any', 'set'):
        return (1, 1)
    if k == 'cat':
        lo = 0
        hi = 0
        for n in node[1]:
            a, b = _width(n)
            lo += a
            hi = -1 if hi == -1 or b == -1 else hi + b
        return (lo, hi)
    if k == 'alt':
        ws = [_width(n) for n in node[1]]
        lo = min(w[0] for w in ws)
        hi = -1 if any(w[1] == -1 for w in ws) else max(w[1] for w in ws)
        return (lo, hi)
    if k == 'group':
        return _width(node[2])
    if k == 'atomic' or k == 'possessive':
        return _width(node[1])
    if k == 'rep':
        a, b = _width(node[1])
        hi = -1 if node[3] == -1 or b == -1 else b * node[3]
        return (a * node[2], hi)
    if k == 'ref':
        return (0, -1)
    return (0, 0)


# ---- the matcher -----------------------------------------------------------------------------
#
# A compiled node is a function m(st, i, k) -> bool: match at i, then call the continuation
# k(st, j) with the end j; True when the whole match succeeded. Single-character nodes also
# have a predicate, so repeats of them count forward and back off without recursion.

class _State:
    def __init__(self, string, pos, endpos, ngroups):
        self.s = string
        self.pos = pos
        self.end = endpos
        self.marks = [-1] * (2 * ngroups)
        self.lastindex = -1
        self.start = pos
        self.must_advance = False


def _char_pred(node):
    k = node[0]
    if k == 'lit':
        ch = node[1]
        if node[2] & IGNORECASE and ch.lower() != ch.upper():
            lo = ch.lower()
            up = ch.upper()
            return lambda c: c == ch or c.lower() == lo or c.upper() == up
        return lambda c: c == ch
    if k == 'any':
        if node[1]:
            return lambda c: True
        return lambda c: c != '\n'
    if k == 'set':
        return _set_pred(node[1], node[2], node[3])
    return None


def _category_pred(kind, ascii_only):
    # The common one-category sets (\w, \d, \s and their negations) as direct tests.
    if ascii_only:
        return lambda c: _category(kind, c, True)
    if kind == 'w':
        return lambda c: c.isalnum() or c == '_'
    if kind == 'W':
        return lambda c: not (c.isalnum() or c == '_')
    if kind == 'd':
        return lambda c: c.isdecimal()
    if kind == 'D':
        return lambda c: not c.isdecimal()
    if kind == 's':
        return lambda c: c.isspace()
    return lambda c: not c.isspace()


def _set_pred(items, negated, flags):
    ascii_only = flags & ASCII != 0
    icase = flags & IGNORECASE != 0
    if len(items) == 1 and items[0][0] == 'cat_' and not negated:
        return _category_pred(items[0][1], ascii_only)
    chars = ''
    ranges = []
    cats = []
    for it in items:
        if it[0] == 'ch':
            chars += it[1]
        elif it[0] == 'range':
            ranges.append((it[1], it[2]))
        else:
            cats.append(it[1])

    def test1(c):
        if c in chars:
            return True
        for lo, hi in ranges:
            if lo <= c <= hi:
                return True
        for cat in cats:
            if _category(cat, c, ascii_only):
                return True
        return False

    def test(c):
        r = test1(c)
        if not r and icase:
            lo = c.lower()
            up = c.upper()
            r = (lo != c and test1(lo)) or (up != c and test1(up))
        return r != negated
    return test


def _compile(node):
    k = node[0]
    pred = _char_pred(node)
    if pred is not None:
        def one(st, i, cont):
            if i < st.end and pred(st.s[i]):
                return cont(st, i + 1)
            return False
        return one
    if k == 'cat':
        return _compile_cat(node[1])
    if k == 'alt':
        branches = [_compile(b) for b in node[1]]

        def alt(st, i, cont):
            for b in branches:
                if b(st, i, cont):
                    return True
            return False
        return alt
    if k == 'group':
        return _compile_group(node[1], _compile(node[2]))
    if k == 'rep':
        return _compile_rep(node)
    if k == 'at':
        return _compile_at(node[1], node[2])
    if k == 'ref':
        return _compile_ref(node[1], node[2] & IGNORECASE != 0)
    if k == 'look':
        return _compile_look(_compile(node[1]), node[2], node[3], node[4])
    if k == 'atomic' or k == 'possessive':
        return _compile_atomic(_compile(node[1]))
    raise error('internal: unknown node %r' % (k,))


def _compile_cat(nodes):
    # Runs of literals become one string compare.
    parts = []
    run = ''
    for n in nodes:
        if n[0] == 'lit' and not (n[2] & IGNORECASE and n[1].lower() != n[1].upper()):
            run += n[1]
            continue
        if run:
            parts.append(_compile_text(run))
            run = ''
        parts.append(_compile(n))
    if run:
        parts.append(_compile_text(run))
    if not parts:
        return lambda st, i, cont: cont(st, i)
    if len(parts) == 1:
        return parts[0]
    count = len(parts)

    def cat(st, i, cont):
        def step(idx, j):
            if idx == count - 1:
                return parts[idx](st, j, cont)
            return parts[idx](st, j, lambda st2, j2: step(idx + 1, j2))
        return step(0, i)
    return cat


def _compile_text(text):
    n = len(text)

    def lit(st, i, cont):
        if i + n <= st.end and st.s.startswith(text, i):
            return cont(st, i + n)
        return False
    return lit


def _compile_group(index, inner):
    a = 2 * index
    b = a + 1

    def group(st, i, cont):
        def close(st2, j):
            marks = st2.marks
            old_a = marks[a]
            old_b = marks[b]
            old_last = st2.lastindex
            marks[a] = i
            marks[b] = j
            st2.lastindex = index
            if cont(st2, j):
                return True
            marks[a] = old_a
            marks[b] = old_b
            st2.lastindex = old_last
            return False
        return inner(st, i, close)
    return group


def _compile_rep(node):
    lo = node[2]
    hi = node[3]
    greedy = node[4]
    pred = _char_pred(node[1])
    if pred is not None:
        def rep_one(st, i, cont):
            s = st.s
            limit = st.end if hi == -1 else min(st.end, i + hi)
            if greedy:
                j = i
                while j < limit and pred(s[j]):
                    j += 1
                if j - i < lo:
                    return False
                while j >= i + lo:
                    if cont(st, j):
                        return True
                    j -= 1
                return False
            j = i
            while j < i + lo:
                if j >= limit or not pred(s[j]):
                    return False
                j += 1
            while True:
                if cont(st, j):
                    return True
                if j >= limit or not pred(s[j]):
                    return False
                j += 1
        return rep_one
    inner = _compile(node[1])

    def rep(st, i, cont):
        def more(count, j):
            # One more iteration from j; an empty iteration past the minimum ends the repeat
            # (sre's UNTIL: the empty iteration still counts, with its captures.)
            def after(st2, j2):
                if j2 == j and count + 1 > lo:
                    return cont(st2, j2)
                return attempt(count + 1, j2)
            return inner(st, j, after)

        def attempt(count, j):
            can_more = hi == -1 or count < hi
            if count < lo:
                return can_more and more(count, j)
            if greedy:
                if can_more and more(count, j):
                    return True
                return cont(st, j)
            if cont(st, j):
                return True
            return can_more and more(count, j)
        return attempt(0, i)
    return rep


def _compile_at(kind, flags):
    multiline = flags & MULTILINE != 0
    ascii_only = flags & ASCII != 0
    if kind == 'bol':
        if multiline:
            return lambda st, i, cont: (i == 0 or st.s[i - 1] == '\n') and cont(st, i)
        return lambda st, i, cont: i == 0 and cont(st, i)
    if kind == 'eol':
        if multiline:
            return lambda st, i, cont: (i == st.end or st.s[i] == '\n') and cont(st, i)
        return lambda st, i, cont: (i == st.end or (i == st.end - 1 and st.s[i] == '\n')) and cont(st, i)
    if kind == 'A':
        return lambda st, i, cont: i == 0 and cont(st, i)
    if kind == 'Z':
        return lambda st, i, cont: i == st.end and cont(st, i)

    def boundary(st, i):
        before = i > 0 and _is_word(st.s[i - 1], ascii_only)
        after = i < st.end and _is_word(st.s[i], ascii_only)
        return before != after
    if kind == 'b':
        return lambda st, i, cont: boundary(st, i) and cont(st, i)
    return lambda st, i, cont: st.end > 0 and not boundary(st, i) and cont(st, i)


def _compile_ref(index, icase):
    a = 2 * index
    b = a + 1

    def ref(st, i, cont):
        s0 = st.marks[a]
        e0 = st.marks[b]
        if s0 < 0 or e0 < 0:
            return False
        n = e0 - s0
        if i + n > st.end:
            return False
        if icase:
            if st.s[s0:e0].lower() != st.s[i:i + n].lower():
                return False
        elif not st.s.startswith(st.s[s0:e0], i):
            return False
        return cont(st, i + n)
    return ref


def _true(st, j):
    return True


def _compile_look(inner, behind, negated, width):
    def look(st, i, cont):
        if behind:
            start = i - width
            if start < 0:
                found = False
            else:
                found = inner(st, start, lambda st2, j: j == i)
        else:
            found = inner(st, i, _true)
        if found == negated:
            return False
        return cont(st, i)
    return look


def _compile_atomic(inner):
    # (?>...) and possessive repeats: the first way the inner pattern matches is the only one
    # tried; when what follows fails, nothing inside is retried (the captures it set are undone).
    def atomic(st, i, cont):
        saved = st.marks[:]
        saved_last = st.lastindex
        ends = []

        def first(st2, j):
            ends.append(j)
            return True
        if not inner(st, i, first):
            return False
        if cont(st, ends[0]):
            return True
        st.marks[:] = saved
        st.lastindex = saved_last
        return False
    return atomic


# ---- Pattern and Match -----------------------------------------------------------------------

class Pattern:
    def __init__(self, pattern, flags, node, groups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups - 1
        self.groupindex = groupindex
        self._node = _compile(node)
        self._ngroups = groups
        self._prefix = _literal_prefix(node)
        self._first = _first_pred(node)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags & ~UNICODE if isinstance(self.pattern, str) else self.flags
        if not flags:
            return 're.compile(%s)' % text
        return 're.compile(%s, %s)' % (text, _flags_repr(flags))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _run(self, string, pos, endpos, anchored, full, must_advance=False):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        n = len(string)
        if pos < 0:
            pos = 0
        if pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        if endpos < pos:
            return None
        st = _State(string, pos, endpos, self._ngroups)
        node = self._node

        def done(st2, j):
            if full and j != st2.end:
                return False
            if st2.must_advance and j == st2.start:
                return False
            st2.marks[0] = st2.start
            st2.marks[1] = j
            return True
        start = pos
        prefix = self._prefix
        first = self._first
        while start <= endpos:
            if prefix and not anchored:
                found = string.find(prefix, start, endpos)
                if found < 0:
                    return None
                start = found
            elif first is not None and not anchored:
                # Skip the starts where the pattern's first character cannot match.
                while start < endpos and not first(string[start]):
                    start += 1
                if start >= endpos:
                    return None
            st.start = start
            st.must_advance = must_advance and start == pos
            for k in range(2, len(st.marks)):
                st.marks[k] = -1
            st.lastindex = -1
            if node(st, start, done):
                return Match(self, st, pos, endpos)
            if anchored:
                return None
            start += 1
        return None

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, True, False)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, True, True)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, False, False)

    def finditer(self, string, pos=0, endpos=None):
        return iter(self._all(string, pos, endpos))

    def _all(self, string, pos=0, endpos=None):
        out = []
        must_advance = False
        n = len(string)
        end = n if endpos is None or endpos > n else endpos
        while pos <= end:
            m = self._run(string, pos, endpos, False, False, must_advance)
            if m is None:
                break
            out.append(m)
            must_advance = m.end() == m.start()
            pos = m.end()
        return out

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self._all(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                g = m.group(1)
                out.append('' if g is None else g)
            else:
                out.append(m.groups(''))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        count = 0
        for m in self._all(string):
            if maxsplit > 0 and count >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            count += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        else:
            template = _parse_template(repl, self)
            if len(template) == 1 and isinstance(template[0], str):
                text = template[0]
                fn = lambda m: text
            else:
                fn = lambda m: _expand(template, m)
        parts = []
        last = 0
        n = 0
        for m in self._all(string):
            if count > 0 and n >= count:
                break
            parts.append(string[last:m.start()])
            r = fn(m)
            if r is None:
                r = ''
            if not isinstance(r, str):
                raise TypeError('expected str instance, %s found' % type(r).__name__)
            parts.append(r)
            last = m.end()
            n += 1
        parts.append(string[last:])
        return (''.join(parts), n)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner is not supported by pyaot')

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _literal_prefix(node):
    """The literal text every match starts with ('' when none), to find candidates fast."""
    if node[0] == 'lit' and not node[2] & IGNORECASE:
        return node[1]
    if node[0] == 'cat':
        text = ''
        for n in node[1]:
            if n[0] == 'lit' and not n[2] & IGNORECASE:
                text += n[1]
            else:
                break
        return text
    return ''


def _first_pred(node):
    """A test every match's first character passes (None when there is none to give): the
    pattern starts with a character node, or a repeat of one with a minimum of at least one.
    Such a pattern never matches empty, so a start at the end can be skipped too."""
    while True:
        k = node[0]
        if k == 'cat' and node[1]:
            node = node[1][0]
        elif k == 'group':
            node = node[2]
        elif k == 'rep' and node[2] >= 1:
            node = node[1]
        else:
            break
    if node[0] in ('lit', 'any', 'set'):
        return _char_pred(node)
    return None


def _flags_repr(flags):
    names = []
    for bit, name in _FLAG_NAMES:
        if flags & bit:
            names.append('re.' + name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return '|'.join(names)


class Match:
    def __init__(self, pattern, st, pos, endpos):
        self.re = pattern
        self.string = st.s
        self.pos = pos
        self.endpos = endpos
        self._marks = list(st.marks)
        self.lastindex = st.lastindex if st.lastindex > 0 else None
        self.lastgroup = None
        if self.lastindex is not None:
            for name, idx in pattern.groupindex.items():
                if idx == self.lastindex:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
        raise IndexError('no such group')

    def _get(self, g, default=None):
        i = self._index(g)
        a = self._marks[2 * i]
        b = self._marks[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(a) for a in args)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(idx, default) for name, idx in self.re.groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._marks[2 * i], self._marks[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._marks[2 * i], self._marks[2 * i + 1]) for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (self.start(), self.end(), self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---- replacement templates (sre_parse.parse_template) ---------------------------------------

def _parse_template(repl, pattern):
    if not isinstance(repl, str):
        raise TypeError('expected str instance, %s found' % type(repl).__name__)
    parts = []
    lit = ''
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        i += 1
        if c != '\\':
            lit += c
            continue
        if i >= n:
            raise error('bad escape (end of pattern)', repl, i - 1)
        c = repl[i]
        i += 1
        if c == 'g':
            if i >= n or repl[i] != '<':
                raise error('missing <', repl, i)
            end = repl.find('>', i + 1)
            if end < 0:
                raise error('missing >, unterminated name', repl, i + 1)
            name = repl[i + 1:end]
            if not name:
                raise error('missing group name', repl, i + 1)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                index = pattern.groupindex[name]
            else:
                raise error('bad character in group name %r' % name, repl, i + 1)
            i = end + 1
            if lit:
                parts.append(lit)
                lit = ''
            parts.append(index)
        elif c == '0':
            v = 0
            k = 0
            while k < 2 and i < n and repl[i] in '01234567':
                v = v * 8 + int(repl[i])
                i += 1
                k += 1
            lit += chr(v)
        elif c.isdigit():
            j = i - 1
            if i < n and repl[i].isdigit():
                if (c in '01234567' and repl[i] in '01234567' and i + 1 < n
                        and repl[i + 1] in '01234567'):
                    v = int(repl[j:i + 2], 8)
                    if v > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % repl[j:i + 2], repl, j - 1)
                    lit += chr(v)
                    i += 2
                    continue
                i += 1
            index = int(repl[j:i])
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, repl, j)
            if lit:
                parts.append(lit)
                lit = ''
            parts.append(index)
        elif c in _ESCAPES:
            lit += _ESCAPES[c]
        elif c < '\x80' and c.isalpha():
            raise error('bad escape \\' + c, repl, i - 2)
        else:
            lit += '\\' + c
    if lit:
        parts.append(lit)
    return parts


def _expand(template, m):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            g = m.group(part)
            if g is not None:
                out.append(g)
    return ''.join(out)


# ---- module functions ------------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, (bytes, bytearray)):
            raise error('bytes patterns are not supported by pyaot')
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, flags)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    p = _Parser(pattern, flags)
    p.skip_verbose(flags)
    node = p.parse_alt(flags, 0)
    if p.more():
        if p.peek() == ')':
            raise error('unbalanced parenthesis', pattern, p.i)
        raise error('internal: pattern not fully parsed', pattern, p.i)
    final_flags = p.flags
    if final_flags & ~flags:
        # Global inline flags apply to the whole pattern: parse again with them.
        p = _Parser(pattern, final_flags)
        node = p.parse_alt(final_flags, 0)
    if final_flags & ASCII and final_flags & UNICODE:
        raise ValueError('ASCII and UNICODE flags are incompatible')
    compiled = Pattern(pattern, final_flags | (0 if final_flags & ASCII else UNICODE), node, p.groups, p.groupindex)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = compiled
    return compiled


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_SPECIAL_CHARS = '()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c'


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in pattern)
    raise TypeError('re.escape of bytes is not supported by pyaot')
