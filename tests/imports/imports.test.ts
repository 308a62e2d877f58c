// Import machinery against CPython: sys.modules, module attributes (__package__, __spec__,
// vars/dir of a module), importlib.import_module/reload, imports that fail at run time (a
// module found nowhere, relative imports without a package), atexit, inspect and pathlib
// (pylib). Also `pyaot check`: a module found nowhere is a warning (it raises when the import
// runs), a standard-library module pyaot lacks is an error naming the module and line.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'imports');
const build_timeout_ms = 900_000;

describe('imports against CPython', () => {
  it('prints what python3 prints, section by section', () => {
    const main = path.join(dir, 'prog', 'main.py');
    const expected = runPython([main], { cwd: path.join(dir, 'prog'), env: { PYTHONDONTWRITEBYTECODE: '1' } });
    expect(expected.code, expected.stderr).toBe(0);
    const r = runPyaot([main], { cwd: path.join(dir, 'prog'), timeoutMs: build_timeout_ms });
    expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
    const got = r.stdout.split('\n');
    const want = expected.stdout.split('\n');
    let section = '';
    for (let i = 0; i < want.length; i++) {
      if (want[i].startsWith('== ')) section = want[i].slice(3);
      expect(got[i], `section ${section}, output line ${i + 1}`).toBe(want[i]);
    }
    expect(r.stdout).toBe(expected.stdout);
  }, build_timeout_ms);
});

describe('pyaot check on imports', () => {
  it('warns about a module found nowhere, which raises when the import runs', () => {
    const r = runPyaot(['check', path.join(dir, 'check', 'optional.py')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("optional.py:2:5: warning: No module named 'yaml_not_installed_anywhere' (ModuleNotFoundError raised when this import runs)");
    expect(r.stdout).toContain('1 warning');
  });

  it('rejects a standard-library module pyaot does not provide, naming module and line', () => {
    const r = runPyaot(['check', path.join(dir, 'check', 'stdlib_missing.py')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("stdlib_missing.py:3:1: error: standard library module 'tkinter' is not supported by pyaot");
  });
});
