// The CommonJS fast path of `pyaot app.py` (bin/pyaot.js -> cli/launch.cts -> cache/hit.cts): it
// serves a hit only when stat() proves it current, bookkeeps it exactly like the full path, hands
// everything else to the full CLI untouched, and passes the program's exit status and signals
// through. The full CLI of the built copy is a stub (see compileCli), so each run shows which
// path served it; the entries are made by the real cache through fixtures/store.mjs.
import { execFile, spawn } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registerCacheCommand } from '../../cli/commands/cache.js';
import { compileCli, FULL_CLI, sandbox, type CompiledCli, type Sandbox } from './helpers.js';

const execFileAsync = promisify(execFile);
const STORE = new URL('./fixtures/store.mjs', import.meta.url).pathname;
const SETTLE_MS = 2100; // files younger than 2 s are never trusted by signature (cache/hit.cts)
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let cli: CompiledCli;
let sb: Sandbox;

beforeAll(() => {
  cli = compileCli();
});
afterAll(() => cli.cleanup());
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

/** One `pyaot` run through the copy's bin/pyaot.js. */
async function pyaot(args: string[], cwd = sb.project): Promise<{ out: string; err: string; code: number }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [cli.bin, ...args], { cwd, env: process.env });
    return { out: stdout, err: stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { out: err.stdout, err: err.stderr, code: err.code };
  }
}

/** Stores `main` as a plain `pyaot app.py` build would, then lets a second run trust every signature. */
async function warm(main: string, options: Record<string, unknown> = {}): Promise<{ key: string; binary: string }> {
  const store = async () => {
    const { stdout } = await execFileAsync(process.execPath, [STORE, cli.cacheModule, main, cli.runtime,
      JSON.stringify({ flags: ['mode=ReleaseFast'], ...options })]);
    return JSON.parse(stdout) as { hit: boolean; key: string; binary: string };
  };
  const first = await store();
  expect(first.hit).toBe(false);
  await sleep(SETTLE_MS);
  const second = await store();
  expect(second).toMatchObject({ hit: true, key: first.key });
  return second;
}

