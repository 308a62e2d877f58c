// Node ids: dense per module, in preorder (a node before its children, children in CPython's
// field order, list items in order), Module = 0. Assigned once, after parsing, so that the
// parser can build nodes bottom-up.

import type { Module, Node } from './ast.js';
import { F, FIELDS } from './fields.js';

export function assignNodeIds(module: Module): number {
  let next = 0;
  const visit = (node: Node): void => {
    node.nodeId = next++;
    const record = node as unknown as Record<string, unknown>;
    for (const [name, kind] of FIELDS[node.nodeType]) {
      if (kind === F.Node || kind === F.OptNode) {
        const child = record[name] as Node | null;
        if (child !== null) visit(child);
      } else if (kind === F.Nodes) {
        for (const child of record[name] as (Node | null)[]) if (child !== null) visit(child);
      }
    }
  };
  visit(module);
  return next;
}
