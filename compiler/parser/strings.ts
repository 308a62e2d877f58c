// String literals: implicit concatenation, escapes, bytes, and f-strings, ported from CPython
// 3.11's Parser/string_parser.c and _PyPegen_concatenate_strings so that values and positions
// match exactly — including 3.11's quirks: every Constant and FormattedValue inside a JoinedStr
// spans the whole concatenation; a format_spec JoinedStr spans its own token; an expression in a
// replacement field is parsed from the text "(expr)" and shifted to the field's position.

import { decodeSource } from '../lexer/source.js';
import { tokenize } from '../lexer/lexer.js';
import type { Token } from '../lexer/tokens.js';
import type { Constant, Expr, FormattedValue, JoinedStr, StrValue } from './ast.js';
import {
  EscapeError, decodeBytesEscapes, decodeUnicodeEscapes, isHighSurrogate, isLowSurrogate,
} from './escapes.js';
import { encodeSurrogateEscape, escapedByteAt, utf8ErrorMessage } from '../lexer/utf8.js';
import { parseStarExpressions } from './expressions.js';
import * as mk from './nodes.js';
import { LexErrorReached, ParseFailure, Parser, RaisedError } from './state.js';

/** f-string nesting CPython allows: a replacement field inside a format spec, no deeper. */
const MAX_FSTRING_RECURSION = 2;
const MAXLEVEL = 200;

interface Prefix {
  bytes: boolean;
  raw: boolean;
  fmode: boolean;
  /** Index of the body's first char in the token text, and one past its last. */
  bodyStart: number;
  bodyEnd: number;
}

function readPrefix(text: string): Prefix {
  let i = 0;
  let bytes = false;
  let raw = false;
  let fmode = false;
  for (;;) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 0x62) bytes = true;
    else if (c === 0x72) raw = true;
    else if (c === 0x66) fmode = true;
    else if (c !== 0x75) break;
    i++;
  }
  const quote = text.charCodeAt(i);
  const triple = text.length - i >= 6 && text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
  const q = triple ? 3 : 1;
  return { bytes, raw, fmode, bodyStart: i + q, bodyEnd: text.length - q };
}

function decodeError(p: Parser, e: unknown, kind: 'unicode error' | 'value error'): never {
  if (e instanceof EscapeError) p.raiseHere(`(${kind}) ${e.message}`);
  throw e;
}

/** Accumulates the pieces of a (possibly f-) string concatenation (CPython's FstringParser). */
class FstringState {
  lastStr: string | null = null;
  /** Split surrogate pairs of lastStr (see StrValue). */
  splits: number[] = [];
  fmode = false;
  readonly values: (Constant | FormattedValue)[] = [];

  concat(s: string, splits?: number[]): void {
    if (s.length === 0) return;
    if (this.lastStr === null) {
      this.lastStr = s;
      if (splits) this.splits.push(...splits);
      return;
    }
    const offset = this.lastStr.length;
    // A lone high surrogate meeting a lone low one: still two code points.
    if (isHighSurrogate(this.lastStr.charCodeAt(offset - 1)) && isLowSurrogate(s.charCodeAt(0))) {
      this.splits.push(offset - 1);
    }
    if (splits) for (const i of splits) this.splits.push(i + offset);
    this.lastStr += s;
  }

  /** Turns the pending literal into a Constant spanning first..last. */
  flushStr(first: Token, last: Token): void {
    if (this.lastStr === null) return;
    this.values.push(strNode(this.lastStr, this.splits, first, last));
    this.lastStr = null;
    this.splits = [];
  }

  finish(first: Token, last: Token): Constant | JoinedStr {
    if (!this.fmode) return strNode(this.lastStr ?? '', this.splits, first, last);
    this.flushStr(first, last);
    return mk.JoinedStr(this.values, first.lineno, first.col, last.endLineno, last.endCol);
  }
}

/** A str Constant; kind is 'u' only when the first token starts with a lowercase u. */
function strNode(s: string, splits: number[], first: Token, last: Token): Constant {
  const kind = first.text.charCodeAt(0) === 0x75 ? 'u' : null;
  const value: StrValue = splits.length > 0 ? { t: 'str', v: s, splitPairs: splits } : { t: 'str', v: s };
  return mk.Constant(value, kind, first.lineno, first.col, last.endLineno, last.endCol);
}

/**
 * A str literal piece that holds undecodable source bytes fails as CPython's decoder does: a raw
 * piece is decoded whole, an escaped one run by run of non-ASCII bytes.
 */
