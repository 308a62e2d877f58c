// Typed functions on the register calling convention (compiler/codegen/func.ts regCall): a
// specialization whose parameters and result are all unboxed is a C-ABI shell returning
// rt.Ret(T) in two registers around its inlined body. The generated Zig shows which functions
// take it; register_calls.py (every result kind, errors at every depth, recursion limits, calls
// from dynamic code) prints what python3 prints, with the same traceback frames.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zigOf } from '../helpers/zig-of.js';
import { lastLine, repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'types');

describe('register calling convention', () => {
  it('gives it to all-scalar specializations and calls them through rt.fromRet', () => {
    const zig = zigOf(`
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def half(x: float) -> float:
    return x / 2

def odd(n: int) -> bool:
    return n % 2 == 1

def first(xs: list) -> int:
    return xs[0]

print(fib(10), half(3.0), odd(3), first([1, 2]))
`);
    expect(zig).toMatch(/\nfn F\d+_fib_s\d+\(q0: rt\.Int\) align\(64\) callconv\(\.c\) rt\.Ret\(rt\.Int\) \{/);
    // fib calls itself: its body is compiled twice into the shell (func.ts unrollsSelf), the
    // first copy's self-calls running the second inline, the second's calling the shell.
    expect(zig).toMatch(/\ninline fn F\d+_fib_s\d+_body\(comptime unroll: u1, p_n: rt\.Int\) rt\.Error!rt\.Int \{/);
    expect(zig).toMatch(/\(if \(unroll == 0\) F\d+_fib_s\d+_body\(1, a_\d+\) else rt\.fromRet\(rt\.Int, F\d+_fib_s\d+\(a_\d+\)\)\)/);
    expect(zig).toMatch(/\ninline fn F\d+_odd_s\d+_body\(p_n: rt\.Int\) rt\.Error!bool \{/);
    expect(zig).toMatch(/\nfn F\d+_half_s\d+\(q0: f64\) align\(64\) callconv\(\.c\) rt\.Ret\(f64\)/);
    expect(zig).toMatch(/\nfn F\d+_odd_s\d+\(q0: rt\.Int\) align\(64\) callconv\(\.c\) rt\.Ret\(bool\)/);
    // A small leaf (no calls) is called through its inline body; a function that calls is not.
    expect(zig).toMatch(/\(try F\d+_half_s\d+_body\(|break :b_\d+ \(F\d+_half_s\d+_body\(/);
    expect(zig).not.toMatch(/F\d+_fib_s\d+_body\(a_/);
    expect(zig).toMatch(/rt\.fromRet\(rt\.Int, F\d+_fib_s\d+\(p_n\.int\)\)/);
    // A boxed parameter keeps it off the register convention: the word convention instead
    // (func.ts emitWordShell), its Value as two words into a shell `_r`, behind an inline face
    // that keeps the function's Zig signature.
    expect(zig).not.toMatch(/\nfn F\d+_first_s\d+\(/);
    expect(zig).toMatch(/\nfn F\d+_first_s\d+_r\(q0: rt\.VW\) align\(64\) callconv\(\.c\) rt\.Ret\(rt\.Int\) \{/);
    expect(zig).toMatch(/\ninline fn F\d+_first_s\d+\(a0: rt\.Value\) rt\.Error!rt\.Int \{ return rt\.fromRet\(rt\.Int, F\d+_first_s\d+_r\(rt\.toVW\(a0\)\)\); \}/);
    expect(zig).toMatch(/\ninline fn F\d+_first_s\d+_body\(p_xs: rt\.Value\) rt\.Error!rt\.Int \{/);
  });

  it('register_calls.py prints what python3 prints, errors and traceback included', { timeout: 600_000 }, () => {
    const script = 'register_calls.py';
    const expected = runPython([script], { cwd: dir });
    expect(expected.code).toBe(1);
    const r = runPyaot([script], { cwd: dir, timeoutMs: 600_000 });
    expect(r.stdout).toBe(expected.stdout);
    expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(1);
    expect(lastLine(r.stderr)).toBe(lastLine(expected.stderr));
    expect(r.stderr).toBe(expected.stderr);
  });
});
