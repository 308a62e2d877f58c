# glob: hidden files, recursion, trailing slashes, root_dir, escape (sorted: directory order is the filesystem's).
import glob, os, tempfile
d = tempfile.mkdtemp()
for name in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/x.py', 'sub/deep/y.py', 'sub/.h/z.py', 'q[1].txt']:
    full = os.path.join(d, name); os.makedirs(os.path.dirname(full), exist_ok=True)
    open(full, 'w').close()
old = os.getcwd()
os.chdir(d)
for pat in ['*.py', '*', '.*', '**/*.py', 'sub/*', 'sub/*/', '*/', 'nomatch*', 'a.py', 'zz.py', 'sub/', '?.py', '[ab].py', 'q[1].txt', glob.escape('q[1].txt'), '**', 'sub/**', '']:
    print(repr(pat), sorted(glob.glob(pat)), sorted(glob.glob(pat, recursive=True)), sorted(glob.glob(pat, recursive=True, include_hidden=True)))
print(sorted(glob.glob('*.py', root_dir=os.path.join(d, 'sub'))), sorted(glob.glob(os.path.join(d, 's*', '*.py'))) == sorted([os.path.join(d, 'sub', 'x.py')]))
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.escape('a*b?c[d]'), sorted(glob.iglob('*.txt')))

os.chdir(old)
for root, dirs, files in os.walk(d, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    os.rmdir(root)
print(os.path.exists(d))
