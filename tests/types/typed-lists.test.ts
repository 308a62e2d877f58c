// Lists of proven element type and typed globals (compiler/types/infer.ts, types/globals.ts,
// codegen/typed-list.ts). Two kinds of checks: the generated Zig shows where a proof was made
// (a typed read is `rt.lists.float(...)`, a dynamic one `rt.sub.getitem(...)`), so a regression
// in the inference shows here even when the output stays right; and typed_lists.py, full of
// lists that escape into dynamic code, prints exactly what python3 prints.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnBody, zigOf } from '../helpers/zig-of.js';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'types');

describe('lists of proven element type', () => {
  it('reads floats unboxed from lists passed between functions', () => {
    const zig = zigOf(`
def make():
    return [[0.0, 1.0], [2.0, 3.0]]

def total(rows) -> float:
    s = 0.0
    for r in rows:
        s += r[0] * r[1]
    return s

print(total(make()))
`);
    const body = fnBody(zig, 'total');
    // r is the loop's target: held once per iteration (list-hold.ts holdTargets), read through it.
    expect(body).toMatch(/const lh_\d+ = rt\.lists\.exact\(l_r\);/);
    expect(body).toContain('rt.lists.heldFloat(');
    expect(body).toContain('rt.lists.next(');
    expect(body).not.toContain('rt.sub.getitem(');
  });

  it('gives up on a list that dynamic code may change', () => {
    const zig = zigOf(`
def add(xs, v):
    xs.append(v)

def f():
    xs = [1.0, 2.0]
    helper = add
    helper(xs, "s")
    return xs[0] + xs[1]

print(f())
`);
    const body = fnBody(zig, 'f');
    expect(body).not.toContain('rt.lists.float(');
    // Still a list (read without dispatch), its items boxed.
    expect(body).toContain('rt.lists.get(');
  });

  it('widens the elements when any store has another type', () => {
    const zig = zigOf(`
def f():
    xs = [1.0, 2.0]
    xs[0] = 1
    return xs[1] * 2.0

print(f())
`);
    expect(fnBody(zig, 'f')).not.toContain('rt.lists.float(');
  });

  it('types a module constant assigned only at top level, not one a function rebinds', () => {
    // K is bound after a def, so it is a typed global, not a folded constant (const-globals.ts).
    const zig = zigOf(`
M = 1.5

def g():
    global M
    M = "s"

K = 2.5

def f(x: float) -> float:
    return x * K + M

print(f(1.0))
`);
    const body = fnBody(zig, 'f');
    expect(body).toContain('rt.unboxFloat(');
    expect(body).toContain('rt.ops.add(');
  });

  it('keeps float ** float real only for a provably non-negative base', () => {
    const zig = zigOf(`
def f(x: float, y: float) -> float:
    a = (x * x + y * y) ** 0.5
    b = x ** 0.5
    return a + b

print(f(3.0, 4.0))
`);
    const body = fnBody(zig, 'f');
    expect(body).toContain('rt.floatops.pow(');
    expect(body).toContain('rt.ops.pow(');
  });

  it('runs the annotated specialization from the generic entry when the argument types match', () => {
    const zig = zigOf(`
def area(w: int, h: float, name):
    return name, w * h

print([area(i, 2.0, "r") for i in range(3)])
`);
    const entry = zig.slice(zig.search(/\ninline fn F\d+_area_body\(/));
    expect(entry.slice(0, entry.indexOf('\n}\n'))).toMatch(/if \(p_w == \.int and p_h == \.float\) return \(try F\d+_area_s\d+\(p_w\.int, p_h\.float, p_name\)\);/);
  });

  it('holds a list of bools, which may be compact, for the bool accessors only', () => {
    const zig = zigOf(`
def sieve(limit: int) -> list:
    flags = [True] * (limit + 1)
    flags[0] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            m = p * p
            while m <= limit:
                flags[m] = False
                m += p
        p += 1
    return flags

print(sum(sieve(100)))
`);
    const body = fnBody(zig, 'sieve');
    // rt.lists.exact gives null for a compact list; rt.lists.bools holds it for heldBool/heldSetBool.
    expect(body).toMatch(/const lh_\d+ = rt\.lists\.bools\(l_flags\);/);
    expect(body).toContain('rt.lists.heldBool(');
    expect(body).toContain('rt.lists.heldSetBool(');
    expect(body).toContain('rt.lists.setBool(l_flags');
    expect(body).not.toContain('rt.lists.exact(l_flags)');
    expect(body).not.toContain('rt.lists.heldSet(');
  });

  it('typed_lists.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    const script = path.join(dir, 'typed_lists.py');
    const expected = runPython([script], { cwd: dir });
    expect(expected.code, expected.stderr).toBe(0);
    const r = runPyaot([script], { cwd: dir, timeoutMs: 1_200_000 });
    expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
  });
});
