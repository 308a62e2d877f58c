// Ctrl-C raises KeyboardInterrupt as in CPython (zig-runtime/core/interrupt.zig): caught in a
// loop that makes calls, in time.sleep() and in input(); uncaught, a traceback ending in
// `KeyboardInterrupt` and death by SIGINT (the CLI reports 130). interrupt/main.py runs under
// python3 and under `pyaot`, each in its own process group, with SIGINT sent to the group when
// a phase starts; stdout must be the same, and both must end the same way.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, python, repoRoot, runPyaot, sharedCacheDir, tempHome, testZig } from '../helpers/pyaot.js';

const script = path.join(repoRoot, 'tests', 'runtime', 'interrupt', 'main.py');
const PHASES = ['loop', 'sleep', 'input', 'uncaught'];

interface Ended { stdout: string; stderr: string; code: number | null; signal: string | null }

/** Runs `cmd` in its own process group, sending SIGINT to the group after each phase line. */
function interrupted(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { detached: true, stdio: ['pipe', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    let sent = 0;
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      reject(new Error(`timed out: ${stdout} ${stderr}`));
    }, 120_000);
    child.stdout.on('data', (d) => {
      stdout += d;
      const lines = stdout.split('\n');
      while (sent < PHASES.length && lines.includes(PHASES[sent])) {
        sent++;
        // A little later, so the phase is under way (the loop looping, the sleep sleeping).
        setTimeout(() => process.kill(-child.pid!, 'SIGINT'), 200);
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code, signal });
    });
  });
}

describe('Ctrl-C raises KeyboardInterrupt', () => {
  it('main.py ends as under python3', { timeout: 600_000 }, async () => {
    const home = tempHome();
    const env = { ...process.env, PYAOT_HOME: home, PYAOT_ZIG: testZig(), PYAOT_ZIG_CACHE: path.join(sharedCacheDir, 'zig') };
    // Build first, so the program (not the compiler) is running when the signals come.
    const built = runPyaot(['build', script, '-o', path.join(home, 'prog')], { home, timeoutMs: 600_000 });
    expect(built.code, built.stderr).toBe(0);
    const want = await interrupted(python(), [script], process.env);
    const got = await interrupted(process.execPath, [cliPath, script], env);
    expect(want.signal).toBe('SIGINT');
    expect(got.stdout).toBe(want.stdout);
    expect(got.stdout).toContain('caught in input()');
    expect(got.code).toBe(130);
    expect(got.stderr).toMatch(/^Traceback \(most recent call last\):\n/);
    expect(got.stderr.endsWith('\nKeyboardInterrupt\n')).toBe(true);
    expect(want.stderr.endsWith('\nKeyboardInterrupt\n')).toBe(true);
  });
});
