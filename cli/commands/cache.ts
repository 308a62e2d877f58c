// `pyaot cache list | stats | clean | prune`: look into and trim the build cache.
// The cache modules (and SQLite) are imported only when one of these commands runs, so
// registering them costs `pyaot --help` nothing.
import { homedir } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import { DURATION_HINT, SIZE_HINT, formatAge, formatDuration, formatSize, parseDuration, parseSize } from '../../cache/units.js';
import type { CacheStats, EntryView, PruneReport, RemovalReport } from '../../cache/admin.js';

export interface CacheCommandIO {
  out(text: string): void;
  err(text: string): void;
}

const STD_IO: CacheCommandIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

function sizeOption(text: string): number {
  const bytes = parseSize(text);
  if (bytes === undefined) throw new InvalidArgumentError(SIZE_HINT);
  return bytes;
}

function durationOption(text: string): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw new InvalidArgumentError(DURATION_HINT);
  return ms;
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

function tilde(path: string): string {
  const home = homedir();
  return home !== '/' && path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}

/** Columns padded to their widest cell; `right` columns are right-aligned (numbers). */
function table(header: string[], rows: string[][], right: ReadonlySet<number>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

function renderList(entries: EntryView[], directory: string, now: number): string {
  if (entries.length === 0) return `No cached builds in ${tilde(directory)}.\n`;
  const rows = entries.map((e) => [e.key, e.kind, formatSize(e.size), String(e.hits), formatAge(now - e.lastUsed), tilde(e.source)]);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  return (
    table(['KEY', 'KIND', 'SIZE', 'HITS', 'LAST USED', 'SOURCE'], rows, new Set([2, 3])) +
    `\n${count(entries.length, 'cached build')}, ${formatSize(total)} in ${tilde(directory)}\n`
  );
}

function listJson(entries: EntryView[]): string {
  const out = entries.map((e) => ({
    key: e.key,
    source: e.source,
    kind: e.kind,
    binary: e.binary,
    sizeBytes: e.size,
    hits: e.hits,
    created: new Date(e.created).toISOString(),
    lastUsed: new Date(e.lastUsed).toISOString(),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

function renderStats(s: CacheStats): string {
  const percent = (f: number): string => `${(f * 100).toFixed(1)}%`;
  const rows: [string, string][] = [
    ['Cache directory', tilde(s.directory)],
    ['Cached builds', String(s.entries)],
    ['Total size', `${formatSize(s.sizeBytes)} of ${formatSize(s.maxSizeBytes)} (${percent(s.sizeBytes / s.maxSizeBytes || 0)})`],
    ['Hits', String(s.hits)],
    ['Misses', String(s.misses)],
    ['Hit rate', s.hitRate === null ? '-' : percent(s.hitRate)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}\n`).join('');
}

function renderClean(r: RemovalReport, olderThanMs: number | undefined): string {
  if (r.removed.length === 0) {
    return olderThanMs === undefined || r.remainingEntries === 0
      ? 'Nothing to clean: the cache is empty.\n'
      : `Nothing to clean: every cached build was used in the last ${formatDuration(olderThanMs)}.\n`;
  }
  const age = olderThanMs === undefined ? '' : ` not used in the last ${formatDuration(olderThanMs)}`;
  const rest = r.remainingEntries === 0 ? '' : `; ${count(r.remainingEntries, 'remains', 'remain')} (${formatSize(r.remainingBytes)})`;
  return `Removed ${count(r.removed.length, 'cached build')}${age} (${formatSize(r.freedBytes)})${rest}.\n`;
}

function renderPrune(r: PruneReport): string {
  const lines: string[] = [];
  if (r.dropped > 0) lines.push(`Dropped ${count(r.dropped, 'index entry', 'index entries')} whose files were gone.`);
  if (r.adopted > 0) lines.push(`Listed ${count(r.adopted, 'cached build')} the index had lost track of.`);
  if (r.leftovers > 0) lines.push(`Deleted ${count(r.leftovers, 'leftover')} of interrupted builds.`);
  const now = `${formatSize(r.remainingBytes)} (limit ${formatSize(r.maxSizeBytes)})`;
  if (r.removed.length === 0) lines.push(`Nothing to evict: the cache is ${now}.`);
  else lines.push(`Removed ${count(r.removed.length, 'cached build')} (${formatSize(r.freedBytes)}), least recently used first; the cache is now ${now}.`);
  return lines.map((l) => `${l}\n`).join('');
}

/** Adds `cache` and its subcommands to the program. */
export function registerCacheCommand(program: Command, io: CacheCommandIO = STD_IO): void {
  const warn = (line: string): void => io.err(`warning: ${line}\n`);
  const load = async () => {
    const [admin, cache] = await Promise.all([import('../../cache/admin.js'), import('../../cache/index.js')]);
    return { admin, layout: cache.cacheLayout() };
  };
  // Errors of the cache itself (an unreadable PYAOT_HOME) end the command with one line, no help.
  const guarded =
    <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      try {
        await fn(...args);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        io.err(`error: ${err.code && err.path ? `${err.code}: ${err.path}` : err.message}\n`);
        process.exitCode = 1;
      }
    };

  const cache = program
    .command('cache')
    .description('look into and trim the build cache (PYAOT_HOME/cache)');

  cache
    .command('list')
    .description('list cached builds, most recently used first')
    .option('--json', 'print JSON instead of a table')
    .action(
      guarded(async (opts: { json?: boolean }) => {
        const { admin, layout } = await load();
        const entries = admin.listEntries(layout, warn);
        io.out(opts.json ? listJson(entries) : renderList(entries, layout.root, Date.now()));
      }),
    );

  cache
    .command('stats')
    .description('show the number and size of cached builds, hits, misses and hit rate')
    .option('--json', 'print JSON instead of text')
    .action(
      guarded(async (opts: { json?: boolean }) => {
        const { admin, layout } = await load();
        const stats = admin.cacheStats(layout, warn);
        io.out(opts.json ? `${JSON.stringify(stats, null, 2)}\n` : renderStats(stats));
      }),
    );

  cache
    .command('clean')
    .description('remove every cached build, or only those not used recently')
    .option('--older-than <age>', 'only builds not used for this long (e.g. 7d, 12h, 1w)', durationOption)
    .action(
      guarded(async (opts: { olderThan?: number }) => {
        const { admin, layout } = await load();
        io.out(renderClean(admin.cleanCache(layout, warn, opts.olderThan), opts.olderThan));
      }),
    );

  cache
    .command('prune')
    .description('evict least recently used builds down to a size, and tidy up leftovers')
    .option('--max-size <size>', 'target size, e.g. 500M or 1GiB (default: PYAOT_CACHE_MAX_SIZE or 2 GiB)', sizeOption)
    .action(
      guarded(async (opts: { maxSize?: number }) => {
        const { admin, layout } = await load();
        const { configuredMaxSize } = await import('../../cache/evict.js');
        const max = opts.maxSize ?? configuredMaxSize(process.env, warn);
        io.out(renderPrune(admin.pruneCache(layout, warn, max)));
      }),
    );
}
