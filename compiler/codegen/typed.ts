// Typed expressions: where inference (types/infer.ts) proved an expression int, float or bool,
// compile it to native Zig values (rt.Int, f64, bool) and native operations; box to rt.Value
// only where a value meets dynamic code.
//
// rt.Int operations keep Python semantics: the small-int fast path is inline in
// core/intops.zig and promotes to a big int on overflow. Float division, floor division and
// modulo keep Python's zero checks and rounding (core/floatops.zig). Mixed int/float
// arithmetic converts the int exactly as Python does (OverflowError for huge ints).
import type * as A from '../parser/ast.js';
import { lookupName } from '../resolve/scopes.js';
import { FnCtx } from './context.js';
import { BOOL, FLOAT, INT, OBJECT, isNative, type Ty } from '../types/lattice.js';
import { binopType } from '../types/infer.js';
import { zigFloat } from './emit.js';
import { boxCode } from './func.js';

export interface TExpr {
  /** Zig code: a native value for int/float/bool, else an rt.Value. */
  code: string;
  ty: Ty;
}

export function box(t: TExpr): string {
  return isNative(t.ty) ? boxCode(t.code, t.ty) : t.code;
}

/** Converts to the representation of `want` (unboxing is checked: never wrong in silence). */
export function coerce(c: FnCtx, t: TExpr, want: Ty, node: A.Located): string {
  if (!isNative(want)) return box(t);
  if (t.ty.k === want.k) return t.code;
  if (want.k === 'float' && t.ty.k === 'int') return c.check(`rt.intops.toF64(${t.code})`, node);
  if (want.k === 'int' && t.ty.k === 'bool') return `rt.Int.fromSmall(@intFromBool(${t.code}))`;
  // A bool in float arithmetic (`True * 3.5`) counts as 0.0 or 1.0.
  if (want.k === 'float' && t.ty.k === 'bool') return `@as(f64, @floatFromInt(@intFromBool(${t.code})))`;
  const v = box(t);
  switch (want.k) {
    case 'int':
      return c.check(`rt.unboxInt(${v})`, node);
    case 'float':
      return c.check(`rt.unboxFloat(${v})`, node);
    default:
      return c.check(`rt.unboxBool(${v})`, node);
  }
}

/** The inferred type of a node in the current specialization (object when unknown). */
export function inferred(c: FnCtx, e: A.Expr): Ty {
  const t = c.spec?.exprs.get(e.nodeId);
  return t && isNative(t) ? t : OBJECT;
}

export function intConst(e: A.Expr): bigint | null {
  if (e.nodeType === 'Constant' && e.value.t === 'int') return e.value.v;
  return null;
}

export function typedConstant(e: A.Constant): TExpr | null {
  const v = e.value;
  if (v.t === 'int' && v.v >= -(2n ** 62n) && v.v < 2n ** 62n) return { code: `rt.Int.fromSmall(${v.v})`, ty: INT };
  if (v.t === 'float') return { code: `@as(f64, ${zigFloat(v.v)})`, ty: FLOAT };
  if (v.t === 'bool') return { code: v.v ? 'true' : 'false', ty: BOOL };
  return null;
}

/** A local whose value is stored unboxed, readable as-is. */
export function typedName(c: FnCtx, e: A.Name): TExpr | null {
  const ref = lookupName(c.scope, e.id);
  if (ref.kind !== 'local' && ref.kind !== 'cell') return null;
  const lv = c.locals.get(e.id);
  if (!lv || lv.cell || !isNative(lv.ty)) return null;
  c.noteRead(e.id);
  return { code: lv.zig, ty: lv.ty };
}

const INT_OPS: Partial<Record<A.Operator, { fn: string; fallible: boolean }>> = {
  Add: { fn: 'add', fallible: false },
  Sub: { fn: 'sub', fallible: false },
  Mult: { fn: 'mul', fallible: false },
  FloorDiv: { fn: 'floordiv', fallible: true },
  Mod: { fn: 'mod', fallible: true },
  LShift: { fn: 'shl', fallible: true },
  RShift: { fn: 'shr', fallible: true },
  BitAnd: { fn: 'band', fallible: false },
  BitOr: { fn: 'bor', fallible: false },
  BitXor: { fn: 'bxor', fallible: false },
};

function asInt(c: FnCtx, t: TExpr, node: A.Located): string {
  return coerce(c, t, INT, node);
}
function asFloat(c: FnCtx, t: TExpr, node: A.Located): string {
  return coerce(c, t, FLOAT, node);
}

