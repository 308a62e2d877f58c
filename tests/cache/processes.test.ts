// The cache across processes, each child being one simulated `pyaot app.py`: concurrent cold
// runs, a build killed mid-way, another working directory, and what a hit loads.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CHILD,
  compileCache,
  runChild,
  sandbox,
  startChild,
  storedKeys,
  tmpEntries,
  type Sandbox,
} from './helpers.js';

const execFileAsync = promisify(execFile);

let compiled: { module: string; cleanup(): void };
let sb: Sandbox;

beforeAll(() => {
  compiled = compileCache();
});
afterAll(() => compiled.cleanup());
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

describe('concurrent runs', () => {
  it('four cold runs of one program all succeed, build once and leave one good entry', async () => {
    const main = sb.write('app.py', '# app\nimport helper\n');
    sb.write('helper.py', '# helper\n');
    const countFile = join(sb.root, 'builds');
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => runChild(compiled.module, main, sb.runtime, { delayMs: 300, countFile })),
    );
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.output).toEqual(['app:# app', 'helper:# helper']);
      expect(r.stderr).toBe('');
    }
    const keys = new Set(runs.map((r) => r.result?.key));
    expect(keys.size).toBe(1);
    expect(storedKeys(sb.home)).toEqual([...keys]);
    // The build lock makes the others wait for the first build and then hit.
    expect(readFileSync(countFile, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(runs.filter((r) => r.result?.hit)).toHaveLength(3);
    expect(tmpEntries(sb.home)).toEqual([]);
  });

  it('a run that has to wait for another build of the same program says so, then hits', async () => {
    const main = sb.write('app.py', '# app\n');
    const startedFile = join(sb.root, 'started');
    const first = startChild(compiled.module, main, sb.runtime, { delayMs: 1500, startedFile });
    while (!existsSync(startedFile)) await new Promise((r) => setTimeout(r, 20));
    const second = await runChild(compiled.module, main, sb.runtime, { notes: true });
    expect(second.stderr).toBe(`note: waiting for another pyaot process (pid ${first.pid}) that is building ${main}\n`);
    expect(second.result?.hit).toBe(true);
    expect(second.output).toEqual(['app:# app']);
    expect((await first.done).result?.hit).toBe(false);
  });

  it('a build of one program does not hold up another program', async () => {
    const a = sb.write('a.py', '# a\n');
    const b = sb.write('b.py', '# b\n');
    const startedFile = join(sb.root, 'a-started');
    const slow = startChild(compiled.module, a, sb.runtime, { delayMs: 60_000, startedFile });
    let slowExited = false;
    void slow.done.then(() => (slowExited = true));
    while (!existsSync(startedFile)) await new Promise((r) => setTimeout(r, 20));
    const fast = await runChild(compiled.module, b, sb.runtime);
    expect(fast.output).toEqual(['b:# b']);
    expect(slowExited).toBe(false);
    slow.kill();
    await slow.done;
  });
});

describe('the index under concurrency', () => {
  it('eight processes creating it at once all succeed, silently, and count every miss', async () => {
    const script = join(dirname(CHILD), 'open-index.mjs');
    const db = join(dirname(compiled.module), 'db.js');
    const runs = await Promise.all(
      Array.from({ length: 8 }, () => execFileAsync(process.execPath, [script, db, compiled.module], { env: process.env })),
    );
    expect(runs.map((r) => r.stdout)).toEqual(Array(8).fill('ok\n'));
    expect(runs.map((r) => r.stderr).join('')).toBe('');
    const stats = await execFileAsync(process.execPath, [script, db, compiled.module], { env: process.env });
    expect(stats.stdout).toBe('ok\n');
    const { CacheIndex } = await import('../../cache/db.js');
    const { cacheLayout } = await import('../../cache/index.js');
    const index = CacheIndex.open(cacheLayout(), () => {});
    expect(index.counters().misses).toBe(9);
    index.close();
  });
});

describe('a build killed mid-way', () => {
  it('leaves nothing a later run trusts; the next run rebuilds cleanly', async () => {
    const main = sb.write('app.py', '# app\n');
    const startedFile = join(sb.root, 'started');
    const victim = startChild(compiled.module, main, sb.runtime, { delayMs: 60_000, startedFile });
    while (!existsSync(startedFile)) await new Promise((r) => setTimeout(r, 20));
    expect(tmpEntries(sb.home).some((n) => n.startsWith(`${victim.pid}-build-`))).toBe(true);
    expect(readdirSync(join(sb.home, 'cache', 'locks'))).toHaveLength(1);
    victim.kill();
    expect((await victim.done).signal).toBe('SIGKILL');
    expect(storedKeys(sb.home)).toEqual([]);

    const next = await runChild(compiled.module, main, sb.runtime);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toBe('');
    expect(next.output).toEqual(['app:# app']);
    expect(next.result?.hit).toBe(false);
    expect(tmpEntries(sb.home)).toEqual([]); // the victim's build dir was cleaned up
    expect(readdirSync(join(sb.home, 'cache', 'locks'))).toEqual([]); // its stale lock was taken over
    expect((await runChild(compiled.module, main, sb.runtime)).result?.hit).toBe(true);
  });
});

describe('the hit path', () => {
  it('hits from another working directory', async () => {
    const main = sb.write('app.py', '# app\n');
    const first = await runChild(compiled.module, main, sb.runtime, { cwd: sb.project });
    const second = await runChild(compiled.module, main, sb.runtime, { cwd: sb.home });
    expect(second.result).toMatchObject({ hit: true, key: first.result?.key });
  });

  it('loads neither SQLite nor, once files are settled, the hasher', async () => {
    const main = sb.write('app.py', '# app\nimport helper\n');
    sb.write('helper.py', '# helper\n');
    const miss = await runChild(compiled.module, main, sb.runtime);
    expect(miss.result).toMatchObject({ hit: false, sqliteLoaded: true, hasherLoaded: true });
    const early = await runChild(compiled.module, main, sb.runtime);
    expect(early.result).toMatchObject({ hit: true, sqliteLoaded: false });
    await new Promise((r) => setTimeout(r, 2100)); // sources, runtime and binary are now settled
    const first = await runChild(compiled.module, main, sb.runtime); // hashes once, records signatures
    expect(first.result).toMatchObject({ hit: true, sqliteLoaded: false, hasherLoaded: true });
    const settled = await runChild(compiled.module, main, sb.runtime);
    expect(settled.result).toMatchObject({ hit: true, sqliteLoaded: false, hasherLoaded: false });
    expect(settled.output).toEqual(['app:# app', 'helper:# helper']);
    expect(settled.stderr).toBe('');
  });
});
