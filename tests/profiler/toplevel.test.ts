// Counts derived from a function's entry (compiler/codegen/instrument.ts topLevelFromEntry): a
// type observation of a parameter, or a count, on the function's top level runs once per call
// unless an exception left before it. The instrumented build observes each boxed parameter once at
// entry and counts those exceptions down on their error paths, by the parameter's type for an
// observation; the reader subtracts them. Every count must equal what counting directly gives,
// type by type, whichever attribute read or call raises.
import { beforeAll, describe, expect, it } from 'vitest';
import { counts, fn, Program, types, type JsonProfile } from './profiled.js';

const SOURCE = `class Stop(Exception):
    pass


class A:
    real = 1
    imag = 2


class B:
    real = 2


def check(n):
    if n == 3:
        raise Stop()
    return n


def f(o, k):
    a = o.real
    check(a)
    b = o.imag
    c = k.real
    return a + b + check(c)


def g(o):
    n = 0
    if o.real > 1:
        n = o.real
    return n + o.imag


total = 0
for o, k in [(A(), 1), (3, 1), (5, 2), (B(), 1), ("s", 1), (4, 3), (A(), "x")]:
    try:
        total += f(o, k)
    except (Stop, AttributeError) as e:
        print(type(e).__name__)
print(total)
for o in [A(), 5, B(), 1.5]:
    try:
        print(g(o))
    except AttributeError as e:
        print(e)
`;

const STDOUT =
  "Stop\nAttributeError\nAttributeError\nStop\nAttributeError\n11\n2\n5\n'B' object has no attribute 'imag'\n1.5\n";

const prog = new Program('toplevel.py', SOURCE);
let p: JsonProfile;

beforeAll(() => {
  p = prog.profileAndShow(STDOUT);
});

const at = (qualname: string, kind: string, text: string, role?: string) => counts(prog, p, qualname, kind, text, role);

describe('counts derived from the function entry', () => {
  it('the first read of a parameter counts every call by type', () => {
    expect(fn(p, 'f').calls).toBe(7);
    expect(types(at('f', 'type', 'a = o.real', 'receiver'))).toEqual({ instance: 3, int: 3, str: 1 });
  });

  it('a call after a read that raised: not counted for that call', () => {
    expect(at('f', 'call', 'check(a)')).toEqual({ calls: 6 });
  });

  it("a parameter's later reads count by type, minus the exceptions before them of that type", () => {
    // check(3) raised for the int 3; "s".real raised before anything.
    expect(types(at('f', 'type', 'b = o.imag', 'receiver'))).toEqual({ instance: 3, int: 2 });
    // B().imag raised (an instance), check(3) for the int 3: k is an int in three of the rest.
    expect(types(at('f', 'type', 'c = k.real', 'receiver'))).toEqual({ int: 3, str: 1 });
  });

  it('a call at the end, after reads of two parameters that may raise', () => {
    expect(at('f', 'call', 'return a + b + check(c)')).toEqual({ calls: 3 });
  });

  it('reads after an if are still once per call; reads in its arm are not derived wrongly', () => {
    expect(fn(p, 'g').calls).toBe(4);
    expect(at('g', 'if', 'if o.real > 1:')).toEqual({ 'not taken': 1, taken: 3 });
    expect(types(at('g', 'type', 'n = o.real', 'receiver'))).toEqual({ int: 1, instance: 1, float: 1 });
    expect(types(at('g', 'type', 'return n + o.imag', 'receiver'))).toEqual({ instance: 2, int: 1, float: 1 });
  });
});
