// Counts the instrumented build does not count directly but derives from others (counter map
// terms, compiler/codegen/instrument.ts derivedTest): an `if` whose test is an and/or counts
// only its operands (a `while` too), one whose test is a call that cannot fail counts only its
// arms (the call is made as often), and a function starting with such an `if` counts its entry
// through it.
// Every derived count must equal what counting it directly gives, including when an operand
// raises part-way through a test.
import { beforeAll, describe, expect, it } from 'vitest';
import { counts, fn, Program, type JsonProfile } from './profiled.js';

const SOURCE = `class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def kind(x):
    if isinstance(x, int):
        return "int"
    if not isinstance(x, str):
        return "other"
    return "str"


def both(a: int, b: int):
    if a > 0 and b > 0:
        return 1
    if a < 0 or b < 0:
        return 2
    return 3


def guarded(o):
    if o.get() > 1 or o.get() < -1:
        return 1
    return 0


def yn(v):
    return "y" if isinstance(v, int) else "n"


def spin(n):
    i = 0
    while i < n and i * i < 50:
        i += 1
    return i


def negated(q, p):
    if not (p and q):
        return 0
    return 1


print([kind(x) for x in [1, "s", 2.5, 3, None, "t"]])
print([both(a, b) for a, b in [(1, 1), (1, -1), (-1, 5), (0, 0), (2, 3)]])
total = 0
for o in [Box(2), Box(0), Box(-5), 7, Box(1)]:
    try:
        total += guarded(o)
    except AttributeError:
        total += 100
print(total)
print([negated(q, p) for q, p in [(1, 1), (1, 0), (0, 1), (0, 0)]])
print([yn(v) for v in [1, "a", 2]])
print([spin(n) for n in [0, 3, 10]])
`;

const STDOUT = "['int', 'str', 'other', 'int', 'other', 'str']\n[1, 2, 2, 3, 1]\n102\n[1, 0, 0, 0]\n['y', 'n', 'y']\n[0, 3, 8]\n";

const prog = new Program('derived.py', SOURCE);
let p: JsonProfile;

beforeAll(() => {
  p = prog.profileAndShow(STDOUT);
});

const at = (qualname: string, kind: string, text: string) => counts(prog, p, qualname, kind, text);

describe('derived counts equal counted ones', () => {
  it('an if testing a call: its arms, the call and the entry', () => {
    expect(fn(p, 'kind').calls).toBe(6);
    expect(at('kind', 'if', 'if isinstance(x, int):')).toEqual({ 'not taken': 4, taken: 2 });
    expect(at('kind', 'call', 'isinstance(x, int)')).toEqual({ calls: 6 });
    expect(at('kind', 'if', 'if not isinstance(x, str):')).toEqual({ 'not taken': 2, taken: 2 });
    expect(at('kind', 'call', 'isinstance(x, str)')).toEqual({ calls: 4 });
  });

  it('an if testing and/or: its arms from the operands, the entry from the first one', () => {
    expect(fn(p, 'both').calls).toBe(5);
    expect(at('both', 'boolop', 'a > 0 and')).toEqual({ false: 2, true: 3 });
    expect(at('both', 'boolop', 'b > 0:')).toEqual({ false: 1, true: 2 });
    expect(at('both', 'if', 'if a > 0 and')).toEqual({ 'not taken': 3, taken: 2 });
    expect(at('both', 'boolop', 'a < 0 or')).toEqual({ false: 2, true: 1 });
    expect(at('both', 'boolop', 'b < 0:')).toEqual({ false: 1, true: 1 });
    expect(at('both', 'if', 'if a < 0 or')).toEqual({ 'not taken': 1, taken: 2 });
  });

  it('an operand that raises counts the call but neither the operand nor the if', () => {
    expect(fn(p, 'guarded').calls).toBe(5);
    expect(at('guarded', 'call', 'o.get() > 1')).toEqual({ calls: 5 });
    expect(at('guarded', 'boolop', 'o.get() > 1')).toEqual({ false: 3, true: 1 });
    expect(at('guarded', 'call', 'o.get() < -1')).toEqual({ calls: 3 });
    expect(at('guarded', 'boolop', 'o.get() < -1')).toEqual({ false: 2, true: 1 });
    expect(at('guarded', 'if', 'if o.get() > 1 or')).toEqual({ 'not taken': 2, taken: 2 });
    expect(at('<module>', 'handler', 'except AttributeError:')).toEqual({ entered: 1 });
  });

  it('not (and): the arms swap', () => {
    expect(fn(p, 'negated').calls).toBe(4);
    expect(at('negated', 'boolop', 'p and q')).toEqual({ false: 2, true: 2 });
    expect(at('negated', 'boolop', 'q):')).toEqual({ false: 1, true: 1 });
    expect(at('negated', 'if', 'if not (p and q):')).toEqual({ 'not taken': 1, taken: 3 });
  });

  it('a while testing and/or: exits and iterations from the operands', () => {
    expect(at('spin', 'loop', 'while i < n and')).toEqual({ exits: 3, iterations: 11, entries: 3 });
    expect(at('spin', 'boolop', 'i < n and')).toEqual({ false: 2, true: 12 });
    expect(at('spin', 'boolop', 'i * i < 50')).toEqual({ false: 1, true: 11 });
  });

  it('a conditional expression testing a call', () => {
    expect(fn(p, 'yn').calls).toBe(3);
    expect(at('yn', 'ifexp', '"y" if isinstance')).toEqual({ else: 1, then: 2 });
    expect(at('yn', 'call', 'isinstance(v, int)')).toEqual({ calls: 3 });
  });
});
