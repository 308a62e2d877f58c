// `a in s or b in t or …` in profiling builds (compiler/codegen/instrument.ts inChains): answered
// at once as in a plain build when every container is a set of small ints and every item a small
// int, counting only which operand ended the chain; every count of the chain (operands, the `if`,
// the observations of the containers and items) follows from that, and the chain runs and counts
// as before when the fast test does not apply (a list, a str, a big int, an unhashable item).
// These must equal what counting directly gives (the expected counts are those of a build
// counting every operand).
import { beforeAll, describe, expect, it } from 'vitest';
import { compileProgram } from '../../compiler/index.js';
import { counts, fn, Program, types, type JsonProfile } from './profiled.js';

const SOURCE = `def hit(a, b, c, s, t, u):
    if a in s or b in t or c in u:
        return 1
    return 0


def typed(n: int, s: set, t: set):
    k = 0
    for i in range(n):
        j = i * 3
        if i in s or j in t:
            k += 1
            continue
        k -= 1
    return k


s1 = {1, 2, 3}
t1 = {4, 5}
u1 = frozenset({6, 7})
total = 0
for a in range(9):
    for b in range(9):
        total += hit(a, b, a + b, s1, t1, u1)
print(total)
print(hit(10, 4, 0, s1, t1, u1), hit(2**70, 5, 1, s1, t1, u1), hit(0, 0, 6, [6], t1, u1), hit(0, 0, 7, s1, t1, u1))
print(hit(0, "x", 7, s1, {"x"}, u1), hit(0, 1, 2, s1, {10**30}, {2}))
try:
    hit(0, [1], 2, s1, t1, u1)
except TypeError as e:
    print("TypeError", e)
print(typed(30, {1, 5, 9}, {3, 6, 27, 10**40}))
print(typed(30, {1, 5, 9}, {3, 6, 27}))
`;

const STDOUT = "48\n1 1 1 1\n1 1\nTypeError unhashable type: 'list'\n-22\n-22\n";

const prog = new Program('inchain.py', SOURCE);
let p: JsonProfile;

beforeAll(() => {
  p = prog.profileAndShow(STDOUT);
});

const at = (qualname: string, kind: string, text: string, role?: string) => types(counts(prog, p, qualname, kind, text, role));

describe('membership chains answered at once', () => {
  it('the build tests them at once', () => {
    expect(compileProgram(prog.file, { instrument: true }).zig).toContain('(prof_anyin(');
  });

  it('operands, the if and the observations of boxed operands', () => {
    expect(fn(p, 'hit').calls).toBe(88);
    expect(at('hit', 'if', 'if a in s')).toEqual({ 'not taken': 33, taken: 54 });
    expect(at('hit', 'boolop', 'a in s')).toEqual({ false: 61, true: 27 });
    expect(at('hit', 'boolop', 'b in t')).toEqual({ false: 45, true: 15 });
    expect(at('hit', 'boolop', 'c in u')).toEqual({ false: 33, true: 12 });
    expect(at('hit', 'type', 'a in s', 'left')).toEqual({ int: 81 });
    expect(at('hit', 'type', 'a in s', 'right')).toEqual({ list: 1, set: 87 });
    expect(at('hit', 'type', 'b in t', 'left')).toEqual({ int: 54, str: 1, list: 1 });
    expect(at('hit', 'type', 'b in t', 'right')).toEqual({ set: 61 });
    expect(at('hit', 'type', 'c in u', 'left')).toEqual({ int: 42 });
    expect(at('hit', 'type', 'c in u', 'right')).toEqual({ set: 45 });
  });

  it('typed operands in a loop with continue', () => {
    expect(at('typed', 'if', 'if i in s')).toEqual({ 'not taken': 52, taken: 8 });
    expect(at('typed', 'boolop', 'i in s')).toEqual({ false: 54, true: 6 });
    expect(at('typed', 'boolop', 'j in t')).toEqual({ false: 52, true: 2 });
    expect(at('typed', 'type', 'i in s', 'right')).toEqual({ set: 60 });
    expect(at('typed', 'type', 'j in t', 'right')).toEqual({ set: 54 });
  });
});
