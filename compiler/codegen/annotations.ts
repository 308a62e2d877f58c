// Annotations as CPython 3.11 stores them: evaluated at the definition, or kept as their
// source text under `from __future__ import annotations`.
import type * as A from '../parser/ast.js';
import { zigBytes } from './emit.js';
import type { FnCtx } from './context.js';
import { expr } from './expr.js';

/** The Zig expression of one annotation's value. */
export function annotationValue(c: FnCtx, node: A.Expr): string {
  if (futureAnnotations(c.mod.ast)) return `rt.str.fromBytes(${zigBytes(Buffer.from(sourceText(c.mod.source, node)))}).val()`;
  return expr(c, node);
}

/**
 * A function's `__annotations__` entries in CPython's order: positional parameters, then
 * positional-only ones, `*args`, keyword-only, `**kwargs`, and `return` last.
 */
export function functionAnnotations(def: A.FunctionDef): Array<[string, A.Expr]> {
  const a = def.args;
  const params = [...a.args, ...a.posonlyargs, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
  const out: Array<[string, A.Expr]> = [];
  for (const p of params) if (p.annotation) out.push([p.arg, p.annotation]);
  if (def.returns) out.push(['return', def.returns]);
  return out;
}

const futureCache = new WeakMap<A.Module, boolean>();

function futureAnnotations(m: A.Module): boolean {
  let r = futureCache.get(m);
  if (r === undefined) {
    r = m.body.some((st) => st.nodeType === 'ImportFrom' && st.module === '__future__' && st.names.some((a) => a.name === 'annotations'));
    futureCache.set(m, r);
  }
  return r;
}

/** The source text of a node (columns are UTF-8 byte offsets, as in CPython's ast). */
function sourceText(source: string, node: A.Located): string {
  const lines = source.split(/\r\n|\r|\n/).slice(node.lineno - 1, (node.end_lineno ?? node.lineno));
  const bytes = lines.map((x) => Buffer.from(x));
  if (bytes.length === 1) return bytes[0].subarray(node.col_offset, node.end_col_offset ?? undefined).toString();
  bytes[0] = bytes[0].subarray(node.col_offset);
  bytes[bytes.length - 1] = bytes[bytes.length - 1].subarray(0, node.end_col_offset ?? undefined);
  return bytes.map((b) => b.toString()).join('\n');
}
