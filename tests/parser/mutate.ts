// Token-level mutations of real programs for the robustness test: delete one token, duplicate
// one, or swap two neighbours, at positions drawn from a seeded generator (so every run tests the
// same inputs).

import { tokenize } from '../../compiler/lexer/lexer.js';
import { decodeSource } from '../../compiler/lexer/source.js';
import { T } from '../../compiler/lexer/tokens.js';

/** A small deterministic generator (LCG), so that failures reproduce. */
export class Rng {
  constructor(private state: number) {}

  /** An integer in [0, n). */
  below(n: number): number {
    this.state = (Math.imul(this.state, 1103515245) + 12345) & 0x7fffffff;
    return this.state % n;
  }
}

export type MutationKind = 'delete' | 'duplicate' | 'swap';

/** One mutation of `source` (bytes of a Python file), or null when it has too few tokens. */
export function mutate(source: Uint8Array, rng: Rng): { text: string; kind: MutationKind } | null {
  const decoded = decodeSource(source);
  if (!decoded.ok) return null;
  const src = decoded.text;
  const tokens = tokenize(src).tokens.filter(
    (t) => t.kind !== T.NEWLINE && t.kind !== T.INDENT && t.kind !== T.DEDENT && t.kind !== T.ENDMARKER && t.kind !== T.ERRORTOKEN,
  );
  if (tokens.length < 3) return null;
  const i = rng.below(tokens.length - 1);
  const t = tokens[i];
  const u = tokens[i + 1];
  const kinds: MutationKind[] = ['delete', 'duplicate', 'swap'];
  const kind = kinds[rng.below(3)];
  const text = src.slice(t.start, t.end);
  switch (kind) {
    case 'delete':
      return { kind, text: src.slice(0, t.start) + src.slice(t.end) };
    case 'duplicate':
      return { kind, text: src.slice(0, t.end) + ' ' + text + src.slice(t.end) };
    case 'swap':
      return {
        kind,
        text: src.slice(0, t.start) + src.slice(u.start, u.end) + src.slice(t.end, u.start) + text + src.slice(u.end),
      };
  }
}
