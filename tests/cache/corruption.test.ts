// Damaged cache contents are noticed, reported in exactly one warning line and rebuilt: never a
// crash, never a wrong binary run.
import {
  chmodSync,
  closeSync,
  openSync,
  readFileSync,
  rmSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CacheIndex } from '../../cache/db.js';
// @ts-expect-error: a plain .mjs fixture shared with child processes
import { fakeBuilder } from './fixtures/fake-builder.mjs';
import { runBinary, sandbox, storedKeys, type Sandbox } from './helpers.js';
import { type BuildOutput, cacheLayout, getOrBuild } from '../../cache/index.js';

let sb: Sandbox;
let warnings: string[];
let main: string;

beforeEach(() => {
  sb = sandbox();
  warnings = [];
  main = sb.write('app.py', '# app v1\n');
});
afterEach(() => sb.cleanup());

async function run() {
  const result = await getOrBuild(
    { mainPath: main, kind: 'plain', flags: [] },
    fakeBuilder(main) as (tmp: string) => Promise<BuildOutput>,
    { runtimeDir: sb.runtime, warn: (l) => warnings.push(l) },
  );
  return { ...result, output: runBinary(result.binary) };
}

/** Builds, damages with `damage`, and checks the next run warns once, rebuilds and runs right. */
async function expectRebuiltAfter(damage: (binary: string) => void, warning: RegExp): Promise<void> {
  const first = await run();
  damage(first.binary);
  const second = await run();
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(warning);
  expect(second).toMatchObject({ hit: false, key: first.key, output: ['app:# app v1'] });
  expect(await run()).toMatchObject({ hit: true, key: first.key });
  expect(warnings).toHaveLength(1);
  expect(storedKeys(sb.home)).toEqual([first.key]);
}

/** Same length, different bytes: a size check alone would not notice. */
function scribble(path: string): void {
  const text = readFileSync(path, 'utf8').replace('app v1', 'evil!!');
  writeFileSync(path, text);
}

/** Makes the stored stat signature look old, as it does on any hit after the first seconds. */
function ageSignature(binary: string): void {
  const metaPath = join(dirname(binary), 'meta.json');
  const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  meta.sig.verifiedAt = Date.now() + 10_000;
  writeFileSync(metaPath, JSON.stringify(meta));
}

describe('a damaged artifact', () => {
  it('is caught by its checksum right after it was stored', () =>
    expectRebuiltAfter(scribble, /^the cached build of .*app\.py is damaged \(its binary does not match its checksum\); rebuilding it$/));

  it('is caught when its stat signature is already trusted', () =>
    expectRebuiltAfter((bin) => {
      ageSignature(bin);
      scribble(bin);
    }, /does not match its checksum/));

  it('is caught when truncated', () => expectRebuiltAfter((bin) => truncateSync(bin, 10), /its binary has 10 bytes, expected \d+/));

  it('is caught when the binary is deleted', () => expectRebuiltAfter((bin) => unlinkSync(bin), /its binary is missing/));

  it('is caught when the binary lost its execute permission', () => expectRebuiltAfter((bin) => chmodSync(bin, 0o644), /not executable/));

  it('is caught when meta.json is deleted', () =>
    expectRebuiltAfter((bin) => unlinkSync(join(dirname(bin), 'meta.json')), /its metadata is missing/));

  it('is caught when meta.json is garbage', () =>
    expectRebuiltAfter((bin) => writeFileSync(join(dirname(bin), 'meta.json'), '{"format": 1, "key'), /its metadata is not valid JSON/));

  it('is caught when its whole directory is deleted while the index still lists it', () =>
    expectRebuiltAfter((bin) => rmSync(dirname(bin), { recursive: true }), /^the cached build of .*app\.py is missing from .*; rebuilding it$/));

  it('a trusted signature still serves hits when nothing changed', async () => {
    const first = await run();
    ageSignature(first.binary);
    expect(await run()).toMatchObject({ hit: true, output: ['app:# app v1'] });
    expect(warnings).toEqual([]);
  });
});

describe('a damaged or deleted index', () => {
  const index = (): string => cacheLayout().index;

  function rowsNow(): string[] {
    const idx = CacheIndex.open(cacheLayout(), (l) => warnings.push(l));
    try {
      return idx.all().map((r) => r.key);
    } finally {
      idx.close();
    }
  }

  it('is rebuilt from the objects when deleted, and the hit still happens', async () => {
    const first = await run();
    for (const suffix of ['', '-wal', '-shm']) rmSync(index() + suffix, { force: true });
    expect(await run()).toMatchObject({ hit: true, key: first.key, output: ['app:# app v1'] });
    expect(warnings).toEqual([`the cache index ${index()} was missing; rebuilt it from 1 cached build`]);
    expect(rowsNow()).toEqual([first.key]);
    expect(warnings).toHaveLength(1);
  });

  it('is rebuilt when overwritten with garbage', async () => {
    const first = await run();
    writeFileSync(index(), 'this is not a database'.repeat(100));
    expect(await run()).toMatchObject({ hit: true, key: first.key });
    expect(warnings).toEqual([`the cache index ${index()} is not an SQLite database; rebuilt it from 1 cached build`]);
    expect(rowsNow()).toEqual([first.key]);
  });

  it('is rebuilt when its pages are damaged behind a valid header', async () => {
    const first = await run();
    const fd = openSync(index(), 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 100); // the rest of page 1: the schema
    closeSync(fd);
    writeFileSync(main, '# app v2\n'); // a miss opens the index
    expect(await run()).toMatchObject({ hit: false, output: ['app:# app v2'] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^the cache index .* is damaged \(.*\); rebuilt it from 1 cached build$/);
    expect(rowsNow().sort()).toEqual(storedKeys(sb.home));
    expect(rowsNow()).toContain(first.key);
  });

  it('is rebuilt when truncated', async () => {
    await run();
    truncateSync(index(), 20);
    writeFileSync(main, '# app v2\n');
    expect(await run()).toMatchObject({ hit: false, output: ['app:# app v2'] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^the cache index .* (is damaged|is not an SQLite database).*; rebuilt it from 1 cached build$/);
    expect(rowsNow()).toHaveLength(2);
  });
});

describe('an unusable cache directory', () => {
  it('never fails the run: one warning, and the program runs uncached', async () => {
    writeFileSync(join(sb.home, 'cache'), 'a file where the cache directory should be');
    const result = await run();
    expect(result).toMatchObject({ hit: false, key: '', output: ['app:# app v1'] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^cannot use the cache in .*cache \(EEXIST: .*\); building without it$/);
  });

  it('without a usable lock directory either', async () => {
    await run(); // a working cache first
    writeFileSync(main, '# app v2\n');
    rmSync(join(sb.home, 'cache', 'locks'), { recursive: true });
    writeFileSync(join(sb.home, 'cache', 'locks'), 'not a directory');
    expect(await run()).toMatchObject({ hit: false, key: '', output: ['app:# app v2'] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^cannot use the cache in .* building without it$/);
  });
});
