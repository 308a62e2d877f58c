// Removing entries: the size cap (least recently used first), `clean` and `prune`.
//
// An entry's row is deleted before its directory, so an interrupted removal leaves at worst an
// orphan directory, which is still a valid entry (a later lookup uses it, and the index re-adopts
// it), never a row pointing at nothing. The directory is renamed into tmp/ before it is deleted,
// so a concurrent lookup sees the whole entry or none of it.
import { SIZE_HINT, formatSize, parseSize } from './units.js';
import type { CacheIndex, EntryRow } from './db.js';
import { discard } from './tmp.js';
import { type CacheLayout, objectDir } from './index.js';

export const DEFAULT_MAX_SIZE_BYTES = 2 * 1024 ** 3;

/** The cap from PYAOT_CACHE_MAX_SIZE, or the default (with a warning when the variable is bad). */
export function configuredMaxSize(env: NodeJS.ProcessEnv, warn: (line: string) => void): number {
  const text = env.PYAOT_CACHE_MAX_SIZE;
  if (text === undefined || text.trim() === '') return DEFAULT_MAX_SIZE_BYTES;
  const bytes = parseSize(text);
  if (bytes !== undefined) return bytes;
  warn(`ignoring PYAOT_CACHE_MAX_SIZE=${JSON.stringify(text)} (${SIZE_HINT}); using ${formatSize(DEFAULT_MAX_SIZE_BYTES)}`);
  return DEFAULT_MAX_SIZE_BYTES;
}

export function removeEntry(index: CacheIndex, layout: CacheLayout, key: string): void {
  index.remove(key);
  discard(layout, objectDir(layout, key));
}

export interface Removal {
  removed: EntryRow[];
  freedBytes: number;
}

function removeAll(index: CacheIndex, layout: CacheLayout, rows: EntryRow[]): Removal {
  let freedBytes = 0;
  for (const row of rows) {
    removeEntry(index, layout, row.key);
    freedBytes += row.size;
  }
  return { removed: rows, freedBytes };
}

/**
 * Evicts least-recently-used entries until the total size is at most `maxBytes`. Keys in
 * `keep` (the build about to run) are never evicted, even if that leaves the cache over the cap.
 */
export function evictToFit(index: CacheIndex, layout: CacheLayout, maxBytes: number, keep: ReadonlySet<string> = new Set()): Removal {
  let total = index.totalSize();
  const victims: EntryRow[] = [];
  if (total > maxBytes) {
    for (const row of index.leastRecentlyUsed()) {
      if (total <= maxBytes) break;
      if (keep.has(row.key)) continue;
      victims.push(row);
      total -= row.size;
    }
  }
  return removeAll(index, layout, victims);
}

/** Removes entries not used since `cutoff` (ms since epoch), or every entry without a cutoff. */
export function removeOlderThan(index: CacheIndex, layout: CacheLayout, cutoff: number | undefined): Removal {
  const rows = index.leastRecentlyUsed().filter((r) => cutoff === undefined || r.lastUsed < cutoff);
  return removeAll(index, layout, rows);
}
