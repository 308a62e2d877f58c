// Turning a failed parse into CPython's SyntaxError: which error wins, where it points, and the
// offsets CPython reports (1-based code points of the error line).
//
// CPython's order (pegen.c, _PyPegen_set_syntax_error and
// _PyPegen_tokenize_full_source_to_check_for_errors): a tokenizer error reached while parsing is
// the error; a generic failure is "invalid syntax" at the farthest token the parser looked at,
// or "unexpected indent/unindent" when that token is an INDENT/DEDENT; and a tokenizer error
// later in the file that raises by itself (a bad number, an unterminated string, an unmatched
// bracket) replaces a parser error, as does an unclosed bracket opened before the error's line.

import type { LexResult } from '../lexer/lexer.js';
import { LexErrorKind, T, type LexError } from '../lexer/tokens.js';
import type { SyntaxErrorInfo } from './ast.js';
import { CURRENT_POS, LexErrorReached, ParseFailure, RaisedError, type Parser } from './state.js';

/** The text of line `lineno` (1-based) of `source`, without its newline. */
function lineText(source: string, lineStarts: number[], lineno: number): string | null {
  if (lineno < 1 || lineno > lineStarts.length) return null;
  const start = lineStarts[lineno - 1];
  let end = source.indexOf('\n', start);
  if (end < 0) end = source.length;
  return source.slice(start, end);
}

/** _PyPegen_byte_offset_to_character_offset: code points in the first `bytes` bytes of the line. */
export function byteToCharOffset(line: string, bytes: number): number {
  const encoded = Buffer.from(line + '\n', 'utf8');
  const n = Math.max(0, Math.min(bytes, encoded.length));
  // Decoding with replacement counts a cut multi-byte character as one.
  return [...encoded.subarray(0, n).toString('utf8')].length;
}

function fromLexError(err: LexError, lexed: LexResult, source: string, filename: string): SyntaxErrorInfo {
  if (err.kind === LexErrorKind.Eof) return eofError(lexed, source, filename, err);
  const text = lineText(source, lexed.lineStarts, err.lineno);
  return {
    type: err.errorType, msg: err.msg, filename, lineno: err.lineno, offset: err.offset,
    endLineno: err.endLineno, endOffset: err.endOffset, text,
  };
}

/** E_EOF: "'(' was never closed" at the innermost open bracket, or "unexpected EOF". */
function eofError(lexed: LexResult, source: string, filename: string, err: LexError): SyntaxErrorInfo {
  const b = lexed.bracket;
  if (b !== null) return unclosedBracket(lexed, source, filename);
  const text = lineText(source, lexed.lineStarts, err.lineno);
  const offset = text === null ? 0 : [...text].length + 1;
  return {
    type: 'SyntaxError', msg: 'unexpected EOF while parsing', filename, lineno: err.lineno, offset,
    endLineno: err.lineno, endOffset: offset, text,
  };
}

function unclosedBracket(lexed: LexResult, source: string, filename: string): SyntaxErrorInfo {
  const b = lexed.bracket!;
  const text = lineText(source, lexed.lineStarts, b.lineno);
  const offset = byteToCharOffset(text ?? '', b.col + 1);
  return {
    type: 'SyntaxError', msg: `'${b.char}' was never closed`, filename, lineno: b.lineno, offset,
    endLineno: b.lineno, endOffset: 0, text,
  };
}

function fromRaised(
  e: RaisedError, lexed: LexResult, source: string, filename: string, p: Parser | null = null,
): SyntaxErrorInfo {
  const text = e.text ?? lineText(source, lexed.lineStarts, e.lineno);
  const line = text ?? '';
  const offset = e.charOffset >= 0 ? e.charOffset : e.col < 0 ? 0 : byteToCharOffset(line, e.col + 1);
  let endLineno = e.endLineno;
  let endOffset: number;
  if (e.endCol === CURRENT_POS && p !== null) {
    // CURRENT_POS: where the tokenizer stands, the end of the last token read.
    const t = p.tokens[Math.max(p.farthest, p.fill)];
    endLineno = t.endLineno;
    endOffset = byteToCharOffset(lineText(source, lexed.lineStarts, endLineno) ?? '', t.endCol);
  } else {
    const endLine = e.endLineno === e.lineno ? line : lineText(source, lexed.lineStarts, e.endLineno) ?? '';
    endOffset = e.endCol < 0 ? -1 : e.endInBytes ? e.endCol + 1 : byteToCharOffset(endLine, e.endCol + 1);
  }
  return { type: e.errorType, msg: e.msg, filename, lineno: e.lineno, offset, endLineno, endOffset, text };
}

export function toSyntaxError(
  e: unknown, p: Parser | null, lexed: LexResult, source: string, filename: string,
): SyntaxErrorInfo {
  if (e instanceof LexErrorReached) return fromLexError(e.error, lexed, source, filename);
  let error: SyntaxErrorInfo;
  // CPython returns before its tokenizer check only for the bare indent/unindent case.
  let overridable = true;
  if (e instanceof RaisedError) {
    error = fromRaised(e, lexed, source, filename, p);
  } else if (e instanceof ParseFailure && p !== null) {
    const t = p.tokens[p.farthest];
    if (t.kind === T.INDENT || t.kind === T.DEDENT) {
      // These tokens have no column; CPython points where its tokenizer stands: past the
      // indentation (which print_error_text then shows without a caret).
      const msg = t.kind === T.INDENT ? 'unexpected indent' : 'unexpected unindent';
      error = fromRaised(new RaisedError(msg, t.lineno, -1, t.lineno, -1, 'IndentationError'), lexed, source, filename);
      const text = error.text ?? '';
      error.offset = text.length - text.trimStart().length;
      error.endOffset = -1;
      overridable = false;
    } else {
      error = fromRaised(new RaisedError('invalid syntax', t.lineno, t.col, t.endLineno, t.endCol), lexed, source, filename);
    }
  } else {
    throw e;
  }
  // A tokenizer error later in the file takes precedence over the parser's own.
  const lexError = lexed.error;
  if (lexError !== null && overridable) {
    if (lexError.kind === LexErrorKind.Raised) return fromLexError(lexError, lexed, source, filename);
    if (lexError.kind === LexErrorKind.Eof && lexed.bracket !== null) {
      const current = p === null ? 0 : p.tokens[Math.max(p.farthest, p.fill)].lineno;
      if (current > lexed.bracket.lineno) return unclosedBracket(lexed, source, filename);
    }
  }
  return error;
}
