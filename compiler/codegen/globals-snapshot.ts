// globals() (and vars() at module level) gives a snapshot dict: compiled globals are native
// variables (codegen/program.ts `<module>_globals`), so a store into that dict would change
// nothing, where CPython's rebinds or creates the global. Reading it is faithful; a store through
// it (`globals()[k] = v`, `del g[k]`, `g.update(...)`, ... on the call or on a local name bound
// to it) is refused where it is written, never run as a silent no-op.
import type * as A from '../parser/ast.js';
import { lookupName } from '../resolve/scopes.js';
import type { FnCtx } from './context.js';

/** dict methods that change the dict. */
const WRITE_METHODS = new Set(['update', 'setdefault', 'pop', 'popitem', 'clear', '__setitem__', '__delitem__', '__ior__']);

/** Names bound (anywhere in the scope's own body) to globals(), per scope node. */
const aliasCache = new WeakMap<A.Node, Set<string>>();

/** `e` is `globals()`, module-level `vars()`, or a local name some assignment binds to them. */
function isSnapshot(c: FnCtx, e: A.Expr): boolean {
  if (e.nodeType === 'Call') return isSnapshotCall(c, e);
  if (e.nodeType !== 'Name') return false;
  return aliases(c).has(e.id);
}

function isSnapshotCall(c: FnCtx, e: A.Call): boolean {
  if (e.func.nodeType !== 'Name' || e.args.length > 0 || e.keywords.length > 0) return false;
  const name = e.func.id;
  if (name !== 'globals' && !(name === 'vars' && c.scope.kind === 'module')) return false;
  return lookupName(c.scope, name).kind === 'builtin';
}

function aliases(c: FnCtx): Set<string> {
  const node = c.scope.node;
  let found = aliasCache.get(node);
  if (found) return found;
  found = new Set();
  const body = (node as { body?: unknown }).body;
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(visit);
    const n = x as A.Node;
    if (!('nodeType' in n)) return;
    // Nested functions, classes and lambdas are scopes of their own.
    if (n.nodeType === 'FunctionDef' || n.nodeType === 'AsyncFunctionDef' || n.nodeType === 'ClassDef' || n.nodeType === 'Lambda') return;
    if (n.nodeType === 'Assign' && n.value.nodeType === 'Call' && isSnapshotCall(c, n.value)) {
      for (const t of n.targets) if (t.nodeType === 'Name') found!.add(t.id);
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'nodeType' && k !== 'nodeId') visit(v);
  };
  visit(body);
  aliasCache.set(node, found);
  return found;
}

function refuse(c: FnCtx, node: A.Located): never {
  return c.error(node, 'storing into the dict of globals() is not supported by pyaot (it is a snapshot of the module\'s '
    + 'variables); assign the global by name (declared `global` inside a function)');
}

/** A subscript store, augmented store or delete into a globals() snapshot: a compile error. */
export function refuseSnapshotStore(c: FnCtx, target: A.Subscript): void {
  if (isSnapshot(c, target.value)) refuse(c, target);
}

/** `globals().update(...)` and the other dict methods that change it: a compile error. */
export function refuseSnapshotMethod(c: FnCtx, call: A.Call): void {
  const f = call.func;
  if (f.nodeType === 'Attribute' && WRITE_METHODS.has(f.attr)) refuseSnapshotUpdate(c, f.value, call);
}

/** An in-place update of `dict` (a method, or `|=`) at `node`: refused when it is a snapshot. */
export function refuseSnapshotUpdate(c: FnCtx, dict: A.Expr, node: A.Located): void {
  if (isSnapshot(c, dict)) refuse(c, node);
}