function checkSourceBytes(p: Parser, piece: string, raw: boolean): void {
  let bad = -1;
  for (let i = 0; i < piece.length; i++) {
    if (escapedByteAt(piece, i)) {
      bad = i;
      break;
    }
  }
  if (bad < 0) return;
  let from = 0;
  let to = piece.length;
  if (!raw) {
    from = bad;
    while (from > 0 && piece.charCodeAt(from - 1) >= 0x80) from--;
    to = bad;
    while (to < piece.length && piece.charCodeAt(to) >= 0x80) to++;
  }
  p.raiseHere(`(unicode error) ${utf8ErrorMessage(encodeSurrogateEscape(piece.slice(from, to)))}`);
}

/** strings: STRING+ — concatenates adjacent literals into one Constant or JoinedStr. */
export function concatenateStrings(p: Parser, toks: Token[]): Expr {
  const first = toks[0];
  const last = toks[toks.length - 1];
  let bytesmode = false;
  const byteParts: Uint8Array[] = [];
  const state = new FstringState();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const pre = readPrefix(t.text);
    const body = t.text.slice(pre.bodyStart, pre.bodyEnd);
    let value: string | Uint8Array | null = null;
    const splits: number[] = [];
    if (!pre.fmode) {
      const raw = pre.raw || !body.includes('\\');
      if (pre.bytes) {
        if (/[^\x00-\x7f]/.test(body)) {
          const msg = 'bytes can only contain ASCII literal characters';
          throw new RaisedError(msg, t.lineno, t.col, t.endLineno, t.endCol, 'SyntaxError', false, null, -1, true);
        }
        try {
          value = raw ? latin1Bytes(body) : decodeBytesEscapes(body);
        } catch (e) {
          decodeError(p, e, 'value error');
        }
      } else {
        checkSourceBytes(p, body, raw);
        try {
          value = raw ? body : decodeUnicodeEscapes(body, splits);
        } catch (e) {
          decodeError(p, e, 'unicode error');
        }
      }
    }
    if (i !== 0 && bytesmode !== pre.bytes) p.raiseHere('cannot mix bytes and nonbytes literals');
    bytesmode = pre.bytes;
    if (pre.fmode) {
      const cursor = { i: pre.bodyStart };
      concatFstring(p, state, t.text, cursor, pre.bodyEnd, pre.raw, 0, first, t, last);
    } else if (bytesmode) {
      byteParts.push(value as Uint8Array);
    } else {
      state.concat(value as string, splits);
    }
  }
  if (bytesmode) {
    const v = byteParts.length === 1 ? byteParts[0] : Buffer.concat(byteParts);
    return mk.Constant({ t: 'bytes', v: new Uint8Array(v) }, null, first.lineno, first.col, last.endLineno, last.endCol);
  }
  return state.finish(first, last);
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** _PyPegen_FstringParser_ConcatFstring over text[cursor.i, end). */
function concatFstring(
  p: Parser, state: FstringState, text: string, cursor: { i: number }, end: number, raw: boolean,
  recurseLvl: number, first: Token, t: Token, last: Token,
): void {
  state.fmode = true;
  for (;;) {
    const lit = findLiteral(p, text, cursor, end, raw, recurseLvl);
    if (lit.literal !== null) state.concat(lit.literal, lit.splits);
    if (lit.doubled) continue;
    if (cursor.i >= end || text.charCodeAt(cursor.i) === 0x7d) break;
    const field = findExpr(p, text, cursor, end, raw, recurseLvl, first, t, last);
    if (field.exprText !== null) state.concat(field.exprText);
    state.flushStr(first, last);
    state.values.push(field.node);
  }
  if (recurseLvl === 0 && cursor.i < end) p.raiseHere("f-string: unexpected end of string");
  if (recurseLvl !== 0 && text.charCodeAt(cursor.i) !== 0x7d) p.raiseHere("f-string: expecting '}'");
}

/**
 * fstring_find_literal: the literal text up to an undoubled brace. `doubled` means a doubled
 * brace ended it (its first brace is in the literal; scanning resumes after the second).
 */
