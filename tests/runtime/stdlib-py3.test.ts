// More stdlib modules written in Python (pylib/): fnmatch and keyword, glob, getopt, queue,
// graphlib, pprint, shlex, calendar, html, uuid, secrets, errno, stat, shutil (and os.utime), difflib. Each module in tests/runtime/stdlib-py3/ exercises one of them with edge cases and
// error messages; main.py imports them all, runs through the real CLI, and must print exactly
// what python3 prints.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { SECTIONS_TIMEOUT_MS, expectSectionsMatch } from '../helpers/sections.js';

describe('fnmatch, keyword, glob, getopt, queue, graphlib, pprint, shlex, calendar, html, uuid, secrets, errno, stat, shutil, difflib against CPython', () => {
  it('prints what python3 prints, section by section', () => {
    expectSectionsMatch(path.join(repoRoot, 'tests', 'runtime', 'stdlib-py3'));
  }, SECTIONS_TIMEOUT_MS);
});
