# string: constants, capwords, Template, Formatter.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}s, costs $$$amount")
print(t.substitute(who="Ann", what="apple", amount=3), t.substitute({"who": "x", "what": "y"}, amount=1))
print(t.safe_substitute(who="Bob"), t.get_identifiers(), t.is_valid())
for tmpl, kw in [("$who", {}), ("a\n  ${b", {"b": 1}), ("$", {}), ("$1", {})]:
    try:
        string.Template(tmpl).substitute(**kw)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
f = string.Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{x.real:>5}|{y[1]!r}", x=3, y=[1, "z"]), f.format("{:{w}}|", 7, w=4))
print(list(f.parse("a{b!r:>3}c{{}}")))
for s in ("{", "}", "{0!x}", "{a", "{}{0}"):
    try:
        f.format(s, 1, a=2)
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
