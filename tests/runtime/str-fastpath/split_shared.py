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