function findLiteral(
  p: Parser, text: string, cursor: { i: number }, end: number, raw: boolean, recurseLvl: number,
): { literal: string | null; splits: number[]; doubled: boolean } {
  let s = cursor.i;
  const literalStart = s;
  let doubled = false;
  let stop = -1;
  while (s < end) {
    let ch = text.charCodeAt(s++);
    if (!raw && ch === 0x5c && s < end) {
      ch = text.charCodeAt(s++);
      if (ch === 0x4e) {
        if (s < end && text.charCodeAt(s++) === 0x7b) {
          while (s < end && text.charCodeAt(s++) !== 0x7d) {
            // skip the character name
          }
          continue;
        }
        break;
      }
    }
    if (ch === 0x7b || ch === 0x7d) {
      if (recurseLvl === 0) {
        if (s < end && text.charCodeAt(s) === ch) {
          stop = s;
          cursor.i = s + 1;
          doubled = true;
          break;
        }
        if (ch === 0x7d) {
          cursor.i = s - 1;
          p.raiseHere("f-string: single '}' is not allowed");
        }
      }
      s--;
      break;
    }
  }
  if (!doubled) {
    cursor.i = s;
    stop = s;
  }
  if (literalStart === stop) return { literal: null, splits: [], doubled };
  const piece = text.slice(literalStart, stop);
  checkSourceBytes(p, piece, raw);
  if (raw) return { literal: piece, splits: [], doubled };
  const splits: number[] = [];
  try {
    return { literal: decodeUnicodeEscapes(piece, splits), splits, doubled };
  } catch (e) {
    return decodeError(p, e, 'unicode error');
  }
}

