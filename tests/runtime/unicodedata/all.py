# Every unicodedata function over a broad sample of code points, normalization in all four forms,
# lookup by name, alias and named sequence, and the errors CPython raises. Sections start '== '.
import unicodedata as ud

SAMPLE = sorted(set(
    list(range(0x100))                      # Latin-1
    + list(range(0x300, 0x400))             # combining marks, Greek
    + list(range(0x1100, 0x1200))           # Hangul jamo
    + list(range(0xAC00, 0xAC00 + 600))     # Hangul syllables
    + list(range(0xD790, 0xD800))           # end of syllables, jamo extended-B
    + list(range(0x3400, 0x3410)) + list(range(0x4DB0, 0x4E10)) + list(range(0x9FF0, 0xA010))
    + list(range(0x2A6D0, 0x2A6F0)) + list(range(0x3133F, 0x31360))   # CJK block edges
    + list(range(0xF900, 0xFA10))           # CJK compatibility ideographs (singletons)
    + list(range(0x1F300, 0x1F680))         # emoji
    + list(range(0x2150, 0x2190)) + list(range(0x2460, 0x2500))       # number forms
    + list(range(0x0F70, 0x0F90)) + list(range(0x1D15E, 0x1D170))     # exclusions, odd classes
    + list(range(0, 0x110000, 97))
))


def show(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print("== version", ud.unidata_version)
print("== properties")
for cp in SAMPLE:
    c = chr(cp)
    print(f"{cp:X}", ud.category(c), repr(ud.bidirectional(c)), ud.east_asian_width(c), ud.combining(c),
          ud.mirrored(c), repr(ud.decomposition(c)), ud.name(c, None), ud.numeric(c, None),
          ud.decimal(c, None), ud.digit(c, None))
print("== names round trip")
bad = 0
for cp in SAMPLE:
    n = ud.name(chr(cp), None)
    if n is not None and ud.lookup(n) != chr(cp):
        bad += 1
        print("lookup mismatch", hex(cp), n)
    if n is not None and show(ud.lookup, n.lower()) != repr(chr(cp)):
        print("lowercase lookup", hex(cp), show(ud.lookup, n.lower()))
print("mismatches", bad)
print("== normalization of single code points")
for cp in SAMPLE:
    c = chr(cp)
    forms = [ud.normalize(f, c) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    if any(x != c for x in forms):
        print(f"{cp:X}", " ".join(" ".join(f"{ord(x):X}" for x in s) for s in forms))
print("== normalization of strings")
STRINGS = [
    "", "abc", "e\u0301", "\u00e9", "Åström", "A\u030a", "\u212b", "\u1e9b\u0323", "q\u0307\u0323",
    "\u0071\u0323\u0307", "\u1100\u1161\u11a8", "\ud4db", "\u1100\u1161", "\uac00\u11a8", "\u1100\u1100\u1161",
    "ﬁ", "x²", "①②", "\u0344", "\u0f73", "a\u0328\u0301\u0323", "\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f",
    "\u0592\u05b7\u05bc\u05a5\u05b0\u05c0\u05c4\u05ad", "\u1111\u1171\u11b6 \u1103\u1167", "\u0061\u0315\u0300\u05ae\u0300\u0062",
    "\u00c5\u0327\u0301", "\u0b47\u0b3e", "\u09c7\u09be", "\u1d160\u0300", "\U0001d15e\U0001d165", "Ǆǅǆ",
    "\u2126\u212a\u0385", "\uff76\uff9e", "\u30ab\u3099", "\u3300", "ẛ̣", "\u0958\u0959", "\U0002f800\U0002fa1d",
    "naïve café résumé", "\u0041\u0301\u0302\u0303\u0304\u0305", "\u0300a", "\u0301\u0301e",
]
for s in STRINGS:
    out = [ud.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(s), [ascii(x) for x in out], [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
print("== lookup")
for n in ["LATIN SMALL LETTER A", "latin small letter a", "EURO SIGN", "BEL", "NUL", "LINE FEED", "BYTE ORDER MARK",
          "LATIN CAPITAL LETTER GHA", "LATIN SMALL LETTER R WITH TILDE", "KEYCAP NUMBER SIGN",
          "HANGUL SYLLABLE GAG", "hangul syllable gag", "HANGUL SYLLABLE ", "HANGUL SYLLABLE PWILH", "HANGUL SYLLABLE X",
          "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4e00",
          "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-3134A",
          "cjk unified ideograph-4e00", "CJK COMPATIBILITY IDEOGRAPH-F900", "xyz", "", "a" * 256, "a" * 257, "é"]:
    print(ascii(n[:40]), ascii(show(ud.lookup, n)))
print(show(ud.lookup, b"EURO SIGN"), show(ud.lookup, bytearray(b"EURO SIGN")), show(ud.lookup, 5))
print("== errors")
for fn in (ud.name, ud.category, ud.bidirectional, ud.combining, ud.east_asian_width, ud.mirrored,
           ud.decomposition, ud.numeric, ud.decimal, ud.digit):
    print(fn.__name__, show(fn, 1), show(fn, "ab"), show(fn, ""), show(fn), show(fn, "a", "b", "c"))
    try:
        fn(chr=1)
    except TypeError as e:
        print("TypeError:", e)
print(show(ud.name, "\x00"), show(ud.name, "\x00", 5), show(ud.numeric, "a"), show(ud.decimal, "½"),
      show(ud.digit, "x", "d"), show(ud.numeric, "x", None), show(ud.decimal, "٣"), show(ud.digit, "²"))
print(show(ud.name, "\ud800"), show(ud.name, "\U000f0000"), show(ud.name, "\U0010ffff", "-"))
for f in (ud.normalize, ud.is_normalized):
    print(show(f, "NFX", "a"), show(f, 1, "a"), show(f, "NFC", 1), show(f, "nfc", "a"), show(f, "NFC"),
          show(f, "NFC", "a", "b"))
print(show(lambda: ud.normalize(form="NFC", unistr="a")))
print("== normalization of pseudo-random strings")
# Starters that compose with each other and with marks, marks of many combining classes, jamo.
POOL = ("AaEeOoUuIiCcNnSsZz\u00c5\u00e5\u0391\u03b1\u0397\u03b7\u03c9\u0415\u0435\u0627\u0648\u064a"
        "\u0300\u0301\u0302\u0303\u0308\u030a\u030c\u0313\u0314\u0323\u0327\u0328\u0331\u0342\u0345\u0344\u0340"
        "\u0653\u0654\u0655\u05b0\u05b7\u05bc\u0591\u093c\u0928\u0b47\u0b3e\u0b56\u0b57\u0bc6\u0bbe\u0d46\u0d3e"
        "\u1100\u1112\u1161\u1175\u11a7\u11a8\u11c2\u11c3\uac00\uac1c\ud7a3\u3099\u309a\u304b\u30cf\u1b05\u1b35"
        "\u0f71\u0f72\u0f74\u0f80\u0fb2\u0fb3\u1e0d\u1e9b\u2126\u212b\ufb01\u00bd\u2460\uff76\uff9e\U0001d15f\U0001d165")
seed = 12345
for _ in range(3000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    n = 1 + seed % 8
    chars = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        chars.append(POOL[(seed >> 8) % len(POOL)])
    s = "".join(chars)
    out = [ud.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(s), ascii(out), [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
