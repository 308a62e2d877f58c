// str(x), int(x) and float(x) with the builtin types and one positional argument call the
// constructors' one-argument case directly (compiler/codegen/expr.ts ONE_ARG_CONVERSIONS,
// zig-runtime/builtins/ctors.zig strOf/intOf/floatOf) instead of calling the type object.
// conversions.py prints exactly what python3 prints for the edge cases of all three.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnBody, zigOf } from '../helpers/zig-of.js';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'types');

describe('str(x), int(x), float(x)', () => {
  it('call the runtime directly for the builtins, and the name for anything else', () => {
    const zig = zigOf(`
def build(n: int) -> str:
    s = ""
    for i in range(n):
        s += str(i) + str(float(i)) + str(int("7"))
    return s

def shadow(x):
    str = repr
    return str(x), int(x, 2), float()

print(build(3), shadow("1"))
`);
    const body = fnBody(zig, 'build');
    expect(body).toContain('rt.strOf(');
    expect(body).toContain('rt.floatOf(');
    expect(body).toContain('rt.intOf(');
    expect(body).not.toContain('rt.call.callAt(');
    const other = fnBody(zig, 'shadow');
    expect(other).not.toContain('rt.strOf(');
    expect(other).not.toContain('rt.intOf(');
    expect(other).not.toContain('rt.floatOf(');
  });

  it('conversions.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    const script = path.join(dir, 'conversions.py');
    const expected = runPython([script], { cwd: dir });
    expect(expected.code, expected.stderr).toBe(0);
    const r = runPyaot([script], { cwd: dir, timeoutMs: 1_200_000 });
    expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
  });
});
