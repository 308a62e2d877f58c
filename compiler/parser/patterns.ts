// `match` patterns (PEP 634): the `patterns` rules of CPython 3.11's grammar.

import { T, type Token } from '../lexer/tokens.js';
import type { Expr, Pattern } from './ast.js';
import { parseStrings } from './expressions.js';
import * as mk from './nodes.js';
import { parseNumber } from './numbers.js';
import type { Parser } from './state.js';

/** patterns: open_sequence_pattern | pattern */
export function parsePatterns(p: Parser): Pattern {
  const start = p.tok;
  const first = parseMaybeStarPattern(p);
  if (p.kind() !== T.COMMA) {
    if (first.nodeType === 'MatchStar') p.fail();
    return first;
  }
  const patterns = [first];
  while (p.kind() === T.COMMA) {
    p.next();
    if (!startsPattern(p)) break;
    patterns.push(parseMaybeStarPattern(p));
  }
  const last = p.last();
  return mk.MatchSequence(patterns, start.lineno, start.col, last.endLineno, last.endCol);
}

function startsPattern(p: Parser): boolean {
  switch (p.kind()) {
    case T.NAME:
    case T.NUMBER:
    case T.STRING:
    case T.MINUS:
    case T.LPAR:
    case T.LSQB:
    case T.LBRACE:
    case T.STAR:
    case T.KW_NONE:
    case T.KW_TRUE:
    case T.KW_FALSE:
      return true;
    default:
      return false;
  }
}

/** maybe_star_pattern: star_pattern | pattern */
function parseMaybeStarPattern(p: Parser): Pattern {
  if (p.kind() !== T.STAR) return parsePattern(p);
  const star = p.next();
  const name = p.expect(T.NAME);
  const k = p.kind();
  if (k === T.DOT || k === T.LPAR || k === T.EQUAL) p.fail();
  return mk.MatchStar(name.text === '_' ? null : name.text, star.lineno, star.col, name.endLineno, name.endCol);
}

/** pattern: or_pattern ['as' pattern_capture_target] */
export function parsePattern(p: Parser): Pattern {
  p.enter();
  const start = p.tok;
  const or = parseOrPattern(p);
  if (p.kind() !== T.KW_AS) {
    p.leave();
    return or;
  }
  p.next();
  const target = p.tok;
  if (target.kind !== T.NAME) p.fail();
  if (target.text === '_') p.raiseAtToken(target, "cannot use '_' as a target");
  p.next();
  const k = p.kind();
  if (k === T.DOT || k === T.LPAR || k === T.EQUAL) p.raiseRange(tokAt(target), tokAt(p.tok), 'invalid pattern target');
  p.leave();
  return mk.MatchAs(or, target.text, start.lineno, start.col, target.endLineno, target.endCol);
}

