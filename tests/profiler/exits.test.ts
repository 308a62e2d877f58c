// Every way a profiled program ends writes its counters, exactly: the normal end, sys.exit, an
// uncaught exception, and Ctrl-C (SIGINT to the whole process group, as a terminal sends it),
// including iterations of the loops that were still running when it ended. Ctrl-C raises
// KeyboardInterrupt as in a plain build, so a program may also catch it and go on.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, sharedCacheDir, testZig } from '../helpers/pyaot.js';
import { counts, fn, Program, type JsonProfile } from './profiled.js';

const SOURCE = `import sys
import time


def work(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i
    return total


def wait_for_signal():
    print("ready", flush=True)
    while True:
        time.sleep(0.02)


mode = sys.argv[1]
for job in range(5):
    print(work(100))
    if job == 2:
        if mode == "exit":
            sys.exit(3)
        if mode == "raise":
            raise RuntimeError("boom")
        if mode == "signal":
            wait_for_signal()
        if mode == "catch":
            try:
                wait_for_signal()
            except KeyboardInterrupt:
                print("caught")
print("done")
`;

const prog = new Program('exits.py', SOURCE);

beforeAll(() => {
  // Builds the instrumented binary once; the runs below take it from the cache.
  const r = prog.profile(['end'], ['--profile-out', 'end.pb']);
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe('1683\n'.repeat(5) + 'done\n');
  expect(r.code).toBe(0);
});

/** The counters every run shares: `jobs` iterations of the outer loop, each calling work(100). */
function expectJobs(p: JsonProfile, jobs: number, finished: boolean): void {
  expect(p.runs).toBe(1);
  expect(fn(p, 'work').calls).toBe(jobs);
  expect(counts(prog, p, 'work', 'loop', 'for i in range(n):')).toEqual({ exits: jobs, iterations: 100 * jobs, entries: jobs });
  expect(counts(prog, p, 'work', 'if', 'if i % 3 == 0:')).toEqual({ 'not taken': 66 * jobs, taken: 34 * jobs });
  expect(counts(prog, p, '<module>', 'loop', 'for job in range(5):')).toEqual({ exits: finished ? 1 : 0, iterations: jobs, entries: 1 });
  expect(counts(prog, p, '<module>', 'if', 'if job == 2:')).toEqual({ 'not taken': jobs - (jobs > 2 ? 1 : 0), taken: jobs > 2 ? 1 : 0 });
}

describe('counters are written at every exit', () => {
  it('at the normal end', () => {
    expectJobs(prog.show('end.pb'), 5, true);
  });

  it('at sys.exit', () => {
    const r = prog.profile(['exit'], ['--profile-out', 'exit.pb']);
    expect(r.stdout).toBe('1683\n'.repeat(3));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(3);
    expectJobs(prog.show('exit.pb'), 3, false);
  });

  it('at an uncaught exception', () => {
    const r = prog.profile(['raise'], ['--profile-out', 'raise.pb']);
    expect(r.stdout).toBe('1683\n'.repeat(3));
    expect(r.stderr).toMatch(/RuntimeError: boom\n$/);
    expect(r.code).toBe(1);
    expectJobs(prog.show('raise.pb'), 3, false);
  });

  it('at Ctrl-C (SIGINT), with the iterations of the loops it interrupted', async () => {
    const r = await interrupted(['--profile-out', 'signal.pb', '--profile', prog.name, 'signal']);
    expect(r.stdout).toBe('1683\n'.repeat(3) + 'ready\n');
    expect(r.code).toBe(130);
    const p = prog.show('signal.pb');
    expectJobs(p, 3, false);
    expect(fn(p, 'wait_for_signal').calls).toBe(1);
    const waiting = counts(prog, p, 'wait_for_signal', 'loop', 'while True:');
    expect(waiting.entries).toBe(1);
    expect(waiting.exits).toBe(0);
    expect(waiting.iterations).toBeGreaterThanOrEqual(1);
  });

  it('at Ctrl-C caught as KeyboardInterrupt, as uninstrumented: the program goes on to its end', async () => {
    const r = await interrupted(['--profile-out', 'catch.pb', '--profile', prog.name, 'catch']);
    expect(r.stdout).toBe('1683\n'.repeat(3) + 'ready\ncaught\n' + '1683\n'.repeat(2) + 'done\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const p = prog.show('catch.pb');
    expectJobs(p, 5, true);
    const waiting = counts(prog, p, 'wait_for_signal', 'loop', 'while True:');
    expect(waiting.entries).toBe(1);
    expect(waiting.exits).toBe(0);
    expect(waiting.iterations).toBeGreaterThanOrEqual(1);
    expect(counts(prog, p, '<module>', 'handler', 'except KeyboardInterrupt:')).toEqual({ entered: 1 });
  });
});

/** Runs the CLI in its own process group and sends SIGINT to the group once "ready" is printed. */
function interrupted(args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: prog.dir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PYAOT_HOME: prog.home, PYAOT_ZIG: testZig(), PYAOT_ZIG_CACHE: path.join(sharedCacheDir, 'zig') },
    });
    let stdout = '';
    let stderr = '';
    let sent = false;
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      reject(new Error(`no "ready" within 60 s: ${stdout} ${stderr}`));
    }, 60_000);
    child.stdout.on('data', (d) => {
      stdout += d;
      if (!sent && stdout.includes('ready\n')) {
        sent = true;
        // A little later, so the waiting loop has run a few times.
        setTimeout(() => process.kill(-child.pid!, 'SIGINT'), 100);
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code });
    });
  });
}
