// One build per program configuration at a time. Two `pyaot app.py` started together on a cold
// cache would otherwise both run Zig (slow on a small machine) for the same result; with the lock
// the second waits, then finds the first one's entry. Correctness never depends on the lock:
// adoption (adopt.ts) is safe when two builds of one key race anyway, which happens when a
// stale lock is stolen by two processes at once.
//
// The lock is a file created with O_EXCL holding its owner's pid. A lock whose owner died
// (a killed build) is stale and taken over; owners on another host (a shared PYAOT_HOME) cannot
// be checked, so their locks count as stale after an hour.
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import type { CacheLayout } from './index.js';
import { isAlive } from './tmp.js';

export interface LockOwner {
  pid: number;
  host: string;
  token: string;
  started: number;
}

export interface BuildLock {
  release(): void;
}

export function lockFile(layout: CacheLayout, mkey: string): string {
  return join(layout.locks, `${mkey}.lock`);
}

const POLL_MS = 50;
const FOREIGN_HOST_STALE_MS = 60 * 60 * 1000;
// A lock file is written in one small write right after creation; an empty one older than this
// belongs to a process killed in between.
const EMPTY_LOCK_STALE_MS = 5000;

function readOwner(path: string): LockOwner | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return 'gone';
  }
  try {
    const o = JSON.parse(text) as LockOwner;
    if (Number.isSafeInteger(o.pid) && typeof o.host === 'string' && typeof o.token === 'string') return o;
  } catch {
    // fall through
  }
  return 'unreadable';
}

function isStale(path: string, owner: LockOwner | 'unreadable'): boolean {
  if (owner === 'unreadable') {
    try {
      return Date.now() - statSync(path).mtimeMs > EMPTY_LOCK_STALE_MS;
    } catch {
      return false;
    }
  }
  if (owner.host !== hostname()) return Date.now() - owner.started > FOREIGN_HOST_STALE_MS;
  return !isAlive(owner.pid);
}

function tryCreate(path: string, body: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, body);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Waits until this process holds the lock at `path`; `onWait` is told once whom it waits for. */
export async function acquireBuildLock(path: string, onWait?: (owner: LockOwner) => void): Promise<BuildLock> {
  mkdirSync(dirname(path), { recursive: true });
  const me: LockOwner = { pid: process.pid, host: hostname(), token: Math.random().toString(36).slice(2), started: Date.now() };
  const body = JSON.stringify(me);
  let waited = false;
  while (!tryCreate(path, body)) {
    const owner = readOwner(path);
    if (owner === 'gone') continue; // released between our attempt and the read
    if (isStale(path, owner)) {
      // Re-read just before removing, so a lock another waiter has just taken over is not
      // removed in its place (this narrows the race; adoption keeps the rest safe).
      const again = readOwner(path);
      if (again === owner || (typeof again === 'object' && typeof owner === 'object' && again.token === owner.token)) {
        try {
          unlinkSync(path);
        } catch {
          // someone else removed it first
        }
      }
      continue;
    }
    if (!waited && owner !== 'unreadable') onWait?.(owner);
    waited = true;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return {
    release(): void {
      const owner = readOwner(path);
      if (typeof owner === 'object' && owner.token === me.token) {
        try {
          unlinkSync(path);
        } catch {
          // already gone: nothing to release
        }
      }
    },
  };
}
