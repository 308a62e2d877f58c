// Expressions: the `expressions` section of CPython 3.11's Grammar/python.gram, as recursive
// descent. Binary operators use precedence climbing (one loop for bitwise_or..term) instead of
// one function per level; the trees and positions are the same as the grammar's left recursion.

import { T, type Token } from '../lexer/tokens.js';
import type {
  Arguments, BoolOpKind, CmpOp, Comprehension, Expr, Keyword, Operator, Starred,
} from './ast.js';
import * as mk from './nodes.js';
import { parseNumber } from './numbers.js';
import { parseLambdaParams } from './params.js';
import { ParseFailure, type Parser } from './state.js';
import { concatenateStrings } from './strings.js';
import { parseStarTargets } from './targets.js';
import * as inv from './invalid.js';

/** Precedence of each binary operator token (0: not a binary operator here). */
const BIN_PREC = new Uint8Array(128);
const BIN_OP: Operator[] = [];
function binop(kind: T, prec: number, op: Operator): void {
  BIN_PREC[kind] = prec;
  BIN_OP[kind] = op;
}
binop(T.VBAR, 1, 'BitOr');
binop(T.CIRCUMFLEX, 2, 'BitXor');
binop(T.AMPER, 3, 'BitAnd');
binop(T.LEFTSHIFT, 4, 'LShift');
binop(T.RIGHTSHIFT, 4, 'RShift');
binop(T.PLUS, 5, 'Add');
binop(T.MINUS, 5, 'Sub');
binop(T.STAR, 6, 'Mult');
binop(T.SLASH, 6, 'Div');
binop(T.DOUBLESLASH, 6, 'FloorDiv');
binop(T.PERCENT, 6, 'Mod');
binop(T.AT, 6, 'MatMult');

/** Tokens that can begin an expression (used for lookaheads such as `yield [star_expressions]`). */
export function startsExpression(kind: T): boolean {
  switch (kind) {
    case T.NAME:
    case T.NUMBER:
    case T.STRING:
    case T.LPAR:
    case T.LSQB:
    case T.LBRACE:
    case T.MINUS:
    case T.PLUS:
    case T.TILDE:
    case T.ELLIPSIS:
    case T.KW_NOT:
    case T.KW_LAMBDA:
    case T.KW_AWAIT:
    case T.KW_TRUE:
    case T.KW_FALSE:
    case T.KW_NONE:
    case T.STAR:
      return true;
    default:
      return false;
  }
}

// ---- top levels ----

/** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
export function parseExpression(p: Parser): Expr {
  if (p.kind() === T.KW_LAMBDA) return parseLambda(p);
  p.enter();
  const start = p.tok;
  const startPos = p.pos;
  const body = parseDisjunction(p);
  if (p.kind() !== T.KW_IF) {
    if (startsExpression(p.kind()) && p.kind() !== T.STAR && p.checks()) {
      inv.juxtaposedExpressions(p, startPos, body);
    }
    p.leave();
    return body;
  }
  // As in the PEG grammar, a conditional that does not parse leaves just the disjunction.
  const mark = p.mark();
  try {
    p.next();
    const test = parseDisjunction(p);
    if (p.kind() !== T.KW_ELSE) {
      if (p.kind() !== T.COLON && p.checks()) inv.missingElse(p, body, test);
      p.fail();
    }
    p.next();
    const orelse = parseExpression(p);
    const end = p.last();
    return mk.IfExp(test, body, orelse, start.lineno, start.col, end.endLineno, end.endCol);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    p.reset(mark);
    return body;
  } finally {
    p.leave();
  }
}

/**
 * named_expression: NAME ':=' expression | expression !':='. Call arguments are read by the
 * same rule without invalid_named_expression (`inCall`): there `f(a.b=1)` is invalid_kwarg's.
 */
export function parseNamedExpression(p: Parser, inCall = false): Expr {
  if (p.kind() === T.NAME && p.peekKind(1) === T.COLONEQUAL) return parseAssignmentExpression(p);
  const startPos = p.pos;
  const e = parseExpression(p);
  if (p.checks() && !inCall) {
    if (p.kind() === T.COLONEQUAL) inv.walrusTarget(p, e);
    if (p.kind() === T.EQUAL) inv.namedExpressionAssign(p, startPos, e);
  }
  return e;
}

