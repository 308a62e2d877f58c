// Calls of native standard-library functions through globals bound only by their imports
// (compiler/types/globals.ts, native-calls.ts, codegen/native-fast.ts): typed results, and the
// inline forms of random.random(), math.sqrt/floor/ceil/trunc/fabs/isnan... on native numbers.
// native_calls.py prints exactly what python3 prints, edge cases and errors included.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zigOf } from '../helpers/zig-of.js';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'types');

/** The Zig of specialization body `name` (typed functions are emitted as `..._body`). */
function body(zig: string, name: string): string {
  const m = new RegExp(`\\n(inline )?fn F\\d+_${name}_s\\d+_body\\(`).exec(zig);
  if (!m) throw new Error(`no typed body for ${name}`);
  return zig.slice(m.index, zig.indexOf('\n}\n', m.index));
}

describe('native function calls', () => {
  it('are inline and typed when the global is bound only by the import', () => {
    const zig = zigOf(`
import math, random
from math import sqrt as root

def f(x: float) -> float:
    return math.sqrt(x) + root(x) + math.floor(x) + random.random() + math.sin(x)

print(f(2.0) > 0)
`);
    const b = body(zig, 'f');
    expect(b).toContain('rt.mathFast.sqrt(');
    expect(b).toContain('rt.mathFast.floor(');
    expect(b).toContain('rt.randomFloat()');
    // sin has no inline form, but its result is a float.
    expect(b).toContain('rt.unboxFloat(');
    expect(b).toMatch(/fn F\d+_f_s\d+_body\(p_x: f64\) rt\.Error!f64/);
  });

  it('are ordinary calls when the name may be bound to something else', () => {
    const zig = zigOf(`
import math
import random

def f(x: float) -> float:
    return math.sqrt(x) + random.random()

if len(__name__) > 100:
    math = None
print(f(2.0) > 0)
`);
    expect(zig).not.toContain('rt.mathFast.sqrt(');
    expect(zig).toContain('rt.randomFloat()');
  });

  // pylib's own setattr()/vars() calls (typing, dataclasses, enum...) aim at instances and
  // classes, not modules: importing them keeps the program's typed globals (types/globals.ts).
  it('stay inline and typed in a program importing typing, dataclasses and enum', () => {
    const src = (imports: string) => `
${imports}
import math
SCALE = 2.0

def f(x: float) -> float:
    return math.sqrt(x) * SCALE

print(f(2.0) > 0)
`;
    const f = body(zigOf(src('import typing, dataclasses, enum, functools, copy, contextlib')), 'f');
    expect(f).toContain('rt.mathFast.sqrt(');
    // SCALE is a float global (not folded into its literal: constant folding still counts
    // pylib's reflection, const-globals.ts), read as one.
    expect(f).toContain('* (rt.unboxFloat((rt.checkGlobal(G___main__.l_SCALE');
    expect(f).toMatch(/fn F\d+_f_s\d+_body\(p_x: f64\) rt\.Error!f64/);
    // The program's own reflection still turns them off.
    expect(zigOf(src('setattr(object(), "x", 1) if False else None'))).not.toContain('rt.mathFast.sqrt(');
  });

  it('native_calls.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    const script = path.join(dir, 'native_calls.py');
    const expected = runPython([script], { cwd: dir });
    expect(expected.code, expected.stderr).toBe(0);
    const r = runPyaot([script], { cwd: dir, timeoutMs: 1_200_000 });
    expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
  });
});
