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
// Counting is a plain `+%= 1` on the global array. A loop whose body makes a call counts its
// iterations there too: a signal ending the program (Ctrl-C) writes the array from its handler,
// and the program is then inside some call, so every loop running at that moment is such a loop
// and its iterations so far are in the array (a local added at the loop's end would lose them,
// typically the program's main loop's). A loop whose body calls nothing, the hottest kind, keeps
// its iterations in a local (a register) added to the array by a `defer` however the loop is
// left: it pays no memory traffic per iteration, and only a signal landing in the middle of such
// a loop's computation loses the iterations of that run of it.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type * as A from '../parser/ast.js';
import { pylibDir, type ModuleGraph, type SourceModule } from '../modules.js';
import type { ScopeInfo } from '../resolve/scopes.js';
import type { FnCtx, ProgramCtx } from './context.js';
import { Lines, ident, zigString } from './emit.js';
import type { TExpr } from './typed.js';
import type { Spec } from '../types/infer.js';
import { isNative } from '../types/lattice.js';
import { PYAOT_VERSION } from '../../cli/version.js';
import { assignUnits, nodeLine, type ModuleUnits } from '../../profiler/units.js';
import { COUNTER_MAP_VERSION, encodeCounterMap, type CounterMap, type MapModule, type MapSite, type MapUnit } from '../../profiler/counter-map.js';
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
  /** The Zig local counting iterations; null when they are counted in the array. */
  local: string | null;
}

/** One program's instrumentation: created by compileProgram, filled in by code generation. */
export class Instrumentation {
  private mods = new Map<SourceModule, ModuleSites>();
  private mapModules: MapModule[] = [];
  private mapUnits: MapUnit[] = [];
  private sites: MapSite[] = [];
  private byKey = new Map<string, MapSite>();
  private size = 0;
  private loops: OpenLoop[] = [];
  private graph: ModuleGraph | null = null;

