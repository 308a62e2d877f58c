# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options.
import textwrap
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. How vexingly quick daft zebras jump!"
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), "|", textwrap.shorten("Hello  world  again", width=12, placeholder=" [...]"))
print(repr(textwrap.dedent("\n    def f():\n        return 1\n   \n")), repr(textwrap.dedent("  a\n\tb")))
print(textwrap.indent("line1\nline2\n\nline4", "> "), repr(textwrap.indent("a\n\nb", "+ ", predicate=lambda line: True)))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious", width=10, break_long_words=False), textwrap.wrap("", 5))
print(textwrap.wrap("a\tb  c\nd", width=20), textwrap.wrap("x-y-z-word-hyphen", width=6), textwrap.wrap("well--known em--dash here", 8))
print(textwrap.wrap("Hi there. Yes.  Ok!", 40, fix_sentence_endings=True), textwrap.wrap("a b c d e f g", 5, max_lines=2, placeholder=" ~"))
w = textwrap.TextWrapper(width=12, break_on_hyphens=False, drop_whitespace=False)
print(w.wrap("long-hyphenated words   and spaces"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
