// Typed float loops (zig-runtime/abi/client_ops.zig: cold_cc slow paths, rangeItem, floatRef,
// sqrtAsPow; compiler/codegen/stmt.ts range loops, typed-list.ts in-place updates, fused-int.ts
// trees of small-int operations). The generated
// Zig shows which fast path a construct takes; float_loops.py drives each fast path into its slow
// path (small-int limits, overflow, IndexError, zero divisors, a list changed by the right side,
// pow(x, 0.5) cases that are not sqrt(x)) and must print exactly what python3 prints.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnBody, zigOf } from '../helpers/zig-of.js';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'types');

describe('typed float loops', () => {
  it('takes range items through rt.rangeItemAs', () => {
    const body = fnBody(zigOf(`
def f(n: int) -> float:
    s = 0.0
    for i in range(n):
        s += i * 0.5
    return s

print(f(10))
`), 'f');
    // An innermost loop: one copy for small items, one for big (no flag test per item).
    expect(body).toContain('inline else => |big_');
    expect(body).toContain('rt.rangeItemAs(');
    expect(body).not.toContain('fromI64');
  });

  it('updates float items in place only when the right side runs no code', () => {
    const zig = zigOf(`
def g(xs) -> float:
    xs.append(1.0)
    return 1.0

def f(xs, d: float) -> None:
    xs[0] += d * xs[1]
    xs[1] -= g(xs)

def main() -> None:
    xs = [1.0, 2.0]
    f(xs, 0.5)
    print(xs)

main()
`);
    const body = fnBody(zig, 'f');
    expect(body.match(/rt\.lists\.floatRef\(/g)?.length).toBe(1);
    expect(body.match(/rt\.lists\.set\(/g)?.length).toBe(2);
  });

  it('tests a list for a builtin list once before a loop that does not rebind it', () => {
    const body = fnBody(zigOf(`
def f(v, w, n: int) -> float:
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += v[j] * w[i]
        w[i] = s
        w = [s]
    return s

print(f([1.0, 2.0], [3.0, 4.0], 2))
`), 'f');
    expect(body).toContain('const lh_0 = rt.lists.exact(p_v);');
    expect(body).toContain('rt.lists.heldFloat(lh_0, p_v, l_j)');
    // w is rebound in the outer loop: held by the inner loop only, tested at the outer store.
    expect(body.match(/rt\.lists\.exact\(l_w\)/g)?.length).toBe(1);
    expect(body).toContain('rt.lists.set(l_w, l_i,');
  });

  it('computes a tree of small-int operations on words at once, with the operations as its slow path', () => {
    const body = fnBody(zigOf(`
def a_elem(i: int, j: int) -> float:
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)

print(a_elem(3, 4))
`), 'a_elem');
    expect(body).toContain('@mulWithOverflow(l_ij.w >> 1');
    expect(body).toContain('@divFloor(');
    // The slow path: the operations one by one.
    expect(body).toContain('rt.intops.floordiv(rt.intops.mul(l_ij, rt.intops.add(l_ij, rt.Int.fromSmall(1))), rt.Int.fromSmall(2))');
  });

  it('float_loops.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    const script = path.join(dir, 'float_loops.py');
    const expected = runPython([script], { cwd: dir });
    expect(expected.code, expected.stderr).toBe(0);
    const r = runPyaot([script], { cwd: dir, timeoutMs: 1_200_000 });
    expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
  });
});
