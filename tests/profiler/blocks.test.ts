// Counts derived from the entry of the block they are in (compiler/codegen/instrument.ts
// blockCounts): a call or loop entry that runs every time its block (an `if` arm, or the rest of
// a function after `if …: return`) is entered is not counted itself; the instrumented build
// counts the exceptions leaving the block before it, on the error path only, and the reader
// subtracts them. These must equal what counting directly gives, whichever call raises.
import { beforeAll, describe, expect, it } from 'vitest';
import { counts, fn, Program, type JsonProfile } from './profiled.js';

const SOURCE = `class Stop(Exception):
    pass


def step(n: int) -> int:
    if n == 3:
        raise Stop()
    return n


def pair(n: int) -> int:
    if n < 0:
        return 0
    return step(n) + step(1 + n)


def arms(n: int) -> int:
    if n % 2 == 0:
        a = step(n)
        b = step(n + 10)
        return a + b
    else:
        c = step(n)
        return c + step(n * 2)


def loops(n: int) -> int:
    t = 0
    if n > 1:
        k = step(n)
        for i in range(k):
            t += i
    return t


def caught(n: int, again: bool) -> int:
    if n > 0:
        try:
            step(n + 0)
        except Stop:
            if again:
                raise
        return step(n + 1) + step(n + 2)
    return -1


def one(x=1):
    return x


def boxed(n):
    if n == 0:
        return 0
    return step(n) + 1 + one()


def checked(n: int) -> int:
    if n > 100:
        raise ValueError("big")
    return step(n) * 2 + one(n)


def ranged(n: int) -> int:
    t = 0
    for i in range(n):
        v = [1, 2, 4][i % 4]
        t += step(v) * i
    return t


def listed(n: int) -> int:
    ys = [n, n + 1, n + 2]
    t = 0
    for y in ys:
        t += step(y)
    return t


def nested(first):
    flips = 0
    while first != 0:
        lo = 0
        hi = first
        while lo < hi:
            lo += 1
            hi -= 1
        flips += 1
        first -= 1
    return flips


def drain(xs):
    n = 0
    while n < len(xs):
        step(xs[n])
        n += 1
    return n


def poll(xs):
    k = 0
    while True:
        v = xs[k]
        w = step(v)
        k += 1
        if w > 4:
            break
    return k


total = 0
for n in [-1, 0, 1, 2, 3, 4, 5]:
    try:
        total += pair(n)
    except Stop:
        total += 1000
print(total)
for n in [0, 1, 2, 3, 4, 13]:
    try:
        total += arms(n)
    except Stop:
        total += 100
print(total)
for n in [0, 2, 3, 4]:
    try:
        total += loops(n)
    except Stop:
        total += 10
print(total)
for n, again in [(0, False), (3, False), (3, True), (1, False), (2, True), (5, False)]:
    try:
        total += caught(n, again)
    except Stop:
        total += 1
print(total)
for n in [0, 1, 3, 4, "x"]:
    try:
        total += boxed(n)
    except (Stop, TypeError):
        total += 7
print(total)
for n in [1, 200, 3, 5]:
    try:
        print(checked(n))
    except (Stop, ValueError) as e:
        print(type(e).__name__)
for n in [5, 2]:
    try:
        print(ranged(n))
    except IndexError:
        print("IndexError")
for n in [0, 2, 5]:
    try:
        print(listed(n))
    except Stop:
        print("Stop")
print(nested(3), nested(0), nested(4))
for xs in [[1, 2], [4, 3, 5], [], [2, 0]]:
    try:
        print(drain(xs))
    except Stop:
        print("stop")
for xs in [[1, 5], [1, 2], [3], [9]]:
    try:
        print(poll(xs))
    except (Stop, IndexError) as e:
        print(type(e).__name__)
`;

const STDOUT = '2024\n2208\n2225\n2249\n2272\n3\nValueError\nStop\n15\nIndexError\n2\n3\nStop\n18\n3 0 4\n2\nstop\n0\n2\n2\nIndexError\nStop\n1\n';

const prog = new Program('blocks.py', SOURCE);
let p: JsonProfile;

beforeAll(() => {
  p = prog.profileAndShow(STDOUT);
});

const at = (qualname: string, kind: string, text: string) => counts(prog, p, qualname, kind, text);

