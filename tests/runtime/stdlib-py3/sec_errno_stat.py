# errno (codes, errorcode in CPython's order, strerror) and stat (filemode, S_IS*, struct-sequence indexing of os.stat).
import errno, stat, os
print(errno.ENOENT, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[errno.EDEADLK], len(errno.errorcode), list(errno.errorcode.items())[:6])
print(os.strerror(errno.ENOENT), sorted(n for n in dir(errno) if n.startswith('E'))[:8])
try: open('/nonexistent/x')
except OSError as e: print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
for m in [0o100644, 0o40755, 0o120777, 0o104755, 0o41777, 0o20620, 0o60660, 0o10644, 0o140777, 0, 0o30041, 0o102644, 0o100001]:
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_ISCHR(m), stat.S_ISBLK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m), stat.S_IMODE(m), stat.S_IFMT(m), stat.S_ISDOOR(m))
st = os.stat('.')
print(stat.S_ISDIR(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]), stat.ST_SIZE, stat.S_IRWXU, stat.S_IXOTH, stat.UF_HIDDEN, stat.FILE_ATTRIBUTE_HIDDEN, stat.S_IFMT(st.st_mode) == stat.S_IFDIR, stat.S_ENFMT == stat.S_ISGID, stat.S_IREAD)
