// The marker line CPython 3.11 prints under a traceback entry's source line: `^` under the
// expression that was running (the failing operation, or the call a frame was waiting on), and
// for a binary operation or a subscript `~` under the operands with `^` under the operator or the
// brackets. Computed at compile time from the node's positions (CPython's colno/end_colno are
// that node's); the rules are CPython's (Python/traceback.c, Lib/traceback.py):
// - a node spanning several lines is marked to the end of its first line, without anchors;
// - no marker line when the marks would cover the whole stripped line and there are no anchors;
// - BinOp anchors: the operator, the first character after the left operand that is neither
//   space nor a closing parenthesis, one or two characters long; Subscript: from the end of the
//   value to one past the end of the slice;
// - the source line keeps its trailing spaces (CPython strips only the indentation), so they
//   count towards "the whole line".
import type * as A from '../parser/ast.js';

/** The marker line (with its four-space margin), or '' when CPython prints none. */
export function caretLine(line: string, node: A.Node): string {
  if (!('col_offset' in node) || typeof node.col_offset !== 'number' || node.end_col_offset == null || node.end_lineno == null) return '';
  const chars = Array.from(line);
  const strippedLen = Array.from(line.trimStart()).length;
  const lead = chars.length - strippedLen;
  const start = charOffset(line, node.col_offset);
  let end: number;
  let anchors: { left: number; right: number } | null = null;
  if (node.end_lineno === node.lineno) {
    end = charOffset(line, node.end_col_offset);
    anchors = anchorsOf(line, node, start);
  } else {
    end = lead + Array.from(line.trim()).length;
  }
  if (end <= start) return '';
  if (!(end - start < strippedLen || (anchors && anchors.right > anchors.left))) return '';
  let marks = ' '.repeat(Math.max(0, start - lead));
  for (let i = 0; i < end - start; i++) marks += anchors && i >= anchors.left && i < anchors.right ? '^' : anchors ? '~' : '^';
  return `    ${marks}`;
}

/** Character offset (code points) of UTF-8 byte offset `byte` in `line`, as CPython converts. */
function charOffset(line: string, byte: number): number {
  let bytes = 0;
  let n = 0;
  for (const ch of line) {
    if (bytes >= byte) break;
    bytes += Buffer.byteLength(ch);
    n++;
  }
  return n;
}

/** CPython's anchors, relative to the node's first character, or null. */
function anchorsOf(line: string, node: A.Node, start: number): { left: number; right: number } | null {
  const chars = Array.from(line);
  if (node.nodeType === 'BinOp') {
    const l = node.left as A.Node & A.Located;
    const r = node.right as A.Node & A.Located;
    if (l.end_lineno !== node.lineno || r.lineno !== node.lineno) return null;
    const opStart = charOffset(line, l.end_col_offset);
    const opEnd = charOffset(line, r.col_offset);
    let i = opStart;
    while (i < opEnd && (/\s/.test(chars[i]) || chars[i] === ')')) i++;
    if (i >= opEnd) return null;
    const left = i - start;
    const right = i + 1 < opEnd && !/\s/.test(chars[i + 1]) ? left + 2 : left + 1;
    return { left, right };
  }
  if (node.nodeType === 'Subscript') {
    const v = node.value as A.Node & A.Located;
    const s = node.slice as A.Node & A.Located;
    if (v.end_lineno !== node.lineno || s.end_lineno !== node.lineno) return null;
    return { left: charOffset(line, v.end_col_offset) - start, right: charOffset(line, s.end_col_offset) + 1 - start };
  }
  return null;
}
