// Function and lambda parameter lists (the `parameters` and `lambda_parameters` rules), read left
// to right in one pass: positional (optionally before '/'), then '*' or '*args', keyword-only,
// then '**kwargs'. The misplacements CPython names get its messages (invalid_parameters etc.).

import { T, type Token } from '../lexer/tokens.js';
import type { Arg, Arguments, Expr } from './ast.js';
import { parseExpression, parseStarExpression } from './expressions.js';
import * as mk from './nodes.js';
import type { Parser } from './state.js';

/** Function parameters, up to (not including) the closing ')'. */
export function parseParams(p: Parser): Arguments {
  return parseParameterList(p, /* lambda */ false);
}

/** Lambda parameters, up to (not including) the ':'. */
export function parseLambdaParams(p: Parser): Arguments {
  return parseParameterList(p, /* lambda */ true);
}

function parseParam(p: Parser, lambda: boolean, starAnnotation: boolean): Arg {
  const name = p.expect(T.NAME);
  let annotation: Expr | null = null;
  if (!lambda && p.kind() === T.COLON) {
    p.next();
    annotation = starAnnotation && p.kind() === T.STAR ? parseStarExpression(p) : parseExpression(p);
  }
  const end = p.last();
  return mk.arg(name.text, annotation, name.lineno, name.col, end.endLineno, end.endCol);
}

function parseDefault(p: Parser): Expr | null {
  if (p.kind() !== T.EQUAL) return null;
  const eq = p.next();
  if (p.kind() === T.RPAR || p.kind() === T.COMMA) p.raiseAtToken(eq, 'expected default value expression');
  return parseExpression(p);
}

function parseParameterList(p: Parser, lambda: boolean): Arguments {
  const close = lambda ? T.COLON : T.RPAR;
  let posonly: Arg[] = [];
  let args: Arg[] = [];
  const defaults: Expr[] = [];
  let vararg: Arg | null = null;
  const kwonly: Arg[] = [];
  const kwDefaults: (Expr | null)[] = [];
  let kwarg: Arg | null = null;
  let sawSlash = false;
  let star: Token | null = null;
  let firstDefault: Expr | null = null;
  while (p.kind() !== close) {
    const t = p.tok;
    if (kwarg !== null) {
      if (t.kind === T.NAME || t.kind === T.STAR || t.kind === T.DOUBLESTAR || t.kind === T.SLASH) {
        p.raiseAtToken(t, 'arguments cannot follow var-keyword argument');
      }
      p.fail();
    }
    if (t.kind === T.SLASH) {
      if (star !== null) p.raiseAtToken(t, '/ must be ahead of *');
      if (sawSlash) p.raiseAtToken(t, '/ may appear only once');
      if (args.length === 0) {
        if (p.peekKind(1) === T.COMMA) p.raiseAtToken(t, 'at least one argument must precede /');
        p.fail();
      }
      p.next();
      sawSlash = true;
      posonly = args;
      args = [];
      if (p.kind() === T.STAR) p.raiseAtToken(p.tok, 'expected comma between / and *');
    } else if (t.kind === T.STAR) {
      if (star !== null) p.raiseAtToken(t, '* argument may appear only once');
      star = p.next();
      if (p.kind() === T.COMMA || p.kind() === close) {
        const after = p.peekKind(1);
        if (p.kind() === close || after === close || after === T.DOUBLESTAR) {
          if (lambda) p.raiseHere('named arguments must follow bare *');
          p.raiseAtToken(star, 'named arguments must follow bare *');
        }
      } else {
        vararg = parseParam(p, lambda, /* starAnnotation */ true);
        if (p.kind() === T.EQUAL) p.raiseAtToken(p.tok, 'var-positional argument cannot have default value');
      }
    } else if (t.kind === T.DOUBLESTAR) {
      p.next();
      kwarg = parseParam(p, lambda, false);
      if (p.kind() === T.EQUAL) p.raiseAtToken(p.tok, 'var-keyword argument cannot have default value');
    } else if (t.kind === T.NAME) {
      const a = parseParam(p, lambda, false);
      const dflt = parseDefault(p);
      if (star !== null) {
        kwonly.push(a);
        kwDefaults.push(dflt);
      } else {
        args.push(a);
        if (dflt !== null) {
          defaults.push(dflt);
          firstDefault ??= dflt;
        } else if (firstDefault !== null && (p.kind() === T.COMMA || p.kind() === close)) {
          p.raiseRange(a, a, 'non-default argument follows default argument');
        }
      }
    } else if (t.kind === T.LPAR && star === null && kwarg === null) {
      parenthesizedParams(p, lambda);
    } else {
      p.fail();
    }
    if (p.kind() !== T.COMMA) break;
    p.next();
  }
  if (p.kind() !== close) p.fail();
  return mk.argumentsNode(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
}

/** `def f((a, b))`: CPython names the mistake when the group holds only names. */
function parenthesizedParams(p: Parser, lambda: boolean): never {
  const open = p.tok;
  let i = 1;
  let names = 0;
  for (;;) {
    if (p.peekKind(i) !== T.NAME) break;
    names++;
    i++;
    if (p.peekKind(i) !== T.COMMA) break;
    i++;
  }
  if (names > 0 && p.peekKind(i) === T.RPAR) {
    const closeTok = p.peek(i);
    p.raiseRange(
      { lineno: open.lineno, col_offset: open.col, end_lineno: open.endLineno, end_col_offset: open.endCol },
      { lineno: closeTok.lineno, col_offset: closeTok.col, end_lineno: closeTok.endLineno, end_col_offset: closeTok.endCol },
      lambda ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized',
    );
  }
  p.fail();
}
