// A profile in memory: what profile.proto holds, as plain data (counts as JS numbers: a
// counter would need 2^53 increments, months of a tight loop, to lose precision).
import type { SiteKind, UnitKind } from './sites.js';

export interface Profile {
  program: ProgramId;
  /** How many runs were merged. */
  runs: number;
  modules: ProfileModule[];
  functions: ProfileFunction[];
}

export interface ProgramId {
  /** Absolute path of the main script. */
  mainPath: string;
  sourceDigest: string;
  pyaotVersion: string;
}

export interface ProfileModule {
  name: string;
  path: string;
  display: string;
  digest: string;
  library: boolean;
}

export interface ProfileFunction {
  module: string;
  qualname: string;
  kind: UnitKind;
  checksum: string;
  line: number;
  endLine: number;
  params: string[];
  counters: ProfileCounter[];
}

export interface ProfileCounter {
  kind: SiteKind;
  ordinal: number;
  role: string;
  line: number;
  col: number;
  label: string;
  values: number[];
}

/** The key of a function within a profile. */
export function functionKey(f: { module: string; qualname: string }): string {
  return `${f.module}\0${f.qualname}`;
}

/** The key of a counter within its function. */
export function counterKey(c: { kind: SiteKind; ordinal: number; role: string }): string {
  return `${c.kind}\0${c.ordinal}\0${c.role}`;
}

/** How often a function was entered (all its specializations). */
export function entries(f: ProfileFunction): number {
  let n = 0;
  for (const c of f.counters) if (c.kind === 'entry') n += c.values[0];
  return n;
}
