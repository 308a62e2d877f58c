// `class` statements: the body runs inline (in the enclosing Zig function) into a namespace
// dict, then rt.class.newClass builds the type (C3 MRO, flags), the `__class__` cell that
// zero-argument super() reads is filled, and decorators are applied.
import { writtenName } from '../resolve/mangle.js';
import type * as A from '../parser/ast.js';
import { zigString } from './emit.js';
import { FnCtx } from './context.js';
import { argsLiteral, expr } from './expr.js';
import { emitBody, storeName } from './stmt.js';
import { annotationValue } from './annotations.js';
import { docstring } from './func.js';
import { lookupName } from '../resolve/scopes.js';

const UNBOXED_BASES = new Set(['int', 'float', 'complex']);

export function emitClassDef(c: FnCtx, st: A.ClassDef): void {
  const l = c.lines;
  const scope = c.prog.scopes.get(c.mod.name)!.byNode.get(st.nodeId)!;
  const decos = st.decorator_list.map((d) => {
    const t = c.fresh('deco');
    l.line(`const ${t} = ${expr(c, d)};`);
    return t;
  });
  for (const b of st.bases) {
    // int, float and complex values are unboxed in pyaot's value model: no object to give a
    // subclass's type (or attributes) to.
    if (b.nodeType === 'Name' && UNBOXED_BASES.has(b.id) && lookupName(c.scope, b.id).kind === 'builtin') {
      c.error(b, `subclassing '${b.id}' is not supported by pyaot`);
    }
  }
  // CPython runs __del__ the moment an object's last reference goes; pyaot's tracing collector
  // finds dead objects only at its next collection, if ever before exit, so the finalizer's
  // effects would come late, in another order, or never: refused rather than run unfaithfully.
  for (const b of st.body) {
    const defines = b.nodeType === 'FunctionDef' || b.nodeType === 'AsyncFunctionDef' ? b.name === '__del__'
      : b.nodeType === 'Assign' ? b.targets.some((t) => t.nodeType === 'Name' && t.id === '__del__')
      : (b.nodeType === 'AnnAssign' || b.nodeType === 'AugAssign') && b.target.nodeType === 'Name' && b.target.id === '__del__';
    if (defines) {
      c.error(b, "'__del__' is not supported by pyaot: objects are freed by a tracing collector, not when their last reference goes, so a finalizer could not run when CPython runs it");
    }
  }
  const bases = c.fresh('bases');
  l.line(`const ${bases} = [_]rt.Value{ ${st.bases.map((b) => expr(c, b)).join(', ')} };`);
  // `metaclass=M`: the class object's type becomes M (abc.ABCMeta is played by abc.ABC's hooks).
  let meta: string | null = null;
  const kwNames: string[] = [];
  const kwVals: string[] = [];
  for (const k of st.keywords) {
    if (k.arg === 'metaclass') {
      const m = k.value;
      const isAbcMeta = m.nodeType === 'Name' && m.id === 'ABCMeta' || m.nodeType === 'Attribute' && m.attr === 'ABCMeta';
      meta = c.fresh('meta');
      l.line(`const ${meta} = ${isAbcMeta ? 'rt.Value.None' : expr(c, m)};`);
    } else if (k.arg !== null) {
      // Other keywords go to the parent's __init_subclass__ (rt.class.newClassKw).
      const v = c.fresh('kw');
      l.line(`const ${v} = ${expr(c, k.value)};`);
      kwNames.push(k.arg);
      kwVals.push(v);
    } else {
      c.error(k, 'class keyword unpacking is not supported by pyaot');
    }
  }
  const ns = c.fresh('ns');
  l.line(`const ${ns} = rt.dict.new();`);
  const needsCell = scope.children.some((ch) => ch.usesClassCell || ch.frees.has('__class__'));
  const cell = c.fresh('classcell');
  if (needsCell) l.line(`const ${cell} = rt.newCell();`);
  // The body: a child context whose name lookups go to the namespace first.
  const cc = c.child(scope, writtenName(st));
  cc.classNs = ns;
  cc.classCell = needsCell ? cell : null;
  l.open('{');
  // As CPython's SETUP_ANNOTATIONS: a body with `name: T` gets an `__annotations__` dict first
  // (dataclasses and NamedTuple-like code read it).
  if (hasAnnotations(st.body)) l.line(`rt.dict.setStr(${ns}, &${c.prog.str('__annotations__')}, rt.dict.new().val());`);
  // Then, as CPython's compiler_body, a docstring is stored as `__doc__`.
  const doc = docstring(st.body);
  if (doc !== null) l.line(`rt.dict.setStr(${ns}, &${c.prog.str('__doc__')}, ${c.prog.strVal(doc)});`);
  emitBody(cc, st.body);
  l.close();
  const cls = c.fresh('cls');
  const head = `${zigString(writtenName(st))}, ${zigString(scope.qualname)}, ${zigString(c.mod.name)}, &${bases}, ${ns}`;
  const make = kwNames.length > 0 ? `rt.class.newClassKw(${head}, ${meta ?? 'rt.Value.None'}, ${argsLiteral(c, [], kwNames, kwVals)})`
    : meta === null ? `rt.class.newClass(${head})` : `rt.class.newClassMeta(${head}, ${meta})`;
  l.line(`const ${cls} = ${c.check(make, st)};`);
  if (needsCell) l.line(`${cell}.v = rt.Value{ .obj = &${cls}.base };`);
  let v = `rt.Value{ .obj = &${cls}.base }`;
  for (let i = decos.length - 1; i >= 0; i--) {
    v = c.check(`rt.call.call(${decos[i]}, rt.Args{ .pos = &[_]rt.Value{ ${v} } })`, st);
  }
  const t = c.fresh('c');
  l.line(`const ${t} = ${v};`);
  storeName(c, st.name, t, st);
}

/** `name: T` in a class body: `__annotations__['name'] = T` (the source text under
 * `from __future__ import annotations`, as CPython stores it unevaluated). */
export function emitClassAnnotation(c: FnCtx, st: A.AnnAssign): void {
  const name = (st.target as A.Name).id;
  const t = c.fresh('ann');
  c.lines.line(`const ${t} = ${annotationValue(c, st.annotation)};`);
  const d = c.check(`rt.classLookup(${c.classNs}, &${c.prog.str('__annotations__')}, rt.UNBOUND)`, st);
  c.lines.line(`${c.check(`rt.sub.setitem(${d}, rt.Value{ .obj = &${c.prog.str(name)}.base }, ${t})`, st)};`);
}

/** Whether a class body (not its nested functions or classes) has a simple `name: T`. */
function hasAnnotations(body: A.Stmt[]): boolean {
  for (const st of body) {
    switch (st.nodeType) {
      case 'AnnAssign':
        if (st.simple && st.target.nodeType === 'Name') return true;
        break;
      case 'If':
      case 'For':
      case 'While':
        if (hasAnnotations(st.body) || hasAnnotations(st.orelse)) return true;
        break;
      case 'With':
        if (hasAnnotations(st.body)) return true;
        break;
      case 'Try':
        if (hasAnnotations(st.body) || hasAnnotations(st.orelse) || hasAnnotations(st.finalbody)) return true;
        if (st.handlers.some((h) => hasAnnotations(h.body))) return true;
        break;
      default:
        break;
    }
  }
  return false;
}
