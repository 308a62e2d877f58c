// Private name mangling (CPython's _Py_Mangle): inside a class body, and every function, lambda
// and comprehension nested in it, an identifier `__spam` (two leading underscores, not two
// trailing, no dot) is renamed `_Class__spam`, the class name stripped of its leading
// underscores. It runs once per module right after parsing, rewriting the tree in place, so
// every later stage (scopes, types, codegen) sees the names CPython's bytecode holds.
//
// What CPython mangles, and so what is rewritten: names (loads, stores, deletes, `global` and
// `nonlocal`, `except ... as`, match captures), attribute names, parameter names, the names that
// `def`/`class` bind (their `__name__` and `__qualname__` keep the written name: `pyName`),
// `import` bindings and — a CPython quirk — the attribute `from m import __x` reads. Not
// mangled, as in CPython: keyword argument names at call sites and match-class keyword patterns.

import type * as A from '../parser/ast.js';
import { F, FIELDS } from '../parser/fields.js';
import type { Diagnostic } from '../diagnostics.js';

/** `ident` as CPython stores it inside class `className`'s body (null: outside any class). */
export function mangle(className: string | null, ident: string): string {
  if (className === null || !ident.startsWith('__')) return ident;
  if (ident.endsWith('__') || ident.includes('.')) return ident;
  const stripped = className.replace(/^_+/, '');
  if (stripped === '') return ident;
  return `_${stripped}${ident}`;
}

/** The name a `def` or `class` statement gives its object (`__name__`), before mangling. */
export function writtenName(node: A.FunctionDef | A.AsyncFunctionDef | A.ClassDef): string {
  return node.pyName ?? node.name;
}

/**
 * Mangles the private names of `module` in place. Returns the constructs pyaot cannot express
 * after mangling (`import __pkg.sub` in a class binds a mangled name to the top package).
 */
export function manglePrivateNames(module: A.Module, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  // An explicit stack: trees thousands of levels deep must not exhaust the JS stack.
  const stack: Array<[A.Node, string | null]> = [[module, null]];
  while (stack.length > 0) {
    const [node, cls] = stack.pop()!;
    if (cls !== null) renameOwn(node, cls, file, problems);
    const record = node as unknown as Record<string, unknown>;
    for (const [field, kind] of FIELDS[node.nodeType]) {
      // A class body (only its body) is mangled with that class's name.
      const inner = node.nodeType === 'ClassDef' && field === 'body' ? writtenName(node) : cls;
      if (kind === F.Node || kind === F.OptNode) {
        const child = record[field] as A.Node | null;
        if (child !== null) stack.push([child, inner]);
      } else if (kind === F.Nodes) {
        for (const child of record[field] as (A.Node | null)[]) if (child !== null) stack.push([child, inner]);
      }
    }
  }
  return problems;
}

/** Renames the identifiers `node` itself holds (not its children's). */
function renameOwn(node: A.Node, cls: string, file: string, problems: Diagnostic[]): void {
  const m = (ident: string): string => mangle(cls, ident);
  switch (node.nodeType) {
    case 'Name':
      node.id = m(node.id);
      return;
    case 'Attribute':
      node.attr = m(node.attr);
      return;
    case 'arg':
      node.arg = m(node.arg);
      return;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'ClassDef': {
      const bound = m(node.name);
      if (bound !== node.name) {
        node.pyName = node.name;
        node.name = bound;
      }
      return;
    }
    case 'Global':
    case 'Nonlocal':
      node.names = node.names.map(m);
      return;
    case 'ExceptHandler':
    case 'MatchAs':
    case 'MatchStar':
      if (node.name !== null) node.name = m(node.name);
      return;
    case 'MatchMapping':
      if (node.rest !== null) node.rest = m(node.rest);
      return;
    case 'Import':
      for (const alias of node.names) {
        if (alias.asname !== null) {
          alias.asname = m(alias.asname);
          continue;
        }
        const top = alias.name.split('.')[0];
        if (m(top) === top) continue;
        if (top === alias.name) {
          alias.asname = m(top);
          continue;
        }
        problems.push({
          severity: 'error', file, line: alias.lineno, col: alias.col_offset,
          message: `unsupported construct: 'import ${alias.name}' inside class '${cls}' (it binds the mangled name '${m(top)}' to package '${top}'); import it outside the class`,
        });
      }
      return;
    case 'ImportFrom':
      for (const alias of node.names) {
        if (alias.name === '*') continue;
        alias.name = m(alias.name);
        if (alias.asname !== null) alias.asname = m(alias.asname);
      }
      return;
    default:
      return;
  }
}
