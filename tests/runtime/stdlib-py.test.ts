// The stdlib modules of the collections/itertools family: native (bisect, heapq, operator,
// itertools, _collections, _functools in zig-runtime/modules) and Python (pylib/collections,
// pylib/collections/abc.py, pylib/functools.py, pylib/copy.py). Each module in
// tests/runtime/stdlib-py/ exercises one module's functions with edge cases and error messages;
// main.py imports them all, runs through the real CLI, and must print exactly what python3 prints.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'stdlib-py');
/** One build for every section: a build costs about a minute of CPU. */
const main = path.join(dir, 'main.py');
const build_timeout_ms = 900_000;

describe('collections, itertools, functools, heapq, bisect, operator, copy against CPython', () => {
  it('prints what python3 prints, section by section', () => {
    const expected = runPython([main], { cwd: dir, env: { PYTHONDONTWRITEBYTECODE: '1' } });
    expect(expected.code, expected.stderr).toBe(0);
    const r = runPyaot([main], { cwd: dir, timeoutMs: build_timeout_ms });
    const context = `stderr:\n${r.stderr.slice(-3000)}`;
    expect(r.code, context).toBe(0);
    // Line by line first, so a failure names its section and the first differing line.
    const got = r.stdout.split('\n');
    const want = expected.stdout.split('\n');
    let section = '';
    for (let i = 0; i < want.length; i++) {
      if (want[i].startsWith('== ')) section = want[i].slice(3);
      expect(got[i], `sec_${section}.py, output line ${i + 1}`).toBe(want[i]);
    }
    expect(r.stdout).toBe(expected.stdout);
  }, build_timeout_ms);
});