/** fstring_find_expr: one replacement field starting at the '{' under the cursor. */
function findExpr(
  p: Parser, text: string, cursor: { i: number }, end: number, raw: boolean, recurseLvl: number,
  first: Token, t: Token, last: Token,
): { node: FormattedValue; exprText: string | null } {
  if (recurseLvl >= MAX_FSTRING_RECURSION) p.raiseHere('f-string: expressions nested too deeply');
  cursor.i++;
  const exprStart = cursor.i;
  let quoteChar = 0;
  let stringType = 0;
  const parenstack: number[] = [];
  for (; cursor.i < end; cursor.i++) {
    const ch = text.charCodeAt(cursor.i);
    if (ch === 0x5c) p.raiseHere('f-string expression part cannot include a backslash');
    if (quoteChar) {
      if (ch === quoteChar) {
        if (stringType === 3) {
          if (cursor.i + 2 < end && text.charCodeAt(cursor.i + 1) === ch && text.charCodeAt(cursor.i + 2) === ch) {
            cursor.i += 2;
            stringType = 0;
            quoteChar = 0;
          }
        } else {
          stringType = 0;
          quoteChar = 0;
        }
      }
    } else if (ch === 0x27 || ch === 0x22) {
      if (cursor.i + 2 < end && text.charCodeAt(cursor.i + 1) === ch && text.charCodeAt(cursor.i + 2) === ch) {
        stringType = 3;
        cursor.i += 2;
      } else {
        stringType = 1;
      }
      quoteChar = ch;
    } else if (ch === 0x5b || ch === 0x7b || ch === 0x28) {
      if (parenstack.length >= MAXLEVEL) p.raiseHere('f-string: too many nested parenthesis');
      parenstack.push(ch);
    } else if (ch === 0x23) {
      p.raiseHere("f-string expression part cannot include '#'");
    } else if (parenstack.length === 0 && (ch === 0x21 || ch === 0x3a || ch === 0x7d || ch === 0x3d || ch === 0x3e || ch === 0x3c)) {
      if (cursor.i + 1 < end) {
        const next = text.charCodeAt(cursor.i + 1);
        if ((ch === 0x21 || ch === 0x3d || ch === 0x3c || ch === 0x3e) && next === 0x3d) {
          cursor.i++;
          continue;
        }
      }
      if (ch === 0x3e || ch === 0x3c) continue;
      break;
    } else if (ch === 0x5d || ch === 0x7d || ch === 0x29) {
      if (parenstack.length === 0) p.raiseHere(`f-string: unmatched '${String.fromCharCode(ch)}'`);
      const opening = parenstack.pop()!;
      if (!((opening === 0x28 && ch === 0x29) || (opening === 0x5b && ch === 0x5d) || (opening === 0x7b && ch === 0x7d))) {
        p.raiseHere(
          `f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`,
        );
      }
    }
  }
  const exprEnd = cursor.i;
  if (quoteChar) p.raiseHere('f-string: unterminated string');
  if (parenstack.length) p.raiseHere(`f-string: unmatched '${String.fromCharCode(parenstack[parenstack.length - 1])}'`);
  if (cursor.i >= end) p.raiseHere("f-string: expecting '}'");

  const expression = compileExpr(p, text, exprStart, exprEnd, t);

  let exprText: string | null = null;
  if (text.charCodeAt(cursor.i) === 0x3d) {
    cursor.i++;
    while (isSpace(text.charCodeAt(cursor.i))) cursor.i++;
    if (cursor.i >= end) p.raiseHere("f-string: expecting '}'");
    exprText = text.slice(exprStart, cursor.i);
  }
  let conversion = -1;
  if (text.charCodeAt(cursor.i) === 0x21) {
    cursor.i++;
    if (cursor.i >= end) p.raiseHere("f-string: expecting '}'");
    conversion = text.charCodeAt(cursor.i);
    cursor.i++;
    if (!(conversion === 0x73 || conversion === 0x72 || conversion === 0x61)) {
      p.raiseHere("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  if (cursor.i >= end) p.raiseHere("f-string: expecting '}'");
  let formatSpec: JoinedStr | null = null;
  if (text.charCodeAt(cursor.i) === 0x3a) {
    cursor.i++;
    if (cursor.i >= end) p.raiseHere("f-string: expecting '}'");
    const spec = new FstringState();
    concatFstring(p, spec, text, cursor, end, raw, recurseLvl + 1, first, t, last);
    formatSpec = spec.finish(t, t) as JoinedStr;
  }
  if (cursor.i >= end || text.charCodeAt(cursor.i) !== 0x7d) p.raiseHere("f-string: expecting '}'");
  cursor.i++;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 0x72;
  const node = mk.FormattedValue(expression, conversion, formatSpec, first.lineno, first.col, last.endLineno, last.endCol);
  return { node, exprText };
}

/** Py_ISSPACE: ASCII whitespace. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * fstring_compile_expr: parses text[exprStart, exprEnd) as "(expr)" and moves its nodes to where
 * the field sits in the source (fstring_find_expr_location's line and column arithmetic).
 */
function compileExpr(p: Parser, text: string, exprStart: number, exprEnd: number, t: Token): Expr {
  let s = exprStart;
  for (; s !== exprEnd; s++) {
    const c = text.charCodeAt(s);
    if (!(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c)) break;
  }
  if (s === exprEnd) p.raiseHere('f-string: empty expression not allowed');

  const brace = exprStart - 1;
  let newlineAfterBrace = true;
  for (let i = brace + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7d || c === 0x0a) break;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    const nl = text.lastIndexOf('\n', brace);
    cols = nl < 0 ? utf8Length(text.slice(0, brace)) : utf8Length(text.slice(nl + 1, brace));
  }
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < brace; i = text.indexOf('\n', i + 1)) lines++;

  const lineOffset = t.lineno + lines - 1;
  const colShift = lines !== 0 ? cols : t.col + cols;
  return parseFieldExpression(p, '(' + text.slice(exprStart, exprEnd) + ')', lineOffset, colShift);
}

/** Runs the `fstring: star_expressions` rule over `source` with shifted positions. */
function parseFieldExpression(outer: Parser, source: string, lineOffset: number, colShift: number): Expr {
  const decoded = decodeSource(source);
  const text = decoded.ok ? decoded.text : source + '\n';
  const lexed = tokenize(text);
  for (const tok of lexed.tokens) {
    if (tok.endLineno === 1 && tok.col >= 0) {
      tok.col += colShift;
      tok.endCol += colShift;
    }
    tok.lineno += lineOffset;
    tok.endLineno += lineOffset;
  }
  const lines = text.split('\n');
  const sub = new Parser(lexed.tokens, lexed.error, outer.depth);
  try {
    return parseStarExpressions(sub);
  } catch (e) {
    throw fieldError(sub, e, lines, lineOffset, colShift);
  }
}

/** Re-places an error of a replacement field's parse as CPython reports it ("f-string: ..."). */
function fieldError(sub: Parser, e: unknown, lines: string[], lineOffset: number, colShift: number): unknown {
  const lineText = (lineno: number): string => lines[lineno - lineOffset - 1] ?? '';
  if (e instanceof ParseFailure) {
    const tok = sub.tokens[sub.farthest];
    return new RaisedError('f-string: invalid syntax', tok.lineno, tok.col - colShift, tok.endLineno, tok.endCol - colShift,
      'SyntaxError', false, lineText(tok.lineno));
  }
  if (e instanceof RaisedError && e.text === null) {
    return new RaisedError('f-string: ' + e.msg, e.lineno, e.col - colShift, e.endLineno, e.endCol - colShift,
      e.errorType, false, lineText(e.lineno));
  }
  if (e instanceof LexErrorReached) {
    const err = e.error;
    return new RaisedError(err.msg, err.lineno + lineOffset, -1, err.endLineno + lineOffset, -1, 'SyntaxError', false,
      lineText(err.lineno + lineOffset), err.offset);
  }
  return e;
}

