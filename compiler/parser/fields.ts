// CPython's field lists (ast.X._fields, in order) and which nodes carry positions
// (ast.X._attributes), as data: the preorder id walk and the ast.dump printer read them.

import type { NodeType } from './ast.js';

export const enum F {
  /** A child node. */
  Node,
  /** A child node or null (`expr?`). */
  OptNode,
  /** A list of child nodes (items may be null, as in Dict.keys and kw_defaults). */
  Nodes,
  /** An identifier, a number, or an operator/context name: printed as CPython prints it. */
  Ident,
  OptIdent,
  Idents,
  Int,
  OptInt,
  /** An operator, boolop, unaryop or expr_context: printed as `Name()`. */
  Op,
  Ops,
  /** A tagged ConstantValue. */
  Const,
  /** string? fields that pyaot never sets (type_comment). */
  NullStr,
}

type FieldList = ReadonlyArray<readonly [string, F]>;

const STMT_DEF: FieldList = [
  ['name', F.Ident], ['args', F.Node], ['body', F.Nodes], ['decorator_list', F.Nodes], ['returns', F.OptNode],
  ['type_comment', F.NullStr],
];
const STMT_FOR: FieldList = [
  ['target', F.Node], ['iter', F.Node], ['body', F.Nodes], ['orelse', F.Nodes], ['type_comment', F.NullStr],
];
const STMT_WITH: FieldList = [['items', F.Nodes], ['body', F.Nodes], ['type_comment', F.NullStr]];
const STMT_TRY: FieldList = [['body', F.Nodes], ['handlers', F.Nodes], ['orelse', F.Nodes], ['finalbody', F.Nodes]];
const COMP: FieldList = [['elt', F.Node], ['generators', F.Nodes]];

export const FIELDS: Readonly<Record<NodeType, FieldList>> = {
  Module: [['body', F.Nodes], ['type_ignores', F.Nodes]],
  FunctionDef: STMT_DEF,
  AsyncFunctionDef: STMT_DEF,
  ClassDef: [['name', F.Ident], ['bases', F.Nodes], ['keywords', F.Nodes], ['body', F.Nodes], ['decorator_list', F.Nodes]],
  Return: [['value', F.OptNode]],
  Delete: [['targets', F.Nodes]],
  Assign: [['targets', F.Nodes], ['value', F.Node], ['type_comment', F.NullStr]],
  AugAssign: [['target', F.Node], ['op', F.Op], ['value', F.Node]],
  AnnAssign: [['target', F.Node], ['annotation', F.Node], ['value', F.OptNode], ['simple', F.Int]],
  For: STMT_FOR,
  AsyncFor: STMT_FOR,
  While: [['test', F.Node], ['body', F.Nodes], ['orelse', F.Nodes]],
  If: [['test', F.Node], ['body', F.Nodes], ['orelse', F.Nodes]],
  With: STMT_WITH,
  AsyncWith: STMT_WITH,
  Match: [['subject', F.Node], ['cases', F.Nodes]],
  Raise: [['exc', F.OptNode], ['cause', F.OptNode]],
  Try: STMT_TRY,
  TryStar: STMT_TRY,
  Assert: [['test', F.Node], ['msg', F.OptNode]],
  Import: [['names', F.Nodes]],
  ImportFrom: [['module', F.OptIdent], ['names', F.Nodes], ['level', F.OptInt]],
  Global: [['names', F.Idents]],
  Nonlocal: [['names', F.Idents]],
  Expr: [['value', F.Node]],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: [['op', F.Op], ['values', F.Nodes]],
  NamedExpr: [['target', F.Node], ['value', F.Node]],
  BinOp: [['left', F.Node], ['op', F.Op], ['right', F.Node]],
  UnaryOp: [['op', F.Op], ['operand', F.Node]],
  Lambda: [['args', F.Node], ['body', F.Node]],
  IfExp: [['test', F.Node], ['body', F.Node], ['orelse', F.Node]],
  Dict: [['keys', F.Nodes], ['values', F.Nodes]],
  Set: [['elts', F.Nodes]],
  ListComp: COMP,
  SetComp: COMP,
  DictComp: [['key', F.Node], ['value', F.Node], ['generators', F.Nodes]],
  GeneratorExp: COMP,
  Await: [['value', F.Node]],
  Yield: [['value', F.OptNode]],
  YieldFrom: [['value', F.Node]],
  Compare: [['left', F.Node], ['ops', F.Ops], ['comparators', F.Nodes]],
  Call: [['func', F.Node], ['args', F.Nodes], ['keywords', F.Nodes]],
  FormattedValue: [['value', F.Node], ['conversion', F.Int], ['format_spec', F.OptNode]],
  JoinedStr: [['values', F.Nodes]],
  Constant: [['value', F.Const], ['kind', F.OptIdent]],
  Attribute: [['value', F.Node], ['attr', F.Ident], ['ctx', F.Op]],
  Subscript: [['value', F.Node], ['slice', F.Node], ['ctx', F.Op]],
  Starred: [['value', F.Node], ['ctx', F.Op]],
  Name: [['id', F.Ident], ['ctx', F.Op]],
  List: [['elts', F.Nodes], ['ctx', F.Op]],
  Tuple: [['elts', F.Nodes], ['ctx', F.Op]],
  Slice: [['lower', F.OptNode], ['upper', F.OptNode], ['step', F.OptNode]],
  comprehension: [['target', F.Node], ['iter', F.Node], ['ifs', F.Nodes], ['is_async', F.Int]],
  ExceptHandler: [['type', F.OptNode], ['name', F.OptIdent], ['body', F.Nodes]],
  arguments: [
    ['posonlyargs', F.Nodes], ['args', F.Nodes], ['vararg', F.OptNode], ['kwonlyargs', F.Nodes],
    ['kw_defaults', F.Nodes], ['kwarg', F.OptNode], ['defaults', F.Nodes],
  ],
  arg: [['arg', F.Ident], ['annotation', F.OptNode], ['type_comment', F.NullStr]],
  keyword: [['arg', F.OptIdent], ['value', F.Node]],
  alias: [['name', F.Ident], ['asname', F.OptIdent]],
  withitem: [['context_expr', F.Node], ['optional_vars', F.OptNode]],
  match_case: [['pattern', F.Node], ['guard', F.OptNode], ['body', F.Nodes]],
  MatchValue: [['value', F.Node]],
  MatchSingleton: [['value', F.Const]],
  MatchSequence: [['patterns', F.Nodes]],
  MatchMapping: [['keys', F.Nodes], ['patterns', F.Nodes], ['rest', F.OptIdent]],
  MatchClass: [['cls', F.Node], ['patterns', F.Nodes], ['kwd_attrs', F.Idents], ['kwd_patterns', F.Nodes]],
  MatchStar: [['name', F.OptIdent]],
  MatchAs: [['pattern', F.OptNode], ['name', F.OptIdent]],
  MatchOr: [['patterns', F.Nodes]],
};

/** Node types without position attributes (everything else has all four). */
export const UNLOCATED: ReadonlySet<NodeType> = new Set<NodeType>([
  'Module', 'comprehension', 'arguments', 'withitem', 'match_case',
]);
