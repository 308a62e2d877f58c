// `@dataclass` classes get their `__init__` written into the class body at load time, as the
// Python CPython's dataclasses module would generate and exec():
//
//     def __init__(self, x, y=y):      # a default is the class attribute the field leaves
//         self.x = x
//         self.y = y
//         self.__post_init__()         # when the class body defines it
//
// pyaot has no exec(): pylib/dataclasses.py otherwise installs one generic `__init__(self,
// *args, **kwargs)` that binds and checks arguments by hand and stores through setattr(), about
// 20 times slower than a compiled method (constructing a two-field dataclass: 1.85 s per million
// against CPython's 0.38 s). The decorator keeps an `__init__` the class defines (as CPython's
// does), so it keeps this one and does everything else (fields, repr, eq, order, checks) itself.
//
// Only the plain case is written, where the result is CPython's exactly: the decorator is
// pylib's `dataclass` (bound by one `from dataclasses import dataclass` or `import dataclasses`
// and nothing else in the module, and no local dataclasses.py shadows it), alone, with no
// `init`, `frozen`, `kw_only` or `slots` argument; the class has no bases, keywords or own
// `__init__`; every field is a plain `name: annotation` with no `field(...)`, ClassVar, InitVar
// or KW_ONLY, none named `self`, and no field without a default follows one with a default
// (the decorator raises CPython's TypeError for that). Anything else keeps the generic
// `__init__`, which is right, only slower.
import type * as A from '../parser/ast.js';
import { assignNodeIds } from '../parser/ids.js';
import { parseModule } from '../parser/index.js';
import { walkNodes } from '../parser/walk.js';

const ALLOWED_OPTIONS = new Set(['repr', 'eq', 'order', 'unsafe_hash', 'match_args']);
const NOT_A_PLAIN_FIELD = new Set(['ClassVar', 'InitVar', 'KW_ONLY', 'field', 'Field']);

/** How the module names pylib's decorator: `dataclass` (from-import), or `dataclasses.dataclass`. */
interface Binding {
  kind: 'name' | 'module';
  name: string;
}

/**
 * Adds the `__init__` of each plain `@dataclass` class of `module` (see above); renumbers the
 * node ids when it adds any. `shadowed`: a program file named dataclasses would be imported
 * instead of pylib's.
 */
export function writeDataclassInits(module: A.Module, file: string, shadowed: boolean): void {
  if (shadowed) return;
  const bindings = decoratorBindings(module);
  if (bindings.length === 0) return;
  let added = false;
  walkNodes(module.body, (n) => {
    if (n.nodeType !== 'ClassDef') return;
    const init = plainInit(n as A.ClassDef, bindings, file);
    if (init !== null) {
      (n as A.ClassDef).body.push(init);
      added = true;
    }
  });
  if (added) assignNodeIds(module);
}

/** The bindings of pylib's decorator in the module that nothing else in it rebinds. */
function decoratorBindings(module: A.Module): Binding[] {
  const found: Binding[] = [];
  for (const st of module.body) {
    if (st.nodeType === 'ImportFrom' && st.module === 'dataclasses' && st.level === 0) {
      for (const a of st.names) if (a.name === 'dataclass') found.push({ kind: 'name', name: a.asname ?? 'dataclass' });
    } else if (st.nodeType === 'Import') {
      for (const a of st.names) if (a.name === 'dataclasses' && a.asname === null) found.push({ kind: 'module', name: 'dataclasses' });
    }
  }
  return found.filter((b) => bindingsOf(module, b.name) === 1);
}

/** How many times `name` is bound anywhere in the module (an import alias counts once). */
function bindingsOf(module: A.Module, name: string): number {
  let count = 0;
  walkNodes(module.body, (n) => {
    switch (n.nodeType) {
      case 'Name':
        if ((n as A.Name).id === name && (n as A.Name).ctx !== 'Load') count += 2;
        break;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'ClassDef':
        if ((n as A.ClassDef).name === name) count += 2;
        break;
      case 'arg':
        if ((n as A.Arg).arg === name) count += 2;
        break;
      case 'Global':
      case 'Nonlocal':
        if ((n as A.Global).names.includes(name)) count += 2;
        break;
      case 'alias': {
        const a = n as A.Alias;
        if ((a.asname ?? a.name.split('.')[0]) === name) count += 1;
        break;
      }
      default:
        break;
    }
  });
  return count;
}

