// Set displays whose elements are all constants. CPython 3.11 compiles `{3, 1, 2}` (more than
// two elements, every one a constant after its AST optimizer's folding) to a frozenset constant
// merged into a new set, and the frozenset is built twice on the way (its compiler rebuilds it
// from its own iteration order), so the set's iteration order differs from adding the elements
// one by one. The runtime replays those steps (rt.set.setOfConstants); this module decides, as
// Python/ast_opt.c does, which displays qualify.
import type * as A from '../parser/ast.js';

/** A folded constant's value, as far as further folding needs it. */
type Folded =
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'str'; len: number }
  | { t: 'bytes'; len: number }
  | { t: 'tuple'; len: number }
  | { t: 'other' }; // None, Ellipsis, complex: constants that fold no further here

/** CPython's limits on folded results (ast_opt.c). */
const MAX_INT_SIZE = 128n; // bits
const MAX_COLLECTION_SIZE = 256n;
const MAX_STR_SIZE = 4096n;

/** True when CPython builds this set display from a frozenset constant. */
export function isConstantSetDisplay(elts: A.Expr[]): boolean {
  return elts.length > 2 && elts.every((e) => fold(e) !== null);
}

/** The constant `e` folds to, or null when CPython leaves it an expression. */
export function fold(e: A.Expr): Folded | null {
  switch (e.nodeType) {
    case 'Constant':
      return fromConstant(e.value);
    case 'Name':
      return e.id === '__debug__' && e.ctx === 'Load' ? { t: 'bool', v: true } : null;
    case 'Tuple': {
      if (e.ctx !== 'Load') return null;
      for (const x of e.elts) if (fold(x) === null) return null;
      return { t: 'tuple', len: e.elts.length };
    }
    case 'UnaryOp': {
      const v = fold(e.operand);
      return v && unary(e.op, v);
    }
    case 'BinOp': {
      const l = fold(e.left);
      const r = l && fold(e.right);
      return l && r && binary(e.op, l, r);
    }
    default:
      return null;
  }
}

function fromConstant(c: A.ConstantValue): Folded {
  switch (c.t) {
    case 'int':
      return { t: 'int', v: c.v };
    case 'float':
      return { t: 'float', v: c.v };
    case 'bool':
      return { t: 'bool', v: c.v };
    case 'str':
      // Code points: a surrogate pair spelled as two escapes is two (see StrValue).
      return { t: 'str', len: [...c.v].length + (c.splitPairs?.length ?? 0) };
    case 'bytes':
      return { t: 'bytes', len: c.v.length };
    default:
      return { t: 'other' };
  }
}

/** An int-like operand (bool is an int) as a bigint. */
function asInt(v: Folded): bigint | null {
  if (v.t === 'int') return v.v;
  if (v.t === 'bool') return v.v ? 1n : 0n;
  return null;
}

function asNumber(v: Folded): number | null {
  if (v.t === 'float') return v.v;
  const i = asInt(v);
  return i === null ? null : Number(i);
}

function numBits(i: bigint): bigint {
  const a = i < 0n ? -i : i;
  return a === 0n ? 0n : BigInt(a.toString(2).length);
}

function unary(op: A.UnaryOpKind, v: Folded): Folded | null {
  if (op === 'Not') return { t: 'bool', v: !truthy(v) };
  const i = asInt(v);
  if (i !== null) {
    if (op === 'USub') return { t: 'int', v: -i };
    if (op === 'UAdd') return { t: 'int', v: i };
    return { t: 'int', v: -i - 1n };
  }
  if (v.t === 'float') return op === 'Invert' ? null : { t: 'float', v: op === 'USub' ? -v.v : v.v };
  return null; // -'a', ~1.5, -None: TypeError, left to run time
}

function truthy(v: Folded): boolean {
  switch (v.t) {
    case 'int':
      return v.v !== 0n;
    case 'float':
      return v.v !== 0;
    case 'bool':
      return v.v;
    case 'str':
    case 'bytes':
    case 'tuple':
      return v.len !== 0;
    default:
      return true;
  }
}

