# A str subclass: construction through str.__new__ (and a user __new__ calling super().__new__),
# inherited methods, super() calls, and the protocols (str(), repr, in, ==, hash, format).
print("== str_subclass")
class Name(str):
    def shout(self):
        return self.upper() + "!"
    def strip(self, chars):
        return "<" + super().strip(chars) + ">"
class Tagged(str):
    def __new__(cls, text, tag):
        obj = super().__new__(cls, text)
        obj.tag = tag
        return obj
    def __repr__(self):
        return "Tagged(" + str.__repr__(self) + ", " + repr(self.tag) + ")"
n = Name("  ada  ")
print(n.shout(), n.strip(None), n.strip(" a"), len(n), n + "x", type(n + "x").__name__, type(n).__name__)
print(repr(n), str(n), f"[{n}]", "{}".format(n), "%s" % n, n == "  ada  ", hash(n) == hash("  ada  "), "ad" in n, n[2], n.split())
print(isinstance(n, str), type(n.upper()).__name__, type(str(n)).__name__, Name(), repr(Name()), Name(5), Name(b"x", "ascii"))
t = Tagged("hello", 3)
print(t, repr(t), t.tag, t.upper(), t.title(), sorted([Name("b"), Name("a")]), {Name("k"): 1}["k"])
n.extra = 1
print(n.extra, str.upper(n), Name.upper(n), Name.__len__(n), max(Name("a"), Name("b")))
