// `import` and `from ... import`: modules were resolved when the program was loaded
// (compiler/modules.ts); here each import becomes a call of the module's once-only import
// function (source modules) or the runtime's module object (native modules), then bindings.
import type * as A from '../parser/ast.js';
import type { ImportTarget, SourceModule } from '../modules.js';
import { zigString } from './emit.js';
import { FnCtx } from './context.js';
import { checkStdlibImport } from './native-names.js';
import { storeName } from './stmt.js';

/** The Zig expression (error union) importing a module and yielding its module object Value. */
export function importExpr(t: ImportTarget): string {
  if (t.kind === 'source') return `${moduleFnPrefix(t.module)}_import()`;
  if (t.kind === 'missing') {
    // Raises CPython's ImportError for an import that cannot succeed (modules.ts decided).
    const which = { notFound: 0, noParent: 1, beyondTop: 2 }[t.reason];
    return `rt.modules.importFailed(${which}, ${zigString(t.module)})`;
  }
  return `rt.modules.import(${zigString(t.module)})`;
}

/**
 * A module's `__package__` as CPython's import system sets it: the package itself for a
 * package, the parent package for a submodule ('' at top level), None for the main script.
 * (`__spec__` is None only for the script; pyaot has no ModuleSpec objects.)
 */
export function modulePackage(m: SourceModule): string | null {
  if (m.name === '__main__') return null;
  if (m.isPackage) return m.name;
  return m.name.split('.').slice(0, -1).join('.');
}

export function moduleFnPrefix(name: string): string {
  return `M_${name.replace(/\W/g, '_')}`;
}

export function emitImport(c: FnCtx, st: A.Import): void {
  const l = c.lines;
  const resolved = c.mod.imports.get(st.nodeId) ?? [];
  for (const r of resolved) {
    // Import every package on the way down, linking each submodule into its parent.
    let prev: string | null = null;
    const vals: string[] = [];
    r.chain.forEach((t, i) => {
      const v = c.fresh('m');
      l.line(`const ${v} = ${c.check(importExpr(t), st)};`);
      if (prev !== null) {
        const sub = t.module.split('.').pop()!;
        l.line(`${c.check(`rt.attr.setattr(${prev}, &${c.prog.str(sub)}, ${v})`, st)};`);
      }
      prev = v;
      vals.push(v);
      void i;
    });
    if (r.alias.asname) storeName(c, r.alias.asname, vals[vals.length - 1], st);
    else storeName(c, r.alias.name.split('.')[0], vals[0], st);
  }
}

export function emitImportFrom(c: FnCtx, st: A.ImportFrom): void {
  const l = c.lines;
  const resolved = c.mod.imports.get(st.nodeId) ?? [];
  if (resolved.length === 0) return;
  let prev: string | null = null;
  let mod = '';
  for (const t of resolved[0].chain) {
    const v = c.fresh('m');
    l.line(`const ${v} = ${c.check(importExpr(t), st)};`);
    if (prev !== null) l.line(`${c.check(`rt.attr.setattr(${prev}, &${c.prog.str(t.module.split('.').pop()!)}, ${v})`, st)};`);
    prev = v;
    mod = v;
  }
  const target = resolved[0].chain[resolved[0].chain.length - 1];
  for (const r of resolved) {
    if (r.alias.name === '*') {
      emitStarImport(c, st, target, mod);
      continue;
    }
    const bindAs = r.alias.asname ?? r.alias.name;
    if (r.submodule) {
      const v = c.fresh('m');
      l.line(`const ${v} = ${c.check(importExpr(r.submodule), st)};`);
      l.line(`${c.check(`rt.attr.setattr(${mod}, &${c.prog.str(r.alias.name)}, ${v})`, st)};`);
      storeName(c, bindAs, v, st);
      continue;
    }
    checkStdlibImport(c, target, r.alias);
    const v = c.fresh('x');
    l.line(`const ${v} = ${c.check(`rt.modules.importName(${mod}, &${c.prog.str(r.alias.name)})`, st)};`);
    storeName(c, bindAs, v, st);
  }
}

/** `from m import *`: the public names of m, known at compile time for source modules. */
function emitStarImport(c: FnCtx, st: A.ImportFrom, target: ImportTarget, mod: string): void {
  const l = c.lines;
  const names = c.prog.starNames(target);
  for (const n of names) {
    const v = c.fresh('x');
    l.line(`const ${v} = rt.modules.importNameOpt(${mod}, &${c.prog.str(n)});`);
    l.line(`if (${v}) |${v}_v| {`);
    l.indent();
    storeName(c, n, `${v}_v`, st);
    l.dedent();
    l.line('}');
  }
}
