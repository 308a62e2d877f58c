// Statements: the `STATEMENTS` section of CPython 3.11's grammar. A statement's span runs from
// its first token to the last token it consumed (never a NEWLINE, INDENT or DEDENT), which is
// why spans are taken from tokens (p.last()) rather than from child nodes.

import { T, type Token } from '../lexer/tokens.js';
import type {
  Alias, ExceptHandler, Expr, Keyword, MatchCase, Operator, Stmt, WithItem,
} from './ast.js';
import {
  parseExpression, parseExpressions, parseNamedExpression, parseStarExpressions, parseStarNamedExpression,
  parseYieldExpr, parseArgumentsForClass, startsExpression,
} from './expressions.js';
import * as mk from './nodes.js';
import { parseParams } from './params.js';
import { parsePatterns } from './patterns.js';
import * as inv from './invalid.js';
import { CURRENT_POS, ParseFailure, RaisedError, type Parser } from './state.js';
import {
  exprName, parseSingleStarTarget, parseStarTargets, raiseInvalidTarget, setTargetContext,
} from './targets.js';

const AUG_OPS = new Map<T, Operator>([
  [T.PLUSEQUAL, 'Add'], [T.MINEQUAL, 'Sub'], [T.STAREQUAL, 'Mult'], [T.ATEQUAL, 'MatMult'],
  [T.SLASHEQUAL, 'Div'], [T.PERCENTEQUAL, 'Mod'], [T.AMPEREQUAL, 'BitAnd'], [T.VBAREQUAL, 'BitOr'],
  [T.CIRCUMFLEXEQUAL, 'BitXor'], [T.LEFTSHIFTEQUAL, 'LShift'], [T.RIGHTSHIFTEQUAL, 'RShift'],
  [T.DOUBLESTAREQUAL, 'Pow'], [T.DOUBLESLASHEQUAL, 'FloorDiv'],
]);

/** file: [statements] ENDMARKER */
export function parseFile(p: Parser): Stmt[] {
  const body: Stmt[] = [];
  while (p.kind() !== T.ENDMARKER) parseStatement(p, body);
  return body;
}

/** statement: compound_stmt | simple_stmts — appends to `out`. */
function parseStatement(p: Parser, out: Stmt[]): void {
  const t = p.tok;
  switch (t.kind) {
    case T.KW_DEF:
    case T.AT:
    case T.KW_CLASS:
    case T.KW_IF:
    case T.KW_WHILE:
    case T.KW_FOR:
    case T.KW_TRY:
    case T.KW_WITH:
      out.push(parseCompound(p));
      return;
    case T.KW_ASYNC: {
      const k = p.peekKind(1);
      if (k === T.KW_DEF || k === T.KW_FOR || k === T.KW_WITH) {
        out.push(parseCompound(p));
        return;
      }
      break;
    }
    case T.NAME:
      if (t.text === 'match') {
        const m = tryMatchStatement(p);
        if (m !== null) {
          out.push(m);
          return;
        }
      }
      break;
  }
  parseSimpleStmts(p, out);
}

function parseCompound(p: Parser): Stmt {
  p.enter();
  try {
    switch (p.kind()) {
      case T.AT:
        return parseDecorated(p);
      case T.KW_DEF:
        return parseFunctionDef(p, p.tok, []);
      case T.KW_CLASS:
        return parseClassDef(p, []);
      case T.KW_IF:
        return parseIf(p);
      case T.KW_WHILE:
        return parseWhile(p);
      case T.KW_FOR:
        return parseFor(p, null);
      case T.KW_TRY:
        return parseTry(p);
      case T.KW_WITH:
        return parseWith(p, null);
      case T.KW_ASYNC: {
        const asyncTok = p.next();
        if (p.kind() === T.KW_DEF) return parseFunctionDef(p, asyncTok, []);
        if (p.kind() === T.KW_FOR) return parseFor(p, asyncTok);
        return parseWith(p, asyncTok);
      }
      default:
        return p.fail();
    }
  } finally {
    p.leave();
  }
}

// ---- blocks ----

/** block: NEWLINE INDENT statements DEDENT | simple_stmts */
function parseBlock(p: Parser, header: Token, what: string): Stmt[] {
  const body: Stmt[] = [];
  if (p.kind() === T.NEWLINE) {
    p.next();
    if (p.kind() !== T.INDENT) {
      p.raiseHere(`expected an indented block after ${what} on line ${header.lineno}`, 'IndentationError');
    }
    p.next();
    do {
      parseStatement(p, body);
    } while (p.kind() !== T.DEDENT && p.kind() !== T.ENDMARKER);
    p.expect(T.DEDENT);
    return body;
  }
  parseSimpleStmts(p, body);
  return body;
}

