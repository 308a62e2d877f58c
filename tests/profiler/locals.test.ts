// Type observations of a local derived from an earlier observation of the same value
// (compiler/codegen/instrument.ts localsFromObservations): in a block, a later observation of a
// local not assigned since counts what the first counted, type by type, minus the exceptions that
// left between them (counted down on their error path by the local's type); the body of
// `while x is not None` / `if x is not None` / the else of `if x is None` takes the test's
// observation without its None count. These must equal what counting directly gives (the
// expected counts are those of a build observing every read), whichever read or call raises.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileProgram } from '../../compiler/index.js';
import { counts, Program, types, type JsonProfile } from './profiled.js';

const SOURCE = `class Stop(Exception):
    pass


class Node:
    def __init__(self, nxt, v):
        self.nxt = nxt
        self.v = v


class Box:
    real = 1
    imag = 2


def check(n):
    if n == 3:
        raise Stop()
    return n


def walk(head):
    total = 0
    x = head
    while x is not None:
        total += x.v
        check(x.v)
        x = x.nxt
    return total


def first(o):
    y = o
    if y is not None:
        return y.v + check(y.v)
    return 0


def other(o):
    z = o
    if z is None:
        return -1
    else:
        return z.v * check(z.v)


def same(o):
    y = o
    a = y.real
    check(a)
    return a + y.imag


def changed(o, p):
    w = o
    a = w.real
    w = p
    return a + w.imag


for h in [Node(Node(None, 1), 2), Node(Node(None, 3), 1), Node(7, 1), None, Node(Node(Node(None, 4), 5), 6)]:
    try:
        print(walk(h))
    except (Stop, AttributeError) as e:
        print(type(e).__name__)
for o in [Node(None, 1), None, Node(None, 3), 5, Node(None, 2), "s"]:
    for f in (first, other):
        try:
            print(f(o))
        except (Stop, AttributeError) as e:
            print(type(e).__name__)
for o in [Box(), 3, 5, 1.5, "x", Box()]:
    try:
        print(same(o))
    except (Stop, AttributeError) as e:
        print(type(e).__name__)
for o, p in [(Box(), Box()), (3, Box()), (Box(), 4), (2.5, 1.5)]:
    try:
        print(changed(o, p))
    except AttributeError as e:
        print(type(e).__name__)
`;

const STDOUT = "3\nStop\nAttributeError\n0\n15\n2\n1\n0\n-1\nStop\nStop\nAttributeError\nAttributeError\n4\n4\nAttributeError\nAttributeError\n3\nStop\n5\n1.5\nAttributeError\n3\n3\n5\n1\n2.5\n";

const prog = new Program('locals.py', SOURCE);
let p: JsonProfile;

beforeAll(() => {
  p = prog.profileAndShow(STDOUT);
});

const at = (qualname: string, text: string, role = 'receiver') => types(counts(prog, p, qualname, 'type', text, role));

describe('observations of a local derived from an earlier one', () => {
  it('the build derives them (they are not observed again)', () => {
    const zig = compileProgram(prog.file, { instrument: true }).zig;
    expect(zig).toContain('prof_slot(l_x)');
    expect(zig).toContain('prof_slot(l_y)');
  });

  it('a while-not-None body: the loop test without None, then minus the exceptions before', () => {
    expect(at('walk', 'while x is not None:', 'left')).toEqual({ None: 3, int: 1, instance: 8 });
    // The int 7 raised at x.v (AttributeError), check(3) raised for an instance.
    expect(at('walk', 'total += x.v')).toEqual({ int: 1, instance: 8 });
    expect(at('walk', 'check(x.v)')).toEqual({ instance: 8 });
    expect(at('walk', 'x = x.nxt')).toEqual({ instance: 7 });
  });

  it('an if-not-None body and the else of an if-None', () => {
    expect(at('first', 'if y is not None:', 'left')).toEqual({ None: 1, int: 1, str: 1, instance: 3 });
    expect(at('first', 'y.v + check(y.v)')).toEqual({ int: 1, str: 1, instance: 3 });
    expect(at('first', 'y.v)')).toEqual({ instance: 3 });
    expect(at('other', 'if z is None:', 'left')).toEqual({ None: 1, int: 1, str: 1, instance: 3 });
    expect(at('other', 'z.v * check(z.v)')).toEqual({ int: 1, str: 1, instance: 3 });
  });

  it('straight-line reads: minus the exceptions between them, by type', () => {
    expect(at('same', 'a = y.real')).toEqual({ int: 2, float: 1, str: 1, instance: 2 });
    // check(3) raised for the int 3, "x".real for the str.
    expect(at('same', 'return a + y.imag')).toEqual({ int: 1, float: 1, instance: 2 });
  });

  it('a local assigned between two reads is observed again', () => {
    expect(at('changed', 'a = w.real')).toEqual({ int: 1, float: 1, instance: 2 });
    expect(at('changed', 'return a + w.imag')).toEqual({ int: 1, float: 1, instance: 2 });
  });
});
