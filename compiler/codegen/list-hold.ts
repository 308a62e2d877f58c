// Proven lists held across a loop. A typed read or write of `xs[i]` (typed-list.ts) first tests
// that xs is a builtin list: its tag, its type's flags and kind, three loads and branches that
// LLVM cannot move out of a loop, since the loop's slow paths (calls) may write memory. Whether
// an object is a builtin list never changes (a list's `__class__` cannot be assigned), and a
// plain local that no part of the loop statement binds names the same object through the
// whole loop, so the test runs once before the loop (`rt.lists.exact`, null when not a builtin
// list) and each access inside starts from its result (`rt.lists.heldFloat(h, xs, i)` ...):
// the index, length and item tag are still checked at every access, and a null (not a builtin
// list) takes the runtime's own path with xs as before.
import type * as A from '../parser/ast.js';
import type { FnCtx } from './context.js';
import { isNative } from '../types/lattice.js';

/** Zig local -> the Zig const holding rt.lists.exact of it, while a loop's body is emitted. */
const held = new WeakMap<FnCtx, Map<string, string>>();

/** The held list of Zig local `obj` (as the base of an access), or null. */
export function heldList(c: FnCtx, obj: string): string | null {
  return held.get(c)?.get(obj) ?? null;
}

/**
 * Runs `emit` (which emits the loop `st`) with the lists read or written in the loop's body
 * held: for each, `const lh_N = rt.lists.exact(x);` goes before the loop.
 */
export function holdLists<T>(c: FnCtx, st: A.For | A.While, isList: (e: A.Subscript) => boolean, emit: () => T): T {
  if (c.scope.isGenerator || c.genReturn !== null) return emit();
  let map = held.get(c);
  if (!map) held.set(c, (map = new Map()));
  const bases = new Set<string>();
  collectBases(st.body, isList, bases);
  const added: string[] = [];
  if (bases.size > 0 && !suspends(st)) {
    for (const name of bases) {
      const v = c.locals.get(name);
      if (!v || v.cell || isNative(v.ty) || map.has(v.zig) || !/^[A-Za-z_]\w*$/.test(v.zig) || binds(st, name)) continue;
      const h = c.fresh('lh');
      c.lines.line(`const ${h} = rt.lists.exact(${v.zig});`);
      map.set(v.zig, h);
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

/** Names that are the base of a typed list access in `n` (not inside nested scopes). */
function collectBases(n: unknown, isList: (e: A.Subscript) => boolean, out: Set<string>): void {
  if (Array.isArray(n)) {
    for (const x of n) collectBases(x, isList, out);
    return;
  }
  if (!isNode(n)) return;
  const t = n.nodeType;
  if (t === 'FunctionDef' || t === 'AsyncFunctionDef' || t === 'Lambda' || t === 'ClassDef' ||
    t === 'ListComp' || t === 'SetComp' || t === 'DictComp' || t === 'GeneratorExp') return;
  if (t === 'Subscript') {
    const s = n as A.Subscript;
    if (s.value.nodeType === 'Name' && isList(s)) out.add(s.value.id);
  }
  for (const v of children(n)) collectBases(v, isList, out);
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
