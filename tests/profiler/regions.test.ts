// The cheaper counting paths of compiler/codegen/instrument.ts keep every count exact: loops that
// call nothing count into registers flushed by a `defer` (left by the end, break, return, an
// exception caught outside, or one caught inside the loop), and parameter types are found once
// per call and then only counted, in registers inside such loops.
import { beforeAll, describe, expect, it } from 'vitest';
import { counts, fn, Program, types, type JsonProfile } from './profiled.js';

const SOURCE = `def scan(xs, limit):
    total = 0
    for i in range(limit):
        if xs[i] > 2:
            total += 1
    return total


def find(xs, target):
    i = 0
    while i < 100:
        if xs[i] == target:
            return i
        i += 1
    return -1


def grid(n, step):
    c = 0
    for a in range(n):
        for b in range(a):
            if (a + b) % step == 0 and a > 1:
                c += 1
        else:
            c += 100
    return c


def guarded(xs):
    bad = 0
    for x in xs:
        try:
            bad += 10 // x
        except ZeroDivisionError:
            bad -= 1
    return bad


def twice(v):
    return v + v if v else v


def nested_defs(n):
    total = 0
    for i in range(n):
        def inner(m):
            s = 0
            for j in range(m):
                s += j
            return s
        total += i
    return total + inner(n)


print(scan([1, 2, 3, 4, 5], 5), scan((1, 5, 1, 5), 4), scan([1.5, 2.5, 3.5], 3))
print(find([3, 1, 4, 1, 5], 4), find((9, 8), 8))
try:
    find([3, 1], 9)
except IndexError:
    print("IndexError")
print(grid(5, 2), grid(4, 3.0))
print(guarded([1, 0, 2, 0, 5]))
print(twice(2), twice("ab"), twice(0), twice([1]))
print(nested_defs(4))
`;

const STDOUT = '3 2 2\n2 1\nIndexError\n504 402\n15\n4 abab 0 [1, 1]\n12\n';

const prog = new Program('regions.py', SOURCE);
let p: JsonProfile;

beforeAll(() => {
  p = prog.profileAndShow(STDOUT);
});

const at = (qualname: string, kind: string, text: string, role?: string, label?: string) => counts(prog, p, qualname, kind, text, role, label);

describe('counts stay exact in call-free loops and at parameter observations', () => {
  it('counts a call-free loop left at its end, in three calls', () => {
    expect(at('scan', 'loop', 'for i in range(limit):')).toEqual({ exits: 3, iterations: 12, entries: 3 });
    expect(at('scan', 'if', 'if xs[i] > 2:')).toEqual({ 'not taken': 5, taken: 7 });
    expect(types(at('scan', 'type', 'xs[i] > 2', 'left', '>'))).toEqual({ int: 9, float: 3 });
    // The parameter observed in the loop: the tuple call's generic code counts it at each item
    // (the calls with lists run a specialization where xs is a proven list, observed by none).
    expect(types(at('scan', 'type', 'xs[i] > 2', 'container', '[]'))).toEqual({ tuple: 4 });
  });

  it('counts a call-free loop left by return and by an exception caught by the caller', () => {
    // 3 + 2 iterations ending in return, 3 ending in IndexError at xs[2]: no normal exit.
    expect(at('find', 'loop', 'while i < 100:')).toEqual({ exits: 0, iterations: 8, entries: 3 });
    expect(at('find', 'if', 'if xs[i] == target:')).toEqual({ 'not taken': 5, taken: 2 });
  });

  it('counts loops nested in a call-free loop, their else and and-operands', () => {
    // range(5) then range(4): the inner loop runs once per outer item, 0+1+2+3+4 and 0+1+2+3 times.
    expect(at('grid', 'loop', 'for a in range(n):')).toEqual({ exits: 2, iterations: 9, entries: 2 });
    expect(at('grid', 'loop', 'for b in range(a):')).toEqual({ exits: 9, iterations: 16, entries: 9 });
    expect(at('grid', 'boolop', '(a + b) % step == 0 and')).toEqual({ false: 10, true: 6 });
    expect(at('grid', 'boolop', 'a > 1:')).toEqual({ false: 0, true: 6 });
    expect(at('grid', 'if', 'if (a + b) % step')).toEqual({ 'not taken': 10, taken: 6 });
  });

  it('counts a call-free loop whose iterations raise and catch', () => {
    expect(at('guarded', 'loop', 'for x in xs:')).toEqual({ exits: 1, iterations: 5, entries: 1 });
    expect(at('guarded', 'handler', 'except ZeroDivisionError:')).toEqual({ entered: 2 });
  });

  it('counts the loop of a def defined inside a call-free loop apart from that loop', () => {
    expect(at('nested_defs', 'loop', 'for i in range(n):')).toEqual({ exits: 1, iterations: 4, entries: 1 });
    expect(fn(p, 'nested_defs.<locals>.inner').calls).toBe(1);
    expect(at('nested_defs.<locals>.inner', 'loop', 'for j in range(m):')).toEqual({ exits: 1, iterations: 4, entries: 1 });
  });

  it('counts each observation of a parameter by the type it was called with', () => {
    expect(fn(p, 'twice').calls).toBe(4);
    expect(types(at('twice', 'type', 'def twice(v):', 'param'))).toEqual({ int: 2, str: 1, list: 1 });
    expect(at('twice', 'ifexp', 'v + v if v else v')).toEqual({ else: 1, then: 3 });
    // The int calls run a specialization where v is unboxed: only the other two observe v.
    expect(types(at('twice', 'type', 'v if v else', 'test'))).toEqual({ str: 1, list: 1 });
    expect(types(at('twice', 'type', 'v + v if v else v', 'left', '+'))).toEqual({ str: 1, list: 1 });
    expect(types(at('twice', 'type', 'v + v if v else v', 'right', '+'))).toEqual({ str: 1, list: 1 });
  });
});
