// ast.dump(tree, include_attributes=True), reproduced exactly: fields in CPython's order,
// optional fields that are None left out, then the position attributes.

import type { ConstantValue, Node } from './ast.js';
import { F, FIELDS, UNLOCATED } from './fields.js';
import { reprConstant, reprStr } from './pyrepr.js';

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

export function dumpAst(node: Node): string {
  const parts: string[] = [];
  const record = node as unknown as Record<string, unknown>;
  for (const [name, kind] of FIELDS[node.nodeType]) {
    const value = record[name];
    if (value === null && kind !== F.Node && kind !== F.Nodes && kind !== F.Ident && kind !== F.Int) continue;
    parts.push(`${name}=${dumpField(value, kind)}`);
  }
  if (!UNLOCATED.has(node.nodeType)) {
    for (const name of ATTRIBUTES) parts.push(`${name}=${record[name] as number}`);
  }
  return `${node.nodeType}(${parts.join(', ')})`;
}

function dumpField(value: unknown, kind: F): string {
  switch (kind) {
    case F.Node:
    case F.OptNode:
      return value === null ? 'None' : dumpAst(value as Node);
    case F.Nodes:
      return `[${(value as (Node | null)[]).map((n) => (n === null ? 'None' : dumpAst(n))).join(', ')}]`;
    case F.Ident:
    case F.OptIdent:
    case F.NullStr:
      return reprStr(value as string);
    case F.Idents:
      return `[${(value as string[]).map((s) => reprStr(s)).join(', ')}]`;
    case F.Int:
    case F.OptInt:
      return String(value);
    case F.Op:
      return `${value as string}()`;
    case F.Ops:
      return `[${(value as string[]).map((op) => `${op}()`).join(', ')}]`;
    case F.Const:
      return reprConstant(value as ConstantValue);
  }
}
