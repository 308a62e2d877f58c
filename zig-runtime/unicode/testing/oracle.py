#!/usr/bin/env python3
"""CPython 3.11's side of the unicode module's differential tests.

    oracle.py codepoints DRIVER   every code point 0..0x10FFFF: properties, 1-char str
                                  predicates and conversions, and multi-character probes
                                  of the cased / case-ignorable / Final_Sigma rules
    oracle.py strings DRIVER      seeded random strings mixing scripts, sigma contexts,
                                  combining marks, apostrophes, digits and surrogates

DRIVER is the compiled testing/driver.zig. Prints one JSON object: per-check mismatch
counts (all must be 0), the first few mismatches, and how much was checked. The layouts
mirror driver.zig.
"""

import json
import random
import struct
import subprocess
import sys
import tempfile
import time

CP_COUNT = 0x110000
EXAMPLES_MAX = 20

# The driver's bit-planes, in the order of driver.zig's `Bit` enum, each with the name
# its mismatches are reported under.
BITS = [
    ("alpha", "isAlpha"), ("decimal", "isDecimal"), ("digit", "isDigit"),
    ("numeric", "isNumeric"), ("alnum", "isAlnum"), ("space", "isSpace"),
    ("printable", "isPrintable"), ("upper", "isUpper"), ("lower", "isLower"),
    ("title", "isTitle"), ("cased", "isCased"), ("case_ignorable", "isCaseIgnorable"),
    ("identifier_start", "isIdentifierStart"), ("identifier_continue", "isIdentifierContinue"),
    ("line_break", "isLineBreak vs str.splitlines"), ("has_decimal_value", "decimalValue != null"),
    ("str_isalpha", "str isalpha"), ("str_isdecimal", "str isdecimal"),
    ("str_isdigit", "str isdigit"), ("str_isnumeric", "str isnumeric"),
    ("str_isalnum", "str isalnum"), ("str_isspace", "str isspace"),
    ("str_isprintable", "str isprintable"), ("str_isidentifier", "str isidentifier"),
    ("str_isupper", "str isupper"), ("str_islower", "str islower"),
    ("str_istitle", "str istitle"), ("str_isascii", "str isascii"),
    ("probe_identifier_continue", "('a'+c).isidentifier()"),
    ("probe_upper_after_upper", "('A'+c).isupper()"),
    ("probe_lower_after_lower", "('a'+c).islower()"),
    ("probe_istitle_before_lower", "(c+'a').istitle()"),
    ("probe_title_keeps_a", "(c+'a').title()"),
    ("probe_sigma_after_cased", "('a'+c+'Σ').lower()"),
    ("probe_sigma_after_space", "(' '+c+'Σ').lower()"),
    ("probe_sigma_before_end", "('aΣ'+c).lower()"),
    ("probe_sigma_before_a", "('aΣ'+c+'a').lower()"),
    ("probe_swapcase_sigma", "('a'+c+'Σ').swapcase()"),
    ("probe_title_sigma", "('a'+c+'Σ').title()"),
    ("probe_capitalize_sigma", "('a'+c+'Σ').capitalize()"),
    ("probe_count", "len(c+'é'+c)"),
]
BIT = {name: i for i, (name, _) in enumerate(BITS)}

# Mapping lines "<kind> <cp hex> <utf-8 hex>": string-level conversions (upper case kind)
# and per-code-point full mappings (lower case kind), plus "d <cp hex> <value>".
MAPPINGS = {
    "U": str.upper, "L": str.lower, "T": str.title, "C": str.capitalize,
    "F": str.casefold, "S": str.swapcase,
    "u": str.upper, "l": str.lower, "t": str.title, "f": str.casefold,
}
MAPPING_NAMES = {
    "U": "upper()", "L": "lower()", "T": "title()", "C": "capitalize()", "F": "casefold()",
    "S": "swapcase()", "u": "toUpper", "l": "toLower", "t": "toTitle", "f": "toFolded",
    "d": "decimalValue vs int()",
}


def encode(s):
    return s.encode("utf-8", "surrogatepass")


def plane(predicate, strings):
    """One byte (0 or 1) per string: the driver's bit-plane layout."""
    return bytes(map(predicate, strings))


