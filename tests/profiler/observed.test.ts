// Counts derived from the type observations an instrumented build makes anyway
// (compiler/codegen/instrument.ts): a function's entry from its first boxed parameter's
// observation, a method call from the observation of its receiver, an `is None` branch from the
// observed type, a truth test of a bool counted once for both its type and its branch, and a
// body's first observation of a parameter from the parameter's entry observation, a call or loop
// entry right after an `if` that returns from the `if` not taken, a call evaluated right after an
// observation of a local from that observation.
// Each must equal what counting it directly gives (these numbers are what the build that counted
// them directly printed), including when the test or the call raises.
import { beforeAll, describe, expect, it } from 'vitest';
import { counts, fn, Program, types, type JsonProfile } from './profiled.js';

const SOURCE = `class Node:
    def __init__(self, nxt, flag):
        self.nxt = nxt
        self.flag = flag

    def is_flagged(self):
        return self.flag

    def walk(self):
        n = 0
        p = self
        while p is not None:
            if p.is_flagged():
                n += 1
            p = p.nxt
        return n


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


def first(o):
    if o is None:
        return 0
    return o.flag


def truth(v):
    if not v:
        return "no"
    return "yes"


def both(a, b):
    if a.flag and b is not None:
        return 1
    return 0


def poke(o):
    return o.ping()


def joined(n):
    line = ""
    for i in range(n):
        line += str(i)
    return line


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def scaled(n: int) -> int:
    return n * 2


def drain(xs):
    if len(xs) > 3:
        return -1
    while xs:
        xs.pop()
    return 0


chain = Node(Node(Node(None, True), False), True)
print(chain.walk())
print([first(x) for x in [None, chain, None]])
r = []
for v in [True, False, 0, "", "a", None, Bad()]:
    try:
        r.append(truth(v))
    except ValueError:
        r.append("raised")
print(r)
print([both(a, b) for a, b in [(chain, None), (chain, chain), (Node(None, False), None), (Node(None, 1), 2)]])
try:
    poke(chain)
except AttributeError:
    print("no ping")
print(fib(10), [drain(x) for x in [[1, 2], [], [1, 2, 3, 4]]])
print(joined(4))
g = scaled if r else fib
print([g(i) for i in range(5)], g(2.5), g("ab"))
`;

const STDOUT = "2\n[0, True, 0]\n['yes', 'no', 'no', 'no', 'yes', 'no', 'raised']\n[0, 1, 0, 1]\nno ping\n55 [0, 0, -1]\n0123\n[0, 2, 4, 6, 8] 5.0 abab\n";

const prog = new Program('observed.py', SOURCE);
let p: JsonProfile;

beforeAll(() => {
  p = prog.profileAndShow(STDOUT);
});

const at = (qualname: string, kind: string, text: string, role?: string) => counts(prog, p, qualname, kind, text, role);

