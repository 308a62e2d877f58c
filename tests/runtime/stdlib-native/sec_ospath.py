# os.path: posixpath's string functions on str and bytes paths with their edge cases, and
# the environment-dependent ones (expanduser, expandvars) against os.environ.
import os
import os.path as P
from os import path

print("== os.path")
paths = ["", "/", "//", "///", "a", "a/", "/a", "a/b", "a/b/", "a//b", "/a/b/c", "//a/b", "///a//b/", ".", "..", "./a", "../a", "a/.", "a/..", "a/../..", "/..", "/../a",
         "a/./b/../../..", ".bashrc", "a.b/c", "dir/.hidden.txt", "trailing.", "archive.tar.gz", "..a", "a..", "/x/...", "....", "a/b/.c.d", "é/ü.txt", "~", "~/x", "~root/x", "~nosuchuserxyz/x"]
for p in paths:
    print(repr(p), P.split(p), P.splitext(p), P.basename(p), repr(P.dirname(p)), P.normpath(p), P.isabs(p), P.splitdrive(p), P.normcase(p))
    print(repr(p), P.join(p, "x"), P.join("x", p), P.join(p, p), P.join(p), P.expanduser(p) == os.path.expanduser(p))
for a, b in [("/a/b/c", "/a"), ("/a", "/a/b/c"), ("/a/b", "/a/b"), ("a/b", "a"), ("/x/y", "/a/b"), ("a", "b/c"), ("/", "/a"), ("/a", "/")]:
    print(P.relpath(a, b))
print(P.relpath("a") == P.relpath("a", "."), P.abspath("a/../b") == os.getcwd() + "/b", P.abspath("/x/./y"))
print(P.commonprefix(["/usr/lib", "/usr/local"]), P.commonprefix([]), P.commonprefix(["abc"]), P.commonprefix([[1, 2, 3], [1, 2, 4]]))
print(P.commonpath(["/usr/lib", "/usr/local"]), P.commonpath(["a/b", "a/c/d", "a/b/e"]), P.commonpath(["/a"]), P.commonpath(["a", "./a/"]), P.commonpath(["/"]))
for bad in [lambda: P.commonpath([]), lambda: P.commonpath(["/a", "b"]), lambda: P.relpath(""), lambda: P.join("a", 3), lambda: P.join("a", b"b"), lambda: P.basename(3)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(P.join(b"a", b"b"), P.split(b"/x/y"), P.normpath(b"a//b/.."))
os.environ["PYAOT_T"] = "val"
print(P.expandvars("$PYAOT_T/${PYAOT_T}x/$NOPE/${NOPE}/$/${/a$"), P.expandvars("no dollars"))
print(os.sep, os.extsep, os.curdir, os.pardir, os.linesep == "\n", os.name, P.sep, P.pathsep, os.devnull, P.altsep)
print(os.getenv("PYAOT_T"), os.getenv("NOPE_XYZ"), os.getenv("NOPE_XYZ", "dflt"), "PATH" in os.environ)
print(type(os.getpid()).__name__, len(os.urandom(16)), os.cpu_count() > 0, os.fspath("x"), os.strerror(2))
print(path is os.path, P is os.path, os.path.__name__)