function journalLines(): string[] {
  try {
    return readFileSync(join(sb.home, 'cache', 'journal'), 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** `pyaot cache stats --json` and `list --json`, in-process (the real commands, not the stub). */
async function cacheJson(sub: 'stats' | 'list'): Promise<any> {
  let out = '';
  const program = new Command('pyaot').exitOverride();
  registerCacheCommand(program, { out: (s) => (out += s), err: () => {} });
  await program.parseAsync(['cache', sub, '--json'], { from: 'user' });
  return JSON.parse(out);
}

describe('a cached pyaot app.py', () => {
  it('is served by the fast path, and counted exactly as a hit', async () => {
    const main = sb.write('app.py', '# app v1\nimport helper\n');
    sb.write('helper.py', '# helper v1\n');
    const { key } = await warm(main);
    const before = journalLines().length;
    expect(await pyaot(['app.py', 'x', '--force'])).toEqual({ out: 'app:# app v1\nhelper:# helper v1\n', err: '', code: 0 });
    expect(journalLines()).toHaveLength(before + 1);
    expect(journalLines().at(-1)).toMatch(new RegExp(`^${key} \\d+$`));
    // From another directory, with a relative path: the same entry.
    expect((await pyaot([join('project', 'app.py')], sb.root)).out).toBe('app:# app v1\nhelper:# helper v1\n');
    expect(await cacheJson('stats')).toMatchObject({ entries: 1, hits: 3, misses: 1 });
    const [entry] = await cacheJson('list');
    expect(entry).toMatchObject({ key, hits: 3 });
    expect(Date.now() - Date.parse(entry.lastUsed)).toBeLessThan(60_000);
  });

  it('leaves to the full CLI, recording nothing, whatever stat() alone cannot vouch for', async () => {
    const main = sb.write('app.py', '# app v1\nimport helper\nimport extra\n');
    const helper = sb.write('helper.py', '# helper v1\n');
    const { binary } = await warm(main);
    const journal = journalLines();
    const delegated = async (args: string[]) => {
      expect(await pyaot(args)).toEqual({ out: `${FULL_CLI} ${JSON.stringify(args)}\n`, err: '', code: 0 });
      expect(journalLines()).toEqual(journal);
    };
    // Other requests than a plain run.
    await delegated(['--force', 'app.py']);
    await delegated(['--profile', 'app.py']);
    await delegated(['cache', 'stats']);
    await delegated(['missing.py']);
    // A module edited, even back to the same bytes (only hashing can tell).
    writeFileSync(helper, '# helper v2\n');
    await delegated(['app.py']);
    writeFileSync(helper, '# helper v1\n');
    await delegated(['app.py']);
    rmSync(helper);
    await delegated(['app.py']);
    writeFileSync(helper, '# helper v1\n');
    // A module created where the resolver found none.
    sb.write('extra.py', '# extra\n');
    await delegated(['app.py']);
    rmSync(join(sb.project, 'extra.py'));
    // The runtime sources changed.
    const runtimeFile = join(cli.runtime, 'core', 'added.zig');
    writeFileSync(runtimeFile, '// added\n');
    try {
      await delegated(['app.py']);
    } finally {
      rmSync(runtimeFile);
    }
    // A damaged binary or metadata.
    appendFileSync(binary, '#');
    await delegated(['app.py']);
    writeFileSync(join(binary, '..', 'meta.json'), '{');
    await delegated(['app.py']);
  });

  it('keeps the --debug build and the release build apart', async () => {
    const main = sb.write('app.py', '# app\n');
    const release = await warm(main, { body: 'echo release' });
    // Only the release build is cached: --debug must not be served it.
    const args = ['--debug', 'app.py'];
    expect(await pyaot(args)).toEqual({ out: `${FULL_CLI} ${JSON.stringify(args)}\n`, err: '', code: 0 });
    // With the debug build cached too (as `pyaot --debug app.py` stores it), each mode gets its own.
    const debug = await warm(main, { kind: 'debug', flags: ['mode=Debug'], body: 'echo debug' });
    expect(debug.key).not.toBe(release.key);
    expect(await pyaot(['--debug', 'app.py'])).toEqual({ out: 'app:# app\ndebug\n', err: '', code: 0 });
    expect(await pyaot(['app.py'])).toEqual({ out: 'app:# app\nrelease\n', err: '', code: 0 });
    expect(await cacheJson('stats')).toMatchObject({ entries: 2 });
  });

  it('rebuilds a clobbered index with one warning, and still runs the program', async () => {
    const main = sb.write('app.py', '# app\n');
    const { key } = await warm(main);
    writeFileSync(join(sb.home, 'cache', 'index.sqlite'), 'not a database at all');
    const run = await pyaot(['app.py']);
    expect(run).toMatchObject({ out: 'app:# app\n', code: 0 });
    expect(run.err).toMatch(/^warning: the cache index .*index\.sqlite is not an SQLite database; rebuilt it from 1 cached build\n$/);
    expect(await pyaot(['app.py'])).toEqual({ out: 'app:# app\n', err: '', code: 0 });
    expect(await cacheJson('list')).toMatchObject([{ key }]);
  });

  it('passes the exit status through', async () => {
    const main = sb.write('app.py', '# app\n');
    await warm(main, { body: 'exit 7' });
    expect(await pyaot(['app.py'])).toEqual({ out: 'app:# app\n', err: '', code: 7 });
  });

  it('exits like a shell when the program is killed by a signal', async () => {
    const main = sb.write('app.py', '# app\n');
    await warm(main, { body: 'kill -TERM $$' });
    expect(await pyaot(['app.py'])).toMatchObject({ out: 'app:# app\n', code: 128 + 15 });
  });

  it('forwards SIGTERM to the program and leaves Ctrl-C to it', async () => {
    const main = sb.write('app.py', '# app\n');
    const body = "trap 'echo got INT; exit 9' INT\ntrap 'echo got TERM; exit 42' TERM\necho ready\nwhile :; do sleep 0.05; done";
    await warm(main, { body });
    for (const [signal, group, expected] of [['SIGTERM', false, 'got TERM'], ['SIGINT', true, 'got INT']] as const) {
      const child = spawn(process.execPath, [cli.bin, 'app.py'], { cwd: sb.project, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        // SIGTERM to pyaot alone (as `kill` does); SIGINT to the whole group (as a terminal does).
        if (d.includes('ready')) process.kill(group ? -child.pid! : child.pid!, signal);
      });
      const stuck = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 20_000);
      const code = await done;
      clearTimeout(stuck);
      expect({ code, out, err }).toEqual({ code: signal === 'SIGTERM' ? 42 : 9, out: `app:# app\nready\n${expected}\n`, err: '' });
    }
  });
});
