// NUMBER tokens to constants, as CPython's parsenumber: underscores dropped; a trailing j makes
// an imaginary number; a '.', or an exponent in a decimal literal, makes a float; anything else is
// an int (base from its 0x/0o/0b prefix).

import type { Token } from '../lexer/tokens.js';
import type { ConstantValue } from './ast.js';
import type { Parser } from './state.js';

/** CPython 3.11's default sys.get_int_max_str_digits(). */
const INT_MAX_STR_DIGITS = 4300;

export function parseNumber(p: Parser, t: Token): ConstantValue {
  let s = t.text;
  if (s.includes('_')) s = s.replace(/_/g, '');
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a || last === 0x4a) return { t: 'complex', imag: Number(s.slice(0, -1)) };
  const c1 = s.length > 1 ? s.charCodeAt(1) | 0x20 : 0;
  const prefixed = s.charCodeAt(0) === 0x30 && (c1 === 0x78 || c1 === 0x6f || c1 === 0x62);
  if (!prefixed && /[.eE]/.test(s)) return { t: 'float', v: Number(s) };
  if (!prefixed && s.length > INT_MAX_STR_DIGITS) {
    // CPython reports the line without columns here.
    p.raiseRange(
      { lineno: t.lineno, col_offset: -1, end_lineno: t.endLineno, end_col_offset: -1 },
      { lineno: t.lineno, col_offset: -1, end_lineno: t.endLineno, end_col_offset: -1 },
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${s.length} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals ' +
        'to avoid decimal conversion limits.',
    );
  }
  return { t: 'int', v: BigInt(prefixed ? s.slice(0, 2).toLowerCase() + s.slice(2) : s) };
}
