# shlex: split (posix or not, comments), quote, join, the shlex class with punctuation_chars, push_token, push_source.
import shlex, io
cases = ['a b c', 'a "b c" d', "a 'b c' d", 'a\\ b c', '"a\\"b" c', "'a\\'", 'x=1 y="2 3"', 'ls -l # comment', '', '   ', '""', "''", 'a""b',
         'echo "$HOME" \'$HOME\'', 'a\\', '"\\\\"', '"\\a"', 'foo|bar;baz&&q', 'ñandú ß x', 'tab\there\nnew', 'a"b c"d', "it's", '"unterminated']
for s in cases:
    for posix in (True, False):
        for comments in (False, True):
            try:
                print(repr(s), posix, comments, shlex.split(s, comments=comments, posix=posix))
            except ValueError as e:
                print(repr(s), posix, comments, 'ValueError', e)
for s in ['', 'abc', 'a b', "it's", 'a"b', '$x', 'é', 'a/b.c-d_e:f,g=h+i@j%k', 'tab\t', '*']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's", '']))
for pc in [True, '|&', False]:
    lx = shlex.shlex('a && b || c; (d) > out.txt 2>&1 ~/x-y', posix=True, punctuation_chars=pc)
    lx.whitespace_split = pc is not False
    print(pc, list(lx), lx.punctuation_chars)
lx = shlex.shlex('foo bar, "baz qux" 12.5 x=y # c\nnext line')
print([t for t in lx], lx.lineno)
lx = shlex.shlex('one two three'); print(lx.get_token()); lx.push_token('PUSHED'); print(lx.get_token(), lx.get_token(), lx.get_token(), repr(lx.get_token()), lx.error_leader('f', 3), lx.error_leader())
lx = shlex.shlex(io.StringIO('a b'), infile='in.txt', posix=True); lx.push_source('x y'); print(list(lx), lx.infile)
print(shlex.split('a "b\\$c" \'d\\e\''), shlex.split('"a\\\nb"'))