function parseAssignmentExpression(p: Parser): Expr {
  const name = p.next();
  p.next();
  const value = parseExpression(p);
  const target = mk.Name(name.text, 'Store', name.lineno, name.col, name.endLineno, name.endCol);
  const end = p.last();
  return mk.NamedExpr(target, value, name.lineno, name.col, end.endLineno, end.endCol);
}

/** star_expression: '*' bitwise_or | expression */
export function parseStarExpression(p: Parser): Expr {
  if (p.kind() === T.STAR) return parseStarred(p, parseBitOr);
  return parseExpression(p);
}

/** star_named_expression: '*' bitwise_or | named_expression */
export function parseStarNamedExpression(p: Parser): Expr {
  if (p.kind() === T.STAR) return parseStarred(p, parseBitOr);
  return parseNamedExpression(p);
}

function parseStarred(p: Parser, inner: (p: Parser) => Expr): Starred {
  const star = p.next();
  const value = inner(p);
  const end = p.last();
  return mk.Starred(value, 'Load', star.lineno, star.col, end.endLineno, end.endCol);
}

/**
 * A comma-separated sequence of `item`, as a Tuple when there is a comma (the trailing comma is
 * part of the tuple's span). `stop` tells whether the token after a comma ends the sequence.
 */
function parseTupleOf(p: Parser, item: (p: Parser) => Expr, stop: (kind: T) => boolean): Expr {
  const start = p.tok;
  const first = item(p);
  if (p.kind() !== T.COMMA) return first;
  const elts = [first];
  while (p.kind() === T.COMMA) {
    p.next();
    if (stop(p.kind())) break;
    elts.push(item(p));
  }
  const end = p.last();
  return mk.Tuple(elts, 'Load', start.lineno, start.col, end.endLineno, end.endCol);
}

function notExpressionStart(kind: T): boolean {
  return !startsExpression(kind);
}

/** star_expressions: star_expression (',' star_expression)* [','] */
export function parseStarExpressions(p: Parser): Expr {
  return parseTupleOf(p, parseStarExpression, notExpressionStart);
}

/** expressions: expression (',' expression)* [','] */
export function parseExpressions(p: Parser): Expr {
  return parseTupleOf(p, parseExpression, notExpressionStart);
}

/** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
export function parseYieldExpr(p: Parser): Expr {
  const kw = p.next();
  if (p.kind() === T.KW_FROM) {
    p.next();
    const value = parseExpression(p);
    const end = p.last();
    return mk.YieldFrom(value, kw.lineno, kw.col, end.endLineno, end.endCol);
  }
  if (startsExpression(p.kind())) {
    const value = parseStarExpressions(p);
    const end = p.last();
    return mk.Yield(value, kw.lineno, kw.col, end.endLineno, end.endCol);
  }
  return mk.Yield(null, kw.lineno, kw.col, kw.endLineno, kw.endCol);
}

// ---- boolean operators and comparisons ----

export function parseDisjunction(p: Parser): Expr {
  const start = p.tok;
  const first = parseConjunction(p);
  if (p.kind() !== T.KW_OR) return first;
  return parseBoolOp(p, start, first, T.KW_OR, 'Or', parseConjunction);
}

function parseConjunction(p: Parser): Expr {
  const start = p.tok;
  const first = parseInversion(p);
  if (p.kind() !== T.KW_AND) return first;
  return parseBoolOp(p, start, first, T.KW_AND, 'And', parseInversion);
}

function parseBoolOp(
  p: Parser, start: Token, first: Expr, kind: T, op: BoolOpKind, operand: (p: Parser) => Expr,
): Expr {
  const values = [first];
  while (p.kind() === kind) {
    const mark = p.mark();
    p.next();
    const value = tryRule(p, operand, mark);
    if (value === null) break;
    values.push(value);
  }
  if (values.length === 1) return first;
  const end = p.last();
  return mk.BoolOp(op, values, start.lineno, start.col, end.endLineno, end.endCol);
}

/** inversion: 'not' inversion | comparison — a chain of 'not's is read in a loop. */
function parseInversion(p: Parser): Expr {
  if (p.kind() !== T.KW_NOT) return parseComparison(p);
  const nots: Token[] = [];
  while (p.kind() === T.KW_NOT) nots.push(p.next());
  let operand = parseComparison(p);
  const end = p.last();
  for (let i = nots.length - 1; i >= 0; i--) {
    operand = mk.UnaryOp('Not', operand, nots[i].lineno, nots[i].col, end.endLineno, end.endCol);
  }
  return operand;
}

