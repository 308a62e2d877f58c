// Node ids: dense per module, in preorder (a node before its children, children in CPython's
// field order, list items in order), Module = 0. Assigned once, after parsing, so that the
// parser can build nodes bottom-up.

import type { Module, Node } from './ast.js';
import { F, FIELDS } from './fields.js';

/**
 * The deepest nesting of nodes CPython's ast.parse can return (Module counted): converting a
 * deeper tree to Python objects raises RecursionError ("maximum recursion depth exceeded during
 * ast construction"). 2991 is what a module-level ast.parse call allows under the default
 * recursion limit of 1000 (3 x 1000, less the caller's own frames).
 */
export const MAX_AST_DEPTH = 2991;

/** Thrown when the tree is deeper than CPython's ast.parse accepts. */
export class TreeTooDeep {}

/**
 * Numbers the nodes; throws TreeTooDeep when the tree nests deeper than MAX_AST_DEPTH. Uses an
 * explicit stack: trees thousands of levels deep must not exhaust the JS stack.
 */
export function assignNodeIds(module: Module): number {
  let next = 0;
  const nodes: Node[] = [module];
  const depths: number[] = [1];
  const children: Node[] = [];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > MAX_AST_DEPTH) throw new TreeTooDeep();
    node.nodeId = next++;
    const record = node as unknown as Record<string, unknown>;
    for (const [name, kind] of FIELDS[node.nodeType]) {
      if (kind === F.Node || kind === F.OptNode) {
        const child = record[name] as Node | null;
        if (child !== null) children.push(child);
      } else if (kind === F.Nodes) {
        for (const child of record[name] as (Node | null)[]) if (child !== null) children.push(child);
      }
    }
    // Push in reverse so that the first child is numbered next (preorder).
    while (children.length > 0) {
      nodes.push(children.pop()!);
      depths.push(depth + 1);
    }
  }
  return next;
}