/** ':' where CPython's invalid_* rule says "expected ':'" when the line ends instead. */
function expectColon(p: Parser): void {
  if (p.kind() === T.COLON) {
    p.next();
    return;
  }
  if (p.kind() === T.NEWLINE) p.raiseHere("expected ':'");
  p.fail();
}

/** A forced token (&&':' in the grammar): anything else is "expected ':'" right there. */
function expectForced(p: Parser, kind: T, text: string): Token {
  if (p.kind() !== kind) p.raiseAtToken(p.tok, `expected '${text}'`);
  return p.next();
}

// ---- simple statements ----

/** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
function parseSimpleStmts(p: Parser, out: Stmt[]): void {
  for (;;) {
    out.push(parseSimpleStmt(p));
    if (p.kind() !== T.SEMI) break;
    p.next();
    if (p.kind() === T.NEWLINE) break;
  }
  p.expect(T.NEWLINE);
}

function parseSimpleStmt(p: Parser): Stmt {
  const t = p.tok;
  switch (t.kind) {
    case T.KW_PASS:
      p.next();
      return mk.Pass(t.lineno, t.col, t.endLineno, t.endCol);
    case T.KW_BREAK:
      p.next();
      return mk.Break(t.lineno, t.col, t.endLineno, t.endCol);
    case T.KW_CONTINUE:
      p.next();
      return mk.Continue(t.lineno, t.col, t.endLineno, t.endCol);
    case T.KW_RETURN: {
      p.next();
      const value = startsExpression(p.kind()) ? parseStarExpressions(p) : null;
      return end(p, t, (l, c, el, ec) => mk.Return(value, l, c, el, ec));
    }
    case T.KW_RAISE:
      return parseRaise(p);
    case T.KW_GLOBAL:
    case T.KW_NONLOCAL:
      return parseGlobal(p);
    case T.KW_DEL:
      return parseDel(p);
    case T.KW_ASSERT: {
      p.next();
      const test = parseExpression(p);
      let msg: Expr | null = null;
      if (p.kind() === T.COMMA) {
        p.next();
        msg = parseExpression(p);
      }
      return end(p, t, (l, c, el, ec) => mk.Assert(test, msg, l, c, el, ec));
    }
    case T.KW_IMPORT:
      return parseImport(p);
    case T.KW_FROM:
      return parseImportFrom(p);
    default:
      return parseExpressionStatement(p);
  }
}

/** Builds a statement spanning from `start` to the last consumed token. */
function end<S>(p: Parser, start: Token, make: (l: number, c: number, el: number, ec: number) => S): S {
  const last = p.last();
  return make(start.lineno, start.col, last.endLineno, last.endCol);
}

function parseRaise(p: Parser): Stmt {
  const t = p.next();
  if (!startsExpression(p.kind())) return mk.Raise(null, null, t.lineno, t.col, t.endLineno, t.endCol);
  const exc = parseExpression(p);
  let cause: Expr | null = null;
  if (p.kind() === T.KW_FROM) {
    p.next();
    cause = parseExpression(p);
  }
  return end(p, t, (l, c, el, ec) => mk.Raise(exc, cause, l, c, el, ec));
}

function parseGlobal(p: Parser): Stmt {
  const t = p.next();
  const names = [p.expect(T.NAME).text];
  while (p.kind() === T.COMMA) {
    p.next();
    names.push(p.expect(T.NAME).text);
  }
  return end(p, t, (l, c, el, ec) =>
    t.kind === T.KW_GLOBAL ? mk.Global(names, l, c, el, ec) : mk.Nonlocal(names, l, c, el, ec));
}

/** del_stmt: 'del' del_targets &(';' | NEWLINE) */
function parseDel(p: Parser): Stmt {
  const t = p.next();
  const targets: Expr[] = [];
  const start = p.pos;
  for (;;) {
    targets.push(parseDelTarget(p));
    if (p.kind() !== T.COMMA) break;
    p.next();
    if (!startsExpression(p.kind())) break;
  }
  if (p.kind() !== T.SEMI && p.kind() !== T.NEWLINE) {
    // invalid_del_stmt: name the first part that cannot be deleted.
    p.reset(start);
    const all = parseStarExpressions(p);
    raiseInvalidTarget(p, 'del', all);
  }
  return end(p, t, (l, c, el, ec) => mk.Delete(targets, l, c, el, ec));
}

