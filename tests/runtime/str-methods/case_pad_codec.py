# Case mapping, is*() predicates, padding, strip, expandtabs, affixes, translate/maketrans and encode
# with every codec and error handler pyaot implements. Compared with python3 by str-methods.test.ts.
print("== case_pad_codec")
words = ["", "hello world", "HELLO", "hElLo WoRlD", "they're bill's", "123abc", "ßtraße", "ǅemal", "i̇", "o'neil-smith x2y", "ΣΑΣ ΟΔΥΣΣΕΥΣ", "ﬁsh ŉ",
         "İstanbul", "a\ud800b", "ǆ ǅ Ǆ", "\t tab", "ǈ", "Ⅷ ⅷ", "ᾳ ᾼ", "abc", "ABC", "Abc Def", "abc\x00def", "Ω", "µ", "ÿ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
samples = ["123", "12.3", "-5", "abc", "abc123", "ABC", "Abc Def", "   ", "\t\n", "", "½", "²", "٣", "éè", "a b", "_x", "x_1", "1x", "Σ", "ǅ", "\x1f", "\x7f", "\xa0",
           "日本", "a\u200b", "\u2028", "Ⅷ", "〇", "ab\x85", "\U0001d7d8", "🙂", "if", "ᾼ", "A1", "a1", "A b"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
for s in ["42", "-42", "+42", "", "abc", "-", "+", "123456", "3.14", "é", "-é"]:
    print(repr(s.zfill(6)), repr(s.zfill(0)), repr(s.zfill(-3)), repr(s.zfill(3)))
for s in ["ab", "abc", "", "héllo", "toolongstring", "x", "日本"]:
    for w in (-1, 0, 3, 4, 5, 8, 9):
        print(repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "é")), repr(s.rjust(w, "日")), repr(s.ljust(w)), repr(s.rjust(w)))
for bad in ("ab", "", 1, None):
    try:
        "a".center(5, bad)
    except TypeError as e:
        print("TypeError", e)
strips = ["", "  ", " a ", "\t\n a b \r\x0b\x0c", "xxaxx", "\u3000\xa0é\u2003", "..,hello,..", "éaé", "abc", "\x1c\x1fz\x1e", "\x85q\x85"]
for s in strips:
    for chars in (None, "", " ", "x", ".,", "é", "\u3000", "abc", "aé"):
        print(repr(s), repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
print(repr("  x  ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()))
for s in ["", "a\tb", "\t", "ab\tcd\tef", "abcdefgh\tx", "a\nb\tc", "a\r\tb", "é\tx", "\t\t", "日\t本"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)), repr(s.expandtabs(1)), repr(s.expandtabs(tabsize=3)))
for s in ["", "abc", "abcabc", "éa"]:
    for p in ["", "a", "ab", "abc", "abcd", "c", "bc", "é", "éa"]:
        print(repr(s), repr(p), repr(s.removeprefix(p)), repr(s.removesuffix(p)))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdabcd".translate(t), "ébd".translate(t))
t2 = str.maketrans({"a": "AA", "b": None, 99: 100, "é": "e"})
print(sorted(t2.items()), "abcé日".translate(t2), "".translate(t2))
print("hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate([ord("x")] * 98 + [None]), "abc".translate({}))
class M:
    def __getitem__(self, k):
        if k == 97:
            return "<a>"
        raise LookupError(k)
print("banana".translate(M()))
for bad in ({97: 1.5}, {97: -1}, {97: 0x110000}):
    try:
        print(repr("a".translate(bad)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr("a".translate({97: 1})), repr("ab".translate({97: True})))
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as x:
        print(label, type(x).__name__, x)
for e in ["utf-16","utf-16-le","utf-16-be","utf-32","utf-32-le","utf-32-be","utf-8","latin-1","ascii","UTF16","utf_16le","U16", "Latin 1", "utf8", "nonsense"]:
    t(e, lambda: "a\ud800b\udcff".encode(e))
    t(e, lambda: "aé€\U0001d11e".encode(e, "replace"))
    t(e, lambda: "aé€\U0001d11e".encode(e, "backslashreplace"))
    t(e, lambda: "aé€\U0001d11e".encode(e, "xmlcharrefreplace"))
    t(e, lambda: "aé€\U0001d11e".encode(e, "ignore"))
    t(e, lambda: "éé€".encode(e))
t(1, lambda: ("a\ud800".encode("utf-16", "surrogatepass"), "\U0001d11e".encode("utf-16-be"), "".encode("utf-32"), "ab".encode("utf-16")))
t(2, lambda: ("\udcff".encode("latin-1", "surrogateescape")))
t(3, lambda: "é\udc80".encode("ascii","surrogateescape"))
t(4, lambda: "\ud800".encode("utf-16", "surrogateescape"))
t(5, lambda: "a\ud800".encode("utf-32-le", "surrogatepass"))
t(6, lambda: "aé".encode("ascii", "bogus"))
t(7, lambda: "a".encode("ascii", "bogus"))
t(8, lambda: ("\ud800".encode("utf-8", "replace"), "\ud800".encode("utf-16", "replace"), "\ud800".encode("utf-8", "backslashreplace")))
t(9, lambda: "\ud800".encode("utf-8", "xmlcharrefreplace"))
t(11, lambda: "\udc80\udcff".encode("utf-8", "surrogateescape"))
t(12, lambda: "x".encode(encoding="ascii", errors="strict"))
t(13, lambda: "x".encode("ascii", errors=None))
t(14, lambda: "x".encode(None))
