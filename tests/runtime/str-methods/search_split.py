# str.find/rfind/index/count/startswith/endswith/replace and split/rsplit/splitlines/partition/join:
# ASCII and non-ASCII text, start/end and maxsplit edge cases. Compared with python3 by str-methods.test.ts.
# find/rfind/index/rindex/count/startswith/endswith/replace/in with start/end edge cases
print("== search_split")
samples = ["", "a", "abcabc", "aaaa", "héllo wörld héllo", "日本語日本", "x\U0001d11ey\U0001d11e", "ab\ud800cd"]
subs = ["", "a", "bc", "aa", "héllo", "l", "本", "日本", "\U0001d11e", "zz", "\ud800"]
bounds = [None, 0, 1, -1, 2, -3, 5, 100, -100]
for s in samples:
    for sub in subs:
        row = [s.find(sub), s.rfind(sub), s.count(sub), sub in s, s.startswith(sub), s.endswith(sub)]
        for a in bounds:
            for b in (None, 3, -2, 100):
                row.append((s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b), s.startswith(sub, a, b), s.endswith(sub, a, b)))
        print(repr(s), repr(sub), row)
for s in samples:
    for old in ["", "a", "l", "héllo", "本", "aa", "\U0001d11e"]:
        for new in ["", "-", "XYZ", "é", "\U0001d11e"]:
            print(repr(s), repr(old), repr(new), repr(s.replace(old, new)), repr(s.replace(old, new, 1)), repr(s.replace(old, new, 0)), repr(s.replace(old, new, -5)), repr(s.replace(old, new, 2)))
print("abc".startswith(("x", "a")), "abc".startswith(()), "abc".endswith(("c", "x"), 0, 2), "abc".endswith(("b", "x"), 0, 2))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 4), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 4), "abc".count("", 4))
for f in (str.index, str.rindex):
    try:
        f("abc", "d")
    except ValueError as e:
        print("ValueError", e)
    print(f("abcabc", "c"), f("abcabc", "b", 0, 3))
class I:
    def __index__(self):
        return 1
print("abcabc".find("b", I()), "abcabc".count("a", I(), I()), "abc".center(I() + 4 if False else 5))
print("a" * 0, "ab" * 3, 3 * "é", "x" * -2, "abc".__mul__(2), "abc".__rmul__(2))
print(str.find("abc", "c"), str.count("aaa", "a"), str.replace("aXa", "X", "-"))
big = "the quick brown fox jumps over the lazy dog " * 50
print(big.count("the"), big.find("dog", 100), big.rfind("quick"), big.count("o"), big.find("lazy dog the"), len(big.replace("the", "THE")), big.replace(" ", "").count("o"))
print(big.find("zebra"), big.count("the quick brown fox jumps over the lazy dog the quick"), big.rfind("the", 0, 100))
samples = ["", " ", "a", "  a  b  ", "a,b,,c,", ",", "a b\tc\nd\x0be\x0cf\rg\x1ch\x1di\x1ej\x1fk", "x\u3000y\xa0z\u2028w\x85v", "one  two   three",
           "1<>2<>3<>", "<><>", "héllo wörld  fin", "日本 語\u3000日本", "\u2000a\u200ab\u200bc", "aaa", "abab"]
seps = [None, " ", ",", "<>", "a", "ab", "本", "\u3000", "xyz"]
for s in samples:
    for sep in seps:
        res = []
        for m in (-1, 0, 1, 2, 5):
            res.append(s.split(sep, m))
            res.append(s.rsplit(sep, m))
        print(repr(s), repr(sep), res)
    print(s.split(), s.rsplit(), s.split(maxsplit=1), s.rsplit(maxsplit=1), s.split(sep=None), s.rsplit(sep=",", maxsplit=1))
lines = ["", "\n", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\r\n\r\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "x\n\ny", "\r", "\n\r", "line1\nline2\r\nline3\rline4\n\nline6"]
for s in lines:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True), s.splitlines(False), s.splitlines(0), s.splitlines(5))
for s in samples:
    for sep in [" ", ",", "<>", "a", "本", "xyz"]:
        print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
print("-".join([]), "-".join(["a"]), "-".join(["a", "b", "c"]), "".join(["é", "ö", "日"]), ", ".join(("x", "y")), "é".join("abc"), "".join(str(i) for i in range(10)))
print("->".join({"a": 1, "b": 2}), "|".join(sorted({"b", "a"})), "\n".join(["l1", "l2"]).split("\n"), "+".join(map(str, [1, 2, 3])))
for bad in ([1], ["a", 2], ["a", None], ["a", b"x"]):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in (5, None):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError", e)
for f in ("split", "rsplit", "partition", "rpartition"):
    try:
        getattr("abc", f)("")
    except ValueError as e:
        print(f, "ValueError", e)
print("a b c".split(None, -7), "a,b".split(",", -1), str.split("a b"), str.rsplit("a b c", None, 1))
big = ("word " * 1000 + "\n") * 5
print(len(big.split()), len(big.split(" ")), len(big.splitlines()), big.split()[-1], len(big.rsplit(None, 3)), big.partition("\n")[2][:10])
