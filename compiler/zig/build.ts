// Runs the pinned Zig on a generated program, linked against the prebuilt runtime object
// (runtime.ts). ReleaseFast, stripped (tracebacks carry their own Python line numbers),
// single-threaded. `pyaot --debug` builds the program's own code in Debug instead: about ten
// times faster to compile, with Zig's safety checks on and debug info kept (a safety panic is a
// pyaot bug, and its stack trace names the Zig function). The runtime object stays ReleaseFast
// in both modes: it is built once per machine, and its speed matters in tests too.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execa } from 'execa';
import { fileURLToPath } from 'node:url';
import type { Toolchain } from './toolchain.js';
import { ensureRuntimeObject } from './runtime.js';
import { zigCacheDir } from './home.js';

export type BuildMode = 'ReleaseFast' | 'ReleaseSafe' | 'Debug';

export class ZigBuildError extends Error {
  constructor(message: string, readonly stderr: string) {
    super(message);
    this.name = 'ZigBuildError';
  }
}

/** The runtime's source directory (zig-runtime/ in the package). */
export function runtimeDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // dist/compiler/zig -> package root
  for (const up of ['../../..', '../..']) {
    const p = path.resolve(here, up, 'zig-runtime');
    if (fs.existsSync(path.join(p, 'client.zig'))) return p;
  }
  throw new Error('pyaot runtime sources (zig-runtime/) not found');
}

export interface BuildRequest {
  zigSource: string;
  outFile: string;
  workDir: string;
  mode: BuildMode;
  linkLibc: boolean;
}

export async function buildExecutable(tc: Toolchain, req: BuildRequest, onProgress?: (msg: string) => void): Promise<void> {
  fs.mkdirSync(req.workDir, { recursive: true });
  const rtDir = runtimeDir();
  const rtObject = await ensureRuntimeObject(tc, rtDir, 'ReleaseFast', onProgress);
  const main = path.join(req.workDir, 'main.zig');
  fs.writeFileSync(main, req.zigSource);
  const cache = zigCacheDir();
  const args = [
    'build-exe',
    `-O${req.mode}`,
    ...(req.mode === 'Debug' ? [] : ['-fstrip']),
    '-fsingle-threaded',
    // The C library: the math module must call the same libm CPython calls (bit-exact results;
    // Zig's own math functions differ in the last bit). Costs no measurable startup time.
    '-lc',
    '--dep', 'rt',
    `-Mroot=${main}`,
    `-Mrt=${path.join(rtDir, 'client.zig')}`,
    rtObject,
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
