// Escape decoding for string and bytes literals: ports of CPython 3.11's
// _PyUnicode_DecodeUnicodeEscapeInternal and _PyBytes_DecodeEscape, including their error
// messages, which CPython turns into "(unicode error) ..." / "(value error) ..." syntax errors.

import { lookupUnicodeName } from '../lexer/unicode-names.js';

/** A decoding failure: the message CPython's codec gives (without the "(unicode error)" part). */
export class EscapeError {
  constructor(readonly message: string) {}
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function unicodeError(start: number, end: number, reason: string): EscapeError {
  // UnicodeDecodeError.__str__: one byte is named by value, a range by its positions.
  const where = end - start === 1 ? `byte 0x5c in position ${start}` : `bytes in position ${start}-${end - 1}`;
  return new EscapeError(`'unicodeescape' codec can't decode ${where}: ${reason}`);
}

/**
 * CPython first rewrites every non-ASCII character of the literal as a \U escape (and a backslash
 * before one as \u005c), then decodes the ASCII result; error positions refer to that rewritten
 * text, so pyaot decodes the same rewritten text when the literal is not ASCII.
 */
function asciify(s: string): string {
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c === 0x5c) {
      out += '\\';
      i++;
      if (i >= n || s.charCodeAt(i) >= 0x80) {
        out += 'u005c';
        if (i >= n) break;
      }
      c = s.charCodeAt(i);
    }
    if (c >= 0x80) {
      const cp = s.codePointAt(i)!;
      out += '\\U' + cp.toString(16).padStart(8, '0');
      i += cp > 0xffff ? 2 : 1;
    } else {
      out += s[i];
      i++;
    }
  }
  return out;
}

/**
 * Decodes the escapes of a (non-raw) str literal body. Throws EscapeError. Where an escaped high
 * surrogate is followed by an escaped low one (two Python code points that a JS string cannot
 * keep apart), the high one's index is pushed to `splitPairs`.
 */
export function decodeUnicodeEscapes(body: string, splitPairs?: number[]): string {
  const s = /[^\x00-\x7f]/.test(body) ? asciify(body) : body;
  let out = '';
  let i = 0;
  const n = s.length;
  let runStart = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 0x5c) {
      i++;
      continue;
    }
    out += s.slice(runStart, i);
    const start = i;
    i++;
    if (i >= n) throw unicodeError(start, i, '\\ at end of string');
    const e = s.charCodeAt(i++);
    switch (e) {
      case 0x0a: break;
      case 0x5c: out += '\\'; break;
      case 0x27: out += "'"; break;
      case 0x22: out += '"'; break;
      case 0x62: out += '\b'; break;
      case 0x66: out += '\f'; break;
      case 0x74: out += '\t'; break;
      case 0x6e: out += '\n'; break;
      case 0x72: out += '\r'; break;
      case 0x76: out += '\v'; break;
      case 0x61: out += '\x07'; break;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
        let ch = e - 0x30;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = s.charCodeAt(i);
          if (d < 0x30 || d > 0x37) break;
          ch = (ch << 3) + d - 0x30;
          i++;
        }
        out += String.fromCharCode(ch);
        break;
      }
      case 0x78: case 0x75: case 0x55: {
        let count = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
        const reason = e === 0x78 ? 'truncated \\xXX escape' : e === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let ch = 0;
        for (; count; count--, i++) {
          if (i >= n) throw unicodeError(start, i, reason);
          const v = hexValue(s.charCodeAt(i));
          if (v < 0) throw unicodeError(start, i, reason);
          ch = ch * 16 + v;
        }
        if (ch > 0x10ffff) throw unicodeError(start, i, 'illegal Unicode character');
        if (ch >= 0xdc00 && ch <= 0xdfff && splitPairs && isHighSurrogate(out.charCodeAt(out.length - 1))) {
          splitPairs.push(out.length - 1);
        }
        out += String.fromCodePoint(ch);
        break;
      }
      case 0x4e: {
        let reason = 'malformed \\N character escape';
        if (i < n && s.charCodeAt(i) === 0x7b) {
          const nameStart = ++i;
          while (i < n && s.charCodeAt(i) !== 0x7d) i++;
          if (i >= n) throw unicodeError(start, i, reason);
          if (i > nameStart) {
            const name = s.slice(nameStart, i);
            i++;
            const cp = lookupUnicodeName(name);
            if (cp !== null) {
              out += String.fromCodePoint(cp);
              break;
            }
            reason = 'unknown Unicode character name';
          }
        }
        throw unicodeError(start, i, reason);
      }
      default:
        // Unknown escapes keep their backslash (CPython warns: "invalid escape sequence").
        out += '\\' + String.fromCharCode(e);
        break;
    }
    runStart = i;
  }
  return out + s.slice(runStart);
}

/** Decodes the escapes of a (non-raw) bytes literal body, all ASCII. Throws EscapeError. */
export function decodeBytesEscapes(body: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body.charCodeAt(i++);
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    if (i >= n) throw new EscapeError('Trailing \\ in string');
    const e = body.charCodeAt(i++);
    switch (e) {
      case 0x0a: break;
      case 0x5c: out.push(0x5c); break;
      case 0x27: out.push(0x27); break;
      case 0x22: out.push(0x22); break;
      case 0x62: out.push(0x08); break;
      case 0x66: out.push(0x0c); break;
      case 0x74: out.push(0x09); break;
      case 0x6e: out.push(0x0a); break;
      case 0x72: out.push(0x0d); break;
      case 0x76: out.push(0x0b); break;
      case 0x61: out.push(0x07); break;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
        let ch = e - 0x30;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = body.charCodeAt(i);
          if (d < 0x30 || d > 0x37) break;
          ch = (ch << 3) + d - 0x30;
          i++;
        }
        out.push(ch & 0xff);
        break;
      }
      case 0x78: {
        const hi = i < n ? hexValue(body.charCodeAt(i)) : -1;
        const lo = i + 1 < n ? hexValue(body.charCodeAt(i + 1)) : -1;
        if (hi < 0 || lo < 0) throw new EscapeError(`invalid \\x escape at position ${i - 2}`);
        out.push(hi * 16 + lo);
        i += 2;
        break;
      }
      default:
        out.push(0x5c, e);
        break;
    }
  }
  return Uint8Array.from(out);
}
