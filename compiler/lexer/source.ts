// Source decoding, as CPython's tokenizer does it before tokenizing: a UTF-8 BOM, or a PEP 263
// coding cookie on line 1 or 2, selects the encoding (default UTF-8); then every "\r\n" and lone
// "\r" becomes "\n", and a final "\n" is added when missing. Columns stay UTF-8 byte offsets of
// the decoded text, whatever the file's encoding, as CPython reports them.

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; msg: string; lineno: number; errorType: 'SyntaxError' | 'ValueError' };

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
    if (bom && encoding !== 'utf-8') {
      return { ok: false, msg: 'encoding problem: utf-8', lineno: cookie.lineno, errorType: 'SyntaxError' };
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return { ok: false, msg: `unknown encoding: ${cookie?.name}`, lineno: cookie?.lineno ?? 1, errorType: 'SyntaxError' };
  }
  try {
    return { ok: true, text: decoder.decode(body) };
  } catch {
    return utf8Failure(body, encoding);
  }
}

/** The message CPython gives for undecodable bytes, naming the first bad byte. */
function utf8Failure(body: Uint8Array, encoding: string): DecodeResult {
  // Find the first byte where a lenient decode diverges, to name it and its line.
  let pos = 0;
  const strict = new TextDecoder(encoding, { fatal: true });
  let lo = 0;
  let hi = body.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      strict.decode(body.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  pos = lo;
  let lineno = 1;
  let lineStart = 0;
  for (let i = 0; i < pos; i++) {
    if (body[i] === 0x0a) {
      lineno++;
      lineStart = i + 1;
    }
  }
  const byte = body[pos] ?? 0;
  const hex = byte.toString(16).padStart(2, '0');
  const reason = byte >= 0x80 && byte < 0xc2 ? 'invalid start byte' : 'invalid continuation byte';
  return {
    ok: false,
    msg: `(unicode error) '${encoding === 'utf-8' ? 'utf-8' : encoding}' codec can't decode byte 0x${hex} in position ${pos - lineStart}: ${reason}`,
    lineno,
    errorType: 'SyntaxError',
  };
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
