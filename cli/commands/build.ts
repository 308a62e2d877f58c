// `pyaot build app.py [-o out]`: write a standalone executable (taken from the cache, or built).
import type { Command } from 'commander';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getBinary } from '../run.js';
import { EXIT_COMPILE, reportError } from '../errors.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('compile a program to a standalone executable')
    .argument('<script>', 'the main Python file')
    .option('-o, --output <file>', 'where to write the executable (default: the script name without .py)')
    .option('--binary <file>', 'same as --output')
    .option('--force', 'rebuild even if the cache has this build')
    .option('--debug', 'development build: Zig -ODebug (compiles ~10x faster, runtime safety checks, slower program)')
    .action(async (script: string, opts: { output?: string; binary?: string; force?: boolean; debug?: boolean }) => {
      const abs = path.resolve(script);
      if (!fs.existsSync(abs)) {
        process.stderr.write(`pyaot: can't open file '${abs}': [Errno 2] No such file or directory\n`);
        process.exitCode = EXIT_COMPILE;
        return;
      }
      const name = path.basename(script).replace(/\.py$/, '');
      let out = path.resolve(opts.output ?? opts.binary ?? name);
      // `-o dir/` (or an existing directory) puts the executable inside it, as cp does.
      if ((opts.output ?? opts.binary ?? '').endsWith('/') || isDirectory(out)) out = path.join(out, name);
      let bin: string;
      try {
        bin = await getBinary(abs, script, opts.force ?? false, opts.debug ?? false);
      } catch (e) {
        process.exitCode = reportError(e);
        return;
      }
      const tmp = `${out}.tmp-${process.pid}`;
      try {
        // Copy next to the target, then rename: a reader never sees a half-written file.
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.copyFileSync(bin, tmp);
        fs.chmodSync(tmp, 0o755);
        fs.renameSync(tmp, out);
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        process.stderr.write(`pyaot: cannot write ${out}: ${(e as NodeJS.ErrnoException).message.replace(/^[A-Z]+: /, '')}\n`);
        process.exitCode = 1;
        return;
      }
      process.stderr.write(`pyaot: wrote ${path.relative(process.cwd(), out) || out}\n`);
    });
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
