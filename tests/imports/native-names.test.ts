// The names of the standard-library modules pyaot provides (natively: compiler/native-modules.ts,
// or in Python: pylib/) against the runtime and CPython: for every public name CPython 3.11's
// module has, the compiler refuses a read of it exactly when pyaot's module lacks it at run time
// (compiler/codegen/native-names.ts). A name CPython lacks too raises CPython's error.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CPYTHON_MODULE_NAMES } from '../../compiler/cpython-module-names.js';
import { NATIVE_MODULES, nativeProvides } from '../../compiler/native-modules.js';
import { runPyaot, runPython } from '../helpers/pyaot.js';

const PYLIB_PROBED = new Set(['collections', 'collections.abc', 'types', 'queue', 'string', 'textwrap', 'keyword', 'errno', 'stat', 'copy', 'bisect']);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-native-names-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function program(name: string, source: string): string {
  const f = path.join(work, name);
  fs.writeFileSync(f, source);
  return f;
}

describe('native module names', () => {
  it('exactly the public CPython names the runtime lacks are refused at compile time', { timeout: 900_000 }, () => {
    // Every native module, and pylib modules small enough to build in seconds (the refusals of
    // a pylib module come from its module-level bindings alone: these stand for the rest).
    const mods = [...CPYTHON_MODULE_NAMES.keys()].filter((m) => NATIVE_MODULES.has(m) || PYLIB_PROBED.has(m));
    const imports = `import ${mods.join(', ')}`;
    // At run time: hasattr with the name as data (the compile-time check does not see it).
    const lines = [imports, `mods = {${mods.map((m) => `'${m}': ${m}`).join(', ')}}`, 'names = {'];
    for (const m of mods) lines.push(`    '${m}': [${[...CPYTHON_MODULE_NAMES.get(m)!].map((n) => `'${n}'`).join(', ')}],`);
    lines.push('}', 'for m, ns in names.items():', "    print(m, ' '.join(n for n in ns if not hasattr(mods[m], n)))");
    const r = runPyaot([program('probe.py', lines.join('\n') + '\n')], { timeoutMs: 900_000 });
    expect(r.code, r.stderr).toBe(0);
    const lacking = r.stdout.split('\n').slice(0, -1).map((l) => l.split(' ').filter((x) => x !== '').join(' '));
    // At compile time: every name read statically; `pyaot check` lists each one refused.
    const reads = [imports];
    for (const m of mods) for (const n of CPYTHON_MODULE_NAMES.get(m)!) reads.push(`${m}.${n}`);
    const check = runPyaot(['check', program('reads.py', reads.join('\n') + '\n')]);
    const refused = new Map<string, string[]>(mods.map((m) => [m, []]));
    for (const [, m, n] of (check.stdout + check.stderr).matchAll(/error: '([\w.]+)\.(\w+)' is not supported by pyaot \(its \1 module lacks it\)/g)) refused.get(m)!.push(n);
    expect(mods.map((m) => `${m} ${refused.get(m)!.join(' ')}`.trim())).toEqual(lacking);
    // The native modules' lists (compiler/native-modules.ts) say the same.
    for (const [m, names] of CPYTHON_MODULE_NAMES) {
      if (!NATIVE_MODULES.has(m)) continue;
      expect([...names].filter((n) => !nativeProvides(m, n)), m).toEqual(refused.get(m));
    }
  });

  it('a CPython name the native module lacks is a compile error at its use', () => {
    const f = program('missing.py', [
      'import sys',
      'import os.path',
      'from os import fork',
      'print(sys.getsizeof(1))',
      'n = os.path.samestat',
      'def f(sys):',
      '    return sys.getsizeof',  // a parameter, not the module: compiles
    ].join('\n') + '\n');
    const r = runPyaot(['check', f]);
    expect(r.code).toBe(2);
    const out = r.stdout + r.stderr;
    expect(out).toContain(`${f}:3:16: error: 'os.fork' is not supported by pyaot (its os module lacks it)`);
    expect(out).toContain(`${f}:4:7: error: 'sys.getsizeof' is not supported by pyaot (its sys module lacks it)`);
    expect(out).toContain(`${f}:5:5: error: 'os.path.samestat' is not supported by pyaot (its os.path module lacks it)`);
    expect(out).not.toContain(`${f}:7:`);
  });

  it('a name CPython 3.11 lacks too raises its AttributeError and ImportError when run', () => {
    const f = program('absent.py', [
      'import math',
      'try:',
      '    math.fma(1, 2, 3)',
      'except AttributeError as e:',
      '    print(e)',
      'try:',
      '    from sys import no_such_name',
      'except ImportError as e:',
      '    print(type(e).__name__)',
    ].join('\n') + '\n');
    const got = runPyaot([f]);
    expect(got.code, got.stderr).toBe(0);
    expect(got.stdout).toBe(runPython([f]).stdout);
  });
});
