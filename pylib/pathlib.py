"""pathlib for POSIX systems: PurePath/PurePosixPath (pure path arithmetic, CPython 3.11's
parsing and texts) and Path/PosixPath (the common filesystem operations, over os and os.path).
Windows flavours are not provided: pyaot targets POSIX.
"""
import os
import os.path

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _fspath(a):
    if isinstance(a, str):
        return a
    if isinstance(a, PurePath):
        return str(a)
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(a).__name__)


def _parse(args):
    """(root, parts) of the joined arguments: an absolute argument restarts the path, empty
    and '.' components vanish, '..' stays (it cannot be resolved without the filesystem)."""
    root = ""
    parts = []
    for a in args:
        s = _fspath(a)
        if s.startswith("/"):
            parts = []
            root = "//" if s.startswith("//") and not s.startswith("///") else "/"
        for x in s.split("/"):
            if x and x != ".":
                parts.append(x)
    return root, parts


def _match_part(name, pat):
    """fnmatch.fnmatchcase for one path component: *, ? and [seq] / [!seq]."""
    n = len(name)
    p = len(pat)
    i = 0
    j = 0
    star_j = -1
    star_i = 0
    while i < n:
        if j < p and pat[j] == "*":
            star_j = j
            star_i = i
            j += 1
            continue
        if j < p:
            ok, nj = _match_one(name[i], pat, j)
            if ok:
                i += 1
                j = nj
                continue
        if star_j >= 0:
            star_i += 1
            i = star_i
            j = star_j + 1
            continue
        return False
    while j < p and pat[j] == "*":
        j += 1
    return j == p


def _match_one(ch, pat, j):
    """Whether `ch` matches the pattern item at pat[j], and the index after that item."""
    c = pat[j]
    if c == "?":
        return True, j + 1
    if c == "[":
        k = j + 1
        negate = k < len(pat) and pat[k] == "!"
        if negate:
            k += 1
        start = k
        if k < len(pat) and pat[k] == "]":
            k += 1
        while k < len(pat) and pat[k] != "]":
            k += 1
        if k >= len(pat):
            return ch == "[", j + 1
        items = pat[start:k]
        found = False
        m = 0
        while m < len(items):
            if m + 2 < len(items) and items[m + 1] == "-":
                if items[m] <= ch <= items[m + 2]:
                    found = True
                m += 3
            else:
                if items[m] == ch:
                    found = True
                m += 1
        return found != negate, k + 1
    return ch == c, j + 1


