// Token kinds of Python 3.11's tokenizer (Grammar/Tokens), with every operator and keyword given
// its own kind so the parser dispatches on one integer compare. Soft keywords (`match`, `case`,
// `_`) stay NAME: whether they are keywords depends on the parser's position.

export const enum T {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  /** Carries a tokenizer error; always the last token of a stream that has one. */
  ERRORTOKEN,
  LPAR,
  RPAR,
  LSQB,
  RSQB,
  COLON,
  COMMA,
  SEMI,
  PLUS,
  MINUS,
  STAR,
  SLASH,
  VBAR,
  AMPER,
  LESS,
  GREATER,
  EQUAL,
  DOT,
  PERCENT,
  LBRACE,
  RBRACE,
  EQEQUAL,
  NOTEQUAL,
  LESSEQUAL,
  GREATEREQUAL,
  TILDE,
  CIRCUMFLEX,
  LEFTSHIFT,
  RIGHTSHIFT,
  DOUBLESTAR,
  PLUSEQUAL,
  MINEQUAL,
  STAREQUAL,
  SLASHEQUAL,
  PERCENTEQUAL,
  AMPEREQUAL,
  VBAREQUAL,
  CIRCUMFLEXEQUAL,
  LEFTSHIFTEQUAL,
  RIGHTSHIFTEQUAL,
  DOUBLESTAREQUAL,
  DOUBLESLASH,
  DOUBLESLASHEQUAL,
  AT,
  ATEQUAL,
  RARROW,
  ELLIPSIS,
  COLONEQUAL,
  /** A character that is no token of Python (`$`, `?`, a lone `!`): CPython's generic OP. */
  OP,
  KW_FALSE,
  KW_NONE,
  KW_TRUE,
  KW_AND,
  KW_AS,
  KW_ASSERT,
  KW_ASYNC,
  KW_AWAIT,
  KW_BREAK,
  KW_CLASS,
  KW_CONTINUE,
  KW_DEF,
  KW_DEL,
  KW_ELIF,
  KW_ELSE,
  KW_EXCEPT,
  KW_FINALLY,
  KW_FOR,
  KW_FROM,
  KW_GLOBAL,
  KW_IF,
  KW_IMPORT,
  KW_IN,
  KW_IS,
  KW_LAMBDA,
  KW_NONLOCAL,
  KW_NOT,
  KW_OR,
  KW_PASS,
  KW_RAISE,
  KW_RETURN,
  KW_TRY,
  KW_WHILE,
  KW_WITH,
  KW_YIELD,
}

export const KEYWORDS: ReadonlyMap<string, T> = new Map([
  ['False', T.KW_FALSE],
  ['None', T.KW_NONE],
  ['True', T.KW_TRUE],
  ['and', T.KW_AND],
  ['as', T.KW_AS],
  ['assert', T.KW_ASSERT],
  ['async', T.KW_ASYNC],
  ['await', T.KW_AWAIT],
  ['break', T.KW_BREAK],
  ['class', T.KW_CLASS],
  ['continue', T.KW_CONTINUE],
  ['def', T.KW_DEF],
  ['del', T.KW_DEL],
  ['elif', T.KW_ELIF],
  ['else', T.KW_ELSE],
  ['except', T.KW_EXCEPT],
  ['finally', T.KW_FINALLY],
  ['for', T.KW_FOR],
  ['from', T.KW_FROM],
  ['global', T.KW_GLOBAL],
  ['if', T.KW_IF],
  ['import', T.KW_IMPORT],
  ['in', T.KW_IN],
  ['is', T.KW_IS],
  ['lambda', T.KW_LAMBDA],
  ['nonlocal', T.KW_NONLOCAL],
  ['not', T.KW_NOT],
  ['or', T.KW_OR],
  ['pass', T.KW_PASS],
  ['raise', T.KW_RAISE],
  ['return', T.KW_RETURN],
  ['try', T.KW_TRY],
  ['while', T.KW_WHILE],
  ['with', T.KW_WITH],
  ['yield', T.KW_YIELD],
]);

/**
 * One token. Lines are 1-based; columns are 0-based UTF-8 byte offsets within their line, as
 * CPython's tokenizer reports them. INDENT and DEDENT have col = endCol = -1, as in CPython.
 * `start`/`end` index the decoded source string (UTF-16 units), for slicing the token's text.
 */
export class Token {
  constructor(
    public kind: T,
    /** NAME: the identifier (NFKC-normalized); otherwise the exact source text. */
    public text: string,
    public lineno: number,
    public col: number,
    public endLineno: number,
    public endCol: number,
    public start: number,
    public end: number,
    /** Bracket nesting depth after this token (CPython's token->level). */
    public level = 0,
  ) {}
}

/** How a tokenizer failure interacts with parser errors (CPython's tok->done codes). */
export const enum LexErrorKind {
  /** Raised as an exception by the tokenizer itself: always wins over parser errors. */
  Raised,
  /** End of file inside brackets or after a backslash (E_EOF). */
  Eof,
  /** Dedent to a column matching no outer block (E_DEDENT). */
  Dedent,
  /** Inconsistent tabs and spaces (E_TABSPACE). */
  TabSpace,
  /** More than 100 indentation levels (E_TOODEEP). */
  TooDeep,
  /** A character after a line-continuation backslash (E_LINECONT). */
  LineCont,
}

export interface LexError {
  kind: LexErrorKind;
  errorType: 'SyntaxError' | 'IndentationError' | 'TabError';
  msg: string;
  lineno: number;
  /** CPython's SyntaxError.offset: 1-based, in code points; 0 when CPython gives none. */
  offset: number;
  endLineno: number;
  endOffset: number;
}
