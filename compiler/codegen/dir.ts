// `dir()` without arguments: the sorted names bound in the current scope. Compiled code has no
// namespace dict for a function, so the compiler lists the scope's variables itself and keeps
// the bound ones (definite assignment treats `dir()` as a read of every local, so a local that
// may be unbound here stays boxed and is tested; see types/assign.ts).
import type * as A from '../parser/ast.js';
import { lookupName } from '../resolve/scopes.js';
import { FnCtx } from './context.js';
import { BUILTIN_FUNCTIONS } from './builtins-table.js';
import { boxCode } from './func.js';
import { blockExpr, cellRef } from './expr.js';
import { moduleFnPrefix } from './imports.js';
import { isNative } from '../types/lattice.js';

/** Module attributes CPython's import system sets (dir() at module level lists them). */
const MODULE_DUNDERS = ['__builtins__', '__cached__', '__doc__', '__file__', '__loader__', '__name__', '__package__', '__spec__'];

export function dirCall(c: FnCtx, e: A.Call): string {
  const kind = c.scope.kind;
  if (kind === 'module') return moduleDir(c, e);
  if (kind === 'function') return functionDir(c, e);
  return c.error(e, `dir() without arguments in a ${kind} scope is not supported by pyaot`);
}

function sorted(c: FnCtx, dict: string, e: A.Call): string {
  const fn = BUILTIN_FUNCTIONS.get('sorted')!.fn;
  return c.check(`rt.callBuiltin("${fn}", rt.Args{ .pos = &[_]rt.Value{ ${dict}.val() } })`, e);
}

function moduleDir(c: FnCtx, e: A.Call): string {
  return blockExpr(c, (l, label) => {
    const d = c.fresh('dir');
    l.line(`const ${d} = ${c.check(`${moduleFnPrefix(c.mod.name)}_globals()`, e)}.as(rt.Dict);`);
    const extra = [...MODULE_DUNDERS];
    // __main__ always has __annotations__; other modules get it from an annotated assignment.
    if (c.mod.name === '__main__' || hasModuleAnnotations(c.mod.ast.body)) extra.push('__annotations__');
    for (const n of extra) l.line(`rt.dict.setStr(${d}, &${c.prog.str(n)}, rt.Value.None);`);
    l.line(`break :${label} ${sorted(c, d, e)};`);
  });
}

function hasModuleAnnotations(body: A.Stmt[]): boolean {
  for (const st of body) {
    if (st.nodeType === 'AnnAssign') return true;
    if (st.nodeType === 'FunctionDef' || st.nodeType === 'AsyncFunctionDef' || st.nodeType === 'ClassDef') continue;
    for (const v of Object.values(st)) {
      if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null && 'nodeType' in v[0]) {
        if (hasModuleAnnotations(v.filter((x) => /^[A-Z]/.test((x as A.Node).nodeType)) as A.Stmt[])) return true;
      }
    }
  }
  return false;
}

function functionDir(c: FnCtx, e: A.Call): string {
  const s = c.scope;
  const names = new Set<string>();
  for (const n of s.locals) if (!s.globals.has(n)) names.add(n);
  for (const n of s.frees) names.add(n);
  return blockExpr(c, (l, label) => {
    const d = c.fresh('dir');
    l.line(`const ${d} = rt.dict.new();`);
    for (const n of names) {
      const ref = lookupName(s, n);
      const key = `&${c.prog.str(n)}`;
      if (ref.kind === 'local') {
        const lv = c.locals.get(n);
        if (!lv) continue;
        c.noteRead(n);
        if (isNative(lv.ty) || lv.alwaysBound) l.line(`rt.dict.setStr(${d}, ${key}, ${boxCode(lv.zig, lv.ty)});`);
        else l.line(`if (rt.boundOrNull(${lv.zig})) |v| rt.dict.setStr(${d}, ${key}, v);`);
      } else if (ref.kind === 'cell') {
        const own = c.locals.get(n);
        if (own && !own.cell) {
          c.noteRead(n);
          if (isNative(own.ty)) l.line(`rt.dict.setStr(${d}, ${key}, ${boxCode(own.zig, own.ty)});`);
          else l.line(`if (rt.boundOrNull(${own.zig})) |v| rt.dict.setStr(${d}, ${key}, v);`);
        } else {
          l.line(`if (rt.boundOrNull(${cellRef(c, n, e)}.v)) |v| rt.dict.setStr(${d}, ${key}, v);`);
        }
      }
    }
    l.line(`break :${label} ${sorted(c, d, e)};`);
  });
}

/** True when the scope's own code (not nested scopes) calls `dir()` without arguments: then
 * every parameter is read (by the dir() listing). */
export function callsDirHere(node: A.Node): boolean {
  const visit = (n: unknown): boolean => {
    if (!n || typeof n !== 'object') return false;
    if (Array.isArray(n)) return n.some(visit);
    const x = n as A.Node;
    if (!('nodeType' in x)) return false;
    switch (x.nodeType) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'ClassDef':
      case 'Lambda':
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return false;
      case 'Call': {
        const c = x as A.Call;
        if (c.func.nodeType === 'Name' && c.func.id === 'dir' && c.args.length === 0 && c.keywords.length === 0) return true;
        break;
      }
    }
    for (const [k, v] of Object.entries(x)) if (k !== 'nodeType' && visit(v)) return true;
    return false;
  };
  const body = (node as A.FunctionDef).body;
  return Array.isArray(body) && visit(body);
}
