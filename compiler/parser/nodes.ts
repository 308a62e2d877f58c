// Node constructors: one per node type, writing every field in CPython's order so that all nodes
// of a type share one object shape. nodeId is filled in by the preorder numbering pass (ids.ts).
// Generated once from Parser/Python.asdl's field lists; edit together with ast.ts.

import type * as A from './ast.js';

export function FunctionDef(name: string, args: A.Arguments, body: A.Stmt[], decorator_list: A.Expr[], returns: A.Expr|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.FunctionDef {
  return { nodeType: 'FunctionDef', nodeId: 0, name, args, body, decorator_list, returns, type_comment: null, lineno, col_offset, end_lineno, end_col_offset };
}

export function AsyncFunctionDef(name: string, args: A.Arguments, body: A.Stmt[], decorator_list: A.Expr[], returns: A.Expr|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.AsyncFunctionDef {
  return { nodeType: 'AsyncFunctionDef', nodeId: 0, name, args, body, decorator_list, returns, type_comment: null, lineno, col_offset, end_lineno, end_col_offset };
}

export function ClassDef(name: string, bases: A.Expr[], keywords: A.Keyword[], body: A.Stmt[], decorator_list: A.Expr[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.ClassDef {
  return { nodeType: 'ClassDef', nodeId: 0, name, bases, keywords, body, decorator_list, lineno, col_offset, end_lineno, end_col_offset };
}

export function Return(value: A.Expr|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Return {
  return { nodeType: 'Return', nodeId: 0, value, lineno, col_offset, end_lineno, end_col_offset };
}

export function Delete(targets: A.Expr[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Delete {
  return { nodeType: 'Delete', nodeId: 0, targets, lineno, col_offset, end_lineno, end_col_offset };
}

export function Assign(targets: A.Expr[], value: A.Expr, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Assign {
  return { nodeType: 'Assign', nodeId: 0, targets, value, type_comment: null, lineno, col_offset, end_lineno, end_col_offset };
}

export function AugAssign(target: A.Expr, op: A.Operator, value: A.Expr, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.AugAssign {
  return { nodeType: 'AugAssign', nodeId: 0, target, op, value, lineno, col_offset, end_lineno, end_col_offset };
}

export function AnnAssign(target: A.Expr, annotation: A.Expr, value: A.Expr|null, simple: number, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.AnnAssign {
  return { nodeType: 'AnnAssign', nodeId: 0, target, annotation, value, simple, lineno, col_offset, end_lineno, end_col_offset };
}

export function For(target: A.Expr, iter: A.Expr, body: A.Stmt[], orelse: A.Stmt[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.For {
  return { nodeType: 'For', nodeId: 0, target, iter, body, orelse, type_comment: null, lineno, col_offset, end_lineno, end_col_offset };
}

export function AsyncFor(target: A.Expr, iter: A.Expr, body: A.Stmt[], orelse: A.Stmt[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.AsyncFor {
  return { nodeType: 'AsyncFor', nodeId: 0, target, iter, body, orelse, type_comment: null, lineno, col_offset, end_lineno, end_col_offset };
}

export function While(test: A.Expr, body: A.Stmt[], orelse: A.Stmt[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.While {
  return { nodeType: 'While', nodeId: 0, test, body, orelse, lineno, col_offset, end_lineno, end_col_offset };
}

export function If(test: A.Expr, body: A.Stmt[], orelse: A.Stmt[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.If {
  return { nodeType: 'If', nodeId: 0, test, body, orelse, lineno, col_offset, end_lineno, end_col_offset };
}

export function With(items: A.WithItem[], body: A.Stmt[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.With {
  return { nodeType: 'With', nodeId: 0, items, body, type_comment: null, lineno, col_offset, end_lineno, end_col_offset };
}

export function AsyncWith(items: A.WithItem[], body: A.Stmt[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.AsyncWith {
  return { nodeType: 'AsyncWith', nodeId: 0, items, body, type_comment: null, lineno, col_offset, end_lineno, end_col_offset };
}

export function Match(subject: A.Expr, cases: A.MatchCase[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Match {
  return { nodeType: 'Match', nodeId: 0, subject, cases, lineno, col_offset, end_lineno, end_col_offset };
}

export function Raise(exc: A.Expr|null, cause: A.Expr|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Raise {
  return { nodeType: 'Raise', nodeId: 0, exc, cause, lineno, col_offset, end_lineno, end_col_offset };
}

export function Try(body: A.Stmt[], handlers: A.ExceptHandler[], orelse: A.Stmt[], finalbody: A.Stmt[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Try {
  return { nodeType: 'Try', nodeId: 0, body, handlers, orelse, finalbody, lineno, col_offset, end_lineno, end_col_offset };
}

export function TryStar(body: A.Stmt[], handlers: A.ExceptHandler[], orelse: A.Stmt[], finalbody: A.Stmt[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.TryStar {
  return { nodeType: 'TryStar', nodeId: 0, body, handlers, orelse, finalbody, lineno, col_offset, end_lineno, end_col_offset };
}

export function Assert(test: A.Expr, msg: A.Expr|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Assert {
  return { nodeType: 'Assert', nodeId: 0, test, msg, lineno, col_offset, end_lineno, end_col_offset };
}

export function Import(names: A.Alias[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Import {
  return { nodeType: 'Import', nodeId: 0, names, lineno, col_offset, end_lineno, end_col_offset };
}

export function ImportFrom(module: string|null, names: A.Alias[], level: number, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.ImportFrom {
  return { nodeType: 'ImportFrom', nodeId: 0, module, names, level, lineno, col_offset, end_lineno, end_col_offset };
}

export function Global(names: string[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Global {
  return { nodeType: 'Global', nodeId: 0, names, lineno, col_offset, end_lineno, end_col_offset };
}

export function Nonlocal(names: string[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Nonlocal {
  return { nodeType: 'Nonlocal', nodeId: 0, names, lineno, col_offset, end_lineno, end_col_offset };
}

export function ExprStmt(value: A.Expr, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.ExprStmt {
  return { nodeType: 'Expr', nodeId: 0, value, lineno, col_offset, end_lineno, end_col_offset };
}

export function Pass(lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Pass {
  return { nodeType: 'Pass', nodeId: 0, lineno, col_offset, end_lineno, end_col_offset };
}

export function Break(lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Break {
  return { nodeType: 'Break', nodeId: 0, lineno, col_offset, end_lineno, end_col_offset };
}

export function Continue(lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Continue {
  return { nodeType: 'Continue', nodeId: 0, lineno, col_offset, end_lineno, end_col_offset };
}

export function BoolOp(op: A.BoolOpKind, values: A.Expr[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.BoolOp {
  return { nodeType: 'BoolOp', nodeId: 0, op, values, lineno, col_offset, end_lineno, end_col_offset };
}

export function NamedExpr(target: A.Expr, value: A.Expr, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.NamedExpr {
  return { nodeType: 'NamedExpr', nodeId: 0, target, value, lineno, col_offset, end_lineno, end_col_offset };
}

export function BinOp(left: A.Expr, op: A.Operator, right: A.Expr, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.BinOp {
  return { nodeType: 'BinOp', nodeId: 0, left, op, right, lineno, col_offset, end_lineno, end_col_offset };
}

export function UnaryOp(op: A.UnaryOpKind, operand: A.Expr, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.UnaryOp {
  return { nodeType: 'UnaryOp', nodeId: 0, op, operand, lineno, col_offset, end_lineno, end_col_offset };
}

export function Lambda(args: A.Arguments, body: A.Expr, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Lambda {
  return { nodeType: 'Lambda', nodeId: 0, args, body, lineno, col_offset, end_lineno, end_col_offset };
}

export function IfExp(test: A.Expr, body: A.Expr, orelse: A.Expr, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.IfExp {
  return { nodeType: 'IfExp', nodeId: 0, test, body, orelse, lineno, col_offset, end_lineno, end_col_offset };
}

export function Dict(keys: (A.Expr|null)[], values: A.Expr[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Dict {
  return { nodeType: 'Dict', nodeId: 0, keys, values, lineno, col_offset, end_lineno, end_col_offset };
}

export function SetExpr(elts: A.Expr[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.SetExpr {
  return { nodeType: 'Set', nodeId: 0, elts, lineno, col_offset, end_lineno, end_col_offset };
}

export function ListComp(elt: A.Expr, generators: A.Comprehension[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.ListComp {
  return { nodeType: 'ListComp', nodeId: 0, elt, generators, lineno, col_offset, end_lineno, end_col_offset };
}

export function SetComp(elt: A.Expr, generators: A.Comprehension[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.SetComp {
  return { nodeType: 'SetComp', nodeId: 0, elt, generators, lineno, col_offset, end_lineno, end_col_offset };
}

export function DictComp(key: A.Expr, value: A.Expr, generators: A.Comprehension[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.DictComp {
  return { nodeType: 'DictComp', nodeId: 0, key, value, generators, lineno, col_offset, end_lineno, end_col_offset };
}

export function GeneratorExp(elt: A.Expr, generators: A.Comprehension[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.GeneratorExp {
  return { nodeType: 'GeneratorExp', nodeId: 0, elt, generators, lineno, col_offset, end_lineno, end_col_offset };
}

export function Await(value: A.Expr, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Await {
  return { nodeType: 'Await', nodeId: 0, value, lineno, col_offset, end_lineno, end_col_offset };
}

export function Yield(value: A.Expr|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Yield {
  return { nodeType: 'Yield', nodeId: 0, value, lineno, col_offset, end_lineno, end_col_offset };
}

export function YieldFrom(value: A.Expr, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.YieldFrom {
  return { nodeType: 'YieldFrom', nodeId: 0, value, lineno, col_offset, end_lineno, end_col_offset };
}

export function Compare(left: A.Expr, ops: A.CmpOp[], comparators: A.Expr[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Compare {
  return { nodeType: 'Compare', nodeId: 0, left, ops, comparators, lineno, col_offset, end_lineno, end_col_offset };
}

export function Call(func: A.Expr, args: A.Expr[], keywords: A.Keyword[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Call {
  return { nodeType: 'Call', nodeId: 0, func, args, keywords, lineno, col_offset, end_lineno, end_col_offset };
}

export function FormattedValue(value: A.Expr, conversion: number, format_spec: A.JoinedStr|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.FormattedValue {
  return { nodeType: 'FormattedValue', nodeId: 0, value, conversion, format_spec, lineno, col_offset, end_lineno, end_col_offset };
}

export function JoinedStr(values: (A.Constant|A.FormattedValue)[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.JoinedStr {
  return { nodeType: 'JoinedStr', nodeId: 0, values, lineno, col_offset, end_lineno, end_col_offset };
}

export function Constant(value: A.ConstantValue, kind: 'u'|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Constant {
  return { nodeType: 'Constant', nodeId: 0, value, kind, lineno, col_offset, end_lineno, end_col_offset };
}

export function Attribute(value: A.Expr, attr: string, ctx: A.ExprContext, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Attribute {
  return { nodeType: 'Attribute', nodeId: 0, value, attr, ctx, lineno, col_offset, end_lineno, end_col_offset };
}

export function Subscript(value: A.Expr, slice: A.Expr, ctx: A.ExprContext, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Subscript {
  return { nodeType: 'Subscript', nodeId: 0, value, slice, ctx, lineno, col_offset, end_lineno, end_col_offset };
}

export function Starred(value: A.Expr, ctx: A.ExprContext, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Starred {
  return { nodeType: 'Starred', nodeId: 0, value, ctx, lineno, col_offset, end_lineno, end_col_offset };
}

export function Name(id: string, ctx: A.ExprContext, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Name {
  return { nodeType: 'Name', nodeId: 0, id, ctx, lineno, col_offset, end_lineno, end_col_offset };
}

export function List(elts: A.Expr[], ctx: A.ExprContext, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.List {
  return { nodeType: 'List', nodeId: 0, elts, ctx, lineno, col_offset, end_lineno, end_col_offset };
}

export function Tuple(elts: A.Expr[], ctx: A.ExprContext, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Tuple {
  return { nodeType: 'Tuple', nodeId: 0, elts, ctx, lineno, col_offset, end_lineno, end_col_offset };
}

export function Slice(lower: A.Expr|null, upper: A.Expr|null, step: A.Expr|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Slice {
  return { nodeType: 'Slice', nodeId: 0, lower, upper, step, lineno, col_offset, end_lineno, end_col_offset };
}

export function ExceptHandler(type: A.Expr|null, name: string|null, body: A.Stmt[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.ExceptHandler {
  return { nodeType: 'ExceptHandler', nodeId: 0, type, name, body, lineno, col_offset, end_lineno, end_col_offset };
}

export function arg(arg: string, annotation: A.Expr|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Arg {
  return { nodeType: 'arg', nodeId: 0, arg, annotation, type_comment: null, lineno, col_offset, end_lineno, end_col_offset };
}

export function keyword(arg: string|null, value: A.Expr, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Keyword {
  return { nodeType: 'keyword', nodeId: 0, arg, value, lineno, col_offset, end_lineno, end_col_offset };
}

export function alias(name: string, asname: string|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.Alias {
  return { nodeType: 'alias', nodeId: 0, name, asname, lineno, col_offset, end_lineno, end_col_offset };
}

export function MatchValue(value: A.Expr, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.MatchValue {
  return { nodeType: 'MatchValue', nodeId: 0, value, lineno, col_offset, end_lineno, end_col_offset };
}

export function MatchSingleton(value: A.ConstantValue, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.MatchSingleton {
  return { nodeType: 'MatchSingleton', nodeId: 0, value, lineno, col_offset, end_lineno, end_col_offset };
}

export function MatchSequence(patterns: A.Pattern[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.MatchSequence {
  return { nodeType: 'MatchSequence', nodeId: 0, patterns, lineno, col_offset, end_lineno, end_col_offset };
}

export function MatchMapping(keys: A.Expr[], patterns: A.Pattern[], rest: string|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.MatchMapping {
  return { nodeType: 'MatchMapping', nodeId: 0, keys, patterns, rest, lineno, col_offset, end_lineno, end_col_offset };
}

export function MatchClass(cls: A.Expr, patterns: A.Pattern[], kwd_attrs: string[], kwd_patterns: A.Pattern[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.MatchClass {
  return { nodeType: 'MatchClass', nodeId: 0, cls, patterns, kwd_attrs, kwd_patterns, lineno, col_offset, end_lineno, end_col_offset };
}

export function MatchStar(name: string|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.MatchStar {
  return { nodeType: 'MatchStar', nodeId: 0, name, lineno, col_offset, end_lineno, end_col_offset };
}

export function MatchAs(pattern: A.Pattern|null, name: string|null, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.MatchAs {
  return { nodeType: 'MatchAs', nodeId: 0, pattern, name, lineno, col_offset, end_lineno, end_col_offset };
}

export function MatchOr(patterns: A.Pattern[], lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): A.MatchOr {
  return { nodeType: 'MatchOr', nodeId: 0, patterns, lineno, col_offset, end_lineno, end_col_offset };
}

export function comprehension(target: A.Expr, iter: A.Expr, ifs: A.Expr[], is_async: number): A.Comprehension {
  return { nodeType: 'comprehension', nodeId: 0, target, iter, ifs, is_async };
}

export function withitem(context_expr: A.Expr, optional_vars: A.Expr|null): A.WithItem {
  return { nodeType: 'withitem', nodeId: 0, context_expr, optional_vars };
}

export function match_case(pattern: A.Pattern, guard: A.Expr|null, body: A.Stmt[]): A.MatchCase {
  return { nodeType: 'match_case', nodeId: 0, pattern, guard, body };
}

export function argumentsNode(posonlyargs: A.Arg[], args: A.Arg[], vararg: A.Arg|null, kwonlyargs: A.Arg[], kw_defaults: (A.Expr|null)[], kwarg: A.Arg|null, defaults: A.Expr[]): A.Arguments {
  return { nodeType: 'arguments', nodeId: 0, posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
}

export function emptyArguments(): A.Arguments {
  return argumentsNode([], [], null, [], [], null, []);
}
