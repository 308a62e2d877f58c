// The raw counters an instrumented program writes at exit (zig-runtime/core/profile.zig), and
// their conversion into a one-run Profile.
//
// Layout (little-endian): "PYAOTRAW", u32 version, u32 0, u64 meta length, the counter map
// (JSON, profiler/counter-map.ts), u64 counter count, the counters as u64.
import * as fs from 'node:fs';
import { decodeCounterMap, type CounterMap } from './counter-map.js';
import type { Profile, ProfileCounter, ProfileFunction } from './model.js';
import { counterKey } from './model.js';
import { TYPE_SLOTS, siteWidth } from './sites.js';

const MAGIC = 'PYAOTRAW';
const RAW_VERSION = 1;

export interface RawCounters {
  map: CounterMap;
  counts: number[];
}

/** Parses a raw counter file; throws Error with the reason when it is damaged. */
export function parseRaw(bytes: Buffer): RawCounters {
  if (bytes.length < 24 || bytes.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a raw counter file');
  const version = bytes.readUInt32LE(8);
  if (version !== RAW_VERSION) throw new Error(`raw counter format ${version} (expected ${RAW_VERSION})`);
  const metaLen = Number(bytes.readBigUInt64LE(16));
  const countAt = 24 + metaLen;
  if (countAt + 8 > bytes.length) throw new Error('truncated raw counter file');
  const map = decodeCounterMap(bytes.toString('utf8', 24, countAt));
  const n = Number(bytes.readBigUInt64LE(countAt));
  if (n !== map.size || countAt + 8 + n * 8 !== bytes.length) throw new Error('raw counter file does not match its counter map');
  // Signed: a counter that only counts exceptions leaving a block is decremented (prof_left,
  // compiler/codegen/instrument.ts blockCounts) and holds minus their number; every other counter
  // stays far below 2^63.
  const counts = new Array<number>(n);
  for (let i = 0; i < n; i++) counts[i] = Number(bytes.readBigInt64LE(countAt + 8 + i * 8));
  return { map, counts };
}

export function readRaw(file: string): RawCounters {
  return parseRaw(fs.readFileSync(file));
}

/**
 * One run as a profile. Every function of the program is listed (a function never called has
 * zero entries), with every counter site the compiled code has. A specialization's unboxed
 * parameters count as type observations: its entry count, of the specialized type.
 */
export function runProfile(raw: RawCounters): Profile {
  const { map, counts } = raw;
  const functions: ProfileFunction[] = map.units.map((u) => ({
    module: map.modules[u.module].name,
    qualname: u.qualname,
    kind: u.kind,
    checksum: u.checksum,
    line: u.line,
    endLine: u.endLine,
    params: u.params,
    counters: [],
  }));
  const byKey = functions.map(() => new Map<string, ProfileCounter>());
  const counterOf = (unit: number, c: ProfileCounter): ProfileCounter => {
    const key = counterKey(c);
    const known = byKey[unit].get(key);
    if (known) return known;
    byKey[unit].set(key, c);
    functions[unit].counters.push(c);
    return c;
  };
  // Each site's own counters plus the derived counts the compiler left elsewhere (map.terms).
  const own = new Map(map.sites.map((s) => [s.base, counts.slice(s.base, s.base + siteWidth(s.kind))]));
  for (const [base, slot, from] of map.terms) own.get(base)![slot] += counts[from];
  for (const s of map.sites) {
    const values = own.get(s.base)!;
    const c = counterOf(s.unit, { kind: s.kind, ordinal: s.ordinal, role: s.role, line: s.line, col: s.col, label: s.label, values: values.map(() => 0) });
    values.forEach((v, i) => (c.values[i] += v));
  }
  for (const s of map.sites) {
    if (s.kind !== 'entry' || !s.paramTypes) continue;
    const calls = own.get(s.base)![0];
    s.paramTypes.forEach((t, i) => {
      const slot = t === null ? -1 : TYPE_SLOTS.indexOf(t as (typeof TYPE_SLOTS)[number]);
      if (slot < 0) return;
      const c = counterOf(s.unit, { kind: 'type', ordinal: i, role: 'param', line: s.line, col: 0, label: '', values: TYPE_SLOTS.map(() => 0) });
      c.values[slot] += calls;
    });
  }
  for (const f of functions) f.counters.sort(compareCounters);
  return {
    program: { mainPath: map.mainPath, sourceDigest: map.sourceDigest, pyaotVersion: map.pyaotVersion },
    runs: 1,
    modules: map.modules.map((m) => ({ name: m.name, path: m.path, display: m.display, digest: m.digest, library: m.library })),
    functions,
  };
}

export function compareCounters(a: ProfileCounter, b: ProfileCounter): number {
  return a.ordinal - b.ordinal || a.kind.localeCompare(b.kind) || a.role.localeCompare(b.role);
}
