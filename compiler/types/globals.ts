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
//
// The same discipline finds names bound only by imports of one native module or function
// (`import math`, `from random import random`): their calls have known result types
// (native-calls.ts) and some compile inline (codegen/native-fast.ts).
import type * as A from '../parser/ast.js';
import { walkNodes } from '../parser/walk.js';
import type { ScopeInfo } from '../resolve/scopes.js';
import type { ModuleGraph, SourceModule } from '../modules.js';

const REFLECTIVE = new Set(['globals', 'vars', 'exec', 'eval', 'setattr', 'delattr', '__import__']);

/** A module's globals that qualify: plain assignments (see above) and native imports. */
export interface QualifiedGlobals {
  plain: Set<string>;
  /**
   * Names bound only by imports of one native module or function, at the top level (`import
   * math`, `import random as r`, `from math import sqrt`): name -> 'math' or 'math.sqrt'.
   * Native modules are fixed (their names cannot be rebound), so a call through such a name
   * always reaches the same native function.
   */
  natives: Map<string, string>;
}

/** For each module, the globals that qualify (see above). */
export function qualifiedGlobals(graph: ModuleGraph, scopes: Map<string, ScopeInfo>): Map<SourceModule, QualifiedGlobals> {
  const out = new Map<SourceModule, QualifiedGlobals>();
  const attrStores = new Set<string>();
  let reflective = false;
  for (const m of graph.modules) {
    walkNodes(m.ast.body, (n) => {
      if (n.nodeType === 'Attribute' && (n as A.Attribute).ctx !== 'Load') attrStores.add((n as A.Attribute).attr);
      if (n.nodeType === 'Name' && REFLECTIVE.has((n as A.Name).id)) reflective = true;
    });
  }
  for (const m of graph.modules) {
    const plain = new Set<string>();
    const other = new Set<string>();
    const imports = new Map<string, Set<string>>();
    if (!reflective) topLevel(m, m.ast.body, plain, other, imports);
    // Walrus targets anywhere (a comprehension's binds the module's global).
    walkNodes(m.ast.body, (n) => {
      if (n.nodeType === 'NamedExpr') names((n as A.NamedExpr).target, other);
    });
    const info = scopes.get(m.name)!;
    for (const s of info.all) {
      if (s.kind === 'module') continue;
      for (const g of s.globals) if (s.stores.has(g)) other.add(g);
    }
    const natives = new Map<string, string>();
    // A star import may rebind any name.
    const star = info.all.some((sc) => sc.kind === 'module' && sc.hasImportStar);
    for (const [n, targets] of star ? [] : imports) {
      const [target] = targets;
      if (targets.size === 1 && !plain.has(n) && !other.has(n) && !attrStores.has(n)) natives.set(n, target);
    }
    for (const n of other) plain.delete(n);
    for (const n of attrStores) plain.delete(n);
    for (const n of imports.keys()) plain.delete(n);
    out.set(m, { plain, natives });
  }
  return out;
}

/**
 * What an import alias binds its name to when that is a native module or one of its names, as
 * the import resolved (a program's own `random.py` shadows the native module).
 */
export function nativeTarget(m: SourceModule, st: A.Import | A.ImportFrom, a: A.Alias): string | null {
  const r = m.imports.get(st.nodeId)?.find((x) => x.alias === a);
  if (!r || r.chain.length === 0) return null;
  if (st.nodeType === 'Import') {
    const t = a.asname !== null ? r.chain[r.chain.length - 1] : r.chain[0];
    return t.kind === 'native' ? t.module : null;
  }
  const last = r.chain[r.chain.length - 1];
  if (last.kind !== 'native' || r.submodule || a.name === '*') return null;
  return `${last.module}.${a.name}`;
}

/** Sorts the module-level bindings into plain assignments and everything else. */
function topLevel(m: SourceModule, body: A.Stmt[], plain: Set<string>, other: Set<string>, imports: Map<string, Set<string>>): void {
  const recurse = (b: A.Stmt[]) => topLevel(m, b, plain, other, imports);
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
        recurse(st.body);
        recurse(st.orelse);
        break;
      case 'While':
      case 'If':
        recurse(st.body);
        recurse(st.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of st.items) if (it.optional_vars) names(it.optional_vars, other);
        recurse(st.body);
        break;
      case 'Try':
      case 'TryStar':
        recurse(st.body);
        for (const h of st.handlers) {
          if (h.name) other.add(h.name);
          recurse(h.body);
        }
        recurse(st.orelse);
        recurse(st.finalbody);
        break;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'ClassDef':
        other.add(st.name);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of st.names) {
          const bound = a.asname ?? (st.nodeType === 'Import' ? a.name.split('.')[0] : a.name);
          const target = nativeTarget(m, st, a);
          if (target === null) other.add(bound);
          else imports.set(bound, (imports.get(bound) ?? new Set()).add(target));
        }
        break;
      case 'Delete':
        for (const t of st.targets) names(t, other);
        break;
      case 'Match':
        for (const c of st.cases) {
          walkNodes([c.pattern as unknown as A.Stmt], (n) => {
            const p = n as { name?: string | null; rest?: string | null };
            if (p.name) other.add(p.name);
            if (p.rest) other.add(p.rest);
          });
          recurse(c.body);
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

