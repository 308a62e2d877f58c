// The datetime module (pylib/datetime.py): each module in tests/runtime/stdlib-dt/ exercises one
// of its classes with edge cases and error messages; main.py imports them all, runs through the
// real CLI, and must print exactly what python3 prints. local_zone.py checks local time under
// several TZ values with a fixed UTC offset (one build: later runs hit the build cache), and
// that a zone with daylight saving time fails clearly instead of guessing.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';
import { SECTIONS_TIMEOUT_MS, expectSameOutput, expectSectionsMatch } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'stdlib-dt');

describe('datetime against CPython', () => {
  it('prints what python3 prints, section by section', () => {
    expectSectionsMatch(dir);
  }, SECTIONS_TIMEOUT_MS);

  it('follows TZ for zones with one fixed offset', () => {
    for (const tz of ['', 'UTC', 'EST5', '<+0530>-5:30', 'ABC-3:15:30']) {
      const env = { TZ: tz };
      const want = runPython(['local_zone.py'], { cwd: dir, env });
      expect(want.code, want.stderr).toBe(0);
      const got = runPyaot(['local_zone.py'], { cwd: dir, env, timeoutMs: SECTIONS_TIMEOUT_MS });
      expect(got.code, `TZ=${tz}\n${got.stderr.slice(-3000)}`).toBe(0);
      expectSameOutput(got.stdout, want.stdout, () => `local_zone.py with TZ=${tz}`);
    }
  }, SECTIONS_TIMEOUT_MS);
});
