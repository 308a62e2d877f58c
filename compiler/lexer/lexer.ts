// The tokenizer: a port of CPython 3.11's Parser/tokenizer.c (tok_get), run over the whole file
// up front. It stops at the first error, which it records as a final ERRORTOKEN carrying the
// error; the parser raises it only if it reaches that token, and otherwise weighs it against its
// own error as CPython does (see parser/errors.ts). Columns are UTF-8 byte offsets.
//
// Hot path notes: the source is scanned as UTF-16 char codes with a 128-entry class table; byte
// columns equal char columns on ASCII-only files and are computed with a per-line cache otherwise.

import { KEYWORDS, LexErrorKind, T, Token, type LexError } from './tokens.js';
import { isPrintable, isXidContinue, isXidStart } from './unicode.js';
import { encodeSurrogateEscape, escapedByteAt, isEscapedByte, utf8ErrorMessage } from './utf8.js';

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

const C_IDSTART = 1;
const C_IDCHAR = 2;
const C_DIGIT = 4;
const C_HEX = 8;

const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) CLASS[c] |= C_IDSTART | C_IDCHAR;
  if (/[0-9]/.test(ch)) CLASS[c] |= C_IDCHAR | C_DIGIT | C_HEX;
  if (/[A-Fa-f]/.test(ch)) CLASS[c] |= C_HEX;
}

