#!/usr/bin/env python3
"""Generate zig-runtime/unicode/tables.zig from CPython 3.11's own behaviour.

Run by developers (`python3 zig-runtime/unicode/gen_tables.py`), never at build time;
the output is committed. `--check` only verifies that the committed file is current. Every property is read off a str method of the running CPython
rather than parsed from UCD files, so the tables agree with what `python3` does, including
its quirks (which characters count as whitespace, Other_Lowercase in islower, ...).

Properties that CPython does not expose directly are derived from observable behaviour:
  cased           (c + 'a').title() keeps the 'a' lowercase exactly when c is cased.
  case_ignorable  from where str.lower() puts the final sigma around c (see below).
  title (Lt)      1-char istitle() is ISTITLE or ISUPPER, so ISTITLE = istitle and not isupper.
  identifier      c.isidentifier() is the start rule, ('a' + c).isidentifier() the continue rule.
  line break      ('a' + c + 'b').splitlines() has two parts.

Layout: every code point maps to one record index through a three-level trie
(level1[cp >> shift1] -> level2 block -> level3 block -> record); below U+0800 a direct
table gives the record index in one load. A record holds the flag
bits, the decimal value and the four case mappings as deltas. The ~100 code points whose
case mapping has more than one code point ('ß'.upper() == 'SS') share a single record with
the SPECIAL flag and are found by binary search in a small sorted side table. The trie
shifts are chosen by exhaustive search for the smallest table.
"""

import os
import sys
import unicodedata

CP_COUNT = 0x110000
MAX_MAPPING = 3  # CPython's _PyUnicode_To*Full write at most three code points.
# Code points below this get a direct record table (2 KiB): one load instead of three
# dependent ones, measured at about a third off the cost of str.upper() on Greek text.
DIRECT_LIMIT = 0x800

# Flag bits; the Zig side reads the names from the generated `Flag` constants.
FLAGS = [
    "alpha",
    "decimal",
    "digit",
    "numeric",
    "space",
    "printable",
    "upper",
    "lower",
    "title",
    "cased",
    "case_ignorable",
    "identifier_start",
    "identifier_continue",
    "line_break",
    "special_case",
]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}


def check_interpreter():
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_tables.py must run on CPython 3.11 (found %s)" % sys.version.split()[0])
    if unicodedata.unidata_version != "14.0.0":
        sys.exit("expected Unicode 14.0.0, found %s" % unicodedata.unidata_version)


def case_ignorable(s, cased):
    """Read Case_Ignorable off str.lower()'s Final_Sigma handling.

    'a' + c + 'Σ': the backward scan skips c if ignorable and then sees cased 'a', so the
    sigma is final ('ς') when c is ignorable or c is cased.
    ' ' + c + 'Σ': ' ' is neither, so the sigma is final only when c is cased and not ignorable.
    """
    after_cased = ("a" + s + "Σ").lower()[-1] == "ς"
    after_space = (" " + s + "Σ").lower()[-1] == "ς"
    return (not after_space) if cased else after_cased


def accepts(convert, s):
    try:
        convert(s)
        return True
    except ValueError:
        return False


def flags_of(cp):
    s = chr(cp)
    upper = s.isupper()
    lower = s.islower()
    title = s.istitle() and not upper
    cased = (s + "a").title()[-1] == "a"
    values = {
        "alpha": s.isalpha(),
        "decimal": s.isdecimal(),
        "digit": s.isdigit(),
        "numeric": s.isnumeric(),
        "space": s.isspace(),
        "printable": s.isprintable(),
        "upper": upper,
        "lower": lower,
        "title": title,
        "cased": cased,
        "case_ignorable": case_ignorable(s, cased),
        "identifier_start": s.isidentifier(),
        "identifier_continue": ("a" + s).isidentifier(),
        "line_break": len(("a" + s + "b").splitlines()) == 2,
    }
    # The whole-string predicates are rebuilt from these bits; make sure the bits explain them.
    assert ("A" + s).isupper() == (not (lower or title)), hex(cp)
    assert ("a" + s).islower() == (not (upper or title)), hex(cp)
    assert not (upper and lower), hex(cp)
    # decimalValue serves int() and float(), which accept exactly the decimal characters.
    assert accepts(int, s) == values["decimal"] == accepts(float, s), hex(cp)
    return sum(BIT[name] for name, on in values.items() if on)


