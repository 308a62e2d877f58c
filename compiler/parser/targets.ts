// Assignment, deletion and loop targets. CPython's grammar has separate target rules
// (star_targets, single_target, del_targets); pyaot parses a target as an expression of the
// level the target rule allows and then checks its shape and sets its context, which yields the
// same nodes and positions. Invalid targets get CPython's "cannot assign to ..." messages.

import { T } from '../lexer/tokens.js';
import type { Expr, ExprContext } from './ast.js';
import { parseBitOr, startsExpression } from './expressions.js';
import * as mk from './nodes.js';
import { forTarget } from './invalid.js';
import type { Parser } from './state.js';

export type TargetsType = 'star' | 'del' | 'for';

/** _PyPegen_get_expr_name: how CPython names an expression in messages. */
export function exprName(e: Expr): string {
  switch (e.nodeType) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.t === 'None') return 'None';
      if (v.t === 'bool') return v.v ? 'True' : 'False';
      if (v.t === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

/** _PyPegen_get_invalid_target: the first part of `e` that cannot be a target, or null. */
export function invalidTarget(e: Expr, type: TargetsType): Expr | null {
  switch (e.nodeType) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, type);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return type === 'del' ? e : invalidTarget(e.value, type);
    case 'Compare':
      if (type === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, type) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET */
export function raiseInvalidTarget(p: Parser, type: TargetsType, e: Expr): never {
  const bad = invalidTarget(e, type);
  if (bad === null) p.fail();
  const verb = type === 'del' ? 'delete' : 'assign to';
  p.raiseRange(bad, bad, `cannot ${verb} ${exprName(bad)}`);
}

/**
 * Checks that `e` has the shape of a target (Name, Attribute, Subscript, or a Tuple/List/Starred
 * of targets; no Starred when deleting) and gives it and its parts context `ctx`. Returns false
 * when it is no target.
 */
export function setTargetContext(e: Expr, ctx: ExprContext): boolean {
  switch (e.nodeType) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return true;
    case 'Starred':
      if (ctx === 'Del' || e.value.nodeType === 'Starred') return false;
      e.ctx = ctx;
      return setTargetContext(e.value, ctx);
    case 'Tuple':
    case 'List':
      for (const elt of e.elts) if (!setTargetContext(elt, ctx)) return false;
      e.ctx = ctx;
      return true;
    default:
      return false;
  }
}

/** A star_target: '*' (!'*' star_target) | target_with_star_atom, at bitwise_or level. */
function parseStarTarget(p: Parser): Expr {
  if (p.kind() === T.STAR) {
    const star = p.next();
    if (p.kind() === T.STAR) p.fail();
    const value = parseStarTarget(p);
    const end = p.last();
    return mk.Starred(value, 'Load', star.lineno, star.col, end.endLineno, end.endCol);
  }
  return parseBitOr(p);
}

/**
 * The star_targets of a `for` loop or comprehension, before 'in': parsed below the comparison
 * level so that 'in' is not taken as an operator.
 */
export function parseStarTargets(p: Parser): Expr {
  const startPos = p.pos;
  const start = p.tok;
  const first = parseStarTarget(p);
  let target = first;
  if (p.kind() === T.COMMA) {
    const elts = [first];
    while (p.kind() === T.COMMA) {
      p.next();
      if (!startsExpression(p.kind())) break;
      elts.push(parseStarTarget(p));
    }
    const end = p.last();
    target = mk.Tuple(elts, 'Load', start.lineno, start.col, end.endLineno, end.endCol);
  }
  if (!setTargetContext(target, 'Store')) forTarget(p, startPos);
  return target;
}

/** A single star_target (a with-item's `as` target). */
export function parseSingleStarTarget(p: Parser): Expr {
  const target = parseStarTarget(p);
  if (!setTargetContext(target, 'Store')) raiseInvalidTarget(p, 'star', target);
  return target;
}
