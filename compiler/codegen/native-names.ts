// Reading a name of a natively implemented standard-library module that CPython's module has
// and pyaot's lacks (`sys.getsizeof`, `from os import fork`) is a compile error naming it: at
// run time it would raise an AttributeError or ImportError CPython does not raise. A name that
// CPython 3.11's module lacks too (`math.fma`) still compiles to that error, as in CPython.
import type * as A from '../parser/ast.js';
import { CPYTHON_MODULE_NAMES } from '../cpython-module-names.js';
import { nativeProvides } from '../native-modules.js';
import type { FnCtx } from './context.js';

/** The native module `e` reads when it is a name bound only by imports of one (`sys`, `os.path`). */
function nativeModuleOf(c: FnCtx, e: A.Expr): string | undefined {
  if (e.nodeType === 'Name') {
    const t = c.prog.types.nativeBinding(c.mod, c.scope, e.id);
    return t !== undefined && !t.includes('.') ? t : undefined;
  }
  // `os.path` after `import os` (or `import os.path`): a native submodule.
  if (e.nodeType === 'Attribute') {
    const m = nativeModuleOf(c, e.value);
    return m !== undefined && CPYTHON_MODULE_NAMES.has(`${m}.${e.attr}`) ? `${m}.${e.attr}` : undefined;
  }
  return undefined;
}

/** Whether CPython 3.11's `module` has public `name` and pyaot's native module does not. */
export function lacksNativeName(module: string, name: string): boolean {
  return CPYTHON_MODULE_NAMES.get(module)?.has(name) === true && !nativeProvides(module, name);
}

function refuse(c: FnCtx, node: A.Located, module: string, name: string): never {
  return c.error(node, `'${module}.${name}' is not supported by pyaot (its ${module} module lacks it)`);
}

/** `m.name` (a read, or a method call's callee) of a native module lacking `name`: an error. */
export function checkNativeAttr(c: FnCtx, e: A.Attribute): void {
  const m = nativeModuleOf(c, e.value);
  if (m !== undefined && lacksNativeName(m, e.attr)) refuse(c, e, m, e.attr);
}

/** `from m import name` of a native module lacking `name`: an error at the name. */
export function checkNativeImport(c: FnCtx, module: string, alias: A.Alias): void {
  if (lacksNativeName(module, alias.name)) refuse(c, alias, module, alias.name);
}