/** A binary operator on typed operands, or null when the result is not native. */
export function typedBinop(c: FnCtx, e: A.BinOp, l: TExpr, r: TExpr): TExpr | null {
  if (!isNative(l.ty) || !isNative(r.ty)) return null;
  let ty = binopType(e.op, l.ty, r.ty, e.right);
  // Inference proved the base non-negative (infer.ts nonNegative): float ** float stays real.
  if (e.op === 'Pow' && ty.k === 'object' && inferred(c, e).k === 'float') ty = FLOAT;
  if (!isNative(ty)) return null;
  if (ty.k === 'bool') {
    const op = e.op === 'BitAnd' ? 'and' : e.op === 'BitOr' ? 'or' : '!=';
    return { code: `(${l.code} ${op} ${r.code})`, ty: BOOL };
  }
  if (ty.k === 'int') {
    const a = asInt(c, l, e);
    const b = asInt(c, r, e);
    if (e.op === 'Pow') return { code: c.check(`rt.typed.powInt(${a}, ${b})`, e), ty: INT };
    const op = INT_OPS[e.op];
    if (!op) return null;
    const call = `rt.intops.${op.fn}(${a}, ${b})`;
    return { code: op.fallible ? c.check(call, e) : call, ty: INT };
  }
  // float result
  if (e.op === 'Div' && l.ty.k !== 'float' && r.ty.k !== 'float') {
    return { code: c.check(`rt.intops.truediv(${asInt(c, l, e)}, ${asInt(c, r, e)})`, e), ty: FLOAT };
  }
  const a = asFloat(c, l, e);
  const b = asFloat(c, r, e);
  switch (e.op) {
    case 'Add':
      return { code: `(${a} + ${b})`, ty: FLOAT };
    case 'Sub':
      return { code: `(${a} - ${b})`, ty: FLOAT };
    case 'Mult':
      return { code: `(${a} * ${b})`, ty: FLOAT };
    case 'Div':
      return { code: c.check(`rt.floatops.truediv(${a}, ${b})`, e), ty: FLOAT };
    case 'FloorDiv':
      return { code: c.check(`rt.floatops.floordiv(${a}, ${b})`, e), ty: FLOAT };
    case 'Mod':
      return { code: c.check(`rt.floatops.mod(${a}, ${b})`, e), ty: FLOAT };
    case 'Pow':
      return { code: c.check(`rt.floatops.pow(${a}, ${b})`, e), ty: FLOAT };
    default:
      return null;
  }
}

export function typedUnary(c: FnCtx, e: A.UnaryOp, t: TExpr): TExpr | null {
  if (!isNative(t.ty)) return null;
  switch (e.op) {
    case 'Not':
      return t.ty.k === 'bool' ? { code: `!(${t.code})`, ty: BOOL } : t.ty.k === 'int' ? { code: `((${t.code}).w == 0)`, ty: BOOL } : { code: `((${t.code}) == 0)`, ty: BOOL };
    case 'USub':
      if (t.ty.k === 'float') return { code: `(-${t.code})`, ty: FLOAT };
      return { code: `rt.intops.neg(${asInt(c, t, e)})`, ty: INT };
    case 'UAdd':
      if (t.ty.k === 'float' || t.ty.k === 'int') return t;
      return { code: asInt(c, t, e), ty: INT };
    case 'Invert':
      if (t.ty.k === 'float') return null;
      return { code: `rt.intops.invert(${asInt(c, t, e)})`, ty: INT };
  }
}

const ZIG_CMP: Record<string, string> = { Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=' };
const ORDER_CMP: Record<string, string> = { Eq: '== .eq', NotEq: '!= .eq', Lt: '== .lt', LtE: '!= .gt', Gt: '== .gt', GtE: '!= .lt' };

/** One comparison of typed operands as a Zig bool, or null when it needs the dynamic path. */
export function typedCompare(c: FnCtx, op: A.CmpOp, a: TExpr, b: TExpr): string | null {
  if (!isNative(a.ty) || !isNative(b.ty) || !(op in ZIG_CMP)) return null;
  const ka = a.ty.k;
  const kb = b.ty.k;
  if (ka === 'float' && kb === 'float') return `(${a.code} ${ZIG_CMP[op]} ${b.code})`;
  if (ka === 'bool' && kb === 'bool') return `(@intFromBool(${a.code}) ${ZIG_CMP[op]} @intFromBool(${b.code}))`;
  const intish = (k: string) => k === 'int' || k === 'bool';
  if (intish(ka) && intish(kb)) {
    const x = ka === 'bool' ? `rt.Int.fromSmall(@intFromBool(${a.code}))` : a.code;
    const y = kb === 'bool' ? `rt.Int.fromSmall(@intFromBool(${b.code}))` : b.code;
    if (op === 'Eq') return `rt.intops.eq(${x}, ${y})`;
    if (op === 'NotEq') return `!rt.intops.eq(${x}, ${y})`;
    return `(rt.intops.order(${x}, ${y}) ${ORDER_CMP[op]})`;
  }
  // int with float: exact comparison as Python does (no rounding of the int).
  if (ka === 'int' && kb === 'float') return `rt.typed.cmpIntFloat(${a.code}, ${b.code}, .${cmpName(op)})`;
  if (ka === 'float' && kb === 'int') return `rt.typed.cmpFloatInt(${a.code}, ${b.code}, .${cmpName(op)})`;
  return null;
}

function cmpName(op: A.CmpOp): string {
  return ({ Eq: 'eq', NotEq: 'ne', Lt: 'lt', LtE: 'le', Gt: 'gt', GtE: 'ge' } as Record<string, string>)[op];
}

/** Truth of a typed value as a Zig bool. */
export function typedTruth(t: TExpr): string | null {
  switch (t.ty.k) {
    case 'bool':
      return t.code;
    case 'int':
      return `((${t.code}).w != 0)`;
    case 'float':
      return `((${t.code}) != 0)`;
    default:
      return null;
  }
}
