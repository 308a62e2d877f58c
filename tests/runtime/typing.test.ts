// typing (pylib/typing.py) and the class hook behind `class P(NamedTuple)` / `class M(TypedDict)`
// (zig-runtime/core/class.zig classFromHook): tests/runtime/typing/main.py must print exactly
// what python3 prints with CPython's typing.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

describe('typing against CPython', () => {
  it('main.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(repoRoot, 'tests', 'runtime', 'typing', 'main.py'), 1_200_000);
  });
  it('generic_alias.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(repoRoot, 'tests', 'runtime', 'typing', 'generic_alias.py'), 1_200_000);
  });
});
