// Calls of native standard-library functions compiled without the call: `random.random()`,
// `math.sqrt(x)`, `math.floor(x)` and friends on native numbers, when the callee is a global
// bound only by imports of that native module or function (types/globals.ts). Native modules
// are fixed, so reading the global (which raises NameError before the import ran) and the name
// is all that decides the callee. A case the inline code does not cover (a negative square root,
// an infinite floor) makes the ordinary call, which raises CPython's error.
import type * as A from '../parser/ast.js';
import { BOOL, FLOAT, INT, OBJECT, type Ty } from '../types/lattice.js';
import { callMethodSite, callSite } from './attr-site.js';
import { FnCtx } from './context.js';
import { argsLiteral, blockExpr, expr, texpr } from './expr.js';
import { coerce, inferred, type TExpr } from './typed.js';

interface Fast {
  /**
   * The argument the inline code takes: 'float' (ints and bools converted first, as CPython's
   * PyFloat_AsDouble does), 'exact-float' (a float only: floor(int) must stay exact) or none.
   */
  arg: 'float' | 'exact-float' | null;
  ty: Ty;
  /** Zig for the result from the argument's Zig name: a value, or an optional (null: call). */
  inline: (a: string) => string;
  fallible: boolean;
}

const FAST: ReadonlyMap<string, Fast> = new Map<string, Fast>([
  ['random.random', { arg: null, ty: FLOAT, inline: () => 'rt.randomFloat()', fallible: false }],
  ['math.sqrt', { arg: 'float', ty: FLOAT, inline: (a) => `rt.mathFast.sqrt(${a})`, fallible: true }],
  ['math.fabs', { arg: 'float', ty: FLOAT, inline: (a) => `@abs(${a})`, fallible: false }],
  ['math.floor', { arg: 'exact-float', ty: INT, inline: (a) => `rt.mathFast.floor(${a})`, fallible: true }],
  ['math.ceil', { arg: 'exact-float', ty: INT, inline: (a) => `rt.mathFast.ceil(${a})`, fallible: true }],
  ['math.trunc', { arg: 'exact-float', ty: INT, inline: (a) => `rt.mathFast.trunc(${a})`, fallible: true }],
  ['math.isnan', { arg: 'float', ty: BOOL, inline: (a) => `std.math.isNan(${a})`, fallible: false }],
  ['math.isinf', { arg: 'float', ty: BOOL, inline: (a) => `std.math.isInf(${a})`, fallible: false }],
  ['math.isfinite', { arg: 'float', ty: BOOL, inline: (a) => `std.math.isFinite(${a})`, fallible: false }],
]);

/**
 * The native call `e` compiled inline, or null. `target` names the native function ('math.sqrt'
 * for `math.sqrt(x)` after `import math`, and for `sqrt(x)` after `from math import sqrt`).
 */
export function nativeFastCall(c: FnCtx, e: A.Call, target: string): TExpr | null {
  const fast = FAST.get(target);
  if (!fast || e.keywords.length > 0 || e.args.some((a) => a.nodeType === 'Starred')) return null;
  if (e.args.length !== (fast.arg === null ? 0 : 1)) return null;
  // Only native numbers take the inline path (a user object's __float__ or __floor__ may run).
  // Decided from inference before any code is emitted: the ordinary path emits the arguments.
  const tys = e.args.map((a) => inferred(c, a));
  if (tys.some((t) => t.k !== 'int' && t.k !== 'float' && t.k !== 'bool')) return null;
  if (fast.arg === 'exact-float' && tys[0].k !== 'float') return null;
  const f = e.func;
  const code = blockExpr(c, (l, label) => {
    // The callee is read as the call would read it: an unbound global raises NameError.
    const callee = c.fresh('nf');
    l.line(`const ${callee} = ${expr(c, f.nodeType === 'Attribute' ? f.value : f)};`);
    const names = e.args.map((a) => {
      const n = c.fresh('na');
      l.line(`const ${n} = ${coerce(c, texpr(c, a), FLOAT, e)};`);
      return n;
    });
    const inline = fast.inline(names[0] ?? '');
    if (!fast.fallible) {
      l.line(`_ = ${callee};`);
      l.line(`break :${label} ${inline};`);
      return;
    }
    const r = c.fresh('nr');
    l.line(`if (${inline}) |${r}| break :${label} ${r};`);
    const boxed = names.map((n) => `rt.Value{ .float = ${n} }`);
    const call = f.nodeType === 'Attribute' ? callMethodSite(c, callee, f.attr, '', boxed) : callSite(c, callee, argsLiteral(c, boxed, [], []));
    l.line(`break :${label} ${coerce(c, { code: c.check(call, e), ty: OBJECT }, fast.ty, e)};`);
  });
  return { code, ty: fast.ty };
}
