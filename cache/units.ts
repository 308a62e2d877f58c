// Sizes and durations as users type them (`500M`, `2GiB`, `7d`) and as the cache prints them.
//
// Sizes: a bare number is bytes; K, M, G, T and KiB, MiB, GiB, TiB are powers of 1024 (as in
// Docker and the JVM, so `500M` is 500 MiB); KB, MB, GB, TB are powers of 1000.

const BINARY = 1024;
const DECIMAL = 1000;

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: BINARY,
  kib: BINARY,
  kb: DECIMAL,
  m: BINARY ** 2,
  mib: BINARY ** 2,
  mb: DECIMAL ** 2,
  g: BINARY ** 3,
  gib: BINARY ** 3,
  gb: DECIMAL ** 3,
  t: BINARY ** 4,
  tib: BINARY ** 4,
  tb: DECIMAL ** 4,
};

export const SIZE_HINT = 'expected a size such as 500M, 1.5GiB or 2000000 (bytes)';
export const DURATION_HINT = 'expected a duration such as 7d, 12h, 30m or 1w2d';

/** Parses a size in bytes; undefined when the text is not one. */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = SIZE_UNITS[m[2].toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** `512 B`, `412.0 KiB`, `1.5 GiB`. */
export function formatSize(bytes: number): string {
  if (bytes < BINARY) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / BINARY;
  let i = 0;
  while (value >= BINARY && i < units.length - 1) {
    value /= BINARY;
    i++;
  }
  return `${value.toFixed(1)} ${units[i]}`;
}

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;

const DURATION_UNITS: Record<string, number> = {
  s: SECOND_MS, sec: SECOND_MS, secs: SECOND_MS, second: SECOND_MS, seconds: SECOND_MS,
  m: MINUTE_MS, min: MINUTE_MS, mins: MINUTE_MS, minute: MINUTE_MS, minutes: MINUTE_MS,
  h: HOUR_MS, hour: HOUR_MS, hours: HOUR_MS,
  d: DAY_MS, day: DAY_MS, days: DAY_MS,
  w: WEEK_MS, week: WEEK_MS, weeks: WEEK_MS,
};

/** Parses `7d`, `12h`, `1w2d`, `90 minutes` into milliseconds; undefined when not a duration. */
export function parseDuration(text: string): number | undefined {
  const parts = /^\s*(?:(?:\d+(?:\.\d+)?)\s*[a-z]+\s*)+$/i.test(text) ? text.matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)/gi) : [];
  let total = 0;
  let any = false;
  for (const [, value, unit] of parts) {
    const ms = DURATION_UNITS[unit.toLowerCase()];
    if (ms === undefined) return undefined;
    total += Number(value) * ms;
    any = true;
  }
  return any && Number.isFinite(total) ? Math.round(total) : undefined;
}

/** `just now`, `5 seconds ago`, `1 minute ago`, `3 days ago`. */
export function formatAge(ms: number): string {
  if (ms < 5 * SECOND_MS) return 'just now';
  const steps: [number, string][] = [[DAY_MS, 'day'], [HOUR_MS, 'hour'], [MINUTE_MS, 'minute'], [SECOND_MS, 'second']];
  for (const [unit, name] of steps) {
    if (ms >= unit) {
      const n = Math.floor(ms / unit);
      return `${n} ${name}${n === 1 ? '' : 's'} ago`;
    }
  }
  return 'just now';
}

/** `7 days`, `12 hours`, `1 week`: for messages about --older-than. */
export function formatDuration(ms: number): string {
  // Days rather than weeks: `--older-than 14d` reads back as 14 days, not 2 weeks.
  const steps: [number, string][] = [[DAY_MS, 'day'], [HOUR_MS, 'hour'], [MINUTE_MS, 'minute'], [SECOND_MS, 'second']];
  for (const [unit, name] of steps) {
    if (ms >= unit && ms % unit === 0) {
      const n = ms / unit;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${(ms / SECOND_MS).toFixed(1)} seconds`;
}
