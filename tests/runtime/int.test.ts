// The runtime's Python ints (zig-runtime/core: int.zig, bigint.zig, limbs.zig, intops.zig,
// intfloat.zig, intpow.zig, intconv.zig, intmath.zig) against CPython 3.11: the Zig unit tests,
// then a differential run.
// tests/runtime/int/oracle.py generates cases for every operation (random small, word-sized,
// medium and huge ints of both signs, structured limbs, edges around +-2^62, 2^63, 2^64, the
// 4300-digit limit, the double range) with CPython's answers; tests/runtime/int/driver.zig,
// built with ReleaseSafe so undefined behaviour traps, answers the same cases through the
// runtime. Every answer must match byte for byte, exceptions included. PYAOT_INT_SEED and
// PYAOT_INT_COUNT (cases per operation) widen a run.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZIG_VERSION } from '../../compiler/zig/version.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const RUNTIME = join(REPO, 'zig-runtime');
const INT_TEST_DIR = join(REPO, 'tests', 'runtime', 'int');
const SEED = process.env.PYAOT_INT_SEED ?? '20251126';
const COUNT = process.env.PYAOT_INT_COUNT ?? '1500';
/** Mismatches shown in a failure message. */
const SHOWN_MAX = 12;
/** The runtime files whose Zig tests this suite runs. */
const UNIT_FILES = ['limbs', 'bigint', 'intops', 'intfloat', 'intpow', 'intconv', 'intmath'];

function findZig(): string | undefined {
  const candidates = [
    process.env.PYAOT_ZIG,
    join(process.env.PYAOT_HOME ?? join(homedir(), '.pyaot'), 'toolchain', `zig-${ZIG_VERSION}`, 'zig'),
    join(homedir(), '.pyaot', 'toolchain', `zig-${ZIG_VERSION}`, 'zig'),
  ];
  return candidates.find((c): c is string => c !== undefined && existsSync(c));
}

function hasPython311(): boolean {
  const r = spawnSync('python3', ['-c', 'import sys; assert sys.version_info[:2] == (3, 11)']);
  return r.status === 0;
}

const zig = findZig();
const python = hasPython311();
const missing = [zig ? '' : `Zig ${ZIG_VERSION} (set PYAOT_ZIG)`, python ? '' : 'python3 3.11'].filter(Boolean);
if (missing.length > 0) {
  if (process.env.CI === 'true') throw new Error(`int tests need ${missing.join(' and ')}`);
  console.warn(`SKIPPED tests/runtime/int.test.ts: ${missing.join(' and ')} not found`);
}

/** [operation, driver input line, expected output line] */
type Case = [string, string, string];

function clip(s: string | undefined): string {
  if (s === undefined) return '(no output)';
  return s.length > 160 ? `${s.slice(0, 160)}…(${s.length} chars)` : s;
}

describe.skipIf(missing.length > 0)('zig-runtime ints against CPython', () => {
  let work = '';
  let root = '';
  let driver = '';

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'pyaot-int-test-'));
    // Runtime files import each other by relative path up to zig-runtime/, so the test roots
    // must sit in that directory: a scratch copy of its layout made of symlinks. Building the
    // driver there (not through rt.zig) compiles only the int code and what it reaches.
    root = join(work, 'runtime');
    mkdirSync(root);
    for (const entry of readdirSync(RUNTIME)) symlinkSync(join(RUNTIME, entry), join(root, entry));
    copyFileSync(join(INT_TEST_DIR, 'driver.zig'), join(root, 'int_driver.zig'));
    driver = join(work, 'int-driver');
    // Linked with libc, as programs are (int ** negative int calls glibc's pow, as CPython does).
    execFileSync(zig!, [
      'build-exe', '-O', 'ReleaseSafe', '-lc', join(root, 'int_driver.zig'),
      '--cache-dir', join(work, 'zig-cache'), `-femit-bin=${driver}`,
    ], { stdio: ['ignore', 'inherit', 'inherit'] });
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('passes the Zig unit tests', () => {
    const imports = UNIT_FILES.map((f) => `    _ = @import("core/${f}.zig");\n`).join('');
    writeFileSync(join(root, 'int_unit_tests.zig'), `test {\n${imports}}\n`);
    const r = spawnSync(zig!, ['test', join(root, 'int_unit_tests.zig'), '--cache-dir', join(work, 'zig-cache')], {
      encoding: 'utf8',
    });
    expect(r.stderr + r.stdout).toMatch(/All \d+ tests passed/);
    expect(r.status).toBe(0);
  });

  it('matches CPython byte for byte on generated cases', () => {
    const generated = execFileSync('python3', [join(INT_TEST_DIR, 'oracle.py'), SEED, COUNT], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const cases = generated.trimEnd().split('\n').map((l) => JSON.parse(l) as Case);
    const run = spawnSync(driver, [], {
      input: cases.map((c) => `${c[1]}\n`).join(''),
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const answers = run.stdout.split('\n');

    const totals = new Map<string, { cases: number; mismatches: number }>();
    const shown: string[] = [];
    cases.forEach(([op, input, expected], i) => {
      const t = totals.get(op) ?? { cases: 0, mismatches: 0 };
      totals.set(op, t);
      t.cases += 1;
      if (answers[i] === expected) return;
      t.mismatches += 1;
      if (shown.length < SHOWN_MAX) {
        shown.push(`${clip(input)}: CPython ${clip(expected)}, runtime ${clip(answers[i])}`);
      }
    });
    const summary = [...totals].map(([k, t]) => `${k} ${t.mismatches}/${t.cases}`).join(', ');
    console.log(`int oracle (seed ${SEED}, ${cases.length} cases): mismatches ${summary}`);
    expect(totals.size).toBeGreaterThanOrEqual(37);
    expect(shown, `mismatches: ${summary}`).toEqual([]);
  });
});
