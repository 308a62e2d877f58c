// Attribute access on user-class instances (zig-runtime/core/attr.zig with the lookup cache of
// core/attr_cache.zig, and the program-side fast paths of abi/client_attr.zig):
// tests/runtime/attributes/attr_paths.py runs through the real CLI and must print exactly what
// python3 prints, including the cases where the fast paths must defer to the generic lookup.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'attributes');

describe('attribute access against CPython', () => {
  // Building the runtime takes a minute of CPU; much longer on a loaded machine.
  it('attr_paths.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    const script = path.join(dir, 'attr_paths.py');
    const expected = runPython([script], { cwd: dir });
    expect(expected.code, expected.stderr).toBe(0);
    const r = runPyaot([script], { cwd: dir, timeoutMs: 1_200_000 });
    expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
    const got = r.stdout.split('\n');
    const want = expected.stdout.split('\n');
    for (let i = 0; i < want.length; i++) expect(got[i], `line ${i + 1}`).toBe(want[i]);
    expect(r.stdout).toBe(expected.stdout);
  });
});
