// Counts the instrumented build takes from what the loop keeps anyway, or from the next operand
// (compiler/codegen/instrument.ts LoopIndex, OneSide):
// - a `for` over a range or a proven list counts its iterations from its index, once when the
//   loop is left: by its end, break, continue, return, an exception, an else clause;
// - in `a and b` (`a or b`) followed by an operand that cannot fail, or whose evaluation starts
//   with a type observation that cannot, `a` counts only its false (true) outcome, the other
//   being the evaluations of `b`.
// Each must equal what counting every event gives (CPython is the oracle of the output).
import { beforeAll, describe, expect, it } from 'vitest';
import { counts, Program, types, type JsonProfile } from './profiled.js';

const SOURCE = `def ranges(n: int, stop: int) -> int:
    total = 0
    for i in range(n):
        if i == stop:
            break
        if i % 2 == 0:
            continue
        total += i
    else:
        total += 1000
    return total


def raising(xs):
    t = 0
    for i in range(len(xs)):
        t += 10 // xs[i]
    return t


def returning(n: int) -> int:
    for r in range(n):
        if r * r > 50:
            return r
    return -1


def items(xs: list) -> int:
    t = 0
    for x in xs:
        if x < 0:
            break
        t += x
    return t


def grow(xs: list) -> int:
    n = 0
    for g in xs:
        if len(xs) < 6:
            xs.append(g)
        n += 1
    return n


def nested(n: int) -> int:
    c = 0
    for o in range(n):
        for j in range(o):
            c += 1
    return c


def floats(n: int) -> float:
    x = 0.0
    i = 0
    while i < n and x < 10.0:
        x += 1.5
        i += 1
    return x


def any3(a: int, b: int, c: int) -> int:
    if a > 0 or b > 0 or c > 0:
        return 1
    return 0


def member(c, a, b):
    if c in a or c in b:
        return 1
    return 0


print(ranges(10, 99), ranges(10, 5), ranges(0, 3))
for xs in ([1, 2, 5], [1, 0, 2], []):
    try:
        print(raising(xs))
    except ZeroDivisionError:
        print("zde")
print(returning(20), returning(5))
print(items([1, 2, 3]), items([4, -1, 5]), items([]))
print(grow([1, 2, 3]))
print(nested(5))
print(floats(3), floats(100))
print([any3(1, 0, 0), any3(0, 1, 0), any3(0, 0, 1), any3(0, 0, 0)])
res = []
for c, a, b in [(1, [1], [2]), (2, [1], [2]), (3, [1], [2]), (4, [1], 5)]:
    try:
        res.append(member(c, a, b))
    except TypeError:
        res.append(-1)
print(res)
`;

const STDOUT = '1025 4 1000\n17\nzde\n0\n8 -1\n6 4 0\n6\n10\n4.5 10.5\n[1, 1, 1, 0]\n[1, 1, 0, -1]\n';

const prog = new Program('indexed.py', SOURCE);
let p: JsonProfile;

beforeAll(() => {
  p = prog.profileAndShow(STDOUT);
});

const at = (qualname: string, kind: string, text: string) => counts(prog, p, qualname, kind, text);

describe('iterations counted from the loop index', () => {
  it('a range loop left by its end, break and continue, with an else clause', () => {
    expect(at('ranges', 'loop', 'for i in range(n):')).toEqual({ exits: 2, iterations: 16, entries: 3 });
    expect(at('ranges', 'if', 'if i == stop:')).toEqual({ 'not taken': 15, taken: 1 });
    expect(at('ranges', 'if', 'if i % 2 == 0:')).toEqual({ 'not taken': 7, taken: 8 });
  });

  it('a range loop left by an exception', () => {
    expect(at('raising', 'loop', 'for i in range(len(xs)):')).toEqual({ exits: 2, iterations: 5, entries: 3 });
  });

  it('a range loop left by return', () => {
    expect(at('returning', 'loop', 'for r in range(n):')).toEqual({ exits: 1, iterations: 14, entries: 2 });
    expect(at('returning', 'if', 'if r * r > 50:')).toEqual({ 'not taken': 13, taken: 1 });
  });

  it('a loop over a list, left by its end and break, and one over a list that grows', () => {
    expect(at('items', 'loop', 'for x in xs:')).toEqual({ exits: 2, iterations: 5, entries: 3 });
    expect(at('items', 'if', 'if x < 0:')).toEqual({ 'not taken': 4, taken: 1 });
    expect(at('grow', 'loop', 'for g in xs:')).toEqual({ exits: 1, iterations: 6, entries: 1 });
  });

  it('nested range loops', () => {
    expect(at('nested', 'loop', 'for o in range(n):')).toEqual({ exits: 1, iterations: 5, entries: 1 });
    expect(at('nested', 'loop', 'for j in range(o):')).toEqual({ exits: 5, iterations: 10, entries: 5 });
  });
});

describe('one outcome of an operand derived from the next operand', () => {
  it('a while testing `and` on typed operands', () => {
    expect(at('floats', 'loop', 'while i < n and')).toEqual({ exits: 2, iterations: 10, entries: 2 });
    expect(at('floats', 'boolop', 'i < n and')).toEqual({ false: 1, true: 11 });
    expect(at('floats', 'boolop', 'x < 10.0:')).toEqual({ false: 1, true: 10 });
  });

  it('an if testing `or` of three typed operands', () => {
    expect(at('any3', 'boolop', 'a > 0 or')).toEqual({ false: 3, true: 1 });
    expect(at('any3', 'boolop', 'b > 0 or')).toEqual({ false: 2, true: 1 });
    expect(at('any3', 'boolop', 'c > 0:')).toEqual({ false: 1, true: 1 });
    expect(at('any3', 'if', 'if a > 0 or')).toEqual({ 'not taken': 1, taken: 3 });
  });

  it('an operand that may raise, counted by the observation it starts with', () => {
    expect(at('member', 'boolop', 'c in a or')).toEqual({ false: 3, true: 1 });
    expect(at('member', 'boolop', 'c in b:')).toEqual({ false: 1, true: 1 });
    expect(at('member', 'if', 'if c in a or')).toEqual({ 'not taken': 1, taken: 2 });
    expect(types(counts(prog, p, 'member', 'type', 'c in b:', 'right'))).toEqual({ list: 2, int: 1 });
  });
});
