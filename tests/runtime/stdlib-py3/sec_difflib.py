# difflib: SequenceMatcher (blocks, opcodes, grouped hunks, ratios, junk, autojunk), get_close_matches,
# ndiff/Differ with guide lines, restore, unified_diff and context_diff, and their errors.
import difflib
import random

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 28, 0, 38), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match(), s.bjunk, s.bpopular)
s = difflib.SequenceMatcher(None, "", ""); print(s.ratio(), s.get_opcodes(), list(s.get_grouped_opcodes()))
a = ''.join(random.Random(5).choice('ab') for _ in range(300)); b = a[:150] + 'c' + a[150:]
for aj in (True, False):
    s = difflib.SequenceMatcher(None, a, b, autojunk=aj); print(aj, sorted(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 4))
r = random.Random(7)
A = [str(r.randrange(30)) for _ in range(120)]; B = list(A)
for _ in range(15):
    k = r.randrange(len(B)); op = r.randrange(3)
    if op == 0: del B[k]
    elif op == 1: B.insert(k, 'x%d' % r.randrange(9))
    else: B[k] = 'y'
s = difflib.SequenceMatcher(None, A, B)
print(s.get_opcodes()); print([g for g in s.get_grouped_opcodes(2)][:3]); print(round(s.ratio(), 6))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'for', 'with', 'import', 'whale'], n=2, cutoff=0.5))
print(difflib.get_close_matches('x', []), difflib.get_close_matches('abc', ['abc', 'abd', 'acb', 'bca'], n=10, cutoff=0.0))
for bad in [lambda: difflib.get_close_matches('a', ['a'], n=0), lambda: difflib.get_close_matches('a', ['a'], cutoff=1.5)]:
    try: bad()
    except ValueError as e: print('ValueError', e)
t1 = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
t2 = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine!\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(t1, t2, 'before.py', 'after.py', '2024-01-01', '2024-01-02')), end='')
print(''.join(difflib.unified_diff(t1, t2, n=1)), end='')
print(''.join(difflib.context_diff(t1, t2, 'a', 'b')), end='')
print(''.join(difflib.context_diff(t1, t2, n=0)), end='')
print(list(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')), list(difflib.unified_diff(t1, t1)), list(difflib.unified_diff([], ['x\n'])), list(difflib.context_diff(['x\n'], [])))
d = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(d), end=''); print(''.join(difflib.restore(d, 1)), end=''); print(''.join(difflib.restore(d, 2)), end='')
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(''.join(difflib.ndiff(['\tabc def\n', 'same\n', 'x\n'], ['\tabd  def\n', 'same\n', 'y\n', 'z\n'])), end='')
print(''.join(difflib.ndiff(['a\n', 'b\n', 'c\n'], ['c\n', 'b\n', 'a\n'])), end='')
print([difflib.IS_LINE_JUNK(x) for x in ['\n', '  #  \n', 'hello\n', '#x']], [difflib.IS_CHARACTER_JUNK(c) for c in ' \tx\n'])
for bad in [lambda: list(difflib.restore([], 3)), lambda: list(difflib.unified_diff([b'a'], ['b'])), lambda: list(difflib.unified_diff(['a'], ['b'], fromfile=b'x')), lambda: list(difflib.context_diff(['a'], [1]))]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
m = difflib.SequenceMatcher(None, 'abcde', 'abXde').get_matching_blocks()[0]
print(m, m.a, m.size, type(m).__name__, difflib.Match(1, 2, 3), difflib.SequenceMatcher[int])
s = difflib.SequenceMatcher(); s.set_seqs('hello world', 'hallo word'); print(s.get_opcodes(), s.ratio())
s.set_seq1('hello world!'); print(s.ratio()); s.set_seq2('hello'); print(s.ratio(), s.quick_ratio())
