// Profile instrumentation (`pyaot --profile`): the counters an instrumented build increments.
//
// The emitters call the small hooks below at each instrumented point; every hook returns its
// input unchanged (or emits nothing) when the program is not instrumented, so a plain build's
// Zig is byte-identical to one made without this file. Sites get their stable ids from the AST
// before emission (profiler/units.ts: unit and ordinal of every node); a site's counters are
// given slots of one global `pyaot_prof: [N]u64` array the first time it is emitted, so the
// array holds only sites that exist in the generated code. The map slot -> stable id is
// embedded in the program (profiler/counter-map.ts) and handed to the runtime with the array
// at start (zig-runtime/core/profile.zig writes both at exit).
//
// Counting is a plain `+%= 1` on the global array, except where the hot path can do less and the
// counts stay exact:
//
// - Register regions. A loop whose body calls nothing (the hottest kind), with everything inside
//   it, counts into a local array declared just before it: every index is a constant, so the
//   optimizer keeps those counters in registers (no memory traffic, no aliasing with the opaque
//   runtime calls), and a `defer` adds them to the global array however the loop is left (end,
//   break, return, exception, sys.exit). A loop whose body makes a call counts into the array
//   directly. Ctrl-C raises KeyboardInterrupt at the next call (core/interrupt.zig, as in a plain
//   build), which unwinds through the defers before the counters are written; a signal ending
//   the program at once (SIGTERM, a second Ctrl-C) writes the array from its handler, and only a
//   signal landing in the middle of a call-free loop's computation loses that run's counts.
// - Loop indexes. A `for` over a range or a proven list counts its iterations from the index it
//   keeps anyway, added by a `defer` when the loop is left, not once per iteration (LoopIndex).
// - One-sided operands. In `a and b`, when `b` as counted cannot fail, `a` counts only its false
//   outcome: its true one is the evaluations of `b` (OneSide; `or` the other way round).
// - Parameter types. A Zig parameter never changes (an assigned Python parameter is copied to a
//   local first), so the entry finds the type slot of each boxed parameter once (`ps_x`) and
//   every later observation of that parameter is one indexed increment with no type dispatch;
//   inside a register region it is a register count, put in the right slot at the flush.
// - Derived entries. A function whose first statement is an `if` with a test that cannot fail
//   runs that test exactly once per call: the test's two arms are counted in counters of their
//   own, and both the `if` and the entry are reconstructed from them when the raw counters are
//   read (counter map `terms`, profiler/raw.ts), so a call costs one increment, not two.
// - Derived branches. An `if`, conditional expression or `while` whose test is an and/or counts
//   only its operands, and its arms (a loop's exits and iterations) are reconstructed from
//   theirs; an `if` whose test is a call that cannot fail counts only its arms, and the call is
//   reconstructed from them (derivedTest).
//
// - Derived from type observations. A function's entry is the sum of its first boxed
//   parameter's entry observation; a method call whose evaluation starts with an observation
//   that cannot fail is counted by it (firstObservation); `x is None` tests are decided by the
//   observed type; a truth test counts a bool once for both its type and its branch (countTest).
// - Derived from the body's shape (instrumentBody): the first observation a body makes of a
//   parameter is its entry observation again; a call evaluated right after an observation of a
//   local, as the next argument, is counted by that observation.
// - Derived from the block's entry (blockCounts): a call or loop entry that runs every time its
//   block is entered (an `if` arm, a `while` body, the rest of a function or loop body after an
//   `if` that never falls through) is that entry count minus the exceptions that left the block
//   before reaching it. The build counts those exceptions down on the error path (`prof_left`),
//   not the count on the hot path: fib's two call sites cost nothing per call.
// - Derived from the function's entry (topLevelFromEntry): on the function's top level, a type
//   observation of a boxed parameter is its entry observation again, type by type, and a count is
//   the entry's total, minus the exceptions that left before them (counted down by the
//   parameter's type on the error path, `prof_left_at`): a method's straight-line `self.x` reads
//   observe nothing past the entry. The `if` and
//   `while` tests, a `while True` body's iterations and the iterations a loop over a range or
//   list takes from its index count into counters of their emission so that they can serve as a
//   block's entry count.
//
// - Derived from a local's earlier observation (localsFromObservations): in a block, a type
//   observation of a local not assigned since an earlier one counts what that one counted, type by
//   type, minus the exceptions between (counted down by the local's type, `prof_left_at` with
//   `prof_slot(l_x)` on the error path); a `while x is not None` body (or `if x is not None`, or
//   the else of `if x is None`) takes the test's observation without its None count.
// - Membership chains (inChains): `a in s or b in t or …` over names is answered at once as in a
//   plain build when it can be (sets of small ints), counting only which operand ended the chain;
//   every count of the chain is reconstructed from that.
// - Locals in register regions (regionLocals): a local a call-free loop never assigns is observed
//   into a register, put in its type's slot when the loop is left, as a parameter is.
//
// Counts avoid computed addresses: a two-way count branches to one of two increments, and a type
// count puts None, bools and instances (the common values of dynamic code) at constant slots, only
// other types indexing by their slot. A store whose address is computed from the value being counted
// makes the loads after it wait for that computation, which cost more than the counting itself.
//
// The type slot itself is one tag read, one branch and one table lookup (a `switch` on the tag
// compiles to an indirect jump, measurably slower at every observation).
import { createHash } from 'node:crypto';
import type * as A from '../parser/ast.js';
import { inPylib, type ModuleGraph, type SourceModule } from '../modules.js';
import type { ScopeInfo } from '../resolve/scopes.js';
import type { FnCtx, ProgramCtx } from './context.js';
import { Lines, ident, zigString } from './emit.js';
import type { TExpr } from './typed.js';
import { closingBrace, endsInJump, scanBlock } from './instrument-flow.js';
import type { Spec } from '../types/infer.js';
import { isNative } from '../types/lattice.js';
import { PYAOT_VERSION } from '../../cli/version.js';
import { assignUnits, nodeLine, type ModuleUnits } from '../../profiler/units.js';
import { COUNTER_MAP_VERSION, encodeCounterMap, type CounterMap, type MapModule, type MapSite, type MapTerm, type MapUnit } from '../../profiler/counter-map.js';
import { TYPE_SLOTS, siteWidth, type SiteKind, type TypeRole } from '../../profiler/sites.js';

interface ModuleSites {
  units: ModuleUnits;
  /** Index of this module's first unit in the program's unit list. */
  unitBase: number;
  /** Unit of each unit-defining node (the module body is node 0). */
  unitOf: Map<number, number>;
  nodeTypes: Map<number, string>;
}

interface OpenLoop {
  node: A.Node;
  /** The loop site's first counter. */
  base: number;
  /** How its iterations are counted from its index (see LoopIndex), if they are. */
  index?: LoopIndex;
  /** With `index`: the counter of this emission the iterations add to (a term adds it to the loop's). */
  iter?: number;
}

/**
 * A loop whose iterations are counted from the index it keeps anyway (`name`, a usize starting
 * at 0), added once when the loop is left, not once per iteration:
 * - `range`: `while (k < n) : (k += 1)`, k is the number of iterations that completed (a
 *   `continue` completes one); left from inside the body (break, return, exception) one more
 *   started. So every leaving adds k + 1, and a normal exit (the test false) takes 1 back.
 * - `items`: `while (next(xs, &k))` over a list, k is the number of items taken: the iterations.
 */
export interface LoopIndex {
  kind: 'range' | 'items';
  name: string;
}

/**
 * A call-free loop and everything emitted inside it: its counters live in a local array (the
 * optimizer keeps them in registers: every index is constant) added to the global one by a
 * `defer` when the loop is left.
 */
interface Region {
  id: number;
  /** The Zig local array. */
  name: string;
  /** The emitting function's frame stack: identifies the Zig function the array is local to. */
  frames: FnCtx['frames'];
  /**
   * What each local slot adds to: a global counter, or a type site observing a value that
   * cannot change while the region runs (`invariant`), whose slot is found once at the flush.
   */
  slots: ({ k: number } | { site: number; value: number })[];
  local: Map<string, number>;
  /** Zig values passed to the flush (a tuple), by index. */
  invariant: string[];
}

/** A function's entry counter as emitted: counted there, or derived from its first `if`. */
interface Entry {
  id: number;
  /** The entry site's counter. */
  base: number;
  unitNode: A.Node;
  derived: boolean;
}

/**
 * Code that counts one event and yields a value: `code` is what the emitter returned for the
 * node, `inner` the uncounted value, `base` the site counting it.
 */
interface Counted {
  code: string;
  inner: string;
  base: number;
}

/** The Zig identifier of a value whose runtime type an entry observed (see instrumentEntry). */
const paramRef = (p: string): string => `p_${ident(p)}`;

/** One program's instrumentation: created by compileProgram, filled in by code generation. */
export class Instrumentation {
  private mods = new Map<SourceModule, ModuleSites>();
  private mapModules: MapModule[] = [];
  private mapUnits: MapUnit[] = [];
  private sites: MapSite[] = [];
  private terms: MapTerm[] = [];
  /** Every counter some term reads (a superset after aliasRaw: an alias keeps its old entry). */
  private termSources = new Set<number>();
  private entries: Entry[] = [];
  private entryOf = new Map<FnCtx['frames'], Entry>();
  private byKey = new Map<string, MapSite>();
  private size = 0;
  private loops: OpenLoop[] = [];
  private regions: Region[] = [];
  /** Regions being emitted, innermost last (a def inside a region's loop may open its own). */
  private open: Region[] = [];
  /**
   * The last counted code emitted for a node: an and/or operand's counted truth value, a call's
   * counted expression. An `if` whose test is exactly that code can count it in its place
   * (instrumentBranch).
   */
  private counted = new Map<A.Node, Counted>();
  /** Per Zig function (its frame stack): boxed parameters whose type slot the entry found (`ps_x`). */
  private slotted = new Map<FnCtx['frames'], Set<string>>();
  /** The type observation code instrumentSeen returned for a node, by role. */
  private seenCode = new Map<A.Node, Map<TypeRole, string>>();
  /** First counters of the raw blocks that count one emitted observation (see ownObservation). */
  private obsRaws = new Set<number>();
  /** Per Zig function: the raw block of each boxed parameter's entry observation (`p_x`). */
  private entryRaws = new Map<FnCtx['frames'], Map<string, number>>();
  /** First counters of the raw blocks (allocateRaw). */
  private raws = new Set<number>();
  private graph: ModuleGraph | null = null;

