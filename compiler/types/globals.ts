// Module globals whose type inference may rely on: constants such as `SOLAR_MASS = 4.0 * PI * PI`.
//
// A global is any code's to rebind, so by default it is `object`. A name qualifies when every
// binding of it in the whole program is a plain module-level assignment of its own module
// (`X = ...`, `X += ...`, `X: T = ...` at the top level or inside top-level if/while/for/try/with
// bodies): then the join of those assignments' types (infer.ts) is the type of every read. Any
// other binding disqualifies it — a def, class, import, for or with target, tuple target,
// `del`, a walrus, `global X` in a function, `m.X = ...` from another module — and a program
// that calls globals(), vars(), exec(), eval() or setattr() has no typed globals at all.
// Reads are still checked where they are unboxed (codegen), so an unforeseen rebinding ends in an
// exception, not a wrong value.
import type * as A from '../parser/ast.js';
import type { ScopeInfo } from '../resolve/scopes.js';
import type { ModuleGraph, SourceModule } from '../modules.js';

const REFLECTIVE = new Set(['globals', 'vars', 'exec', 'eval', 'setattr', 'delattr', '__import__']);

/** For each module, the names that qualify (see above). */
export function plainGlobals(graph: ModuleGraph, scopes: Map<string, ScopeInfo>): Map<SourceModule, Set<string>> {
  const out = new Map<SourceModule, Set<string>>();
  const attrStores = new Set<string>();
  let reflective = false;
  for (const m of graph.modules) {
    walk(m.ast.body, (n) => {
      if (n.nodeType === 'Attribute' && (n as A.Attribute).ctx !== 'Load') attrStores.add((n as A.Attribute).attr);
      if (n.nodeType === 'Name' && REFLECTIVE.has((n as A.Name).id)) reflective = true;
    });
  }
  for (const m of graph.modules) {
    const plain = new Set<string>();
    const other = new Set<string>();
    if (!reflective) topLevel(m.ast.body, plain, other);
    // Walrus targets anywhere (a comprehension's binds the module's global).
    walk(m.ast.body, (n) => {
      if (n.nodeType === 'NamedExpr') names((n as A.NamedExpr).target, other);
    });
    const info = scopes.get(m.name)!;
    for (const s of info.all) {
      if (s.kind === 'module') continue;
      for (const g of s.globals) if (s.stores.has(g)) other.add(g);
    }
    for (const n of other) plain.delete(n);
    for (const n of attrStores) plain.delete(n);
    out.set(m, plain);
  }
  return out;
}

/** Sorts the module-level bindings into plain assignments and everything else. */
function topLevel(body: A.Stmt[], plain: Set<string>, other: Set<string>): void {
  for (const st of body) {
    switch (st.nodeType) {
      case 'Assign':
        for (const t of st.targets) {
          if (t.nodeType === 'Name') plain.add(t.id);
          else names(t, other);
        }
        break;
      case 'AugAssign':
      case 'AnnAssign':
        if (st.target.nodeType === 'Name') plain.add(st.target.id);
        break;
      case 'For':
      case 'AsyncFor':
        names(st.target, other);
        topLevel(st.body, plain, other);
        topLevel(st.orelse, plain, other);
        break;
      case 'While':
      case 'If':
        topLevel(st.body, plain, other);
        topLevel(st.orelse, plain, other);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of st.items) if (it.optional_vars) names(it.optional_vars, other);
        topLevel(st.body, plain, other);
        break;
      case 'Try':
      case 'TryStar':
        topLevel(st.body, plain, other);
        for (const h of st.handlers) {
          if (h.name) other.add(h.name);
          topLevel(h.body, plain, other);
        }
        topLevel(st.orelse, plain, other);
        topLevel(st.finalbody, plain, other);
        break;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'ClassDef':
        other.add(st.name);
        break;
      case 'Import':
        for (const a of st.names) other.add(a.asname ?? a.name.split('.')[0]);
        break;
      case 'ImportFrom':
        for (const a of st.names) other.add(a.asname ?? a.name);
        break;
      case 'Delete':
        for (const t of st.targets) names(t, other);
        break;
      case 'Match':
        for (const c of st.cases) {
          walk([c.pattern as unknown as A.Stmt], (n) => {
            const p = n as { name?: string | null; rest?: string | null };
            if (p.name) other.add(p.name);
            if (p.rest) other.add(p.rest);
          });
          topLevel(c.body, plain, other);
        }
        break;
      default:
        break;
    }
  }
}

/** Every name an assignment target binds (not the objects of attribute or item targets). */
function names(t: A.Expr, into: Set<string>): void {
  if (t.nodeType === 'Name') into.add(t.id);
  else if (t.nodeType === 'Tuple' || t.nodeType === 'List') t.elts.forEach((e) => names(e, into));
  else if (t.nodeType === 'Starred') names(t.value, into);
}

function walk(nodes: unknown, visit: (n: A.Node) => void): void {
  const go = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(go);
    const n = x as A.Node;
    if (!('nodeType' in n)) return;
    visit(n);
    for (const [k, v] of Object.entries(n)) if (k !== 'nodeType' && k !== 'nodeId') go(v);
  };
  go(nodes);
}