function parseDelTarget(p: Parser): Expr {
  const e = parseBitOrForDel(p);
  if (!setTargetContext(e, 'Del')) raiseInvalidTarget(p, 'del', e);
  return e;
}

function parseBitOrForDel(p: Parser): Expr {
  // del_target is a t_primary chain or a NAME/paren/bracket atom: the bitwise_or level covers
  // them all; anything else is rejected by setTargetContext.
  if (p.kind() === T.STAR) {
    const star = parseStarNamedExpression(p);
    raiseInvalidTarget(p, 'del', star);
  }
  return parseNamedOrBitOr(p);
}

function parseNamedOrBitOr(p: Parser): Expr {
  return parseExpression(p);
}

// ---- imports ----

/** dotted_name: NAME ('.' NAME)* */
function parseDottedName(p: Parser): string {
  let name = p.expect(T.NAME).text;
  while (p.kind() === T.DOT) {
    p.next();
    name += '.' + p.expect(T.NAME).text;
  }
  return name;
}

function parseImport(p: Parser): Stmt {
  const t = p.next();
  const names: Alias[] = [];
  for (;;) {
    const first = p.tok;
    const name = parseDottedName(p);
    let asname: string | null = null;
    if (p.kind() === T.KW_AS) {
      p.next();
      asname = p.expect(T.NAME).text;
    }
    names.push(end(p, first, (l, c, el, ec) => mk.alias(name, asname, l, c, el, ec)));
    if (p.kind() !== T.COMMA) break;
    p.next();
  }
  return end(p, t, (l, c, el, ec) => mk.Import(names, l, c, el, ec));
}

function parseImportFrom(p: Parser): Stmt {
  const t = p.next();
  let level = 0;
  for (;;) {
    if (p.kind() === T.DOT) level += 1;
    else if (p.kind() === T.ELLIPSIS) level += 3;
    else break;
    p.next();
  }
  let module: string | null = null;
  if (level === 0 || p.kind() === T.NAME) module = parseDottedName(p);
  p.expect(T.KW_IMPORT);
  const names: Alias[] = [];
  if (p.kind() === T.STAR) {
    const star = p.next();
    names.push(mk.alias('*', null, star.lineno, star.col, star.endLineno, star.endCol));
  } else {
    const paren = p.eat(T.LPAR);
    for (;;) {
      const name = p.expect(T.NAME);
      let asname: string | null = null;
      if (p.kind() === T.KW_AS) {
        p.next();
        asname = p.expect(T.NAME).text;
      }
      names.push(end(p, name, (l, c, el, ec) => mk.alias(name.text, asname, l, c, el, ec)));
      if (p.kind() !== T.COMMA) break;
      p.next();
      if (paren && p.kind() === T.RPAR) break;
      if (!paren && p.kind() === T.NEWLINE) {
        p.raiseHere('trailing comma not allowed without surrounding parentheses');
      }
    }
    if (paren) p.expect(T.RPAR);
  }
  return end(p, t, (l, c, el, ec) => mk.ImportFrom(module, names, level, l, c, el, ec));
}

// ---- expression statements and assignments ----

function parseExpressionStatement(p: Parser): Stmt {
  const t = p.tok;
  // assignment: NAME ':' expression ['=' annotated_rhs]
  if (t.kind === T.NAME && p.peekKind(1) === T.COLON) {
    p.next();
    const target = mk.Name(t.text, 'Store', t.lineno, t.col, t.endLineno, t.endCol);
    return parseAnnotation(p, t, target, 1);
  }
  const first = p.kind() === T.KW_YIELD ? parseYieldExpr(p) : parseStarExpressions(p);
  const k = p.kind();
  if (k === T.EQUAL) return parseAssignment(p, t, first);
  if (k === T.COLON) return parseAnnotatedTarget(p, t, first);
  const op = AUG_OPS.get(k);
  if (op !== undefined) {
    if (!isSingleTarget(first)) {
      p.raiseRange(first, first, `'${exprName(first)}' is an illegal expression for augmented assignment`);
    }
    setTargetContext(first, 'Store');
    p.next();
    const value = p.kind() === T.KW_YIELD ? parseYieldExpr(p) : parseStarExpressions(p);
    return end(p, t, (l, c, el, ec) => mk.AugAssign(first, op, value, l, c, el, ec));
  }
  return end(p, t, (l, c, el, ec) => mk.ExprStmt(first, l, c, el, ec));
}

