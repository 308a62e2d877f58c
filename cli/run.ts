// `pyaot SCRIPT.py [args…]`: take the binary from the cache (or build it) and run it with the
// program's own stdin, stdout, stderr, argv and exit status. sys.argv[0] is the script path as
// typed. The compiler is imported only on a cache miss.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import type { RunArgs } from './run-args.js';

export const BUILD_FLAGS = ['mode=ReleaseFast'];

export async function runScript(r: RunArgs): Promise<number> {
  if (r.profile || r.profileOut !== undefined) return (await import('../profiler/run.js')).runProfiled(r);
  const abs = path.resolve(r.script);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) {
    process.stderr.write(`pyaot: can't open file '${abs}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  let binary: string;
  try {
    binary = await getBinary(abs, r.script, r.force);
  } catch (e) {
    // Only failures pay for loading the error renderer.
    const { reportError } = await import('./errors.js');
    return reportError(e);
  }
  return runBinary(binary, r.script, r.programArgs);
}

export async function getBinary(abs: string, display: string, force: boolean): Promise<string> {
  const { getOrBuild } = await import('../cache/index.js');
  const res = await getOrBuild(
    { mainPath: abs, kind: 'plain', flags: BUILD_FLAGS },
    async (tmpDir) => {
      const { buildProgram } = await import('./build-program.js');
      return buildProgram({ mainPath: abs, displayPath: display, mode: 'ReleaseFast' }, tmpDir);
    },
    { force },
  );
  return res.binary;
}

/** Runs the program; resolves to its exit status (128+n when killed by signal n, like a shell). */
export function runBinary(binary: string, argv0: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { stdio: 'inherit', argv0 });
    // Ctrl-C goes to the whole foreground group: let the program handle it, not us.
    const ignore = () => {};
    process.on('SIGINT', ignore);
    process.on('SIGTERM', () => child.kill('SIGTERM'));
    child.on('error', (e) => {
      process.stderr.write(`pyaot: could not run the built program: ${e.message}\n`);
      resolve(3);
    });
    child.on('exit', async (code, signal) => {
      process.off('SIGINT', ignore);
      if (signal) {
        const { constants } = await import('node:os');
        const n = (constants.signals as Record<string, number>)[signal] ?? 0;
        resolve(128 + n);
      } else resolve(code ?? 0);
    });
  });
}