function isPotentialIdentifierStart(c: number): boolean {
  return c >= 128 || (CLASS[c] & C_IDSTART) !== 0;
}
function isPotentialIdentifierChar(c: number): boolean {
  return c >= 128 || (CLASS[c] & C_IDCHAR) !== 0;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isXDigit(c: number): boolean {
  return c < 128 && (CLASS[c] & C_HEX) !== 0;
}

/** Operator kinds by text (one, two and three characters), as Grammar/Tokens lists them. */
const OPERATORS: ReadonlyMap<string, T> = new Map([
  ['(', T.LPAR], [')', T.RPAR], ['[', T.LSQB], [']', T.RSQB], [':', T.COLON], [',', T.COMMA],
  [';', T.SEMI], ['+', T.PLUS], ['-', T.MINUS], ['*', T.STAR], ['/', T.SLASH], ['|', T.VBAR],
  ['&', T.AMPER], ['<', T.LESS], ['>', T.GREATER], ['=', T.EQUAL], ['.', T.DOT], ['%', T.PERCENT],
  ['{', T.LBRACE], ['}', T.RBRACE], ['==', T.EQEQUAL], ['!=', T.NOTEQUAL], ['<>', T.NOTEQUAL],
  ['<=', T.LESSEQUAL], ['>=', T.GREATEREQUAL], ['~', T.TILDE], ['^', T.CIRCUMFLEX],
  ['<<', T.LEFTSHIFT], ['>>', T.RIGHTSHIFT], ['**', T.DOUBLESTAR], ['+=', T.PLUSEQUAL],
  ['-=', T.MINEQUAL], ['*=', T.STAREQUAL], ['/=', T.SLASHEQUAL], ['%=', T.PERCENTEQUAL],
  ['&=', T.AMPEREQUAL], ['|=', T.VBAREQUAL], ['^=', T.CIRCUMFLEXEQUAL], ['<<=', T.LEFTSHIFTEQUAL],
  ['>>=', T.RIGHTSHIFTEQUAL], ['**=', T.DOUBLESTAREQUAL], ['//', T.DOUBLESLASH],
  ['//=', T.DOUBLESLASHEQUAL], ['@', T.AT], ['@=', T.ATEQUAL], ['->', T.RARROW], ['...', T.ELLIPSIS],
  [':=', T.COLONEQUAL],
]);

/** Single-character operator kinds by char code (OP for characters that are no operator). */
const ONE_CHAR = new Int16Array(128).fill(T.OP);
for (const [text, kind] of OPERATORS) if (text.length === 1) ONE_CHAR[text.charCodeAt(0)] = kind;

/** Keywords that may directly follow a number (`1if x else y`), with a deprecation warning. */
const NUMBER_FOLLOWERS: ReadonlyArray<[string, number]> = [
  ['and', 0x61], ['else', 0x65], ['for', 0x66], ['if', 0x69], ['in', 0x69], ['is', 0x69],
  ['not', 0x6e], ['or', 0x6f],
];

export interface LexResult {
  tokens: Token[];
  /** Set when tokenizing stopped at an error; the last token is then an ERRORTOKEN. */
  error: LexError | null;
  /** Start index (in `source`) of every line, for error rendering. */
  lineStarts: number[];
  /** The innermost bracket still open when the input ended inside brackets (E_EOF), else null. */
  bracket: { char: string; lineno: number; col: number } | null;
}

class LexFailure {
  constructor(readonly error: LexError) {}
}

/** Tokenizes a decoded, newline-normalized source (see source.ts). Never throws. */
export function tokenize(source: string): LexResult {
  const lexer = new Lexer(source);
  lexer.run();
  const bracket = lexer.error?.kind === LexErrorKind.Eof ? lexer.openBracket() : null;
  return { tokens: lexer.tokens, error: lexer.error, lineStarts: lexer.lineStarts, bracket };
}

class Lexer {
  readonly tokens: Token[] = [];
  error: LexError | null = null;
  readonly lineStarts: number[] = [0];

  private readonly src: string;
  private readonly len: number;
  private readonly ascii: boolean;
  private pos = 0;
  /** Line number of the character at pos (1-based) and that line's start index. */
  private lineno = 1;
  private lineStart = 0;
  private atbol = true;
  private pendin = 0;
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  private level = 0;
  private readonly parenChar: number[] = [];
  private readonly parenLine: number[] = [];
  private readonly parenCol: number[] = [];
  private contLine = false;
  // Cache for byteCol on non-ASCII sources.
  private bcLineStart = -1;
  private bcIndex = 0;
  private bcBytes = 0;

  constructor(src: string) {
    this.src = src;
    this.len = src.length;
    this.ascii = !/[^\x00-\x7f]/.test(src);
  }

  run(): void {
    try {
      for (;;) {
        const kind = this.next();
        if (kind === T.ENDMARKER) break;
      }
    } catch (e) {
      if (!(e instanceof LexFailure)) throw e;
      this.error = e.error;
      const line = e.error.lineno;
      this.tokens.push(new Token(T.ERRORTOKEN, '', line, -1, line, -1, this.pos, this.pos));
    }
  }

  /** UTF-8 byte column of source index `index` on the line starting at `lineStart`. */
  private byteCol(lineStart: number, index: number): number {
    if (this.ascii) return index - lineStart;
    if (this.bcLineStart !== lineStart || index < this.bcIndex) {
      this.bcLineStart = lineStart;
      this.bcIndex = lineStart;
      this.bcBytes = 0;
    }
    const src = this.src;
    let i = this.bcIndex;
    let bytes = this.bcBytes;
    while (i < index) {
      const c = src.charCodeAt(i++);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (isEscapedByte(c)) bytes += 1;
      else if (c >= 0xd800 && c <= 0xdbff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    }
    this.bcIndex = i;
    this.bcBytes = bytes;
    return bytes;
  }

  private newLine(nextLineStart: number): void {
    this.lineno++;
    this.lineStart = nextLineStart;
    this.lineStarts.push(nextLineStart);
  }

  /** Reads one char code and advances, tracking lines; -1 at end of input. */
  private nextc(): number {
    if (this.pos >= this.len) return -1;
    const c = this.src.charCodeAt(this.pos++);
    if (c === 0x0a && this.pos < this.len) this.newLine(this.pos);
    return c;
  }

  /** Steps back over the char just read by nextc (never across a newline it counted). */
  private backup(c: number): void {
    if (c === -1) return;
    this.pos--;
    if (c === 0x0a && this.pos + 1 < this.len) {
      this.lineno--;
      this.lineStarts.pop();
      this.lineStart = this.lineStarts[this.lineStarts.length - 1];
    }
  }

  private push(kind: T, text: string, start: number, end: number, lineno: number, lineStart: number): T {
    const col = this.byteCol(lineStart, start);
    const endCol = this.byteCol(this.lineStart, end);
    this.tokens.push(new Token(kind, text, lineno, col, this.lineno, endCol, start, end, this.level));
    return kind;
  }

  /** Code-point offset of `index` within the line starting at `lineStart`. */
  private charOffset(lineStart: number, index: number): number {
    let n = 0;
    for (let i = lineStart; i < index; i++) {
      const c = this.src.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) i++;
      n++;
    }
    return n;
  }

  /** CPython's syntaxerror(): the offset is the char count up to the current position. */
  private fail(msg: string, kind = LexErrorKind.Raised): never {
    const col = this.charOffset(this.lineStart, this.pos);
    throw new LexFailure({
      kind,
      errorType: 'SyntaxError',
      msg,
      lineno: this.lineno,
      offset: col,
      endLineno: this.lineno,
      endOffset: col,
    });
  }

  /** CPython's syntaxerror_known_range(), with 1-based char offsets. */
  private failRange(msg: string, colOffset: number, endColOffset: number): never {
    throw new LexFailure({
      kind: LexErrorKind.Raised,
      errorType: 'SyntaxError',
      msg,
      lineno: this.lineno,
      offset: colOffset,
      endLineno: this.lineno,
      endOffset: endColOffset,
    });
  }

  /** Errors the tokenizer signals through tok->done; pegen renders them at the line's end. */
  private failDone(kind: LexErrorKind, errorType: LexError['errorType'], msg: string, offset?: number): never {
    let end = this.src.indexOf('\n', this.lineStart);
    if (end < 0) end = this.len;
    const col = offset ?? this.charOffset(this.lineStart, end + 1);
    throw new LexFailure({ kind, errorType, msg, lineno: this.lineno, offset: col, endLineno: this.lineno, endOffset: -1 });
  }

  private failEof(): never {
    // E_EOF: reported by the parser, either as an unclosed bracket or an unexpected end of file.
    throw new LexFailure({
      kind: LexErrorKind.Eof,
      errorType: 'SyntaxError',
      msg: 'unexpected EOF while parsing',
      lineno: this.lineno,
      offset: 0,
      endLineno: this.lineno,
      endOffset: -1,
    });
  }

  /** Opening brackets still unclosed at the error, for "'(' was never closed". */
  openBracket(): { char: string; lineno: number; col: number } | null {
    if (this.level === 0) return null;
    const i = this.level - 1;
    return { char: String.fromCharCode(this.parenChar[i]), lineno: this.parenLine[i], col: this.parenCol[i] };
  }

  private indentError(): never {
    this.failStart(LexErrorKind.TabSpace, 'TabError', 'inconsistent use of tabs and spaces in indentation');
  }

  /** E_TABSPACE and E_TOODEEP: pegen reports them at column 0 of the line. */
  private failStart(kind: LexErrorKind, errorType: LexError['errorType'], msg: string): never {
    throw new LexFailure({ kind, errorType, msg, lineno: this.lineno, offset: 1, endLineno: this.lineno, endOffset: 0 });
  }

  /** After a backslash: the next char must be the newline, and more input must follow. */
  private continuationLine(): void {
    const c = this.nextc();
    if (c !== 0x0a) {
      const offset = this.charOffset(this.lineStart, this.pos);
      this.failDone(LexErrorKind.LineCont, 'SyntaxError', 'unexpected character after line continuation character', offset);
    }
    if (this.pos >= this.len) {
      this.failEof();
    }
  }

  /** Measures indentation at the start of a logical line and queues INDENT/DEDENT. */
  private indentation(): boolean {
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    let c: number;
    for (;;) {
      c = this.nextc();
      if (c === 0x20) {
        col++;
        altcol++;
      } else if (c === 0x09) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol = altcol + 1;
      } else if (c === 0x0c) {
        col = altcol = 0;
      } else if (c === 0x5c) {
        contLineCol = contLineCol || col;
        this.continuationLine();
      } else {
        break;
      }
    }
    this.backup(c);
    const blankline = c === 0x23 || c === 0x0a;
    if (!blankline && this.level === 0) {
      if (contLineCol) {
        col = contLineCol;
        altcol = contLineCol;
      }
      const ind = this.indstack;
      const top = ind.length - 1;
      if (col === ind[top]) {
        if (altcol !== this.altindstack[top]) this.indentError();
      } else if (col > ind[top]) {
        if (top + 1 >= MAXINDENT) {
          this.failStart(LexErrorKind.TooDeep, 'IndentationError', 'too many levels of indentation');
        }
        if (altcol <= this.altindstack[top]) this.indentError();
        this.pendin++;
        ind.push(col);
        this.altindstack.push(altcol);
      } else {
        while (ind.length > 1 && col < ind[ind.length - 1]) {
          this.pendin--;
          ind.pop();
          this.altindstack.pop();
        }
        if (col !== ind[ind.length - 1]) {
          this.failDone(LexErrorKind.Dedent, 'IndentationError', 'unindent does not match any outer indentation level');
        }
        if (altcol !== this.altindstack[this.altindstack.length - 1]) this.indentError();
      }
    }
    return blankline;
  }

  /** Produces the next token (tok_get), pushing it; returns its kind. */
  private next(): T {
    let blankline = false;
    // `nextline:` in tok_get.
    for (;;) {
      if (this.atbol) {
        this.atbol = false;
        blankline = this.indentation();
      }
      if (this.pendin !== 0) {
        const kind = this.pendin < 0 ? T.DEDENT : T.INDENT;
        if (this.pendin < 0) this.pendin++;
        else this.pendin--;
        this.tokens.push(new Token(kind, '', this.lineno, -1, this.lineno, -1, this.pos, this.pos));
        return kind;
      }
      // `again:` — skip spaces, comments and line continuations.
      let c: number;
      let start: number;
      for (;;) {
        do {
          c = this.nextc();
        } while (c === 0x20 || c === 0x09 || c === 0x0c);
        start = this.pos - 1;
        if (c === 0x23) {
          while (c !== -1 && c !== 0x0a) c = this.nextc();
        }
        if (c === 0x5c) {
          this.continuationLine();
          this.contLine = true;
          continue;
        }
        break;
      }
      if (c === -1) {
        if (this.level) this.failEof();
        return this.push(T.ENDMARKER, '', this.pos, this.pos, this.lineno, this.lineStart);
      }
      if (c === 0x0a) {
        // The newline was counted by nextc (unless it ends the input): the token sits on the
        // line before.
        const atEnd = this.pos >= this.len;
        const lineno = atEnd ? this.lineno : this.lineno - 1;
        const lineStart = atEnd ? this.lineStart : this.lineStarts[this.lineStarts.length - 2];
        this.atbol = true;
        if (blankline || this.level > 0) {
          blankline = false;
          continue;
        }
        this.contLine = false;
        const col = this.byteCol(lineStart, start);
        const endCol = this.byteCol(lineStart, this.pos - 1);
        this.tokens.push(new Token(T.NEWLINE, '', lineno, col, lineno, endCol, start, this.pos - 1));
        return T.NEWLINE;
      }
      return this.token(c, start);
    }
  }

  /** Scans one token that starts with char `c` at index `start` (not a newline or EOF). */
  private token(c: number, start: number): T {
    if (isPotentialIdentifierStart(c)) return this.nameOrString(c, start);
    if (c === 0x2e) {
      const c2 = this.nextc();
      if (isDigit(c2)) return this.number(c2, start, 'fraction');
      if (c2 === 0x2e) {
        const c3 = this.nextc();
        if (c3 === 0x2e) return this.push(T.ELLIPSIS, '...', start, this.pos, this.lineno, this.lineStart);
        this.backup(c3);
      }
      this.backup(c2);
      return this.push(T.DOT, '.', start, this.pos, this.lineno, this.lineStart);
    }
    if (isDigit(c)) return this.number(c, start, 'start');
    if (c === 0x22 || c === 0x27) return this.string(c, start);
    return this.operator(c, start);
  }

  private operator(c: number, start: number): T {
    const src = this.src;
    if (this.pos < this.len) {
      const two = src.slice(start, start + 2);
      const kind2 = OPERATORS.get(two);
      if (kind2 !== undefined) {
        const three = src.slice(start, start + 3);
        const kind3 = three.length === 3 ? OPERATORS.get(three) : undefined;
        if (kind3 !== undefined) {
          this.pos += 2;
          return this.push(kind3, three, start, this.pos, this.lineno, this.lineStart);
        }
        this.pos += 1;
        return this.push(kind2, two, start, this.pos, this.lineno, this.lineStart);
      }
    }
    switch (c) {
      case 0x28:
      case 0x5b:
      case 0x7b:
        if (this.level >= MAXLEVEL) this.fail('too many nested parentheses');
        this.parenChar[this.level] = c;
        this.parenLine[this.level] = this.lineno;
        this.parenCol[this.level] = this.byteCol(this.lineStart, start);
        this.level++;
        break;
      case 0x29:
      case 0x5d:
      case 0x7d: {
        if (!this.level) this.fail(`unmatched '${String.fromCharCode(c)}'`);
        this.level--;
        const opening = this.parenChar[this.level];
        if (!((opening === 0x28 && c === 0x29) || (opening === 0x5b && c === 0x5d) || (opening === 0x7b && c === 0x7d))) {
          const close = String.fromCharCode(c);
          const open = String.fromCharCode(opening);
          if (this.parenLine[this.level] !== this.lineno) {
            this.fail(`closing parenthesis '${close}' does not match opening parenthesis '${open}' on line ${this.parenLine[this.level]}`);
          }
          this.fail(`closing parenthesis '${close}' does not match opening parenthesis '${open}'`);
        }
        break;
      }
    }
    if (c < 128 && !isPrintable(c)) {
      this.fail(`invalid non-printable character U+${hex4(c)}`);
    }
    const kind = c < 128 ? (ONE_CHAR[c] as T) : T.OP;
    return this.push(kind, String.fromCharCode(c), start, this.pos, this.lineno, this.lineStart);
  }

  private nameOrString(c: number, start: number): T {
    // String prefixes: any order of b/r, u alone, f with r; then a quote starts a string.
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 0x75 || c === 0x55)) sawU = true;
      else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true;
      else break;
      c = this.nextc();
      if (c === 0x22 || c === 0x27) return this.string(c, start);
    }
    let nonascii = false;
    while (isPotentialIdentifierChar(c)) {
      if (c >= 128) nonascii = true;
      c = this.nextc();
    }
    this.backup(c);
    let text = this.src.slice(start, this.pos);
    if (nonascii) text = this.verifyIdentifier(text, start);
    const kw = text.length <= 8 ? KEYWORDS.get(text) : undefined;
    return this.push(kw ?? T.NAME, text, start, this.pos, this.lineno, this.lineStart);
  }

  /** Checks a non-ASCII identifier (PEP 3131) and returns its NFKC form. */
  private verifyIdentifier(text: string, start: number): string {
    for (let k = 0; k < text.length; k++) {
      if (escapedByteAt(text, k)) {
        this.fail(`(unicode error) ${utf8ErrorMessage(encodeSurrogateEscape(text))}`);
      }
    }
    let i = 0;
    let first = true;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const ok = first ? cp === 0x5f || isXidStart(cp) : isXidContinue(cp);
      first = false;
      if (!ok) {
        // CPython points just past the offending character.
        this.pos = start + i + ch.length;
        const hex = hex4(cp);
        if (isPrintable(cp)) this.fail(`invalid character '${ch}' (U+${hex})`);
        this.fail(`invalid non-printable character U+${hex}`);
      }
      i += ch.length;
    }
    return text.normalize('NFKC');
  }

  /** tok_decimal_tail: digits with single underscores between them; returns the char after. */
  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c !== 0x5f) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.fail('invalid decimal literal');
      }
    }
    return c;
  }

  /**
   * verify_end_of_number: a number may not run into a name, except for a few keywords (which
   * CPython accepts with a DeprecationWarning).
   */
  private verifyEndOfNumber(c: number, kind: string): void {
    if (c < 128 && c >= 0 && (c === 0x61 || c === 0x65 || c === 0x66 || c === 0x69 || c === 0x6e || c === 0x6f)) {
      const rest = this.src.slice(this.pos - 1, this.pos + 3);
      for (const [kw, first] of NUMBER_FOLLOWERS) {
        if (c === first && rest.startsWith(kw)) return;
      }
    }
    if (c !== -1 && isPotentialIdentifierChar(c)) {
      this.pos--; // tok_backup; a name char is never a newline
      this.fail(`invalid ${kind} literal`);
    }
  }

  private number(c: number, start: number, entry: 'start' | 'fraction'): T {
    if (entry === 'fraction') {
      c = this.fraction(c);
      return this.finishNumber(c, start);
    }
    if (c === 0x30) {
      c = this.nextc();
      if (c === 0x78 || c === 0x58) return this.radix(start, isXDigit, 'hexadecimal', 16);
      if (c === 0x6f || c === 0x4f) return this.radix(start, (d) => d >= 0x30 && d <= 0x37, 'octal', 8);
      if (c === 0x62 || c === 0x42) return this.radix(start, (d) => d === 0x30 || d === 0x31, 'binary', 2);
      let nonzero = false;
      for (;;) {
        if (c === 0x5f) {
          c = this.nextc();
          if (!isDigit(c)) {
            this.backup(c);
            this.fail('invalid decimal literal');
          }
        }
        if (c !== 0x30) break;
        c = this.nextc();
      }
      const zerosEnd = this.pos;
      if (isDigit(c)) {
        nonzero = true;
        c = this.decimalTail();
      }
      if (c === 0x2e) {
        c = this.fraction(this.nextc());
        return this.finishNumber(c, start);
      }
      if (c === 0x65 || c === 0x45) return this.finishNumber(this.exponent(c, start), start);
      if (c === 0x6a || c === 0x4a) return this.imaginary(start);
      if (nonzero) {
        this.backup(c);
        this.failRange(
          'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          this.charOffset(this.lineStart, start) + 1,
          this.charOffset(this.lineStart, zerosEnd),
        );
      }
      this.verifyEndOfNumber(c, 'decimal');
      this.backup(c);
      return this.push(T.NUMBER, this.src.slice(start, this.pos), start, this.pos, this.lineno, this.lineStart);
    }
    this.backup(c);
    c = this.decimalTail();
    if (c === 0x2e) c = this.fraction(this.nextc());
    return this.finishNumber(c, start);
  }

  /** After the '.' of a float: optional digits; returns the char after them. */
  private fraction(c: number): number {
    if (isDigit(c)) {
      this.backup(c);
      c = this.decimalTail();
    }
    return c;
  }

  /** Exponent part after 'e'/'E'; returns the char after it, or -2 when 'e' ended the number. */
  private exponent(e: number, start: number): number {
    let c = this.nextc();
    if (c === 0x2b || c === 0x2d) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.fail('invalid decimal literal');
      }
    } else if (!isDigit(c)) {
      this.backup(c);
      this.verifyEndOfNumber(e, 'decimal');
      this.backup(e);
      this.push(T.NUMBER, this.src.slice(start, this.pos), start, this.pos, this.lineno, this.lineStart);
      return -2;
    }
    this.backup(c);
    return this.decimalTail();
  }

  private finishNumber(c: number, start: number): T {
    if (c === 0x65 || c === 0x45) {
      c = this.exponent(c, start);
      if (c === -2) return T.NUMBER;
    }
    if (c === 0x6a || c === 0x4a) return this.imaginary(start);
    this.verifyEndOfNumber(c, 'decimal');
    this.backup(c);
    return this.push(T.NUMBER, this.src.slice(start, this.pos), start, this.pos, this.lineno, this.lineStart);
  }

  private imaginary(start: number): T {
    const c = this.nextc();
    this.verifyEndOfNumber(c, 'imaginary');
    this.backup(c);
    return this.push(T.NUMBER, this.src.slice(start, this.pos), start, this.pos, this.lineno, this.lineStart);
  }

  /** Hexadecimal, octal or binary digits after the prefix. */
  private radix(start: number, isRadixDigit: (c: number) => boolean, kind: string, base: number): T {
    let c = this.nextc();
    do {
      if (c === 0x5f) c = this.nextc();
      if (!isRadixDigit(c)) {
        if (base !== 16 && isDigit(c)) this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        this.backup(c);
        this.fail(`invalid ${kind} literal`);
      }
      do {
        c = this.nextc();
      } while (isRadixDigit(c));
    } while (c === 0x5f);
    if (base !== 16 && isDigit(c)) this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
    this.verifyEndOfNumber(c, kind);
    this.backup(c);
    return this.push(T.NUMBER, this.src.slice(start, this.pos), start, this.pos, this.lineno, this.lineStart);
  }

  private string(quote: number, start: number): T {
    const firstLineno = this.lineno;
    const firstLineStart = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c !== quote) this.backup(c);
    const src = this.src;
    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === -1 || (quoteSize === 1 && c === 0x0a)) {
        const detected = c === 0x0a ? this.lineno - (this.pos < this.len ? 1 : 0) : this.lineno;
        this.lineno = firstLineno;
        this.lineStart = firstLineStart;
        this.pos = start + 1;
        const what = quoteSize === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        this.fail(`${what} (detected at line ${detected})`);
      }
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === 0x5c) this.nextc();
      }
      // Fast path: skip a run of plain characters of a single-line string.
      if (endQuoteSize === 0 && quoteSize === 1) {
        let i = this.pos;
        for (;;) {
          const d = src.charCodeAt(i);
          if (d === quote || d === 0x5c || d === 0x0a || i >= this.len) break;
          i++;
        }
        this.pos = i;
      }
    }
    return this.push(T.STRING, src.slice(start, this.pos), start, this.pos, firstLineno, firstLineStart);
  }
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}
