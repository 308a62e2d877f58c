// Generators (to be replaced by the state-machine lowering).
import type * as A from '../parser/ast.js';
import type { Scope } from '../resolve/scopes.js';
import { FnCtx } from './context.js';
import type { FnInfo } from './func.js';

export function emitGeneratorFunction(c: FnCtx, node: A.FunctionDef, _scope: Scope, _info: FnInfo): void {
  c.error(node, 'generator functions are not supported yet');
}

export function emitGeneratorExpression(c: FnCtx, e: A.GeneratorExp, _scope: Scope): string {
  return c.error(e, 'generator expressions are not supported yet');
}
