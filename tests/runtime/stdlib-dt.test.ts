// The datetime module (pylib/datetime.py): each module in tests/runtime/stdlib-dt/ exercises one
// of its classes with edge cases and error messages; main.py imports them all, runs through the
// real CLI, and must print exactly what python3 prints. local_zone.py checks local time under
// several TZ values, fixed offsets and daylight saving time rules, from POSIX strings and zone
// files (one build: later runs hit the build cache), and that a TZ glibc would read leniently
// fails clearly instead of guessing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runPython } from '../helpers/pyaot.js';
import { SECTIONS_TIMEOUT_MS, expectSameOutput, expectSectionsMatch, runDebug } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'stdlib-dt');

describe('datetime against CPython', () => {
  it('prints what python3 prints, section by section', () => {
    expectSectionsMatch(dir);
  }, SECTIONS_TIMEOUT_MS);

  it('follows TZ: fixed offsets, daylight saving time rules, zone files', () => {
    const zones = ['', 'UTC', 'EST5', '<+0530>-5:30', 'ABC-3:15:30', 'CET-1CEST,M3.5.0,M10.5.0/3', '<-03>3<-02>,M3.5.0/-2,M10.5.0/-1', 'AEST-10AEDT,M10.1.0,M4.1.0/3'];
    for (const z of ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Europe/Dublin']) {
      if (fs.existsSync(path.join('/usr/share/zoneinfo', z))) zones.push(z);
    }
    for (const tz of zones) {
      const env = { TZ: tz };
      const want = runPython(['local_zone.py'], { cwd: dir, env });
      expect(want.code, want.stderr).toBe(0);
      const got = runDebug(['local_zone.py'], { cwd: dir, env, timeoutMs: SECTIONS_TIMEOUT_MS });
      expect(got.code, `TZ=${tz}\n${got.stderr.slice(-3000)}`).toBe(0);
      expectSameOutput(got.stdout, want.stdout, () => `local_zone.py with TZ=${tz}`);
    }
  }, SECTIONS_TIMEOUT_MS);

  it('raises NotImplementedError for a TZ it cannot read', () => {
    const got = runDebug(['local_zone.py'], { cwd: dir, env: { TZ: 'EST5EDT4' }, timeoutMs: SECTIONS_TIMEOUT_MS });
    expect(got.code).toBe(1);
    expect(got.stderr).toContain("NotImplementedError: datetime: pyaot cannot read the local time zone (TZ='EST5EDT4')");
  }, SECTIONS_TIMEOUT_MS);
});
