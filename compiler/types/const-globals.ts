// Module globals that are provably constant: `DATA_SIZE = 4` at the top of a module, never
// rebound. Codegen reads them as their literal (no load, no unbound check, no tag check).
//
// Folding is only sound when every read anywhere must see the literal, i.e.:
//  - the name is bound exactly once in its module, by a plain `NAME = <literal>` statement
//    directly at the module's top level (not inside if/for/try: those may not run, or run twice);
//  - every statement before it is a docstring, `from __future__ import ...`, `pass`, an import
//    of native modules only (they run no user code), or another `NAME = <literal>`: so no user
//    code (a function call, a class body, a user module's import) can run before it is bound
//    and see it unbound;
//  - nothing rebinds or deletes it anywhere (types/globals.ts `plain` already excludes defs,
//    classes, imports, for/with/except/match/walrus targets, `del`, `global NAME` + store in any
//    function or class, `m.NAME = ...` / `del m.NAME` from any module, and any program calling
//    globals(), vars(), exec(), eval(), setattr(), delattr(), __import__());
//  - the module has no `from m import *` (which may rebind any name) and no AugAssign/AnnAssign
//    of it (bound exactly once);
//  - no code in the program reaches a namespace dict by other means: `x.__dict__`,
//    `f.__globals__`, `frame.f_globals`/`f_locals`, nor calls the reflective builtins as
//    attributes (`builtins.exec`), nor touches `sys.modules` (which can swap a module's dict).
// When in doubt, a name is not folded; it is then read as before (a checked global).
import type * as A from '../parser/ast.js';
import { walkNodes } from '../parser/walk.js';
import type { ScopeInfo } from '../resolve/scopes.js';
import type { ModuleGraph, SourceModule } from '../modules.js';
import { nativeTarget, qualifiedGlobals } from './globals.js';

const REFLECTIVE = new Set(['globals', 'vars', 'exec', 'eval', 'setattr', 'delattr', '__import__', 'locals']);
/** Attributes that expose a module's namespace (or the module table) to arbitrary stores. */
const NAMESPACE_ATTRS = new Set(['__dict__', '__globals__', 'f_globals', 'f_locals', 'modules', '__setattr__', '__delattr__']);

/** For each module, its constant globals: name -> the literal every read of it yields. */
export function constantGlobals(graph: ModuleGraph, scopes: Map<string, ScopeInfo>): Map<SourceModule, Map<string, A.ConstantValue>> {
  const out = new Map<SourceModule, Map<string, A.ConstantValue>>();
  let unsafe = false;
  for (const m of graph.modules) {
    walkNodes(m.ast.body, (n) => {
      if (n.nodeType === 'Attribute' && (NAMESPACE_ATTRS.has((n as A.Attribute).attr) || REFLECTIVE.has((n as A.Attribute).attr))) unsafe = true;
      if (n.nodeType === 'Name' && REFLECTIVE.has((n as A.Name).id)) unsafe = true;
    });
  }
  const qualified = qualifiedGlobals(graph, scopes);
  for (const m of graph.modules) {
    const consts = new Map<string, A.ConstantValue>();
    out.set(m, consts);
    if (unsafe) continue;
    const info = scopes.get(m.name)!;
    if (info.all.some((s) => s.kind === 'module' && s.hasImportStar)) continue;
    const plain = qualified.get(m)?.plain ?? new Set<string>();
    const bindings = countBindings(m.ast.body);
    // The leading run of statements that run no user code; its constant assignments qualify.
    for (const [i, st] of m.ast.body.entries()) {
      if (st.nodeType === 'Assign') {
        const v = literal(st.value);
        if (v === null || !st.targets.every((t) => t.nodeType === 'Name')) break;
        for (const t of st.targets) {
          const id = (t as A.Name).id;
          if (st.targets.length === 1 && plain.has(id) && bindings.get(id) === 1) consts.set(id, v);
        }
        continue;
      }
      if (st.nodeType === 'Pass') continue;
      if (st.nodeType === 'Expr' && i === 0 && st.value.nodeType === 'Constant' && st.value.value.t === 'str') continue;
      if (st.nodeType === 'ImportFrom' && st.module === '__future__') continue;
      if ((st.nodeType === 'Import' || st.nodeType === 'ImportFrom') && st.names.every((a) => a.name !== '*' && nativeImport(m, st, a))) continue;
      break;
    }
  }
  return out;
}

/** Whether an import alias binds a native module or name (importing it runs no user code). */
function nativeImport(m: SourceModule, st: A.Import | A.ImportFrom, a: A.Alias): boolean {
  if (st.nodeType === 'ImportFrom' && (st.level ?? 0) > 0) return false;
  return nativeTarget(m, st, a) !== null;
}

/** The value of a literal (or a negated numeric literal), if it is one codegen can inline. */
function literal(e: A.Expr): A.ConstantValue | null {
  if (e.nodeType === 'UnaryOp' && (e.op === 'USub' || e.op === 'UAdd') && e.operand.nodeType === 'Constant') {
    const v = e.operand.value;
    const neg = e.op === 'USub';
    if (v.t === 'int') return small(neg ? -v.v : v.v);
    if (v.t === 'float') return { t: 'float', v: neg ? -v.v : v.v };
    return null;
  }
  if (e.nodeType !== 'Constant') return null;
  const v = e.value;
  if (v.t === 'int') return small(v.v);
  if (v.t === 'float' || v.t === 'bool' || v.t === 'None' || v.t === 'str') return v;
  return null;
}

/** Ints that fit the unboxed representation (a big int literal needs a fallible construction). */
function small(v: bigint): A.ConstantValue | null {
  return v >= -(2n ** 62n) && v < 2n ** 62n ? { t: 'int', v } : null;
}

/** How many assignment statements (plain, augmented, annotated) bind each name at module level. */
function countBindings(body: A.Stmt[]): Map<string, number> {
  const n = new Map<string, number>();
  const add = (id: string) => n.set(id, (n.get(id) ?? 0) + 1);
  const go = (b: A.Stmt[]): void => {
    for (const st of b) {
      switch (st.nodeType) {
        case 'Assign':
          for (const t of st.targets) if (t.nodeType === 'Name') add(t.id);
          break;
        case 'AugAssign':
        case 'AnnAssign':
          if (st.target.nodeType === 'Name') add(st.target.id);
          break;
        case 'For':
        case 'AsyncFor':
        case 'While':
        case 'If':
          go(st.body);
          go(st.orelse);
          break;
        case 'With':
        case 'AsyncWith':
          go(st.body);
          break;
        case 'Try':
        case 'TryStar':
          go(st.body);
          for (const h of st.handlers) go(h.body);
          go(st.orelse);
          go(st.finalbody);
          break;
        case 'Match':
          for (const c of st.cases) go(c.body);
          break;
        default:
          break;
      }
    }
  };
  go(body);
  return n;
}

