// Unicode character classes the tokenizer and the repr of strings need. They use the engine's
// Unicode property tables; CPython 3.11 uses Unicode 14, and Node's ICU may be newer, which only
// matters for characters assigned after Unicode 14.

const XID_START = /^\p{XID_Start}$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

export function isXidStart(cp: number): boolean {
  if (cp < 128) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return XID_START.test(String.fromCodePoint(cp));
}

export function isXidContinue(cp: number): boolean {
  if (cp < 128) {
    return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;
  }
  return XID_CONTINUE.test(String.fromCodePoint(cp));
}

/** Python's str.isprintable() for one code point. */
export function isPrintable(cp: number): boolean {
  if (cp < 128) return cp >= 0x20 && cp < 0x7f;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}
