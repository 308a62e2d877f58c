// CPython's invalid_* grammar rules: what CPython says when a construct fails to parse in a
// recognizable way. Each helper is called at the point where pyaot's parser finds the
// mismatch, and raises CPython's message and location (or the generic failure when the rule
// would not fire).

import { T, type Token } from '../lexer/tokens.js';
import type { Comprehension, Expr } from './ast.js';
import {
  parseBitOr, parseExpression, parseStarExpressions, parseStarNamedExpression, startsExpression,
} from './expressions.js';
import { CURRENT_POS, ParseFailure, RaisedError, type Parser } from './state.js';
import { exprName, invalidTarget } from './targets.js';

/** Soft keywords, which may be followed by an expression in valid code (`match x:`). */
const SOFT_KEYWORDS = new Set(['match', 'case', '_']);

/**
 * invalid_expression and invalid_legacy_expression: an expression directly followed by another.
 * `print x` is Python 2's print statement; inside brackets, `[a b]` probably lacks a comma.
 * `startPos` is the index of the first token of `a`; the cursor is just after it.
 */
export function juxtaposedExpressions(p: Parser, startPos: number, a: Expr): void {
  const first = p.tokens[startPos];
  const singleName = first.kind === T.NAME && p.pos === startPos + 1;
  const legacy = a.nodeType === 'Name' && (a.id === 'print' || a.id === 'exec');
  const nameString = first.kind === T.NAME && p.tokens[startPos + 1].kind === T.STRING;
  if (!nameString && !(first.kind === T.NAME && SOFT_KEYWORDS.has(first.text))) {
    const b = p.lookahead((q) => {
      const e = parseExpression(q);
      return { e, level: q.tokens[q.pos - 1].level };
    });
    if (b !== null && !legacy && b.level > 0) {
      p.raiseRange(a, b.e, 'invalid syntax. Perhaps you forgot a comma?');
    }
  }
  if (singleName && legacy) {
    const b = p.lookahead(parseStarExpressions);
    if (b !== null) {
      p.raiseRange(a, b, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`);
    }
  }
}

/** invalid_expression: `a if b` with no `else`. */
export function missingElse(p: Parser, body: Expr, test: Expr): never {
  if (!p.checks()) p.fail();
  if (p.kind() === T.COLON) p.fail();
  p.raiseRange(body, test, "expected 'else' after 'if' expression");
}

/** invalid_named_expression: `x.y := 1` (when an expression follows the ':='). */
export function walrusTarget(p: Parser, target: Expr): void {
  if (!p.checks()) return;
  const value = p.lookahead((q) => {
    q.next();
    return parseExpression(q);
  });
  if (value !== null) p.raiseRange(target, target, `cannot use assignment expressions with ${exprName(target)}`);
}

/**
 * invalid_named_expression: `if x = 1:` and `if x.y = 1:` — an '=' where a comparison was meant,
 * when `= bitwise_or` follows and no further '=' or ':='.
 */
export function namedExpressionAssign(p: Parser, startPos: number, e: Expr): void {
  if (!p.checks()) return;
  const value = p.lookahead((q) => {
    q.next();
    const v = parseBitOr(q);
    return q.kind() === T.EQUAL || q.kind() === T.COLONEQUAL ? null : v;
  });
  if (value === null) return;
  const first = p.tokens[startPos];
  if (first.kind === T.NAME && p.pos === startPos + 1) {
    p.raiseRange(e, value, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  if (!isBitwiseOrLevel(e) || startsWithDisplay(e, first)) return;
  p.raiseRange(e, e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
}

/** Whether `e` is what the bitwise_or rule produces (no boolean, comparison or conditional). */
function isBitwiseOrLevel(e: Expr): boolean {
  switch (e.nodeType) {
    case 'BoolOp':
    case 'Compare':
    case 'IfExp':
    case 'Lambda':
    case 'NamedExpr':
      return false;
    case 'UnaryOp':
      return e.op !== 'Not';
    default:
      return true;
  }
}

/** CPython's `!(list|tuple|genexp|'True'|'None'|'False')`: what the expression starts with. */
function startsWithDisplay(e: Expr, first: Token): boolean {
  if (first.kind === T.KW_TRUE || first.kind === T.KW_NONE || first.kind === T.KW_FALSE) return true;
  let left: Expr = e;
  for (;;) {
    if (left.nodeType === 'BinOp') left = left.left;
    else if (left.nodeType === 'Attribute' || left.nodeType === 'Subscript') left = left.value;
    else if (left.nodeType === 'Call') left = left.func;
    else break;
  }
  if (left.lineno !== first.lineno || left.col_offset !== first.col) return false;
  if (left.nodeType === 'List' || left.nodeType === 'GeneratorExp') return true;
  return left.nodeType === 'Tuple' && first.kind === T.LPAR;
}

/** invalid_group: `(*x)` */
export function starredGroup(p: Parser, starred: Expr): never {
  if (!p.checks()) p.fail();
  p.raiseRange(starred, starred, 'cannot use starred expression here');
}

/** invalid_comprehension: `[*x for x in y]` */
export function starredComprehension(p: Parser, starred: Expr): never {
  if (!p.checks()) p.fail();
  p.raiseRange(starred, starred, 'iterable unpacking cannot be used in comprehension');
}

/**
 * invalid_group: after '(' and a first item, neither ')' nor ',' nor a comprehension followed.
 * For `(*a ...)`, CPython re-reads `'*' expression`, whose own checks may name the problem.
 */
export function afterParenItem(p: Parser, openPos: number, first: Expr): never {
  if (!p.checks() || first.nodeType !== 'Starred') p.fail();
  const mark = p.pos;
  p.reset(openPos + 2);
  try {
    parseExpression(p);
    if (p.kind() === T.RPAR) starredGroup(p, first);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
  }
  p.reset(mark);
  p.fail();
}

/** invalid_kvpair: a dict key after the first entry, not followed by ':'. */
export function dictMissingColon(p: Parser, key: Expr): never {
  if (!p.checks()) p.fail();
  throw new RaisedError("':' expected after dictionary key", key.lineno, key.end_col_offset - 1, key.end_lineno, -1);
}

/** invalid_kvpair / invalid_double_starred_kvpairs: what follows a dict key's ':'. */
export function dictValue(p: Parser, colon: Token): void {
  if (!p.checks()) return;
  if (p.kind() === T.STAR) {
    const star = p.tok;
    p.lookahead((q) => {
      q.next();
      return parseBitOr(q);
    });
    throw new RaisedError('cannot use a starred expression in a dictionary value', star.lineno, star.col, star.endLineno, CURRENT_POS);
  }
  if (p.kind() === T.RBRACE || p.kind() === T.COMMA) {
    p.raiseAtToken(colon, "expression expected after dictionary key and ':'");
  }
}

/**
 * invalid_for_target: the target of a `for` is not followed by 'in'. CPython re-reads it as
 * star_expressions (so `for x y in z` reports the missing comma) and names what cannot be
 * assigned to. `afterFor` is the index of the token after 'for'.
 */
export function forTarget(p: Parser, afterFor: number): never {
  if (!p.checks()) p.fail();
  const end = p.pos;
  p.reset(afterFor);
  let target: Expr;
  try {
    target = parseStarExpressions(p);
  } catch (e) {
    if (e instanceof ParseFailure) {
      p.reset(end);
      p.fail();
    }
    throw e;
  }
  const bad = invalidTarget(target, 'for');
  if (bad === null) {
    p.reset(end);
    p.fail();
  }
  p.raiseRange(bad, bad, `cannot assign to ${exprName(bad)}`);
}

/** invalid_arguments: `f(**k, *a)` */
export function starAfterDoubleStar(p: Parser): never {
  if (!p.checks()) p.fail();
  p.raiseAtToken(p.tok, 'iterable argument unpacking follows keyword argument unpacking');
}

/** invalid_kwarg: `f(a.b=1)`, `f(True=1)` */
export function keywordTarget(p: Parser, arg: Expr): never {
  if (!p.checks()) p.fail();
  const eq = p.tok;
  const eqPos = { lineno: eq.lineno, col_offset: eq.col, end_lineno: eq.endLineno, end_col_offset: eq.endCol };
  if (arg.nodeType === 'Constant' && (arg.value.t === 'bool' || arg.value.t === 'None')) {
    p.raiseRange(arg, eqPos, `cannot assign to ${exprName(arg)}`);
  }
  p.raiseRange(arg, eqPos, 'expression cannot contain assignment, perhaps you meant "=="?');
}

/** invalid_kwarg: `f(a=x for x in y)` */
export function keywordGenexp(p: Parser, name: Token): never {
  if (!p.checks()) p.fail();
  const eq = p.tokens[p.tokens.indexOf(name) + 1];
  p.raiseRange(
    { lineno: name.lineno, col_offset: name.col, end_lineno: name.endLineno, end_col_offset: name.endCol },
    { lineno: eq.lineno, col_offset: eq.col, end_lineno: eq.endLineno, end_col_offset: eq.endCol },
    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
  );
}

/** invalid_arguments: `f(a, x for x in y)` */
export function unparenthesizedGenexp(p: Parser, elt: Expr, generators: Comprehension[], before: number): never {
  if (!p.checks()) p.fail();
  if (before === 0 && p.kind() !== T.COMMA) p.fail();
  const last = generators[generators.length - 1];
  const lastItem = last.ifs.length > 0 ? last.ifs[last.ifs.length - 1] : last.iter;
  p.raiseRange(elt, lastItem, 'Generator expression must be parenthesized');
}

/** _PyPegen_arguments_parsing_error: a positional argument after keywords. */
export function positionalAfterKeyword(p: Parser, afterDoubleStar: boolean): never {
  if (!p.checks()) p.fail();
  // CPython reads the rest of the arguments first; the message sits at the last token read.
  p.lookahead((q) => {
    while (q.kind() === T.COMMA) {
      q.next();
      if (q.kind() === T.STAR || q.kind() === T.DOUBLESTAR) q.next();
      else if (q.kind() === T.NAME && q.peekKind(1) === T.EQUAL) {
        q.next();
        q.next();
      }
      parseExpression(q);
    }
    q.peekKind(0);
    return null;
  });
  p.raiseHere(afterDoubleStar
    ? 'positional argument follows keyword argument unpacking'
    : 'positional argument follows keyword argument');
}

/**
 * invalid_assignment's second alternative reads the statement's leading expressions as
 * star_named_expressions, so that `2 = x` gets invalid_named_expression's message ("cannot
 * assign to literal here. Maybe you meant '==' instead of '='?"). `start` is the statement's
 * first token; the cursor is restored when nothing is raised.
 */
export function statementNamedExpressions(p: Parser, start: Token): void {
  if (!p.checks()) return;
  const mark = p.pos;
  p.reset(p.tokens.lastIndexOf(start, mark));
  try {
    // star_named_expression ',' star_named_expressions*: the lists may follow one another.
    parseStarNamedExpression(p);
    if (p.kind() === T.COMMA) {
      p.next();
      while (startsExpression(p.kind())) {
        parseStarNamedExpression(p);
        if (p.kind() === T.COMMA) p.next();
      }
    }
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
  }
  p.reset(mark);
}
