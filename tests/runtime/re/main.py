# re (pylib/re.py) against CPython's re: every operation on every case prints its result or
# its exception, so python3 and pyaot must print the same lines.
import re

CASES = [
    # (pattern, subject)
    (r'abc', 'xxabcxx'), (r'a.c', 'abc a\nc'), (r'a*', 'aaab'), (r'a+?', 'aaa'), (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'\d+', 'ab 123 cd 45'), (r'(\w+)@(\w+)\.com', 'x joe@mail.com y'), (r'^(\s*)#', '   # c'),
    (r'(?P<key>\w+)\s*=\s*(?P<val>[^;]*)', 'a = 1; b=2'), (r'(a)|(b)', 'b'), (r'(a*)*', 'b'), (r'(a*)+', 'b'),
    (r'(a|b)*?c', 'abac'), (r'x*', 'abxd'), (r'\bfoo\b', 'a foo b foobar'), (r'\Bo', 'foo o'),
    (r'[a-z]+', 'Hello World'), (r'[^aeiou\s]+', 'hello world'), (r'(?i)hello', 'HeLLo'), (r'[\d.]+', 'v1.2.3'),
    (r'(\d{1,3})(?=(\d{3})+$)', '1234567'), (r'(?<=\$)\d+', 'cost $45 and $7'), (r'(?<!x)y', 'xy zy'),
    (r'(a)(?!b)', 'ab ac'), (r'(\w)\1', 'hello book'), (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" and \'yo\''),
    (r'^\w+$', 'line1\nline2'), (r'$', 'a\n'), (r'a{2}', 'aaaaa'), (r'a{2,}', 'aaaaa b aa'), (r'a{,2}', 'aaaa'),
    (r'a{1,2}?', 'aaa'), (r'x{', 'x{'), (r'[]a]', ']a'), (r'[a\-z]', '-'), (r'\s+', 'a \t\nb'), (r'.', '\n'),
    (r'(?s).', '\n'), (r'(?m)^\w', 'ab\ncd'), (r'(?x) a b # comment', 'ab'), (r'(?:ab)+', 'ababab'),
    (r'(ab)+', 'ababab'), (r'(a)(b)?', 'a'), (r'', 'abc'), (r'|a', 'a'), (r'a|', 'a'), (r'\w+', 'héllo wörld'),
    (r'[A-Z][a-z]*', 'The Quick brown Fox'), (r'(\d+)-(\d+)', '10-20, 30-40'), (r'\.', 'a.b.c'),
    (r'(?i)[a-c]+', 'ABCabcD'), (r'(a(b(c)))', 'abc'), (r'((a)|b)+', 'ab'), (r'\Aa', 'aa'), (r'a\Z', 'aa\n'),
    (r'\x41\u0042\n', 'AB\n'), (r'[\x41-\x43]', 'xBx'), (r'\t', 'a\tb'), (r'(?i:a)b', 'Ab AB'),
    (r'(?:a|b)*c', 'ababc'), (r'(\w+)\s(\w+)', 'Isaac Newton'), (r'\\', 'a\\b'), (r'a\.b\*', 'a.b*'),
    (r'[.^$]', 'x^y'), (r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe'), (r'(\d)(\d)?', '5'), (r'\W+', 'a, b! c'),
    (r'\S+', ' ab  cd '), (r'\D+', '12ab34'), (r'[\w\s]+', 'ab c!d'), (r'(<.*?>)', '<a><b>'), (r'(<.*>)', '<a><b>'),
]



def show(f):
    try:
        return repr(f())
    except Exception as e:
        return 'EXC %s: %s' % (type(e).__name__, e)


def m_info(m):
    if m is None:
        return None
    return (m.group(0), m.groups(), m.span(), m.groupdict(), m.lastindex, m.lastgroup, repr(m))


OPS = [
    ('search', lambda r, pat, s: m_info(r.search(pat, s))),
    ('match', lambda r, pat, s: m_info(r.match(pat, s))),
    ('fullmatch', lambda r, pat, s: m_info(r.fullmatch(pat, s))),
    ('findall', lambda r, pat, s: r.findall(pat, s)),
    ('finditer', lambda r, pat, s: [m_info(m) for m in r.finditer(pat, s)]),
    ('sub', lambda r, pat, s: r.sub(pat, '<\\g<0>>', s)),
    ('subn', lambda r, pat, s: r.subn(pat, lambda m: m.group(0).upper(), s, 2)),
    ('split', lambda r, pat, s: r.split(pat, s)),
    ('split1', lambda r, pat, s: r.split(pat, s, 1)),
    ('repr', lambda r, pat, s: repr(r.compile(pat))),
]
for pat, s in CASES:
    for name, fn in OPS:
        print(name, repr(pat), repr(s), show(lambda: fn(re, pat, s)))

MORE = [
    lambda r: r.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'),
    lambda r: r.sub(r'(?P<a>\d)', r'[\g<a>\g<1>]\n', 'a1b2'),
    lambda r: r.sub(r'a', r'\t\\', 'bab'),
    lambda r: r.sub(r'a', r'\q', 'a'),
    lambda r: r.sub(r'(a)', r'\2', 'a'),
    lambda r: r.compile('(abc'),
    lambda r: r.compile('abc)'),
    lambda r: r.compile('*a'),
    lambda r: r.compile('a**'),
    lambda r: r.compile('[abc'),
    lambda r: r.compile(r'\q'),
    lambda r: r.compile(r'(?P<n>a)(?P<n>b)'),
    lambda r: r.compile(r'a{3,2}'),
    lambda r: r.compile(r'(?<=a+)b'),
    lambda r: r.compile(r'\1(a)'),
    lambda r: r.escape('a.b*c (d) [e] {f} $^ | \\ - # & ~ x'),
    lambda r: r.compile('a', r.I | r.M),
    lambda r: r.compile('a').flags,
    lambda r: dict(r.compile('(a)(?P<x>b)').groupindex),
    lambda r: r.compile('(a)(?P<x>b)').groups,
    lambda r: r.split(r'\b', 'a b'),
    lambda r: r.split(r'(,)\s*', 'a, b,c'),
    lambda r: r.findall(r'(a)(b)?', 'a ab'),
    lambda r: r.sub('', '-', 'abc'),
    lambda r: r.sub('x*', '-', 'abxd'),
    lambda r: r.search('a', 'bab', 2),
    lambda r: r.compile('a').search('aba', 1).span(),
    lambda r: r.compile('^a').search('ba', 1),
    lambda r: r.compile('a$').search('ab', 0, 1).span(),
    lambda r: r.match(r'(a)(b)', 'ab').group(0, 2, 1),
    lambda r: r.match(r'(?P<x>a)', 'a')['x'],
    lambda r: r.match(r'(a)', 'a').expand(r'<\1>'),
    lambda r: r.match(r'(a)', 'a').group(3),
    lambda r: r.match(r'(a)|b', 'b').groups('-'),
    lambda r: r.match(r'(a)|b', 'b').regs,
    lambda r: r.findall(r'(?i)straße', 'STRASSE straße'),
    lambda r: r.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1 b22 c333'),
    lambda r: r.fullmatch(r'\d+', '123abc'),
    lambda r: r.compile(r'(?x) \d+ # digits\n [a-z]').findall('12a 3b'),
    lambda r: r.findall(r'\d+(?:\.\d+)?', '3.14 and 42 and 1.'),
    lambda r: r.findall(r'[\u4e00-\u9fff]+', 'abc中文def'),
    lambda r: r.split(r'\s*[,;]\s*', 'a , b;c ;d'),
    lambda r: r.sub(r'^', '> ', 'l1\nl2', flags=r.M),
    lambda r: r.findall(r'^.*$', 'l1\nl2\n', r.M),
    lambda r: r.match(r'a', 'A', r.IGNORECASE).group(),
    # atomic groups and possessive repeats: never retried once matched
    lambda r: r.match(r'(?>a+)ab', 'aaab'),
    lambda r: r.match(r'(?>a+?)b', 'aab'),
    lambda r: r.match(r'(?>(a+))b', 'aaab').groups(),
    lambda r: r.match(r'(?>(x)|(a))*c', 'xac').groups(),
    lambda r: r.match(r'(?:(?>(a)b)|a(c))', 'ac').groups(),
    lambda r: r.match(r'a++b', 'aaab').group(),
    lambda r: r.match(r'a++a', 'aaa'),
    lambda r: r.match(r'a*+', '').span(),
    lambda r: r.match(r'a?+a', 'a'),
    lambda r: r.match(r'a{1,2}+a', 'aaa').group(),
    lambda r: r.match(r'(?:ab)++c', 'ababc').group(),
    lambda r: r.match(r'(\w)++\1', 'abcc'),
    lambda r: r.findall(r'\d++(?!\.)', '12.5 300 7.'),
    lambda r: r.fullmatch(r'(?s:.*\.py)\Z', 'a.py'),
    lambda r: r.fullmatch(r'(?s:a(?>.*?b)(?>.*?c.[^x-z]).*[]])\Z', 'a11b22c3w]'),
    lambda r: r.search(r'(?>x|xy)z', 'xyz'),
    lambda r: r.sub(r'(?>\s+)', ' ', 'a  b \t c'),
    lambda r: r.compile(r'a*+*'),
    lambda r: r.compile(r'a++?'),
    lambda r: r.compile(r'(?>a'),
    lambda r: r.compile(r'(?<=(?>ab))c').search('abc').span(),
]

for i, fn in enumerate(MORE):
    print(i, show(lambda: fn(re)))
