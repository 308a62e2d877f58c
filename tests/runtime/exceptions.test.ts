// Exception details (zig-runtime/core/exc.zig, builtins/excattrs.zig, builtins/traceback_obj.zig,
// builtins/subclasses.zig, the raise/with/except* support in core/stmt_rt.zig and
// core/excgroup.zig, call-binding messages) and dir() without arguments (compiler/codegen/dir.ts):
// tests/runtime/exceptions/exc_details.py runs through the real CLI and must print exactly what
// python3 prints.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'exceptions');

describe('exception details against CPython', () => {
  // Building the runtime takes a minute of CPU; much longer on a loaded machine.
  it('exc_details.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    const script = path.join(dir, 'exc_details.py');
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
