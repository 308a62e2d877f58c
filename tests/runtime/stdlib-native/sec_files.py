# Builtin open() on real files: "+" modes that read back what they wrote ("w+", "a+"),
# newline="\r"/"\r\n" translating "\n" on output (write and print(file=)), mode validation
# messages, undecodable UTF-8 (message and errors=), open() of a directory, and repr(f);
# pathlib's Path.glob and Path.rglob.
import os
import shutil
import tempfile
from pathlib import Path

print("== files")
d = tempfile.mkdtemp()
fn = os.path.join(d, "t.txt")
shown = lambda s: s.replace(d, "<tmp>")
with open(fn, "w", newline="\r\n") as f:
    f.write("a\nb\n")
    print("c", "d", file=f)
print(open(fn, "rb").read())
with open(fn, "w", newline="\r") as f:
    f.write("x\ny")
print(open(fn, "rb").read())
with open(fn, "w") as f:
    f.write("a\nb")
with open(fn, "a+") as f:
    print(repr(f.read()), f.readable(), f.writable())
    f.write("\nc")
    print(repr(f.read()))
    f.seek(0)
    print(f.readlines())
    print("z", file=f)
with open(fn) as f:
    print(repr(f.read()), f.readable(), f.writable())
with open(fn, "w+") as f:
    print(f.readable(), f.writable(), repr(f.read()))
    f.write("abc\ndef")
    print("x", "y", file=f)
    f.seek(0)
    print(f.readline(), f.readlines())
with open(fn, "w+b") as f:
    f.write(b"\x00\x01")
    f.seek(0)
    print(f.read())
for m in ["", "rw", "wa", "rbt", "q", "rr", "r++", "b", "+"]:
    try:
        open(fn, m)
    except ValueError as e:
        print(repr(m), e)
with open(fn, "wb") as f:
    f.write(b"\xff\xfe bad utf8")
try:
    open(fn).read()
except UnicodeDecodeError as e:
    print(e)
print(repr(open(fn, errors="replace").read()), repr(open(fn, errors="ignore").read()), repr(open(fn, encoding="latin-1").read()))
try:
    open(d)
except IsADirectoryError as e:
    print(shown(str(e)), e.errno)
f = open(fn, "w")
print(shown(repr(f)))
f.close()
print(shown(repr(f)))
for m in ["rb", "ab", "r+b"]:
    with open(fn, m) as f:
        print(shown(repr(f)))
with open(fn, "a+", encoding="latin-1") as f:
    print(shown(repr(f)))
os.remove(fn)
os.rmdir(d)

b = Path(tempfile.mkdtemp())
for sub in ["a/b/c", "a/d", "e", ".hid"]:
    (b / sub).mkdir(parents=True)
for name in ["x.py", "a/y.py", "a/b/z.py", "a/b/c/w.txt", "e/v.py", ".hid/h.py", ".dot.py", "a/d/readme"]:
    (b / name).write_text("x")
os.symlink(b / "a", b / "link")
rel = lambda it: sorted(str(p.relative_to(b)) for p in it)
for pat in ["*.py", "**/*.py", "*", "**", "a/*", "a/**/*.py", "*/*.py", "a/b", "nope/*", "?.py", "[xy].py", "a/", "**/", "*/", "a/*/c", "**/c", ".*", "x.py", "a/../x.py"]:
    print(pat, rel(b.glob(pat)))
for pat in ["*.py", "*.txt", "c", "*", "b/*"]:
    print("rglob", pat, rel(b.rglob(pat)))
for bad in ["", "/abs", "a**"]:
    try:
        print(list(b.glob(bad)))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(list((b / "x.py").glob("*")), list((b / "missing").glob("*")), [p.name for p in b.glob("e/*")], type(next(b.glob("*.py"))).__name__)
shutil.rmtree(b)
# Path.lstat, chmod, samefile, expanduser, readlink, symlink_to.
pd = Path(tempfile.mkdtemp())
q = pd / "q.txt"
q.write_text("xyz")
link = pd / "link"
link.symlink_to(q)
print(link.readlink() == q, link.samefile(q), link.samefile(str(q)), link.lstat().st_size != q.stat().st_size)
q.chmod(0o600)
print(oct(q.stat().st_mode & 0o777), Path("~").expanduser() == Path.home(), Path("a/~").expanduser(), Path("/x").expanduser())
try:
    q.samefile(pd / "missing")
except FileNotFoundError as e:
    print(str(e).replace(str(pd), "<tmp>"))
shutil.rmtree(pd)
