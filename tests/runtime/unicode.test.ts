// The runtime's unicode module (zig-runtime/unicode) against CPython 3.11: its Zig unit tests,
// every code point 0..0x10FFFF, seeded random strings, and the generated tables being current.
// The CPython side is zig-runtime/unicode/testing/oracle.py; it drives testing/driver.zig.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZIG_VERSION } from '../../compiler/zig/version.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const UNICODE_DIR = join(REPO, 'zig-runtime', 'unicode');
const CODE_POINTS = 0x110000;

function findZig(): string | undefined {
  const homes = [process.env.PYAOT_HOME, join(homedir(), '.pyaot')];
  const candidates = [process.env.PYAOT_ZIG, ...homes.map((h) => h && join(h, 'toolchain', `zig-${ZIG_VERSION}`, 'zig'))];
  return candidates.find((c): c is string => c !== undefined && existsSync(c));
}

function pythonVersion(): string | undefined {
  const r = spawnSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const zig = findZig();
const python = pythonVersion();
const missing = [
  ...(zig ? [] : [`Zig ${ZIG_VERSION} (set PYAOT_ZIG)`]),
  ...(python === '3.11' ? [] : [`python3 3.11 (found ${python ?? 'none'})`]),
];
if (missing.length > 0) {
  if (process.env.CI === 'true') throw new Error(`unicode tests need ${missing.join(' and ')}`);
  console.warn(`SKIPPED tests/runtime/unicode.test.ts: missing ${missing.join(' and ')}`);
}

/** Runs a command, failing with its stderr when it exits non-zero; returns stdout and stderr. */
function run(file: string, args: string[], cwd: string): { stdout: string; stderr: string } {
  const r = spawnSync(file, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} exited ${r.status}:\n${r.stderr}${r.stdout}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

interface OracleReport {
  python: string;
  checked: Record<string, number>;
  mismatches: Record<string, number>;
  total_mismatches: number;
  examples: string[];
  seconds: number;
}

function oracle(mode: 'codepoints' | 'strings', driver: string): OracleReport {
  const { stdout } = run('python3', [join(UNICODE_DIR, 'testing', 'oracle.py'), mode, driver], UNICODE_DIR);
  return JSON.parse(stdout) as OracleReport;
}

/** The checks that found mismatches, with the first few examples, so a failure shows what broke. */
function failures(report: OracleReport) {
  const failing = Object.fromEntries(Object.entries(report.mismatches).filter(([, n]) => n !== 0));
  return { failing, examples: report.examples };
}

describe.skipIf(missing.length > 0)('unicode module vs CPython 3.11', () => {
  let work: string;
  let driver: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'pyaot-unicode-test-'));
    driver = join(work, 'driver');
    // ReleaseSafe: the assertions in the module stay on while the 1.1M-code-point run stays fast.
    run(
      zig!,
      [
        'build-exe',
        '-OReleaseSafe',
        '--dep',
        'unicode',
        `-Mroot=${join(UNICODE_DIR, 'testing', 'driver.zig')}`,
        `-Municode=${join(UNICODE_DIR, 'unicode.zig')}`,
        `-femit-bin=${driver}`,
      ],
      work,
    );
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('passes its Zig unit tests', () => {
    const { stderr } = run(zig!, ['test', 'unicode.zig'], UNICODE_DIR);
    expect(stderr).toMatch(/All \d+ tests passed/);
  });

  it('matches CPython on every code point', () => {
    const report = oracle('codepoints', driver);
    expect(report.checked.code_points).toBe(CODE_POINTS);
    expect(Object.keys(report.mismatches).length).toBeGreaterThan(50);
    expect(failures(report)).toEqual({ failing: {}, examples: [] });
    expect(report.total_mismatches).toBe(0);
  });

  it('matches CPython on random strings: final sigma, title words, mixed scripts, surrogates, numbers', () => {
    const report = oracle('strings', driver);
    expect(report.checked.strings).toBeGreaterThan(30_000);
    // The int()/float() pre-pass is checked on strings CPython actually parses.
    expect(report.checked.int_parsed).toBeGreaterThan(1000);
    expect(failures(report)).toEqual({ failing: {}, examples: [] });
    expect(report.total_mismatches).toBe(0);
  });

  it('has tables.zig exactly as gen_tables.py generates it', () => {
    const { stdout } = run('python3', [join(UNICODE_DIR, 'gen_tables.py'), '--check'], UNICODE_DIR);
    expect(stdout).toContain('is up to date');
  });
});