/** The comparison operator at the cursor (consuming it), or null. */
function compareOp(p: Parser): CmpOp | null {
  switch (p.kind()) {
    case T.EQEQUAL:
      p.next();
      return 'Eq';
    case T.NOTEQUAL:
      // '<>' is only '!=' under `from __future__ import barry_as_FLUFL`.
      if (p.tok.text !== '!=') return null;
      p.next();
      return 'NotEq';
    case T.LESSEQUAL:
      p.next();
      return 'LtE';
    case T.LESS:
      p.next();
      return 'Lt';
    case T.GREATEREQUAL:
      p.next();
      return 'GtE';
    case T.GREATER:
      p.next();
      return 'Gt';
    case T.KW_IN:
      p.next();
      return 'In';
    case T.KW_NOT:
      if (p.peekKind(1) !== T.KW_IN) return null;
      p.next();
      p.next();
      return 'NotIn';
    case T.KW_IS:
      p.next();
      if (p.kind() === T.KW_NOT) {
        p.next();
        return 'IsNot';
      }
      return 'Is';
    default:
      return null;
  }
}

function parseComparison(p: Parser): Expr {
  const start = p.tok;
  const left = parseBitOr(p);
  let mark = p.mark();
  let op = compareOp(p);
  if (op === null) return left;
  const ops: CmpOp[] = [];
  const comparators: Expr[] = [];
  while (op !== null) {
    const comparator = tryRule(p, parseBitOr, mark);
    if (comparator === null) break;
    ops.push(op);
    comparators.push(comparator);
    mark = p.mark();
    op = compareOp(p);
  }
  if (ops.length === 0) return left;
  const end = p.last();
  return mk.Compare(left, ops, comparators, start.lineno, start.col, end.endLineno, end.endCol);
}

// ---- arithmetic ----

export function parseBitOr(p: Parser): Expr {
  return parseBinary(p, 1);
}

function parseBinary(p: Parser, minPrec: number): Expr {
  const start = p.tok;
  let left = parseFactor(p);
  for (;;) {
    const kind = p.kind();
    const prec = kind < 128 ? BIN_PREC[kind] : 0;
    if (prec === 0 || prec < minPrec) return left;
    const mark = p.mark();
    p.next();
    const right = tryRule(p, (q) => parseBinary(q, prec + 1), mark);
    if (right === null) return left;
    const end = p.last();
    left = mk.BinOp(left, BIN_OP[kind], right, start.lineno, start.col, end.endLineno, end.endCol);
  }
}

/**
 * factor: ('+' | '-' | '~') factor | power — a chain of prefix operators is read in a loop, so
 * that chains as long as CPython accepts (thousands) use no JS stack.
 */
function parseFactor(p: Parser): Expr {
  let kind = p.kind();
  if (kind !== T.PLUS && kind !== T.MINUS && kind !== T.TILDE) return parsePower(p);
  const ops: Token[] = [];
  while (kind === T.PLUS || kind === T.MINUS || kind === T.TILDE) {
    ops.push(p.next());
    kind = p.kind();
  }
  let operand = parsePower(p);
  const end = p.last();
  for (let i = ops.length - 1; i >= 0; i--) {
    const t = ops[i];
    const op = t.kind === T.PLUS ? 'UAdd' : t.kind === T.MINUS ? 'USub' : 'Invert';
    operand = mk.UnaryOp(op, operand, t.lineno, t.col, end.endLineno, end.endCol);
  }
  return operand;
}

