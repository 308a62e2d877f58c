// The names of pyaot's native standard-library modules (compiler/native-modules.ts) against the
// runtime and CPython: for every public name CPython 3.11's module has, the runtime module has
// it exactly when the compiler says so. A name CPython has and pyaot lacks is a compile error at
// its use (compiler/codegen/native-names.ts); one CPython lacks too raises CPython's error.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CPYTHON_MODULE_NAMES } from '../../compiler/cpython-module-names.js';
import { nativeProvides } from '../../compiler/native-modules.js';
import { runPyaot, runPython } from '../helpers/pyaot.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-native-names-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function program(name: string, source: string): string {
  const f = path.join(work, name);
  fs.writeFileSync(f, source);
  return f;
}

describe('native module names', () => {
  it('the runtime has exactly the public CPython names the compiler says it provides', { timeout: 600_000 }, () => {
    const mods = [...CPYTHON_MODULE_NAMES.keys()];
    // hasattr with the name as data: the compile-time check does not see it.
    const lines = [`import ${mods.join(', ')}`, `mods = {${mods.map((m) => `'${m}': ${m}`).join(', ')}}`, 'names = {'];
    for (const [m, names] of CPYTHON_MODULE_NAMES) lines.push(`    '${m}': [${[...names].map((n) => `'${n}'`).join(', ')}],`);
    lines.push('}', 'for m, ns in names.items():', "    print(m, ' '.join(n for n in ns if hasattr(mods[m], n)))");
    const r = runPyaot([program('probe.py', lines.join('\n') + '\n')]);
    expect(r.code, r.stderr).toBe(0);
    const want = [...CPYTHON_MODULE_NAMES].map(([m, names]) => `${m} ${[...names].filter((n) => nativeProvides(m, n)).join(' ')}`);
    expect(r.stdout.split('\n').slice(0, -1)).toEqual(want);
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
