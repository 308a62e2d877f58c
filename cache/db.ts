// index.sqlite: the catalog of cache entries (better-sqlite3, WAL mode) for `pyaot cache` and for
// LRU eviction, plus the hit and miss counters.
//
// The index is derived data. The objects themselves are the truth: each carries a meta.json that
// is enough to rebuild its row. So a deleted or damaged index is rebuilt from objects/ with one
// warning, and a row whose object vanished is dropped. Hits are not written here by the fast
// path (loading SQLite costs more than the rest of a hit); the hit path (index.ts) appends them to the journal
// and every open of the index folds the journal in.
import Database from 'better-sqlite3';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { discard, tmpName } from './tmp.js';
import {
  type ArtifactMeta,
  type BuildKind,
  type CacheLayout,
  indexState,
  isKey,
  objectDir,
  readMeta,
} from './index.js';

export interface EntryRow {
  key: string;
  source: string;
  kind: BuildKind;
  file: string;
  size: number;
  checksum: string;
  created: number;
  lastUsed: number;
  hits: number;
}

export type Counter = 'hits' | 'misses';

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS entries (
  key       TEXT PRIMARY KEY,
  source    TEXT NOT NULL,
  kind      TEXT NOT NULL,
  file      TEXT NOT NULL,
  size      INTEGER NOT NULL,
  checksum  TEXT NOT NULL,
  created   INTEGER NOT NULL,
  last_used INTEGER NOT NULL,
  hits      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS entries_by_last_used ON entries (last_used);
CREATE TABLE IF NOT EXISTS counters (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
`;

const ROW_COLUMNS = 'key, source, kind, file, size, checksum, created, last_used AS lastUsed, hits';

/** The index could not be used as it is: it is rebuilt from objects/. */
class IndexDamage extends Error {}

function isDamage(e: unknown): boolean {
  if (e instanceof IndexDamage) return true;
  const code = e instanceof Database.SqliteError ? e.code : '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

function isTransient(e: unknown): boolean {
  const code = e instanceof Database.SqliteError ? e.code : '';
  return /^SQLITE_(BUSY|LOCKED|IOERR|PROTOCOL)/.test(code);
}

const OPEN_ATTEMPTS = 12;

/** Blocks this thread: the index is only opened on the miss path and by `pyaot cache`. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export class CacheIndex {
  private constructor(private readonly db: Database.Database, readonly layout: CacheLayout) {}

  /**
   * Opens (creating if needed) the index. A damaged index is replaced and one over a cache whose
   * index vanished is rebuilt, each with one `warn` line; then the hit journal is folded in.
   * Throws only when the cache cannot be used at all (permissions, a missing native module).
   */
  static open(layout: CacheLayout, warn: (line: string) => void): CacheIndex {
    // Several processes opening a new index at once can see SQLite's transient errors (a WAL
    // being set up or removed by another connection), which the busy timeout does not cover.
    for (let attempt = 1; ; attempt++) {
      try {
        return CacheIndex.openOnce(layout, warn);
      } catch (e) {
        if (!isTransient(e) || attempt >= OPEN_ATTEMPTS) throw e;
        sleepSync(10 + Math.random() * 40 * attempt);
      }
    }
  }

  private static openOnce(layout: CacheLayout, warn: (line: string) => void): CacheIndex {
    mkdirSync(layout.root, { recursive: true });
    const state = indexState(layout);
    let index: CacheIndex | undefined;
    let damage = state === 'damaged' ? 'is not an SQLite database' : undefined;
    if (damage === undefined) {
      try {
        index = CacheIndex.connect(layout);
      } catch (e) {
        if (!isDamage(e)) throw e;
        damage = `is damaged (${(e as Error).message})`;
      }
    }
    if (index === undefined) {
      removeIndexFiles(layout);
      index = CacheIndex.connect(layout);
    }
    if (damage !== undefined || state === 'missing') {
      const found = index.reconcile().entries;
      if (damage !== undefined) warn(`the cache index ${layout.index} ${damage}; rebuilt it from ${count(found, 'cached build')}`);
      else if (found > 0) warn(`the cache index ${layout.index} was missing; rebuilt it from ${count(found, 'cached build')}`);
    }
    index.foldJournal();
    return index;
  }

  private static connect(layout: CacheLayout): CacheIndex {
    const db = new Database(layout.index, { timeout: 10_000 });
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL'); // WAL + NORMAL: durable enough for derived data, no fsync per commit
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version !== 0 && version !== SCHEMA_VERSION) throw new IndexDamage(`has unknown format version ${version}`);
      if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new IndexDamage('fails its integrity check');
      if (version === 0) {
        db.transaction(() => {
          db.exec(SCHEMA);
          db.pragma(`user_version = ${SCHEMA_VERSION}`);
        }).immediate();
      }
    } catch (e) {
      db.close();
      throw e;
    }
    return new CacheIndex(db, layout);
  }

  close(): void {
    this.db.close();
  }

  get(key: string): EntryRow | undefined {
    return this.db.prepare(`SELECT ${ROW_COLUMNS} FROM entries WHERE key = ?`).get(key) as EntryRow | undefined;
  }

  /** All entries, most recently used first. */
  all(): EntryRow[] {
    return this.db.prepare(`SELECT ${ROW_COLUMNS} FROM entries ORDER BY last_used DESC, created DESC, key`).all() as EntryRow[];
  }

  /** All entries in eviction order: least recently used first. */
  leastRecentlyUsed(): EntryRow[] {
    return this.db.prepare(`SELECT ${ROW_COLUMNS} FROM entries ORDER BY last_used, created, key`).all() as EntryRow[];
  }

  totalSize(): number {
    return (this.db.prepare('SELECT COALESCE(SUM(size), 0) FROM entries').pluck().get() as number) ?? 0;
  }

  counters(): Record<Counter, number> {
    const rows = this.db.prepare('SELECT name, value FROM counters').all() as { name: string; value: number }[];
    const out: Record<Counter, number> = { hits: 0, misses: 0 };
    for (const r of rows) if (r.name === 'hits' || r.name === 'misses') out[r.name] = r.value;
    return out;
  }

  bump(name: Counter, by = 1): void {
    this.db
      .prepare('INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value')
      .run(name, by);
  }

  /** Inserts or refreshes the row for a stored artifact. */
  upsert(meta: ArtifactMeta, lastUsed = meta.created, hits = 0): void {
    this.db
      .prepare(
        `INSERT INTO entries (key, source, kind, file, size, checksum, created, last_used, hits)
         VALUES (@key, @source, @kind, @file, @size, @checksum, @created, @lastUsed, @hits)
         ON CONFLICT (key) DO UPDATE SET source = excluded.source, kind = excluded.kind, file = excluded.file,
           size = excluded.size, checksum = excluded.checksum, created = excluded.created,
           last_used = MAX(last_used, excluded.last_used)`,
      )
      .run({ key: meta.key, source: meta.source, kind: meta.kind, file: meta.file, size: meta.size, checksum: meta.checksum, created: meta.created, lastUsed, hits });
  }

  remove(key: string): void {
    this.db.prepare('DELETE FROM entries WHERE key = ?').run(key);
  }

  /** Records hits (from the journal or directly): counters, hit counts, last use. */
  recordHits(hits: ReadonlyMap<string, { count: number; last: number }>): void {
    const update = this.db.prepare('UPDATE entries SET hits = hits + ?, last_used = MAX(last_used, ?) WHERE key = ?');
    this.db
      .transaction(() => {
        let total = 0;
        for (const [key, h] of hits) {
          total += h.count;
          if (update.run(h.count, h.last, key).changes === 0) this.adoptOrphan(key, h.last, h.count);
        }
        if (total > 0) this.bump('hits', total);
      })
      .immediate();
  }

  /** Folds the journal of hits written by the fast path into the index. */
  foldJournal(): void {
    const taken = tmpName(this.layout, 'journal');
    try {
      mkdirSync(this.layout.tmp, { recursive: true });
      renameSync(this.layout.journal, taken);
    } catch {
      return; // no journal (or another process is folding it right now)
    }
    const hits = new Map<string, { count: number; last: number }>();
    const text = readFileSync(taken, 'utf8');
    for (const line of text.split('\n')) {
      const m = /^([0-9a-f]{16}) (\d+)$/.exec(line);
      if (!m) continue; // a torn line from a killed writer
      const h = hits.get(m[1]) ?? { count: 0, last: 0 };
      h.count++;
      h.last = Math.max(h.last, Number(m[2]));
      hits.set(m[1], h);
    }
    try {
      this.recordHits(hits);
    } catch (e) {
      appendFileSync(this.layout.journal, text); // keep the hits for the next fold
      throw e;
    } finally {
      rmSync(taken, { force: true });
    }
  }

  /** Adds a row for an object that has none (its store was interrupted, or the index was rebuilt). */
  adoptOrphan(key: string, lastUsed: number, hits: number): boolean {
    const dir = objectDir(this.layout, key);
    const read = readMeta(dir, key);
    if (read.state !== 'ok') return false;
    try {
      if (statSync(join(dir, read.meta.file)).size !== read.meta.size) return false;
    } catch {
      return false;
    }
    this.upsert(read.meta, Math.max(lastUsed, read.meta.created), hits);
    return true;
  }

  /**
   * Makes the index agree with objects/: adds rows for entries it lacks, drops rows whose object
   * is gone, discards object directories that are not valid entries.
   */
  reconcile(): Reconciled {
    const out: Reconciled = { entries: 0, adopted: 0, dropped: 0, discarded: 0 };
    const keys = new Set<string>();
    for (const shard of listDir(this.layout.objects)) {
      for (const name of listDir(join(this.layout.objects, shard))) {
        if (!isKey(name) || shard !== name.slice(0, 2)) continue; // not ours: leave it alone
        if (this.get(name) !== undefined) keys.add(name);
        else if (this.adoptOrphan(name, 0, 0)) {
          keys.add(name);
          out.adopted++;
        } else {
          discard(this.layout, join(this.layout.objects, shard, name));
          out.discarded++;
        }
      }
    }
    for (const row of this.all()) {
      if (!keys.has(row.key)) {
        this.remove(row.key);
        out.dropped++;
      }
    }
    out.entries = keys.size;
    return out;
  }
}

export interface Reconciled {
  /** Entries in the index afterwards. */
  entries: number;
  /** Rows added for valid objects the index lacked. */
  adopted: number;
  /** Rows removed because their object was gone. */
  dropped: number;
  /** Object directories removed because they were not valid entries. */
  discarded: number;
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function removeIndexFiles(layout: CacheLayout): void {
  for (const suffix of ['', '-wal', '-shm']) {
    const path = layout.index + suffix;
    if (existsSync(path)) discard(layout, path);
  }
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
