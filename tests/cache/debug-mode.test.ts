// `pyaot --debug app.py` and `pyaot build --debug`: the development build (the program's code in
// Zig's Debug mode) through the real CLI and cache. It prints what the release build prints, is
// cached apart from it (never served for a release request, nor the reverse), and does not
// combine with --profile.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPyaot, tempHome } from '../helpers/pyaot.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-debug-mode-'));
const home = tempHome();
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(home, { recursive: true, force: true });
});
fs.writeFileSync(path.join(dir, 'app.py'), 'import sys\nprint("args", sys.argv[1:], sum(range(10)))\n');

const run = (args: string[]) => runPyaot(args, { cwd: dir, home, timeoutMs: 600_000 });

describe('pyaot --debug', () => {
  it('builds, runs and caches the debug build apart from the release build', () => {
    const release = run(['app.py', 'x']);
    expect(release).toMatchObject({ stdout: "args ['x'] 45\n", code: 0 });
    const debug = run(['--debug', 'app.py', 'y']);
    expect(debug).toMatchObject({ stdout: "args ['y'] 45\n", code: 0 });
    const list = JSON.parse(run(['cache', 'list', '--json']).stdout) as { key: string; kind: string; hits: number }[];
    // `pyaot cache list` tells the two apart.
    expect(list.map((e) => e.kind).sort()).toEqual(['debug', 'plain']);
    expect(run(['cache', 'list']).stdout).toMatch(/ debug /);
    // Each mode hits its own entry.
    expect(run(['--debug', 'app.py']).stdout).toBe('args [] 45\n');
    expect(run(['app.py']).stdout).toBe('args [] 45\n');
    const after = JSON.parse(run(['cache', 'list', '--json']).stdout) as { key: string; hits: number }[];
    expect(after.map((e) => e.hits).sort()).toEqual([1, 1]);
  }, 900_000);

  it('`pyaot build --debug` writes the debug build', () => {
    const out = path.join(dir, 'app-debug');
    const b = run(['build', '--debug', 'app.py', '-o', out]);
    expect(b.code, b.stderr).toBe(0);
    const r = spawnSync(out, ['z'], { encoding: 'utf8' });
    expect(r.stdout).toBe("args ['z'] 45\n");
    // The cached debug build, not a third one.
    expect(JSON.parse(run(['cache', 'list', '--json']).stdout)).toHaveLength(2);
  }, 900_000);

  it('refuses --profile and --profile-out, with exit 2', () => {
    for (const args of [['--debug', '--profile', 'app.py'], ['--profile-out', 'p.pb', '--debug', 'app.py']]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('pyaot: error: --debug cannot be combined with --profile or --profile-out (profiles are recorded from the release build)\n');
    }
  });

  it('is described by --help', () => {
    expect(run(['--help']).stdout).toMatch(/^ {2}--debug +development build: Zig -ODebug/m);
    expect(run(['build', '--help']).stdout).toMatch(/^ {2}--debug +development build: Zig -ODebug/m);
  });
});