describe('counts derived from their block', () => {
  it('the second call of a return after a guard: skipped when the first raised', () => {
    // n = 0..5 reach the return; step(3) raises at the first call (n = 3) and the second (n = 2).
    expect(fn(p, 'pair').calls).toBe(7);
    expect(at('pair', 'if', 'if n < 0:')).toEqual({ 'not taken': 6, taken: 1 });
    expect(at('pair', 'call', 'step(n) + step(1 + n)')).toEqual({ calls: 6 });
    expect(at('pair', 'call', 'step(1 + n)')).toEqual({ calls: 5 });
  });

  it('calls in both arms of an if, one after a call that raised', () => {
    expect(at('arms', 'if', 'if n % 2 == 0:')).toEqual({ 'not taken': 3, taken: 3 });
    expect(at('arms', 'call', 'a = step(n)')).toEqual({ calls: 3 });
    expect(at('arms', 'call', 'step(n + 10)')).toEqual({ calls: 3 });
    expect(at('arms', 'call', 'c = step(n)')).toEqual({ calls: 3 });
    // n = 3 raises in step(n): step(n * 2) runs for 1 and 13 only.
    expect(at('arms', 'call', 'step(n * 2)')).toEqual({ calls: 2 });
  });

  it('a loop entered after a call in the same arm', () => {
    expect(at('loops', 'call', 'k = step(n)')).toEqual({ calls: 3 });
    expect(at('loops', 'loop', 'for i in range(k):')).toEqual({ exits: 2, iterations: 6, entries: 2 });
  });

  it('calls after a caught exception, and after one caught and raised again', () => {
    // n = 3 raises in the try: caught (again False) the function goes on; raised again it leaves.
    expect(fn(p, 'caught').calls).toBe(6);
    expect(at('caught', 'call', 'step(n + 0)')).toEqual({ calls: 5 });
    expect(at('caught', 'handler', '        except Stop:')).toEqual({ entered: 2 });
    // Reached by 3 (caught), 1, 2 and 5; step(n + 1) raises for n = 2, step(n + 2) for n = 1.
    expect(at('caught', 'call', 'step(n + 1)')).toEqual({ calls: 4 });
    expect(at('caught', 'call', 'step(n + 2)')).toEqual({ calls: 3 });
  });

  it('boxed values: an operation that raises TypeError between two calls', () => {
    expect(fn(p, 'boxed').calls).toBe(5);
    expect(at('boxed', 'if', 'if n == 0:')).toEqual({ 'not taken': 4, taken: 1 });
    expect(at('boxed', 'call', 'step(n) + 1')).toEqual({ calls: 4 });
    // 3 raises Stop in step(n); "x" raises TypeError at + 1, after step("x") returned it.
    expect(at('boxed', 'call', 'one()')).toEqual({ calls: 2 });
  });

  it('calls after an if that raises', () => {
    expect(at('checked', 'if', 'if n > 100:')).toEqual({ 'not taken': 3, taken: 1 });
    expect(at('checked', 'call', 'step(n) * 2')).toEqual({ calls: 3 });
    // step(3) raises Stop.
    expect(at('checked', 'call', 'one(n)')).toEqual({ calls: 2 });
  });

  it('calls in the body of a loop over a range or a list, after an exception', () => {
    // ranged(5): the 4th iteration raises IndexError before the call; ranged(2): 2 iterations.
    expect(at('ranged', 'loop', 'for i in range(n):')).toEqual({ exits: 1, iterations: 6, entries: 2 });
    expect(at('ranged', 'call', 'step(v) * i')).toEqual({ calls: 5 });
    // listed(2): step(3) raises in the 2nd iteration.
    expect(at('listed', 'loop', 'for y in ys:')).toEqual({ exits: 2, iterations: 8, entries: 3 });
    expect(at('listed', 'call', 'step(y)')).toEqual({ calls: 8 });
  });

  it('a loop entered at the start of a while body, in one register region', () => {
    // nested(3): 3 outer iterations, inner iterations 2 + 1 + 1; nested(4): 4, inner 2 + 2 + 1 + 1.
    expect(at('nested', 'loop', 'while first != 0:')).toEqual({ exits: 3, iterations: 7, entries: 3 });
    expect(at('nested', 'loop', 'while lo < hi:')).toEqual({ exits: 7, iterations: 10, entries: 7 });
  });

  it('a call at the start of a while body: once per iteration, the one that raised too', () => {
    // [4, 3, 5] raises Stop in step(3), the second iteration: no exit for that run.
    expect(at('drain', 'loop', 'while n < len(xs):')).toEqual({ exits: 3, iterations: 6, entries: 4 });
    expect(at('drain', 'call', 'step(xs[n])')).toEqual({ calls: 6 });
  });

  it('a call in a while True body after an index that raised IndexError', () => {
    // [1, 5]: 2 iterations; [1, 2]: xs[2] raises in the 3rd; [3]: step(3) raises; [9]: 1.
    expect(at('poll', 'loop', 'while True:')).toEqual({ exits: 0, iterations: 7, entries: 4 });
    expect(at('poll', 'call', 'w = step(v)')).toEqual({ calls: 6 });
  });
});
