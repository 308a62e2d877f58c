# The whitespace split of a long ASCII text (zig-runtime/text/strsplit.zig
# splitAsciiSpaceShared): repeated words share one str whose hash is computed during the split.
# The pieces must equal, hash, compare, concatenate and count exactly as fresh strs do, whatever
# the text (repeats, collisions, no repeats at all, one-character words, whitespace kinds,
# a single long word, a str subclass receiver, non-ASCII text on the other path).
import random

random.seed(7)
SYL = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"]
vocab = ["".join(random.choice(SYL) for _ in range(1 + i % 4)) for i in range(3000)]
words = [vocab[int(len(vocab) * random.random() ** 3)] for _ in range(60000)]
seps = [" ", "\t", "\n", "  ", " \x1c", "\r\n", "\x0b", "\x0c"]
text = "".join(w + seps[i % len(seps)] for i, w in enumerate(words))
parts = text.split()
print(len(text), len(parts), parts == words, parts[:5], parts[-3:])

# Hashes and equality against strs built other ways (slices, joins, literals).
fresh = {w[:1] + w[1:]: 0 for w in vocab}
counts = {}
for p in parts:
    assert hash(p) == hash("".join([p])), p
    if p in counts:
        counts[p] += 1
    else:
        counts[p] = 1
    fresh[p] += 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top, len(counts), sum(counts.values()), sum(fresh.values()))
print(set(parts) == set(words), parts.count(parts[0]), words.count(parts[0]))

# Pieces stay independent values: += on one does not change another equal one.
a, b = parts[0], parts[parts.index(parts[0], 1)]
a += "X"
print(a, b, a == b, parts[0])

# No repeats at all (the table gives up), one-character and two-character words, numbers.
nums = " ".join(str(i) for i in range(20000))
np = nums.split()
print(len(np), np[:3], np[-2:], sum(int(x) for x in np))
short = " ".join("abcdefghij"[i % 10] * (1 + i % 2) for i in range(10000)).split()
print(len(short), short[:6], len(set(short)))

# Leading/trailing whitespace, a single long word (the receiver itself), exactly the threshold.
w1 = "x" * 5000
print(len(("  " + w1 + "\n").split()[0]), w1.split() == [w1], len(("ab " * 2048).split()))
t4096 = ("abc " * 1024)
print(len(t4096), len(t4096.split()), t4096.split()[-1], ("abc " * 1023 + "abcd").split()[-2:])


# A str subclass receiver and non-ASCII text take their own paths.
class S(str):
    pass


sp = S(text[:10000]).split()
print(len(sp), type(sp[0]).__name__, sp[:3])
na = ("héllo wörld ka lo " * 600).split()
print(len(na), na[:4], hash(na[0]) == hash("héllo"))

# More distinct words than the table keeps (it stops adding after half its slots): later new
# words are fresh strs, repeats of kept words still match; equality and counts are unchanged.
many = [f"w{i}" for i in range(70000)]
mtext = " ".join(w + " the" + (" " + many[i // 2] if i % 3 == 0 else "") for i, w in enumerate(many))
mp = mtext.split()
mc = {}
for p in mp:
    mc[p] = mc.get(p, 0) + 1
print(len(mp), len(mc), mc["the"], mc["w0"], mc["w69999"], mc.get("w34999"), mp[-4:])
print(mp == mtext.split(" "), sorted(mc.items(), key=lambda kv: (-kv[1], kv[0]))[:4])


# `for w in s.split():` walks the pieces without the list (abi/client_ops.zig forIterSplit):
# the same pieces, break/else, rebinding the str inside the loop, nested loops, generators,
# short, non-ASCII and subclass receivers, and receivers without split.
def loop_words(t):
    out = []
    for w in t.split():
        out.append(w)
        t = "rebound"
    return out


print(loop_words(mtext) == mp, loop_words(text) == words, loop_words("  a  bb\tc\n"), loop_words(""), loop_words("   "))
print(loop_words("héllo wörld " * 500)[:3], loop_words(S("x y z " * 2000))[-2:], type(loop_words(S("q r"))[0]).__name__)
for w in text.split():
    if w == words[5]:
        print("found", w)
        break
else:
    print("not found")
for w in "a b".split():
    pass
else:
    print("else ran", w)
print(sum(len(a) + len(b) for a in "ab cd ef".split() for b in text[:8000].split()))


def gen(t):
    for w in t.split():
        yield w.upper()


print(list(gen("one two  three")), sum(1 for _ in gen(text)))


class Splitter:
    def split(self):
        return ["own", "split"]


print([w for w in Splitter().split()], loop_words(Splitter()))
for bad in (5, None, b"x y"):
    try:
        print(loop_words(bad))
    except AttributeError as e:
        print("AttributeError", e)