def expected_planes(strs):
    """Every driver bit as CPython computes it for each one-character string, by name.

    Computed over all code points at once with map() over str methods, which keeps the
    CPython side to a few seconds.
    """
    def joined(prefix, suffix=""):
        return [prefix + s + suffix for s in strs]

    def final_sigma_at(convert, strings, at=-1):
        return bytes(convert(x)[at] == "ς" for x in strings)

    upper = plane(str.isupper, strs)
    cased = bytes(t[-1] == "a" for t in map(str.title, joined("", "a")))
    after_cased = final_sigma_at(str.lower, joined("a", "Σ"))
    after_space = final_sigma_at(str.lower, joined(" ", "Σ"))
    planes = {
        "alpha": plane(str.isalpha, strs),
        "decimal": plane(str.isdecimal, strs),
        "digit": plane(str.isdigit, strs),
        "numeric": plane(str.isnumeric, strs),
        "alnum": plane(str.isalnum, strs),
        "space": plane(str.isspace, strs),
        "printable": plane(str.isprintable, strs),
        "upper": upper,
        "lower": plane(str.islower, strs),
        # 1-char istitle() is ISTITLE or ISUPPER; the probes check that they never overlap.
        "title": bytes(t and not u for t, u in zip(plane(str.istitle, strs), upper)),
        "cased": cased,
        # As in gen_tables.py: where str.lower() puts the final sigma around c tells
        # whether c is case-ignorable.
        "case_ignorable": bytes((not sp) if c else ac for c, ac, sp in zip(cased, after_cased, after_space)),
        "identifier_start": plane(str.isidentifier, strs),
        "identifier_continue": plane(str.isidentifier, joined("a")),
        "line_break": bytes(len(x.splitlines()) == 2 for x in joined("a", "b")),
        # Which characters int() and float() accept at all is asserted once by gen_tables.py
        # (raising 2.2M ValueErrors costs seconds); the values are compared as lines.
        "has_decimal_value": plane(str.isdecimal, strs),
        "probe_identifier_continue": plane(str.isidentifier, joined("a")),
        "probe_upper_after_upper": plane(str.isupper, joined("A")),
        "probe_lower_after_lower": plane(str.islower, joined("a")),
        "probe_istitle_before_lower": plane(str.istitle, joined("", "a")),
        "probe_title_keeps_a": cased,
        "probe_sigma_after_cased": after_cased,
        "probe_sigma_after_space": after_space,
        "probe_sigma_before_end": final_sigma_at(str.lower, joined("aΣ"), 1),
        "probe_sigma_before_a": final_sigma_at(str.lower, joined("aΣ", "a"), 1),
        "probe_swapcase_sigma": final_sigma_at(str.swapcase, joined("a", "Σ")),
        "probe_title_sigma": final_sigma_at(str.title, joined("a", "Σ")),
        "probe_capitalize_sigma": final_sigma_at(str.capitalize, joined("a", "Σ")),
        "probe_count": bytes(len(x) == 3 for x in (s + "é" + s for s in strs)),
    }
    for name in ("isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace",
                 "isprintable", "isidentifier", "isupper", "islower", "istitle", "isascii"):
        planes["str_" + name] = plane(getattr(str, name), strs)
    assert sorted(planes) == sorted(BIT), sorted(set(planes) ^ set(BIT))
    return planes


# Driver bits checked against a second CPython behaviour: (name, bit, behaviour).
ALSO = [
    ("isSpace vs str.split", "space", lambda s: len(("a" + s + "b").split()) == 2),
]


def expected_lines_of(strs):
    lines = {}
    converted = {}
    for kind, convert in MAPPINGS.items():
        if convert not in converted:
            converted[convert] = list(map(convert, strs))
        for cp, (mapped, s) in enumerate(zip(converted[convert], strs)):
            if mapped != s:
                lines[(kind, cp)] = encode(mapped).hex()
    for cp, on in enumerate(plane(str.isdecimal, strs)):
        if on:
            lines[("d", cp)] = str(int(strs[cp]))
    return lines


def run_driver(driver, mode, stdin_bytes=None):
    """Start the driver now; return a function that waits for it and returns its stdout."""
    out = tempfile.TemporaryFile()
    proc = subprocess.Popen([driver, mode], stdin=subprocess.PIPE, stdout=out)
    if stdin_bytes is not None:
        proc.stdin.write(stdin_bytes)
    proc.stdin.close()

    def finish():
        if proc.wait() != 0:
            sys.exit("driver %s exited with %d" % (mode, proc.returncode))
        out.seek(0)
        return out.read()

    return finish


