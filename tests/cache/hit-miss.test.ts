// What is a hit and what is a miss: every input of the key, and nothing else.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs fixture shared with child processes
import { fakeBuilder } from './fixtures/fake-builder.mjs';
import { runBinary, sandbox, storedKeys, tmpEntries, type Sandbox } from './helpers.js';
import {
  type BuildKind,
  type BuildOutput,
  fileDigest,
  getOrBuild,
  hasher,
  textDigest,
} from '../../cache/index.js';

let sb: Sandbox;
let warnings: string[];

beforeEach(() => {
  sb = sandbox();
  warnings = [];
});
afterEach(() => sb.cleanup());

interface RunOptions {
  kind?: BuildKind;
  flags?: string[];
  profileDigest?: string;
  force?: boolean;
  runtimeDir?: string;
  builder?: Record<string, unknown>;
}

let builds = 0;

async function run(main: string, o: RunOptions = {}) {
  const before = builds;
  const inner = fakeBuilder(main, o.builder ?? {}) as (tmp: string) => Promise<BuildOutput>;
  const result = await getOrBuild(
    { mainPath: main, kind: o.kind ?? 'plain', flags: o.flags ?? [], profileDigest: o.profileDigest },
    (tmp) => {
      builds++;
      return inner(tmp);
    },
    { force: o.force, runtimeDir: o.runtimeDir ?? sb.runtime, warn: (l) => warnings.push(l) },
  );
  return { ...result, built: builds > before, output: runBinary(result.binary) };
}

