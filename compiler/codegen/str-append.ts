// `s += piece` in a loop that reads `s` nowhere else: the strs those `+=` make are held by the
// variable alone while the loop runs, so each one may take the next piece in place
// (zig-runtime/core/str_append.zig) instead of allocating a new str per `+=` — what CPython gets
// from a refcount of 1. `line += str(i)` also appends the int's digits without a str of their
// own. Anything else about `s` (another type, a `+=` that is not a str) takes the usual path.
import type * as A from '../parser/ast.js';
import { lookupName } from '../resolve/scopes.js';
import type { FnCtx } from './context.js';
import { isNative } from '../types/lattice.js';

/** Per function being emitted: the Zig local of each append-only variable -> its `owned` slot. */
const owned = new WeakMap<FnCtx, Map<string, string>>();

/** The `owned` slot of local `name` when the loop being emitted appends to it only. */
export function ownedSlot(c: FnCtx, name: string): string | null {
  const v = c.locals.get(name);
  return v ? owned.get(c)?.get(v.zig) ?? null : null;
}

/**
 * Emits loop `st` (through `emit`) with an `owned` slot for each local the loop only appends
 * to. Not in generators (a slot would not survive a yield) nor where names are read
 * dynamically (locals(), vars(), eval, exec, dir()).
 */
export function ownStrings<T>(c: FnCtx, st: A.For | A.While, emit: () => T): T {
  if (c.scope.isGenerator || c.genReturn !== null) return emit();
  const uses = new Map<string, Use>();
  // The `else:` block is emitted inside the loop's scope: it must not read the name either.
  if (!scan(st.nodeType === 'While' ? [st.test, st.body, st.orelse] : [st.body, st.orelse], uses)) return emit();
  let map = owned.get(c);
  if (!map) owned.set(c, (map = new Map()));
  const added: string[] = [];
  for (const [name, use] of uses) {
    if (use !== 'appends' || lookupName(c.scope, name).kind !== 'local') continue;
    const v = c.locals.get(name);
    if (!v || v.cell || isNative(v.ty) || map.has(v.zig)) continue;
    const slot = c.fresh('own');
    c.lines.line(`var ${slot}: ?*rt.Str = null;`);
    c.lines.line(`_ = &${slot};`);
    map.set(v.zig, slot);
    added.push(v.zig);
  }
  try {
    return emit();
  } finally {
    for (const z of added) map.delete(z);
  }
}

const DYNAMIC_READS = new Set(['locals', 'vars', 'eval', 'exec', 'dir']);
const NESTED = new Set(['FunctionDef', 'AsyncFunctionDef', 'Lambda', 'ClassDef', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);

/** How a loop uses a name: only stores, stores and `+=` (at least one), or anything else. */
type Use = 'stores' | 'appends' | 'other';

/**
 * Records in `uses` how `n` uses each name (names in nested scopes count as reads). False
 * when `n` may read names dynamically.
 */
function scan(n: unknown, uses: Map<string, Use>, nested = false): boolean {
  if (Array.isArray(n)) return n.every((x) => scan(x, uses, nested));
  if (!n || typeof n !== 'object' || !('nodeType' in (n as object))) return true;
  const node = n as A.Node;
  if (node.nodeType === 'Name') {
    const name = node as A.Name;
    if (DYNAMIC_READS.has(name.id) && name.ctx === 'Load') return false;
    if (nested || name.ctx !== 'Store') uses.set(name.id, 'other');
    else if (!uses.has(name.id)) uses.set(name.id, 'stores');
    return true;
  }
  if (node.nodeType === 'AugAssign' && !nested) {
    const st = node as A.AugAssign;
    if (st.target.nodeType === 'Name' && st.op === 'Add') {
      if (uses.get(st.target.id) !== 'other') uses.set(st.target.id, 'appends');
      return scan(st.value, uses, nested);
    }
    if (st.target.nodeType === 'Name') uses.set(st.target.id, 'other');
  }
  const inner = nested || NESTED.has(node.nodeType);
  return Object.entries(node).every(([k, v]) => k === 'parent' || scan(v, uses, inner));
}
