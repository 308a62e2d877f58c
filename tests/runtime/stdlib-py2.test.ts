// The stdlib modules written in Python (pylib/): dataclasses, contextlib, abc, io, string,
// textwrap, csv, types, enum, fractions, statistics, base64, binascii and struct. Each module in tests/runtime/stdlib-py2/ exercises one of them
// with edge cases and error messages; main.py imports them all, runs through the real CLI, and
// must print exactly what python3 prints.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { SECTIONS_TIMEOUT_MS, expectSectionsMatch } from '../helpers/sections.js';

describe('dataclasses, contextlib, abc, io, string, textwrap, csv, types, enum, fractions, statistics, base64, struct against CPython', () => {
  it('prints what python3 prints, section by section', () => {
    expectSectionsMatch(path.join(repoRoot, 'tests', 'runtime', 'stdlib-py2'));
  }, SECTIONS_TIMEOUT_MS);
});
