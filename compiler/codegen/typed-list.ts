// Items of lists whose element type inference proved (types/infer.ts: a list's elements are one
// type variable shared by every list that may flow to the same place; a list that meets dynamic
// code gets `object` elements).
//
// `xs[i]` with an int index on such a list reads the item through rt.lists (inline in the
// program, zig-runtime/abi/client_ops.zig): no dispatch on the container or the index, and for
// a list of floats, ints or bools the item arrives unboxed, so `a[0] - b[0]` is native float
// arithmetic. The runtime still checks that the object is a builtin list, the index is in
// range and the item has the proven tag: anything else takes the runtime's own path (IndexError,
// or an internal type error naming the bug), never a wrong value.
import type * as A from '../parser/ast.js';
import type { FnCtx } from './context.js';
import { binopName, expr, texpr } from './expr.js';
import { type TExpr, box, coerce, typedBinop } from './typed.js';
import { INT, OBJECT, isNative, type Ty } from '../types/lattice.js';
import { type Held, type HoldKind, heldList } from './list-hold.js';

const READ: Record<string, string> = { float: 'float', int: 'int', bool: 'boolean' };
const HELD: Record<string, string> = { float: 'heldFloat', int: 'heldInt', bool: 'heldBool' };

/** The element type of `base` when it is a proven list, else null. */
function listElem(c: FnCtx, base: A.Expr): Ty | null {
  const t = c.spec?.exprs.get(base.nodeId);
  return t && t.k === 'list' ? t.elem.get() : null;
}

/** True when `xs[i]` can use rt.lists: a proven list and an index proven int (or bool). */
function applies(c: FnCtx, e: A.Subscript): Ty | null {
  if (e.slice.nodeType === 'Slice') return null;
  const el = listElem(c, e.value);
  if (!el || el.k === 'bottom') return null;
  const it = c.spec?.exprs.get(e.slice.nodeId);
  return it && (it.k === 'int' || it.k === 'bool') ? el : null;
}

function index(c: FnCtx, e: A.Subscript): string {
  return coerce(c, texpr(c, e.slice), INT, e.slice);
}

/**
 * How list-hold.ts may hold the base of `xs[i]` when it reads or writes through rt.lists: bool
 * items through rt.lists.bools (the list may be compact), others through rt.lists.exact; null
 * when the dynamic path applies.
 */
export function typedListHold(c: FnCtx, e: A.Subscript): HoldKind | null {
  const el = applies(c, e);
  return el === null ? null : el.k === 'bool' ? 'bools' : 'exact';
}

/**
 * The held list usable for an access with items of type `el`: a list held as `bools` may be
 * compact, which only the bool accessors read.
 */
function usable(held: Held | null, el: Ty): string | null {
  return held && (held.kind === 'exact' || el.k === 'bool') ? held.h : null;
}

/** `held`: the list held before the loop (list-hold.ts) when obj is a held local, else null. */
function read(c: FnCtx, el: Ty, obj: string, key: string, node: A.Located, held: Held | null): TExpr {
  const ty = isNative(el) ? el : OBJECT;
  const h = usable(held, el);
  if (h) return { code: c.check(`rt.lists.${isNative(el) ? HELD[el.k] : 'heldGet'}(${h}, ${obj}, ${key})`, node), ty };
  const fn = isNative(el) ? READ[el.k] : 'get';
  return { code: c.check(`rt.lists.${fn}(${obj}, ${key})`, node), ty };
}

/** `xs[i]` as a typed expression, or null when the dynamic path applies. */
export function typedListLoad(c: FnCtx, e: A.Subscript): TExpr | null {
  const el = applies(c, e);
  if (!el) return null;
  const obj = expr(c, e.value);
  return read(c, el, obj, index(c, e), e, heldList(c, obj));
}

/** `xs[i] = v` (v an rt.Value), or false when the dynamic path applies. */
export function typedListStore(c: FnCtx, target: A.Subscript, v: string): boolean {
  const el = applies(c, target);
  if (!el) return false;
  const obj = expr(c, target.value);
  setItem(c, el, obj, index(c, target), v, target, heldList(c, obj));
  return true;
}

