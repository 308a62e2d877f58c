// Module globals whose type inference may rely on: constants such as `SOLAR_MASS = 4.0 * PI * PI`.
//
// A global is any code's to rebind, so by default it is `object`. A name qualifies when every
// binding of it in the whole program is a plain module-level assignment of its own module
// (`X = ...`, `X += ...`, `X: T = ...` at the top level or inside top-level if/while/for/try/with
// bodies): then the join of those assignments' types (infer.ts) is the type of every read. Any
// other binding disqualifies it — a def, class, import, for or with target, tuple target,
// `del`, a walrus, `global X` in a function, `m.X = ...` from another module — and a program
// that calls globals(), vars(), exec(), eval() or setattr() in its own code (pyaot's pylib modules aside:
// they never aim those at a module) has no typed globals at all.
// Reads are still checked where they are unboxed (codegen), so an unforeseen rebinding ends in an
// exception, not a wrong value.
//
// The same discipline finds names bound only by imports of one native module or function
// (`import math`, `from random import random`): their calls have known result types
// (native-calls.ts) and some compile inline (codegen/native-fast.ts).
import type * as A from '../parser/ast.js';
import { walkNodes } from '../parser/walk.js';
import type { ScopeInfo } from '../resolve/scopes.js';
import * as path from 'node:path';
import { pylibDir, type ModuleGraph, type SourceModule } from '../modules.js';

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
  /**
   * Names bound only by `import m` of one standard-library module pyaot provides, native or
   * written in Python (pylib/): name -> 'sys', 'collections'. For checking what a program reads
   * from them (codegen/native-names.ts), so found even where reflection could rebind globals.
   */
  stdlibModules: Map<string, string>;
}

/** For each module, the globals that qualify (see above). */
export function qualifiedGlobals(graph: ModuleGraph, scopes: Map<string, ScopeInfo>): Map<SourceModule, QualifiedGlobals> {
  const pylib = pylibDir() + path.sep;
  const isStdlibSource = (module: string) => graph.byName.get(module)?.file.startsWith(pylib) === true;
  const out = new Map<SourceModule, QualifiedGlobals>();
  const attrStores = new Set<string>();
  let reflective = false;
  for (const m of graph.modules) {
    // pyaot's own standard library (pylib/) calls setattr() and vars() on the instances,
    // classes and namespaces it is given, never on a module's namespace: counting those made
    // every program importing typing, dataclasses or enum lose its typed globals (nbody ran
    // 5.7x slower after `import typing`). Constant folding (const-globals.ts) still counts them.
    const ownStdlib = m.file.startsWith(pylib);
    walkNodes(m.ast.body, (n) => {
      if (n.nodeType === 'Attribute' && (n as A.Attribute).ctx !== 'Load') attrStores.add((n as A.Attribute).attr);
      if (n.nodeType === 'Name' && REFLECTIVE.has((n as A.Name).id) && !ownStdlib) reflective = true;
    });
  }
  for (const m of graph.modules) {
    const plain = new Set<string>();
    const other = new Set<string>();
    const imports = new Map<string, Set<string>>();
    const sources = new Map<string, Set<string>>();
    topLevel(m, m.ast.body, { plain, other, imports, sources, isStdlibSource });
    // Walrus targets anywhere (a comprehension's binds the module's global).
    walkNodes(m.ast.body, (n) => {
      if (n.nodeType === 'NamedExpr') names((n as A.NamedExpr).target, other);
    });
    const info = scopes.get(m.name)!;
    for (const s of info.all) {
      if (s.kind === 'module') continue;
      for (const g of s.globals) if (s.stores.has(g)) other.add(g);
    }
    // A star import may rebind any name.
    const star = info.all.some((sc) => sc.kind === 'module' && sc.hasImportStar);
    const onlyImported = (n: string, targets: Set<string>) =>
      !star && targets.size === 1 && !plain.has(n) && !other.has(n) && !(imports.has(n) && sources.has(n));
    // For checking names only: a store through another module (`mod.re = x`, found by attribute
    // name alone) or reflection could rebind the global, but a program doing that to a module
    // name is not worth refusing every `re.X` for.
    const stdlibModules = new Map<string, string>();
    for (const [n, targets] of [...imports, ...sources]) {
      const [target] = targets;
      if (onlyImported(n, targets) && !target.includes('.')) stdlibModules.set(n, target);
    }
    // Reflection anywhere (globals(), setattr()...) may rebind any global: no typed globals.
    const natives = new Map<string, string>();
    if (!reflective) for (const [n, targets] of imports) if (onlyImported(n, targets) && !attrStores.has(n)) natives.set(n, [...targets][0]);
    for (const n of other) plain.delete(n);
    for (const n of attrStores) plain.delete(n);
    for (const n of imports.keys()) plain.delete(n);
    for (const n of sources.keys()) plain.delete(n);
    if (reflective) plain.clear();
    out.set(m, { plain, natives, stdlibModules });
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

/** What topLevel sorts a module's bindings into. */
interface Bindings {
  plain: Set<string>;
  other: Set<string>;
  /** Imports of native modules and their names: name -> targets. */
  imports: Map<string, Set<string>>;
  /** `import m` of a pylib module: name -> modules. */
  sources: Map<string, Set<string>>;
  isStdlibSource: (module: string) => boolean;
}

/** `import m` / `import m as n` binding a pylib module: its name, else null. */
function stdlibSourceTarget(m: SourceModule, st: A.Import, a: A.Alias, isStdlibSource: (module: string) => boolean): string | null {
  const r = m.imports.get(st.nodeId)?.find((x) => x.alias === a);
  if (!r || r.chain.length === 0) return null;
  const t = a.asname !== null ? r.chain[r.chain.length - 1] : r.chain[0];
  return t.kind === 'source' && isStdlibSource(t.module) ? t.module : null;
}

/** Sorts the module-level bindings into plain assignments and everything else. */
function topLevel(m: SourceModule, body: A.Stmt[], b: Bindings): void {
  const { plain, other, imports, sources } = b;
  const recurse = (x: A.Stmt[]) => topLevel(m, x, b);
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
          const source = target === null && st.nodeType === 'Import' ? stdlibSourceTarget(m, st, a, b.isStdlibSource) : null;
          if (target !== null) imports.set(bound, (imports.get(bound) ?? new Set()).add(target));
          else if (source !== null) sources.set(bound, (sources.get(bound) ?? new Set()).add(source));
          else other.add(bound);
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

