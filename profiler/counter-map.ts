// The counter map: what each slot of an instrumented program's counter array counts.
//
// The compiler builds it while emitting the instrumented program (compiler/codegen/instrument.ts)
// and embeds it in the binary, which hands it to the runtime with the counters; the runtime
// writes both into the raw file (zig-runtime/core/profile.zig). So a raw file describes itself
// and a cached instrumented binary needs nothing stored beside it. It is JSON with sites as
// arrays (an instrumented program has thousands of sites; names would triple its size).
import { SITE_KINDS, type SiteKind, type UnitKind, siteWidth } from './sites.js';

export const COUNTER_MAP_VERSION = 2;

/** Versions this reader understands: 1 had no derived counts (`terms`). */
const READABLE_VERSIONS = [1, 2];

export interface MapModule {
  name: string;
  /** Absolute path of the source file. */
  path: string;
  /** The path as shown in tracebacks (as the user typed it for the main script). */
  display: string;
  /** SHA-256 (16 hex digits) of the source compiled. */
  digest: string;
  /** pyaot's own Python standard library (pylib/), not the user's code. */
  library: boolean;
}

export interface MapUnit {
  module: number;
  qualname: string;
  kind: UnitKind;
  checksum: string;
  line: number;
  endLine: number;
  params: string[];
}

export interface MapSite {
  unit: number;
  kind: SiteKind;
  ordinal: number;
  role: string;
  /** Index of the site's first counter. */
  base: number;
  line: number;
  col: number;
  /** Source text worth showing (a call's callee). */
  label: string;
  /**
   * Entry sites of a specialization: each parameter's unboxed type there ('int', 'float',
   * 'bool'), or null when the parameter is boxed (observed at run time instead).
   */
  paramTypes: (string | null)[] | null;
}

/**
 * A derived count: counter `raw` of the array adds to slot `slot` of the site whose first
 * counter is `base`. The compiler counts some events in counters of their own rather than in
 * their site's (compiler/codegen/instrument.ts), so that one increment serves two sites; the
 * reader adds them back (profiler/raw.ts), and every site reports what it would have counted.
 */
export type MapTerm = [base: number, slot: number, raw: number];

export interface CounterMap {
  version: number;
  /** Absolute path of the main script: the program's identity. */
  mainPath: string;
  /** Digest of every module's path and source. */
  sourceDigest: string;
  pyaotVersion: string;
  /** Number of counters. */
  size: number;
  modules: MapModule[];
  units: MapUnit[];
  sites: MapSite[];
  terms: MapTerm[];
}

type SiteRow = [number, number, number, string, number, number, number, string, (string | null)[] | null];

export function encodeCounterMap(m: CounterMap): string {
  const rows: SiteRow[] = m.sites.map((s) => [s.unit, SITE_KINDS.indexOf(s.kind), s.ordinal, s.role, s.base, s.line, s.col, s.label, s.paramTypes]);
  return JSON.stringify({ ...m, sites: rows });
}

/** Parses and checks a counter map; throws Error with a reason when it is not one. */
export function decodeCounterMap(text: string): CounterMap {
  const raw = JSON.parse(text) as Omit<CounterMap, 'sites'> & { sites: SiteRow[] };
  if (!raw || !READABLE_VERSIONS.includes(raw.version)) throw new Error(`counter map version ${raw?.version} (expected ${COUNTER_MAP_VERSION})`);
  if (!Array.isArray(raw.modules) || !Array.isArray(raw.units) || !Array.isArray(raw.sites) || !Number.isSafeInteger(raw.size)) {
    throw new Error('incomplete counter map');
  }
  const sites: MapSite[] = raw.sites.map((r) => {
    const kind = SITE_KINDS[r[1]];
    if (!Array.isArray(r) || kind === undefined || !raw.units[r[0]]) throw new Error('malformed site in counter map');
    const site: MapSite = { unit: r[0], kind, ordinal: r[2], role: r[3], base: r[4], line: r[5], col: r[6], label: r[7], paramTypes: r[8] };
    if (site.base < 0 || site.base + siteWidth(kind) > raw.size) throw new Error('counter map site outside the counter array');
    return site;
  });
  for (const u of raw.units) if (!raw.modules[u.module]) throw new Error('malformed unit in counter map');
  const terms = raw.terms ?? [];
  if (!Array.isArray(terms)) throw new Error('malformed terms in counter map');
  const bases = new Map(sites.map((s) => [s.base, s]));
  for (const t of terms) {
    const site = Array.isArray(t) ? bases.get(t[0]) : undefined;
    if (!site || !(t[1] >= 0 && t[1] < siteWidth(site.kind)) || !(t[2] >= 0 && t[2] < raw.size)) throw new Error('malformed term in counter map');
  }
  return { ...raw, sites, terms };
}
