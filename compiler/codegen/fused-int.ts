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

/** The word of a constant leaf (`@as(i64, w)`), else null. */
function constWord(x: string): bigint | null {
  const m = /^@as\(i64, (-?\d+)\)$/.exec(x);
  return m ? BigInt(m[1]) : null;
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
  if (e.op !== 'Add' && e.op !== 'Sub' && e.op !== 'Mult') return null;
  const x = fast(c, e.left, lv, fail, lines);
  if (x === null) return null;
  const y = fast(c, e.right, lv, fail, lines);
  if (y === null) return null;
  lv.ops++;
  const v = c.fresh('fw');
  if (e.op === 'Mult') {
    lines.push(`const ${v} = @mulWithOverflow(${x} >> 1, ${y});`);
    lines.push(`if (${v}[1] != 0) break :${fail};`);
    return `${v}[0]`;
  }
  // With a constant operand, the wrapped result and the sign rule (overflow iff the result's
  // sign differs from both addends'; for a - b, from a's where a and b differ in sign): LLVM
  // folds the constant's half and tests one word (`lea; andn; js`). @addWithOverflow's flag
  // instead goes through a one-byte stack slot that Zig's LLVM lowering leaves behind (a dead
  // `seto` store per operation). Between two variables the flag stays: there the sign rule
  // costs more instructions than the store.
  if (constWord(x) !== null || constWord(y) !== null) {
    if (e.op === 'Add') {
      lines.push(`const ${v} = ${x} +% ${y};`);
      lines.push(`if (((${x} ^ ${v}) & (${y} ^ ${v})) < 0) break :${fail};`);
    } else {
      lines.push(`const ${v} = ${x} -% ${y};`);
      lines.push(`if (((${x} ^ ${y}) & (${x} ^ ${v})) < 0) break :${fail};`);
    }
    return v;
  }
  const builtin = e.op === 'Add' ? '@addWithOverflow' : '@subWithOverflow';
  lines.push(`const ${v} = ${builtin}(${x}, ${y});`);
  lines.push(`if (${v}[1] != 0) break :${fail};`);
  return `${v}[0]`;
}

/**
 * `e` (an int BinOp) with one fast path for its whole tree, or null when it is not a tree of
 * at least two such operations. `slow` generates the operations one by one.
 */
export function fusedInt(c: FnCtx, e: A.BinOp, slow: () => TExpr): TExpr | null {
  if (inSlow || !c.spec) return null;
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
