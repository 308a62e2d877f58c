// Proven lists held across a loop. A typed read or write of `xs[i]` (typed-list.ts) first tests
// that xs is a builtin list: its tag, its type's flags and kind, three loads and branches that
// LLVM cannot move out of a loop, since the loop's slow paths (calls) may write memory. Whether
// an object is a builtin list never changes (a list's `__class__` cannot be assigned), and a
// plain local that no part of the loop statement binds names the same object through the
// whole loop, so the test runs once before the loop (`rt.lists.exact`, null when not a builtin
// list) and each access inside starts from its result (`rt.lists.heldFloat(h, xs, i)` ...):
// the index, length and item tag are still checked at every access, and a null (not a builtin
// list) takes the runtime's own path with xs as before.
//
// A list of bools may be compact (one byte per item, zig-runtime/core/list.zig), and
// rt.lists.exact gives null for it; so a list every access of the loop reads or writes as bools
// is held with rt.lists.bools (compact or not), and its accesses use the bool accessors only,
// which read the bytes inline.
import type * as A from '../parser/ast.js';
import type { FnCtx } from './context.js';
import { isNative } from '../types/lattice.js';

/** How a list is held: `exact` (never compact) or `bools` (compact or not, bool accessors only). */
export type HoldKind = 'exact' | 'bools';
export interface Held { h: string; kind: HoldKind }

/** Zig local -> the Zig const holding the list, while a loop's body is emitted. */
const held = new WeakMap<FnCtx, Map<string, Held>>();

/** The held list of Zig local `obj` (as the base of an access), or null. */
export function heldList(c: FnCtx, obj: string): Held | null {
  return held.get(c)?.get(obj) ?? null;
}

/**
 * Runs `emit` (which emits the loop `st`) with the lists read or written in the loop's body
 * held: for each, `const lh_N = rt.lists.exact(x);` (or `.bools`) goes before the loop.
 * `kindOf` says how a typed access may hold its base, null for an access that is not typed.
 */
export function holdLists<T>(c: FnCtx, st: A.For | A.While, kindOf: (e: A.Subscript) => HoldKind | null, emit: () => T): T {
  return hold(c, st, st.body, kindOf, () => true, emit);
}

/**
 * The same inside one iteration, for the names a `for` target binds (`for a, b in pairs:`),
 * which the loop itself rebinds: called right after the target is assigned, it holds those of
 * them the body reads as lists and never rebinds, once per iteration instead of once per access.
 */
export function holdTargets<T>(c: FnCtx, st: A.For, kindOf: (e: A.Subscript) => HoldKind | null, emit: () => T): T {
  const names = new Set<string>();
  targetNames(st.target, names);
  if (names.size === 0) return emit();
  return hold(c, st.body, st.body, kindOf, (name) => names.has(name), emit);
}

function targetNames(t: A.Expr, out: Set<string>): void {
  if (t.nodeType === 'Name') out.add(t.id);
  else if (t.nodeType === 'Tuple' || t.nodeType === 'List') for (const e of t.elts) targetNames(e, out);
}

/** Holds the lists of `body` whose base passes `want` and that nothing in `scope` rebinds. */
function hold<T>(c: FnCtx, scope: unknown, body: A.Stmt[], kindOf: (e: A.Subscript) => HoldKind | null, want: (name: string) => boolean, emit: () => T): T {
  if (c.scope.isGenerator || c.genReturn !== null) return emit();
  let map = held.get(c);
  if (!map) held.set(c, (map = new Map()));
  const bases = new Map<string, HoldKind>();
  collectBases(body, kindOf, bases);
  const added: string[] = [];
  if (bases.size > 0 && !suspends(scope)) {
    for (const [name, kind] of bases) {
      if (!want(name)) continue;
      const v = c.locals.get(name);
      if (!v || v.cell || isNative(v.ty) || map.has(v.zig) || !/^[A-Za-z_]\w*$/.test(v.zig) || binds(scope, name)) continue;
      const h = c.fresh('lh');
      c.lines.line(`const ${h} = rt.lists.${kind}(${v.zig});`);
      map.set(v.zig, { h, kind });
      added.push(v.zig);
    }
  }
  try {
    return emit();
  } finally {
    for (const z of added) map.delete(z);
  }
}

function isNode(n: unknown): n is A.Node {
  return !!n && typeof n === 'object' && 'nodeType' in (n as object);
}

function children(n: A.Node): unknown[] {
  return Object.entries(n).filter(([k]) => k !== 'parent').map(([, v]) => v);
}

/**
 * Names that are the base of a typed list access in `n` (not inside nested scopes), each held
 * as `bools` only when every access to it is one.
 */
function collectBases(n: unknown, kindOf: (e: A.Subscript) => HoldKind | null, out: Map<string, HoldKind>): void {
  if (Array.isArray(n)) {
    for (const x of n) collectBases(x, kindOf, out);
    return;
  }
  if (!isNode(n)) return;
  const t = n.nodeType;
  if (t === 'FunctionDef' || t === 'AsyncFunctionDef' || t === 'Lambda' || t === 'ClassDef' ||
    t === 'ListComp' || t === 'SetComp' || t === 'DictComp' || t === 'GeneratorExp') return;
  if (t === 'Subscript') {
    const s = n as A.Subscript;
    const kind = s.value.nodeType === 'Name' ? kindOf(s) : null;
    if (kind) {
      const name = (s.value as A.Name).id;
      out.set(name, out.get(name) === 'exact' ? 'exact' : kind);
    }
  }
  for (const v of children(n)) collectBases(v, kindOf, out);
}

/**
 * Whether anything in `n` may bind `name`: a Name stored or deleted, or, conservatively, any
 * other node with a string field equal to it (global/nonlocal, import aliases, except/match
 * captures, def/class names, attribute names).
 */
function binds(n: unknown, name: string): boolean {
  if (Array.isArray(n)) return n.some((x) => binds(x, name));
  if (!isNode(n)) return false;
  if (n.nodeType === 'Name') return (n as A.Name).id === name && (n as A.Name).ctx !== 'Load';
  for (const v of children(n)) {
    if (v === name) return true;
    if (Array.isArray(v) && v.some((x) => x === name)) return true;
    if (binds(v, name)) return true;
  }
  return false;
}

/** Whether the loop can suspend (a yield or await): its code is then not one straight block. */
function suspends(n: unknown): boolean {
  if (Array.isArray(n)) return n.some(suspends);
  if (!isNode(n)) return false;
  const t = n.nodeType;
  if (t === 'Yield' || t === 'YieldFrom' || t === 'Await') return true;
  return children(n).some(suspends);
}