class Report:
    def __init__(self, names):
        self.mismatches = {name: 0 for name in names}
        self.examples = []
        self.parsed = {"int": 0, "float": 0}  # strings CPython parsed, for check_numeric

    def mismatch(self, name, detail):
        self.mismatches[name] += 1
        if len(self.examples) < EXAMPLES_MAX:
            self.examples.append("%s: %s" % (name, detail))


def check_codepoints(driver):
    finish = run_driver(driver, "codepoints")
    names = [name for _, name in BITS] + [name for name, _, _ in ALSO] + list(MAPPING_NAMES.values())
    report = Report(names)
    strs = [chr(cp) for cp in range(CP_COUNT)]
    expected_lines = expected_lines_of(strs)
    planes = expected_planes(strs)
    checks = [(name, bit, planes[bit]) for bit, name in BITS]
    checks += [(name, bit, plane(behaviour, strs)) for name, bit, behaviour in ALSO]
    output = finish()
    for name, bit, want in checks:
        offset = BIT[bit] * CP_COUNT
        got = output[offset:offset + CP_COUNT]
        if got != want:
            for cp in (cp for cp, (g, w) in enumerate(zip(got, want)) if g != w):
                report.mismatch(name, "U+%04X expected %d" % (cp, want[cp]))
    got_lines = {}
    for line in output[len(BITS) * CP_COUNT:].decode("ascii").splitlines():
        kind, cp_hex, value = line.split(" ")
        got_lines[(kind, int(cp_hex, 16))] = value
    for key in sorted(set(expected_lines) | set(got_lines)):
        want, got = expected_lines.get(key), got_lines.get(key)
        if want != got:
            report.mismatch(MAPPING_NAMES[key[0]], "U+%04X expected %s got %s" % (key[1], want, got))
    return report, {"code_points": CP_COUNT, "checks_per_code_point": len(checks),
                    "mapping_lines": len(expected_lines)}


# Characters that exercise the hard cases: multi-code-point mappings, titlecase digraphs,
# Final_Sigma and its case-ignorable neighbours, case-less "upper" letters, other scripts'
# digits, Python's unusual whitespace, surrogates.
INTERESTING = (
    "ßŉǰΐΰﬁﬀﬃﬆİıſKÅµǄǅǆǇǈǉǱǲǳẞᾀᾈᾳᾼῼΣσςΑάΆΟΔΥΕ\u0301\u0345\u0307\u0308"
    "'.:^`\u00ad\u2019\u02bc\u05f3ᏸᎠꭰაᲐ\u0587ﬓ𐐀𐐨𞤀𞤢ⓐⒶⅠⅰ𝐀ªº"
    "0123456789١٣۵५๓²³½五Ⅻ\u3007"
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000\u200b\ufeff"
    "\ud800\udbff\udc00\udfff\ue000\u0378\U000e0001😀_"
)
ASCII_POOL = "abcxyzABCXYZ  '_-.!019"
DENSE_RANGES = [(0x80, 0x2FFF), (0x1E00, 0x1FFF), (0x10400, 0x1044F), (0xD800, 0xDFFF), (0xA640, 0xA7FF)]


def random_string(rng):
    length = rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 6, 8, 12, 24, 40])
    chars = []
    for _ in range(length):
        pick = rng.random()
        if pick < 0.35:
            chars.append(rng.choice(ASCII_POOL))
        elif pick < 0.75:
            chars.append(rng.choice(INTERESTING))
        elif pick < 0.92:
            low, high = rng.choice(DENSE_RANGES)
            chars.append(chr(rng.randint(low, high)))
        else:
            chars.append(chr(rng.randrange(CP_COUNT)))
    return "".join(chars)


FIXED_STRINGS = [
    "", "they're bill's friends from the UK", "ΑΣ", "ΟΔΥΣΣΕΥΣ", "ΑΣ'", "Α'Σ'Α", "ΣΑΣ ΣΣ",
    "straße", "ŉ", "ﬁsh ﬂow", "ǆemal ǅ Ǆ", "İstanbul", "hello wörld 😀", "١٢٣", "12²½",
    "a\ud800b", "\udfff", "ΑΣ\u0345", "Α\u0345Σ", "Σ\u0301", "x" * 100 + "ß" + "Y" * 100,
    "ǅ", "ǅa", "ǅA", "Ab Cd", "AB", "ab", "a1", "A1", "1", " ", "\u3000\u2028", "_x1", "1x",
]


