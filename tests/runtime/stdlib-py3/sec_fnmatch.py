# fnmatch (translate, filter, case) and keyword against CPython.
import fnmatch, keyword
pats = ['*.py', 'a*b*c?[!x-z]*[]]', '[', '[!]', '[]', '[!', '[a-]', '[-a]', '[z-a]', '[a-c-e]', '[!a-c-]', '[\\]x', '[a&&b]', '[~|]', '[^x]', '[[a]',
        '*', '**a**', '?*?', 'a[b-d-f-h]z', '[c-a-e]', '[a-c-a]', 'x*y*', '*x*y', 'fo[o]*', '[a\\-z]', 'ab\\*', '.*', '(a)|+{1}']
for p in pats:
    print(repr(p), fnmatch.translate(p))
names = ['a.py', 'b.PY', 'abc', 'axbyc.py', 'a1b2c3w]', '[', 'a', '-', ']', '!', 'x', 'b', 'z', 'd', 'e', '\\', 'abd', 'fooo', 'ab*', '.x', '\n', 'a\nb', '(a)|+{1}', '&', '|']
for p in pats:
    print(repr(p), fnmatch.filter(names, p))
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.PY'), fnmatch.fnmatch('a\nb', 'a?b'))
print(keyword.kwlist, keyword.softkwlist, len(keyword.kwlist))
print([keyword.iskeyword(w) for w in ['if', 'match', 'True', 'print', '']], keyword.issoftkeyword('match'), keyword.issoftkeyword('if'))
