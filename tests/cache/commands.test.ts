// `pyaot cache list | stats | clean | prune`: their output, and their errors on bad input.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getOrBuild, type BuildOutput } from '../../cache/index.js';
import { registerCacheCommand } from '../../cli/commands/cache.js';
// @ts-expect-error: a plain .mjs fixture shared with child processes
import { fakeBuilder } from './fixtures/fake-builder.mjs';
import { sandbox, storedKeys, type Sandbox } from './helpers.js';

let sb: Sandbox;

beforeEach(() => {
  sb = sandbox();
});
afterEach(() => {
  vi.useRealTimers();
  process.exitCode = undefined;
  sb.cleanup();
});

/** Runs `pyaot cache …` in-process; returns stdout, stderr and the exit code. */
async function pyaot(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const program = new Command('pyaot').exitOverride().configureOutput({
    writeOut: (s) => (out += s),
    writeErr: (s) => (err += s),
  });
  registerCacheCommand(program, { out: (s) => (out += s), err: (s) => (err += s) });
  process.exitCode = undefined;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    return { out, err, code: e.exitCode };
  }
  return { out, err, code: Number(process.exitCode ?? 0) };
}

async function use(name: string, padBytes = 0) {
  const main = sb.write(`${name}.py`, `# ${name}\n`);
  return getOrBuild(
    { mainPath: main, kind: 'plain', flags: [] },
    fakeBuilder(main, { padBytes }) as (tmp: string) => Promise<BuildOutput>,
    { runtimeDir: sb.runtime },
  );
}