describe('hits and misses', () => {
  it('builds on a cold cache, then hits without building', async () => {
    const main = sb.write('app.py', '# app v1\nimport helper\n');
    sb.write('helper.py', '# helper v1\n');
    const first = await run(main);
    expect(first).toMatchObject({ hit: false, built: true, output: ['app:# app v1', 'helper:# helper v1'] });
    expect(first.binary.startsWith(join(sb.home, 'cache', 'objects'))).toBe(true);
    const second = await run(main);
    expect(second).toMatchObject({ hit: true, built: false, key: first.key, binary: first.binary });
    expect(second.output).toEqual(first.output);
    expect(storedKeys(sb.home)).toEqual([first.key]);
    expect(tmpEntries(sb.home)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('misses after an edit in an imported module, and hits the old build after reverting it', async () => {
    const main = sb.write('app.py', '# app\nimport helper\n');
    sb.write('helper.py', '# helper v1\n');
    const v1 = await run(main);
    sb.write('helper.py', '# helper v2\n');
    const v2 = await run(main);
    expect(v2).toMatchObject({ hit: false, built: true, output: ['app:# app', 'helper:# helper v2'] });
    expect(v2.key).not.toBe(v1.key);
    sb.write('helper.py', '# helper v1\n');
    const back = await run(main);
    expect(back).toMatchObject({ hit: true, key: v1.key, output: ['app:# app', 'helper:# helper v1'] });
  });

  it('misses when a module appears where the resolver found nothing', async () => {
    const main = sb.write('app.py', '# app\nimport extra\n');
    const before = await run(main);
    expect(before.output).toEqual(['app:# app']);
    sb.write('extra.py', '# extra\n');
    const after = await run(main);
    expect(after).toMatchObject({ hit: false, output: ['app:# app', 'extra:# extra'] });
  });

  it('misses when a package appears where the resolver found nothing', async () => {
    const main = sb.write('app.py', '# app\nimport extra\n');
    await run(main);
    sb.write('extra/__init__.py', '# extra package\n');
    expect((await run(main)).hit).toBe(false);
  });

  it('keys on flags, kind and profile digest', async () => {
    const main = sb.write('app.py', '# app\n');
    const plain = await run(main);
    expect((await run(main, { flags: ['--debug'] })).hit).toBe(false);
    expect((await run(main, { flags: ['--debug'] })).hit).toBe(true);
    expect((await run(main, { kind: 'instrumented' })).hit).toBe(false);
    const p1 = await run(main, { kind: 'optimized', profileDigest: 'p1' });
    expect(p1.hit).toBe(false);
    expect((await run(main, { kind: 'optimized', profileDigest: 'p2' })).hit).toBe(false);
    expect(await run(main, { kind: 'optimized', profileDigest: 'p1' })).toMatchObject({ hit: true, key: p1.key });
    expect(await run(main)).toMatchObject({ hit: true, key: plain.key });
    expect(new Set(storedKeys(sb.home)).size).toBe(5);
  });

  it('misses when the runtime sources change, but not for Zig build outputs inside them', async () => {
    const main = sb.write('app.py', '# app\n');
    const first = await run(main);
    mkdirSync(join(sb.runtime, '.zig-cache', 'o'), { recursive: true });
    writeFileSync(join(sb.runtime, '.zig-cache', 'o', 'x.o'), 'object');
    mkdirSync(join(sb.runtime, 'zig-out', 'bin'), { recursive: true });
    writeFileSync(join(sb.runtime, 'zig-out', 'bin', 'test'), 'binary');
    expect(await run(main)).toMatchObject({ hit: true, key: first.key });
    writeFileSync(join(sb.runtime, 'core', 'value.zig'), 'pub const Value = u32;\n');
    const edited = await run(main);
    expect(edited.hit).toBe(false);
    writeFileSync(join(sb.runtime, 'core', 'str.zig'), '// new file\n');
    expect((await run(main)).hit).toBe(false);
    expect((await run(main)).hit).toBe(true);
  });

  it('remembers the runtime digest once its files are settled, and still notices any change', async () => {
    const main = sb.write('app.py', '# app\n');
    const value = join(sb.runtime, 'core', 'value.zig');
    await new Promise((r) => setTimeout(r, 2100)); // older than the timestamp-granularity slack
    const first = await run(main);
    const memos = join(sb.home, 'cache', 'runtime');
    expect(readdirSync(memos)).toHaveLength(1);
    expect(await run(main)).toMatchObject({ hit: true, key: first.key });
    writeFileSync(value, 'pub const Value = u32;\n'); // same size, new bytes
    const edited = await run(main);
    expect(edited.hit).toBe(false);
    writeFileSync(value, 'pub const Value = u64;\n');
    expect(await run(main)).toMatchObject({ hit: true, key: first.key });
    rmSync(value);
    expect((await run(main)).hit).toBe(false);
  });

  it('trusts stat signatures only once files settled, and still notices every change', async () => {
    const main = sb.write('app.py', '# app\nimport helper\n');
    const helper = sb.write('helper.py', '# helper v1\n');
    await new Promise((r) => setTimeout(r, 2100));
    const first = await run(main);
    await new Promise((r) => setTimeout(r, 2100)); // the binary settles too
    expect(await run(main)).toMatchObject({ hit: true, key: first.key }); // records signatures
    const manifests = readdirSync(join(sb.home, 'cache', 'manifests'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const manifest = JSON.parse(readFileSync(join(manifests[0].parentPath, manifests[0].name), 'utf8'));
    expect(manifest.configs[0].variants[0].closure.every((f: { sig: string | null }) => f.sig !== null)).toBe(true);
    expect(await run(main)).toMatchObject({ hit: true, key: first.key }); // by signature alone
    writeFileSync(helper, '# helper v2\n'); // same size: only the signature can tell
    expect(await run(main)).toMatchObject({ hit: false, output: ['app:# app', 'helper:# helper v2'] });
    writeFileSync(helper, '# helper v1\n');
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(main, future, future); // a changed signature with unchanged bytes is rehashed: a hit
    expect(await run(main)).toMatchObject({ hit: true, key: first.key, output: ['app:# app', 'helper:# helper v1'] });
    expect(warnings).toEqual([]);
  });

  it('hits when only modification times change', async () => {
    const main = sb.write('app.py', '# app\nimport helper\n');
    const helper = sb.write('helper.py', '# helper\n');
    const first = await run(main);
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(main, future, future);
    utimesSync(helper, new Date(0), new Date(0));
    expect(await run(main)).toMatchObject({ hit: true, key: first.key });
  });

  it('hits from another working directory and for a relative main path', async () => {
    const main = sb.write('app.py', '# app\n');
    const first = await run(main);
    const cwd = process.cwd();
    try {
      process.chdir(sb.project);
      expect(await run('app.py')).toMatchObject({ hit: true, key: first.key });
      process.chdir(sb.home);
      expect(await run(main)).toMatchObject({ hit: true, key: first.key });
    } finally {
      process.chdir(cwd);
    }
  });

  it('rebuilds and replaces the entry with force', async () => {
    const main = sb.write('app.py', '# app\n');
    const first = await run(main);
    const forced = await run(main, { force: true });
    expect(forced).toMatchObject({ hit: false, built: true, key: first.key, output: ['app:# app'] });
    expect(storedKeys(sb.home)).toEqual([first.key]);
    expect(await run(main)).toMatchObject({ hit: true, key: first.key });
  });

  it('propagates a build error and leaves nothing behind', async () => {
    const main = sb.write('app.py', '# app\n');
    const failure = new Error('app.py:1:1: error: unsupported construct');
    await expect(
      getOrBuild({ mainPath: main, kind: 'plain', flags: [] }, () => Promise.reject(failure), { runtimeDir: sb.runtime }),
    ).rejects.toBe(failure);
    expect(storedKeys(sb.home)).toEqual([]);
    expect(tmpEntries(sb.home)).toEqual([]);
    expect(readdirSync(join(sb.home, 'cache', 'locks'))).toEqual([]);
    expect((await run(main)).built).toBe(true); // lock released
  });
});

describe('edits while a build runs', () => {
  it('keys on the compiled text, so a module edited mid-build is rebuilt next time', async () => {
    const main = sb.write('app.py', '# app\nimport helper\n');
    const helper = sb.write('helper.py', '# helper v1\n');
    const during = await run(main, { builder: { duringBuild: () => writeFileSync(helper, '# helper v2\n') } });
    expect(during.output).toEqual(['app:# app', 'helper:# helper v1']);
    const next = await run(main);
    expect(next).toMatchObject({ hit: false, output: ['app:# app', 'helper:# helper v2'] });
    expect(warnings).toEqual([]);
  });

  it('without the compiled text, does not cache a build whose sources changed during it', async () => {
    const main = sb.write('app.py', '# app\nimport helper\n');
    const helper = sb.write('helper.py', '# helper v1\n');
    await new Promise((r) => setTimeout(r, 50)); // older than the clock slack: not "changed during the build"
    const during = await run(main, { builder: { withSources: false, duringBuild: () => writeFileSync(helper, '# helper v2\n') } });
    expect(during).toMatchObject({ hit: false, key: '', output: ['app:# app', 'helper:# helper v1'] });
    expect(warnings).toEqual([`${helper} changed while it was being compiled; this build was not cached`]);
    expect(storedKeys(sb.home)).toEqual([]);
    await new Promise((r) => setTimeout(r, 50));
    const next = await run(main, { builder: { withSources: false } });
    expect(next).toMatchObject({ hit: false, output: ['app:# app', 'helper:# helper v2'] });
    expect(existsSync(next.binary)).toBe(true);
    expect((await run(main, { builder: { withSources: false } })).hit).toBe(true);
  });

  it('hashes compiled text exactly like the file bytes', async () => {
    const x = await hasher();
    const text = '# ünïcode ☃ 𝄞\r\nprint("x")\n';
    const path = sb.write('u.py', text);
    expect(textDigest(x, text)).toBe(fileDigest(x, path));
    expect(textDigest(x, Buffer.from(text))).toBe(fileDigest(x, path));
  });
});
