// Module constants folded into their literal (compiler/types/const-globals.ts): `N = 4` at the
// top of a module, never rebound, is read as `rt.Int.fromSmall(4)` (no load, no unbound check).
// The programs in const_globals/ try to defeat the analysis (rebinding through `global`, at module
// level, by a for target, `del`, `+=`, reflection, another module's attribute store, a read
// before the binding) and must print exactly what python3 prints.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zigOf, fnBody } from '../helpers/zig-of.js';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'types', 'const_globals');

describe('constant module globals', () => {
  it('are folded when bound once by a literal before any user code runs', () => {
    const zig = zigOf(`
"""doc"""
import sys
SIZE = 4
NEG = -3
RATE = 0.5
NAME = "x"

def f(n: int) -> float:
    return (n + SIZE + NEG) * RATE

def g():
    return NAME

print(f(len(sys.argv)), g())
`);
    expect(zig).not.toMatch(/checkGlobal\(G___main__\.l_(SIZE|NEG|RATE|NAME)\b/);
    const f = fnBody(zig, 'f');
    expect(f).toContain('rt.Int.fromSmall(4)');
    expect(f).toContain('rt.Int.fromSmall(-3)');
  });

  it('are not folded when anything may rebind them or read them unbound', () => {
    const cases: [string, string][] = [
      ['global', 'N = 4\ndef s():\n    global N\n    N = 5\ndef f():\n    return N\ns()\nprint(f())\n'],
      ['module if', 'N = 4\nif len(__name__) > 1:\n    N = 5\ndef f():\n    return N\nprint(f())\n'],
      ['after a def', 'def f():\n    return N\nN = 4\nprint(f())\n'],
      ['attribute store', 'import sys\nN = 4\ndef f():\n    return N\nsys.modules[__name__].N = 5\nprint(f())\n'],
      ['reflection', 'N = 4\ndef f():\n    return N\nprint(len(vars()) > 0, f())\n'],
      ['star import', 'N = 4\nfrom math import *\ndef f():\n    return N\nprint(f())\n'],
      ['augmented', 'N = 4\nN += 1\ndef f():\n    return N\nprint(f())\n'],
    ];
    for (const [what, src] of cases) {
      expect(zigOf(src), what).toMatch(/checkGlobal\(G___main__\.l_N\b/);
    }
  });

  for (const prog of ['rebinds.py', 'reflect.py', 'via_module.py']) {
    it(`${prog} prints what python3 prints`, { timeout: 600_000 }, () => {
      const script = path.join(dir, prog);
      const expected = runPython([script], { cwd: dir });
      expect(expected.code, expected.stderr).toBe(0);
      const r = runPyaot([script], { cwd: dir, timeoutMs: 600_000 });
      expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
      expect(r.stdout).toBe(expected.stdout);
    });
  }
});
