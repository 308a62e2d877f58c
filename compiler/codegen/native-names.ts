// Reading a name of a standard-library module pyaot provides (natively, or in Python under
// pylib/) that CPython's module has and pyaot's lacks (`sys.getsizeof`, `from os import fork`,
// `collections.UserDict`) is a compile error naming it: at run time it would raise an
// AttributeError or ImportError CPython does not raise. A name CPython 3.11's module lacks too
// (`math.fma`) still compiles to that error, as in CPython.
import type * as A from '../parser/ast.js';
import { inPylib, type ImportTarget } from '../modules.js';
import { CPYTHON_MODULE_NAMES } from '../cpython-module-names.js';
import { NATIVE_MODULES, nativeProvides } from '../native-modules.js';
import type { FnCtx, ProgramCtx } from './context.js';

/**
 * The standard-library module `e` reads when it is a name bound only by imports of one (`sys`,
 * `collections`), or such a module's submodule (`os.path`, `collections.abc`).
 */
function stdlibModuleOf(c: FnCtx, e: A.Expr): string | undefined {
  if (e.nodeType === 'Name') return c.prog.types.stdlibModuleBinding(c.mod, c.scope, e.id);
  if (e.nodeType === 'Attribute') {
    const m = stdlibModuleOf(c, e.value);
    return m !== undefined && CPYTHON_MODULE_NAMES.has(`${m}.${e.attr}`) ? `${m}.${e.attr}` : undefined;
  }
  return undefined;
}

/** Whether pyaot's `module` (native, or a pylib module of the program) binds `name`. */
function provides(prog: ProgramCtx, module: string, name: string): boolean {
  if (NATIVE_MODULES.has(module)) return nativeProvides(module, name);
  // A submodule the program imports is bound on its package when imported (`collections.abc`).
  if (prog.graph.byName.has(`${module}.${name}`)) return true;
  const info = prog.scopes.get(module);
  if (info === undefined) return true;
  if (info.module.locals.has(name)) return true;
  // Bound by a function's `global` statement, or maybe by a star import.
  return info.all.some((s) => s.hasImportStar || s.globals.has(name) && s.stores.has(name));
}

/** Whether CPython 3.11's `module` has public `name` and pyaot's does not. */
function lacks(prog: ProgramCtx, module: string, name: string): boolean {
  return CPYTHON_MODULE_NAMES.get(module)?.has(name) === true && !provides(prog, module, name);
}

function refuse(c: FnCtx, node: A.Located, module: string, name: string): never {
  return c.error(node, `'${module}.${name}' is not supported by pyaot (its ${module} module lacks it)`);
}

/**
 * `m.name` (a read, or a method call's callee) of a stdlib module lacking `name`: an error. Only
 * in the program's own code: pylib's modules are what pyaot provides, checked by their tests.
 */
export function checkStdlibAttr(c: FnCtx, e: A.Attribute): void {
  if (inPylib(c.mod.file)) return;
  const m = stdlibModuleOf(c, e.value);
  if (m !== undefined && lacks(c.prog, m, e.attr)) refuse(c, e, m, e.attr);
}

/** `from m import name` of a stdlib module lacking `name`: an error at the name. */
export function checkStdlibImport(c: FnCtx, target: ImportTarget, alias: A.Alias): void {
  if (target.kind === 'missing' || inPylib(c.mod.file)) return;
  // A program's own module of a stdlib name shadows the stdlib's: not checked.
  if (target.kind === 'source' && !inPylib(c.prog.graph.byName.get(target.module)?.file)) return;
  if (lacks(c.prog, target.module, alias.name)) refuse(c, alias, target.module, alias.name);
}
