// The stdlib modules of the collections/itertools family: native (bisect, heapq, operator,
// itertools, _collections, _functools in zig-runtime/modules) and Python (pylib/collections,
// pylib/collections/abc.py, pylib/functools.py, pylib/copy.py). Each module in
// tests/runtime/stdlib-py/ exercises one module's functions with edge cases and error messages;
// main.py imports them all, runs through the real CLI, and must print exactly what python3 prints.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { SECTIONS_TIMEOUT_MS, expectSectionsMatch } from '../helpers/sections.js';

describe('collections, itertools, functools, heapq, bisect, operator, copy against CPython', () => {
  it('prints what python3 prints, section by section', () => {
    expectSectionsMatch(path.join(repoRoot, 'tests', 'runtime', 'stdlib-py'));
  }, SECTIONS_TIMEOUT_MS);
});