function parsePower(p: Parser): Expr {
  const start = p.tok;
  const base = parseAwaitPrimary(p);
  if (p.kind() !== T.DOUBLESTAR) return base;
  const mark = p.mark();
  p.next();
  const exp = tryRule(p, parseFactor, mark);
  if (exp === null) return base;
  const end = p.last();
  return mk.BinOp(base, 'Pow', exp, start.lineno, start.col, end.endLineno, end.endCol);
}

function parseAwaitPrimary(p: Parser): Expr {
  if (p.kind() === T.KW_AWAIT) {
    const kw = p.next();
    const value = parsePrimary(p);
    const end = p.last();
    return mk.Await(value, kw.lineno, kw.col, end.endLineno, end.endCol);
  }
  return parsePrimary(p);
}

// ---- primaries ----

export function parsePrimary(p: Parser): Expr {
  const start = p.tok;
  let e = parseAtom(p);
  for (;;) {
    const next = parseTrailer(p, e, start);
    if (next === null) return e;
    e = next;
  }
}

/** One `.name`, call or subscript applied to `e`, or null when none follows. */
export function parseTrailer(p: Parser, e: Expr, start: Token): Expr | null {
  switch (p.kind()) {
    case T.DOT: {
      if (p.peekKind(1) !== T.NAME) return null;
      p.next();
      const name = p.next();
      return mk.Attribute(e, name.text, 'Load', start.lineno, start.col, name.endLineno, name.endCol);
    }
    case T.LPAR:
      return tryRule(p, (q) => parseCall(q, e, start), p.mark());
    case T.LSQB:
      return tryRule(p, (q) => parseSubscript(q, e, start), p.mark());
    default:
      return null;
  }
}

function parseSubscript(p: Parser, e: Expr, start: Token): Expr {
  p.next();
  const slice = parseSlices(p);
  const close = p.expect(T.RSQB);
  return mk.Subscript(e, slice, 'Load', start.lineno, start.col, close.endLineno, close.endCol);
}

/**
 * Runs `rule`; if it fails, rewinds to `mark` and returns null. This gives the PEG grammar's
 * ordered choice where an operator or trailer whose operand does not parse is simply not part
 * of the expression (the caller then fails on it, at the same farthest token).
 */
function tryRule<R>(p: Parser, rule: (p: Parser) => R, mark: number): R | null {
  try {
    return rule(p);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    p.reset(mark);
    return null;
  }
}

/** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
function parseSlices(p: Parser): Expr {
  const start = p.tok;
  const first = parseSliceItem(p);
  if (p.kind() !== T.COMMA) {
    if (first.nodeType === 'Starred') return tupleOf(p, [first], start);
    return first;
  }
  const elts = [first];
  while (p.kind() === T.COMMA) {
    p.next();
    if (p.kind() === T.RSQB) break;
    elts.push(parseSliceItem(p));
  }
  return tupleOf(p, elts, start);
}

function tupleOf(p: Parser, elts: Expr[], start: Token): Expr {
  const end = p.last();
  return mk.Tuple(elts, 'Load', start.lineno, start.col, end.endLineno, end.endCol);
}

/** slice: [expression] ':' [expression] [':' [expression]] | named_expression; or '*' expression */
function parseSliceItem(p: Parser): Expr {
  if (p.kind() === T.STAR) return parseStarred(p, parseExpression);
  const start = p.tok;
  let lower: Expr | null = null;
  if (p.kind() !== T.COLON) {
    // A bare `NAME := value` is a whole slice item; it cannot be a slice's lower bound.
    const walrus = startsWalrus(p);
    lower = parseNamedExpression(p);
    if (p.kind() !== T.COLON) return lower;
    if (walrus) p.fail();
  }
  p.next();
  let upper: Expr | null = null;
  let step: Expr | null = null;
  if (startsSliceExpr(p.kind())) upper = parseExpression(p);
  if (p.kind() === T.COLON) {
    p.next();
    if (startsSliceExpr(p.kind())) step = parseExpression(p);
  }
  const end = p.last();
  return mk.Slice(lower, upper, step, start.lineno, start.col, end.endLineno, end.endCol);
}

