// Where pyaot keeps its state: PYAOT_HOME (default ~/.pyaot).
import * as os from 'node:os';
import * as path from 'node:path';

export function pyaotHome(): string {
  const h = process.env.PYAOT_HOME;
  return h && h.length > 0 ? path.resolve(h) : path.join(os.homedir(), '.pyaot');
}

/** Zig's own build cache (compiler_rt and friends are built once per machine, not per program). */
export function zigCacheDir(): string {
  const c = process.env.PYAOT_ZIG_CACHE;
  return c && c.length > 0 ? path.resolve(c) : path.join(pyaotHome(), 'zig-cache');
}
