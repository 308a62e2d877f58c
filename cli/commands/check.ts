// `pyaot check app.py`: compile only, reporting every construct pyaot cannot compile (and
// every syntax error and unresolvable import) with file:line:col. Exit 2 if there is any.
import type { Command } from 'commander';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXIT_COMPILE, reportError } from '../errors.js';
import { renderDiagnostic } from '../../compiler/diagnostics.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('report every construct pyaot cannot compile, without building')
    .argument('<script>', 'the main Python file')
    .action(async (script: string) => {
      const abs = path.resolve(script);
      if (!fs.existsSync(abs)) {
        process.stderr.write(`pyaot: can't open file '${abs}': [Errno 2] No such file or directory\n`);
        process.exitCode = EXIT_COMPILE;
        return;
      }
      try {
        const { compileProgram } = await import('../../compiler/index.js');
        const out = compileProgram(abs, { displayPath: script });
        // Imports that compile to CPython's run-time ImportError (the program may catch it).
        for (const w of out.graph.warnings) {
          const src = out.graph.modules.find((m) => m.displayPath === w.file)?.source;
          process.stderr.write(renderDiagnostic(w, src));
        }
        const n = out.graph.modules.length;
        const warned = out.graph.warnings.length;
        const note = warned > 0 ? `, ${warned} warning${warned === 1 ? '' : 's'}` : '';
        process.stdout.write(`${script}: ok (${n} module${n === 1 ? '' : 's'}, nothing unsupported${note})\n`);
      } catch (e) {
        process.exitCode = reportError(e);
      }
    });
}
