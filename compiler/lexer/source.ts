// Source decoding, as CPython's tokenizer does it before tokenizing: a UTF-8 BOM, or a PEP 263
// coding cookie on line 1 or 2, selects the encoding (default UTF-8); then every "\r\n" and lone
// "\r" becomes "\n", and a final "\n" is added when missing. Columns stay UTF-8 byte offsets of
// the decoded text, whatever the file's encoding, as CPython reports them.

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; msg: string; lineno: number; errorType: 'SyntaxError' | 'ValueError' };

import { decodeSurrogateEscape } from './utf8.js';

const COOKIE_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** CPython's get_normal_name: the canonical spelling of the two encodings it special-cases. */
function normalEncodingName(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, '-');
  if (lower === 'utf-8' || lower.startsWith('utf-8-')) return 'utf-8';
  for (const latin of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (lower === latin || lower.startsWith(latin + '-')) return 'iso-8859-1';
  }
  return name;
}

/** The encoding named by a coding cookie in the first two lines, or null. */
function findCookie(bytes: Uint8Array): { name: string; lineno: number } | null {
  let lineStart = 0;
  for (let lineno = 1; lineno <= 2 && lineStart < bytes.length; lineno++) {
    let end = bytes.indexOf(0x0a, lineStart);
    if (end < 0) end = bytes.length;
    const line = Buffer.from(bytes.subarray(lineStart, end)).toString('latin1');
    const m = COOKIE_RE.exec(line);
    if (m) return { name: m[1], lineno };
    // Only a blank or comment-only first line lets the cookie sit on line 2.
    if (!/^[ \t\f]*(#.*)?\r?$/.test(line)) return null;
    lineStart = end + 1;
  }
  return null;
}

function decodeBytes(bytes: Uint8Array): DecodeResult {
  let body = bytes;
  let bom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    bom = true;
  }
  const cookie = findCookie(body);
  let encoding = 'utf-8';
  if (cookie) {
    encoding = normalEncodingName(cookie.name);
    // CPython reports encoding problems without a position (lineno 0).
    if (bom && encoding !== 'utf-8') {
      return { ok: false, msg: `encoding problem: ${encoding} with BOM`, lineno: 0, errorType: 'SyntaxError' };
    }
  }
  if (encoding === 'utf-8') {
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
    } catch {
      return { ok: true, text: decodeSurrogateEscape(body) };
    }
  }
  if (encoding === 'iso-8859-1') return { ok: true, text: Buffer.from(body).toString('latin1') };
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding.toLowerCase() === 'ascii' ? 'utf-8' : encoding, { fatal: true });
  } catch {
    return { ok: false, msg: `unknown encoding: ${encoding}`, lineno: 0, errorType: 'SyntaxError' };
  }
  try {
    return { ok: true, text: decoder.decode(body) };
  } catch {
    return { ok: false, msg: `encoding problem: ${encoding}`, lineno: 0, errorType: 'SyntaxError' };
  }
}

/** Decodes and normalizes a source file for the tokenizer. */
export function decodeSource(source: Uint8Array | string): DecodeResult {
  let text: string;
  if (typeof source === 'string') {
    text = source;
  } else {
    const decoded = decodeBytes(source);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  if (text.includes('\0')) {
    return { ok: false, msg: 'source code string cannot contain null bytes', lineno: 1, errorType: 'ValueError' };
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.length === 0 || text.charCodeAt(text.length - 1) !== 0x0a) text += '\n';
  return { ok: true, text };
}
