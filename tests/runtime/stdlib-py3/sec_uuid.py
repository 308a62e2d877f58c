# uuid (every constructor, property, error; uuid1/3/4/5) and secrets (tokens, randbelow, choice, compare_digest).
import uuid, secrets
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le, u.fields, u.time, u.clock_seq, u.node, u.variant, u.version, u.is_safe)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u, uuid.UUID('urn:uuid:' + str(u)) == u)
print(uuid.UUID(int=5, version=4), uuid.UUID(int=2**128 - 1).variant, uuid.UUID(int=0).variant, uuid.UUID(int=0).version, uuid.UUID(int=0xc000 << 48).variant)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'), uuid.uuid3(uuid.NAMESPACE_OID, 'é'))
print(uuid.NAMESPACE_X500, sorted([uuid.NAMESPACE_URL, uuid.NAMESPACE_DNS]), u < uuid.NAMESPACE_DNS, hash(u) == hash(uuid.UUID(str(u))), int(u) == u.int, u == str(u), {u: 1}[uuid.UUID(u.hex)])
for bad in [lambda: uuid.UUID(), lambda: uuid.UUID('abc'), lambda: uuid.UUID(bytes=b'x'), lambda: uuid.UUID(bytes_le=b'y'), lambda: uuid.UUID(fields=(1, 2)),
            lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0)), lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)), lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 2**48)), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1, version=6), lambda: uuid.UUID(hex='1', int=1), lambda: setattr(u, 'int', 3), lambda: u < 3]:
    try: print(bad())
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
a = uuid.uuid4(); print(a.version, a.variant, len(str(a)), a != uuid.uuid4())
b = uuid.uuid1(); c = uuid.uuid1(); print(b.version, b.variant, b != c, b.time <= c.time, uuid.getnode() == uuid.getnode(), 0 <= uuid.getnode() < 2**48)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc, uuid.uuid1(node=1, clock_seq=0x1234).clock_seq, uuid.SafeUUID.safe.value)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex()), len(secrets.token_hex(3)), len(secrets.token_urlsafe(16)), secrets.token_urlsafe(0), secrets.token_hex(0))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.randbits(0), 0 <= secrets.randbits(70) < 2**70, secrets.choice('a') , secrets.choice([5, 5]))
print(sorted(set(secrets.randbelow(3) for _ in range(300))), sorted(set(secrets.choice('xy') for _ in range(100))))
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'), secrets.compare_digest(b'ab', bytearray(b'ab')), secrets.compare_digest('a', 'ab'))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbits(-1), lambda: secrets.choice([]), lambda: secrets.compare_digest('é', 'é'), lambda: secrets.compare_digest(1, 2), lambda: secrets.compare_digest('a', b'a'), lambda: secrets.compare_digest(1, b'a'), lambda: secrets.compare_digest('a', 1), lambda: secrets.compare_digest([1], [1]), lambda: secrets.compare_digest(bytearray(b'a'), 'a')]:
    try: print(bad())
    except (TypeError, ValueError, IndexError) as e: print(type(e).__name__, e)
try: uuid.uuid5(uuid.NAMESPACE_URL, b'x')
except TypeError as e: print(e)
