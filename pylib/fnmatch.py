# fnmatch for pyaot: shell-style wildcards (* ? [seq] [!seq]) translated to regular
# expressions exactly as CPython 3.11 translates them (translate() returns the same text), then
# matched with pyaot's re. On POSIX, fnmatch() is case-sensitive like fnmatchcase().
# Not provided: bytes names and patterns (pyaot's re has no bytes patterns; re.error says so).
import os
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches the shell pattern pat (after os.path.normcase, the identity here)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        res = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    """The names of the iterable that match pat, in order."""
    match = _compile_pattern(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()  # a run of '*' while the pattern is read; resolved in a second pass


def translate(pat):
    """The regular expression (as text) that matches what the shell pattern pat matches."""
    pieces = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:  # '**' means '*'
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            piece, i = _bracket(pat, i)
            pieces.append(piece)
        else:
            pieces.append(re.escape(c))
    return r'(?s:%s)\Z' % _join_stars(pieces)


def _bracket(pat, i):
    """The regex for a '[...]' whose '[' ends just before i, and the index after it; a '['
    without its ']' is a literal."""
    n = len(pat)
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':  # a ']' first in the set is a member
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return '\\[', i
    if '-' not in pat[i:j]:
        body = pat[i:j].replace('\\', r'\\')
    else:
        body = _ranges(pat, i, j)
    body = re.sub(r'([&~|])', r'\\\1', body)  # re may one day read && ~~ || as set operations
    if not body:
        return '(?!)', j + 1  # '[]' can only come from a removed range: matches nothing
    if body == '!':
        return '.', j + 1
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return '[%s]' % body, j + 1


def _ranges(pat, i, j):
    """A set body with hyphens: ranges kept, a range whose ends are reversed removed (it is
    invalid in re), every other '-' and '\\' escaped."""
    chunks = []
    k = i + 2 if pat[i] == '!' else i + 1  # a '-' first in the set is a member
    while True:
        k = pat.find('-', k, j)
        if k < 0:
            break
        chunks.append(pat[i:k])
        i = k + 1
        k += 3  # the range's upper end cannot start the next one
    last = pat[i:j]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += '-'  # a trailing '-' is a member
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)


def _join_stars(pieces):
    # A leading fixed part as is; each inner '*fixed' as an atomic lazy match, so that no
    # backtracking can retry it (linear time on long names); a final '*' as '.*'.
    out = []
    i = 0
    n = len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # the star
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?%s)' % fixed)
    return ''.join(out)
