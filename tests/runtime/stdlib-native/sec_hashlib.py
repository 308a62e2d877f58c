# hashlib: every algorithm's digests (equal to OpenSSL's), copies, incremental updates, new() with
# CPython's and OpenSSL's names, the attributes, and CPython's argument errors.
print("== hashlib")
import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = getattr(hashlib, name)(b"hello ")
    c = h.copy()
    h.update(b"world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16], h.digest()[:4], hashlib.new(name, b"hello world").hexdigest() == h.hexdigest())
print(hashlib.sha256().hexdigest(), hashlib.md5(bytearray(b"abc")).hexdigest(), hashlib.sha1(memoryview(b"abc")).hexdigest(), hashlib.new("sha3-256", data=b"x").hexdigest()[:8], hashlib.md5(string=b"q", usedforsecurity=False).hexdigest()[:8])
big = hashlib.sha256()
for i in range(1000):
    big.update(str(i).encode() * 37)
print(big.hexdigest(), sorted(hashlib.algorithms_guaranteed - {"shake_128", "shake_256"}))
for bad in [lambda: hashlib.md5("str"), lambda: hashlib.sha256().update(5), lambda: hashlib.new("nope"), lambda: hashlib.md5(b"a", b"b"), lambda: hashlib.md5(foo=1), lambda: hashlib.md5(data=b"x"), lambda: hashlib.blake2b(string=b"x"), lambda: hashlib.sha3_256(b"a", b"b"), lambda: hashlib.new("md5", string=b"x"), lambda: hashlib.new(), lambda: hashlib.new(5), lambda: hashlib.sha1().digest(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(repr(hashlib.md5())[:25], type(hashlib.sha256()).__name__)
for n in ["SHA256", "Md5", "SHA3-256", "sha3-512", "SHA3_256", "BLAKE2B", "blake2b512", "Blake2s256"]:
    try:
        print(n, hashlib.new(n, b"x").hexdigest()[:12])
    except ValueError as e:
        print(n, "ValueError:", e)
for f in (lambda: hashlib.md5().update(), lambda: hashlib.md5().copy(1)):
    try: f()
    except TypeError as e: print(e)
