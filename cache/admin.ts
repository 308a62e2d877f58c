// The operations behind `pyaot cache list | stats | clean | prune`, as data; the CLI formats them
// (cli/commands/cache.ts). Read-only operations on a cache that does not exist yet create nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CacheIndex, type EntryRow } from './db.js';
import { configuredMaxSize, evictToFit, removeOlderThan, type Removal } from './evict.js';
import { cleanStaleTmp, discard } from './tmp.js';
import { type CacheLayout, objectDir } from './index.js';

export interface EntryView extends EntryRow {
  /** Absolute path of the cached executable. */
  binary: string;
}

export interface CacheStats {
  directory: string;
  entries: number;
  sizeBytes: number;
  maxSizeBytes: number;
  hits: number;
  misses: number;
  /** hits / (hits + misses), or null before the first lookup. */
  hitRate: number | null;
}

export interface RemovalReport {
  removed: EntryView[];
  freedBytes: number;
  remainingEntries: number;
  remainingBytes: number;
}

export interface PruneReport extends RemovalReport {
  maxSizeBytes: number;
  /** Index rows dropped because their files were gone. */
  dropped: number;
  /** Valid builds the index had lost track of, now listed again. */
  adopted: number;
  /** Invalid object directories and leftovers of killed processes that were deleted. */
  leftovers: number;
}

type Warn = (line: string) => void;

function withIndex<T>(layout: CacheLayout, warn: Warn, empty: T, use: (index: CacheIndex) => T): T {
  if (!existsSync(layout.root)) return empty;
  const index = CacheIndex.open(layout, warn);
  try {
    return use(index);
  } finally {
    index.close();
  }
}

function view(layout: CacheLayout, row: EntryRow): EntryView {
  return { ...row, binary: join(objectDir(layout, row.key), row.file) };
}

function report(layout: CacheLayout, index: CacheIndex, removal: Removal): RemovalReport {
  return {
    removed: removal.removed.map((r) => view(layout, r)),
    freedBytes: removal.freedBytes,
    remainingEntries: index.all().length,
    remainingBytes: index.totalSize(),
  };
}

const NOTHING: RemovalReport = { removed: [], freedBytes: 0, remainingEntries: 0, remainingBytes: 0 };

/** Every cached build, most recently used first. */
export function listEntries(layout: CacheLayout, warn: Warn): EntryView[] {
  return withIndex(layout, warn, [], (index) => index.all().map((r) => view(layout, r)));
}

export function cacheStats(layout: CacheLayout, warn: Warn, env: NodeJS.ProcessEnv = process.env): CacheStats {
  const maxSizeBytes = configuredMaxSize(env, warn);
  const empty: CacheStats = { directory: layout.root, entries: 0, sizeBytes: 0, maxSizeBytes, hits: 0, misses: 0, hitRate: null };
  return withIndex(layout, warn, empty, (index) => {
    const { hits, misses } = index.counters();
    return {
      ...empty,
      entries: index.all().length,
      sizeBytes: index.totalSize(),
      hits,
      misses,
      hitRate: hits + misses === 0 ? null : hits / (hits + misses),
    };
  });
}

/**
 * Removes builds not used for `olderThanMs`, or, without it, every build together with the
 * manifests and leftovers (the hit and miss counters are kept).
 */
export function cleanCache(layout: CacheLayout, warn: Warn, olderThanMs?: number): RemovalReport {
  return withIndex(layout, warn, NOTHING, (index) => {
    if (olderThanMs !== undefined) return report(layout, index, removeOlderThan(index, layout, Date.now() - olderThanMs));
    const removal = removeOlderThan(index, layout, undefined);
    discard(layout, layout.objects); // also any object the index did not know
    discard(layout, layout.manifests);
    cleanStaleTmp(layout);
    return report(layout, index, removal);
  });
}

/** Makes the index agree with the store, deletes leftovers, then evicts down to `maxSizeBytes`. */
export function pruneCache(layout: CacheLayout, warn: Warn, maxSizeBytes: number): PruneReport {
  const empty: PruneReport = { ...NOTHING, maxSizeBytes, dropped: 0, adopted: 0, leftovers: 0 };
  return withIndex(layout, warn, empty, (index) => {
    const reconciled = index.reconcile();
    const staleTmp = cleanStaleTmp(layout);
    return {
      ...report(layout, index, evictToFit(index, layout, maxSizeBytes)),
      maxSizeBytes,
      dropped: reconciled.dropped,
      adopted: reconciled.adopted,
      leftovers: reconciled.discarded + staleTmp,
    };
  });
}
