// The methods of str, int, bool and float (zig-runtime/methods/{str,int,float}.zig and
// zig-runtime/text): each module in tests/runtime/str-methods/ exercises a group of methods with
// their edge cases and error messages; main.py imports them all, runs through the real CLI, and
// must print exactly what python3 prints.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runPyaot, runPython, sharedCacheDir, testZig } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'str-methods');
/** One build for every section: main.py imports the section modules (a build costs about a minute of CPU). */
const main = path.join(dir, 'main.py');
const build_timeout_ms = 900_000;

describe('zig-runtime/text unit tests', () => {
  it('bytesearch agrees with std.mem (zig test)', () => {
    const cache = path.join(sharedCacheDir, 'zig');
    const r = spawnSync(testZig(), ['test', 'bytesearch.zig', '--cache-dir', cache, '--global-cache-dir', cache], {
      cwd: path.join(repoRoot, 'zig-runtime', 'text'),
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/All \d+ tests passed/);
  }, 600_000);
});

describe('str, int and float methods against CPython', () => {
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
      expect(got[i], `${section}.py, output line ${i + 1}`).toBe(want[i]);
    }
    expect(r.stdout).toBe(expected.stdout);
  }, build_timeout_ms);
});