function tokAt(t: Token): { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number } {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

/** or_pattern: '|'.closed_pattern+ */
function parseOrPattern(p: Parser): Pattern {
  const start = p.tok;
  const first = parseClosedPattern(p);
  if (p.kind() !== T.VBAR) return first;
  const patterns = [first];
  while (p.kind() === T.VBAR) {
    p.next();
    patterns.push(parseClosedPattern(p));
  }
  const last = p.last();
  return mk.MatchOr(patterns, start.lineno, start.col, last.endLineno, last.endCol);
}

function parseClosedPattern(p: Parser): Pattern {
  const t = p.tok;
  switch (t.kind) {
    case T.NUMBER:
    case T.MINUS:
    case T.STRING: {
      const value = parseLiteralExpr(p);
      return mk.MatchValue(value, value.lineno, value.col_offset, value.end_lineno, value.end_col_offset);
    }
    case T.KW_NONE:
    case T.KW_TRUE:
    case T.KW_FALSE: {
      p.next();
      const value = t.kind === T.KW_NONE ? { t: 'None' as const } : { t: 'bool' as const, v: t.kind === T.KW_TRUE };
      return mk.MatchSingleton(value, t.lineno, t.col, t.endLineno, t.endCol);
    }
    case T.NAME:
      return parseNamePattern(p);
    case T.LPAR:
      return parseParenPattern(p);
    case T.LSQB: {
      p.next();
      const patterns = parseSequenceItems(p, T.RSQB);
      const close = p.expect(T.RSQB);
      return mk.MatchSequence(patterns, t.lineno, t.col, close.endLineno, close.endCol);
    }
    case T.LBRACE:
      return parseMappingPattern(p);
    default:
      return p.fail();
  }
}

/** capture_pattern | wildcard_pattern | value_pattern | class_pattern */
function parseNamePattern(p: Parser): Pattern {
  const t = p.next();
  if (p.kind() !== T.DOT && p.kind() !== T.LPAR) {
    if (p.kind() === T.EQUAL) p.fail();
    if (t.text === '_') return mk.MatchAs(null, null, t.lineno, t.col, t.endLineno, t.endCol);
    return mk.MatchAs(null, t.text, t.lineno, t.col, t.endLineno, t.endCol);
  }
  let cls: Expr = mk.Name(t.text, 'Load', t.lineno, t.col, t.endLineno, t.endCol);
  while (p.kind() === T.DOT) {
    p.next();
    const attr = p.expect(T.NAME);
    cls = mk.Attribute(cls, attr.text, 'Load', t.lineno, t.col, attr.endLineno, attr.endCol);
  }
  if (p.kind() !== T.LPAR) {
    if (p.kind() === T.EQUAL) p.fail();
    return mk.MatchValue(cls, cls.lineno, cls.col_offset, cls.end_lineno, cls.end_col_offset);
  }
  return parseClassPattern(p, cls);
}

/** class_pattern arguments: positional patterns, then keyword patterns. */
function parseClassPattern(p: Parser, cls: Expr): Pattern {
  p.next();
  const patterns: Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: Pattern[] = [];
  let firstMisplaced: Pattern | null = null;
  let lastMisplaced: Pattern | null = null;
  while (p.kind() !== T.RPAR) {
    if (p.kind() === T.NAME && p.peekKind(1) === T.EQUAL) {
      kwdAttrs.push(p.next().text);
      p.next();
      kwdPatterns.push(parsePattern(p));
    } else {
      const pat = parsePattern(p);
      if (kwdAttrs.length > 0) {
        firstMisplaced ??= pat;
        lastMisplaced = pat;
      } else {
        patterns.push(pat);
      }
    }
    if (p.kind() !== T.COMMA) break;
    p.next();
  }
  if (firstMisplaced !== null && lastMisplaced !== null) {
    p.raiseRange(firstMisplaced, lastMisplaced, 'positional patterns follow keyword patterns');
  }
  const close = p.expect(T.RPAR);
  return mk.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, cls.lineno, cls.col_offset, close.endLineno, close.endCol);
}

/** group_pattern | '(' open_sequence_pattern? ')' */
function parseParenPattern(p: Parser): Pattern {
  const open = p.next();
  if (p.kind() === T.RPAR) {
    const close = p.next();
    return mk.MatchSequence([], open.lineno, open.col, close.endLineno, close.endCol);
  }
  const first = parseMaybeStarPattern(p);
  if (p.kind() === T.RPAR && first.nodeType !== 'MatchStar') {
    p.next();
    return first;
  }
  if (p.kind() !== T.COMMA) p.fail();
  const patterns = [first];
  while (p.kind() === T.COMMA) {
    p.next();
    if (p.kind() === T.RPAR) break;
    patterns.push(parseMaybeStarPattern(p));
  }
  const close = p.expect(T.RPAR);
  return mk.MatchSequence(patterns, open.lineno, open.col, close.endLineno, close.endCol);
}

/** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? (possibly empty) */
function parseSequenceItems(p: Parser, close: T): Pattern[] {
  const patterns: Pattern[] = [];
  while (p.kind() !== close) {
    patterns.push(parseMaybeStarPattern(p));
    if (p.kind() !== T.COMMA) break;
    p.next();
  }
  return patterns;
}

/** mapping_pattern: '{' [items] [',' '**' rest] [','] '}' */
function parseMappingPattern(p: Parser): Pattern {
  const open = p.next();
  const keys: Expr[] = [];
  const patterns: Pattern[] = [];
  let rest: string | null = null;
  while (p.kind() !== T.RBRACE) {
    if (p.kind() === T.DOUBLESTAR) {
      p.next();
      const name = p.expect(T.NAME);
      if (name.text === '_') p.fail();
      const k = p.kind();
      if (k === T.DOT || k === T.LPAR || k === T.EQUAL) p.fail();
      rest = name.text;
      p.eat(T.COMMA);
      break;
    }
    keys.push(parseMappingKey(p));
    p.expect(T.COLON);
    patterns.push(parsePattern(p));
    if (p.kind() !== T.COMMA) break;
    p.next();
  }
  const close = p.expect(T.RBRACE);
  return mk.MatchMapping(keys, patterns, rest, open.lineno, open.col, close.endLineno, close.endCol);
}

/** key_value_pattern's key: literal_expr | attr */
function parseMappingKey(p: Parser): Expr {
  const t = p.tok;
  switch (t.kind) {
    case T.NUMBER:
    case T.MINUS:
    case T.STRING:
      return parseLiteralExpr(p);
    case T.KW_NONE:
      p.next();
      return mk.Constant({ t: 'None' }, null, t.lineno, t.col, t.endLineno, t.endCol);
    case T.KW_TRUE:
    case T.KW_FALSE:
      p.next();
      return mk.Constant({ t: 'bool', v: t.kind === T.KW_TRUE }, null, t.lineno, t.col, t.endLineno, t.endCol);
    case T.NAME: {
      p.next();
      let e: Expr = mk.Name(t.text, 'Load', t.lineno, t.col, t.endLineno, t.endCol);
      if (p.kind() !== T.DOT) p.fail();
      while (p.kind() === T.DOT) {
        p.next();
        const attr = p.expect(T.NAME);
        e = mk.Attribute(e, attr.text, 'Load', t.lineno, t.col, attr.endLineno, attr.endCol);
      }
      return e;
    }
    default:
      return p.fail();
  }
}

/** signed_number !('+' | '-') | complex_number | strings */
function parseLiteralExpr(p: Parser): Expr {
  if (p.kind() === T.STRING) return parseStrings(p);
  const start = p.tok;
  const real = parseSignedNumber(p);
  const k = p.kind();
  if (k !== T.PLUS && k !== T.MINUS) return real;
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  if (isImaginary(real)) p.raiseRange(real, real, 'real number required in complex literal');
  p.next();
  const numTok = p.expect(T.NUMBER);
  const imag = mk.Constant(parseNumber(p, numTok), null, numTok.lineno, numTok.col, numTok.endLineno, numTok.endCol);
  if (!isImaginary(imag)) p.raiseRange(imag, imag, 'imaginary number required in complex literal');
  return mk.BinOp(real, k === T.PLUS ? 'Add' : 'Sub', imag, start.lineno, start.col, numTok.endLineno, numTok.endCol);
}

function isImaginary(e: Expr): boolean {
  const c = e.nodeType === 'UnaryOp' ? e.operand : e;
  return c.nodeType === 'Constant' && c.value.t === 'complex';
}

/** signed_number: NUMBER | '-' NUMBER */
function parseSignedNumber(p: Parser): Expr {
  const minus = p.eat(T.MINUS);
  const t = p.expect(T.NUMBER);
  const num = mk.Constant(parseNumber(p, t), null, t.lineno, t.col, t.endLineno, t.endCol);
  if (minus === null) return num;
  return mk.UnaryOp('USub', num, minus.lineno, minus.col, t.endLineno, t.endCol);
}
