// The size cap: enforced after each store, least recently used first, never the build just made.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CacheIndex } from '../../cache/db.js';
// @ts-expect-error: a plain .mjs fixture shared with child processes
import { fakeBuilder } from './fixtures/fake-builder.mjs';
import { sandbox, storedKeys, type Sandbox } from './helpers.js';
import { type BuildOutput, cacheLayout, getOrBuild } from '../../cache/index.js';

let sb: Sandbox;
let warnings: string[];

beforeEach(() => {
  sb = sandbox();
  warnings = [];
});
afterEach(() => {
  delete process.env.PYAOT_CACHE_MAX_SIZE;
  sb.cleanup();
});

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 15)); // distinct last-used times

/** Builds or hits `name`.py, whose binary is about 1000 bytes. */
async function use(name: string, maxSizeBytes?: number) {
  const main = sb.write(`${name}.py`, `# ${name}\n`);
  const result = await getOrBuild(
    { mainPath: main, kind: 'plain', flags: [] },
    fakeBuilder(main, { padBytes: 1000 }) as (tmp: string) => Promise<BuildOutput>,
    { runtimeDir: sb.runtime, warn: (l) => warnings.push(l), maxSizeBytes },
  );
  await tick();
  return { ...result, size: statSync(result.binary).size };
}

function indexedKeys(): string[] {
  const index = CacheIndex.open(cacheLayout(), (l) => warnings.push(l));
  try {
    return index.all().map((r) => r.key);
  } finally {
    index.close();
  }
}

describe('the size cap', () => {
  it('evicts least recently used entries first, counting hits as use', async () => {
    const a = await use('a');
    const b = await use('b');
    const c = await use('c');
    expect((await use('a')).hit).toBe(true); // a is now the most recently used of the three
    const cap = a.size * 2 + a.size / 2; // room for two and a half builds
    const d = await use('d', cap);
    expect(existsSync(dirname(b.binary))).toBe(false);
    expect(existsSync(dirname(c.binary))).toBe(false);
    expect(storedKeys(sb.home)).toEqual([a.key, d.key].sort());
    expect(indexedKeys().sort()).toEqual([a.key, d.key].sort());
    expect((await use('a', cap)).hit).toBe(true);
    expect((await use('b', cap)).hit).toBe(false); // evicted entries are rebuilt silently
    expect(warnings).toEqual([]);
  });

  it('never evicts the build that was just stored, even when it alone is over the cap', async () => {
    const a = await use('a');
    const b = await use('b', 10);
    expect(storedKeys(sb.home)).toEqual([b.key]);
    expect(existsSync(b.binary)).toBe(true);
    expect(existsSync(a.binary)).toBe(false);
  });

  it('reads PYAOT_CACHE_MAX_SIZE, and warns once about a bad value', async () => {
    process.env.PYAOT_CACHE_MAX_SIZE = '1K';
    await use('a');
    const b = await use('b');
    expect(storedKeys(sb.home)).toEqual([b.key]);
    process.env.PYAOT_CACHE_MAX_SIZE = 'banana';
    await use('c');
    expect(warnings).toEqual(['ignoring PYAOT_CACHE_MAX_SIZE="banana" (expected a size such as 500M, 1.5GiB or 2000000 (bytes)); using 2.0 GiB']);
    expect(storedKeys(sb.home)).toHaveLength(2);
  });
});
