// The miss path: build, then store. Loaded only when the hit path (index.ts) found nothing
// usable, so it may pull in SQLite.
//
// Order of a store, and why:
//   1. take the program's build lock (a concurrent identical run waits, then hits);
//   2. build into tmp/<pid>-build-*, which a later run deletes if we are killed;
//   3. derive the key from what was compiled (BuildOutput.sources) or, failing that, from the
//      files as they are now, refusing to cache any that changed after the build began;
//   4. stage + rename into objects/ (adopt.ts), then the manifest, then the index row;
//   5. evict least recently used entries over the cap, never the one just stored.
// A failure of the cache itself (disk full, permissions, a broken index) never fails the run:
// it is reported in one warning line and the binary runs from a temporary directory instead.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { XXHashAPI } from 'xxhash-wasm';
import { publish, stageArtifact, StagingError, type Published, type Staged } from './adopt.js';
import { CacheIndex } from './db.js';
import { configuredMaxSize, evictToFit, removeEntry } from './evict.js';
import { acquireBuildLock, lockFile, type BuildLock } from './lock.js';
import { recordVariant } from './manifest.js';
import { cleanStaleTmp, discard, makeTmpDir, removeAtExit } from './tmp.js';
import {
  type Builder,
  buildKey,
  type BuildOutput,
  type CacheLayout,
  type CacheOptions,
  type CacheResult,
  type ClosureFile,
  fileDigest,
  type KeySpec,
  lookupBuild,
  type LookupResult,
  objectDir,
  recordHit,
  textDigest,
} from './index.js';

export interface MissContext {
  layout: CacheLayout;
  x: XXHashAPI;
  /** The configuration identity (index.ts) and its xxHash64, which names the build lock. */
  config: string;
  mkey: string;
  spec: KeySpec;
  build: Builder;
  opts: CacheOptions;
  warn: (line: string) => void;
  /** The fast path's findings (undefined with --force or when the cache could not be read). */
  lookup: LookupResult | undefined;
}

/** A path as the user would like to read it: relative when under the cwd. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : path;
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code && err.path ? `${err.code}: ${err.path}` : err.message ?? String(e);
}

/** For the fast path: brings a missing/damaged index back, or folds a long journal. Never throws. */
export function tendIndex(layout: CacheLayout, warn: (line: string) => void): void {
  try {
    CacheIndex.open(layout, warn).close();
  } catch (e) {
    warn(`cannot update the cache index ${layout.index} (${describe(e)})`);
  }
}

export async function buildAndStore(ctx: MissContext): Promise<CacheResult> {
  const { layout, warn } = ctx;
  const unusable = (e: unknown): Promise<CacheResult> => {
    warn(`cannot use the cache in ${layout.root} (${describe(e)}); building without it`);
    return buildUncached(ctx);
  };
  let index: CacheIndex;
  try {
    index = CacheIndex.open(layout, warn);
  } catch (e) {
    return unusable(e);
  }
  try {
    let lock: BuildLock;
    try {
      dropDamaged(ctx, index);
      lock = await acquireBuildLock(lockFile(layout, ctx.mkey), (owner) =>
        ctx.opts.note?.(`waiting for another pyaot process (pid ${owner.pid}) that is building ${shown(ctx.spec.mainPath)}`),
      );
    } catch (e) {
      return await unusable(e);
    }
    try {
      if (!ctx.opts.force) {
        // Look again even if we did not wait: another process may have stored this build between
        // our lookup and taking the lock (SQLite alone takes ~15 ms to load in between).
        const again = await lookupBuild(layout, ctx.spec.mainPath, ctx.config).catch(() => undefined);
        if (again?.hit) {
          recordHit(layout, again.key);
          return { binary: again.binary, hit: true, key: again.key };
        }
        bestEffort(() => index.bump('misses'));
      }
      let tmpDir: string;
      try {
        cleanStaleTmp(layout);
        tmpDir = makeTmpDir(layout, 'build');
      } catch (e) {
        return await unusable(e);
      }
      return await buildLocked(ctx, index, tmpDir);
    } finally {
      lock.release();
    }
  } finally {
    index.close();
  }
}

/** Statistics and housekeeping must never fail a run. */
function bestEffort(fn: () => void): void {
  try {
    fn();
  } catch {
    // e.g. SQLITE_BUSY past the timeout: the count is lost, the run goes on
  }
}

