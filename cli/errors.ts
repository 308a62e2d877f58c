// Turning failures into messages and exit codes: 2 for the user's program (syntax errors,
// unsupported constructs, missing modules), 3 for the toolchain or an internal fault.
import * as fs from 'node:fs';
import { CompileError, renderDiagnostic } from '../compiler/diagnostics.js';

export const EXIT_COMPILE = 2;
export const EXIT_INTERNAL = 3;

/** Prints the error and returns the exit code. */
export function reportError(e: unknown): number {
  if (e instanceof CompileError) {
    for (const d of e.diagnostics) {
      let source: string | undefined;
      try {
        source = fs.readFileSync(d.file, 'utf8');
      } catch {
        source = undefined;
      }
      process.stderr.write(renderDiagnostic(d, source));
    }
    const n = e.diagnostics.filter((d) => d.severity === 'error').length;
    process.stderr.write(`pyaot: ${n} error${n === 1 ? '' : 's'}; nothing was run\n`);
    return EXIT_COMPILE;
  }
  const err = e as Error & { syntaxError?: string; stderr?: string };
  if (err && err.name === 'PySyntaxError' && err.syntaxError) {
    process.stderr.write(err.syntaxError);
    return EXIT_COMPILE;
  }
  if (err && err.name === 'ToolchainError') {
    process.stderr.write(`pyaot: ${err.message}\n`);
    return EXIT_INTERNAL;
  }
  if (err && err.name === 'ZigBuildError') {
    process.stderr.write(`pyaot: internal error: the generated Zig did not compile. This is a pyaot bug; please report it with your program.\n${err.stderr ?? ''}\n`);
    return EXIT_INTERNAL;
  }
  process.stderr.write(`pyaot: internal error: ${err?.stack ?? String(e)}\n`);
  return EXIT_INTERNAL;
}
