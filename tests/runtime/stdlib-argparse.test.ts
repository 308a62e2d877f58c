// argparse (pylib/argparse.py) against CPython 3.11. argparse prints usage, help and errors and
// exits, so each program in tests/runtime/stdlib-argparse/ is built once with `pyaot build` and
// run with every argv list in its `# case: [...]` comments (or `# case: {"argv": [...], "env":
// {...}}`); stdout, stderr and the exit code must equal python3's byte for byte.
// The binary is named like the script (basic.py) so the default prog, the basename of
// sys.argv[0], is the same under both. COLUMNS and LINES are removed from the environment, as
// the help width comes from COLUMNS (cases that set it test the wrapping).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { python, repoRoot, runPyaot } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'stdlib-argparse');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-argparse-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const baseEnv: Record<string, string | undefined> = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
delete baseEnv.COLUMNS;
delete baseEnv.LINES;

interface Case {
  argv: string[];
  env?: Record<string, string>;
}

function casesOf(source: string): Case[] {
  return source
    .split('\n')
    .filter((l) => l.startsWith('# case:'))
    .map((l) => {
      const c = JSON.parse(l.slice('# case:'.length));
      return Array.isArray(c) ? { argv: c } : c;
    });
}

function run(cmd: string, args: string[], env: Record<string, string | undefined>) {
  const r = spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', code: r.status ?? -1 };
}

const programs = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('argparse against CPython', () => {
  for (const file of programs) {
    it(`${file}: every case prints and exits as python3 does`, { timeout: 600_000 }, () => {
      const cases = casesOf(fs.readFileSync(path.join(dir, file), 'utf8'));
      expect(cases.length).toBeGreaterThan(0);
      const bin = path.join(work, file);
      const b = runPyaot(['build', path.join(dir, file), '-o', bin]);
      expect(b.code, b.stderr).toBe(0);
      for (const c of cases) {
        const env = { ...baseEnv, ...(c.env ?? {}) };
        const want = run(python(), [file, ...c.argv], env);
        const got = run(bin, c.argv, env);
        const label = `${file} ${JSON.stringify(c)}`;
        expect(got.stdout, `${label}: stdout`).toBe(want.stdout);
        expect(got.stderr, `${label}: stderr`).toBe(want.stderr);
        expect(got.code, `${label}: exit code`).toBe(want.code);
      }
    });
  }
});
