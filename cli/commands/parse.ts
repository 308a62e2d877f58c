// `pyaot parse FILE [--dump]`: parse one file with pyaot's parser. With --dump, print the tree
// exactly as `ast.dump(ast.parse(source), include_attributes=True)` does; on a syntax error,
// print it as CPython does and exit 2.

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { dumpAst } from '../../compiler/parser/dump.js';
import { parseModule } from '../../compiler/parser/index.js';
import { renderSyntaxError, SYNTAX_ERROR_EXIT_CODE } from '../../compiler/parser/syntax-error.js';

/** Where the command writes; tests pass their own sinks. */
export interface ParseIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const STDIO: ParseIO = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

export function registerParse(program: Command, io: ParseIO = STDIO): void {
  program
    .command('parse')
    .description('parse a Python file and report syntax errors; --dump prints its AST like ast.dump')
    .argument('<file>', 'the Python source file')
    .option('--dump', 'print the AST in ast.dump(..., include_attributes=True) form')
    .action((file: string, opts: { dump?: boolean }) => {
      let source: Uint8Array;
      try {
        source = readFileSync(file);
      } catch (e) {
        io.err(`pyaot: cannot read ${file}: ${(e as Error).message}\n`);
        process.exitCode = SYNTAX_ERROR_EXIT_CODE;
        return;
      }
      const result = parseModule(source, file);
      if (!result.ok) {
        io.err(renderSyntaxError(result.error));
        process.exitCode = SYNTAX_ERROR_EXIT_CODE;
        return;
      }
      if (opts.dump) io.out(dumpAst(result.module) + '\n');
    });
}
