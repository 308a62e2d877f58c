// re (pylib/re.py): tests/runtime/re/main.py runs search/match/fullmatch/findall/finditer/sub/
// subn/split and Pattern repr over ~70 patterns (groups, named groups, backreferences, lazy and
// greedy repeats, empty matches, look-arounds, flags, classes, escapes), then replacement
// templates and pattern errors; it must print exactly what python3 prints with CPython's re.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

describe('re against CPython', () => {
  it('main.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(repoRoot, 'tests', 'runtime', 're', 'main.py'), 1_200_000);
  });
});
