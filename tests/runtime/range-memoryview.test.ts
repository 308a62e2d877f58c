// range objects beyond i64 (zig-runtime/core/range.zig: CPython's int bounds with an i64 fast
// path; the compiled `for i in range(...)` loop's big fallback) and memoryview over bytes and
// bytearray (zig-runtime/builtins/memoryview.zig). Each program in tests/runtime/range_mv/ runs
// through the real CLI and must print exactly what python3 prints.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'range_mv');

describe('big ranges and memoryview against CPython', () => {
  for (const name of ['big_ranges', 'memoryview_bytes']) {
    // Building the runtime takes a minute of CPU; much longer on a loaded machine.
    it(`${name}.py prints what python3 prints`, { timeout: 1_200_000 }, () => {
      const script = path.join(dir, `${name}.py`);
      const expected = runPython([script], { cwd: dir });
      expect(expected.code, expected.stderr).toBe(0);
      const r = runPyaot([script], { cwd: dir, timeoutMs: 1_200_000 });
      expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
      // memoryview reprs hold addresses: compared up to the address.
      const mask = (s: string) => s.replace(/memory at 0x[0-9a-f]+/g, 'memory at 0x?');
      expect(mask(r.stdout)).toBe(mask(expected.stdout));
    });
  }
});