/** fold_binop: the folded result, or null when CPython declines (limits) or the op raises. */
function binary(op: A.Operator, l: Folded, r: Folded): Folded | null {
  const li = asInt(l);
  const ri = asInt(r);
  if (li !== null && ri !== null) return intBinary(op, li, ri, l.t === 'bool' && r.t === 'bool');
  const ln = asNumber(l);
  const rn = asNumber(r);
  if (ln !== null && rn !== null) return floatBinary(op, ln, rn);
  return sequenceBinary(op, l, r);
}

function intBinary(op: A.Operator, a: bigint, b: bigint, bothBool: boolean): Folded | null {
  const int = (v: bigint): Folded => ({ t: 'int', v });
  switch (op) {
    case 'Add':
      return int(a + b);
    case 'Sub':
      return int(a - b);
    case 'Mult':
      if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return null;
      return int(a * b);
    case 'Div':
      return b === 0n ? null : { t: 'float', v: Number(a) / Number(b) };
    case 'FloorDiv':
      return b === 0n ? null : int(floorDiv(a, b));
    case 'Mod':
      return b === 0n ? null : int(a - floorDiv(a, b) * b);
    case 'Pow': {
      if (b < 0n) return a === 0n ? null : { t: 'float', v: Number(a) ** Number(b) };
      if (a !== 0n && b > 0n && numBits(a) > MAX_INT_SIZE / b) return null;
      return int(a ** b);
    }
    case 'LShift':
      if (b < 0n) return null;
      if (a !== 0n && b !== 0n && (b > MAX_INT_SIZE || numBits(a) > MAX_INT_SIZE - b)) return null;
      return int(a << b);
    case 'RShift':
      return b < 0n ? null : int(a >> b);
    case 'BitOr':
      return bothBool ? { t: 'bool', v: (a | b) !== 0n } : int(a | b);
    case 'BitXor':
      return bothBool ? { t: 'bool', v: (a ^ b) !== 0n } : int(a ^ b);
    case 'BitAnd':
      return bothBool ? { t: 'bool', v: (a & b) !== 0n } : int(a & b);
    default:
      return null;
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floatBinary(op: A.Operator, a: number, b: number): Folded | null {
  const float = (v: number): Folded | null => ({ t: 'float', v });
  switch (op) {
    case 'Add':
      return float(a + b);
    case 'Sub':
      return float(a - b);
    case 'Mult':
      return float(a * b);
    case 'Div':
      return b === 0 ? null : float(a / b);
    case 'FloorDiv':
      return b === 0 ? null : float(Math.floor(a / b));
    case 'Mod': {
      if (b === 0) return null;
      const m = a % b;
      return float(m !== 0 && (m < 0) !== (b < 0) ? m + b : m);
    }
    case 'Pow': {
      if (a === 0 && b < 0) return null; // ZeroDivisionError
      if (a < 0 && !Number.isInteger(b)) return { t: 'other' }; // a complex result
      const p = a ** b;
      return Number.isFinite(p) || !Number.isFinite(a) ? float(p) : null; // OverflowError
    }
    default:
      return null; // shifts and bit operations on floats raise
  }
}

/** str/bytes/tuple concatenation and repetition (with CPython's size limits). */
function sequenceBinary(op: A.Operator, l: Folded, r: Folded): Folded | null {
  const isSeq = (v: Folded): v is Extract<Folded, { len: number }> => v.t === 'str' || v.t === 'bytes' || v.t === 'tuple';
  if (op === 'Add' && isSeq(l) && isSeq(r) && l.t === r.t) return { t: l.t, len: l.len + r.len };
  if (op === 'Mult') {
    const [seq, n] = isSeq(l) ? [l, asInt(r)] : isSeq(r) ? [r, asInt(l)] : [null, null];
    if (!seq || n === null) return null;
    const limit = seq.t === 'tuple' ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
    if (seq.len !== 0 && (n < 0n || n > limit / BigInt(seq.len))) return null;
    const count = n < 0n ? 0 : Number(n);
    return { t: seq.t, len: seq.len * count };
  }
  return null; // `%` on str/bytes is never folded (safe_mod); other mixes raise
}
