# base64 and binascii: every encoding round-tripped, a2b_base64's lenient and strict decoding
# of malformed input (padding, junk, excess data), hexlify separators, CRC-32, and the errors.
import base64, binascii
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xff\xfe\xfd" * 7, "héllo wörld".encode()]
for s in samples:
    e = base64.b64encode(s)
    print(e[:40], base64.b64decode(e) == s, base64.urlsafe_b64encode(s)[:20], base64.b32encode(s)[:24], base64.b32hexencode(s)[:16], base64.b16encode(s)[:16])
    assert base64.b32decode(base64.b32encode(s)) == s and base64.b16decode(base64.b16encode(s)) == s and base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(b"x" * 200)) == b"x" * 200, base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("+/+/"), base64.b64decode(b"-_-_", altchars="-_"))
print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2), binascii.unhexlify("01abFF"), binascii.b2a_hex(bytearray(b"ab")))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""), binascii.crc32(bytes(range(256)) * 10))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01="L"), base64.b16decode("abcd", casefold=True))
weird = ["YWJj", "YWJ", "YW", "Y", "YWJjZA", "YWJjZA=", "YWJjZA==", "YWJjZA===", "YW Jj\nZA==", "YWJj!ZA==", "=YWJj", "YW=Jj", "YWJjZA==YWJj", "YWJjZ", "YWJjZ===", "YQ==YQ==", "Y===", "YWE=x", "", "====", "A=", "AB=", "AB==", "ABC=", "ABCD====", "ab\x00cd"]
for w in weird:
    for strict in (False, True):
        try:
            r = binascii.a2b_base64(w, strict_mode=strict)
        except binascii.Error as e:
            r = "Error: " + str(e)
        print(repr(w), strict, r)
for bad in [lambda: base64.b64encode("str"), lambda: base64.b64decode("é"), lambda: base64.b64decode(5), lambda: base64.b64decode("YW=J", validate=True), lambda: base64.b32decode("MZXW6"), lambda: base64.b32decode("MZXW6YQ1"), lambda: base64.b32decode("MZ======"), lambda: base64.b32decode("M======="), lambda: base64.b16decode("abcd"), lambda: base64.b16decode("ABC"), lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.hexlify("s"), lambda: binascii.crc32("s"), lambda: base64.encodebytes("s"), lambda: binascii.hexlify(b"ab", "--"), lambda: binascii.a2b_base64(3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(issubclass(binascii.Error, ValueError))
import base64
for f in (base64.encodebytes, base64.decodebytes):
    try: f("s")
    except TypeError as e: print(e)
