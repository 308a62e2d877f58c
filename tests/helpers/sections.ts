// Suites whose main.py imports one section module per library module and prints `== <name>`
// before each: run it under python3 and pyaot (one build for every section) and compare,
// line by line first, so a failure names its section and the first differing line.
import * as path from 'node:path';
import { expect } from 'vitest';
import { runPyaot, runPython } from './pyaot.js';

/** A build of such a suite costs about a minute of CPU, more on a loaded machine. */
export const SECTIONS_TIMEOUT_MS = 900_000;

export function expectSameOutput(got: string, want: string, sectionFile = (s: string) => s): void {
  const gotLines = got.split('\n');
  const wantLines = want.split('\n');
  let section = '';
  for (let i = 0; i < wantLines.length; i++) {
    if (wantLines[i].startsWith('== ')) section = wantLines[i].slice(3);
    expect(gotLines[i], `${sectionFile(section)}, output line ${i + 1}`).toBe(wantLines[i]);
  }
  expect(got).toBe(want);
}

/** Runs `dir`/main.py under both and expects identical output and a clean exit. */
export function expectSectionsMatch(dir: string): void {
  const main = path.join(dir, 'main.py');
  const expected = runPython([main], { cwd: dir, env: { PYTHONDONTWRITEBYTECODE: '1' } });
  expect(expected.code, expected.stderr).toBe(0);
  const r = runPyaot([main], { cwd: dir, timeoutMs: SECTIONS_TIMEOUT_MS });
  expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
  expectSameOutput(r.stdout, expected.stdout, (s) => `sec_${s}.py`);
}

/** Runs one script under both (cwd: its folder) and expects identical output, line by line first. */
export function expectScriptMatches(script: string, timeoutMs: number): void {
  const cwd = path.dirname(script);
  const expected = runPython([script], { cwd });
  expect(expected.code, expected.stderr).toBe(0);
  const r = runPyaot([script], { cwd, timeoutMs });
  expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
  expectSameOutput(r.stdout, expected.stdout, () => path.basename(script));
}
