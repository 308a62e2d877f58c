// A pre-order walk over every AST node under `nodes` (a node, a list, or any value holding
// them), for analyses that look for a construct anywhere in a body.
import type * as A from './ast.js';

export function walkNodes(nodes: unknown, visit: (n: A.Node) => void): void {
  const go = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(go);
    const n = x as A.Node;
    if (!('nodeType' in n)) return;
    visit(n);
    for (const [k, v] of Object.entries(n)) if (k !== 'nodeType' && k !== 'nodeId') go(v);
  };
  go(nodes);
}
