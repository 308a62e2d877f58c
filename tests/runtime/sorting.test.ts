// sorted() and list.sort() (zig-runtime/builtins/sorting.zig): the comparisons decided inline
// (small ints, floats, exact strs, tuples of them item by item) must order exactly as CPython's
// rich comparisons, NaNs, mixed types, user classes and TypeErrors included.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'sorting');

describe('sorting against CPython', () => {
  it('sort_keys.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'sort_keys.py'), 1_200_000);
  });
  it('sort_scalars.py (the small-int and float key path) prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'sort_scalars.py'), 1_200_000);
  });
});
