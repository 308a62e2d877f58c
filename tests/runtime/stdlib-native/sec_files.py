# Builtin open() on real files: "+" modes that read back what they wrote ("w+", "a+"),
# newline="\r"/"\r\n" translating "\n" on output (write and print(file=)), mode validation
# messages, undecodable UTF-8 (message and errors=), open() of a directory, and repr(f).
import os
import tempfile

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
