// Robustness: a few thousand programs made by deleting, duplicating and swapping tokens of real
// files. For each, pyaot and CPython agree on accept/reject, pyaot never throws (a JavaScript
// exception would be a bug), and every rejection is on CPython's line; the message matches
// CPython's for nearly all of them (the rest are CPython's rarer second-pass diagnostics).

import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../compiler/parser/index.js';
import { Rng, mutate } from './mutate.js';
import { runOracle, sharedPrograms, stdlibFiles } from './oracle.js';

const MUTATIONS = 3000;

function seedFiles(): string[] {
  // Small stdlib modules (every 10th file under 40 KB) plus the shared programs when present.
  const stdlib = stdlibFiles().filter((f, i) => i % 10 === 0 && statSync(f).size < 40_000);
  return [...(sharedPrograms() ?? []), ...stdlib];
}

describe('mutation robustness', () => {
  it(`agrees with CPython on ${MUTATIONS} mutated programs`, () => {
    const seeds = seedFiles().map((f) => readFileSync(f));
    const rng = new Rng(20240611);
    const dir = mkdtempSync(join(tmpdir(), 'pyaot-fuzz-'));
    try {
      const cases: string[] = [];
      while (cases.length < MUTATIONS) {
        const m = mutate(seeds[rng.below(seeds.length)], rng);
        if (m === null) continue;
        const path = join(dir, `case${cases.length}.py`);
        writeFileSync(path, m.text);
        cases.push(path);
      }
      const oracle = runOracle(cases);
      const disagreements: string[] = [];
      const wrongLine: string[] = [];
      let rejected = 0;
      let sameMessage = 0;
      for (const path of cases) {
        const expected = oracle.get(path)!;
        let ours;
        try {
          ours = parseModule(readFileSync(path), path);
        } catch (e) {
          disagreements.push(`${path}: pyaot threw ${(e as Error).stack ?? String(e)}`);
          continue;
        }
        if (expected.ok !== ours.ok) {
          disagreements.push(`${path}: CPython ${expected.ok ? 'accepts' : 'rejects'}, pyaot ${ours.ok ? 'accepts' : 'rejects'}`);
          continue;
        }
        if (expected.ok || ours.ok) continue;
        rejected++;
        if (expected.lineno !== ours.error.lineno) {
          wrongLine.push(`${path}: CPython line ${expected.lineno} (${expected.msg}), pyaot line ${ours.error.lineno} (${ours.error.msg})`);
        }
        if (expected.msg === ours.error.msg) sameMessage++;
      }
      console.log(
        `fuzz: ${cases.length} inputs, ${cases.length - disagreements.length} agree on accept/reject, ` +
          `${rejected} rejected by both, ${rejected - wrongLine.length} on the same line, ${sameMessage} with the same message`,
      );
      expect(disagreements).toEqual([]);
      expect(wrongLine).toEqual([]);
      expect(sameMessage / rejected).toBeGreaterThan(0.99);
      rmSync(dir, { recursive: true, force: true });
    } catch (e) {
      console.error(`fuzz: inputs kept in ${dir}`);
      throw e;
    }
  }, 600_000);
});
