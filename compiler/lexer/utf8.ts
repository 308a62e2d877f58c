// UTF-8 decoding the way CPython's tokenizer sees it when handed bytes (ast.parse(bytes)): the
// buffer is not validated as a whole — a bad byte in a comment is never looked at — but a bad
// byte inside a name or a string literal is a "(unicode error)". pyaot decodes invalid bytes as
// lone surrogates U+DC80..U+DCFF (Python's "surrogateescape"), which valid UTF-8 never yields,
// and reports them only where CPython would.

/** Whether `c` (a UTF-16 unit not preceded by a high surrogate) stands for an undecodable byte. */
export function isEscapedByte(c: number): boolean {
  return c >= 0xdc80 && c <= 0xdcff;
}

/** Whether s[i] is an undecodable source byte (a lone U+DC80..U+DCFF, not half of a pair). */
export function escapedByteAt(s: string, i: number): boolean {
  if (!isEscapedByte(s.charCodeAt(i))) return false;
  const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
  return !(prev >= 0xd800 && prev <= 0xdbff);
}

/** Length of the valid UTF-8 sequence at bytes[i], or 0 when it is invalid or truncated. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) n = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    n = 3;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    n = 4;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k < n; k++) {
    const b = bytes[i + k];
    if (b === undefined) return 0;
    if (k === 1 ? b < lo || b > hi : b < 0x80 || b > 0xbf) return 0;
  }
  return n;
}

/** Decodes UTF-8, turning each byte of an invalid sequence into U+DC80 + byte. */
export function decodeSurrogateEscape(bytes: Uint8Array): string {
  let out = '';
  let runStart = 0;
  const decoder = new TextDecoder('utf-8');
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += decoder.decode(bytes.subarray(runStart, i));
    out += String.fromCharCode(0xdc00 + bytes[i]);
    i++;
    runStart = i;
  }
  return out + decoder.decode(bytes.subarray(runStart));
}

/** Re-encodes text that may hold escaped bytes back to the original bytes. */
export function encodeSurrogateEscape(text: string): Uint8Array {
  const parts: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && isEscapedByte(c)) parts.push(c - 0xdc00);
    else for (const b of Buffer.from(ch, 'utf8')) parts.push(b);
  }
  return Uint8Array.from(parts);
}

/**
 * CPython's UnicodeDecodeError text for the first invalid sequence of `bytes`, e.g.
 * "'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte"; null if valid.
 */
export function utf8ErrorMessage(bytes: Uint8Array): string | null {
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    const b0 = bytes[i];
    let reason = 'invalid start byte';
    let end = i + 1;
    const expected = b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
    if (expected > 0) {
      // How many continuation bytes are valid before the sequence breaks or the data ends?
      let k = 1;
      for (; k < expected && i + k < bytes.length; k++) {
        const b = bytes[i + k];
        const lo = k === 1 && b0 === 0xe0 ? 0xa0 : k === 1 && b0 === 0xf0 ? 0x90 : 0x80;
        const hi = k === 1 && b0 === 0xed ? 0x9f : k === 1 && b0 === 0xf4 ? 0x8f : 0xbf;
        if (b < lo || b > hi) break;
      }
      if (i + k >= bytes.length && k < expected) {
        reason = 'unexpected end of data';
        end = bytes.length;
      } else {
        reason = 'invalid continuation byte';
        end = i + k;
      }
    }
    const where = end - i === 1
      ? `byte 0x${b0.toString(16).padStart(2, '0')} in position ${i}`
      : `bytes in position ${i}-${end - 1}`;
    return `'utf-8' codec can't decode ${where}: ${reason}`;
  }
  return null;
}