function startsSliceExpr(kind: T): boolean {
  return kind !== T.STAR && startsExpression(kind);
}

function startsWalrus(p: Parser): boolean {
  return p.kind() === T.NAME && p.peekKind(1) === T.COLONEQUAL;
}

// ---- atoms ----

export function parseAtom(p: Parser): Expr {
  const t = p.tok;
  switch (t.kind) {
    case T.NAME:
      p.next();
      return mk.Name(t.text, 'Load', t.lineno, t.col, t.endLineno, t.endCol);
    case T.NUMBER:
      p.next();
      return mk.Constant(parseNumber(p, t), null, t.lineno, t.col, t.endLineno, t.endCol);
    case T.STRING:
      return parseStrings(p);
    case T.KW_TRUE:
      p.next();
      return mk.Constant({ t: 'bool', v: true }, null, t.lineno, t.col, t.endLineno, t.endCol);
    case T.KW_FALSE:
      p.next();
      return mk.Constant({ t: 'bool', v: false }, null, t.lineno, t.col, t.endLineno, t.endCol);
    case T.KW_NONE:
      p.next();
      return mk.Constant({ t: 'None' }, null, t.lineno, t.col, t.endLineno, t.endCol);
    case T.ELLIPSIS:
      p.next();
      return mk.Constant({ t: 'Ellipsis' }, null, t.lineno, t.col, t.endLineno, t.endCol);
    case T.LPAR:
      return parseParen(p);
    case T.LSQB:
      return parseBracket(p);
    case T.LBRACE:
      return parseBrace(p);
    default:
      return p.fail();
  }
}

export function parseStrings(p: Parser): Expr {
  const first = p.pos;
  while (p.kind() === T.STRING) p.next();
  return concatenateStrings(p, p.tokens.slice(first, p.pos));
}

/** '(' tuple | group | genexp ')' */
function parseParen(p: Parser): Expr {
  const openPos = p.pos;
  const open = p.next();
  p.enter();
  try {
    if (p.kind() === T.RPAR) {
      const close = p.next();
      return mk.Tuple([], 'Load', open.lineno, open.col, close.endLineno, close.endCol);
    }
    if (p.kind() === T.KW_YIELD) {
      const y = parseYieldExpr(p);
      p.expect(T.RPAR);
      return y;
    }
    const first = parseStarNamedExpression(p);
    if (p.kind() === T.RPAR) {
      if (first.nodeType === 'Starred') inv.starredGroup(p, first);
      p.next();
      return first;
    }
    if (p.kind() === T.KW_FOR || (p.kind() === T.KW_ASYNC && p.peekKind(1) === T.KW_FOR)) {
      if (first.nodeType === 'Starred') inv.starredComprehension(p, first);
      const generators = parseForIfClauses(p);
      const close = p.expect(T.RPAR);
      return mk.GeneratorExp(first, generators, open.lineno, open.col, close.endLineno, close.endCol);
    }
    if (p.kind() !== T.COMMA) inv.afterParenItem(p, openPos, first);
    const elts = [first];
    while (p.kind() === T.COMMA) {
      p.next();
      if (p.kind() === T.RPAR) break;
      elts.push(parseStarNamedExpression(p));
    }
    const close = p.expect(T.RPAR);
    return mk.Tuple(elts, 'Load', open.lineno, open.col, close.endLineno, close.endCol);
  } finally {
    p.leave();
  }
}

