# json: random documents through dumps (every option) and back through loads, key conversion,
# float text, escapes, the decoder's error messages and positions, hooks, bytes input, the
# JSONEncoder/JSONDecoder classes and JSONDecodeError.
import json

print("== json")
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
chars = ["a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\x01", "\x1f", "\x7f", "\x80", "é", "ß", "✓", "日", "😀", "\u2028", "\ud800", "\udfff", "0", "{", "}"]
def rstr():
    s = ""
    for _ in range(rnd(8)):
        s += chars[rnd(len(chars))]
    return s
def rval(depth):
    k = rnd(10 if depth < 4 else 6)
    if k == 0: return None
    if k == 1: return rnd(2) == 0
    if k == 2: return rnd(2000000) - 1000000
    if k == 3: return (rnd(2000000) - 1000000) / (rnd(1000) + 1) * 10.0 ** (rnd(40) - 20)
    if k == 4: return rstr()
    if k == 5: return 10 ** rnd(40) * (rnd(3) - 1)
    if k in (6, 7):
        out = []
        for _ in range(rnd(5)):
            out += [rval(depth + 1)]
        return out if k == 6 else tuple(out)
    d = {}
    for _ in range(rnd(5)):
        d[rstr()] = rval(depth + 1)
    return d
for i in range(400):
    v = rval(0)
    a = json.dumps(v)
    b = json.dumps(v, ensure_ascii=False)
    c = json.dumps(v, indent=i % 4, sort_keys=True)
    d = json.dumps(v, separators=(",", ":"), indent="\t" if i % 2 else None)
    print(a)
    print(repr(b))
    print(c)
    print(d)
    print(json.loads(a) == json.loads(b) == json.loads(c) == json.loads(d), repr(json.loads(a)))
keys = {1: "i", 2.5: "f", -0.0: "z", True: "t", None: "n", "s": 1, 10**30: "big", float("inf"): "inf"}
print(json.dumps(keys))
print(json.dumps(keys, indent=1))
print(json.dumps({3: 1, 1: 2, 2.5: 3}, sort_keys=True))
print(json.dumps([1.0, 1e16, 1e-5, 123456789.123456789, 5e-324, 1.7976931348623157e308, -0.0, 0.1 + 0.2]))
bad = ['', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a":1,}', '{"a" 1}', '{a:1}', '{"a":1 "b":2}', 'nul', 'truex', '01', '-', '-a', '1.', '1.e5', '1e', '1e+', '.5',
       '"abc', '"\\x"', '"\\u12"', '"\\u12G4"', '"\\ud800\\u12"', '"a\nb"', '"\\', '[1] [2]', '{"a": [1, {"b": }]}', '\n\n  [1,\n  2,,]', 'NaN x', '-Infinity', 'Infinityy', '[-]', '"é" x', '{"é": "ü" "x"}', '[1e999, -1e999, 1e-999]']
for s in bad:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "->", e.msg, e.pos, e.lineno, e.colno, str(e))
print(json.loads('"\\ud83d\\ude00 \\ud800 \\udc00x \\u00e9\\u00E9"') == "😀 \ud800 \udc00x éé")
print(json.loads('[1, 2.5, -0, -0.0, 1E3, 1e-3, 123456789012345678901234567890, 1.5e300, 0.1]'))
print(json.loads(b'\xef\xbb\xbf[1, "\xc3\xa9"]'), json.loads('[1]'.encode('utf-16')), json.loads('{"a": "b"}'.encode('utf-32-le')))
for bb in [b'\xff[1]', b'["\xc3"]', b'["\xe2\x82x"]']:
    try:
        json.loads(bb)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
dec = json.JSONDecoder(strict=False)
print(repr(dec.decode('"a\tb"')), dec.raw_decode('[1, 2] rest'), dec.raw_decode('  {}', 2))
try:
    dec.raw_decode(' 1')
except json.JSONDecodeError as e:
    print(e)
print(json.loads('{"a": 1.5, "b": [2, 3]}', parse_float=str, parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=repr))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
e = json.JSONDecodeError("custom", "ab\ncd\nef", 7)
print(e, e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError), type(e).__name__)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return json.JSONEncoder.default(self, o)
print(E(indent=2, sort_keys=True).encode({"b": {3, 1}, "a": [{2}]}), json.dumps({"x": {1}}, cls=E, separators=(",", ":")))
print("".join(E().iterencode([1, {2}])))
circ = [1]
circ += [circ]
for f in [lambda: json.dumps(circ), lambda: json.dumps({"a": circ}, indent=2), lambda: json.dumps(object()), lambda: json.dumps({(1,): 2}),
          lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps({"a": float("-inf")}, allow_nan=False, indent=1), lambda: json.dumps([1], default=lambda o: o, foo=1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(json.dumps(circ, check_circular=False) if False else "skip", json.dumps({"a": 1}, skipkeys=True, indent=None), json.dumps({1: 2, (1,): 3, "b": 4}, skipkeys=True, indent=2))
print(json.dumps("\u2028\u2029\x7f\x80\ud800"), json.dumps("\ud83d\ude00 plain"), json.dumps("x" * 40 + "\"" + "y" * 20), json.dumps("é" * 20, ensure_ascii=False))
