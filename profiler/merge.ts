// Merging profiles: counters add (like `llvm-profdata merge`), keyed by stable ids.
//
// A function is only merged with a record of the same checksum. When the newer side has another
// checksum, the function changed since the older counters were taken: they are dropped (their
// ordinals may point at other nodes now) and the caller warns once, naming the functions.
import { counterKey, functionKey, type Profile, type ProfileCounter, type ProfileFunction } from './model.js';
import { compareCounters } from './raw.js';

export interface MergeResult {
  profile: Profile;
  /** Functions whose older counters were dropped because their code changed ("module.qualname"). */
  changed: string[];
  /** Functions dropped because the program no longer has them (only with `complete`). */
  removed: string[];
}

export interface MergeOptions {
  /**
   * `newer` lists every function of the program (a fresh run): functions of `older` it lacks
   * were deleted from the program and are dropped. Off for merging two stored profiles.
   */
  complete: boolean;
}

/** Adds `newer` into `older` (undefined: none yet). Neither input is modified. */
export function mergeProfiles(older: Profile | undefined, newer: Profile, opts: MergeOptions): MergeResult {
  const changed: string[] = [];
  const removed: string[] = [];
  if (!older) return { profile: clone(newer), changed, removed };
  const olderFns = new Map(older.functions.map((f) => [functionKey(f), f]));
  const functions: ProfileFunction[] = [];
  const taken = new Set<string>();
  for (const nf of newer.functions) {
    const key = functionKey(nf);
    taken.add(key);
    const of = olderFns.get(key);
    if (!of) functions.push(cloneFn(nf));
    else if (of.checksum !== nf.checksum) {
      changed.push(displayName(nf));
      functions.push(cloneFn(nf));
    } else functions.push(addFunction(of, nf));
  }
  for (const of of older.functions) {
    if (taken.has(functionKey(of))) continue;
    if (opts.complete) removed.push(displayName(of));
    else functions.push(cloneFn(of));
  }
  // Modules: the newer descriptions, plus older ones still referenced.
  const modules = newer.modules.map((m) => ({ ...m }));
  const named = new Set(modules.map((m) => m.name));
  for (const m of older.modules) {
    if (!named.has(m.name) && functions.some((f) => f.module === m.name)) {
      modules.push({ ...m });
      named.add(m.name);
    }
  }
  return {
    profile: { program: { ...newer.program }, runs: older.runs + newer.runs, modules, functions },
    changed,
    removed,
  };
}

/** The same function from two profiles: counters added; positions and labels from the newer. */
function addFunction(older: ProfileFunction, newer: ProfileFunction): ProfileFunction {
  const out = cloneFn(newer);
  const byKey = new Map(out.counters.map((c) => [counterKey(c), c]));
  for (const oc of older.counters) {
    const c = byKey.get(counterKey(oc));
    if (c) c.values = c.values.map((v, i) => v + (oc.values[i] ?? 0));
    else {
      // A site the newer build did not emit (another specialization, say): kept as it was.
      const kept = cloneCounter(oc);
      out.counters.push(kept);
      byKey.set(counterKey(kept), kept);
    }
  }
  out.counters.sort(compareCounters);
  return out;
}

function displayName(f: ProfileFunction): string {
  return f.module === '__main__' ? f.qualname : `${f.module}.${f.qualname}`;
}

function cloneCounter(c: ProfileCounter): ProfileCounter {
  return { ...c, values: [...c.values] };
}

function cloneFn(f: ProfileFunction): ProfileFunction {
  return { ...f, params: [...f.params], counters: f.counters.map(cloneCounter) };
}

function clone(p: Profile): Profile {
  return { program: { ...p.program }, runs: p.runs, modules: p.modules.map((m) => ({ ...m })), functions: p.functions.map(cloneFn) };
}

/** The one warning line about dropped counters, or null when nothing was dropped. */
export function dropWarning(r: MergeResult, profileFile: string): string | null {
  const parts: string[] = [];
  if (r.changed.length > 0) parts.push(`${count(r.changed.length, 'function')} changed since they were profiled (${names(r.changed)})`);
  if (r.removed.length > 0) parts.push(`${count(r.removed.length, 'function')} no longer in the program (${names(r.removed)})`);
  if (parts.length === 0) return null;
  return `warning: ${profileFile}: dropped the counters of ${parts.join(' and of ')}`;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

function names(list: string[]): string {
  return list.slice(0, 4).join(', ') + (list.length > 4 ? `, and ${list.length - 4} more` : '');
}
