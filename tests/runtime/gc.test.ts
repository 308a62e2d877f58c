// The runtime's garbage collector (zig-runtime/gc): its Zig unit tests in Debug and in
// ReleaseFast (where LLVM keeps pointers in registers and derived forms, the case conservative
// stack scanning must survive), and a small run of its allocation benchmark, whose
// binary-trees check must agree between the collector and malloc.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ZIG_VERSION } from '../../compiler/zig/version.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const GC_DIR = join(REPO, 'zig-runtime', 'gc');
// Building and running a ReleaseFast test binary on a shared 2-core machine.
const BUILD_TIMEOUT_MS = 600_000;

function findZig(): string | undefined {
  const homes = [process.env.PYAOT_HOME, join(homedir(), '.pyaot')];
  const candidates = [process.env.PYAOT_ZIG, ...homes.map((h) => h && join(h, 'toolchain', `zig-${ZIG_VERSION}`, 'zig'))];
  return candidates.find((c): c is string => c !== undefined && existsSync(c));
}

const zig = findZig();
if (!zig) {
  if (process.env.CI === 'true') throw new Error(`gc tests need Zig ${ZIG_VERSION} (set PYAOT_ZIG)`);
  console.warn(`SKIPPED tests/runtime/gc.test.ts: missing Zig ${ZIG_VERSION} (set PYAOT_ZIG)`);
}

/** Runs a command, failing with its output when it exits non-zero; returns stdout and stderr. */
function run(file: string, args: string[]): { stdout: string; stderr: string } {
  const r = spawnSync(file, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} exited ${r.status}:\n${r.stderr}${r.stdout}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

/** `zig test` reports "All N tests passed." on stderr; returns N. */
function zigTest(optimize: 'Debug' | 'ReleaseFast'): number {
  const { stderr } = run(zig!, ['test', `-O${optimize}`, join(GC_DIR, 'gc.zig')]);
  const match = /All (\d+) tests passed\./.exec(stderr);
  if (!match) throw new Error(`no pass line in zig test output:\n${stderr}`);
  return Number(match[1]);
}

describe.skipIf(!zig)('gc: conservative mark-sweep collector', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pyaot-gc-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('passes its Zig unit tests in Debug', { timeout: BUILD_TIMEOUT_MS }, () => {
    expect(zigTest('Debug')).toBeGreaterThanOrEqual(19);
  });

  it('passes its Zig unit tests in ReleaseFast', { timeout: BUILD_TIMEOUT_MS }, () => {
    expect(zigTest('ReleaseFast')).toBeGreaterThanOrEqual(19);
  });

  it('runs the allocation benchmark with the same results as malloc', { timeout: BUILD_TIMEOUT_MS }, () => {
    const bench = join(scratch, 'gc-bench');
    run(zig!, ['build-exe', '-OReleaseFast', '-lc', join(GC_DIR, 'bench.zig'), `-femit-bin=${bench}`]);

    const trees = run(bench, ['trees', '12']).stderr;
    const checks = [...trees.matchAll(/^trees (\w+):.*check (\d+)/gm)].map((m) => [m[1], m[2]]);
    // The sum of every check line of `python3 shared/bench/binary_trees.py 12`.
    expect(checks).toEqual([
      ['gc', '674478'],
      ['malloc', '674478'],
      ['smp', '674478'],
    ]);

    const temporaries = run(bench, ['temporaries', 'gc']).stderr;
    const peak = /peak RSS (\d+) MiB/.exec(temporaries);
    expect(peak).not.toBeNull();
    // 10M mixed temporaries (about 3 GB in all) run in a heap of a few collection budgets.
    expect(Number(peak![1])).toBeLessThan(64);
  });
});
