// Unicode character classes the tokenizer and repr() need, from tables generated out of CPython
// 3.11's own unicodedata (Unicode 14; see gen-unicode-tables.py), so that identifiers and the
// printability of characters agree with CPython exactly, whatever Unicode version Node has.

import { PRINTABLE, XID_CONTINUE, XID_START } from './unicode-tables-data.js';

/** Decodes 'start,len,...' hex deltas into [start0, end0, start1, end1, ...]. */
function decodeRanges(data: string): Uint32Array {
  const nums = data.split(',').map((h) => parseInt(h, 16));
  const out = new Uint32Array(nums.length);
  let prev = 0;
  for (let i = 0; i < nums.length; i += 2) {
    const start = prev + nums[i];
    const end = start + nums[i + 1];
    out[i] = start;
    out[i + 1] = end;
    prev = end;
  }
  return out;
}

function inRanges(ranges: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = (ranges.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[mid * 2]) hi = mid - 1;
    else if (cp > ranges[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

let printable: Uint32Array | null = null;
let xidStart: Uint32Array | null = null;
let xidContinue: Uint32Array | null = null;

export function isXidStart(cp: number): boolean {
  if (cp < 128) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  xidStart ??= decodeRanges(XID_START);
  return inRanges(xidStart, cp);
}

export function isXidContinue(cp: number): boolean {
  if (cp < 128) {
    return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;
  }
  xidContinue ??= decodeRanges(XID_CONTINUE);
  return inRanges(xidContinue, cp);
}

/** Python's str.isprintable() for one code point. */
export function isPrintable(cp: number): boolean {
  if (cp < 128) return cp >= 0x20 && cp < 0x7f;
  printable ??= decodeRanges(PRINTABLE);
  return inRanges(printable, cp);
}