function isSingleTarget(e: Expr): boolean {
  return e.nodeType === 'Name' || e.nodeType === 'Attribute' || e.nodeType === 'Subscript';
}

function parseAnnotatedTarget(p: Parser, start: Token, target: Expr): Stmt {
  if (!isSingleTarget(target)) {
    // invalid_assignment: only when an expression follows the ':'.
    const annotation = p.lookahead((q) => {
      q.next();
      return parseExpression(q);
    });
    if (annotation === null || !p.checks()) p.fail();
    if (target.nodeType === 'Tuple' || target.nodeType === 'List') {
      // A bare tuple is named by its first item, a bracketed one as a whole.
      const first = target.elts[0];
      const bare = first !== undefined && first.col_offset === target.col_offset && first.lineno === target.lineno;
      const at = bare && target.nodeType === 'Tuple' ? first : target;
      p.raiseRange(at, at, `only single target (not ${exprName(target)}) can be annotated`);
    }
    p.raiseRange(target, target, 'illegal target for annotation');
  }
  setTargetContext(target, 'Store');
  return parseAnnotation(p, start, target, 0);
}

/** After the target of an annotated assignment: ':' expression ['=' annotated_rhs] */
function parseAnnotation(p: Parser, start: Token, target: Expr, simple: number): Stmt {
  p.expect(T.COLON);
  const annotation = parseExpression(p);
  let value: Expr | null = null;
  if (p.kind() === T.EQUAL) {
    p.next();
    value = p.kind() === T.KW_YIELD ? parseYieldExpr(p) : parseStarExpressions(p);
  }
  return end(p, start, (l, c, el, ec) => mk.AnnAssign(target, annotation, value, simple, l, c, el, ec));
}

/** (star_targets '=')+ (yield_expr | star_expressions) */
function parseAssignment(p: Parser, start: Token, first: Expr): Stmt {
  const targets = [first];
  let value: Expr = first;
  while (p.kind() === T.EQUAL) {
    p.next();
    value = p.kind() === T.KW_YIELD ? parseYieldExpr(p) : parseStarExpressions(p);
    targets.push(value);
  }
  targets.pop();
  for (const target of targets) {
    if (setTargetContext(target, 'Store')) continue;
    inv.statementNamedExpressions(p, start);
    if (target.nodeType === 'Yield' || target.nodeType === 'YieldFrom') {
      p.raiseRange(target, target, 'assignment to yield expression not possible');
    }
    raiseInvalidTarget(p, 'star', target);
  }
  return end(p, start, (l, c, el, ec) => mk.Assign(targets, value, l, c, el, ec));
}

// ---- compound statements ----

/** decorators: ('@' named_expression NEWLINE)+, then a function or class definition. */
function parseDecorated(p: Parser): Stmt {
  const decorators: Expr[] = [];
  while (p.kind() === T.AT) {
    p.next();
    decorators.push(parseNamedExpression(p));
    p.expect(T.NEWLINE);
  }
  if (p.kind() === T.KW_DEF) return parseFunctionDef(p, p.tok, decorators);
  if (p.kind() === T.KW_ASYNC && p.peekKind(1) === T.KW_DEF) {
    const asyncTok = p.next();
    return parseFunctionDef(p, asyncTok, decorators);
  }
  if (p.kind() === T.KW_CLASS) return parseClassDef(p, decorators);
  return p.fail();
}

/** function_def_raw; `start` is the 'def' or 'async' token. */
function parseFunctionDef(p: Parser, start: Token, decorators: Expr[]): Stmt {
  const def = p.expect(T.KW_DEF);
  const name = p.expect(T.NAME);
  expectForced(p, T.LPAR, '(');
  const args = parseParams(p);
  p.expect(T.RPAR);
  let returns: Expr | null = null;
  if (p.kind() === T.RARROW) {
    p.next();
    returns = parseExpression(p);
  }
  expectForced(p, T.COLON, ':');
  const body = parseBlock(p, def, 'function definition');
  const isAsync = start.kind === T.KW_ASYNC;
  return end(p, start, (l, c, el, ec) =>
    isAsync
      ? mk.AsyncFunctionDef(name.text, args, body, decorators, returns, l, c, el, ec)
      : mk.FunctionDef(name.text, args, body, decorators, returns, l, c, el, ec));
}