describe('pyaot cache list', () => {
  it('says so when there is nothing, without creating the cache', async () => {
    expect(await pyaot('cache', 'list')).toEqual({ out: `No cached builds in ${join(sb.home, 'cache')}.\n`, err: '', code: 0 });
    expect(await pyaot('cache', 'list', '--json')).toEqual({ out: '[]\n', err: '', code: 0 });
    expect(existsSync(join(sb.home, 'cache'))).toBe(false);
  });

  it('prints a table, most recently used first, and JSON with --json', async () => {
    const a = await use('a', 2000);
    await new Promise((r) => setTimeout(r, 10));
    const b = await use('b');
    await use('a'); // a hit: a becomes the most recent
    const { out, err, code } = await pyaot('cache', 'list');
    expect({ err, code }).toEqual({ err: '', code: 0 });
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^KEY\s+KIND\s+SIZE\s+HITS\s+LAST USED\s+SOURCE$/);
    expect(lines[1]).toMatch(new RegExp(`^${a.key}  plain\\s+2\\.\\d KiB\\s+1  just now\\s+${join(sb.project, 'a.py')}$`));
    expect(lines[2]).toMatch(new RegExp(`^${b.key}  plain\\s+\\d+ B\\s+0  just now\\s+${join(sb.project, 'b.py')}$`));
    expect(lines[3]).toBe('');
    expect(lines[4]).toMatch(new RegExp(`^2 cached builds, 2\\.\\d KiB in ${join(sb.home, 'cache')}$`));
    // Columns line up: SIZE is right-aligned under its header.
    expect(lines[1].indexOf('KiB') + 3).toBe(lines[0].indexOf('SIZE') + 4);

    const json = JSON.parse((await pyaot('cache', 'list', '--json')).out);
    expect(json).toHaveLength(2);
    expect(json[0]).toMatchObject({ key: a.key, source: join(sb.project, 'a.py'), kind: 'plain', binary: a.binary, hits: 1 });
    expect(json[0].sizeBytes).toBeGreaterThan(2000);
    expect(new Date(json[0].lastUsed).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe('pyaot cache stats', () => {
  it('shows entries, size, hits, misses and the hit rate', async () => {
    await use('a');
    await use('b');
    await use('a');
    const { out, code } = await pyaot('cache', 'stats');
    expect(code).toBe(0);
    expect(out).toMatch(
      new RegExp(
        `^Cache directory  ${join(sb.home, 'cache')}\nCached builds    2\nTotal size       \\d+ B of 2\\.0 GiB \\(0\\.0%\\)\n` +
          'Hits             1\nMisses           2\nHit rate         33\\.3%\n$',
      ),
    );
    const json = JSON.parse((await pyaot('cache', 'stats', '--json')).out);
    expect(json).toMatchObject({ entries: 2, hits: 1, misses: 2, maxSizeBytes: 2 * 1024 ** 3 });
    expect(json.hitRate).toBeCloseTo(1 / 3);
  });

  it('shows a dash for the hit rate before any lookup', async () => {
    expect((await pyaot('cache', 'stats')).out).toContain('Hit rate         -\n');
  });
});

describe('pyaot cache clean', () => {
  it('removes everything', async () => {
    await use('a');
    await use('b');
    const { out, code } = await pyaot('cache', 'clean');
    expect(code).toBe(0);
    expect(out).toMatch(/^Removed 2 cached builds \(\d+ B\)\.\n$/);
    expect(storedKeys(sb.home)).toEqual([]);
    expect((await pyaot('cache', 'list')).out).toMatch(/^No cached builds/);
    expect((await pyaot('cache', 'clean')).out).toBe('Nothing to clean: the cache is empty.\n');
  });

  it('with --older-than, removes only builds not used for that long', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - 10 * 24 * 3600 * 1000);
    const old = await use('old');
    vi.useRealTimers();
    const recent = await use('recent');
    const { out, code } = await pyaot('cache', 'clean', '--older-than', '7d');
    expect(code).toBe(0);
    expect(out).toMatch(/^Removed 1 cached build not used in the last 7 days \(\d+ B\); 1 remains \(\d+ B\)\.\n$/);
    expect(storedKeys(sb.home)).toEqual([recent.key]);
    expect(storedKeys(sb.home)).not.toContain(old.key);
    expect((await pyaot('cache', 'clean', '--older-than', '7d')).out).toBe(
      'Nothing to clean: every cached build was used in the last 7 days.\n',
    );
  });

  it('rejects a bad --older-than with a clear error and exit code 1', async () => {
    const { err, code } = await pyaot('cache', 'clean', '--older-than', 'soon');
    expect(code).toBe(1);
    expect(err).toBe(
      "error: option '--older-than <age>' argument 'soon' is invalid. expected a duration such as 7d, 12h, 30m or 1w2d\n",
    );
  });
});

describe('pyaot cache prune', () => {
  it('evicts least recently used builds down to --max-size', async () => {
    const a = await use('a', 3000);
    await new Promise((r) => setTimeout(r, 10));
    const b = await use('b', 3000);
    const { out, code } = await pyaot('cache', 'prune', '--max-size', '4K');
    expect(code).toBe(0);
    expect(out).toMatch(/^Removed 1 cached build \(\d\.\d KiB\), least recently used first; the cache is now \d\.\d KiB \(limit 4\.0 KiB\)\.\n$/);
    expect(storedKeys(sb.home)).toEqual([b.key]);
    expect(storedKeys(sb.home)).not.toContain(a.key);
    expect((await pyaot('cache', 'prune', '--max-size', '1G')).out).toMatch(
      /^Nothing to evict: the cache is \d\.\d KiB \(limit 1\.0 GiB\)\.\n$/,
    );
  });

  it('tidies up: forgets rows whose files are gone and removes leftovers', async () => {
    const a = await use('a');
    await use('b');
    const { rmSync, mkdirSync } = await import('node:fs');
    rmSync(join(a.binary, '..'), { recursive: true });
    mkdirSync(join(sb.home, 'cache', 'tmp', '999999999-build-x'), { recursive: true }); // a dead pid's build dir
    const { out } = await pyaot('cache', 'prune');
    expect(out).toBe(
      'Dropped 1 index entry whose files were gone.\nDeleted 1 leftover of interrupted builds.\n' +
        `Nothing to evict: the cache is ${out.match(/cache is (\d+ B)/)?.[1]} (limit 2.0 GiB).\n`,
    );
  });

  it('rejects --max-size banana with a clear error and exit code 1', async () => {
    const { out, err, code } = await pyaot('cache', 'prune', '--max-size', 'banana');
    expect({ out, code }).toEqual({ out: '', code: 1 });
    expect(err).toBe(
      "error: option '--max-size <size>' argument 'banana' is invalid. expected a size such as 500M, 1.5GiB or 2000000 (bytes)\n",
    );
  });
});

describe('errors from the cache itself', () => {
  it('are one line and exit code 1', async () => {
    writeFileSync(join(sb.home, 'cache'), 'a file where the cache directory should be');
    const { out, err, code } = await pyaot('cache', 'prune');
    expect({ out, code }).toEqual({ out: '', code: 1 });
    expect(err).toBe(`error: EEXIST: ${join(sb.home, 'cache')}\n`);
  });
});