def mappings_of(cp):
    s = chr(cp)
    maps = (s.upper(), s.lower(), s.title(), s.casefold())
    assert all(1 <= len(m) <= MAX_MAPPING for m in maps), hex(cp)
    # str.swapcase is rebuilt from isupper/islower and the full mappings.
    swapped = maps[1] if s.isupper() else maps[0] if s.islower() else s
    assert s.swapcase() == swapped, hex(cp)
    return maps


def build_records():
    """Return (per-code-point record index, record list, special list)."""
    record_ids = {}
    index = []
    special = []
    for cp in range(CP_COUNT):
        flags = flags_of(cp)
        maps = mappings_of(cp)
        decimal = int(chr(cp)) if flags & BIT["decimal"] else 0
        if any(len(m) != 1 for m in maps):
            flags |= BIT["special_case"]
            special.append((cp, maps))
            deltas = (0, 0, 0, 0)
        else:
            deltas = tuple(ord(m) - cp for m in maps)
        record = (flags, decimal) + deltas
        index.append(record_ids.setdefault(record, len(record_ids)))
    records = sorted(record_ids, key=record_ids.get)
    return index, records, special


def dedupe_blocks(values, block_len):
    """Split values into blocks of block_len; return (block id per block, flat unique blocks)."""
    ids = {}
    per_block = []
    flat = []
    for start in range(0, len(values), block_len):
        block = tuple(values[start:start + block_len])
        if block not in ids:
            ids[block] = len(ids)
            flat.extend(block)
        per_block.append(ids[block])
    return per_block, flat


def int_type(max_value):
    for bits in (8, 16, 32):
        if max_value < (1 << bits):
            return "u%d" % bits
    raise ValueError(max_value)


def type_bytes(zig_type):
    return int(zig_type[1:]) // 8


def best_trie(index):
    """Try every (shift1, shift2) and keep the smallest three-level trie."""
    best = None
    for shift2 in range(3, 9):
        level2_ids, level3 = dedupe_blocks(index, 1 << shift2)
        for shift1 in range(shift2 + 1, 14):
            level1, level2 = dedupe_blocks(level2_ids, 1 << (shift1 - shift2))
            types = (int_type(max(level1)), int_type(max(level2)), int_type(max(level3)))
            size = sum(len(a) * type_bytes(t) for a, t in zip((level1, level2, level3), types))
            if best is None or size < best[0]:
                best = (size, shift1, shift2, (level1, level2, level3), types)
    return best


def zig_array(name, zig_type, values, per_line=24):
    """An array literal laid out exactly as `zig fmt` lays it out: rows of per_line
    elements, each column left-aligned to its widest element, so the file stays fmt-clean."""
    rows = [[str(v) + "," for v in values[start:start + per_line]]
            for start in range(0, len(values), per_line)]
    widths = [max(len(row[j]) for row in rows if j < len(row)) for j in range(len(rows[0]))]
    lines = ["pub const %s = [%d]%s{" % (name, len(values), zig_type)]
    for row in rows:
        lines.append(("    " + " ".join(cell.ljust(widths[j]) for j, cell in enumerate(row))).rstrip())
    lines.append("};")
    return "\n".join(lines)


def zig_mapping(text):
    cps = [ord(ch) for ch in text] + [0] * (MAX_MAPPING - len(text))
    return ".{ .len = %d, .cps = .{ %s } }" % (len(text), ", ".join("0x%X" % c for c in cps))


