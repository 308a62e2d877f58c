// Parses one source file into pyaot's AST; a syntax error becomes a PySyntaxError carrying
// CPython's rendering (`  File "x.py", line N` ... `SyntaxError: msg`).
import type * as A from './parser/ast.js';
import { parseModule } from './parser/index.js';
import { renderSyntaxError } from './parser/syntax-error.js';

export class PySyntaxError extends Error {
  constructor(readonly syntaxError: string, readonly info: A.SyntaxErrorInfo) {
    super(syntaxError.trimEnd().split('\n').pop());
    this.name = 'PySyntaxError';
  }
}

export function parseSource(bytes: Uint8Array, displayPath: string): A.Module {
  const r = parseModule(bytes, displayPath);
  if (!r.ok) throw new PySyntaxError(renderSyntaxError(r.error), r.error);
  return r.module;
}
