// for-loops over zip(...) and enumerate(...) stepped in lockstep by the compiled loop
// (compiler/codegen/stmt.ts lockstepPlan): the same calls, in the same order, with the same
// results and errors as CPython's zip and enumerate objects.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'loops');

describe('zip and enumerate loops against CPython', () => {
  it('lockstep.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'lockstep.py'), 1_200_000);
  });
  it('an argument that is not iterable fails at the zip() call, with CPython\'s traceback', { timeout: 1_200_000 }, () => {
    const script = path.join(dir, 'lockstep_iter_error.py');
    const want = runPython([script], { cwd: dir });
    const got = runPyaot([script], { cwd: dir, timeoutMs: 1_200_000 });
    expect(want.code).toBe(1);
    expect(got.code).toBe(1);
    expect(got.stderr).toBe(want.stderr);
  });
});