  /** Numbers every module's units and nodes (before any code is emitted). */
  prepare(graph: ModuleGraph, scopes: Map<string, ScopeInfo>): void {
    this.graph = graph;
    for (const m of graph.modules) {
      const units = assignUnits(m.ast, scopes.get(m.name)!, m.source.split(/\r\n|\r|\n/).length);
      const unitBase = this.mapUnits.length;
      const moduleIndex = this.mapModules.length;
      this.mapModules.push({ name: m.name, path: m.file, display: m.displayPath, digest: digest(m.source), library: inPylib(m.file) });
      const unitOf = new Map<number, number>();
      units.units.forEach((u, i) => {
        unitOf.set(u.node.nodeId, unitBase + i);
        this.mapUnits.push({ module: moduleIndex, qualname: u.qualname, kind: u.kind, checksum: u.checksum, line: u.line, endLine: u.endLine, params: u.params });
      });
      const nodeTypes = new Map<number, string>();
      collectTypes(m.ast, nodeTypes);
      this.mods.set(m, { units, unitBase, unitOf, nodeTypes });
    }
  }

  /** The finished map (call after code generation). */
  counterMap(): CounterMap {
    const graph = this.graph!;
    const h = createHash('sha256');
    for (const m of graph.modules) h.update(`${m.file}\0${m.source.length}\0${m.source}\0`);
    return {
      version: COUNTER_MAP_VERSION,
      mainPath: graph.main.file,
      sourceDigest: h.digest('hex').slice(0, 16),
      pyaotVersion: PYAOT_VERSION,
      size: this.size,
      modules: this.mapModules,
      units: this.mapUnits,
      sites: this.sites,
      terms: this.terms,
    };
  }

  /** The first counter of a site, allocating it on first use; null for nodes codegen invented. */
  site(mod: SourceModule, node: A.Node, kind: SiteKind, role = '', label = ''): number | null {
    const ms = this.mods.get(mod);
    const place = ms?.units.places.get(node.nodeId);
    // Emitters sometimes build nodes (id -1) or copies of another type: those are not sites.
    if (!ms || !place || ms.nodeTypes.get(node.nodeId) !== node.nodeType) return null;
    return this.allocate(ms.unitBase + place.unit, kind, place.ordinal, role, nodeLine(node), label || (kind === 'type' ? operationText(node) : ''), null);
  }

  /** A site of a unit itself (its entry, its parameters). */
  unitSite(mod: SourceModule, unitNode: A.Node, kind: SiteKind, ordinal: number, role: string, paramTypes: (string | null)[] | null): number | null {
    const unit = this.mods.get(mod)?.unitOf.get(unitNode.nodeId);
    if (unit === undefined) return null;
    const u = this.mapUnits[unit];
    return this.allocate(unit, kind, ordinal, role, { line: u.line, col: 0 }, '', paramTypes);
  }

  private allocate(unit: number, kind: SiteKind, ordinal: number, role: string, at: { line: number; col: number }, label: string, paramTypes: (string | null)[] | null): number {
    const key = `${unit}/${kind}/${ordinal}/${role}`;
    const known = this.byKey.get(key);
    if (known) return known.base;
    const s: MapSite = { unit, kind, ordinal, role, base: this.size, line: at.line, col: at.col, label, paramTypes };
    this.size += siteWidth(kind);
    this.sites.push(s);
    this.byKey.set(key, s);
    return s.base;
  }

  /** `n` counters of no site (their counts reach sites through terms). */
  allocateRaw(n: number): number {
    const base = this.size;
    this.size += n;
    this.raws.add(base);
    return base;
  }

  /** Whether some derived count reads counter `k` (so its increments must stay). */
  isTermSource(k: number): boolean {
    return this.termSources.has(k);
  }

  /** The global counter slot `slot` of region array `name` adds to (null for a type slot). */
  regionGlobal(name: string, slot: number): number | null {
    const s = this.regions.find((r) => r.name === name)?.slots[slot];
    return s && 'k' in s ? s.k : null;
  }

  /** Whether counter `k` starts a block of raw counters (one emission's own, see allocateRaw). */
  isRaw(k: number): boolean {
    return this.raws.has(k);
  }

  /** The site and slot counter `k` belongs to (null for a raw counter). */
  siteSlot(k: number): { base: number; slot: number; kind: SiteKind } | null {
    for (const s of this.sites) if (k >= s.base && k < s.base + siteWidth(s.kind)) return { base: s.base, slot: k - s.base, kind: s.kind };
    return null;
  }

  /** Counter `raw` adds to slot `slot` of the site whose first counter is `base`. */
  term(base: number, slot: number, raw: number): void {
    this.terms.push([base, slot, raw]);
    this.termSources.add(raw);
  }

  /** Records a function's entry counter, emitted as `if (prof_entry_N)`: counted unless derived. */
  entry(c: FnCtx, base: number, unitNode: A.Node): string {
    const e: Entry = { id: this.entries.length, base, unitNode, derived: false };
    this.entries.push(e);
    this.entryOf.set(c.frames, e);
    return `if (prof_entry_${e.id}) pyaot_prof[${base}] +%= 1;`;
  }
  recordCounted(node: A.Node, piece: Counted): void {
    this.counted.set(node, piece);
  }
  countedCode(node: A.Node): Counted | undefined {
    return this.counted.get(node);
  }

  recordSeen(node: A.Node, role: TypeRole, code: string): void {
    let m = this.seenCode.get(node);
    if (!m) this.seenCode.set(node, (m = new Map()));
    m.set(role, code);
  }
  seen(node: A.Node, role: TypeRole): string | undefined {
    return this.seenCode.get(node)?.get(role);
  }

