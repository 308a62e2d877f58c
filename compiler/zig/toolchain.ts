// Finding (or provisioning) the pinned Zig, in the order DESIGN.md gives: PYAOT_ZIG, a `zig` on
// PATH of exactly the pinned version, the copy in PYAOT_HOME/toolchain/; otherwise download
// the official `ziglang` wheel from PyPI with pip and unpack it there.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { execa } from 'execa';
import { ZIG_VERSION } from './version.js';
import { pyaotHome } from './home.js';

export class ToolchainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolchainError';
  }
}

export interface Toolchain {
  zig: string;
  version: string;
  source: 'PYAOT_ZIG' | 'PATH' | 'PYAOT_HOME';
}

export function toolchainDir(): string {
  return path.join(pyaotHome(), 'toolchain', `zig-${ZIG_VERSION}`);
}

async function versionOf(zig: string): Promise<string | null> {
  try {
    const r = await execa(zig, ['version'], { timeout: 20_000 });
    return r.stdout.trim();
  } catch {
    return null;
  }
}

function onPath(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      /* not here */
    }
  }
  return null;
}

/** Finds the toolchain without installing anything; null when none is there. */
export async function findZig(): Promise<Toolchain | null> {
  const env = process.env.PYAOT_ZIG;
  if (env) {
    const v = await versionOf(env);
    if (v === null) throw new ToolchainError(`PYAOT_ZIG=${env} does not run as a Zig compiler`);
    if (v !== ZIG_VERSION) throw new ToolchainError(`PYAOT_ZIG=${env} is Zig ${v}; pyaot needs exactly ${ZIG_VERSION}`);
    return { zig: env, version: v, source: 'PYAOT_ZIG' };
  }
  const p = onPath('zig');
  if (p && (await versionOf(p)) === ZIG_VERSION) return { zig: p, version: ZIG_VERSION, source: 'PATH' };
  const home = path.join(toolchainDir(), 'zig');
  if (fs.existsSync(home) && (await versionOf(home)) === ZIG_VERSION) return { zig: home, version: ZIG_VERSION, source: 'PYAOT_HOME' };
  return null;
}

/** Finds the toolchain, provisioning it from PyPI when missing. */
export async function ensureZig(onProgress?: (msg: string) => void): Promise<Toolchain> {
  const found = await findZig();
  if (found) return found;
  await provision(onProgress);
  const again = await findZig();
  if (!again) throw new ToolchainError(`Zig ${ZIG_VERSION} was unpacked into ${toolchainDir()} but does not run`);
  return again;
}

async function provision(onProgress?: (msg: string) => void): Promise<void> {
  const dest = toolchainDir();
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const work = fs.mkdtempSync(path.join(path.dirname(dest), '.provision-'));
  try {
    onProgress?.(`Downloading Zig ${ZIG_VERSION} (the ziglang wheel from PyPI)`);
    const python = process.env.PYAOT_PYTHON ?? 'python3';
    try {
      await execa(python, ['-m', 'pip', 'download', `ziglang==${ZIG_VERSION}`, '--no-deps', '--only-binary=:all:', '-d', work, '--quiet'], { timeout: 600_000 });
    } catch (e) {
      throw new ToolchainError(`could not download Zig ${ZIG_VERSION} with pip: ${(e as Error).message.split('\n')[0]}\n` +
        `Install Zig ${ZIG_VERSION} yourself and set PYAOT_ZIG to its zig executable.`);
    }
    const wheel = fs.readdirSync(work).find((f) => f.endsWith('.whl'));
    if (!wheel) throw new ToolchainError('pip did not produce a ziglang wheel');
    onProgress?.(`Unpacking Zig ${ZIG_VERSION}`);
    const unpack = path.join(work, 'unpacked');
    // A wheel is a zip; Python's zipfile is always there when pip is.
    await execa(python, ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', path.join(work, wheel), unpack]);
    const zigDir = path.join(unpack, 'ziglang');
    fs.chmodSync(path.join(zigDir, 'zig'), 0o755);
    // Atomic install: rename into place; a concurrent provisioner that won the race is fine.
    try {
      fs.renameSync(zigDir, dest);
    } catch (e) {
      if (!fs.existsSync(path.join(dest, 'zig'))) throw e;
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function hostTarget(): string {
  return `${os.arch()}-${os.platform()}`;
}