/** '[' list | listcomp ']' */
function parseBracket(p: Parser): Expr {
  const open = p.next();
  p.enter();
  try {
    if (p.kind() === T.RSQB) {
      const close = p.next();
      return mk.List([], 'Load', open.lineno, open.col, close.endLineno, close.endCol);
    }
    const first = parseStarNamedExpression(p);
    if (p.kind() === T.KW_FOR || (p.kind() === T.KW_ASYNC && p.peekKind(1) === T.KW_FOR)) {
      if (first.nodeType === 'Starred') inv.starredComprehension(p, first);
      const generators = parseForIfClauses(p);
      const close = p.expect(T.RSQB);
      return mk.ListComp(first, generators, open.lineno, open.col, close.endLineno, close.endCol);
    }
    const elts = [first];
    while (p.kind() === T.COMMA) {
      p.next();
      if (p.kind() === T.RSQB) break;
      elts.push(parseStarNamedExpression(p));
    }
    const close = p.expect(T.RSQB);
    return mk.List(elts, 'Load', open.lineno, open.col, close.endLineno, close.endCol);
  } finally {
    p.leave();
  }
}

/** '{' dict | set | dictcomp | setcomp '}' */
function parseBrace(p: Parser): Expr {
  const open = p.next();
  p.enter();
  try {
    if (p.kind() === T.RBRACE) {
      const close = p.next();
      return mk.Dict([], [], open.lineno, open.col, close.endLineno, close.endCol);
    }
    if (p.kind() === T.DOUBLESTAR) return parseDictRest(p, open, [], []);
    const walrus = startsWalrus(p);
    const first = parseStarNamedExpression(p);
    if (p.kind() === T.COLON) {
      if (first.nodeType === 'Starred' || walrus) p.fail();
      const colon = p.next();
      inv.dictValue(p, colon);
      const value = parseExpression(p);
      if (p.kind() === T.KW_FOR || (p.kind() === T.KW_ASYNC && p.peekKind(1) === T.KW_FOR)) {
        const generators = parseForIfClauses(p);
        const close = p.expect(T.RBRACE);
        return mk.DictComp(first, value, generators, open.lineno, open.col, close.endLineno, close.endCol);
      }
      return parseDictRest(p, open, [first], [value]);
    }
    if (p.kind() === T.KW_FOR || (p.kind() === T.KW_ASYNC && p.peekKind(1) === T.KW_FOR)) {
      if (first.nodeType === 'Starred') inv.starredComprehension(p, first);
      const generators = parseForIfClauses(p);
      const close = p.expect(T.RBRACE);
      return mk.SetComp(first, generators, open.lineno, open.col, close.endLineno, close.endCol);
    }
    const elts = [first];
    while (p.kind() === T.COMMA) {
      p.next();
      if (p.kind() === T.RBRACE) break;
      elts.push(parseStarNamedExpression(p));
    }
    const close = p.expect(T.RBRACE);
    return mk.SetExpr(elts, open.lineno, open.col, close.endLineno, close.endCol);
  } finally {
    p.leave();
  }
}

/** The rest of a dict display: (',' (kvpair | '**' bitwise_or))* [','] '}' */
function parseDictRest(p: Parser, open: Token, keys: (Expr | null)[], values: Expr[]): Expr {
  let needComma = keys.length > 0;
  for (;;) {
    if (needComma) {
      if (p.kind() !== T.COMMA) break;
      p.next();
    }
    needComma = true;
    if (p.kind() === T.RBRACE) break;
    if (p.kind() === T.DOUBLESTAR) {
      p.next();
      keys.push(null);
      values.push(parseBitOr(p));
      continue;
    }
    // CPython reads keys after the first entry without its invalid_expression checks.
    p.invalidOff++;
    let key: Expr;
    try {
      key = parseExpression(p);
    } finally {
      p.invalidOff--;
    }
    if (p.kind() !== T.COLON) inv.dictMissingColon(p, key);
    const colon = p.next();
    inv.dictValue(p, colon);
    values.push(parseExpression(p));
    keys.push(key);
  }
  const close = p.expect(T.RBRACE);
  return mk.Dict(keys, values, open.lineno, open.col, close.endLineno, close.endCol);
}

