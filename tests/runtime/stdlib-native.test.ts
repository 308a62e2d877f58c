// The native stdlib modules math, random, json, os, os.path, time, tempfile, sys, gc and hashlib
// (zig-runtime/modules): tests/runtime/stdlib-native/main.py runs one section per module
// (thousands of libm values, Mersenne Twister streams for every random function and several
// seeds, json round trips and decoder errors, posixpath edge cases, a file tree walked and
// removed, tempfile objects, gc's flag and thresholds) through the real CLI and must print exactly what python3 prints.
// The benchmarks that use random and json are checked against python3 on small inputs.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, requireShared, runPyaot, runPython } from '../helpers/pyaot.js';
import { expectSameOutput } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'stdlib-native');
/** One build for every section: a build costs about a minute of CPU. */
const main = path.join(dir, 'main.py');
const build_timeout_ms = 900_000;

describe('math, random, json, os, os.path, time, tempfile against CPython', () => {
  it('prints what python3 prints, section by section', () => {
    const expected = runPython([main], { cwd: dir, env: { PYTHONDONTWRITEBYTECODE: '1' } });
    expect(expected.code, expected.stderr).toBe(0);
    const r = runPyaot([main], { cwd: dir, timeoutMs: build_timeout_ms });
    expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
    expectSameOutput(r.stdout, expected.stdout);
  }, build_timeout_ms);
});

describe('benchmarks that use random and json', () => {
  const shared = requireShared('stdlib-native benchmarks');
  const cases: [string, string[]][] = [
    ['json_roundtrip.py', ['120', '6']],
    ['word_freq.py', ['30000', '777']],
  ];
  for (const [name, args] of cases) {
    it.skipIf(!shared)(`${name} ${args.join(' ')} prints what python3 prints`, () => {
      const file = path.join(shared!, 'bench', name);
      const expected = runPython([file, ...args]);
      expect(expected.code, expected.stderr).toBe(0);
      const r = runPyaot([file, ...args], { timeoutMs: build_timeout_ms });
      expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
      expect(r.stdout).toBe(expected.stdout);
    }, build_timeout_ms);
  }
});