function parseClassDef(p: Parser, decorators: Expr[]): Stmt {
  const cls = p.next();
  const name = p.expect(T.NAME);
  let bases: Expr[] = [];
  let keywords: Keyword[] = [];
  if (p.kind() === T.LPAR) {
    const call = parseArgumentsForClass(p);
    bases = call.args;
    keywords = call.keywords;
  }
  expectColon(p);
  const body = parseBlock(p, cls, 'class definition');
  return end(p, cls, (l, c, el, ec) => mk.ClassDef(name.text, bases, keywords, body, decorators, l, c, el, ec));
}

/** if_stmt / elif_stmt: an elif chain nests as a one-statement orelse. */
function parseIf(p: Parser): Stmt {
  const kw = p.next();
  const test = parseNamedExpression(p);
  expectColon(p);
  const body = parseBlock(p, kw, `'${kw.text}' statement`);
  let orelse: Stmt[] = [];
  if (p.kind() === T.KW_ELIF) {
    orelse = [parseIf(p)];
  } else if (p.kind() === T.KW_ELSE) {
    orelse = parseElse(p);
  }
  return end(p, kw, (l, c, el, ec) => mk.If(test, body, orelse, l, c, el, ec));
}

/** else_block: 'else' &&':' block */
function parseElse(p: Parser): Stmt[] {
  const kw = p.next();
  expectForced(p, T.COLON, ':');
  return parseBlock(p, kw, "'else' statement");
}

function parseWhile(p: Parser): Stmt {
  const kw = p.next();
  const test = parseNamedExpression(p);
  expectColon(p);
  const body = parseBlock(p, kw, "'while' statement");
  const orelse = p.kind() === T.KW_ELSE ? parseElse(p) : [];
  return end(p, kw, (l, c, el, ec) => mk.While(test, body, orelse, l, c, el, ec));
}

function parseFor(p: Parser, asyncTok: Token | null): Stmt {
  const kw = p.next();
  const afterFor = p.pos;
  const target = parseStarTargets(p);
  if (p.kind() !== T.KW_IN) inv.forTarget(p, afterFor);
  p.next();
  const iter = parseStarExpressions(p);
  expectColon(p);
  const body = parseBlock(p, kw, "'for' statement");
  const orelse = p.kind() === T.KW_ELSE ? parseElse(p) : [];
  const start = asyncTok ?? kw;
  return end(p, start, (l, c, el, ec) =>
    asyncTok
      ? mk.AsyncFor(target, iter, body, orelse, l, c, el, ec)
      : mk.For(target, iter, body, orelse, l, c, el, ec));
}

