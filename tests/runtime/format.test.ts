// The Zig runtime's number and string formatting (zig-runtime/format) against CPython 3.11.
//
// zig-runtime/format/test/oracle.py generates cases (random doubles of every kind, format specs,
// round(), float(str), printf-style conversions, float.hex) with CPython's answers;
// zig-runtime/format/test/driver.zig, built once here, answers the same cases through the
// runtime's code. Every answer must match byte for byte. PYAOT_FORMAT_SEED and
// PYAOT_FORMAT_COUNT (cases per category) widen a run; the defaults keep it to a few seconds.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZIG_VERSION } from '../../compiler/zig/version.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FORMAT_DIR = join(REPO, 'zig-runtime', 'format');
const SEED = process.env.PYAOT_FORMAT_SEED ?? '20251126';
const COUNT = process.env.PYAOT_FORMAT_COUNT ?? '5000';
/** Mismatches shown in a failure message. */
const SHOWN_MAX = 12;

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
  if (process.env.CI === 'true') throw new Error(`format tests need ${missing.join(' and ')}`);
  console.warn(`SKIPPED tests/runtime/format.test.ts: ${missing.join(' and ')} not found`);
}

/** [category, driver input line, expected output line] */
type Case = [string, string, string];

/** Decodes a driver/oracle result line for a readable failure message. */
function show(line: string | undefined): string {
  if (line === undefined) return '(no output)';
  const raised = line.startsWith('!');
  const text = Buffer.from(raised ? line.slice(1) : line, 'hex').toString('utf8');
  const clipped = text.length > 200 ? `${text.slice(0, 200)}…(${text.length} chars)` : text;
  return raised ? `raises ${clipped}` : JSON.stringify(clipped);
}

describe.skipIf(missing.length > 0)('zig-runtime/format against CPython', () => {
  let work = '';
  let driver = '';

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'pyaot-format-test-'));
    driver = join(work, 'format-driver');
    execFileSync(zig!, [
      'build-exe', '-O', 'ReleaseSafe',
      '--dep', 'format', `-Mmain=${join(FORMAT_DIR, 'test', 'driver.zig')}`, `-Mformat=${join(FORMAT_DIR, 'root.zig')}`,
      '--cache-dir', join(work, 'zig-cache'), `-femit-bin=${driver}`,
    ], { stdio: ['ignore', 'inherit', 'inherit'] });
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('passes the Zig unit tests', () => {
    const r = spawnSync(zig!, ['test', join(FORMAT_DIR, 'root.zig'), '--cache-dir', join(work, 'zig-cache')], {
      encoding: 'utf8',
    });
    expect(r.stderr + r.stdout).toMatch(/All \d+ tests passed/);
    expect(r.status).toBe(0);
  });

  it('matches CPython byte for byte on generated cases', () => {
    const generated = execFileSync('python3', [join(FORMAT_DIR, 'test', 'oracle.py'), SEED, COUNT], {
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
    cases.forEach(([category, input, expected], i) => {
      const t = totals.get(category) ?? { cases: 0, mismatches: 0 };
      totals.set(category, t);
      t.cases += 1;
      if (answers[i] === expected) return;
      t.mismatches += 1;
      if (shown.length < SHOWN_MAX) {
        shown.push(`${category} ${JSON.stringify(input)}: CPython ${show(expected)}, runtime ${show(answers[i])}`);
      }
    });
    const summary = [...totals].map(([k, t]) => `${k} ${t.mismatches}/${t.cases}`).join(', ');
    console.log(`format oracle (seed ${SEED}, ${cases.length} cases): mismatches ${summary}`);
    expect(totals.size).toBeGreaterThanOrEqual(9);
    expect(shown, `mismatches: ${summary}`).toEqual([]);
  });
});
