// Character-name lookup for \N{...} escapes, as CPython 3.11's unicodedata does it: names are
// matched case-insensitively; Hangul syllables and CJK unified ideographs have algorithmic names;
// the rest come from a table generated from CPython's own unicodedata (unicode-names-data.ts).
// Name aliases (NameAliases.txt) are not in that table: CPython accepts them, pyaot reports them
// as unknown names.

import { gunzipSync } from 'node:zlib';
import { UNICODE_NAMES_GZ_BASE64 } from './unicode-names-data.js';

let table: Map<string, number> | null = null;

function loadTable(): Map<string, number> {
  const text = gunzipSync(Buffer.from(UNICODE_NAMES_GZ_BASE64, 'base64')).toString('latin1');
  const map = new Map<string, number>();
  let cp = 0;
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    cp += parseInt(line.slice(0, tab), 16);
    map.set(line.slice(tab + 1), cp);
  }
  return map;
}

/** Unicode 14's CJK unified ideograph blocks (first, last). */
const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b738], [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a],
];

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** Longest-match parse of a Hangul syllable's jamo short names, as unicodedata's find_syllable. */
function hangul(rest: string): number | null {
  let pos = 0;
  const pick = (names: string[]): number => {
    let best = -1;
    let len = -1;
    names.forEach((n, i) => {
      if (n.length > len && rest.startsWith(n, pos)) {
        best = i;
        len = n.length;
      }
    });
    if (best >= 0) pos += len;
    return best;
  };
  const l = pick(JAMO_L);
  const v = pick(JAMO_V);
  const t = pick(JAMO_T);
  if (l < 0 || v < 0 || t < 0 || pos !== rest.length) return null;
  return 0xac00 + (l * 21 + v) * 28 + t;
}

/** The code point named `name` (case-insensitive), or null when Unicode 14 has no such name. */
export function lookupUnicodeName(name: string): number | null {
  const upper = name.toUpperCase();
  if (upper.startsWith('HANGUL SYLLABLE ')) {
    const cp = hangul(upper.slice('HANGUL SYLLABLE '.length));
    if (cp !== null) return cp;
  }
  if (upper.startsWith('CJK UNIFIED IDEOGRAPH-')) {
    const hex = upper.slice('CJK UNIFIED IDEOGRAPH-'.length);
    if (/^[0-9A-F]{4,5}$/.test(hex)) {
      const cp = parseInt(hex, 16);
      if (CJK_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi)) return cp;
    }
    return null;
  }
  table ??= loadTable();
  return table.get(upper) ?? null;
}