/** with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
function parseWithItem(p: Parser): WithItem {
  const contextExpr = parseExpression(p);
  if (p.kind() !== T.KW_AS) return mk.withitem(contextExpr, null);
  p.next();
  const target = parseSingleStarTarget(p);
  const k = p.kind();
  // A line ending here is invalid_with_stmt's "expected ':'", reported by the caller.
  if (k !== T.COMMA && k !== T.RPAR && k !== T.COLON && k !== T.NEWLINE) p.fail();
  return mk.withitem(contextExpr, target);
}

function parseWith(p: Parser, asyncTok: Token | null): Stmt {
  const kw = p.next();
  let items: WithItem[] | null = null;
  if (p.kind() === T.LPAR) {
    // 'with' '(' ','.with_item+ ','? ')' ':' — else the parenthesis starts an expression.
    const mark = p.mark();
    try {
      p.next();
      const list = [parseWithItem(p)];
      while (p.kind() === T.COMMA) {
        p.next();
        if (p.kind() === T.RPAR) break;
        list.push(parseWithItem(p));
      }
      p.expect(T.RPAR);
      if (p.kind() !== T.COLON) p.fail();
      items = list;
    } catch (e) {
      if (!(e instanceof ParseFailure)) throw e;
      p.reset(mark);
    }
  }
  if (items === null) {
    items = [parseWithItem(p)];
    while (p.kind() === T.COMMA) {
      p.next();
      items.push(parseWithItem(p));
    }
  }
  expectColon(p);
  const body = parseBlock(p, kw, "'with' statement");
  const start = asyncTok ?? kw;
  return end(p, start, (l, c, el, ec) =>
    asyncTok ? mk.AsyncWith(items!, body, l, c, el, ec) : mk.With(items!, body, l, c, el, ec));
}

function parseTry(p: Parser): Stmt {
  const kw = p.next();
  expectForced(p, T.COLON, ':');
  const body = parseBlock(p, kw, "'try' statement");
  const handlers: ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.kind() === T.KW_EXCEPT) {
    const handler = parseExceptHandler(p, star);
    star = handler.star;
    handlers.push(handler.node);
  }
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  if (handlers.length > 0 && p.kind() === T.KW_ELSE) orelse = parseElse(p);
  if (p.kind() === T.KW_FINALLY) {
    const fin = p.next();
    expectForced(p, T.COLON, ':');
    finalbody = parseBlock(p, fin, "'finally' statement");
  } else if (handlers.length === 0) {
    p.raiseHere("expected 'except' or 'finally' block");
  }
  return end(p, kw, (l, c, el, ec) =>
    star
      ? mk.TryStar(body, handlers, orelse, finalbody, l, c, el, ec)
      : mk.Try(body, handlers, orelse, finalbody, l, c, el, ec));
}

/** except_block / except_star_block; `star` is the kind of the handlers before (null: none). */
function parseExceptHandler(p: Parser, star: boolean | null): { node: ExceptHandler; star: boolean } {
  const kw = p.next();
  let isStar = false;
  if (p.kind() === T.STAR) {
    const starTok = p.next();
    isStar = true;
    if (star === false) p.raiseRange(tokSpan(kw), tokSpan(starTok), "cannot have both 'except' and 'except*' on the same 'try'");
    if (p.kind() === T.NEWLINE || p.kind() === T.COLON) p.raiseHere('expected one or more exception types');
  } else if (star === true) {
    p.raiseAtToken(kw, "cannot have both 'except' and 'except*' on the same 'try'");
  }
  let type: Expr | null = null;
  let name: string | null = null;
  if (isStar || p.kind() !== T.COLON) {
    type = parseExpression(p);
    if (p.kind() === T.COMMA) {
      p.next();
      parseExpressions(p);
      if (p.kind() === T.KW_AS) {
        p.next();
        p.expect(T.NAME);
      }
      p.expect(T.COLON);
      throw new RaisedError('multiple exception types must be parenthesized', type.lineno, type.col_offset, type.end_lineno, CURRENT_POS);
    }
    if (p.kind() === T.KW_AS) {
      p.next();
      name = p.expect(T.NAME).text;
    }
  }
  expectColon(p);
  const body = parseBlock(p, kw, isStar ? "'except*' statement" : "'except' statement");
  const node = end(p, kw, (l, c, el, ec) => mk.ExceptHandler(type, name, body, l, c, el, ec));
  return { node, star: isStar };
}

function tokSpan(t: Token): { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number } {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

// ---- match ----

/**
 * match_stmt, tried when a statement starts with the soft keyword `match`: if what follows is
 * not `subject ':'`, the statement is an ordinary one that uses `match` as a name.
 */
function tryMatchStatement(p: Parser): Stmt | null {
  const mark = p.mark();
  const kw = p.next();
  let subject: Expr;
  try {
    subject = parseSubject(p);
    if (p.kind() !== T.COLON) p.fail();
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    p.reset(mark);
    return null;
  }
  p.next();
  if (p.kind() !== T.NEWLINE) p.fail();
  p.next();
  if (p.kind() !== T.INDENT) {
    p.raiseHere(`expected an indented block after 'match' statement on line ${kw.lineno}`, 'IndentationError');
  }
  p.next();
  const cases: MatchCase[] = [];
  do {
    cases.push(parseCaseBlock(p));
  } while (p.kind() !== T.DEDENT);
  p.next();
  return end(p, kw, (l, c, el, ec) => mk.Match(subject, cases, l, c, el, ec));
}

/** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
function parseSubject(p: Parser): Expr {
  const start = p.tok;
  const first = parseStarNamedExpression(p);
  if (p.kind() !== T.COMMA) {
    if (first.nodeType === 'Starred') p.fail();
    return first;
  }
  const elts = [first];
  while (p.kind() === T.COMMA) {
    p.next();
    if (!startsExpression(p.kind())) break;
    elts.push(parseStarNamedExpression(p));
  }
  const last = p.last();
  return mk.Tuple(elts, 'Load', start.lineno, start.col, last.endLineno, last.endCol);
}

function parseCaseBlock(p: Parser): MatchCase {
  if (!p.atSoft('case')) p.fail();
  const kw = p.next();
  const pattern = parsePatterns(p);
  let guard: Expr | null = null;
  if (p.kind() === T.KW_IF) {
    p.next();
    guard = parseNamedExpression(p);
  }
  expectColon(p);
  const body = parseBlock(p, kw, "'case' statement");
  return mk.match_case(pattern, guard, body);
}
