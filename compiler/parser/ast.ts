// pyaot's AST: CPython 3.11's `ast` module as plain data (Parser/Python.asdl).
//
// Every node is a plain object whose `nodeType` is CPython's class name and whose `nodeId` is dense
// per module, assigned in preorder (a node before its children, children in CPython's field
// order, list items in order; Module is 0). Then come CPython's fields, with CPython's names and
// order, then the position attributes where CPython has them (lines 1-based, columns 0-based UTF-8
// byte offsets, exactly CPython's values). Optional fields CPython leaves unset are null; operators
// and expression contexts are plain strings; constants are tagged values (see ConstantValue).
//
// Later stages key their side tables by nodeId and never mutate the tree.

export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr' | 'BitXor'
  | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOp = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** A Python constant: the value of Constant and MatchSingleton nodes. */
export type ConstantValue =
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'complex'; imag: number }
  | StrValue
  | { t: 'bytes'; v: Uint8Array }
  | { t: 'bool'; v: boolean }
  | { t: 'None' }
  | { t: 'Ellipsis' };

/**
 * A str constant. Python strings are code points, JS strings UTF-16: when a literal spells a
 * surrogate pair as two escapes ('\ud834\udd1e'), Python keeps two code points where `v` holds
 * one astral character. `splitPairs` (present only then) lists the UTF-16 index of each such
 * pair's first unit, which is to be read as two code points.
 */
export interface StrValue {
  t: 'str';
  v: string;
  splitPairs?: number[];
}

interface NodeBase<K extends string> {
  nodeType: K;
  nodeId: number;
}

// ---- module ----

export interface Module extends NodeBase<'Module'> {
  body: Stmt[];
  type_ignores: never[];
}

// ---- statements ----

export interface FunctionDef extends NodeBase<'FunctionDef'>, Located {
  name: string;
  /** The written name when `name` was mangled (a private name in a class body: compiler/resolve/mangle.ts). */
  pyName?: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: null;
}
export interface AsyncFunctionDef extends NodeBase<'AsyncFunctionDef'>, Located {
  name: string;
  /** The written name when `name` was mangled (a private name in a class body: compiler/resolve/mangle.ts). */
  pyName?: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: null;
}
export interface ClassDef extends NodeBase<'ClassDef'>, Located {
  name: string;
  /** The written name when `name` was mangled (a private name in a class body: compiler/resolve/mangle.ts). */
  pyName?: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}