class PurePath:
    """A POSIX path without filesystem access (PurePath() makes a PurePosixPath)."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        return self

    def __init__(self, *args):
        pass

    def _make(self, root, tail):
        p = object.__new__(type(self))
        p._root = root
        p._tail = tail
        return p

    def __str__(self):
        return self._root + "/".join(self._tail) or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.as_posix()) + ")"

    def _key(self):
        return [self._root] + self._tail if self._root else self._tail

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(tuple(self._key()))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        root, tail = _parse([self] + list(args))
        return self._make(root, tail)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._key())

    @property
    def name(self):
        return self._tail[-1] if self._tail else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._make(self._root, self._tail[:-1])

    @property
    def parents(self):
        return tuple(self._make(self._root, self._tail[:i]) for i in range(len(self._tail) - 1, -1, -1))

    def is_absolute(self):
        return self._root != ""

    def is_reserved(self):
        return False

    def with_name(self, name):
        if not self.name:
            raise ValueError(repr(self) + " has an empty name")
        root, tail = _parse([name])
        if root or len(tail) != 1 or tail[0] != name:
            raise ValueError("Invalid name " + repr(name))
        return self._make(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and suffix[0] != "." or suffix == ".":
            raise ValueError("Invalid suffix " + repr(suffix))
        name = self.name
        if not name:
            raise ValueError(repr(self) + " has an empty name")
        old = self.suffix
        name = name + suffix if not old else name[:len(name) - len(old)] + suffix
        return self._make(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        to_root, to_tail = _parse(other)
        abs_parts = self._key()
        to_parts = [to_root] + to_tail if to_root else to_tail
        n = len(to_parts)
        if (self._root != "") if n == 0 else abs_parts[:n] != to_parts:
            formatted = to_root + "/".join(to_tail) or "."
            raise ValueError(repr(str(self)) + " is not in the subpath of " + repr(formatted) +
                             " OR one path is relative and the other is absolute.")
        rest = abs_parts[n:]
        return self._make(self._root if n == 1 else "", rest)

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pat_root, pat_parts = _parse([path_pattern])
        if not pat_root and not pat_parts:
            raise ValueError("empty pattern")
        if pat_root and pat_root != self._root:
            return False
        parts = self._key()
        if pat_root:
            if len(pat_parts) + 1 != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for i in range(1, len(pat_parts) + 1):
            if not _match_part(parts[-i], pat_parts[-i]):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    """A filesystem path (Path() makes a PosixPath)."""

    def __new__(cls, *args):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(str(self)))

    def stat(self):
        return os.stat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def samefile(self, other_path):
        st = self.stat()
        if isinstance(other_path, PurePath):
            other_st = other_path.stat()
        else:
            other_st = type(self)(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def expanduser(self):
        if not self._root and self._tail and self._tail[0][:1] == "~":
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return type(self)(homedir, *self._tail[1:])
        return self

    def readlink(self):
        return type(self)(os.readlink(str(self)))

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(_fspath(target), str(self), target_is_directory)

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with open(str(self), "r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with open(str(self), "rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not " + type(data).__name__)
        with open(str(self), "w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with open(str(self), "wb") as f:
            return f.write(data)

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._make(self._root, self._tail + [name])

    def glob(self, pattern):
        """The paths under this directory matching the relative pattern (CPython 3.11's
        selectors: '**' is this directory and every subdirectory, not following symlinks;
        a wildcard component scans the directory, in its order; other components are looked
        up; '*' matches names starting with '.')."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        return self._glob(pattern, [])

    def rglob(self, pattern):
        """glob() with '**/' before the pattern."""
        return self._glob(pattern, ["**"])

    def _glob(self, pattern, prefix):
        root, parts = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = prefix + parts
        if pattern and pattern[-1] == "/":
            parts.append("")
        for part in parts:
            if part != "**" and "**" in part:
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if not self.is_dir():
            return
        yield from _glob_select(self, parts, 0)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), _fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), _fspath(target))
        return type(self)(target)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with open(str(self), "a"):
            pass


def _glob_select(path, parts, i):
    if i == len(parts):
        yield path
        return
    part = parts[i]
    dir_only = i + 1 < len(parts)
    if part == "**":
        yielded = set()
        try:
            for d in _glob_dirs(path):
                for p in _glob_select(d, parts, i + 1):
                    if p not in yielded:
                        yielded.add(p)
                        yield p
        except PermissionError:
            return
    elif "*" in part or "?" in part or "[" in part:
        try:
            entries = list(os.scandir(str(path)))
        except PermissionError:
            return
        for e in entries:
            if dir_only:
                try:
                    if not e.is_dir():
                        continue
                except OSError:
                    continue
            if _match_part(e.name, part):
                yield from _glob_select(path._make(path._root, path._tail + [e.name]), parts, i + 1)
    elif part == "":
        # A pattern ending in '/': directories only.
        if path.is_dir():
            yield path
    else:
        child = path._make(path._root, path._tail + [part])
        if child.is_dir() if dir_only else child.exists():
            yield from _glob_select(child, parts, i + 1)


def _glob_dirs(path):
    """The directory and its subdirectories, depth first in scandir order (symlinks to
    directories are not entered)."""
    yield path
    try:
        entries = list(os.scandir(str(path)))
    except PermissionError:
        return
    for e in entries:
        try:
            is_dir = e.is_dir()
        except OSError:
            is_dir = False
        if is_dir and not e.is_symlink():
            yield from _glob_dirs(path._make(path._root, path._tail + [e.name]))


class PosixPath(Path, PurePosixPath):
    pass
