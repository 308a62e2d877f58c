// Int expressions of several operations on small ints (`ij * (ij + 1) // 2 + i + 1`): one fast
// path for the whole tree. Each typed int operation (rt.intops) tests its operands' tags, does
// the operation, branches on overflow, and merges with its slow path, whose result may be a big
// int, so the next operation tests the tag again. When the leaves are typed locals and small
// constants (reading them runs nothing), the tree is computed once on the words after one tag
// test: all leaves small and no overflow gives exactly what the operations give one by one; a
// big leaf or any overflow leaves the whole fast path at once (no slow result merges into the
// rest of it), and the original operations recompute the tree from the leaves (big ints,
// overflow, and every exception in its place). `//` and `%` take a positive constant divisor
// only (no zero divisor, no overflow).
import type * as A from '../parser/ast.js';
import type { FnCtx } from './context.js';
import { type TExpr, intConst, typedName } from './typed.js';
import { INT } from '../types/lattice.js';

const SMALL = 2n ** 62n;

/** Set while the slow path of a fused tree is generated: its subtrees stay unfused. */
let inSlow = false;

interface Leaves {
  words: string[];
  ops: number;
}

/** The fast computation of `e` as a word expression, or null when `e` does not qualify. */
function fast(c: FnCtx, e: A.Expr, lv: Leaves, fail: string, lines: string[]): string | null {
  if (e.nodeType === 'Name') {
    const t = typedName(c, e);
    if (!t || t.ty.k !== 'int' || !/^[A-Za-z_]\w*$/.test(t.code)) return null;
    lv.words.push(`${t.code}.w`);
    return `${t.code}.w`;
  }
  const k = intConst(e);
  if (k !== null) return k >= -SMALL && k < SMALL ? `@as(i64, ${k * 2n})` : null;
  if (e.nodeType !== 'BinOp') return null;
  if (e.op === 'FloorDiv' || e.op === 'Mod') {
    const d = intConst(e.right);
    if (d === null || d <= 0n || d >= SMALL) return null;
    const x = fast(c, e.left, lv, fail, lines);
    if (x === null) return null;
    lv.ops++;
    const fn = e.op === 'FloorDiv' ? '@divFloor' : '@mod';
    const v = c.fresh('fw');
    lines.push(`const ${v} = ${fn}(${x} >> 1, ${d}) << 1;`);
    return v;
  }
  const builtin = e.op === 'Add' ? '@addWithOverflow' : e.op === 'Sub' ? '@subWithOverflow' : e.op === 'Mult' ? '@mulWithOverflow' : null;
  if (!builtin) return null;
  const x = fast(c, e.left, lv, fail, lines);
  if (x === null) return null;
  const y = fast(c, e.right, lv, fail, lines);
  if (y === null) return null;
  lv.ops++;
  const v = c.fresh('fw');
  lines.push(`const ${v} = ${builtin}(${e.op === 'Mult' ? `${x} >> 1` : x}, ${y});`);
  lines.push(`if (${v}[1] != 0) break :${fail};`);
  return `${v}[0]`;
}

/**
 * `e` (an int BinOp) with one fast path for its whole tree, or null when it is not a tree of
 * at least two such operations. `slow` generates the operations one by one.
 */
export function fusedInt(c: FnCtx, e: A.BinOp, slow: () => TExpr): TExpr | null {
  if (inSlow || c.prog.instrumented || !c.spec) return null;
  const lv: Leaves = { words: [], ops: 0 };
  const label = c.fresh('fz');
  const fail = `${label}_slow`;
  const lines: string[] = [];
  const r = fast(c, e, lv, fail, lines);
  if (r === null || lv.ops < 2 || lv.words.length === 0) return null;
  inSlow = true;
  let s: TExpr;
  try {
    s = slow();
  } finally {
    inSlow = false;
  }
  if (s.ty.k !== 'int') return null;
  const tags = [...new Set(lv.words)].join(' | ');
  // Indented: nothing of it may look like the end of a function (a `}` alone on a line).
  const code = `(${label}: {\n    ${fail}: {\n` +
    `        if (((${tags}) & 1) != 0) break :${fail};\n${lines.map((x) => `        ${x}\n`).join('')}` +
    `        break :${label} rt.Int{ .w = ${r} };\n    }\n` +
    `    break :${label} ${s.code};\n    })`;
  return { code, ty: INT };
}
