// Runs the pinned Zig on a generated program: one compilation unit (program + runtime), so
// LLVM sees and inlines across the runtime. ReleaseFast, stripped (tracebacks carry their own
// Python line numbers), single-threaded.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execa } from 'execa';
import { fileURLToPath } from 'node:url';
import type { Toolchain } from './toolchain.js';
import { zigCacheDir } from './home.js';

export type BuildMode = 'ReleaseFast' | 'ReleaseSafe' | 'Debug';

export class ZigBuildError extends Error {
  constructor(message: string, readonly stderr: string) {
    super(message);
    this.name = 'ZigBuildError';
  }
}

/** The runtime's root source file (zig-runtime/rt.zig in the package). */
export function runtimeRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // dist/compiler/zig -> package root
  for (const up of ['../../..', '../..']) {
    const p = path.resolve(here, up, 'zig-runtime', 'rt.zig');
    if (fs.existsSync(p)) return p;
  }
  throw new Error('pyaot runtime sources (zig-runtime/rt.zig) not found');
}

export interface BuildRequest {
  zigSource: string;
  outFile: string;
  workDir: string;
  mode: BuildMode;
  linkLibc: boolean;
}

export async function buildExecutable(tc: Toolchain, req: BuildRequest): Promise<void> {
  fs.mkdirSync(req.workDir, { recursive: true });
  const main = path.join(req.workDir, 'main.zig');
  fs.writeFileSync(main, req.zigSource);
  const cache = zigCacheDir();
  const args = [
    'build-exe',
    `-O${req.mode}`,
    ...(req.mode === 'Debug' ? [] : ['-fstrip']),
    '-fsingle-threaded',
    ...(req.linkLibc ? ['-lc'] : []),
    // The C library: the math module must call the same libm CPython calls (bit-exact results;
    // Zig's own math functions differ in the last bit). Costs no measurable startup time.
    '-lc',
    '--dep', 'rt',
    `-Mroot=${main}`,
    `-Mrt=${runtimeRoot()}`,
    '--cache-dir', path.join(cache, 'local'),
    '--global-cache-dir', path.join(cache, 'global'),
    '--name', 'program',
    `-femit-bin=${req.outFile}`,
  ];
  const r = await execa(tc.zig, args, { cwd: req.workDir, reject: false, timeout: 600_000 });
  if (r.exitCode !== 0) {
    throw new ZigBuildError(`zig build-exe failed (exit ${r.exitCode})`, `${r.stderr}`);
  }
}
