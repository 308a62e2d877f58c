// Shared helpers for end-to-end tests: run the real CLI (`node bin/pyaot.js`) with a temporary
// PYAOT_HOME, a Zig toolchain found or provisioned once for the whole suite, and Zig's build
// cache shared between tests (so compiler_rt is built once); run CPython as the oracle.
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = path.join(repoRoot, 'bin', 'pyaot.js');
/** Build caches shared by all tests (Zig's cache; the toolchain when none is installed). */
export const sharedCacheDir = path.join(repoRoot, 'node_modules', '.cache', 'pyaot-tests');

/** ../shared next to the repository: the corpus and benchmarks, present in CI. */
export function sharedDir(): string | null {
  const p = path.resolve(repoRoot, '..', 'shared');
  return fs.existsSync(path.join(p, 'corpus')) ? p : null;
}

/**
 * For suites that read ../shared: returns its path, or null after printing a visible notice
 * (the suite then skips). With CI=true a missing ../shared is a failure.
 */
export function requireShared(suite: string): string | null {
  const d = sharedDir();
  if (d) return d;
  if (process.env.CI === 'true') throw new Error(`${suite}: ../shared is missing (required when CI=true)`);
  process.stderr.write(`\n[notice] ${suite}: ../shared not found next to the repository; skipping.\n`);
  return null;
}

let zigPath: string | null = null;

/** The pinned Zig for tests: PYAOT_ZIG, the user's toolchain, or one provisioned into the test cache. */
export function testZig(): string {
  if (zigPath) return zigPath;
  if (process.env.PYAOT_ZIG) return (zigPath = process.env.PYAOT_ZIG);
  const home = path.join(sharedCacheDir, 'home');
  fs.mkdirSync(home, { recursive: true });
  // `pyaot doctor --install` finds Zig (PATH, ~/.pyaot) or provisions it into PYAOT_HOME.
  const out = execFileSync(process.execPath, [cliPath, 'doctor', '--install', '--zig-path'], {
    env: { ...process.env, PYAOT_HOME: home },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return (zigPath = out.trim().split('\n').pop()!);
}

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** PYAOT_HOME; default: one temporary home per test process. */
  home?: string;
  timeoutMs?: number;
}

let defaultHome: string | null = null;

export function tempHome(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-home-'));
}

/** The test file's default home, made on first use (removed after the file: cleanup.ts). */
function ensureDefaultHome(): string {
  if (!defaultHome) defaultHome = tempHome();
  return defaultHome;
}

/** Removes the default home: its builds can take hundreds of MB, and left behind, every run of
 * the suite would leave them in the temporary directory. */
export function removeDefaultHome(): void {
  if (defaultHome) fs.rmSync(defaultHome, { recursive: true, force: true });
  defaultHome = null;
}

/** Runs `pyaot ...args`. */
export function runPyaot(args: string[], opts: RunOptions = {}): RunResult {
  if (!opts.home) ensureDefaultHome();
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: opts.cwd,
    input: opts.input,
    env: {
      ...process.env,
      PYAOT_HOME: opts.home ?? defaultHome!,
      PYAOT_ZIG: testZig(),
      PYAOT_ZIG_CACHE: path.join(sharedCacheDir, 'zig'),
      ...opts.env,
    },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: opts.timeoutMs ?? 300_000,
  });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', code: r.status ?? (r.signal ? 128 : -1) };
}

let pythonExe: string | null = null;

/** CPython's real executable (a version-manager shim on PATH costs half a second per start). */
export function python(): string {
  if (pythonExe) return pythonExe;
  pythonExe = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  return pythonExe;
}

export function runPython(args: string[], opts: RunOptions = {}): RunResult {
  const r = spawnSync(python(), args, { cwd: opts.cwd, input: opts.input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...opts.env } });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', code: r.status ?? -1 };
}

/** The last non-empty line of a text (the exception line of a traceback). */
export function lastLine(s: string): string {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? '';
}
