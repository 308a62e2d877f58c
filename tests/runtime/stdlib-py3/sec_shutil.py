# shutil (copy, copy2, copyfile, copytree with ignore, rmtree, move, which, disk_usage...) and os.utime.
import os, shutil, stat, tempfile, io
base = tempfile.mkdtemp()
def rel(p): return os.path.relpath(p, base) if isinstance(p, str) and p.startswith(base) else p
def tree(d):
    out = []
    for root, dirs, files in os.walk(d):
        dirs.sort()
        for f in sorted(files):
            full = os.path.join(root, f)
            out.append((rel(full), open(full).read() if not os.path.islink(full) else '->' + os.readlink(full)))
    return out
src = os.path.join(base, 'src'); os.makedirs(os.path.join(src, 'sub', 'deep'))
for name, text in [('a.txt', 'alpha'), ('b.py', 'print(1)'), ('sub/c.txt', 'gamma'), ('sub/deep/d.log', 'delta'), ('sub/x.pyc', 'bin')]:
    with open(os.path.join(src, name), 'w') as f: f.write(text)
os.chmod(os.path.join(src, 'b.py'), 0o750)
os.utime(os.path.join(src, 'a.txt'), (1_000_000_000, 1_234_567_890.75))
st = os.stat(os.path.join(src, 'a.txt')); print(st.st_mtime_ns, st.st_atime_ns, st[stat.ST_MTIME], len(st), tuple(st)[-3:-1], st[-1] == st.st_ctime_ns // 10**9, st[0] == st.st_mode)
os.utime(os.path.join(src, 'a.txt'), ns=(5, 1_500_000_000_123_456_789)); print(os.stat(os.path.join(src, 'a.txt')).st_mtime_ns, os.stat(os.path.join(src, 'a.txt')).st_atime_ns)
os.utime(os.path.join(src, 'a.txt'), (-1.5, 0.25)); print(os.stat(os.path.join(src, 'a.txt')).st_atime_ns, os.stat(os.path.join(src, 'a.txt')).st_mtime_ns)
for bad in [lambda: os.utime(src, (1, 2), ns=(1, 2)), lambda: os.utime(src, (1,)), lambda: os.utime(src, ns=1), lambda: os.utime(src, ns=(1.5, 2)), lambda: os.utime(os.path.join(base, 'nope'), None)]:
    try: bad()
    except (TypeError, ValueError, OSError) as e: print(type(e).__name__, str(e).replace(base, 'BASE'))
os.utime(os.path.join(src, 'a.txt'), (1_000_000_000, 1_234_567_890))
print(rel(shutil.copy(os.path.join(src, 'b.py'), base)), oct(os.stat(os.path.join(base, 'b.py')).st_mode & 0o777))
print(rel(shutil.copy2(os.path.join(src, 'a.txt'), os.path.join(base, 'a2.txt'))), os.stat(os.path.join(base, 'a2.txt')).st_mtime_ns)
print(rel(shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(base, 'a3.txt'))), open(os.path.join(base, 'a3.txt')).read())
for bad in [lambda: shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(src, 'a.txt')), lambda: shutil.copyfile(os.path.join(src, 'nope'), os.path.join(base, 'x')), lambda: shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(base, 'nodir', 'x')), lambda: shutil.copytree(src, os.path.join(base, 'b.py'))]:
    try: bad()
    except OSError as e: print(type(e).__name__, str(e).replace(base, 'BASE'), isinstance(e, shutil.Error))
dst = shutil.copytree(src, os.path.join(base, 'copy'), ignore=shutil.ignore_patterns('*.pyc', 'deep'))
print(rel(dst), tree(dst), oct(os.stat(os.path.join(dst, 'b.py')).st_mode & 0o777))
shutil.copytree(src, os.path.join(base, 'copy'), dirs_exist_ok=True); print(tree(os.path.join(base, 'copy')))
try: shutil.copytree(src, os.path.join(base, 'copy'))
except FileExistsError as e: print('FileExistsError', str(e).replace(base, 'BASE'))
os.symlink('a.txt', os.path.join(src, 'link'))
shutil.copytree(src, os.path.join(base, 'withlinks'), symlinks=True); print(os.path.islink(os.path.join(base, 'withlinks', 'link')), os.readlink(os.path.join(base, 'withlinks', 'link')))
shutil.copytree(src, os.path.join(base, 'nolinks')); print(os.path.islink(os.path.join(base, 'nolinks', 'link')), open(os.path.join(base, 'nolinks', 'link')).read())
print(rel(shutil.move(os.path.join(base, 'a3.txt'), os.path.join(base, 'moved.txt'))), os.path.exists(os.path.join(base, 'a3.txt')))
os.mkdir(os.path.join(base, 'target')); print(rel(shutil.move(os.path.join(base, 'moved.txt'), os.path.join(base, 'target'))))
print(rel(shutil.move(os.path.join(base, 'nolinks'), os.path.join(base, 'target'))), tree(os.path.join(base, 'target'))[:2])
open(os.path.join(base, 'again.txt'), 'w').close(); open(os.path.join(base, 'target', 'again.txt'), 'w').close()
try: shutil.move(os.path.join(base, 'again.txt'), os.path.join(base, 'target'))
except shutil.Error as e: print('Error', str(e).replace(base, 'BASE'))
try: shutil.move(os.path.join(base, 'target'), os.path.join(base, 'target', 'inner'))
except shutil.Error as e: print('Error', str(e).replace(base, 'BASE'))
errs = []
shutil.rmtree(os.path.join(base, 'nope'), onerror=lambda f, p, e: errs.append((f.__name__, rel(p), e[0].__name__)))
print(errs)
shutil.rmtree(os.path.join(base, 'nope'), ignore_errors=True)
try: shutil.rmtree(os.path.join(base, 'nope'))
except FileNotFoundError as e: print('FileNotFoundError', str(e).replace(base, 'BASE'))
os.symlink(src, os.path.join(base, 'dirlink'))
try: shutil.rmtree(os.path.join(base, 'dirlink'))
except OSError as e: print('OSError', e)
shutil.rmtree(os.path.join(base, 'copy')); print(os.path.exists(os.path.join(base, 'copy')))
b = io.BytesIO(b'x' * 100000); o = io.BytesIO(); shutil.copyfileobj(b, o, 1000); print(len(o.getvalue()))
s = io.StringIO('text'); o2 = io.StringIO(); shutil.copyfileobj(s, o2); print(o2.getvalue())
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'), shutil.which('sh', path=''), rel(shutil.which('b.py', path=base)), shutil.which(os.path.join(src, 'a.txt')))
os.environ.pop('COLUMNS', None); os.environ.pop('LINES', None)
print(shutil.get_terminal_size((99, 33)), shutil.get_terminal_size() == os.terminal_size((80, 24)))  # stdout is a pipe here
os.environ['COLUMNS'] = '120'; os.environ['LINES'] = 'x'; print(shutil.get_terminal_size((99, 33)))
print(os.terminal_size((5, 6)).columns, os.terminal_size([7, 8]), tuple(os.terminal_size(range(2))))
for bad in [lambda: os.terminal_size((1, 2, 3)), lambda: os.terminal_size(5)]:
    try: bad()
    except TypeError as e: print('TypeError', e)
print(shutil.rmtree.avoids_symlink_attacks in (True, False), issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
shutil.rmtree(base); print(os.path.exists(base))
