// argparse (pylib/argparse.py) against CPython 3.11. argparse prints usage, help and errors and
// exits, so each scenario in tests/runtime/stdlib-argparse/ runs with every argv list in its
// `# case: [...]` comments (or `# case: {"argv": [...], "env": {...}}`), and stdout, stderr and
// the exit code must equal python3's byte for byte. main.py runs a scenario by name
// (`main.py basic ARGS...`), so the test builds one binary and runs it many times: a development
// build (`pyaot build --debug`, as in the sections suites: see helpers/sections.ts). The binary
// is named main.py so the default prog, the basename of sys.argv[0], is the same under both.
// COLUMNS and LINES are removed from the environment, as the help width comes from COLUMNS
// (cases that set it test the wrapping).
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

const scenarios = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.py') && f !== 'main.py')
  .sort();

let built: string | null = null;
function binary(): string {
  if (built) return built;
  const bin = path.join(work, 'main.py');
  // Its cache in `work` too: a debug build is large, and `work` is removed at the end.
  const b = runPyaot(['build', '--debug', path.join(dir, 'main.py'), '-o', bin], { home: path.join(work, 'home'), timeoutMs: 600_000 });
  expect(b.code, b.stderr).toBe(0);
  return (built = bin);
}

describe('argparse against CPython', () => {
  it('main.py runs every scenario', () => {
    const main = fs.readFileSync(path.join(dir, 'main.py'), 'utf8');
    for (const file of scenarios) expect(main).toContain(`import ${file.slice(0, -3)}\n`);
  });

  for (const file of scenarios) {
    it(`${file}: every case prints and exits as python3 does`, { timeout: 600_000 }, () => {
      const cases = casesOf(fs.readFileSync(path.join(dir, file), 'utf8'));
      expect(cases.length).toBeGreaterThan(0);
      const bin = binary();
      const name = file.slice(0, -3);
      for (const c of cases) {
        const env = { ...baseEnv, ...(c.env ?? {}) };
        const want = run(python(), ['main.py', name, ...c.argv], env);
        const got = run(bin, [name, ...c.argv], env);
        const label = `${file} ${JSON.stringify(c)}`;
        expect(got.stdout, `${label}: stdout`).toBe(want.stdout);
        expect(got.stderr, `${label}: stderr`).toBe(want.stderr);
        expect(got.code, `${label}: exit code`).toBe(want.code);
      }
    });
  }

  // On a terminal the help width is the terminal's (os.get_terminal_size on stdout), as
  // CPython's shutil.get_terminal_size; util-linux `script` gives the programs a pseudo-terminal.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('help wraps to the terminal width on a terminal', { timeout: 600_000 }, () => {
    const bin = binary();
    for (const cols of [50, 100, 130]) {
      const onTty = (cmd: string) =>
        run('script', ['-qec', `stty cols ${cols} rows 40; ${cmd} helpfmt plain -h`, '/dev/null'], baseEnv);
      const want = onTty(`${python()} main.py`);
      const got = onTty(bin);
      expect(want.code).toBe(0);
      expect(got.stdout, `${cols} columns`).toBe(want.stdout);
      expect(got.code).toBe(0);
    }
  });
});
