// The parser's cursor over the token array, and its two kinds of failure.
//
// CPython's PEG parser reports a generic "invalid syntax" at the farthest token it ever looked
// at, and specific messages (from its invalid_* rules, forced tokens and actions) at locations
// of their own. pyaot's recursive-descent parser mirrors that: `fail()` throws a ParseFailure
// (generic; the location is decided at the top from `farthest`), and `raise*()` throw a
// RaisedError carrying CPython's message and location. Only speculative parses (the `match` soft
// keyword, parenthesized with-items) catch ParseFailure, to try another reading.

import { T, type LexError, type Token } from '../lexer/tokens.js';

/** A position: either a token (lineno/col) or a node (lineno/col_offset). */
export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** An end column meaning "where the tokenizer stands" (CPython's CURRENT_POS). */
export const CURRENT_POS = -5;

/** The generic failure of the current reading; carries no message. */
export class ParseFailure {
  constructor(readonly pos: number) {}
}

/** A syntax error with CPython's message and location (byte columns, 0-based). */
export class RaisedError {
  constructor(
    readonly msg: string,
    readonly lineno: number,
    readonly col: number,
    readonly endLineno: number,
    readonly endCol: number,
    readonly errorType: 'SyntaxError' | 'IndentationError' = 'SyntaxError',
    /** True for messages CPython places with RAISE_SYNTAX_ERROR (at the last token read). */
    readonly atLastToken = false,
    /** The line to show, when it is not the source's own (errors inside f-string fields). */
    readonly text: string | null = null,
    /** A code-point offset (1-based) given directly, instead of one derived from `col`. */
    readonly charOffset = -1,
    /** CPython leaves this error's end offset in bytes (it does for a few messages). */
    readonly endInBytes = false,
  ) {}
}

/** The tokenizer's error, raised when the parser reaches the ERRORTOKEN. */
export class LexErrorReached {
  constructor(readonly error: LexError) {}
}

/**
 * Nesting guard for the recursive descent, above what CPython itself builds (it stops at 200
 * brackets and at trees 2991 nodes deep); a JS stack overflow before it is caught as well.
 */
const MAX_DEPTH = 3000;

export class Parser {
  readonly tokens: Token[];
  pos = 0;
  tok: Token;
  /** Index of the farthest token examined: CPython's p->fill - 1. */
  farthest = 0;
  /**
   * >0 while CPython's invalid_* rules would not run: during a lookahead made for an error
   * message, and inside rules CPython parses without them (expression_without_invalid).
   */
  invalidOff = 0;
  /** Index of the farthest token ever examined, lookaheads included: CPython's p->fill - 1. */
  fill = 0;
  /** Current nesting depth of recursive rules, bounded by MAX_DEPTH. */
  depth: number;
  readonly lexError: LexError | null;

  constructor(tokens: Token[], lexError: LexError | null, depth = 0) {
    this.tokens = tokens;
    this.depth = depth;
    this.tok = tokens[0];
    this.lexError = lexError;
    this.check();
  }

  private check(): void {
    if (this.tok.kind === T.ERRORTOKEN) throw new LexErrorReached(this.lexError!);
  }

  /** Consumes the current token and returns it. */
  next(): Token {
    const t = this.tok;
    const pos = ++this.pos;
    this.tok = this.tokens[pos];
    if (pos > this.farthest) {
      this.farthest = pos;
      if (pos > this.fill) this.fill = pos;
      this.check();
    }
    return t;
  }

  /** Kind of the token `k` ahead of the current one (examining it, as CPython would). */
  peekKind(k: number): T {
    const i = this.pos + k;
    if (i >= this.tokens.length) return T.ENDMARKER;
    if (i > this.farthest) {
      for (let j = this.farthest + 1; j <= i; j++) {
        if (this.tokens[j].kind === T.ERRORTOKEN) throw new LexErrorReached(this.lexError!);
      }
      this.farthest = i;
      if (i > this.fill) this.fill = i;
    }
    return this.tokens[i].kind;
  }

  peek(k: number): Token {
    this.peekKind(k);
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)];
  }

  /** Kind of the current token (a method, so that type narrowing does not outlive next()). */
  kind(): T {
    return this.tok.kind;
  }

  at(kind: T): boolean {
    return this.tok.kind === kind;
  }

  eat(kind: T): Token | null {
    return this.tok.kind === kind ? this.next() : null;
  }

  expect(kind: T): Token {
    if (this.tok.kind !== kind) this.fail();
    return this.next();
  }

  /** A NAME token with the given text (soft keywords: match, case, _). */
  atSoft(text: string): boolean {
    return this.tok.kind === T.NAME && this.tok.text === text;
  }

  mark(): number {
    return this.pos;
  }

  reset(pos: number): void {
    this.pos = pos;
    this.tok = this.tokens[pos];
  }

  /** The last token consumed that is not NEWLINE/INDENT/DEDENT: the end of a node (EXTRA). */
  last(): Token {
    let i = this.pos - 1;
    for (; i > 0; i--) {
      const k = this.tokens[i].kind;
      if (k !== T.NEWLINE && k !== T.INDENT && k !== T.DEDENT) break;
    }
    return this.tokens[i];
  }

  /**
   * Runs `rule` to see whether it would match here, for an error message; restores the cursor
   * and the farthest token (CPython's error location comes from its first, plain pass).
   */
  lookahead<R>(rule: (p: Parser) => R): R | null {
    const mark = this.pos;
    const farthest = this.farthest;
    this.invalidOff++;
    try {
      return rule(this);
    } catch (e) {
      if (e instanceof ParseFailure || e instanceof RaisedError) return null;
      throw e;
    } finally {
      this.invalidOff--;
      this.farthest = farthest;
      this.reset(mark);
    }
  }

  fail(): never {
    throw new ParseFailure(this.pos);
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) throw new RangeError('parser nesting limit');
  }

  leave(): void {
    this.depth--;
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(tok): the message at one token. */
  raiseAtToken(t: Token, msg: string, errorType: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): never {
    throw new RaisedError(msg, t.lineno, t.col, t.endLineno, t.endCol, errorType);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node) / KNOWN_RANGE(a, b). */
  raiseRange(a: Pos, b: Pos, msg: string): never {
    throw new RaisedError(msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  /** Whether CPython's invalid_* rules (specific error messages) apply at this point. */
  checks(): boolean {
    return this.invalidOff === 0;
  }

  /** RAISE_SYNTAX_ERROR(msg): placed at the last token the parser has read. */
  raiseHere(msg: string, errorType: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): never {
    const t = this.tokens[Math.max(this.farthest, this.fill)];
    throw new RaisedError(msg, t.lineno, t.col, t.endLineno, t.endCol, errorType, true);
  }
}

/** A token's position as a Pos. */
export function tokPos(t: Token): Pos {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}
