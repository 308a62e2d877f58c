// Running pyaot the way a user does, isolated from the user's state and from concurrent edits:
// a snapshot of the built package, a private PYAOT_HOME, and the user's provisioned Zig
// (read-only, so nothing is downloaded).
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ZIG_VERSION } from '../../compiler/zig/version.js';

/** The user's PYAOT_HOME (default ~/.pyaot): where their Zig and Zig cache live. */
export function userPyaotHome(): string {
  return process.env.PYAOT_HOME || join(homedir(), '.pyaot');
}

/** Zig's cache that pyaot itself would use: PYAOT_ZIG_CACHE, else PYAOT_HOME/zig-cache. */
export function userZigCache(): string {
  return process.env.PYAOT_ZIG_CACHE || join(userPyaotHome(), 'zig-cache');
}

/** PYAOT_ZIG, or the copy provisioned in the user's PYAOT_HOME; undefined if neither is set up. */
export function provisionedZig(): string | undefined {
  if (process.env.PYAOT_ZIG) return process.env.PYAOT_ZIG;
  const zig = join(userPyaotHome(), 'toolchain', `zig-${ZIG_VERSION}`, 'zig');
  return existsSync(zig) ? zig : undefined;
}

/** Environment for runs: a private PYAOT_HOME, and the user's Zig if one is provisioned. */
export function benchEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PYAOT_HOME: home };
  delete env.PYAOT_CACHE_MAX_SIZE;
  const zig = provisionedZig();
  if (zig !== undefined) env.PYAOT_ZIG = zig;
  return env;
}

/**
 * A copy of the built package (bin, dist, the runtime, pylib, the profile schema) to run pyaot
 * from. In a busy checkout zig-runtime/ changes under our feet, and every change is rightly a
 * cache miss and a new runtime object; the copy keeps one version for the whole measurement.
 * Returns the copy's bin/pyaot.js.
 */
export function snapshotPackage(repo: string, work: string): string {
  const pkg = join(work, 'pyaot');
  for (const part of ['bin', 'dist', 'zig-runtime', 'pylib', 'profiler', 'package.json']) {
    if (existsSync(join(repo, part))) cpSync(join(repo, part), join(pkg, part), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(pkg, 'node_modules'));
  return join(pkg, 'bin', 'pyaot.js');
}