export interface Return extends NodeBase<'Return'>, Located {
  value: Expr | null;
}
export interface Delete extends NodeBase<'Delete'>, Located {
  targets: Expr[];
}
export interface Assign extends NodeBase<'Assign'>, Located {
  targets: Expr[];
  value: Expr;
  type_comment: null;
}
export interface AugAssign extends NodeBase<'AugAssign'>, Located {
  target: Expr;
  op: Operator;
  value: Expr;
}
export interface AnnAssign extends NodeBase<'AnnAssign'>, Located {
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: number;
}
export interface For extends NodeBase<'For'>, Located {
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: null;
}
export interface AsyncFor extends NodeBase<'AsyncFor'>, Located {
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: null;
}
export interface While extends NodeBase<'While'>, Located {
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface If extends NodeBase<'If'>, Located {
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface With extends NodeBase<'With'>, Located {
  items: WithItem[];
  body: Stmt[];
  type_comment: null;
}
export interface AsyncWith extends NodeBase<'AsyncWith'>, Located {
  items: WithItem[];
  body: Stmt[];
  type_comment: null;
}
export interface Match extends NodeBase<'Match'>, Located {
  subject: Expr;
  cases: MatchCase[];
}
export interface Raise extends NodeBase<'Raise'>, Located {
  exc: Expr | null;
  cause: Expr | null;
}
export interface Try extends NodeBase<'Try'>, Located {
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface TryStar extends NodeBase<'TryStar'>, Located {
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends NodeBase<'Assert'>, Located {
  test: Expr;
  msg: Expr | null;
}
export interface Import extends NodeBase<'Import'>, Located {
  names: Alias[];
}
export interface ImportFrom extends NodeBase<'ImportFrom'>, Located {
  module: string | null;
  names: Alias[];
  level: number;
}
export interface Global extends NodeBase<'Global'>, Located {
  names: string[];
}
export interface Nonlocal extends NodeBase<'Nonlocal'>, Located {
  names: string[];
}
export interface ExprStmt extends NodeBase<'Expr'>, Located {
  value: Expr;
}
export interface Pass extends NodeBase<'Pass'>, Located {}
export interface Break extends NodeBase<'Break'>, Located {}
export interface Continue extends NodeBase<'Continue'>, Located {}

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For
  | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---- expressions ----

export interface BoolOp extends NodeBase<'BoolOp'>, Located {
  op: BoolOpKind;
  values: Expr[];
}
export interface NamedExpr extends NodeBase<'NamedExpr'>, Located {
  target: Expr;
  value: Expr;
}
export interface BinOp extends NodeBase<'BinOp'>, Located {
  left: Expr;
  op: Operator;
  right: Expr;
}
export interface UnaryOp extends NodeBase<'UnaryOp'>, Located {
  op: UnaryOpKind;
  operand: Expr;
}
export interface Lambda extends NodeBase<'Lambda'>, Located {
  args: Arguments;
  body: Expr;
}
export interface IfExp extends NodeBase<'IfExp'>, Located {
  test: Expr;
  body: Expr;
  orelse: Expr;
}
export interface Dict extends NodeBase<'Dict'>, Located {
  /** null for a `**mapping` entry. */
  keys: (Expr | null)[];
  values: Expr[];
}
export interface SetExpr extends NodeBase<'Set'>, Located {
  elts: Expr[];
}
export interface ListComp extends NodeBase<'ListComp'>, Located {
  elt: Expr;
  generators: Comprehension[];
}
export interface SetComp extends NodeBase<'SetComp'>, Located {
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends NodeBase<'DictComp'>, Located {
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends NodeBase<'GeneratorExp'>, Located {
  elt: Expr;
  generators: Comprehension[];
}
export interface Await extends NodeBase<'Await'>, Located {
  value: Expr;
}
export interface Yield extends NodeBase<'Yield'>, Located {
  value: Expr | null;
}
export interface YieldFrom extends NodeBase<'YieldFrom'>, Located {
  value: Expr;
}
export interface Compare extends NodeBase<'Compare'>, Located {
  left: Expr;
  ops: CmpOp[];
  comparators: Expr[];
}
export interface Call extends NodeBase<'Call'>, Located {
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}
export interface FormattedValue extends NodeBase<'FormattedValue'>, Located {
  value: Expr;
  /** -1 (none), 115 ('s'), 114 ('r') or 97 ('a'). */
  conversion: number;
  format_spec: JoinedStr | null;
}
export interface JoinedStr extends NodeBase<'JoinedStr'>, Located {
  values: (Constant | FormattedValue)[];
}
export interface Constant extends NodeBase<'Constant'>, Located {
  value: ConstantValue;
  kind: 'u' | null;
}
export interface Attribute extends NodeBase<'Attribute'>, Located {
  value: Expr;
  attr: string;
  ctx: ExprContext;
}
export interface Subscript extends NodeBase<'Subscript'>, Located {
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}
export interface Starred extends NodeBase<'Starred'>, Located {
  value: Expr;
  ctx: ExprContext;
}
export interface Name extends NodeBase<'Name'>, Located {
  id: string;
  ctx: ExprContext;
}
export interface List extends NodeBase<'List'>, Located {
  elts: Expr[];
  ctx: ExprContext;
}
export interface Tuple extends NodeBase<'Tuple'>, Located {
  elts: Expr[];
  ctx: ExprContext;
}
export interface Slice extends NodeBase<'Slice'>, Located {
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp | DictComp
  | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant
  | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---- helper nodes ----

export interface Comprehension extends NodeBase<'comprehension'> {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}
export interface ExceptHandler extends NodeBase<'ExceptHandler'>, Located {
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}
export interface Arguments extends NodeBase<'arguments'> {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One per keyword-only parameter; null where it has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
export interface Arg extends NodeBase<'arg'>, Located {
  arg: string;
  annotation: Expr | null;
  type_comment: null;
}
export interface Keyword extends NodeBase<'keyword'>, Located {
  /** null for `**mapping`. */
  arg: string | null;
  value: Expr;
}
export interface Alias extends NodeBase<'alias'>, Located {
  name: string;
  asname: string | null;
}
export interface WithItem extends NodeBase<'withitem'> {
  context_expr: Expr;
  optional_vars: Expr | null;
}
export interface MatchCase extends NodeBase<'match_case'> {
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

// ---- patterns ----

export interface MatchValue extends NodeBase<'MatchValue'>, Located {
  value: Expr;
}
export interface MatchSingleton extends NodeBase<'MatchSingleton'>, Located {
  value: ConstantValue;
}
export interface MatchSequence extends NodeBase<'MatchSequence'>, Located {
  patterns: Pattern[];
}
export interface MatchMapping extends NodeBase<'MatchMapping'>, Located {
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
}
export interface MatchClass extends NodeBase<'MatchClass'>, Located {
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}
export interface MatchStar extends NodeBase<'MatchStar'>, Located {
  name: string | null;
}
export interface MatchAs extends NodeBase<'MatchAs'>, Located {
  pattern: Pattern | null;
  name: string | null;
}
export interface MatchOr extends NodeBase<'MatchOr'>, Located {
  patterns: Pattern[];
}

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type Node =
  | Module | Stmt | Expr | Pattern | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias
  | WithItem | MatchCase;

export type NodeType = Node['nodeType'];

/** A syntax error, with CPython's exception type, message and location. */
export interface SyntaxErrorInfo {
  /**
   * CPython's exception. Besides syntax errors, ast.parse raises ValueError (null bytes),
   * RecursionError (a tree nested deeper than it builds) and MemoryError (its parser's stack).
   */
  type: 'SyntaxError' | 'IndentationError' | 'TabError' | 'ValueError' | 'RecursionError' | 'MemoryError';
  msg: string;
  filename: string;
  /** 1-based line; 0 when CPython reports none. */
  lineno: number;
  /** CPython's SyntaxError.offset: 1-based, in code points of the line; 0 when none. */
  offset: number;
  endLineno: number;
  endOffset: number;
  /** The source line the error is on, without its newline (null when there is none). */
  text: string | null;
}

export type ParseResult = { ok: true; module: Module } | { ok: false; error: SyntaxErrorInfo };
