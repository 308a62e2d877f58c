# io: StringIO newline modes, BytesIO, TextIOWrapper (utf-8), closed-file messages.
import io

s = io.StringIO()
print(s.write("hello"), s.write(" world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), s.tell(), repr(s.read()))
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
s.seek(0, io.SEEK_END)
s.write("tail")
print(repr(s.getvalue()), s.tell())
s.truncate(5)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read()))

src = io.StringIO("line one\nline two\n\nline four")
print(src.readline(), end="")
print(src.readlines())
src.seek(0)
print([line.rstrip("\n") for line in src])
src.seek(0)
print(sum(1 for _ in src), src.read() == "")
print(list(io.StringIO("a\r\nb\rc\n", newline=None)), list(io.StringIO("a\r\nb", newline="")))

b = io.BytesIO()
b.write(b"\x00\x01binary")
b.write(bytes([255, 254]))
print(b.getvalue(), b.tell(), len(b.getvalue()))
b.seek(2)
print(b.read(3), b.read(), b.read())
b.seek(0)
print(b.read1(4), b.readable(), b.writable(), b.seekable())
view = io.BytesIO(b"abc\ndef\n")
print(view.readline(), view.readlines())
print(io.BytesIO(b"xyz").getbuffer().tobytes(), bytes(io.BytesIO(b"\x10\x20").getbuffer()))

raw = io.BytesIO()
text = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
text.write("héllo ✓\nsecond\n")
text.flush()
print(raw.getvalue(), len(raw.getvalue()))
text.seek(0)
print(text.read().splitlines())

s2 = io.StringIO()
print("via print", 1, 2, sep="|", file=s2)
s2.writelines(["x\n", "y\n"])
print(repr(s2.getvalue()), s2.closed)
s2.close()
print(s2.closed)
try:
    s2.getvalue()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError:", e)
with io.StringIO("ctx") as ctx:
    print(ctx.read(), ctx.closed)
print(ctx.closed)
buf = io.StringIO("0123456789")
buf.seek(3)
print(buf.read(2), buf.tell(), buf.seek(8), buf.read(10), repr(buf.read(1)))
