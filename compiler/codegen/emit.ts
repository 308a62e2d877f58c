// Text building for generated Zig: indented lines, unique names, and Zig literal escaping.

export class Lines {
  private out: string[] = [];
  private depth = 0;

  line(s: string): void {
    this.out.push('    '.repeat(this.depth) + s);
  }
  blank(): void {
    this.out.push('');
  }
  open(s: string): void {
    this.line(s);
    this.depth++;
  }
  close(s = '}'): void {
    this.depth--;
    this.line(s);
  }
  indent(): void {
    this.depth++;
  }
  dedent(): void {
    this.depth--;
  }
  append(other: Lines): void {
    for (const l of other.out) this.out.push(l === '' ? '' : '    '.repeat(this.depth) + l);
  }
  get isEmpty(): boolean {
    return this.out.length === 0;
  }
  toString(): string {
    return this.out.join('\n') + '\n';
  }
}

/**
 * The first line of every Zig function holding compiled Python code (a module body, a function
 * body, a generator's resume). Zig counts each inline call analysed in a function against that
 * function's comptime branch quota (1000 by default), and generated code makes many: every call
 * of a compiled function goes through its inline word-convention face (func.ts emitWordShell,
 * about five inline calls with rt.toVW/fromVRet), every attribute site through an inline helper.
 * A long module body (tests/runtime/str-methods/num_methods.py: 166 calls of one helper) then
 * failed to compile with "evaluation exceeded 1000 backwards branches". The quota only bounds
 * comptime evaluation, so raising it costs nothing at run time.
 */
export const EVAL_QUOTA = '@setEvalBranchQuota(1_000_000);';

/** A Zig string literal for arbitrary bytes (UTF-8 of `s`). */
export function zigString(s: string): string {
  return zigBytes(Buffer.from(s, 'utf8'));
}

/** A Zig string literal for raw bytes. Lone surrogates in Python strings arrive as WTF-8. */
export function zigBytes(b: Uint8Array): string {
  let r = '"';
  for (const c of b) {
    if (c === 0x22) r += '\\"';
    else if (c === 0x5c) r += '\\\\';
    else if (c === 0x0a) r += '\\n';
    else if (c === 0x0d) r += '\\r';
    else if (c === 0x09) r += '\\t';
    else if (c >= 0x20 && c < 0x7f) r += String.fromCharCode(c);
    else r += '\\x' + c.toString(16).padStart(2, '0');
  }
  return r + '"';
}

/** WTF-8 encoding of a JS string: like UTF-8, but lone surrogates are encoded too (Python allows them). */
export function wtf8(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/** A Zig identifier derived from a Python name (Python identifiers may be non-ASCII). */
export function ident(name: string): string {
  let r = '';
  for (const ch of name) {
    if (/[A-Za-z0-9_]/.test(ch)) r += ch;
    else r += `_u${ch.codePointAt(0)!.toString(16)}_`;
  }
  return r;
}

/** Zig's float literal for a finite double that round-trips exactly. */
export function zigFloat(v: number): string {
  if (Number.isNaN(v)) return 'std.math.nan(f64)';
  if (v === Infinity) return 'std.math.inf(f64)';
  if (v === -Infinity) return '-std.math.inf(f64)';
  if (Object.is(v, -0)) return '-0.0';
  let s = String(v);
  if (!/[.e]/.test(s)) s += '.0';
  if (s.includes('e') && !s.includes('.')) s = s.replace('e', '.0e');
  return s;
}
