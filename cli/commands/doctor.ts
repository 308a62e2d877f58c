// `pyaot doctor`: what pyaot will use — the Zig toolchain (and where it was found), PYAOT_HOME,
// Node.js, Python (needed only to provision Zig). `--install` provisions Zig when missing.
import type { Command } from 'commander';
import { execFileSync } from 'node:child_process';
import { PYAOT_VERSION } from '../version.js';
import { ZIG_VERSION } from '../../compiler/zig/version.js';
import { findZig, ensureZig, toolchainDir } from '../../compiler/zig/toolchain.js';
import { pyaotHome } from '../../compiler/zig/home.js';
import { Progress } from '../progress.js';
import { EXIT_INTERNAL } from '../errors.js';

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('report the toolchain and environment pyaot uses')
    .option('--install', `download Zig ${ZIG_VERSION} into PYAOT_HOME if it is not installed`)
    .option('--zig-path', 'print only the path of the Zig compiler')
    .action(async (opts: { install?: boolean; zigPath?: boolean }) => {
      let tc;
      try {
        if (opts.install) {
          const progress = new Progress();
          progress.start('Looking for Zig');
          try {
            tc = await ensureZig((m) => progress.update(m));
          } finally {
            progress.stop();
          }
        } else {
          tc = await findZig();
        }
      } catch (e) {
        process.stderr.write(`pyaot: ${(e as Error).message}\n`);
        process.exitCode = EXIT_INTERNAL;
        return;
      }
      if (opts.zigPath) {
        if (!tc) {
          process.stderr.write(`pyaot: Zig ${ZIG_VERSION} not found (run \`pyaot doctor --install\`)\n`);
          process.exitCode = EXIT_INTERNAL;
          return;
        }
        process.stdout.write(`${tc.zig}\n`);
        return;
      }
      const line = (k: string, v: string) => process.stdout.write(`${k.padEnd(12)} ${v}\n`);
      line('pyaot', PYAOT_VERSION);
      line('node', process.version);
      line('PYAOT_HOME', pyaotHome());
      if (tc) line('zig', `${tc.version} at ${tc.zig} (from ${tc.source})`);
      else line('zig', `not installed; pinned ${ZIG_VERSION} goes to ${toolchainDir()} on first build (or run \`pyaot doctor --install\`)`);
      let py = 'not found (only needed to download Zig)';
      try {
        py = execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim();
      } catch {
        /* absent */
      }
      line('python3', py);
      if (!tc) process.exitCode = opts.install ? EXIT_INTERNAL : 0;
    });
}
