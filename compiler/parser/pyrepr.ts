// Python's repr() of the constant types the AST holds: str, bytes, int, float, complex, bool,
// None and Ellipsis — byte-for-byte as CPython 3.11 prints them.

import { isPrintable } from '../lexer/unicode.js';
import type { ConstantValue } from './ast.js';

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** The code points of `s`, with the surrogate pairs at `splitPairs` read as two code points. */
function* codePoints(s: string, splitPairs?: number[]): Generator<string> {
  if (!splitPairs) {
    yield* s;
    return;
  }
  const split = new Set(splitPairs);
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff && !split.has(i)) {
      yield s.slice(i, i + 2);
      i++;
    } else {
      yield s[i];
    }
  }
}

/** repr(str): single quotes unless the text has ' and no ", CPython's escapes. */
export function reprStr(s: string, splitPairs?: number[]): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of codePoints(s, splitPairs)) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (isPrintable(cp)) out += ch;
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** repr(bytes) */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/**
 * repr(float): the shortest round-tripping digits (JS finds the same ones), laid out as Python
 * does: positional for exponents -4..15, else d.ddde±XX; `addDot0` appends ".0" to integral
 * values (repr(float) does, the imaginary part of repr(complex) does not).
 */
export function reprFloat(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDot0 ? '.0' : '');
  const sign = x < 0 ? '-' : '';
  const [mantissa, expText] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const frac = digits.length > 1 ? '.' + digits.slice(1) : '';
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${sign}${digits[0]}${frac}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const fracPart = digits.slice(exp + 1);
  if (fracPart) return `${sign}${intPart}.${fracPart}`;
  return sign + intPart + (addDot0 ? '.0' : '');
}

export function reprConstant(v: ConstantValue): string {
  switch (v.t) {
    case 'int': return v.v.toString();
    case 'float': return reprFloat(v.v);
    case 'complex': return reprFloat(v.imag, false) + 'j';
    case 'str': return reprStr(v.v, v.splitPairs);
    case 'bytes': return reprBytes(v.v);
    case 'bool': return v.v ? 'True' : 'False';
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
  }
}