# Digits of several scripts, unicode spaces and number punctuation, for int() and float().
NUMBER_POOL = ("0123456789" "٠١٢٣٤٥٦٧٨٩" "०१२३४५६७८९" "０１２３４５６７８９" "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"
               " \u3000\xa0\u2003_-+.eE²½x\x7f")


def number_string(rng):
    return "".join(rng.choice(NUMBER_POOL) for _ in range(rng.randint(1, 10)))


def parsed(convert, s):
    """repr of convert(s), or None when it raises ValueError."""
    try:
        return repr(convert(s))
    except ValueError:
        return None


def check_numeric(report, s, ascii_form, complete):
    """decimalAndSpaceToAscii is right when parsing its output gives what CPython's
    int() and float() give for the original string."""
    expected_complete = all(ord(c) < 0x7F or c.isspace() or c.isdecimal() for c in s)
    if complete != expected_complete:
        report.mismatch("numeric complete", "%r expected %s" % (s, expected_complete))
    text = ascii_form.decode("ascii", "replace")
    for convert in (int, float):
        want, got = parsed(convert, s), parsed(convert, text)
        if want is not None:
            report.parsed[convert.__name__] += 1
        if want != got:
            report.mismatch("numeric " + convert.__name__, "%r -> %r: expected %s got %s" % (s, text, want, got))


def check_strings(driver, count):
    rng = random.Random(3110)
    samples = FIXED_STRINGS + [random_string(rng) for _ in range(count)]
    samples += [number_string(rng) for _ in range(count // 4)]
    payload = b"".join(struct.pack("<I", len(encode(s))) + encode(s) for s in samples)
    finish = run_driver(driver, "strings", payload)
    conversions = [("upper", str.upper), ("lower", str.lower), ("title", str.title),
                   ("capitalize", str.capitalize), ("casefold", str.casefold),
                   ("swapcase", str.swapcase)]
    predicates = [str.isalpha, str.isdecimal, str.isdigit, str.isnumeric, str.isalnum,
                  str.isspace, str.isprintable, str.isidentifier, str.isupper, str.islower,
                  str.istitle, str.isascii]
    names = [name for name, _ in conversions] + [p.__name__ for p in predicates] + ["len"]
    names += ["numeric complete", "numeric int", "numeric float"]
    report = Report(names)
    expected = [([encode(f(s)) for _, f in conversions], [p(s) for p in predicates]) for s in samples]
    output = finish()
    offset = 0
    for s, (want_conversions, want_predicates) in zip(samples, expected):
        for (name, _), want in zip(conversions, want_conversions):
            (length,) = struct.unpack_from("<I", output, offset)
            got = output[offset + 4:offset + 4 + length]
            offset += 4 + length
            if got != want:
                report.mismatch(name, "%r expected %r got %r" % (s, want, got))
        (length,) = struct.unpack_from("<I", output, offset)
        ascii_form = output[offset + 4:offset + 4 + length]
        offset += 4 + length
        (bits,) = struct.unpack_from("<Q", output, offset)
        offset += 8
        check_numeric(report, s, ascii_form, bool(bits >> len(predicates) & 1))
        for i, (predicate, want) in enumerate(zip(predicates, want_predicates)):
            if bool(bits >> i & 1) != want:
                report.mismatch(predicate.__name__, "%r expected %s" % (s, want))
        if bits >> 32 != len(s):
            report.mismatch("len", "%r expected %d got %d" % (s, len(s), bits >> 32))
    if offset != len(output):
        sys.exit("driver wrote %d bytes, expected %d" % (len(output), offset))
    return report, {"strings": len(samples), "input_bytes": len(payload),
                    "int_parsed": report.parsed["int"], "float_parsed": report.parsed["float"]}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("codepoints", "strings"):
        sys.exit("usage: oracle.py codepoints|strings DRIVER")
    started = time.monotonic()
    if sys.argv[1] == "codepoints":
        report, checked = check_codepoints(sys.argv[2])
    else:
        report, checked = check_strings(sys.argv[2], 30000)
    print(json.dumps({
        "python": sys.version.split()[0],
        "checked": checked,
        "mismatches": report.mismatches,
        "total_mismatches": sum(report.mismatches.values()),
        "examples": report.examples,
        "seconds": round(time.monotonic() - started, 2),
    }, indent=1))


if __name__ == "__main__":
    main()