def render(index, records, special):
    size, shift1, shift2, (level1, level2, level3), types = best_trie(index)
    out = []
    out.append("//! GENERATED by gen_tables.py from CPython %s (Unicode %s). Do not edit."
               % (sys.version.split()[0], unicodedata.unidata_version))
    out.append("//! Layout and derivation: see gen_tables.py. Lookup is in codepoint.zig.")
    out.append("")
    out.append('pub const unicode_version = "%s";' % unicodedata.unidata_version)
    out.append("")
    out.append("/// Flag bits of `Record.flags`.")
    out.append("pub const Flag = struct {")
    for name in FLAGS:
        out.append("    pub const %s: u16 = 0x%04X;" % (name, BIT[name]))
    out.append("};")
    out.append("")
    out.append("/// One distinct combination of properties. The deltas give the single-code-point")
    out.append("/// case mappings (cp + delta); they are zero and unused when `special_case` is set.")
    out.append("pub const Record = struct {")
    out.append("    flags: u16,")
    out.append("    /// The digit's value when `Flag.decimal` is set, else 0.")
    out.append("    decimal: u8,")
    out.append("    upper: i32,")
    out.append("    lower: i32,")
    out.append("    title: i32,")
    out.append("    fold: i32,")
    out.append("};")
    out.append("")
    out.append("/// A full case mapping: `len` code points of `cps` (at most %d)." % MAX_MAPPING)
    out.append("pub const Mapping = struct {")
    out.append("    len: u2,")
    out.append("    cps: [%d]u21," % MAX_MAPPING)
    out.append("};")
    out.append("")
    out.append("pub const SpecialCase = struct {")
    out.append("    upper: Mapping,")
    out.append("    lower: Mapping,")
    out.append("    title: Mapping,")
    out.append("    fold: Mapping,")
    out.append("};")
    out.append("")
    out.append("pub const shift1 = %d;" % shift1)
    out.append("pub const shift2 = %d;" % shift2)
    out.append("pub const Level2 = %s;" % types[1])
    out.append("")
    out.append("pub const records = [%d]Record{" % len(records))
    for flags, decimal, up, lo, ti, fo in records:
        out.append("    .{ .flags = 0x%04X, .decimal = %d, .upper = %d, .lower = %d, .title = %d, .fold = %d },"
                   % (flags, decimal, up, lo, ti, fo))
    out.append("};")
    out.append("")
    out.append("/// Record index of each code point below U+%04X (the one- and two-byte UTF-8" % DIRECT_LIMIT)
    out.append("/// range: Latin, Greek, Cyrillic, Hebrew, Arabic...), which skips the trie.")
    out.append("pub const direct_limit = 0x%X;" % DIRECT_LIMIT)
    out.append(zig_array("direct_record", types[2], index[:DIRECT_LIMIT], per_line=32))
    out.append("")
    out.append(zig_array("level1", types[0], level1))
    out.append("")
    out.append(zig_array("level2", types[1], level2))
    out.append("")
    out.append(zig_array("level3", types[2], level3))
    out.append("")
    out.append("/// Code points whose case mappings need `special`, sorted for binary search.")
    out.append(zig_array("special_cps", "u21", [cp for cp, _ in special], per_line=12))
    out.append("")
    out.append("pub const special = [%d]SpecialCase{" % len(special))
    for cp, maps in special:
        out.append("    .{ // U+%04X" % cp)
        for name, text in zip(("upper", "lower", "title", "fold"), maps):
            out.append("        .%s = %s," % (name, zig_mapping(text)))
        out.append("    },")
    out.append("};")
    out.append("")
    data_bytes = size + DIRECT_LIMIT + len(records) * 20 + len(special) * (4 + 4 * 16)
    stats = "trie %d bytes (shifts %d/%d, types %s), %d records, %d special, ~%d bytes of data" % (
        size, shift1, shift2, "/".join(types), len(records), len(special), data_bytes)
    return "\n".join(out), stats


def without_header(text):
    """The generated text minus its first line, which names the exact CPython patch release."""
    return text.split("\n", 1)[1]


def main():
    check = sys.argv[1:] == ["--check"]
    if sys.argv[1:] and not check:
        sys.exit("usage: gen_tables.py [--check]")
    check_interpreter()
    index, records, special = build_records()
    text, stats = render(index, records, special)
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tables.zig")
    if check:
        # Used by the test suite: the committed tables are what this CPython generates.
        with open(target, encoding="utf-8") as f:
            committed = f.read()
        if without_header(committed) != without_header(text):
            sys.exit("%s is stale: rerun gen_tables.py" % target)
        print("%s is up to date; %s" % (target, stats))
        return
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s: %d bytes of source; %s" % (target, len(text), stats))


if __name__ == "__main__":
    main()
