// `pyaot --profile` end to end: a program with known behaviour runs through the real CLI and
// every counter of interest must hold its exact value (issue 6's "Must show"): both arms of an
// if, loop entries/iterations/exits, recursive call counts, parameter types, and/or operands,
// comprehension filters, match cases, except handlers, call sites; a second run doubles them all,
// as does `pyaot profile merge`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCounts, counts, fn, Program, types, type JsonProfile } from './profiled.js';

const SOURCE = `import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def double(x):
    return x + x


def classify(v):
    match v:
        case 0:
            return "zero"
        case int() if v < 0:
            return "negative"
        case [a, b]:
            return "pair"
        case _:
            return "other"


def risky(i):
    try:
        if i % 4 == 0:
            raise ValueError(i)
        if i % 4 == 1:
            raise KeyError(i)
        return 0
    except ValueError:
        return 1
    except KeyError:
        return 2


def never_called():
    return 1


a = 0
b = 0
for i in range(1000):
    if i % 3 == 0:
        a += 1
    else:
        b += 1
print(a, b)

print(fib(20))

for k in range(10):
    double(k)
for k in range(5):
    double(k + 0.5)

both = 0
either = 0
for x in range(10):
    if x > 5 and x % 2 == 0:
        both += 1
    if x < 2 or x > 7:
        either += 1
print(both, either)

evens = [y for y in range(20) if y % 2 == 0]
print(len(evens))

n = 0
while n < 7:
    n += 1
outer = 0
for p in range(4):
    q = 0
    while True:
        q += 1
        if q >= p:
            break
    outer += q
print(n, outer)

kinds = [classify(v) for v in [0, -3, 5, [1, 2], "s", 0, -1]]
print(kinds)

print(sum(risky(i) for i in range(10)))
`;

const STDOUT = "334 666\n6765\n2 4\n10\n7 7\n['zero', 'negative', 'other', 'pair', 'other', 'zero', 'negative']\n9\n";

const prog = new Program('counters.py', SOURCE);
let first: JsonProfile;

beforeAll(() => {
  first = prog.profileAndShow(STDOUT);
});

const at = (qualname: string, kind: string, text: string, role?: string, label?: string) => counts(prog, first, qualname, kind, text, role, label);

