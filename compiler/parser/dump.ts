// ast.dump(tree, include_attributes=True), reproduced exactly: fields in CPython's order,
// optional fields that are None left out, then the position attributes. Written as one
// recursive function appending to a buffer, so that trees as deep as CPython builds (about
// 3000 levels) fit in Node's default stack.

import type { ConstantValue, Node } from './ast.js';
import { F, FIELDS, UNLOCATED } from './fields.js';
import { reprConstant, reprStr } from './pyrepr.js';

export function dumpAst(node: Node): string {
  const out: string[] = [];
  dumpNode(node, out);
  return out.join('');
}

function dumpNode(node: Node, out: string[]): void {
  const record = node as unknown as Record<string, unknown>;
  out.push(node.nodeType, '(');
  let first = true;
  for (const [name, kind] of FIELDS[node.nodeType]) {
    const value = record[name];
    if (value === null && (kind === F.OptNode || kind === F.OptIdent || kind === F.OptInt || kind === F.NullStr)) continue;
    out.push(first ? '' : ', ', name, '=');
    first = false;
    switch (kind) {
      case F.Node:
      case F.OptNode:
        if (value === null) out.push('None');
        else dumpNode(value as Node, out);
        break;
      case F.Nodes: {
        out.push('[');
        const items = value as (Node | null)[];
        for (let i = 0; i < items.length; i++) {
          if (i > 0) out.push(', ');
          const item = items[i];
          if (item === null) out.push('None');
          else dumpNode(item, out);
        }
        out.push(']');
        break;
      }
      case F.Ident:
      case F.OptIdent:
      case F.NullStr:
        out.push(reprStr(value as string));
        break;
      case F.Idents:
        out.push('[', (value as string[]).map((s) => reprStr(s)).join(', '), ']');
        break;
      case F.Int:
      case F.OptInt:
        out.push(String(value));
        break;
      case F.Op:
        out.push(value as string, '()');
        break;
      case F.Ops:
        out.push('[', (value as string[]).map((op) => `${op}()`).join(', '), ']');
        break;
      case F.Const:
        out.push(reprConstant(value as ConstantValue));
        break;
    }
  }
  if (!UNLOCATED.has(node.nodeType)) {
    out.push(first ? '' : ', ', 'lineno=', String(record.lineno), ', col_offset=', String(record.col_offset),
      ', end_lineno=', String(record.end_lineno), ', end_col_offset=', String(record.end_col_offset));
  }
  out.push(')');
}