describe('counts derived from type observations equal counted ones', () => {
  it('entries from the first parameter, whose first use in the body is derived too', () => {
    expect(fn(p, 'Node.is_flagged').calls).toBe(3);
    expect(types(at('Node.is_flagged', 'type', 'def is_flagged', 'param'))).toEqual({ instance: 3 });
    expect(types(at('Node.is_flagged', 'type', 'return self.flag', 'receiver'))).toEqual({ instance: 3 });
    expect(fn(p, 'Node.__init__').calls).toBe(5);
  });

  it('a while testing is not None: exits and iterations from the observed types', () => {
    expect(at('Node.walk', 'loop', 'while p is not None:')).toEqual({ exits: 1, iterations: 3, entries: 1 });
    expect(types(at('Node.walk', 'type', 'while p is not None:', 'left'))).toEqual({ None: 1, instance: 3 });
  });

  it('a method call counted through its receiver, a bool test once for type and branch', () => {
    expect(at('Node.walk', 'call', 'if p.is_flagged():')).toEqual({ calls: 3 });
    expect(types(at('Node.walk', 'type', 'if p.is_flagged():', 'receiver'))).toEqual({ instance: 3 });
    expect(types(at('Node.walk', 'type', 'if p.is_flagged():', 'test'))).toEqual({ bool: 3 });
    expect(at('Node.walk', 'if', 'if p.is_flagged():')).toEqual({ 'not taken': 1, taken: 2 });
  });

  it('an if testing is None on a parameter first thing in the body', () => {
    expect(fn(p, 'first').calls).toBe(3);
    expect(at('first', 'if', 'if o is None:')).toEqual({ 'not taken': 1, taken: 2 });
    expect(types(at('first', 'type', 'if o is None:', 'left'))).toEqual({ None: 2, instance: 1 });
    expect(types(at('first', 'type', 'def first', 'param'))).toEqual({ None: 2, instance: 1 });
  });

  it('a truth test under not: bools apart, other types as before, a raising __bool__ counts no branch', () => {
    expect(fn(p, 'truth').calls).toBe(7);
    expect(at('truth', 'if', 'if not v:')).toEqual({ 'not taken': 2, taken: 4 });
    expect(types(at('truth', 'type', 'if not v:', 'test'))).toEqual({ None: 1, bool: 2, int: 1, str: 2, instance: 1 });
  });

  it('and of a bool attribute and is not None: operands and arms', () => {
    expect(at('both', 'boolop', 'a.flag and')).toEqual({ false: 1, true: 3 });
    expect(types(at('both', 'type', 'a.flag and', 'test'))).toEqual({ bool: 3, int: 1 });
    expect(at('both', 'boolop', 'b is not None:')).toEqual({ false: 1, true: 2 });
    expect(types(at('both', 'type', 'b is not None:', 'left'))).toEqual({ None: 1, int: 1, instance: 1 });
    expect(at('both', 'if', 'if a.flag and')).toEqual({ 'not taken': 2, taken: 2 });
  });

  it('after an if that returns: a call, a loop entry counted through the if not taken', () => {
    expect(fn(p, 'fib').calls).toBe(177);
    expect(at('fib', 'if', 'if n < 2:')).toEqual({ 'not taken': 88, taken: 89 });
    expect(at('fib', 'call', 'fib(n - 1) +')).toEqual({ calls: 88 });
    expect(at('fib', 'call', 'fib(n - 2)')).toEqual({ calls: 88 });
    expect(at('drain', 'if', 'if len(xs) > 3:')).toEqual({ 'not taken': 2, taken: 1 });
    expect(at('drain', 'loop', 'while xs:')).toEqual({ exits: 2, iterations: 2, entries: 2 });
    expect(types(at('drain', 'type', 'while xs:', 'test'))).toEqual({ list: 4 });
  });

  it('a call evaluated right after an observation of a local: counted by the observation', () => {
    expect(at('joined', 'call', 'str(i)')).toEqual({ calls: 4 });
    expect(types(at('joined', 'type', 'line += str(i)', 'target'))).toEqual({ str: 4 });
    expect(types(at('joined', 'type', 'line += str(i)', 'value'))).toEqual({ str: 4 });
    expect(at('joined', 'loop', 'for i in range(n):')).toEqual({ exits: 1, iterations: 4, entries: 1 });
  });

  it('an annotated function called through a value: the typed calls run its int specialization, each call counted once', () => {
    // The generic entry hands int arguments to the specialization before counting (codegen/func.ts
    // annotatedGuard); the specialization's entry gives those calls' parameter type.
    expect(fn(p, 'scaled').calls).toBe(7);
    expect(types(at('scaled', 'type', 'def scaled', 'param'))).toEqual({ int: 5, float: 1, str: 1 });
  });

  it('a call whose method lookup raises is counted', () => {
    expect(at('poke', 'call', 'return o.ping()')).toEqual({ calls: 1 });
    expect(types(at('poke', 'type', 'return o.ping()', 'receiver'))).toEqual({ instance: 1 });
  });
});