  /** Numbers every module's units and nodes (before any code is emitted). */
  prepare(graph: ModuleGraph, scopes: Map<string, ScopeInfo>): void {
    this.graph = graph;
    const lib = pylibDir() + path.sep;
    for (const m of graph.modules) {
      const units = assignUnits(m.ast, scopes.get(m.name)!, m.source.split(/\r\n|\r|\n/).length);
      const unitBase = this.mapUnits.length;
      const moduleIndex = this.mapModules.length;
      this.mapModules.push({ name: m.name, path: m.file, display: m.displayPath, digest: digest(m.source), library: m.file.startsWith(lib) });
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

  openLoop(node: A.Node, base: number, local: string | null): void {
    this.loops.push({ node, base, local });
  }
  closeLoop(): void {
    this.loops.pop();
  }
  loop(node: A.Node): OpenLoop | undefined {
    for (let i = this.loops.length - 1; i >= 0; i--) if (this.loops[i].node === node) return this.loops[i];
    return undefined;
  }

  /** Top-level declarations: the counter array, its map, and the counting helpers. */
  decls(): Lines {
    const out = new Lines();
    const map = this.counterMap();
    out.line('// ---- profile counters (pyaot --profile; compiler/codegen/instrument.ts)');
    out.line(`var pyaot_prof = [_]u64{0} ** ${map.size};`);
    out.line(`const pyaot_prof_map = ${zigString(encodeCounterMap(map))};`);
    for (const l of HELPERS) out.line(l);
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
  'inline fn prof_cond(comptime i: usize, b: bool) bool {',
  '    pyaot_prof[i + @intFromBool(b)] +%= 1;',
  '    return b;',
  '}',
  'inline fn prof_some(comptime i: usize, v: ?rt.Value) ?rt.Value {',
  '    pyaot_prof[i + @intFromBool(v != null)] +%= 1;',
  '    return v;',
  '}',
  '/// A loop test: true counts an iteration (slot 1), false a normal exit (slot 0).',
  'inline fn prof_loop(comptime i: usize, b: bool) bool {',
  '    if (b) pyaot_prof[i + 1] +%= 1 else pyaot_prof[i] +%= 1;',
  '    return b;',
  '}',
  'inline fn prof_next(comptime i: usize, v: ?rt.Value) ?rt.Value {',
  '    if (v != null) pyaot_prof[i + 1] +%= 1 else pyaot_prof[i] +%= 1;',
  '    return v;',
  '}',
  '/// The same for a loop that calls nothing: iterations in the local `n` (a register).',
  'inline fn prof_loop_r(n: *u64, comptime i: usize, b: bool) bool {',
  '    if (b) n.* +%= 1 else pyaot_prof[i] +%= 1;',
  '    return b;',
  '}',
  'inline fn prof_next_r(n: *u64, comptime i: usize, v: ?rt.Value) ?rt.Value {',
  '    if (v != null) n.* +%= 1 else pyaot_prof[i] +%= 1;',
  '    return v;',
  '}',
  'inline fn prof_seen(comptime i: usize, v: rt.Value) rt.Value {',
  '    const s: usize = switch (v) {',
  `        .none => ${slot('None')},`,
  `        .bool => ${slot('bool')},`,
  `        .int => ${slot('int')},`,
  `        .float => ${slot('float')},`,
  '        .obj => |o| prof_kind_slot[@intFromEnum(o.ty.kind)],',
  '    };',
  '    pyaot_prof[i + s] +%= 1;',
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
  fc.declare(`pyaot_prof[${k}] +%= 1;`);
  params.forEach((p, i) => {
    if ((types && types[i] !== null) || (used && !used.get(p))) return;
    const t = instr.unitSite(fc.mod, unitNode, 'type', i, 'param' satisfies TypeRole, null);
    if (t !== null) fc.declare(`_ = prof_seen(${t}, p_${ident(p)});`);
  });
}

/** A Zig bool counted into a two-slot site (false, true): branch tests, case tests, filters. */
export function instrumentBranch(c: FnCtx, node: A.Node, kind: 'if' | 'ifexp' | 'boolop' | 'filter' | 'case' | 'loop', test: string): string {
  const instr = active.get(c.prog);
  const k = instr?.site(c.mod, node, kind);
  return k === null || k === undefined ? test : `prof_cond(${k}, ${test})`;
}

/** A Zig optional rt.Value counted as (null, value): a generator's loop step. */
export function instrumentSome(c: FnCtx, node: A.Node, opt: string): string {
  const k = active.get(c.prog)?.site(c.mod, node, 'loop');
  return k === null || k === undefined ? opt : `prof_some(${k}, ${opt})`;
}

/**
 * An rt.Value at a dynamically typed operation: its runtime type is counted. Values whose type
 * the code itself shows (a boxed native, a literal, a builtin type) are not observed.
 */
export function instrumentSeen(c: FnCtx, node: A.Node | A.Located, role: TypeRole, value: string): string {
  if (!active.has(c.prog) || STATIC_VALUE.test(value)) return value;
  const k = active.get(c.prog)?.site(c.mod, node as A.Node, 'type', role);
  return k === null || k === undefined ? value : `prof_seen(${k}, ${value})`;
}

// rt.Value expressions of a known tag: boxed natives and literals (func.ts boxCode, expr.ts).
const STATIC_VALUE = /^rt\.Value(\{ \.(int|float) = .* \}|\.fromBool\(.*\)|\.(None|True|False)|\{ \.obj = &(S\d+|rt\.typeObj\("\w+"\)|rt\.builtinObj\("\w+"\))\.base \})$/s;

/** A call expression: counted before the call is made. */
export function instrumentCall(c: FnCtx, e: A.Call, t: TExpr): TExpr {
  const k = active.get(c.prog)?.site(c.mod, e, 'call', '', calleeText(e.func));
  if (k === null || k === undefined) return t;
  const label = c.fresh('pc');
  return { code: `(${label}: { pyaot_prof[${k}] +%= 1; break :${label} ${t.code}; })`, ty: t.ty };
}

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
  const k = active.get(c.prog)?.site(c.mod, node, kind);
  if (k === null || k === undefined) return;
  c.lines.line(`pyaot_prof[${k + slotIndex}] +%= 1;`);
}

/**
 * Wraps the emission of a loop: counts the entry and, for a loop that calls nothing, opens a
 * block holding the iteration counter, which a `defer` adds to the array however the loop is
 * left (end, break, return, exception). `emit` emits the loop; its header uses
 * instrumentLoopTest/instrumentLoopNext.
 */
export function instrumentLoop<T>(c: FnCtx, node: A.Node, emit: () => T): T {
  const instr = active.get(c.prog);
  const k = instr?.site(c.mod, node, 'loop');
  if (!instr || k === null || k === undefined) return emit();
  if (loopCalls(node)) {
    c.lines.line(`pyaot_prof[${k + 2}] +%= 1;`);
    instr.openLoop(node, k, null);
    try {
      return emit();
    } finally {
      instr.closeLoop();
    }
  }
  const n = c.fresh('pi');
  c.lines.open('{');
  c.lines.line(`pyaot_prof[${k + 2}] +%= 1;`);
  c.lines.line(`var ${n}: u64 = 0;`);
  c.lines.line(`defer pyaot_prof[${k + 1}] +%= ${n};`);
  instr.openLoop(node, k, n);
  try {
    return emit();
  } finally {
    instr.closeLoop();
    c.lines.close();
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
  const l = active.get(c.prog)?.loop(node);
  if (!l) return test;
  return l.local ? `prof_loop_r(&${l.local}, ${l.base}, ${test})` : `prof_loop(${l.base}, ${test})`;
}

/** A loop's next item (inside instrumentLoop): a value counts an iteration, null a normal exit. */
export function instrumentLoopNext(c: FnCtx, node: A.Node, next: string): string {
  const l = active.get(c.prog)?.loop(node);
  if (!l) return next;
  return l.local ? `prof_next_r(&${l.local}, ${l.base}, ${next})` : `prof_next(${l.base}, ${next})`;
}

/** The start of a loop body whose test is not counted (`while True:`): counts the iteration. */
export function instrumentLoopBody(c: FnCtx, node: A.Node, untested: boolean): void {
  const l = active.get(c.prog)?.loop(node);
  if (!l || !untested) return;
  c.lines.line(l.local ? `${l.local} +%= 1;` : `pyaot_prof[${l.base + 1}] +%= 1;`);
}
