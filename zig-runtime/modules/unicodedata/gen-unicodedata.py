# Dev-time generator for the unicodedata module's tables, taken from the running CPython's own
# unicodedata (3.11: Unicode 14.0.0) so pyaot answers exactly as CPython 3.11 does. Run with
# python3.11 from this directory; the two outputs are committed:
#   props.gz  per-code-point properties, decompositions, numeric values, composition pairs
#   names.gz  character names, then name aliases and named sequences (lookup() only)
# Layout (little-endian) is read by data.zig; keep both in step.
import gzip, os, struct, sys, unicodedata as u

assert u.unidata_version == '14.0.0', u.unidata_version
MAX = 0x110000
SHIFT = 7  # two-stage table: index1[cp >> SHIFT] -> block; block[cp & mask] -> record

# Fixed orders, mirrored by data.zig's name tables.
CATS = ['Cn', 'Lu', 'Ll', 'Lt', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf',
        'Cs', 'Co', 'Lm', 'Lo', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So']
BIDI = ['', 'L', 'LRE', 'LRO', 'R', 'AL', 'RLE', 'RLO', 'PDF', 'EN', 'ES', 'ET', 'AN', 'CS', 'NSM',
        'BN', 'B', 'S', 'WS', 'ON', 'LRI', 'RLI', 'FSI', 'PDI']
EAW = ['F', 'H', 'W', 'Na', 'A', 'N']


def u32(n):
    return struct.pack('<I', n)


records, rec_ids, per_cp = [], {}, []
decomp, numeric = [], []
for cp in range(MAX):
    c = chr(cp)
    rec = (CATS.index(u.category(c)), BIDI.index(u.bidirectional(c)), EAW.index(u.east_asian_width(c)),
           u.combining(c), u.mirrored(c))
    if rec not in rec_ids:
        rec_ids[rec] = len(records)
        records.append(rec)
    per_cp.append(rec_ids[rec])
    d = u.decomposition(c)
    if d:
        decomp.append((cp, d.encode()))
    n = u.numeric(c, None)
    if n is not None:
        numeric.append((cp, n, u.decimal(c, -1), u.digit(c, -1)))

blocks, block_ids, index1 = [], {}, []
for start in range(0, MAX, 1 << SHIFT):
    b = tuple(per_cp[start:start + (1 << SHIFT)])
    if b not in block_ids:
        block_ids[b] = len(blocks)
        blocks.append(b)
    index1.append(block_ids[b])

# Primary composites: canonical pairs that NFC recomposes (composition exclusions, singletons and
# non-starter decompositions drop out by asking CPython's NFC itself).
pairs = []
for cp, d in decomp:
    parts = d.decode().split()
    if parts[0].startswith('<') or len(parts) != 2:
        continue
    if u.normalize('NFC', chr(cp)) == chr(cp):
        pairs.append((int(parts[0], 16), int(parts[1], 16), cp))
pairs.sort()

out = bytearray()
out += u32(len(records))
for r in records:
    out += bytes(r)
out += u32(len(index1))
for i in index1:
    out += struct.pack('<H', i)
out += u32(len(blocks))
for b in blocks:
    out += struct.pack(f'<{len(b)}H', *b)
pool = bytearray()
out += u32(len(decomp))
for cp, d in decomp:
    out += u32(cp) + u32(len(pool))
    pool += d
out += u32(len(pool)) + pool
out += u32(len(numeric))
for cp, n, dec, dig in numeric:
    out += u32(cp) + struct.pack('<dbb', n, dec, dig)
out += u32(len(pairs))
for a, b, c in pairs:
    out += u32(a) + u32(b) + u32(c)

CJK = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2B738), (0x2B740, 0x2B81D),
       (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A)]
lines, prev = [], 0
for cp in range(MAX):
    name = u.name(chr(cp), None)
    if name is None:
        continue
    if name.startswith('CJK UNIFIED IDEOGRAPH-'):
        # ../unicodedata.zig computes these; check its ranges cover exactly CPython's.
        assert any(lo <= cp <= hi for lo, hi in CJK), hex(cp)
        continue
    if name.startswith('HANGUL SYLLABLE '):
        assert 0xAC00 <= cp <= 0xD7A3
        continue
    lines.append(f'{cp - prev:x}\t{name}')
    prev = cp
assert sum(hi - lo + 1 for lo, hi in CJK) == sum(
    1 for cp in range(MAX) if (u.name(chr(cp), '') or '').startswith('CJK UNIFIED IDEOGRAPH-'))

# Aliases and named sequences are accepted by lookup() but CPython offers no way to list them:
# take the candidates from Perl's Unicode 14 name table and keep those CPython's lookup accepts.
NAME_PL = '/usr/share/perl/5.36.0/unicore/Name.pl'
extra = []
text = open(NAME_PL).read().split("return <<'END';\n", 1)[1].split('\nEND\n', 1)[0]
for entry in text.strip().split('\n\n'):
    cps, name = entry.split('\n')
    seq = ''.join(chr(int(h, 16)) for h in cps.split())
    if len(seq) == 1 and u.name(seq, None) == name:
        continue
    try:
        found = u.lookup(name)
    except KeyError:
        continue
    if found == seq:
        extra.append(f'{cps}\t{name}')
lines.append('')
lines += extra


def write(path, data):
    with open(path, 'wb') as f:
        f.write(gzip.compress(bytes(data), 9, mtime=0))


write('props.gz', out)
write('names.gz', '\n'.join(lines).encode())
print(f'records {len(records)} blocks {len(blocks)} decomp {len(decomp)} numeric {len(numeric)} '
      f'pairs {len(pairs)} aliases+sequences {len(extra)}; props {len(out)} B raw, '
      f'{os.path.getsize("props.gz")} gz; names {os.path.getsize("names.gz")} gz', file=sys.stderr)