/** for_if_clauses: ([ASYNC] 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
export function parseForIfClauses(p: Parser): Comprehension[] {
  const generators: Comprehension[] = [];
  for (;;) {
    let isAsync = 0;
    if (p.kind() === T.KW_ASYNC && p.peekKind(1) === T.KW_FOR) {
      p.next();
      isAsync = 1;
    } else if (p.kind() !== T.KW_FOR) {
      break;
    }
    p.next();
    const afterFor = p.pos;
    const target = parseStarTargets(p);
    if (p.kind() !== T.KW_IN) inv.forTarget(p, afterFor);
    p.next();
    const iter = parseDisjunction(p);
    const ifs: Expr[] = [];
    while (p.kind() === T.KW_IF) {
      p.next();
      ifs.push(parseDisjunction(p));
    }
    generators.push(mk.comprehension(target, iter, ifs, isAsync));
  }
  return generators;
}

// ---- calls ----

/** primary '(' [arguments] ')' | primary genexp */
function parseCall(p: Parser, func: Expr, start: Token): Expr {
  const call = parseCallArguments(p, /* allowGenexp */ true);
  const close = call.close;
  return mk.Call(func, call.args, call.keywords, start.lineno, start.col, close.endLineno, close.endCol);
}

/** A class definition's '(' [arguments] ')'. */
export function parseArgumentsForClass(p: Parser): { args: Expr[]; keywords: Keyword[] } {
  return parseCallArguments(p, /* allowGenexp */ false);
}

interface CallArguments {
  args: Expr[];
  keywords: Keyword[];
  close: Token;
}

/**
 * '(' [arguments] ')' at the cursor. Positional arguments come first; after a keyword, `*x` may
 * still follow (it goes to args), after `**x` only keywords may. `f(x for x in y)` is one
 * GeneratorExp argument spanning the call's parentheses.
 */
function parseCallArguments(p: Parser, allowGenexp: boolean): CallArguments {
  const open = p.next();
  p.enter();
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  while (p.kind() !== T.RPAR) {
    const t = p.tok;
    if (t.kind === T.STAR) {
      if (sawDoubleStar && p.checks()) inv.starAfterDoubleStar(p);
      args.push(parseStarred(p, parseExpression));
    } else if (t.kind === T.DOUBLESTAR) {
      p.next();
      const value = parseExpression(p);
      const end = p.last();
      keywords.push(mk.keyword(null, value, t.lineno, t.col, end.endLineno, end.endCol));
      sawDoubleStar = true;
    } else if (t.kind === T.NAME && p.peekKind(1) === T.EQUAL) {
      p.next();
      p.next();
      const value = parseExpression(p);
      if (p.kind() === T.KW_FOR || (p.kind() === T.KW_ASYNC && p.peekKind(1) === T.KW_FOR)) {
        inv.keywordGenexp(p, t);
      }
      const end = p.last();
      keywords.push(mk.keyword(t.text, value, t.lineno, t.col, end.endLineno, end.endCol));
      sawKeyword = true;
    } else {
      const arg = parseNamedExpression(p, /* inCall */ true);
      if (p.kind() === T.EQUAL) inv.keywordTarget(p, arg);
      if (p.kind() === T.KW_FOR || (p.kind() === T.KW_ASYNC && p.peekKind(1) === T.KW_FOR)) {
        const generators = parseForIfClauses(p);
        if (allowGenexp && args.length === 0 && keywords.length === 0 && p.kind() === T.RPAR) {
          const close = p.next();
          p.leave();
          const gen = mk.GeneratorExp(arg, generators, open.lineno, open.col, close.endLineno, close.endCol);
          return { args: [gen], keywords: [], close };
        }
        inv.unparenthesizedGenexp(p, arg, generators, args.length + keywords.length);
      }
      if (sawKeyword || sawDoubleStar) inv.positionalAfterKeyword(p, sawDoubleStar);
      args.push(arg);
    }
    if (p.kind() !== T.COMMA) break;
    p.next();
  }
  const close = p.expect(T.RPAR);
  p.leave();
  return { args, keywords, close };
}

// ---- lambda ----

function parseLambda(p: Parser): Expr {
  const kw = p.next();
  const args: Arguments = p.kind() === T.COLON ? mk.emptyArguments() : parseLambdaParams(p);
  p.expect(T.COLON);
  p.enter();
  const body = parseExpression(p);
  p.leave();
  const end = p.last();
  return mk.Lambda(args, body, kw.lineno, kw.col, end.endLineno, end.endCol);
}