describe('pyaot --profile counts exactly', () => {
  it('stores the profile in PYAOT_HOME/profiles/, one run', () => {
    const dir = path.join(prog.home, 'profiles');
    const files = fs.readdirSync(dir).filter((f) => !f.endsWith('.lock'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^counters-[0-9a-f]{16}\.pb$/);
    expect(first.profile).toBe(path.join(dir, files[0]));
    expect(first.program.mainPath).toBe(prog.file);
    expect(first.runs).toBe(1);
  });

  it('counts both arms of an if in a loop of 1000 iterations', () => {
    expect(at('<module>', 'if', 'if i % 3 == 0:')).toEqual({ 'not taken': 666, taken: 334 });
    expect(at('<module>', 'loop', 'for i in range(1000):')).toEqual({ exits: 1, iterations: 1000, entries: 1 });
    // The boxed module global i, seen at each `%`.
    expect(types(at('<module>', 'type', 'i % 3 == 0', 'left', '%'))).toEqual({ int: 1000 });
    // `a += 1` observes nothing: the module global a is inferred int (typed module constants),
    // so the addition is not a dynamically typed operation.
  });

  it('counts every call of a recursive fib(20)', () => {
    const fib = fn(first, 'fib');
    expect(fib.calls).toBe(21891); // 2 * fib(21) - 1
    expect(at('fib', 'if', 'if n < 2:')).toEqual({ 'not taken': 10945, taken: 10946 });
    expect(at('fib', 'call', 'fib(n - 1)')).toEqual({ calls: 10945 });
    expect(at('fib', 'call', 'fib(n - 2)')).toEqual({ calls: 10945 });
    expect(at('<module>', 'call', 'fib(20)')).toEqual({ calls: 1 });
    expect(fn(first, 'never_called').calls).toBe(0);
    expect(fn(first, '<module>').calls).toBe(1);
  });

  it('counts the types a parameter was called with', () => {
    expect(fn(first, 'double').calls).toBe(15);
    expect(types(at('double', 'type', 'def double(x):', 'param'))).toEqual({ int: 10, float: 5 });
    expect(at('<module>', 'call', 'double(k)')).toEqual({ calls: 10 });
    expect(at('<module>', 'call', 'double(k + 0.5)')).toEqual({ calls: 5 });
    expect(types(at('classify', 'type', 'def classify(v):', 'param'))).toEqual({ int: 5, list: 1, str: 1 });
  });

  it('counts each operand of and/or, short-circuited ones not at all', () => {
    expect(at('<module>', 'boolop', 'x > 5 and')).toEqual({ false: 6, true: 4 });
    expect(at('<module>', 'boolop', 'x % 2 == 0:')).toEqual({ false: 2, true: 2 });
    expect(at('<module>', 'if', 'if x > 5 and')).toEqual({ 'not taken': 8, taken: 2 });
    expect(at('<module>', 'boolop', 'x < 2 or')).toEqual({ false: 8, true: 2 });
    expect(at('<module>', 'boolop', 'x > 7:')).toEqual({ false: 6, true: 2 });
    expect(at('<module>', 'if', 'if x < 2 or')).toEqual({ 'not taken': 6, taken: 4 });
  });

  it('counts comprehension filters and loops', () => {
    expect(at('<module>', 'filter', 'y % 2 == 0]')).toEqual({ rejected: 10, kept: 10 });
    expect(at('<module>', 'loop', 'for y in range(20)')).toEqual({ exits: 1, iterations: 20, entries: 1 });
    expect(at('<module>', 'loop', 'for v in [0, -3')).toEqual({ exits: 1, iterations: 7, entries: 1 });
    expect(at('<module>', 'loop', 'for i in range(10))')).toEqual({ exits: 1, iterations: 10, entries: 1 });
  });

  it('counts while loops: normal exits only, not break', () => {
    expect(at('<module>', 'loop', 'while n < 7:')).toEqual({ exits: 1, iterations: 7, entries: 1 });
    expect(at('<module>', 'loop', 'for p in range(4):')).toEqual({ exits: 1, iterations: 4, entries: 1 });
    // Left by break every time: 1 + 1 + 2 + 3 iterations over 4 entries.
    expect(at('<module>', 'loop', 'while True:')).toEqual({ exits: 0, iterations: 7, entries: 4 });
    expect(at('<module>', 'if', 'if q >= p:')).toEqual({ 'not taken': 3, taken: 4 });
  });

  it('counts match cases: tested and matched, guards included', () => {
    expect(fn(first, 'classify').calls).toBe(7);
    expect(at('classify', 'case', 'case 0:')).toEqual({ 'no match': 5, matched: 2 });
    expect(at('classify', 'case', 'case int() if v < 0:')).toEqual({ 'no match': 3, matched: 2 });
    expect(at('classify', 'case', 'case [a, b]:')).toEqual({ 'no match': 2, matched: 1 });
    expect(at('classify', 'case', 'case _:')).toEqual({ 'no match': 0, matched: 2 });
  });

  it('counts except handlers entered and the calls that raised', () => {
    expect(fn(first, 'risky').calls).toBe(10);
    expect(at('risky', 'handler', 'except ValueError:')).toEqual({ entered: 3 });
    expect(at('risky', 'handler', 'except KeyError:')).toEqual({ entered: 3 });
    expect(at('risky', 'if', 'if i % 4 == 0:')).toEqual({ 'not taken': 7, taken: 3 });
    expect(at('risky', 'if', 'if i % 4 == 1:')).toEqual({ 'not taken': 4, taken: 3 });
    expect(at('risky', 'call', 'ValueError(i)')).toEqual({ calls: 3 });
    expect(at('<module>', 'call', 'risky(i) for')).toEqual({ calls: 10 });
  });

  it('doubles every counter on a second run, and so does profile merge', () => {
    const once = path.join(prog.dir, 'once.pb');
    fs.copyFileSync(first.profile, once);
    const onceBytes = fs.readFileSync(once);
    const r = prog.profile();
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(STDOUT);
    const second = prog.show();
    expect(second.runs).toBe(2);
    const doubled = new Map([...allCounts(first)].map(([k, c]) => [k, Object.fromEntries(Object.entries(c).map(([s, v]) => [s, 2 * v]))]));
    expect(allCounts(second)).toEqual(doubled);
    expect(counts(prog, second, '<module>', 'if', 'if i % 3 == 0:')).toEqual({ 'not taken': 1332, taken: 668 });
    expect(fn(second, 'fib').calls).toBe(2 * 21891);

    const m = prog.pyaot(['profile', 'merge', once, once, '-o', 'merged.pb']);
    expect(m.code).toBe(0);
    expect(m.stderr).toBe('pyaot: merged 2 profiles (2 runs) into merged.pb\n');
    const merged = prog.show('merged.pb');
    expect(merged.runs).toBe(2);
    expect(allCounts(merged)).toEqual(doubled);
    expect(fs.readFileSync(once)).toEqual(onceBytes); // the inputs stay as they were
  });
});
