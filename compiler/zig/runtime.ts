// The prebuilt runtime object. The runtime (zig-runtime/, tens of thousands of lines) is
// compiled by LLVM once per machine and runtime version — like Zig's own compiler_rt — and every
// program links it, so a program's cold compile is only its own code. Programs reach the runtime
// through a C-ABI surface (zig-runtime/abi/).
//
// Built into Zig's cache directory (PYAOT_ZIG_CACHE, shared by tests), keyed by a digest of the
// runtime sources, the Zig version and the optimization mode. Concurrent builders coordinate
// with a lock directory; the object appears by rename, so a reader never sees a partial file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { execa } from 'execa';
import type { Toolchain } from './toolchain.js';
import { zigCacheDir } from './home.js';
import { ZIG_VERSION } from './version.js';

export type RuntimeMode = 'ReleaseFast' | 'ReleaseSafe' | 'Debug';

/** Program-side files (compiled into each program, not into the runtime object). */
const PROGRAM_SIDE = new Set(['client.zig', 'abi/stub.zig', 'abi/client_int.zig', 'abi/client_gc.zig', 'abi/client_ops.zig', 'abi/client_attr.zig', 'abi/client_dict.zig']);

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'testing' || e.name === 'test' || e.name.startsWith('.')) continue;
      out.push(...listFiles(p));
    } else if (e.name.endsWith('.zig')) out.push(p);
  }
  return out;
}

/** A digest of everything that changes the runtime object. */
export function runtimeDigest(runtimeDir: string, mode: RuntimeMode): string {
  const h = createHash('sha256');
  h.update(`zig ${ZIG_VERSION}\0mode ${mode}\0${process.platform}-${process.arch}\0`);
  for (const f of listFiles(runtimeDir)) {
    if (PROGRAM_SIDE.has(path.relative(runtimeDir, f).split(path.sep).join('/'))) continue;
    h.update(path.relative(runtimeDir, f));
    h.update('\0');
    h.update(fs.readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 24);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Returns the path of the runtime object for `mode`, building it if needed (`onBuild` is told,
 * so the CLI can say that this one-time step is happening).
 */
export async function ensureRuntimeObject(tc: Toolchain, runtimeDir: string, mode: RuntimeMode, onBuild?: (msg: string) => void): Promise<string> {
  const digest = runtimeDigest(runtimeDir, mode);
  const dir = path.join(zigCacheDir(), 'runtime', digest);
  const obj = path.join(dir, 'pyaot-rt.o');
  if (fs.existsSync(obj)) return obj;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lock = `${dir}.lock`;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      if (fs.existsSync(obj)) return obj;
      // Another process builds it; take over a lock left by a dead process.
      let pid = 0;
      try {
        pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        /* being written */
      }
      if (pid > 0 && !alive(pid)) fs.rmSync(lock, { recursive: true, force: true });
      else {
        onBuild?.('Waiting for another pyaot to finish building the runtime');
        await sleep(500);
      }
    }
  }
  try {
    if (fs.existsSync(obj)) return obj;
    onBuild?.('Building the pyaot runtime (once per machine and version; about a minute)');
    const tmp = fs.mkdtempSync(`${dir}.tmp-`);
    const out = path.join(tmp, 'pyaot-rt.o');
    const cache = zigCacheDir();
    const args = [
      'build-obj', `-O${mode}`, ...(mode === 'Debug' ? [] : ['-fstrip']), '-fsingle-threaded', '-lc',
      path.join(runtimeDir, 'runtime.zig'),
      '--cache-dir', path.join(cache, 'local'), '--global-cache-dir', path.join(cache, 'global'),
      '--name', 'pyaot-rt', `-femit-bin=${out}`,
    ];
    const r = await execa(tc.zig, args, { reject: false, timeout: 1_800_000 });
    if (r.exitCode !== 0) {
      fs.rmSync(tmp, { recursive: true, force: true });
      const err = new Error(`building the pyaot runtime failed (zig exit ${r.exitCode})`) as Error & { stderr: string };
      err.name = 'ZigBuildError';
      err.stderr = r.stderr;
      throw err;
    }
    fs.mkdirSync(dir, { recursive: true });
    fs.renameSync(out, obj);
    fs.rmSync(tmp, { recursive: true, force: true });
    return obj;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
