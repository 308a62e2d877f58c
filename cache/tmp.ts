// Temporary files under cache/tmp: builds in progress, staging directories, journals being folded
// and trash (directories renamed out of objects/ before deletion, so no reader ever sees half a
// removal). Every name starts with the owner's pid. A later process removes entries whose owner
// is gone: that is how a build killed mid-way is cleaned up, and why nothing in tmp/ is ever
// read as a cache entry.
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheLayout } from './index.js';

// A live pid may belong to an unrelated process after pid reuse; past this age its entry goes too.
const STALE_AGE_MS = 24 * 60 * 60 * 1000;

export function makeTmpDir(layout: CacheLayout, purpose: string): string {
  mkdirSync(layout.tmp, { recursive: true });
  return mkdtempSync(join(layout.tmp, `${process.pid}-${purpose}-`));
}

/** A unique path under tmp/ for this process (not created). */
export function tmpName(layout: CacheLayout, purpose: string): string {
  return join(layout.tmp, `${process.pid}-${purpose}-${Math.random().toString(16).slice(2, 10)}`);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** Removes tmp/ entries whose owning process is gone. Returns how many were removed; never throws. */
export function cleanStaleTmp(layout: CacheLayout, now = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(layout.tmp);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = Number(name.split('-', 1)[0]);
    if (pid === process.pid) continue;
    const path = join(layout.tmp, name);
    let stale = !Number.isSafeInteger(pid) || pid <= 0 || !isAlive(pid);
    if (!stale) {
      try {
        stale = now - statSync(path).mtimeMs > STALE_AGE_MS;
      } catch {
        continue;
      }
    }
    if (stale) {
      try {
        rmSync(path, { recursive: true, force: true });
        removed++;
      } catch {
        // not ours to remove after all (permissions): leave it
      }
    }
  }
  return removed;
}

/**
 * Removes a file or directory so that it disappears at once for everyone else: it is renamed
 * into tmp/ first (atomic), then deleted. A missing path is not an error.
 */
export function discard(layout: CacheLayout, path: string): void {
  const trash = tmpName(layout, 'trash');
  try {
    mkdirSync(layout.tmp, { recursive: true });
    renameSync(path, trash);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    rmSync(path, { recursive: true, force: true }); // rename refused (other filesystem): delete in place
    return;
  }
  rmSync(trash, { recursive: true, force: true });
}

/** Deletes `path` when this process exits: for binaries run once and not kept in the cache. */
export function removeAtExit(path: string): void {
  process.once('exit', () => rmSync(path, { recursive: true, force: true }));
}