/** Whether class-body statement `st` binds `name` (any way but a plain def, checked first). */
function bindsName(st: A.Stmt, name: string): boolean {
  let binds = false;
  walkNodes([st], (n) => {
    if (n.nodeType === 'Name' && (n as A.Name).id === name && (n as A.Name).ctx !== 'Load') binds = true;
    if ((n.nodeType === 'FunctionDef' || n.nodeType === 'AsyncFunctionDef' || n.nodeType === 'ClassDef') && (n as A.ClassDef).name === name) binds = true;
    if (n.nodeType === 'alias' && ((n as A.Alias).asname ?? (n as A.Alias).name) === name) binds = true;
  });
  return binds;
}

/** Whether `e` is the decorator: bare, or called with only harmless options. */
function isPlainDecorator(e: A.Expr, b: Binding): boolean {
  const isRef = (x: A.Expr) =>
    b.kind === 'name'
      ? x.nodeType === 'Name' && x.id === b.name
      : x.nodeType === 'Attribute' && x.attr === 'dataclass' && x.value.nodeType === 'Name' && x.value.id === b.name;
  if (isRef(e)) return true;
  return e.nodeType === 'Call' && isRef(e.func) && e.args.length === 0 && e.keywords.every((k) => k.arg !== null && ALLOWED_OPTIONS.has(k.arg));
}

/** Whether the annotation or default mentions a name that makes the field not plain. */
function mentionsSpecial(e: A.Expr): boolean {
  let special = false;
  walkNodes([e], (n) => {
    if (n.nodeType === 'Name' && NOT_A_PLAIN_FIELD.has((n as A.Name).id)) special = true;
    if (n.nodeType === 'Attribute' && NOT_A_PLAIN_FIELD.has((n as A.Attribute).attr)) special = true;
    // A string annotation (`x: "ClassVar[int]"`) is looked into as text.
    const c = n as A.Constant;
    if (n.nodeType === 'Constant' && c.value.t === 'str') {
      const text = c.value.v as string;
      if ([...NOT_A_PLAIN_FIELD].some((w) => text.includes(w))) special = true;
    }
  });
  return special;
}

/** The `__init__` to add to `cls`, or null when it is not the plain case. */
function plainInit(cls: A.ClassDef, bindings: Binding[], file: string): A.FunctionDef | null {
  if (cls.decorator_list.length !== 1 || !bindings.some((b) => isPlainDecorator(cls.decorator_list[0], b))) return null;
  if (cls.bases.length > 0 || cls.keywords.length > 0) return null;
  const fields: { name: string; hasDefault: boolean }[] = [];
  let postInit = false;
  for (const st of cls.body) {
    if ((st.nodeType === 'FunctionDef' || st.nodeType === 'AsyncFunctionDef') && st.name === '__init__') return null;
    if (st.nodeType === 'FunctionDef' && st.name === '__post_init__' && st.decorator_list.length === 0) postInit = true;
    else if (bindsName(st, '__post_init__')) return null; // bound some other way: not followed
    if (st.nodeType !== 'AnnAssign') continue;
    if (st.target.nodeType !== 'Name' || st.simple !== 1) return null;
    if (mentionsSpecial(st.annotation)) return null;
    // `x: int = field(...)` and the like: a call may make a Field.
    if (st.value !== null && (st.value.nodeType === 'Call' || mentionsSpecial(st.value))) return null;
    const name = st.target.id;
    if (name === 'self' || fields.some((f) => f.name === name)) return null;
    fields.push({ name, hasDefault: st.value !== null });
  }
  for (let i = 1; i < fields.length; i++) if (fields[i - 1].hasDefault && !fields[i].hasDefault) return null;
  const params = ['self', ...fields.map((f) => (f.hasDefault ? `${f.name}=${f.name}` : f.name))];
  const lines = [`def __init__(${params.join(', ')}):`, ...fields.map((f) => `    self.${f.name} = ${f.name}`)];
  if (postInit) lines.push('    self.__post_init__()');
  if (fields.length === 0 && !postInit) lines.push('    pass');
  const parsed = parseModule(lines.join('\n') + '\n', file);
  if (!parsed.ok) return null;
  const fn = parsed.module.body[0] as A.FunctionDef;
  // Its code sits at the class statement (tracebacks through it name that line).
  walkNodes([fn], (n) => {
    const l = n as Partial<A.Located>;
    if (typeof l.lineno === 'number') {
      l.lineno = cls.lineno;
      l.end_lineno = cls.lineno;
      l.col_offset = cls.col_offset;
      l.end_col_offset = cls.col_offset;
    }
  });
  return fn;
}
