# os and tempfile: a tree built in a fresh temporary directory, listed, walked top-down (with
# pruning), bottom-up and with onerror, stat'ed, renamed and removed; every OSError subclass
# with errno, strerror, filename and str(); mkstemp, NamedTemporaryFile, TemporaryDirectory.
import os
import tempfile

print("== os")
home = os.getcwd()
base = tempfile.mkdtemp(prefix="pyaot_", suffix="_t")
print(os.path.basename(base).startswith("pyaot_"), base.endswith("_t"), os.path.dirname(base) == tempfile.gettempdir())
print(tempfile.gettempdir() == tempfile.gettempdir(), os.path.isabs(tempfile.gettempdir()), tempfile.gettempprefix())
os.chdir(base)
for d in ["a/b/c", "a/d", "e", "f/g/h/i"]:
    os.makedirs(d)
for f in ["a/x.txt", "a/b/y.txt", "top.txt", "f/g/z.py", "e/w"]:
    fd = os.open(f, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"data" * len(f)), end=" ")
    os.close(fd)
print()
os.symlink("a", "link_to_a")
print(os.readlink("link_to_a"), os.path.islink("link_to_a"), os.path.isdir("link_to_a"), os.path.lexists("link_to_a"))


def show(it):
    out = []
    for root, dirs, files in it:
        dirs.sort()
        out += [(root, sorted(dirs), sorted(files))]
    return out


print(show(os.walk(".")))
print(show(os.walk(base)) == show(os.walk(base + "/")))
print(sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk(".", topdown=False)))
print(len(show(os.walk(".", followlinks=True))))
pruned = []
for root, dirs, files in os.walk("."):
    dirs[:] = [d for d in sorted(dirs) if d != "f"]
    pruned += [root]
print(pruned)
errs = []
print(list(os.walk("nonexistent_dir")), list(os.walk("nonexistent_dir", onerror=lambda e: errs.append((type(e).__name__, e.errno, e.filename)))), errs)
print(sorted(os.listdir()), sorted(os.listdir("a")), sorted(os.listdir(b"a")))
with os.scandir() as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False)) for e in entries])
print([repr(e) for e in entries], [os.fspath(e) for e in entries][:2], entries[0].stat().st_size == os.stat(entries[0].path).st_size)
print(sorted(e.name for e in os.scandir(b"a")), sorted((e.name, e.path) for e in os.scandir("a/b")))
try:
    os.scandir("nope")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
st = os.stat("top.txt")
print(st.st_size, os.path.getsize("a/x.txt"), type(st.st_mtime).__name__, st.st_mtime == os.path.getmtime("top.txt"), st.st_mtime_ns // 1000000000 == int(st.st_mtime))
print(os.path.isfile("top.txt"), os.path.isdir("a"), os.path.exists("link_to_a/x.txt"), os.lstat("link_to_a").st_size == 1, repr(st).startswith("os.stat_result(st_mode="))
print(os.access("top.txt", os.R_OK), os.access("nope", os.F_OK), os.path.samefile("a", "link_to_a"))
for bad in [lambda: os.mkdir("a"), lambda: os.makedirs("a/b"), lambda: os.remove("nope"), lambda: os.rmdir("a"),
            lambda: os.rename("nope", "x"), lambda: os.listdir("nope"), lambda: os.stat("nope"), lambda: os.remove("a"),
            lambda: os.rmdir("top.txt"), lambda: os.mkdir("nope/x"), lambda: os.path.getsize("nope")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
for bad in [lambda: os.stat("a\0b"), lambda: os.listdir(3.5), lambda: os.urandom(-1), lambda: os.getenv(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.path.exists("a\0b"), os.path.isdir(1.5) if False else "-")
os.makedirs("a/b", exist_ok=True)
os.rename("top.txt", "top2.txt")
os.replace("top2.txt", "a/top3.txt")
os.remove("a/top3.txt")
os.unlink("a/x.txt")
os.rmdir("a/d")
os.removedirs("f/g/h/i")
print(sorted(os.listdir()), sorted(os.listdir("a")), os.path.exists("f/g/h"), os.path.exists("f/g"))
fd, name = tempfile.mkstemp(suffix=".dat", dir=".")
print(type(fd).__name__, os.path.isabs(name), name.endswith(".dat"), os.path.basename(name).startswith("tmp"), os.path.exists(name))
os.write(fd, b"hello")
os.close(fd)
fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 100), os.read(fd, 100))
os.close(fd)
with tempfile.NamedTemporaryFile("w", suffix=".txt", dir=base) as tf:
    tf.write("hello")
    tname = tf.name
    print(os.path.exists(tname), tname.endswith(".txt"), os.path.dirname(tname) == base)
print(os.path.exists(tname))
keep = tempfile.NamedTemporaryFile("w", delete=False, dir=base)
keep.write("kept")
keep.close()
print(os.path.exists(keep.name), os.path.getsize(keep.name))
td = tempfile.TemporaryDirectory(dir=base)
print(repr(td) == "<TemporaryDirectory " + repr(td.name) + ">", os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
with tempfile.TemporaryDirectory() as t2:
    os.close(os.open(os.path.join(t2, "f"), os.O_CREAT | os.O_WRONLY))
    os.makedirs(os.path.join(t2, "s/t"))
    print(sorted(os.listdir(t2)))
print(os.path.exists(t2))
os.chdir(home)
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        p = os.path.join(root, d)
        if os.path.islink(p):
            os.remove(p)
        else:
            os.rmdir(p)
os.rmdir(base)
print(os.path.exists(base), os.getcwd() == home)
print(os.sep, os.name, os.linesep == "\n", os.getpid() == os.getpid(), os.getppid() > 0, len(os.urandom(8)), os.cpu_count() >= 1)
print(os.fspath("p"), os.fspath(b"p"), os.strerror(13), os.environ.get("PYAOT_NOT_SET"), "PATH" in os.environ)
# get_terminal_size: fd 99 is not open, /dev/null is no terminal (the test's stdout is a pipe).
for fd in (99, os.open(os.devnull, os.O_RDONLY)):
    try:
        os.get_terminal_size(fd)
    except OSError as e:
        print("get_terminal_size", fd == 99, e.errno, e)
print(os.terminal_size, os.terminal_size.__name__)
# open() takes str, bytes and os.PathLike paths (pathlib.Path); `name` is the str or bytes.
import pathlib
pbase = pathlib.Path(tempfile.mkdtemp())
pfile = pbase / "p.txt"
pfile.write_text("hi")
with open(pfile) as f:
    print(repr(f.name) == repr(str(pfile)), f.read())
with open(os.fsencode(str(pfile)), "rb") as f:
    print(type(f.name).__name__, f.read())
for bad in (pbase / "missing", b"/nonexistent-pyaot", "a\0b", 2.5):
    try:
        open(bad)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, str(e).replace(str(pbase), "<tmp>"))
os.remove(pfile)
os.rmdir(pbase)
print(os.fsencode("a/é"), os.fsencode(b"x"), os.fsdecode(b"a/\xc3\xa9"), os.fsdecode("s"), os.fsencode(pathlib.Path("/p")))