/** `xs[i] op= v`, or false when the dynamic path applies. */
export function typedListAugAssign(c: FnCtx, st: A.AugAssign): boolean {
  const t = st.target;
  if (t.nodeType !== 'Subscript') return false;
  const el = applies(c, t);
  if (!el || !isNative(el)) return false;
  const obj = c.fresh('o');
  const key = c.fresh('k');
  const base = expr(c, t.value);
  const h = heldList(c, base);
  c.lines.line(`const ${obj} = ${base};`);
  c.lines.line(`const ${key} = ${index(c, t)};`);
  const cur = read(c, el, obj, key, t, h);
  const rhs = texpr(c, st.value);
  const fake: A.BinOp = { nodeType: 'BinOp', nodeId: -1, left: t, op: st.op, right: st.value, lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset };
  const r = typedBinop(c, fake, cur, rhs);
  // The result must keep the elements' type (inference widened them otherwise).
  if (!r || r.ty.k !== el.k) {
    const nv = c.fresh('v');
    c.lines.line(`const ${nv} = ${c.check(`rt.ops.inplace(.${binopName(st.op)}, ${box(cur)}, ${box(rhs)})`, st)};`);
    setItem(c, el, obj, key, nv, t, h);
    return true;
  }
  const set = setCall(el, obj, h);
  const slow = `${c.check(`${set}${key}, ${box({ code: coerce(c, r, el, st), ty: el })})`, t)};`;
  if (el.k === 'float' && r.ty.k === 'float' && pureFloat(c, st.value)) {
    // A float item updated by float arithmetic that runs no code and allocates nothing: one
    // check of the list, index and tag, then the payload is read and written in place (nothing
    // between the read and the write can change the list). Anything else: the checked get/set.
    const f = c.fresh('f');
    const fh = usable(h, el);
    c.lines.line(`const ${f} = ${fh ? `rt.lists.heldFloatRef(${fh}, ${key})` : `rt.lists.floatRef(${obj}, ${key})`};`);
    const inPlace = typedBinop(c, fake, { code: `${f}.p.*`, ty: el }, rhs);
    if (inPlace && inPlace.ty.k === 'float') {
      c.lines.line(`if (${f}.ok) { ${f}.p.* = ${inPlace.code}; } else { ${slow} }`);
      return true;
    }
  }
  c.lines.line(slow);
  return true;
}

/**
 * True when `e` is float arithmetic on native locals, constants and float items of proven lists
 * (indexed by a name or a constant): evaluating it runs no Python code and allocates nothing, so
 * it cannot change any list (it may only raise).
 */
function pureFloat(c: FnCtx, e: A.Expr): boolean {
  const t = c.spec?.exprs.get(e.nodeId);
  switch (e.nodeType) {
    case 'Constant':
    case 'Name':
      return !!t && isNative(t);
    case 'BinOp':
      return t?.k === 'float' && pureFloat(c, e.left) && pureFloat(c, e.right);
    case 'UnaryOp':
      return t?.k === 'float' && pureFloat(c, e.operand);
    case 'Subscript': {
      const el = applies(c, e);
      return el?.k === 'float' && e.value.nodeType === 'Name' && (e.slice.nodeType === 'Name' || e.slice.nodeType === 'Constant') && pureFloat(c, e.slice);
    }
    default:
      return false;
  }
}

/** The call storing into item `key` of obj (its arguments after obj left open). */
function setCall(el: Ty, obj: string, held: Held | null): string {
  const h = usable(held, el);
  const fn = el.k === 'bool' ? 'SetBool' : 'Set';
  return h ? `rt.lists.held${fn}(${h}, ${obj}, ` : `rt.lists.${el.k === 'bool' ? 'setBool' : 'set'}(${obj}, `;
}

function setItem(c: FnCtx, el: Ty, obj: string, key: string, v: string, node: A.Located, held: Held | null): void {
  c.lines.line(`${c.check(`${setCall(el, obj, held)}${key}, ${v})`, node)};`);
}
