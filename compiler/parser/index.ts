// The parser's entry point: source bytes (or text) in, CPython 3.11's AST or a SyntaxError out.

import { decodeSource } from '../lexer/source.js';
import { tokenize } from '../lexer/lexer.js';
import type { ParseResult, SyntaxErrorInfo } from './ast.js';
import { toSyntaxError } from './errors.js';
import { assignNodeIds, TreeTooDeep } from './ids.js';
import { Parser } from './state.js';
import { parseFile } from './statements.js';

export type { ParseResult, SyntaxErrorInfo } from './ast.js';

/**
 * Parses a module as `ast.parse(source)` does. Never throws for bad input: a program CPython
 * rejects yields { ok: false } with CPython's error type, message and location.
 */
export function parseModule(source: Uint8Array | string, filename: string): ParseResult {
  const decoded = decodeSource(source);
  if (!decoded.ok) {
    return {
      ok: false,
      error: {
        type: decoded.errorType, msg: decoded.msg, filename, lineno: decoded.lineno,
        offset: decoded.lineno === 0 ? -1 : 0, endLineno: decoded.lineno, endOffset: -1, text: null,
      },
    };
  }
  const text = decoded.text;
  const lexed = tokenize(text);
  let p: Parser | null = null;
  try {
    p = new Parser(lexed.tokens, lexed.error);
    const body = parseFile(p);
    const module = { nodeType: 'Module' as const, nodeId: 0, body, type_ignores: [] };
    assignNodeIds(module);
    return { ok: true, module };
  } catch (e) {
    if (e instanceof TreeTooDeep) {
      return { ok: false, error: resourceError('RecursionError', 'maximum recursion depth exceeded during ast construction', filename) };
    }
    if (e instanceof RangeError) {
      // The JavaScript stack ran out on a pathologically nested program; CPython's parser
      // gives up on such input too, with a MemoryError from its own stack guard.
      return { ok: false, error: resourceError('MemoryError', 'too deeply nested to parse', filename) };
    }
    return { ok: false, error: toSyntaxError(e, p, lexed, text, filename) };
  }
}

function resourceError(type: 'RecursionError' | 'MemoryError', msg: string, filename: string): SyntaxErrorInfo {
  return { type, msg, filename, lineno: 0, offset: -1, endLineno: 0, endOffset: -1, text: null };
}
