// CPython's invalid_* grammar rules: what CPython says when a construct fails to parse in a
// recognizable way. Each helper is called at the point where pyaot's parser finds the
// mismatch, and raises CPython's message and location (or the generic failure when the rule
// would not fire).

import type { Token } from '../lexer/tokens.js';
import type { Comprehension, Expr } from './ast.js';
import type { Parser } from './state.js';
import { exprName } from './targets.js';

/** invalid_expression: `a if b` with no `else`. */
export function missingElse(p: Parser, body: Expr, test: Expr): never {
  if (p.kind() === 12 /* T.COLON */) p.fail();
  p.raiseRange(body, test, "expected 'else' after 'if' expression");
}

/** invalid_named_expression: `x.y := 1` */
export function walrusTarget(p: Parser, target: Expr): never {
  p.raiseRange(target, target, `cannot use assignment expressions with ${exprName(target)}`);
}

/** invalid_group: `(*x)` */
export function starredGroup(p: Parser, starred: Expr): never {
  p.raiseRange(starred, starred, 'cannot use starred expression here');
}

/** invalid_comprehension: `[*x for x in y]` */
export function starredComprehension(p: Parser, starred: Expr): never {
  p.raiseRange(starred, starred, 'iterable unpacking cannot be used in comprehension');
}

/** After the first item in parentheses, neither ')' nor ',' nor a comprehension followed. */
export function afterParenItem(p: Parser, _first: Expr): never {
  p.fail();
}

/** A dict display entry without ':'. */
export function dictMissingValue(p: Parser, _key: Expr): never {
  p.fail();
}

/** A comprehension's target is not followed by 'in'. */
export function forTarget(p: Parser, _target: Expr): never {
  p.fail();
}

/** invalid_arguments: `f(**k, *a)` */
export function starAfterDoubleStar(p: Parser): never {
  p.raiseHere('iterable argument unpacking follows keyword argument unpacking');
}

/** invalid_kwarg: `f(a.b=1)`, `f(True=1)` */
export function keywordTarget(p: Parser, arg: Expr): never {
  const eq = p.tok;
  const eqPos = { lineno: eq.lineno, col_offset: eq.col, end_lineno: eq.endLineno, end_col_offset: eq.endCol };
  if (arg.nodeType === 'Constant' && (arg.value.t === 'bool' || arg.value.t === 'None')) {
    p.raiseRange(arg, eqPos, `cannot assign to ${exprName(arg)}`);
  }
  p.raiseRange(arg, eqPos, 'expression cannot contain assignment, perhaps you meant "=="?');
}

/** invalid_kwarg: `f(a=x for x in y)` */
export function keywordGenexp(p: Parser, name: Token): never {
  const eq = p.tokens[p.tokens.indexOf(name) + 1];
  p.raiseRange(
    { lineno: name.lineno, col_offset: name.col, end_lineno: name.endLineno, end_col_offset: name.endCol },
    { lineno: eq.lineno, col_offset: eq.col, end_lineno: eq.endLineno, end_col_offset: eq.endCol },
    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
  );
}

/** invalid_arguments: `f(a, x for x in y)` */
export function unparenthesizedGenexp(p: Parser, elt: Expr, generators: Comprehension[], before: number): never {
  if (before === 0 && p.kind() !== 13 /* T.COMMA */) p.fail();
  const last = generators[generators.length - 1];
  const lastItem = last.ifs.length > 0 ? last.ifs[last.ifs.length - 1] : last.iter;
  p.raiseRange(elt, lastItem, 'Generator expression must be parenthesized');
}

/** _PyPegen_arguments_parsing_error: a positional argument after keywords. */
export function positionalAfterKeyword(p: Parser, afterDoubleStar: boolean): never {
  p.raiseHere(afterDoubleStar
    ? 'positional argument follows keyword argument unpacking'
    : 'positional argument follows keyword argument');
}