/** Warns once about a damaged or vanished entry for the current sources and removes it. */
function dropDamaged(ctx: MissContext, index: CacheIndex): void {
  const found = ctx.lookup;
  if (found === undefined || found.hit) return;
  const what = `the cached build of ${shown(ctx.spec.mainPath)}`;
  if (found.damaged) {
    ctx.warn(`${what} is damaged (${found.damaged.reason}); rebuilding it`);
    removeEntry(index, ctx.layout, found.damaged.key);
    return;
  }
  const lost = found.vanished.find((key) => index.get(key) !== undefined);
  if (lost !== undefined) {
    ctx.warn(`${what} is missing from ${objectDir(ctx.layout, lost)}; rebuilding it`);
    index.remove(lost);
  }
}

/** Builds in `tmpDir` and stores the result; only the builder's own errors propagate. */
async function buildLocked(ctx: MissContext, index: CacheIndex, tmpDir: string): Promise<CacheResult> {
  const { layout, x, spec } = ctx;
  let keepTmp = false;
  try {
    const started = Date.now();
    const output = await ctx.build(tmpDir);
    const closure = closureOf(x, spec, output, started);
    if (typeof closure === 'string') {
      ctx.warn(`${closure}; this build was not cached`);
      keepTmp = true;
      removeAtExit(tmpDir);
      return { binary: output.binaryPath, hit: false, key: '' };
    }
    const key = buildKey(x, ctx.mkey, closure.files, closure.missing);
    const info = {
      key,
      source: spec.mainPath,
      kind: spec.kind,
      flags: [...spec.flags],
      profileDigest: spec.profileDigest ?? null,
      closure: closure.files.map((f) => f.path),
      missing: closure.missing,
    };
    let published: Published;
    let staged: Staged | undefined;
    try {
      staged = stageArtifact(x, layout, output.binaryPath, info);
      published = await publish(layout, staged, ctx.opts.force === true);
    } catch (e) {
      // Run the binary from wherever it is now, and delete it when this process exits.
      const binary = staged?.binary ?? (e instanceof StagingError ? e.binary : output.binaryPath);
      ctx.warn(`cannot store the build in the cache (${describe(e)}); running it uncached`);
      if (binary.startsWith(tmpDir + sep)) {
        keepTmp = true;
        removeAtExit(tmpDir);
      } else if (binary.startsWith(layout.tmp + sep)) {
        removeAtExit(dirname(binary));
      }
      return { binary, hit: false, key };
    }
    try {
      // Signatures start out null: the compiled text may differ from the files now, and the first
      // hit that finds them settled and unchanged records them.
      const variantFiles = closure.files.map((f) => ({ path: f.path, digest: f.digest, sig: null }));
      recordVariant(layout, spec.mainPath, ctx.config, { closure: variantFiles, missing: info.missing, key, used: Date.now() });
      index.upsert(published.meta, Date.now());
      evictToFit(index, layout, ctx.opts.maxSizeBytes ?? configuredMaxSize(process.env, ctx.warn), new Set([key]));
    } catch (e) {
      // The entry is in objects/ and valid; the index re-adopts it later. Only bookkeeping failed.
      ctx.warn(`cannot update the cache index (${describe(e)})`);
    }
    return { binary: published.binary, hit: false, key };
  } finally {
    if (!keepTmp) discard(layout, tmpDir);
  }
}

// File timestamps come from a coarser clock than Date.now() (a few ms on Linux), so a file
// changed just after the build began may carry a time slightly before `started`.
const CLOCK_SLACK_MS = 20;

/**
 * The closure's digests, or why the build must not be cached. Digests come from the compiled
 * text when the builder passed it; otherwise from the files now, which is only sound for files
 * not changed since the build began.
 */
function closureOf(x: XXHashAPI, spec: KeySpec, output: BuildOutput, started: number): { files: ClosureFile[]; missing: string[] } | string {
  const sources = new Map<string, string | Uint8Array>();
  for (const [p, text] of output.sources ?? []) sources.set(resolve(p), text);
  const paths = [...new Set([spec.mainPath, ...output.closure.map((p) => resolve(p))])];
  const files: ClosureFile[] = [];
  for (const path of paths) {
    const text = sources.get(path);
    if (text !== undefined) {
      files.push({ path, digest: textDigest(x, text) });
      continue;
    }
    let changedAt: number;
    try {
      const st = statSync(path);
      changedAt = Math.max(st.mtimeMs, st.ctimeMs);
    } catch {
      return `${shown(path)} disappeared during the build`;
    }
    if (changedAt >= started - CLOCK_SLACK_MS) return `${shown(path)} changed while it was being compiled`;
    files.push({ path, digest: fileDigest(x, path) });
  }
  const missing = [...new Set(output.probedMissing.map((p) => resolve(p)))];
  return { files, missing };
}

/** The cache directory is unusable: build in the system temp dir and run from there. */
async function buildUncached(ctx: MissContext): Promise<CacheResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pyaot-build-'));
  removeAtExit(dir);
  const output = await ctx.build(dir);
  return { binary: output.binaryPath, hit: false, key: '' };
}
