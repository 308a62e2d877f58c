# glob for pyaot: shell-style pathname expansion with CPython 3.11's rules: results in the
# order the directory lists them (os.scandir's, not sorted), '*' and '?' skip names starting
# with '.' unless include_hidden, '**' with recursive=True matches any number of directories,
# a pattern ending in '/' matches directories only, errors reading a directory are ignored.
# Not provided: dir_fd (a ValueError says so), bytes patterns.
import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    if dir_fd is not None:
        raise ValueError("glob: dir_fd is not supported by pyaot")
    root_dir = os.fspath(root_dir) if root_dir is not None else pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # '**' first yields the directory itself as '': not a result.
        first = next(it, None)
        if first:
            return _prepend(first, it)
    return it


def _prepend(first, it):
    yield first
    yield from it


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):  # 'dir/' matches only a directory
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        glob_in_dir = _glob0
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if include_hidden or not _ishidden(pattern):
        names = [x for x in names if include_hidden or not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False, False)


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    names = []
    try:
        with os.scandir(dirname if dirname else os.curdir) as it:
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        pass
    return names


def _rlistdir(dirname, dironly, include_hidden):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def _join(dirname, basename):
    # os.path.join, except that an empty part adds no separator.
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


_magic_check = re.compile('([*?[])')


def has_magic(s):
    return _magic_check.search(s) is not None


def _ishidden(path):
    return path[0] == '.'


def _isrecursive(pattern):
    return pattern == '**'


def escape(pathname):
    """pathname with its wildcard characters made literal ('*' becomes '[*]')."""
    drive, pathname = os.path.splitdrive(pathname)
    return drive + _magic_check.sub(r'[\1]', pathname)
