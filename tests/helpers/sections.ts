// Suites whose main.py imports one section module per library module and prints `== <name>`
// before each: run it under python3 and pyaot (one build for every section) and compare,
// line by line first, so a failure names its section and the first differing line.
//
// These suites build their programs with `pyaot --debug` (runDebug): each is one big program
// (2-3 MB of Zig) whose ReleaseFast compile took minutes, against about half a minute in Debug,
// and Debug's safety checks catch undefined behaviour in the generated and program-side code.
// The corpus, the benchmarks and the other suites stay ReleaseFast: they test what users run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, expect } from 'vitest';
import { runPyaot, runPython, tempHome, type RunOptions, type RunResult } from './pyaot.js';

/** A build of such a suite costs about half a minute of CPU in Debug, more on a loaded machine. */
export const SECTIONS_TIMEOUT_MS = 900_000;

// Debug binaries keep their debug info (for a panic's stack trace): the stdlib-py one is about
// 285 MB. Their PYAOT_HOME is this test file's own, removed when the file is done, so the build
// cache still serves repeated runs within the file (stdlib-dt's TZ runs) and nothing is left in
// the temp directory. (Registered at import, so it belongs to the importing test file.)
let debugHome: string | undefined;
afterAll(() => {
  if (debugHome !== undefined) fs.rmSync(debugHome, { recursive: true, force: true });
  debugHome = undefined;
});

/** `pyaot --debug ...args` (for `pyaot build`, pass ['build', '--debug', ...] to runPyaot). */
export function runDebug(args: string[], opts: RunOptions = {}): RunResult {
  debugHome ??= tempHome();
  return runPyaot(['--debug', ...args], { home: debugHome, ...opts });
}

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
  const r = runDebug([main], { cwd: dir, timeoutMs: SECTIONS_TIMEOUT_MS });
  expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
  expectSameOutput(r.stdout, expected.stdout, (s) => `sec_${s}.py`);
}

/**
 * Runs one script under both (cwd: its folder) and expects identical output, line by line first.
 * A release build: the suites using this test code paths of ReleaseFast programs.
 */
export function expectScriptMatches(script: string, timeoutMs: number): void {
  const cwd = path.dirname(script);
  const expected = runPython([script], { cwd });
  expect(expected.code, expected.stderr).toBe(0);
  const r = runPyaot([script], { cwd, timeoutMs });
  expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
  expectSameOutput(r.stdout, expected.stdout, () => path.basename(script));
}