  /**
   * An observation (`prof_seen(K, v)`, `prof_at(K, ps_x, v)`) counting into raw counters of
   * its own, so that other counts can be derived from it: a site's counters are shared by every
   * emission of its node (each specialization of the function), a raw block only by this one.
   * Returns the observation's code and its raw block (the same when it already has one).
   */
  ownObservation(obs: string): { code: string; raw: number } {
    const m = /^prof_(seen|at)\((\d+), /.exec(obs);
    if (!m) throw new Error(`not an observation: ${obs.slice(0, 60)}`);
    const k = Number(m[2]);
    if (this.obsRaws.has(k)) return { code: obs, raw: k };
    const raw = this.allocateRaw(TYPE_SLOTS.length);
    this.obsRaws.add(raw);
    this.typeTerms(k, raw);
    return { code: `prof_${m[1]}(${raw}, ${obs.slice(m[0].length)}`, raw };
  }

  paramRaw(c: FnCtx, value: string, raw: number): void {
    let m = this.entryRaws.get(c.frames);
    if (!m) this.entryRaws.set(c.frames, (m = new Map()));
    m.set(value, raw);
  }
  paramRaws(c: FnCtx): Map<string, number> | undefined {
    return this.entryRaws.get(c.frames);
  }

  /**
   * An observation of raw block `from`, dropped from the code, counts what block `to` counts:
   * its terms read `to` instead (a block and its terms belong to one emission).
   */
  aliasRaw(from: number, to: number): void {
    const n = TYPE_SLOTS.length;
    for (const t of this.terms) {
      if (t[2] >= from && t[2] < from + n) {
        t[2] = to + (t[2] - from);
        this.termSources.add(t[2]);
      }
    }
  }

  isObservationRaw(k: number): boolean {
    return this.obsRaws.has(k);
  }

  /**
   * Counter `r` counts, from now on, events that counter `c` would have counted: it adds to
   * whatever `c` adds to (its site's slot, every term reading it).
   */
  termsLike(c: number, r: number): void {
    const s = this.siteSlot(c);
    if (s) this.term(s.base, s.slot, r);
    for (const t of [...this.terms]) if (t[2] === c) this.term(t[0], t[1], r);
  }

  /** Each type slot of site `site` gets the count of the same slot of raw block `raw`. */
  typeTerms(site: number, raw: number): void {
    for (let j = 0; j < TYPE_SLOTS.length; j++) this.term(site, j, raw + j);
  }

  /** Counter `slot` of site `base` gets the count of every type slot `j` of raw block `raw` with `which(j)`. */
  termsFromTypes(base: number, slot: number, raw: number, which: (j: number) => boolean): void {
    for (let j = 0; j < TYPE_SLOTS.length; j++) if (which(j)) this.term(base, slot, raw + j);
  }

  functionEntry(c: FnCtx): Entry | undefined {
    return this.entryOf.get(c.frames);
  }

  openLoop(node: A.Node, base: number, index?: LoopIndex, iter?: number): void {
    this.loops.push({ node, base, index, iter });
  }
  closeLoop(): void {
    this.loops.pop();
  }
  loop(node: A.Node): OpenLoop | undefined {
    for (let i = this.loops.length - 1; i >= 0; i--) if (this.loops[i].node === node) return this.loops[i];
    return undefined;
  }

  /** The open register region of the Zig function `c` emits into, if any. */
  region(c: FnCtx): Region | null {
    for (let i = this.open.length - 1; i >= 0; i--) if (this.open[i].frames === c.frames) return this.open[i];
    return null;
  }

  /** Records that `c`'s Zig function holds `ps_x`, the type slot of parameter value `p_x`. */
  slottedParam(c: FnCtx, value: string): void {
    let set = this.slotted.get(c.frames);
    if (!set) this.slotted.set(c.frames, (set = new Set()));
    set.add(value);
  }
  hasSlot(c: FnCtx, value: string): boolean {
    return this.slotted.get(c.frames)?.has(value) ?? false;
  }

  /**
   * Opens a register region in `c`. The parameters whose type slot is known are the values
   * invariant in it (a Zig parameter never changes).
   */
  openRegion(c: FnCtx): Region {
    const id = this.regions.length;
    const invariant = [...(this.slotted.get(c.frames) ?? [])];
    const r: Region = { id, name: `pr_${id}`, frames: c.frames, slots: [], local: new Map(), invariant };
    this.regions.push(r);
    this.open.push(r);
    return r;
  }
  closeRegion(): void {
    this.open.pop();
  }

  /** The Zig lvalue counting global counter `k`: an element of the open region's array or of the global one. */
  counter(c: FnCtx, k: number): string {
    const r = this.region(c);
    if (!r) return `pyaot_prof[${k}]`;
    return `${r.name}[${this.regionSlot(r, `${k}`, { k })}]`;
  }

  /**
   * In a register region, the local counter of type site `site` observing an invariant value;
   * null when there is no region or `value` is not invariant in it.
   */
  invariantCounter(c: FnCtx, site: number, value: string): string | null {
    const r = this.region(c);
    const v = r ? r.invariant.indexOf(value) : -1;
    if (!r || v < 0) return null;
    return `${r.name}[${this.regionSlot(r, `${site}:${v}`, { site, value: v })}]`;
  }

  /**
   * The local slot of region `name` counting type site `site` observing `value`, a value the
   * region never changes (added to its invariant values); null for an unknown region.
   */
  regionInvariant(name: string, site: number, value: string): number | null {
    const r = this.regions.find((x) => x.name === name);
    if (!r) return null;
    let v = r.invariant.indexOf(value);
    if (v < 0) v = r.invariant.push(value) - 1;
    return this.regionSlot(r, `${site}:${v}`, { site, value: v });
  }
  regionInvariants(name: string): string[] | undefined {
    return this.regions.find((x) => x.name === name)?.invariant;
  }

  private regionSlot(r: Region, key: string, slot: Region['slots'][number]): number {
    let j = r.local.get(key);
    if (j === undefined) {
      j = r.slots.length;
      r.slots.push(slot);
      r.local.set(key, j);
    }
    return j;
  }

  /** Top-level declarations: the counter array, its map, and the counting helpers. */
  decls(): Lines {
    const out = new Lines();
    const map = this.counterMap();
    out.line('// ---- profile counters (pyaot --profile; compiler/codegen/instrument.ts)');
    out.line(`var pyaot_prof = [_]u64{0} ** ${map.size};`);
    out.line(`const pyaot_prof_map = ${zigString(encodeCounterMap(map))};`);
    for (const l of HELPERS) out.line(l);
    for (const e of this.entries) out.line(`const prof_entry_${e.id} = ${!e.derived};`);
    // Each region's flush: adds its local counters to the global ones (`v`: its invariant values).
    for (const r of this.regions) {
      out.line(`const prof_flush_${r.id}_n = ${r.slots.length};`);
      out.open(`inline fn prof_flush_${r.id}(p: *const [${r.slots.length}]u64, v: anytype) void {`);
      if (!r.slots.some((s) => 'site' in s)) out.line('_ = v;');
      r.slots.forEach((s, j) => {
        if ('k' in s) out.line(`pyaot_prof[${s.k}] +%= p[${j}];`);
        else out.line(`if (p[${j}] != 0) pyaot_prof[${s.site} + prof_slot(v[${s.value}])] +%= p[${j}];`);
      });
      out.close();
    }
    return out;
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function collectTypes(node: A.Node, out: Map<number, string>): void {
  out.set(node.nodeId, node.nodeType);
  for (const v of Object.values(node)) {
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object' && 'nodeType' in x) collectTypes(x as A.Node, out);
    } else if (v && typeof v === 'object' && 'nodeType' in v) collectTypes(v as A.Node, out);
  }
}

// The slot of each runtime object kind (zig-runtime/core/value.zig Kind) in TYPE_SLOTS.
const KIND_SLOTS: [string, (typeof TYPE_SLOTS)[number]][] = [
  ['type', 'type'], ['str', 'str'], ['bytes', 'bytes'], ['bytearray', 'bytes'], ['list', 'list'], ['tuple', 'tuple'],
  ['dict', 'dict'], ['set', 'set'], ['frozenset', 'set'], ['bigint', 'int'], ['range', 'iterator'],
  ['function', 'function'], ['builtin_function', 'function'], ['method', 'function'], ['generator', 'iterator'],
  ['instance', 'instance'], ['exception', 'exception'], ['iterator', 'iterator'], ['dict_view', 'iterator'],
];

const slot = (name: (typeof TYPE_SLOTS)[number]): number => TYPE_SLOTS.indexOf(name);

const HELPERS = [
  '/// A two-way count (false, true; for a loop test or step: normal exit, iteration): a branch to',
  '/// one of two constant addresses, not an address computed from `b` (a store whose address waits',
  '/// on data holds up the loads after it; measured: nqueens +8% -> +3%, fannkuch +10% -> +6%).',
  '/// `a in s or b in t or …` answered at once (rt.sub.anyIn; null when it does not apply),',
  '/// counting which operand ended the chain: the first true one, or `pairs.len` for none, at',
  '/// an address computed without a branch (the memberships of a search are unpredictable).',
  'inline fn prof_anyin(comptime r: usize, pairs: anytype) ?bool {',
  '    var mask: u32 = 1 << pairs.len;',
  '    inline for (pairs, 0..) |p, i| {',
  '        const h = rt.sub.anyIn(.{p}) orelse return null;',
  '        mask |= @as(u32, @intFromBool(h)) << i;',
  '    }',
  '    const idx = @ctz(mask);',
  '    pyaot_prof[r + idx] +%= 1;',
  '    return idx != pairs.len;',
  '}',
  'inline fn prof_cond(comptime i: usize, b: bool) bool {',
  '    if (b) pyaot_prof[i + 1] +%= 1 else pyaot_prof[i] +%= 1;',
  '    return b;',
  '}',
  '/// An exception leaving a block before a count derived from the block\'s entry (blockCounts):',
  '/// counted down on the error path only; the derived count adds this (negative) counter.',
  'inline fn prof_left(comptime i: usize, e: rt.Error) rt.Error {',
  '    pyaot_prof[i] -%= 1;',
  '    return e;',
  '}',
  '/// The same for a type observation derived from a parameter\'s: the parameter\'s type slot `s`.',
  'inline fn prof_left_at(comptime i: usize, s: usize, e: rt.Error) rt.Error {',
  '    pyaot_prof[i + s] -%= 1;',
  '    return e;',
  '}',
  '/// One outcome of a test counted (the other is derived: see OneSide).',
  'inline fn prof_false(comptime i: usize, b: bool) bool {',
  '    if (!b) pyaot_prof[i] +%= 1;',
  '    return b;',
  '}',
  'inline fn prof_true(comptime i: usize, b: bool) bool {',
  '    if (b) pyaot_prof[i] +%= 1;',
  '    return b;',
  '}',
  'inline fn prof_false_r(n: *u64, b: bool) bool {',
  '    if (!b) n.* +%= 1;',
  '    return b;',
  '}',
  'inline fn prof_true_r(n: *u64, b: bool) bool {',
  '    if (b) n.* +%= 1;',
  '    return b;',
  '}',
  '/// The test of a loop over a range whose iterations come from its index (instrumentLoop): a',
  '/// normal exit counts, and takes back the iteration every leaving adds.',
  'inline fn prof_range_test(exit: *u64, iter: *u64, b: bool) bool {',
  '    if (!b) {',
  '        exit.* +%= 1;',
  '        iter.* -%= 1;',
  '    }',
  '    return b;',
  '}',
  '/// The step of a loop over items whose iterations come from its index: only its end counts.',
  'inline fn prof_none(exit: *u64, v: ?rt.Value) ?rt.Value {',
  '    if (v == null) exit.* +%= 1;',
  '    return v;',
  '}',
  'inline fn prof_some(comptime i: usize, v: ?rt.Value) ?rt.Value {',
  '    if (v != null) pyaot_prof[i + 1] +%= 1 else pyaot_prof[i] +%= 1;',
  '    return v;',
  '}',
  '/// The same on a register region\'s counters (`f`: false / exit, `t`: true / iteration).',
  'inline fn prof_cond_r(f: *u64, t: *u64, b: bool) bool {',
  '    if (b) t.* +%= 1 else f.* +%= 1;',
  '    return b;',
  '}',
  'inline fn prof_some_r(f: *u64, t: *u64, v: ?rt.Value) ?rt.Value {',
  '    if (v != null) t.* +%= 1 else f.* +%= 1;',
  '    return v;',
  '}',
  '/// A bool\'s value, null for any other value (a truth test counting bools apart).',
  'inline fn prof_bool(v: rt.Value) ?bool {',
  '    return if (v == .bool) v.bool else null;',
  '}',
  '/// The TYPE_SLOTS index of a value\'s runtime type: one read of the tag, one branch, one',
  '/// table lookup (a `switch` on the tag compiles to an indirect jump, measurably slower).',
  'inline fn prof_slot(v: rt.Value) usize {',
  '    const t = std.meta.activeTag(v);',
  '    return if (t == .obj) prof_kind_slot[@intFromEnum(v.obj.ty.kind)] else prof_tag_slot[@intFromEnum(t)];',
  '}',
  'const prof_tag_slot = blk: {',
  '    var t = [_]u8{0} ** @typeInfo(std.meta.Tag(rt.Value)).@"enum".fields.len;',
  `    t[@intFromEnum(std.meta.Tag(rt.Value).none)] = ${slot('None')};`,
  `    t[@intFromEnum(std.meta.Tag(rt.Value).bool)] = ${slot('bool')};`,
  `    t[@intFromEnum(std.meta.Tag(rt.Value).int)] = ${slot('int')};`,
  `    t[@intFromEnum(std.meta.Tag(rt.Value).float)] = ${slot('float')};`,
  '    break :blk t;',
  '};',
  '/// A type observation. None, bools, instances and strs (the values of dynamic object-oriented',
  '/// and text code) count at a constant address: a store whose address waits for the slot lookup',
  '/// holds up the loads after it (measured: richards_like 37% -> 33% over plain, bools 25% -> 20%,',
  '/// string_concat 9-34% -> 4-7% with strs); other types look their slot up.',
  'inline fn prof_seen(comptime i: usize, v: rt.Value) rt.Value {',
  '    const t = std.meta.activeTag(v);',
  '    if (t == .obj) {',
  '        const k = v.obj.ty.kind;',
  `        if (k == .instance) pyaot_prof[i + ${slot('instance')}] +%= 1 else if (k == .str) pyaot_prof[i + ${slot('str')}] +%= 1 else pyaot_prof[i + prof_kind_slot[@intFromEnum(k)]] +%= 1;`,
  `    } else if (t == .none) pyaot_prof[i + ${slot('None')}] +%= 1 else if (t == .bool) pyaot_prof[i + ${slot('bool')}] +%= 1 else pyaot_prof[i + prof_tag_slot[@intFromEnum(t)]] +%= 1;`,
  '    return v;',
  '}',
  '/// A type observation of a value whose slot `s` is already known.',
  'inline fn prof_at(comptime i: usize, s: usize, v: rt.Value) rt.Value {',
  '    prof_count(i, s);',
  '    return v;',
  '}',
  '/// One count in slot `s` of type site `i`, None and instances at a constant address (see',
  '/// prof_seen; measured on parameters: binary_trees 10% -> 3%, richards_like 34% -> 28% over plain).',
  'inline fn prof_count(comptime i: usize, s: usize) void {',
  `    if (s == ${slot('instance')}) pyaot_prof[i + ${slot('instance')}] +%= 1 else if (s == ${slot('None')}) pyaot_prof[i + ${slot('None')}] +%= 1 else pyaot_prof[i + s] +%= 1;`,
  '}',
  '/// A count in a register region (`n`) standing for a type observation.',
  'inline fn prof_in(n: *u64, v: rt.Value) rt.Value {',
  '    n.* +%= 1;',
  '    return v;',
  '}',
  'const prof_kind_slot = blk: {',
  `    var t = [_]u8{${slot('other')}} ** @typeInfo(rt.Kind).@"enum".fields.len;`,
  ...KIND_SLOTS.map(([k, s]) => `    t[@intFromEnum(rt.Kind.${k})] = ${slot(s)};`),
  '    break :blk t;',
  '};',
];

// ---- The hooks the emitters call ------------------------------------------------------------

const active = new WeakMap<ProgramCtx, Instrumentation>();

/** Turns instrumentation on for a program being generated (no-op when `instr` is undefined). */
export function attachInstrumentation(prog: ProgramCtx, instr: Instrumentation | undefined): void {
  if (!instr) return;
  instr.prepare(prog.graph, prog.scopes);
  active.set(prog, instr);
}

/** Declarations to append to the program (empty when not instrumented). */
export function instrumentDecls(prog: ProgramCtx): Lines {
  return active.get(prog)?.decls() ?? new Lines();
}

/** Lines for the start of the program: hand the counters and their map to the runtime. */
export function instrumentStart(prog: ProgramCtx): string[] {
  if (!active.has(prog)) return [];
  return ['rt.profileRegister(&pyaot_prof, pyaot_prof.len, pyaot_prof_map.ptr, pyaot_prof_map.len);'];
}

/**
 * A function (or module body) entry: counts the call per specialization and observes the
 * runtime type of each boxed parameter (unboxed ones are known from the specialization).
 * `used` tells which parameters the Zig function names (the others are `_`).
 */
export function instrumentEntry(fc: FnCtx, node: A.Node | A.Located, spec: Spec | null = null, params: string[] = [], used?: Map<string, boolean>): void {
  const instr = active.get(fc.prog);
  if (!instr) return;
  const specialized = spec !== null && !spec.generic;
  const types = specialized ? params.map((_, i) => (spec.params[i] && isNative(spec.params[i]) ? spec.params[i].k : null)) : null;
  const role = types ? types.map((t) => t ?? 'object').join(',') : '';
  const unitNode = node as A.Node;
  const k = instr.unitSite(fc.mod, unitNode, 'entry', 0, role, types);
  if (k === null) return;
  // A generator's body runs in another Zig function, whose first `if` is not its entry.
  fc.declare(used ? instr.entry(fc, k, unitNode) : `pyaot_prof[${k}] +%= 1;`);
  const entry = used ? instr.functionEntry(fc) : undefined;
  params.forEach((p, i) => {
    if ((types && types[i] !== null) || (used && !used.get(p))) return;
    const t = instr.unitSite(fc.mod, unitNode, 'type', i, 'param' satisfies TypeRole, null);
    if (t === null) return;
    if (!used) {
      // A generator's entry: its body runs in another Zig function.
      fc.declare(`_ = prof_seen(${t}, ${paramRef(p)});`);
      return;
    }
    // A Zig parameter never changes (an assigned Python parameter is copied to a local), so its
    // type slot, found once here, serves every observation of it in the body.
    fc.declare(`const ps_${ident(p)} = prof_slot(${paramRef(p)});`);
    // Observed once per call, right after the entry: the first parameter's counts add up to the
    // entry's, whose own increment is compiled out, and the first thing the body does may be an
    // observation of a parameter, derived from its entry observation (instrumentBody).
    const { code, raw } = instr.ownObservation(`prof_at(${t}, ps_${ident(p)}, ${paramRef(p)})`);
    if (entry && !entry.derived) {
      entry.derived = true;
      instr.termsFromTypes(entry.base, 0, raw, () => true);
    }
    if (entry) instr.paramRaw(fc, paramRef(p), raw);
    fc.declare(`_ = ${code};`);
    instr.slottedParam(fc, paramRef(p));
  });
}

/**
 * A function's body as emitted, before it is placed after the prologue, with counts derived
 * from others where the body's shape makes them equal:
 * - when the first thing it evaluates is an observation of a boxed parameter, that observation
 *   runs exactly once per call, as the parameter's entry observation does, and is derived from it;
 * - a statement after an `if` whose body only returns (`if n < 2: return n`) starts exactly as
 *   often as the `if` is not taken: when its first action is a count (a call, a loop entry), and
 *   the `if` counts into raw counters of its own, that count is derived from the not-taken one.
 */
export function instrumentBody(fc: FnCtx, body: Lines): Lines {
  const instr = active.get(fc.prog);
  if (!instr) return body;
  const text = body.toString();
  const rewritten = regionLocals(instr, inChains(instr, localsFromObservations(instr, callsAfterObservations(instr, topLevelFromEntry(fc, instr, blockCounts(instr, firstParamUse(fc, instr, text)))))));
  if (rewritten === text) return body;
  const out = new Lines();
  for (const l of rewritten.slice(0, -1).split('\n')) out.line(l);
  return out;
}

function firstParamUse(fc: FnCtx, instr: Instrumentation, text: string): string {
  const raws = instr.paramRaws(fc);
  // The prologue (entry counts, locals) must not be able to leave before the body starts.
  if (!raws || FALLIBLE.test(fc.prologue().toString())) return text;
  let i = 0;
  for (let m = STATEMENT_START.exec(text); m && m[0].length > 0; m = STATEMENT_START.exec(text.slice(i))) i += m[0].length;
  const first = firstObservation(text.slice(i));
  const at = first && /^prof_at\((\d+), ps_\w+, (p_\w+)\)$/.exec(first.obs);
  const raw = at ? raws.get(at[2]) : undefined;
  if (!first || !at || raw === undefined) return text;
  const k = Number(at[1]);
  if (instr.isObservationRaw(k)) instr.aliasRaw(k, raw);
  else instr.typeTerms(k, raw);
  const start = i + first.at;
  return text.slice(0, start) + at[2] + text.slice(start + first.obs.length);
}

/**
 * What the function's top level does every call, derived from the entry observations of its
 * boxed parameters (one per call, after the prologue): a parameter's type observation there
 * (`self.x` reads in a method) counts what the parameter's entry observation counted, type by type,
 * and a count there (a call, a loop entry) the entry's total, each minus the exceptions that left
 * the function before reaching it. Those exceptions are counted down on their error path
 * (`prof_left`, and `prof_left_at` for the parameter's type slot), so the hot path does nothing for
 * them: a method reading `self.a`, `self.b` and `pkt.c` in straight-line code observes nothing past
 * its entry. The walk is blockCounts' (instrument-flow.ts), from the body's first statement; the
 * prologue between the entry observations and the body must not be able to leave.
 */
function topLevelFromEntry(fc: FnCtx, instr: Instrumentation, text: string): string {
  const raws = instr.paramRaws(fc);
  if (!raws || raws.size === 0 || FALLIBLE.test(fc.prologue().toString())) return text;
  const n = TYPE_SLOTS.length;
  // The call count: the first parameter's entry observation, all slots.
  const entryRaw = raws.values().next().value as number;
  const exits: { at: number; end: number }[] = [];
  // Per derived quantity (`''`: counts, else the parameter observed), the debits it owes and how
  // many of `exits` they cover.
  const owed = new Map<string, { debits: number[]; covered: number }>();
  const wrap = new Map<number, string[]>();
  const debitsFor = (key: string, width: number, wrapper: (d: number) => string): number[] => {
    let o = owed.get(key);
    if (!o) owed.set(key, (o = { debits: [], covered: 0 }));
    if (exits.length > o.covered) {
      const d = instr.allocateRaw(width);
      for (const x of exits.slice(o.covered)) {
        const w = wrap.get(x.at) ?? [];
        w.push(wrapper(d));
        wrap.set(x.at, w);
      }
      o.debits.push(d);
      o.covered = exits.length;
    }
    return o.debits;
  };
  const edits: { at: number; end: number; code: string }[] = [];
  for (const ev of scanBlock(text, 0)) {
    if (ev.kind === 'exit') {
      exits.push(ev);
      continue;
    }
    if (ev.kind === 'count') {
      const target = ev.region === null ? instr.siteSlot(ev.k) : null;
      if (!target || instr.isTermSource(ev.k)) continue;
      const debits = debitsFor('', 1, (d) => `prof_left(${d}, `);
      instr.termsFromTypes(target.base, target.slot, entryRaw, () => true);
      for (const d of debits) instr.term(target.base, target.slot, d);
      edits.push({ at: ev.at, end: ev.end, code: '' });
      continue;
    }
    if (ev.kind === 'seen') continue;
    const raw = raws.get(ev.value);
    // An observation whose raw block other counts derive from (ownObservation) is aliased to the
    // parameter's block, which only works when no exception can leave before it (no debits).
    const own = instr.isObservationRaw(ev.k);
    if (raw === undefined || (own && exits.length > 0) || (!own && (instr.isTermSource(ev.k) || !instr.siteSlot(ev.k)))) continue;
    const debits = debitsFor(ev.value, n, (d) => `prof_left_at(${d}, ps_${ev.value.slice(2)}, `);
    if (own) instr.aliasRaw(ev.k, raw);
    else {
      instr.typeTerms(ev.k, raw);
      for (const d of debits) instr.typeTerms(ev.k, d);
    }
    edits.push({ at: ev.at, end: ev.end, code: ev.value });
  }
  for (const x of exits) {
    const w = wrap.get(x.at);
    if (w) edits.push({ at: x.at, end: x.end, code: w.reduce((code, open) => `${open}${code})`, text.slice(x.at, x.end)) });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.code + out.slice(e.end);
  return out;
}

// An `if` or `while` counting its test into two counters (false, true) of this emission: the
// whole test is the one count, in the global array or a register region's.
const COUNTED_TEST = /(if|while) \((?:prof_cond\((\d+), |prof_cond_r\(&(pr_\d+)\[(\d+)\], &(pr_\d+)\[(\d+)\], )/g;
// A loop counting its iterations from its index (instrumentLoop): the `defer` adding them and the
// loop's header, up to its opening parenthesis.
const INDEXED_LOOP = /defer (?:pyaot_prof\[(\d+)\]|(pr_\d+)\[(\d+)\]) \+%= @as\(u64, \w+\)(?: \+% 1)?;\n[ \t]*while \(/g;
// A `while True` body's first statement, counting the iteration into a counter of this emission.
const COUNTED_BODY = /while \(true\) \{\n[ \t]*(?:pyaot_prof\[(\d+)\]|(pr_\d+)\[(\d+)\]) \+%= 1;/g;

/**
 * Counts derived from the entry of the block they are in: the arms of every `if` counting into
 * raw counters of this emission, the rest of the block after an `if` whose arm never falls
 * through (`if n < 2: return n`), which runs as often as the `if` is not taken, and loop bodies
 * (`while` iterations, or those of a range or list loop from its index). A count in such
 * a block that runs every time the block is entered, unless an exception left the block before it,
 * equals the block's entry count minus those exceptions: the build counts the exceptions on their
 * way out (`prof_left`, a decrement on the error path only) and drops the count itself, so the
 * hot path does nothing for it (fib's second call, a loop entered at the start of an arm). See
 * instrument-flow.ts for what the walk of the block accepts.
 *
 * A register region's count is derived only when no exception exit comes before it: it costs a
 * register increment, less than what the decrements on the error paths cost the code around
 * them (deriving fannkuch's region loop entries after exits measured 5% slower, nothing else
 * changed). A count in the global array is a memory increment: always derived.
 */
function blockCounts(instr: Instrumentation, text: string): string {
  const edits: { at: number; end: number; code: string }[] = [];
  // The debit counters each exception exit decrements, by its position.
  const exits = new Map<number, { end: number; debits: number[] }>();
  const claimed = new Set<number>();
  const derive = (from: number, anchor: number[]): void => {
    const owed: number[] = [];
    const pending: { at: number; end: number }[] = [];
    for (const ev of scanBlock(text, from)) {
      if (ev.kind === 'observe' || ev.kind === 'seen') continue;
      if (ev.kind === 'exit') {
        pending.push(ev);
        continue;
      }
      const k = ev.region === null ? ev.k : instr.regionGlobal(ev.region, ev.k);
      const target = k === null ? null : instr.siteSlot(k);
      if (k === null || !target || claimed.has(ev.at) || instr.isTermSource(k)) continue;
      // A region's count costs a register increment: derived only when that takes no decrement
      // on an error path (those measured slower than the count, see above).
      if (ev.region !== null && (owed.length > 0 || pending.length > 0)) continue;
      if (pending.length > 0) {
        // The exits since the last derived count: one debit counter for all of them.
        const d = instr.allocateRaw(1);
        for (const x of pending) {
          const e = exits.get(x.at) ?? { end: x.end, debits: [] };
          e.debits.push(d);
          exits.set(x.at, e);
        }
        pending.length = 0;
        owed.push(d);
      }
      for (const x of [...anchor, ...owed]) instr.term(target.base, target.slot, x);
      claimed.add(ev.at);
      // A region's array stays a `var` Zig sees mutated even when this was its only count.
      edits.push({ at: ev.at, end: ev.end, code: ev.region === null ? '' : `_ = &${ev.region};` });
    }
  };
  const global = (n: string | undefined, region: string | undefined, slot: string | undefined): number | null =>
    n !== undefined ? Number(n) : instr.regionGlobal(region!, Number(slot));
  for (const m of text.matchAll(COUNTED_TEST)) {
    const open = closingParen(text, m.index + m[1].length + 1);
    const cond = closingParen(text, text.indexOf('(', m.index + m[1].length + 2));
    // The whole test is the count: `if (prof_cond(R, …)) {`.
    if (open < 0 || cond !== open - 1 || !text.startsWith(') {', open)) continue;
    const f = global(m[2], m[3], m[4]);
    const t = m[2] !== undefined ? f! + 1 : global(undefined, m[5], m[6]);
    // Raw counters of this emission only: a site's are shared with other specializations.
    if (f === null || t !== f + 1 || !instr.isRaw(f)) continue;
    const brace = open + 2;
    const close = closingBrace(text, brace);
    if (close < 0) continue;
    derive(brace + 1, [t]);
    if (m[1] === 'while') continue;
    const after = text.slice(close + 1, close + 10);
    const els = /^ else \{/.exec(after);
    if (els) derive(close + 1 + els[0].length, [f]);
    else if (!/^ else\b/.test(after) && endsInJump(text.slice(brace + 1, close))) derive(close + 1, [f]);
  }
  for (const m of text.matchAll(INDEXED_LOOP)) {
    // A loop over a range or list: its body runs as often as the index counts (instrumentLoop).
    const r = global(m[1], m[2], m[3]);
    const header = m.index + m[0].length - 1;
    const close = closingParen(text, header);
    const body = close < 0 ? null : /^\)(?: : \(\w+ \+= 1\)| \|\w+\|) \{/.exec(text.slice(close, close + 80));
    if (r !== null && body && instr.isRaw(r)) derive(close + body[0].length, [r]);
  }
  for (const m of text.matchAll(COUNTED_BODY)) {
    const r = global(m[1], m[2], m[3]);
    if (r !== null && instr.isRaw(r)) derive(m.index + m[0].length, [r]);
  }
  for (const [at, e] of exits) edits.push({ at, end: e.end, code: e.debits.reduce((code, d) => `prof_left(${d}, ${code})`, text.slice(at, e.end)) });
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.code + out.slice(e.end);
  return out;
}

/**
 * An observation of a local or parameter passed right before an argument whose evaluation starts
 * with a call's count (maybe inside an observation of the call's result).
 */
const OBS_THEN_CALL = /(prof_(?:seen|at)\(\d+, (?:ps_\w+, )?[lp]_\w+\)), ((?:prof_seen\(\d+, |\()*\(pc_\d+: \{ )pyaot_prof\[(\d+)\] \+%= 1; /g;

/**
 * `op(prof_seen(K, l_x), (pc: { count; call… }))`: the observation cannot fail and the call's
 * evaluation starts right after it (arguments are evaluated in order), so the call count is the
 * sum of the observation's type counts (`line += str(n)`).
 */
function callsAfterObservations(instr: Instrumentation, text: string): string {
  return text.replace(OBS_THEN_CALL, (all: string, obs: string, open: string, k: string) => {
    const call = instr.siteSlot(Number(k));
    if (!call || call.kind !== 'call') return all;
    const own = instr.ownObservation(obs);
    instr.termsFromTypes(call.base, 0, own.raw, () => true);
    return `${own.code}, ${open}`;
  });
}

// The bodies whose entry decides a local's type: `if (!x is None) {`, `while (x is not None) {`
// and the `else` of `if (x is None)`, the test observing the local.
const NOT_NONE_BODY = /(?:if|while) \(!rt\.ops\.identical\((prof_seen\(\d+, (l_\w+)\)), rt\.Value\.None\)\) \{\n/g;
const NONE_TEST = /if \(rt\.ops\.identical\((prof_seen\(\d+, (l_\w+)\)), rt\.Value\.None\)\) \{\n/g;
// Where a statement block opens: an `if`/`while`/`for` body, an `else`, the function body.
// Labeled blocks (expressions), switch prongs, `defer` and `catch` blocks are walked as part of
// the block around them, or not at all.
const BLOCK_OPEN = /(?:\) |else )\{\n/g;

/**
 * Type observations of a local derived from an earlier one of the same value: in a block, an
 * observation of `l_x` after another (the anchor), with no assignment to `l_x` between them and
 * nothing but exceptions able to leave in between, counts what the anchor counted, type by type,
 * minus the exceptions that left between them (counted down on their error path by the local's
 * type, `prof_left_at(D, prof_slot(l_x), …)`: the local still holds the value the anchor saw).
 * The body of `while x is not None:` (or of an `if` testing it that way, or the `else` of
 * `if x is None`) is entered exactly when the test's observation saw something other than None,
 * so that observation is the anchor of the body's first block, without its None count.
 * Scheduler.run in richards_like observes `t` at its loop test, at `t.blocked()`, and at
 * `t.take_packet()` and `t.run(pkt)`: two of those per iteration are derived here.
 * A local whose address is taken anywhere in the function is left alone.
 */
function localsFromObservations(instr: Instrumentation, text: string): string {
  if (!text.includes('prof_seen(')) return text;
  const n = TYPE_SLOTS.length;
  const none = slot('None');
  const pinned = new Set<string>();
  for (const m of text.matchAll(/&(l_\w+)\b/g)) pinned.add(m[1]);
  const assigns = (x: string, from: number, to: number): boolean => new RegExp(`(?<![\\w.])${x} [-+*/%|&^]?= `).test(text.slice(from, to));
  const counterOf = (obs: string): number => Number(/^prof_seen\((\d+), /.exec(obs)![1]);
  // Whether some term reads one of the type counters starting at `k` (they must keep counting).
  const read = (k: number): boolean => {
    for (let j = 0; j < n; j++) if (instr.isTermSource(k + j)) return true;
    return false;
  };
  const typeSite = (k: number): boolean => {
    const t = instr.siteSlot(k);
    return t !== null && t.kind === 'type' && t.slot === 0;
  };
  // The raw block of each anchor made an own observation, by position.
  const anchors = new Map<number, { end: number; raw: number; code: string }>();
  const anchorRaw = (at: number, end: number): number | null => {
    const a = anchors.get(at);
    if (a) return a.raw;
    const obs = text.slice(at, end);
    const k = counterOf(obs);
    if (!instr.isObservationRaw(k) && (read(k) || !typeSite(k))) return null;
    const own = instr.ownObservation(obs);
    anchors.set(at, { end, raw: own.raw, code: own.code });
    return own.raw;
  };
  // Header observations anchoring a body: never derived themselves (the body reads their block).
  const bodies = new Map<number, { at: number; end: number; value: string }>();
  for (const m of text.matchAll(NOT_NONE_BODY)) {
    const at = m.index + m[0].indexOf('prof_seen(');
    bodies.set(m.index + m[0].length, { at, end: at + m[1].length, value: m[2] });
  }
  for (const m of text.matchAll(NONE_TEST)) {
    const brace = m.index + m[0].length - 2;
    const close = closingBrace(text, brace);
    if (close < 0 || !text.startsWith(' else {\n', close + 1)) continue;
    const at = m.index + m[0].indexOf('prof_seen(');
    bodies.set(close + ' else {\n'.length + 1, { at, end: at + m[1].length, value: m[2] });
  }
  const headers = new Set([...bodies.values()].map((b) => b.at));
  const edits: { at: number; end: number; code: string }[] = [];
  const wrap = new Map<number, { end: number; open: string[] }>();
  const claimed = new Set<number>();
  interface Anchor {
    at: number;
    end: number;
    /** Only the types other than None reach the block (a `not None` body). */
    filter: boolean;
    /** Where assignments to the local would break the derivation. */
    from: number;
    exits: { at: number; end: number }[];
    debits: number[];
    covered: number;
  }
  const walk = (from: number): void => {
    const state = new Map<string, Anchor>();
    const head = bodies.get(from);
    if (head && !pinned.has(head.value)) state.set(head.value, { at: head.at, end: head.end, filter: true, from, exits: [], debits: [], covered: 0 });
    for (const ev of scanBlock(text, from)) {
      if (ev.kind === 'exit') {
        for (const s of state.values()) s.exits.push(ev);
        continue;
      }
      if (ev.kind !== 'seen' || pinned.has(ev.value)) continue;
      const s = state.get(ev.value);
      const fresh = { at: ev.at, end: ev.end, filter: false, from: ev.end, exits: [], debits: [], covered: 0 };
      if (!s || headers.has(ev.at) || assigns(ev.value, s.from, ev.at)) {
        state.set(ev.value, fresh);
        continue;
      }
      const own = instr.isObservationRaw(ev.k);
      if (own ? s.filter || s.exits.length > 0 : read(ev.k) || !typeSite(ev.k)) {
        state.set(ev.value, fresh);
        continue;
      }
      const raw = anchorRaw(s.at, s.end);
      if (raw === null) {
        state.set(ev.value, fresh);
        continue;
      }
      if (s.exits.length > s.covered) {
        const d = instr.allocateRaw(n);
        for (const x of s.exits.slice(s.covered)) {
          const w = wrap.get(x.at) ?? { end: x.end, open: [] };
          w.open.push(`prof_left_at(${d}, prof_slot(${ev.value}), `);
          wrap.set(x.at, w);
        }
        s.debits.push(d);
        s.covered = s.exits.length;
      }
      if (own) instr.aliasRaw(ev.k, raw);
      else {
        for (let j = 0; j < n; j++) if (!s.filter || j !== none) instr.term(ev.k, j, raw + j);
        for (const d of s.debits) instr.typeTerms(ev.k, d);
      }
      claimed.add(ev.at);
      edits.push({ at: ev.at, end: ev.end, code: ev.value });
    }
  };
  walk(0);
  for (const m of text.matchAll(BLOCK_OPEN)) {
    // Only the bodies of `if`, `else` and `while` (a `switch` body holds prongs, not statements).
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
    if (/^\s*(?:\} else |\} else if \(|if \(|while \()/.test(line + m[0]) && !/^\s*switch\b/.test(line)) walk(m.index + m[0].length);
  }
  for (const [at, a] of anchors) if (!claimed.has(at)) edits.push({ at, end: a.end, code: a.code });
  for (const [at, w] of wrap) edits.push({ at, end: w.end, code: w.open.reduce((code, open) => `${open}${code})`, text.slice(at, w.end)) });
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.code + out.slice(e.end);
  return out;
}

// An operand of `a in s or b in t or …` as the instrumented build emits it: its count (`prof_true`
// for the true outcome, `prof_false` for the false one, `prof_cond` for both) around a membership
// test whose operands are reads of names, maybe observed.
const IN_OPERAND = /^(prof_true|prof_false|prof_cond)\((\d+), \(rt\.sub\.contains\(/;
const PURE_READ = /^(?:prof_at\((\d+), ps_\w+, ([pl]_\w+)\)|prof_seen\((\d+), ([pl]_\w+)\)|([pl]_\w+)|(rt\.Value\{ \.int = [pl]_\w+ \}))$/;

/**
 * `a in s or b in t or …` over names answered at once, as in a plain build (rt.sub.anyIn: every
 * container a set of small ints and every item a small int, one bit test each and no branch
 * between them; a backtracking search's memberships are unpredictable), with one count: which
 * operand ended the chain (`prof_anyin`, the first true one, or none). Everything the chain would
 * count follows from it: operand i is evaluated when the chain ends at i or later, true when it
 * ends at i, false when later; on this path every container observed is a set and every item an
 * int. Each counter of the chain gets, from the matching counts of the new block, what it would
 * have counted (its site's slot and every term reading it). When the fast test does not apply
 * (null), the chain runs and counts as before. Reading the names early is harmless: a read
 * cannot fail (an unbound local is not a small int or a set: the chain runs and raises).
 */
function inChains(instr: Instrumentation, text: string): string {
  if (!text.includes('rt.sub.contains(')) return text;
  const setSlot = slot('set');
  const intSlot = slot('int');
  const edits: { at: number; end: number; code: string }[] = [];
  for (const m of text.matchAll(/if \(\((?=prof_(?:true|false|cond)\(\d+, \(rt\.sub\.contains\()/g)) {
    const open = m.index + 'if ('.length;
    const close = closingParen(text, open);
    if (close < 0 || !text.startsWith(') {', close + 1)) continue;
    const operands = splitTop(text.slice(open + 1, close), ' or ');
    if (operands.length < 2) continue;
    // Per counter, the chain endings (0..n-1: the operand that was true, n: none) it counts.
    const counted: [number, number[]][] = [];
    const pairs: string[] = [];
    const n = operands.length;
    const upTo = (i: number): number[] => Array.from({ length: n + 1 - i }, (_, j) => i + j);
    let ok = true;
    operands.forEach((op, i) => {
      const w = IN_OPERAND.exec(op);
      if (!ok || !w) return (ok = false);
      const call = w[0].length - 1;
      const end = closingParen(op, call);
      if (end < 0 || !op.startsWith(' catch return ', end + 1) || !op.endsWith('))')) return (ok = false);
      const args = splitTop(op.slice(call + 1, end), ', ');
      if (args.length !== 2) return (ok = false);
      const k = Number(w[2]);
      if (w[1] !== 'prof_false') counted.push([w[1] === 'prof_cond' ? k + 1 : k, [i]]);
      if (w[1] !== 'prof_true') counted.push([k, upTo(i + 1)]);
      const values = args.map((a, j) => {
        const r = PURE_READ.exec(a);
        if (!r) return null;
        const obs = r[1] ?? r[3];
        if (obs !== undefined) counted.push([Number(obs) + (j === 0 ? setSlot : intSlot), upTo(i)]);
        return r[2] ?? r[4] ?? r[5] ?? r[6];
      });
      if (values[0] === null || values[1] === null) return (ok = false);
      pairs.push(`.{ ${values[0]}, ${values[1]} }`);
    });
    if (!ok) continue;
    const r = instr.allocateRaw(n + 1);
    for (const [c, ends] of counted) for (const h of ends) instr.termsLike(c, r + h);
    edits.push({ at: open, end: open + 1, code: `(prof_anyin(${r}, .{ ${pairs.join(', ')} }) orelse (` });
    edits.push({ at: close, end: close, code: ')' });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.code + out.slice(e.end);
  return out;
}

/** `s` split at each `sep` outside parentheses, brackets, braces and strings. */
function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') {
      for (i++; i < s.length && s[i] !== '"'; i++) if (s[i] === '\\') i++;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (depth === 0 && s.startsWith(sep, i)) {
      parts.push(s.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

// A register region's opening (instrumentLoop): its array and the `defer` flushing it.
const REGION_OPEN = /var (pr_\d+): \[prof_flush_\d+_n\]u64 = @splat\(0\);\n[ \t]*defer prof_flush_\d+\(&pr_\d+, \.\{ ?([^}]*?) ?\}\);/g;

/**
 * In a register region (a call-free loop), a type observation of a local the region never
 * assigns counts in a register like one of a parameter: the local holds one value the whole time
 * the region runs, so its slot is found once, at the flush (which runs when the loop is left, the
 * local still holding that value). dict_ops' `i in d` tests observed `d` at every iteration.
 */
function regionLocals(instr: Instrumentation, text: string): string {
  if (!text.includes('defer prof_flush_')) return text;
  const pinned = new Set<string>();
  for (const m of text.matchAll(/&(l_\w+)\b/g)) pinned.add(m[1]);
  const edits: { at: number; end: number; code: string }[] = [];
  for (const m of text.matchAll(REGION_OPEN)) {
    const open = text.lastIndexOf('{', m.index);
    const close = open < 0 ? -1 : closingBrace(text, open);
    if (close < 0 || !/^\{\s*$/.test(text.slice(open, m.index))) continue;
    const body = text.slice(m.index + m[0].length, close);
    // A nested function's locals are its own.
    if (/\bfn\b|\bstruct\b/.test(body)) continue;
    const base = m.index + m[0].length;
    const added: string[] = [];
    for (const o of body.matchAll(/prof_seen\((\d+), (l_\w+)\)/g)) {
      const k = Number(o[1]);
      const x = o[2];
      if (pinned.has(x) || new RegExp(`(?<![\\w.])${x} [-+*/%|&^]?= `).test(body)) continue;
      const site = instr.siteSlot(k);
      if (!instr.isObservationRaw(k) && !(site && site.kind === 'type' && site.slot === 0)) continue;
      const j = instr.regionInvariant(m[1], k, x);
      if (j === null) continue;
      if (!added.includes(x)) added.push(x);
      edits.push({ at: base + o.index, end: base + o.index + o[0].length, code: `prof_in(&${m[1]}[${j}], ${x})` });
    }
    if (added.length > 0) {
      const inv = instr.regionInvariants(m[1])!;
      const flush = m.index + m[0].lastIndexOf('.{');
      edits.push({ at: flush, end: m.index + m[0].length - 2, code: `.{ ${inv.join(', ')} }` });
    }
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.code + out.slice(e.end);
  return out;
}

/** The index of the parenthesis closing the one at `open` (string literals skipped), -1 if none. */
function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') {
      for (i++; i < s.length && s[i] !== '"'; i++) if (s[i] === '\\') i++;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

// What may come before the first expression a body evaluates: a `return`, the opening of an
// `if` test or of a labeled block, a declaration, a discarded value.
const STATEMENT_START = /^(?:\s+|return |if \(|(?:const|var) \w+(?:: [\w.]+)? = |_ = |\w+: \{)/;

/** A Zig bool counted into a two-slot site (false, true): branch tests, case tests, filters. */
export function instrumentBranch(c: FnCtx, node: A.Node, kind: 'if' | 'ifexp' | 'boolop' | 'filter' | 'case' | 'loop', test: string): string {
  const instr = active.get(c.prog);
  const k = instr?.site(c.mod, node, kind);
  if (!instr || k === null || k === undefined) return test;
  const e = kind === 'if' ? instr.functionEntry(c) : undefined;
  const entry = e && !e.derived && startsFunction(c, e, node) ? e : undefined;
  const split = kind === 'if' || kind === 'ifexp' ? splitTest(instr, (node as A.If | A.IfExp).test, test) : null;
  if (split) return derivedTest(c, instr, k, split, entry);
  if (entry && !FALLIBLE.test(test)) {
    // The function's first statement, whose test cannot fail or leave: it runs once per call, so
    // its two arms, counted apart from this `if`'s own counters (other specializations may count
    // there), also count the entry, and the entry's own increment is compiled out.
    const a = instr.allocateRaw(2);
    entry.derived = true;
    instr.term(entry.base, 0, a);
    instr.term(entry.base, 0, a + 1);
    instr.term(k, 0, a);
    instr.term(k, 1, a + 1);
    return condCode(c, instr, a, test);
  }
  const testNode = kind === 'if' || kind === 'ifexp' || (kind === 'loop' && node.nodeType === 'While') ? (node as A.If | A.IfExp | A.While).test : (node as A.Expr);
  if (kind === 'if') {
    // An `if` statement counts into counters of this emission, so that a statement after it can
    // derive its count from them (instrumentBody).
    const r = countTest(c, instr, testNode, test);
    for (const x of r.f) instr.term(k, 0, x);
    for (const x of r.t) instr.term(k, 1, x);
    return r.code;
  }
  const code = kind === 'case' ? condCode(c, instr, k, test) : countTest(c, instr, testNode, test, k).code;
  if (kind === 'boolop') instr.recordCounted(node, { code, inner: test, base: k });
  return code;
}

/**
 * A test counting only one of its outcomes (`count`); the other outcome's count is the sum of
 * counters `other` (an and/or operand's other outcome is the next operand's evaluation).
 */
interface OneSide {
  count: 'false' | 'true';
  other: number[];
}

/** A counted branch test: its code, and the counters whose sums are its false and true counts. */
interface TestCount {
  code: string;
  f: number[];
  t: number[];
}

/**
 * A branch test counted, or derived from the type observation the test makes anyway:
 * - `x is None` / `x is not None` (maybe under `not`) is decided by the observed type alone, so
 *   the branch counts are sums of the observation's type counts;
 * - a truth test of a boxed value counts a bool in one of two counters of its own that stand for
 *   both the observation (type bool) and the branch (its value), other values as before.
 * With `k` (a two-slot site) the counts go to that site (what is derived, through terms);
 * without, to raw counters of this emission (returned, for the caller's terms).
 */
function countTest(c: FnCtx, instr: Instrumentation, testNode: A.Expr, test: string, k?: number, side?: OneSide): TestCount {
  let t = testNode;
  let code = test;
  let negate = false;
  while (t.nodeType === 'UnaryOp' && t.op === 'Not' && code.startsWith('!')) {
    t = t.operand;
    code = code.slice(1);
    negate = !negate;
  }
  const not = negate ? '!' : '';
  const derived = (r: TestCount): TestCount => {
    if (k === undefined) return r;
    for (const x of r.f) if (x !== k) instr.term(k, 0, x);
    for (const x of r.t) if (x !== k + 1) instr.term(k, 1, x);
    return r;
  };
  if (t.nodeType === 'Compare' && t.ops.length === 1 && (t.ops[0] === 'Is' || t.ops[0] === 'IsNot')) {
    const right = t.comparators[0];
    const obs = right.nodeType === 'Constant' && right.value.t === 'None' ? instr.seen(t, 'left') : undefined;
    const is = t.ops[0] === 'Is';
    if (obs && code === `${is ? '' : '!'}rt.ops.identical(${obs}, rt.Value.None)`) {
      const own = instr.ownObservation(obs);
      // The test is true for None exactly when `is` and `not` are not both there.
      const trueIsNone = is !== negate;
      const slots = TYPE_SLOTS.map((_, j) => own.raw + j);
      const none = own.raw + slot('None');
      const [nones, others] = [slots.filter((x) => x === none), slots.filter((x) => x !== none)];
      return derived({ code: `${not}${is ? '' : '!'}rt.ops.identical(${own.code}, rt.Value.None)`, f: trueIsNone ? others : nones, t: trueIsNone ? nones : others });
    }
  }
  if (side && k === undefined) {
    // Only one outcome is counted; the other is the count of what runs right after it.
    const one = instr.allocateRaw(1);
    const code = `${instr.region(c) ? `prof_${side.count}_r(&${instr.counter(c, one)}` : `prof_${side.count}(${one}`}, ${test})`;
    return side.count === 'false' ? { code, f: [one], t: side.other } : { code, f: side.other, t: [one] };
  }
  const direct = k ?? instr.allocateRaw(2);
  const obs = instr.seen(t, 'test');
  const m = obs ? /^prof_(seen|at)\((\d+), (ps_\w+, )?/.exec(obs) : null;
  const exit = obs ? `(rt.ops.truthy(${obs}) catch ` : '';
  if (obs && m && code.startsWith(exit) && code.endsWith(')')) {
    // The value is the first thing the test evaluates, so it can be taken before it.
    const value = obs.slice(m[0].length, -1);
    const v = c.fresh('pv');
    const label = c.fresh('pt');
    const b = c.fresh('pb');
    const bools = instr.allocateRaw(2);
    instr.term(Number(m[2]), slot('bool'), bools);
    instr.term(Number(m[2]), slot('bool'), bools + 1);
    const other = `${not}(rt.ops.truthy(prof_${m[1]}(${m[2]}, ${m[3] ?? ''}${v})) catch ${code.slice(exit.length)}`;
    return derived({
      code: `(${label}: { const ${v} = ${value}; if (prof_bool(${v})) |${b}| break :${label} ${not}${condCode(c, instr, bools, b)}; break :${label} ${condCode(c, instr, direct, other)}; })`,
      f: [negate ? bools + 1 : bools, direct],
      t: [negate ? bools : bools + 1, direct + 1],
    });
  }
  return { code: condCode(c, instr, direct, test), f: [direct], t: [direct + 1] };
}

/** `test` counted into the two counters from `k` (false, true): in the open region's array or the global one. */
function condCode(c: FnCtx, instr: Instrumentation, k: number, test: string): string {
  return instr.region(c) ? `prof_cond_r(&${instr.counter(c, k)}, &${instr.counter(c, k + 1)}, ${test})` : `prof_cond(${k}, ${test})`;
}

/**
 * A branch test made only of counted pieces: the operands of an and/or (each counted as an
 * operand), or one call that cannot fail (counted as a call), maybe under `not`.
 */
interface SplitTest {
  op: 'and' | 'or' | null;
  negate: boolean;
  pieces: (Counted & { call: boolean; node: A.Expr })[];
}

function splitTest(instr: Instrumentation, testNode: A.Expr, test: string): SplitTest | null {
  let t = testNode;
  let code = test;
  let negate = false;
  if (t.nodeType === 'UnaryOp' && t.op === 'Not' && code.startsWith('!')) {
    t = t.operand;
    code = code.slice(1);
    negate = true;
  }
  if (t.nodeType === 'Call') {
    const p = instr.countedCode(t);
    // A call that may fail is counted before it is made and then may not reach the test.
    if (!p || p.code !== code || FALLIBLE.test(p.inner)) return null;
    return { op: null, negate, pieces: [{ ...p, call: true, node: t }] };
  }
  if (t.nodeType === 'BoolOp') {
    const ps = t.values.map((v) => instr.countedCode(v));
    if (ps.some((p) => !p)) return null;
    const op = t.op === 'And' ? 'and' : 'or';
    if (code !== `(${ps.map((p) => p!.code).join(` ${op} `)})`) return null;
    return { op, negate, pieces: ps.map((p, i) => ({ ...p!, call: false, node: t.values[i] })) };
  }
  return null;
}

/**
 * A branch whose test is made of counted pieces counts only the pieces, and its own two arms
 * are derived from theirs (counter map terms): for `a or b or c` the true arm is every
 * operand's true count and the false arm the last operand's false count (`and` the other way
 * round); a call that cannot fail is made exactly as often as the test is decided. The pieces
 * count into raw counters of this emission, not their sites' own (another specialization may
 * count there and its branch too), with terms adding them to their sites. When the branch also
 * starts the function, the first piece, decided once per call, counts the entry as well.
 */
function derivedTest(c: FnCtx, instr: Instrumentation, k: number, s: SplitTest, entry: Entry | undefined): string {
  // In `a and b` the true count of `a` is the number of times `b` is evaluated: when `b`, as
  // counted, cannot fail or leave, that is the sum of its own two counts, and `a` counts only
  // its false outcome (`or`: its true one). One increment per evaluation in place of two: a
  // `while` over `i < n and x <= 4.0` increments one counter per iteration, not two (and the
  // optimizer, with one live counter less, keeps mandelbrot's floats in registers).
  // When `b` may fail but its evaluation starts with a type observation that cannot (`x in
  // cols`: the container's), that observation, counted apart, counts the evaluations of `b`.
  const counted: TestCount[] = [];
  for (let i = s.pieces.length - 1; i >= 0; i--) {
    const next = counted[0];
    let side: OneSide | undefined;
    if (s.op && next) {
      const count = s.op === 'and' ? 'false' : 'true';
      const first = FALLIBLE.test(next.code) ? firstObservation(next.code) : null;
      if (!FALLIBLE.test(next.code)) side = { count, other: [...next.f, ...next.t] };
      else if (first) {
        const own = instr.ownObservation(first.obs);
        next.code = next.code.slice(0, first.at) + own.code + next.code.slice(first.at + first.obs.length);
        side = { count, other: TYPE_SLOTS.map((_, j) => own.raw + j) };
      }
    }
    counted.unshift(countTest(c, instr, s.pieces[i].node, s.pieces[i].inner, undefined, side));
  }
  s.pieces.forEach((p, i) => {
    for (const x of counted[i].f) instr.term(p.base, 0, x);
    for (const x of counted[i].t) instr.term(p.base, p.call ? 0 : 1, x);
  });
  const last = counted[counted.length - 1];
  // The slots of the test's own value (before `not`): false, true.
  const [f, t] = s.negate ? [1, 0] : [0, 1];
  if (s.op === 'or') {
    for (const r of counted) for (const x of r.t) instr.term(k, t, x);
    for (const x of last.f) instr.term(k, f, x);
  } else {
    // `and`, or one piece (the two are the same then).
    for (const r of counted) for (const x of r.f) instr.term(k, f, x);
    for (const x of last.t) instr.term(k, t, x);
  }
  const codes = counted.map((r) => r.code);
  const code = (s.negate ? '!' : '') + (s.op ? `(${codes.join(` ${s.op} `)})` : codes[0]);
  if (entry && !FALLIBLE.test(code)) {
    entry.derived = true;
    for (const x of [...counted[0].f, ...counted[0].t]) instr.term(entry.base, 0, x);
  }
  return code;
}

/**
 * Whether `node` is the first thing the function of entry `e` runs: its first statement, at
 * its top level, with nothing emitted before it (the prologue only declares locals).
 */
function startsFunction(c: FnCtx, e: Entry, node: A.Node): boolean {
  const body = (e.unitNode as A.FunctionDef | A.Lambda).body;
  return Array.isArray(body) && body[0] === node && c.frames.length === 0 && c.genReturn === null && c.lines.isEmpty;
}

// Zig that may leave the expression early (an error, a jump) or not return at all.
const FALLIBLE = /\b(catch|try|return|break|continue|unreachable|orelse)\b|@panic/;

/** A Zig optional rt.Value counted as (null, value): a generator's loop step. */
export function instrumentSome(c: FnCtx, node: A.Node, opt: string): string {
  const instr = active.get(c.prog);
  const k = instr?.site(c.mod, node, 'loop');
  if (!instr || k === null || k === undefined) return opt;
  return instr.region(c) ? `prof_some_r(&${instr.counter(c, k)}, &${instr.counter(c, k + 1)}, ${opt})` : `prof_some(${k}, ${opt})`;
}

/**
 * An rt.Value at a dynamically typed operation: its runtime type is counted. Values whose type
 * the code itself shows (a boxed native, a literal, a builtin type) are not observed.
 */
/** True when the program is being built with profiling counters. */
export function instrumenting(c: FnCtx): boolean {
  return active.has(c.prog);
}

export function instrumentSeen(c: FnCtx, node: A.Node | A.Located, role: TypeRole, value: string): string {
  const instr = active.get(c.prog);
  if (!instr || STATIC_VALUE.test(value)) return value;
  const k = instr.site(c.mod, node as A.Node, 'type', role);
  if (k === null) return value;
  const local = instr.invariantCounter(c, k, value);
  if (local) return `prof_in(&${local}, ${value})`;
  const code = instr.hasSlot(c, value) ? `prof_at(${k}, ps_${value.slice(2)}, ${value})` : `prof_seen(${k}, ${value})`;
  instr.recordSeen(node as A.Node, role, code);
  return code;
}

// rt.Value expressions of a known tag: boxed natives and literals (func.ts boxCode, expr.ts).
const STATIC_VALUE = /^rt\.Value(\{ \.(int|float) = .* \}|\.fromBool\(.*\)|\.(None|True|False)|\{ \.obj = &(S\d+|rt\.typeObj\("\w+"\)|rt\.builtinObj\("\w+"\))\.base \})$/s;

/** A call expression: counted before the call is made. */
export function instrumentCall(c: FnCtx, e: A.Call, t: TExpr): TExpr {
  const instr = active.get(c.prog);
  const k = instr?.site(c.mod, e, 'call', '', calleeText(e.func));
  if (!instr || k === null || k === undefined) return t;
  const first = firstObservation(t.code);
  if (first) {
    // The call's evaluation starts with an observation that cannot fail: the call count is the
    // sum of its type counts.
    const own = instr.ownObservation(first.obs);
    instr.termsFromTypes(k, 0, own.raw, () => true);
    return { code: t.code.slice(0, first.at) + own.code + t.code.slice(first.at + first.obs.length), ty: t.ty };
  }
  const label = c.fresh('pc');
  const code = `(${label}: { ${instr.counter(c, k)} +%= 1; break :${label} ${t.code}; })`;
  instr.recordCounted(e, { code, inner: t.code, base: k });
  return { code, ty: t.ty };
}

/**
 * The observation evaluated first in `code`, when nothing that can fail or count comes before
 * it: `code` opens only calls whose earlier arguments are constants (attribute and call sites)
 * down to an observation of a parameter or local. Zig evaluates arguments left to right, an
 * argument before the call it is passed to.
 */
function firstObservation(code: string): { at: number; obs: string } | null {
  let i = 0;
  let seen = -1;
  for (;;) {
    const rest = code.slice(i);
    const m = OPENER.exec(rest);
    if (!m) break;
    seen = m[1] !== undefined ? i : -1;
    i += m[0].length;
  }
  const rest = code.slice(i);
  const at = /^prof_at\(\d+, ps_\w+, p_\w+\)/.exec(rest);
  if (at) return { at: i, obs: at[0] };
  const name = /^[lp]_\w+\)/.exec(rest);
  if (name && seen >= 0) return { at: seen, obs: code.slice(seen, i + name[0].length) };
  return null;
}

// What `firstObservation` may pass over: a parenthesis, `!`, a test's count (made after the test is
// evaluated), a labeled block's start, a declaration,
// the opening of a call whose arguments before the next one are constants, or of an observation
// (group 1).
const OPENER = /^(?:\(|!|\s+|prof_(?:cond|false|true)\(\d+, |prof_cond_r\(&\w+\[\d+\], &\w+\[\d+\], |prof_(?:false|true)_r\(&\w+\[\d+\], |rt\.sub\.contains\(|rt\.(?:ops|intops)\.\w+\(|\w+: \{|(?:const|var) \w+ = |rt\.attr\.(?:callMethodAt|getattrAt)\(&AS\d+, |rt\.attr\.callStrAt\(\.\w+, &AS\d+, |rt\.call\.callAt\(&AS\d+, |CD\d+_\d+\(&AS\d+, |rt\.callAppend\(|rt\.callSetMethod\(\.\w+, |rt\.sub\.getitem\(|(prof_seen\(\d+, ))/;

const OPS: Record<string, string> = {
  Add: '+', Sub: '-', Mult: '*', MatMult: '@', Div: '/', Mod: '%', Pow: '**', LShift: '<<', RShift: '>>', BitOr: '|',
  BitXor: '^', BitAnd: '&', FloorDiv: '//', Invert: '~', Not: 'not', UAdd: '+', USub: '-', Eq: '==', NotEq: '!=',
  Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

/** What a type observation's operation is, for people: `%`, `.append`, `[]`, `for`. */
function operationText(node: A.Node): string {
  switch (node.nodeType) {
    case 'BinOp':
    case 'UnaryOp':
      return OPS[node.op];
    case 'AugAssign':
      return `${OPS[node.op]}=`;
    case 'Compare':
      return node.ops.map((o) => OPS[o]).join(' ');
    case 'Attribute':
      return `.${node.attr}`;
    case 'Subscript':
      return '[]';
    case 'Call':
      return `${calleeText(node.func)}()`;
    case 'For':
    case 'comprehension':
      return 'for';
    default:
      return 'truth test';
  }
}

function calleeText(f: A.Expr): string {
  if (f.nodeType === 'Name') return f.id;
  if (f.nodeType === 'Attribute') {
    const inner = f.value.nodeType === 'Name' || f.value.nodeType === 'Attribute' ? calleeText(f.value) : '…';
    return `${inner}.${f.attr}`;
  }
  return '…';
}

/** Emits one count of a site slot as a statement (except handlers, generator loop entries). */
export function instrumentTick(c: FnCtx, node: A.Node, kind: 'handler' | 'loop', slotIndex = 0): void {
  const instr = active.get(c.prog);
  const k = instr?.site(c.mod, node, kind);
  if (!instr || k === null || k === undefined) return;
  c.lines.line(`${instr.counter(c, k + slotIndex)} +%= 1;`);
}

/**
 * Wraps the emission of a loop: counts the entry. A loop that calls nothing, and is not inside
 * another such loop of the same Zig function, opens a register region: a block holding a local
 * array that counts everything inside the loop, which a `defer` adds to the global array however
 * the loop is left (end, break, return, exception). `emit` emits the loop; its header uses
 * instrumentLoopTest/instrumentLoopNext.
 */
export function instrumentLoop<T>(c: FnCtx, node: A.Node, emit: () => T, index?: LoopIndex): T {
  const instr = active.get(c.prog);
  const k = instr?.site(c.mod, node, 'loop');
  if (!instr || k === null || k === undefined) return emit();
  const region = !instr.region(c) && !loopCalls(node) ? instr.openRegion(c) : null;
  if (region) {
    c.lines.open('{');
    c.lines.line(`var ${region.name}: [prof_flush_${region.id}_n]u64 = @splat(0);`);
    c.lines.line(`defer prof_flush_${region.id}(&${region.name}, .{ ${region.invariant.join(', ')} });`);
  }
  c.lines.line(`${instr.counter(c, k + 2)} +%= 1;`);
  // The iterations, from the index, however this run of the loop is left (see LoopIndex), into a
  // counter of this emission: the body derives counts from it (blockCounts).
  const iter = index ? instr.allocateRaw(1) : undefined;
  if (index) {
    instr.term(k, 1, iter!);
    c.lines.open('{');
    c.lines.line(`defer ${instr.counter(c, iter!)} +%= @as(u64, ${index.name})${index.kind === 'range' ? ' +% 1' : ''};`);
  }
  instr.openLoop(node, k, index, iter);
  try {
    return emit();
  } finally {
    instr.closeLoop();
    if (index) c.lines.close();
    if (region) {
      instr.closeRegion();
      c.lines.close();
    }
  }
}

/**
 * Whether a loop's repeated part makes a call (so a signal may come while it runs). The
 * comprehension loops always do: they add each item to the result.
 */
function loopCalls(node: A.Node): boolean {
  if (node.nodeType === 'While') return [node.test, ...node.body].some(hasCall);
  if (node.nodeType === 'For' || node.nodeType === 'AsyncFor') return node.body.some(hasCall);
  return true;
}

function hasCall(node: A.Node): boolean {
  if (node.nodeType === 'Call') return true;
  // Defining a function or class runs none of its body.
  if (node.nodeType === 'FunctionDef' || node.nodeType === 'AsyncFunctionDef' || node.nodeType === 'Lambda') return false;
  for (const v of Object.values(node)) {
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object' && 'nodeType' in x && hasCall(x as A.Node)) return true;
    } else if (v && typeof v === 'object' && 'nodeType' in v && hasCall(v as A.Node)) return true;
  }
  return false;
}

/** A loop's Zig test (inside instrumentLoop): true counts an iteration, false a normal exit. */
export function instrumentLoopTest(c: FnCtx, node: A.Node, test: string): string {
  const instr = active.get(c.prog);
  const l = instr?.loop(node);
  if (!instr || !l) return test;
  // A `while` testing and/or: its exits and iterations are the false and true of its test,
  // derived from the operands' counts as an `if`'s arms are (the slots are in the same order).
  const split = node.nodeType === 'While' ? splitTest(instr, node.test, test) : null;
  if (split) return derivedTest(c, instr, l.base, split, undefined);
  if (l.index?.kind === 'range') {
    // A normal exit: its count, and the iteration the leaving adds that did not start.
    const [exit, iter] = [instr.counter(c, l.base), instr.counter(c, l.iter!)];
    return `prof_range_test(&${exit}, &${iter}, ${test})`;
  }
  if (node.nodeType !== 'While') return condCode(c, instr, l.base, test);
  // Counted into counters of this emission, added to the loop's by terms: the body can then
  // derive counts from its iterations (blockCounts), as an `if` arm does from its test.
  const r = countTest(c, instr, node.test, test);
  for (const x of r.f) instr.term(l.base, 0, x);
  for (const x of r.t) instr.term(l.base, 1, x);
  return r.code;
}

/** A loop's next item (inside instrumentLoop): a value counts an iteration, null a normal exit. */
export function instrumentLoopNext(c: FnCtx, node: A.Node, next: string): string {
  const instr = active.get(c.prog);
  const l = instr?.loop(node);
  if (!instr || !l) return next;
  if (l.index?.kind === 'items') return `prof_none(&${instr.counter(c, l.base)}, ${next})`;
  return instr.region(c) ? `prof_some_r(&${instr.counter(c, l.base)}, &${instr.counter(c, l.base + 1)}, ${next})` : `prof_some(${l.base}, ${next})`;
}

/** The start of a loop body whose test is not counted (`while True:`): counts the iteration. */
export function instrumentLoopBody(c: FnCtx, node: A.Node, untested: boolean): void {
  const instr = active.get(c.prog);
  const l = instr?.loop(node);
  if (!instr || !l || !untested) return;
  // A counter of this emission (see instrumentLoopTest): the body derives counts from it.
  const r = instr.allocateRaw(1);
  instr.term(l.base, 1, r);
  c.lines.line(`${instr.counter(c, r)} +%= 1;`);
}
