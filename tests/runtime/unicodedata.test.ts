// The unicodedata module (zig-runtime/modules/unicodedata.zig and unicodedata/): every function
// over a broad sample of code points (Latin-1, Greek, combining marks, Hangul, CJK block edges,
// emoji, number forms, every 97th code point to U+10FFFF), NFC/NFD/NFKC/NFKD of hand-picked and
// pseudo-random strings, lookup by name, alias and named sequence, and CPython's errors, through
// the real CLI: it must print exactly what python3 prints. So must the corpus program that
// uses it.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, requireShared, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'unicodedata');
// Building the runtime takes a minute of CPU; much longer on a loaded machine.
const timeout_ms = 1_200_000;

/** Compares line by line first, so a failure names its section and the first differing line. */
function expectSameOutput(got: string, want: string): void {
  const gotLines = got.split('\n');
  const wantLines = want.split('\n');
  let section = '';
  for (let i = 0; i < wantLines.length; i++) {
    if (wantLines[i].startsWith('== ')) section = wantLines[i].slice(3);
    expect(gotLines[i], `section ${section}, output line ${i + 1}`).toBe(wantLines[i]);
  }
  expect(got).toBe(want);
}

describe('unicodedata against CPython 3.11', () => {
  it('all.py prints what python3 prints', { timeout: timeout_ms }, () => {
    const script = path.join(dir, 'all.py');
    const expected = runPython([script], { cwd: dir });
    expect(expected.code, expected.stderr).toBe(0);
    expect(expected.stdout.split('\n').length).toBeGreaterThan(20_000);
    const r = runPyaot([script], { cwd: dir, timeoutMs: timeout_ms });
    expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
    expectSameOutput(r.stdout, expected.stdout);
  });

  const shared = requireShared('unicodedata corpus program');
  it.skipIf(!shared)('corpus strings/05_unicode.py prints what python3 prints', { timeout: timeout_ms }, () => {
    const script = path.join(shared!, 'corpus', 'strings', '05_unicode.py');
    const expected = runPython([script]);
    expect(expected.code, expected.stderr).toBe(0);
    const r = runPyaot([script], { timeoutMs: timeout_ms });
    expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
  });
});
