// Scope analysis: for every function, class body, lambda, comprehension and module, which names
// are local, global, nonlocal (free) or captured by an inner scope (cell), following CPython's
// symtable rules. Results are side tables keyed by node id; the AST is not touched.
//
// Rules that matter and are easy to get wrong:
//   - A name assigned anywhere in a function (even after its use) is local to the whole
//     function; reading it first raises UnboundLocalError.
//   - Class bodies are scopes, but functions nested in a class do not see class-level names.
//   - Comprehensions are scopes of their own; their first iterable is evaluated in the
//     enclosing scope, and a walrus inside binds in the nearest enclosing function scope.
//   - `global x` and `nonlocal x` redirect every use of x in that scope.
import { writtenName } from './mangle.js';
import type * as A from '../parser/ast.js';
import { CompileError, type Diagnostic } from '../diagnostics.js';

export type ScopeKind = 'module' | 'function' | 'class' | 'lambda' | 'comprehension';

export interface Scope {
  kind: ScopeKind;
  /** The defining node (Module, FunctionDef, AsyncFunctionDef, ClassDef, Lambda, or a comprehension expression). */
  node: A.Node;
  name: string;
  /** Dotted qualified name as CPython's __qualname__ builds it (`Outer.method.<locals>.inner`). */
  qualname: string;
  parent: Scope | null;
  children: Scope[];
  /** Names bound in this scope (assignment targets, params, imports, defs, ...), in first-seen order. */
  locals: Set<string>;
  params: string[];
  globals: Set<string>;
  nonlocals: Set<string>;
  /** Locals of this scope captured by an inner scope (they live in cells). */
  cells: Set<string>;
  /** Names this scope reads from an enclosing function scope (through cells). */
  frees: Set<string>;
  /** Every name read in this scope. */
  uses: Set<string>;
  /** Names assigned in this scope's own body (parameter binding excluded). */
  stores: Set<string>;
  /** True when the body contains `yield` / `yield from` (a generator function). */
  isGenerator: boolean;
  /** Uses zero-argument `super()` or `__class__` (needs the class cell). */
  usesClassCell: boolean;
  hasImportStar: boolean;
}

/** How a name is reached from a given scope. */
export type NameRef =
  | { kind: 'local'; scope: Scope }
  | { kind: 'cell'; scope: Scope; owner: Scope } // a cell owned by `owner` (== scope for own cells)
  | { kind: 'global'; module: Scope }
  | { kind: 'classlocal'; scope: Scope } // a name in a class body: namespace dict, then globals
  | { kind: 'builtin' };

export interface ScopeInfo {
  module: Scope;
  /** Scope of each scope-defining node, by node id. */
  byNode: Map<number, Scope>;
  all: Scope[];
}

export function analyzeScopes(mod: A.Module, file: string, moduleName: string): ScopeInfo {
  const b = new Builder(file);
  const top = b.newScope('module', mod, moduleName, '', null);
  b.visitBody(mod.body, top);
  if (b.errors.length > 0) throw new CompileError(b.errors);
  b.resolveFrees(top);
  return { module: top, byNode: b.byNode, all: b.all };
}

class Builder {
  byNode = new Map<number, Scope>();
  all: Scope[] = [];
  errors: Diagnostic[] = [];
  constructor(readonly file: string) {}

  newScope(kind: ScopeKind, node: A.Node, name: string, qualname: string, parent: Scope | null): Scope {
    const s: Scope = {
      kind, node, name, qualname, parent, children: [], locals: new Set(), params: [], globals: new Set(),
      nonlocals: new Set(), cells: new Set(), frees: new Set(), uses: new Set(), stores: new Set(), isGenerator: false,
      usesClassCell: false, hasImportStar: false,
    };
    parent?.children.push(s);
    this.byNode.set(node.nodeId, s);
    this.all.push(s);
    return s;
  }

  error(node: A.Located, message: string): void {
    this.errors.push({ severity: 'error', message, file: this.file, line: node.lineno, col: node.col_offset, endLine: node.end_lineno, endCol: node.end_col_offset });
  }

  /** Qualified name prefix for children of `s` (CPython adds `.<locals>` under functions). */
  childQual(s: Scope, name: string): string {
    if (s.kind === 'module') return name;
    if (s.kind === 'class') return `${s.qualname}.${name}`;
    return `${s.qualname}.<locals>.${name}`;
  }

  bind(s: Scope, name: string): void {
    s.stores.add(name);
    if (s.globals.has(name) || s.nonlocals.has(name)) return;
    s.locals.add(name);
  }

  visitBody(body: A.Stmt[], s: Scope): void {
    for (const st of body) this.visitStmt(st, s);
  }

  visitStmt(st: A.Stmt, s: Scope): void {
    switch (st.nodeType) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        for (const d of st.decorator_list) this.visitExpr(d, s);
        this.visitArgDefaults(st.args, s);
        if (st.returns) this.visitExpr(st.returns, s);
        this.bind(s, st.name);
        const f = this.newScope('function', st, writtenName(st), this.childQual(s, writtenName(st)), s);
        this.bindParams(st.args, f);
        this.visitBody(st.body, f);
        return;
      }
      case 'ClassDef': {
        for (const d of st.decorator_list) this.visitExpr(d, s);
        for (const e of st.bases) this.visitExpr(e, s);
        for (const k of st.keywords) this.visitExpr(k.value, s);
        this.bind(s, st.name);
        const c = this.newScope('class', st, writtenName(st), this.childQual(s, writtenName(st)), s);
        this.visitBody(st.body, c);
        return;
      }
      case 'Return':
        if (st.value) this.visitExpr(st.value, s);
        return;
      case 'Delete':
        for (const t of st.targets) this.visitTarget(t, s);
        return;
      case 'Assign':
        this.visitExpr(st.value, s);
        for (const t of st.targets) this.visitTarget(t, s);
        return;
      case 'AugAssign':
        this.visitExpr(st.value, s);
        if (st.target.nodeType === 'Name') s.uses.add(st.target.id);
        this.visitTarget(st.target, s);
        return;
      case 'AnnAssign':
        if (st.value) this.visitExpr(st.value, s);
        if (s.kind !== 'function') this.visitExpr(st.annotation, s);
        if (st.value || st.target.nodeType !== 'Name' || s.kind !== 'module') this.visitTarget(st.target, s);
        else this.visitTarget(st.target, s);
        return;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(st.iter, s);
        this.visitTarget(st.target, s);
        this.visitBody(st.body, s);
        this.visitBody(st.orelse, s);
        return;
      case 'While':
        this.visitExpr(st.test, s);
        this.visitBody(st.body, s);
        this.visitBody(st.orelse, s);
        return;
      case 'If':
        this.visitExpr(st.test, s);
        this.visitBody(st.body, s);
        this.visitBody(st.orelse, s);
        return;
      case 'With':
      case 'AsyncWith':
        for (const it of st.items) {
          this.visitExpr(it.context_expr, s);
          if (it.optional_vars) this.visitTarget(it.optional_vars, s);
        }
        this.visitBody(st.body, s);
        return;
      case 'Match':
        this.visitExpr(st.subject, s);
        for (const c of st.cases) {
          this.visitPattern(c.pattern, s);
          if (c.guard) this.visitExpr(c.guard, s);
          this.visitBody(c.body, s);
        }
        return;
      case 'Raise':
        if (st.exc) this.visitExpr(st.exc, s);
        if (st.cause) this.visitExpr(st.cause, s);
        return;
      case 'Try':
      case 'TryStar':
        this.visitBody(st.body, s);
        for (const h of st.handlers) {
          if (h.type) this.visitExpr(h.type, s);
          if (h.name) this.bind(s, h.name);
          this.visitBody(h.body, s);
        }
        this.visitBody(st.orelse, s);
        this.visitBody(st.finalbody, s);
        return;
      case 'Assert':
        this.visitExpr(st.test, s);
        if (st.msg) this.visitExpr(st.msg, s);
        return;
      case 'Import':
        for (const a of st.names) this.bind(s, a.asname ?? a.name.split('.')[0]);
        return;
      case 'ImportFrom':
        for (const a of st.names) {
          if (a.name === '*') {
            s.hasImportStar = true;
            continue;
          }
          this.bind(s, a.asname ?? a.name);
        }
        return;
      case 'Global':
        for (const n of st.names) {
          if (s.locals.has(n) || s.params.includes(n)) {
            this.error(st, s.params.includes(n) ? `name '${n}' is parameter and global` : `name '${n}' is assigned to before global declaration`);
          }
          s.globals.add(n);
        }
        return;
      case 'Nonlocal':
        for (const n of st.names) {
          if (s.kind === 'module') this.error(st, 'nonlocal declaration not allowed at module level');
          if (s.locals.has(n) && !s.params.includes(n)) this.error(st, `name '${n}' is assigned to before nonlocal declaration`);
          if (s.params.includes(n)) this.error(st, `name '${n}' is parameter and nonlocal`);
          s.nonlocals.add(n);
        }
        return;
      case 'Expr':
        this.visitExpr(st.value, s);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  visitArgDefaults(args: A.Arguments, s: Scope): void {
    for (const d of args.defaults) this.visitExpr(d, s);
    for (const d of args.kw_defaults) if (d) this.visitExpr(d, s);
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) if (a.annotation) this.visitExpr(a.annotation, s);
    if (args.vararg?.annotation) this.visitExpr(args.vararg.annotation, s);
    if (args.kwarg?.annotation) this.visitExpr(args.kwarg.annotation, s);
  }

  bindParams(args: A.Arguments, f: Scope): void {
    const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) all.push(args.vararg);
    if (args.kwarg) all.push(args.kwarg);
    for (const a of all) {
      f.params.push(a.arg);
      f.locals.add(a.arg);
    }
  }

  visitTarget(t: A.Expr, s: Scope): void {
    switch (t.nodeType) {
      case 'Name':
        this.bind(s, t.id);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.visitTarget(e, s);
        return;
      case 'Starred':
        this.visitTarget(t.value, s);
        return;
      case 'Attribute':
        this.visitExpr(t.value, s);
        return;
      case 'Subscript':
        this.visitExpr(t.value, s);
        this.visitExpr(t.slice, s);
        return;
      default:
        this.visitExpr(t, s);
    }
  }

  visitPattern(p: A.Pattern, s: Scope): void {
    switch (p.nodeType) {
      case 'MatchValue':
        this.visitExpr(p.value, s);
        return;
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q, s);
        return;
      case 'MatchMapping':
        for (const k of p.keys) this.visitExpr(k, s);
        for (const q of p.patterns) this.visitPattern(q, s);
        if (p.rest) this.bind(s, p.rest);
        return;
      case 'MatchClass':
        this.visitExpr(p.cls, s);
        for (const q of p.patterns) this.visitPattern(q, s);
        for (const q of p.kwd_patterns) this.visitPattern(q, s);
        return;
      case 'MatchStar':
        if (p.name) this.bind(s, p.name);
        return;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern, s);
        if (p.name) this.bind(s, p.name);
        return;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q, s);
        return;
    }
  }

  /** The scope a walrus target binds in: the nearest non-comprehension scope. */
  walrusScope(s: Scope): Scope {
    let t = s;
    while (t.kind === 'comprehension' && t.parent) t = t.parent;
    return t;
  }

  visitExpr(e: A.Expr, s: Scope): void {
    switch (e.nodeType) {
      case 'Name':
        if (e.ctx === 'Load') {
          s.uses.add(e.id);
          if (e.id === '__class__') this.markClassCell(s);
        } else this.bind(s, e.id);
        return;
      case 'BoolOp':
        for (const v of e.values) this.visitExpr(v, s);
        return;
      case 'NamedExpr': {
        this.visitExpr(e.value, s);
        if (e.target.nodeType === 'Name') {
          const ws = this.walrusScope(s);
          if (ws !== s) {
            // Bound in the enclosing function, read through a cell from the comprehension.
            this.bind(ws, e.target.id);
            let c: Scope | null = s;
            while (c && c !== ws) {
              c.nonlocals.add(e.target.id);
              c = c.parent;
            }
            if (ws.kind === 'module') {
              let c2: Scope | null = s;
              while (c2 && c2 !== ws) {
                c2.nonlocals.delete(e.target.id);
                c2.globals.add(e.target.id);
                c2 = c2.parent;
              }
            }
          } else this.bind(s, e.target.id);
        }
        return;
      }
      case 'BinOp':
        this.visitExpr(e.left, s);
        this.visitExpr(e.right, s);
        return;
      case 'UnaryOp':
        this.visitExpr(e.operand, s);
        return;
      case 'Lambda': {
        this.visitArgDefaults(e.args, s);
        const f = this.newScope('lambda', e, '<lambda>', this.childQual(s, '<lambda>'), s);
        this.bindParams(e.args, f);
        this.visitExpr(e.body, f);
        return;
      }
      case 'IfExp':
        this.visitExpr(e.test, s);
        this.visitExpr(e.body, s);
        this.visitExpr(e.orelse, s);
        return;
      case 'Dict':
        for (const k of e.keys) if (k) this.visitExpr(k, s);
        for (const v of e.values) this.visitExpr(v, s);
        return;
      case 'Set':
      case 'List':
      case 'Tuple':
        for (const v of e.elts) this.visitExpr(v, s);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.visitComprehension(e, e.generators, [e.elt], s);
        return;
      case 'DictComp':
        this.visitComprehension(e, e.generators, [e.key, e.value], s);
        return;
      case 'Await':
        this.visitExpr(e.value, s);
        return;
      case 'Yield':
        s.isGenerator = true;
        if (e.value) this.visitExpr(e.value, s);
        return;
      case 'YieldFrom':
        s.isGenerator = true;
        this.visitExpr(e.value, s);
        return;
      case 'Compare':
        this.visitExpr(e.left, s);
        for (const c of e.comparators) this.visitExpr(c, s);
        return;
      case 'Call':
        this.visitExpr(e.func, s);
        for (const a of e.args) this.visitExpr(a, s);
        for (const k of e.keywords) this.visitExpr(k.value, s);
        if (e.func.nodeType === 'Name' && e.func.id === 'super' && e.args.length === 0) this.markClassCell(s);
        return;
      case 'FormattedValue':
        this.visitExpr(e.value, s);
        if (e.format_spec) this.visitExpr(e.format_spec, s);
        return;
      case 'JoinedStr':
        for (const v of e.values) this.visitExpr(v, s);
        return;
      case 'Constant':
        return;
      case 'Attribute':
        this.visitExpr(e.value, s);
        return;
      case 'Subscript':
        this.visitExpr(e.value, s);
        this.visitExpr(e.slice, s);
        return;
      case 'Starred':
        this.visitExpr(e.value, s);
        return;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower, s);
        if (e.upper) this.visitExpr(e.upper, s);
        if (e.step) this.visitExpr(e.step, s);
        return;
    }
  }

  markClassCell(s: Scope): void {
    // super() / __class__ in a method: the enclosing class's cell, reached through functions.
    // Zero-argument super() also reads the method's first parameter.
    let f: Scope | null = s;
    while (f && f.kind !== 'function') f = f.parent;
    if (f) {
      f.usesClassCell = true;
      if (f.params.length > 0) f.uses.add(f.params[0]);
    }
  }

  visitComprehension(node: A.Expr, gens: A.Comprehension[], elts: A.Expr[], s: Scope): void {
    // The first iterable is evaluated in the enclosing scope.
    this.visitExpr(gens[0].iter, s);
    const kindName = node.nodeType === 'ListComp' ? '<listcomp>' : node.nodeType === 'SetComp' ? '<setcomp>' : node.nodeType === 'DictComp' ? '<dictcomp>' : '<genexpr>';
    const c = this.newScope('comprehension', node, kindName, this.childQual(s, kindName), s);
    if (node.nodeType === 'GeneratorExp') c.isGenerator = true;
    gens.forEach((g, i) => {
      if (i > 0) this.visitExpr(g.iter, c);
      this.visitTarget(g.target, c);
      for (const cond of g.ifs) this.visitExpr(cond, c);
    });
    for (const e of elts) this.visitExpr(e, c);
  }

  /** Links each read of a non-local, non-global name to the enclosing function scope that binds it. */
  resolveFrees(s: Scope): void {
    for (const child of s.children) this.resolveFrees(child);
    if (s.kind === 'module') return;
    const wanted = new Set<string>();
    for (const n of s.uses) if (!s.locals.has(n) && !s.globals.has(n)) wanted.add(n);
    for (const n of s.nonlocals) wanted.add(n);
    for (const c of s.children) for (const n of c.frees) if (!s.locals.has(n) && !s.globals.has(n)) wanted.add(n);
    for (const n of wanted) {
      if (s.locals.has(n) && !s.nonlocals.has(n)) continue;
      const owner = findEnclosingBinder(s, n);
      if (owner) {
        if (needsCell(s, owner, n)) owner.cells.add(n);
        // An inline comprehension's read is the owner's own read of its local.
        else owner.uses.add(n);
        s.frees.add(n);
        // Intermediate scopes pass the cell through.
        let p = s.parent;
        while (p && p !== owner) {
          if (p.kind !== 'class') p.frees.add(n);
          p = p.parent;
        }
      } else if (s.nonlocals.has(n)) {
        const node = s.node as A.Located;
        this.error(node, `no binding for nonlocal '${n}' found`);
      }
    }
    if (this.errors.length > 0) throw new CompileError(this.errors);
  }
}

/**
 * List, set and dict comprehensions are compiled inline in their enclosing function, so a name
 * they read from it needs no cell; it does when a real closure (def, lambda, generator
 * expression, class body) sits anywhere between the reader and the owner, or reads it itself.
 */
export function isInlineComprehension(s: Scope): boolean {
  return s.kind === 'comprehension' && s.node.nodeType !== 'GeneratorExp';
}

function needsCell(reader: Scope, owner: Scope, name: string): boolean {
  if (!isInlineComprehension(reader)) return true;
  void name;
  let p = reader.parent;
  while (p && p !== owner) {
    if (!isInlineComprehension(p)) return true;
    p = p.parent;
  }
  return false;
}

/** The nearest enclosing function-like scope (not class, not module) that binds `name` locally. */
function findEnclosingBinder(s: Scope, name: string): Scope | null {
  let p = s.parent;
  while (p) {
    if (p.kind === 'module') return null;
    if (p.kind !== 'class') {
      if (p.globals.has(name)) return null;
      if (p.locals.has(name) && !p.nonlocals.has(name)) return p;
    }
    p = p.parent;
  }
  return null;
}

/** How `name` is reached when read or written in scope `s`. */
export function lookupName(s: Scope, name: string): NameRef {
  if (s.globals.has(name)) return { kind: 'global', module: moduleOf(s) };
  if (s.kind === 'module') return s.locals.has(name) || s.hasImportStar ? { kind: 'global', module: s } : isBuiltinOrGlobal(s, name);
  if (s.kind === 'class') {
    if (s.locals.has(name)) return { kind: 'classlocal', scope: s };
    if (s.frees.has(name)) return { kind: 'cell', scope: s, owner: findEnclosingBinder(s, name)! };
    return isBuiltinOrGlobal(s, name);
  }
  if (s.nonlocals.has(name) || (s.frees.has(name) && !s.locals.has(name))) {
    const owner = findEnclosingBinder(s, name);
    if (owner) return { kind: 'cell', scope: s, owner };
  }
  if (s.locals.has(name)) {
    if (s.cells.has(name)) return { kind: 'cell', scope: s, owner: s };
    return { kind: 'local', scope: s };
  }
  return isBuiltinOrGlobal(s, name);
}

function isBuiltinOrGlobal(s: Scope, name: string): NameRef {
  const m = moduleOf(s);
  if (m.locals.has(name) || m.hasImportStar) return { kind: 'global', module: m };
  // Assigned through `global name` somewhere in the module counts as a module global.
  for (const sc of allScopesUnder(m)) if (sc.globals.has(name)) return { kind: 'global', module: m };
  return { kind: 'builtin' };
}

function* allScopesUnder(s: Scope): Generator<Scope> {
  yield s;
  for (const c of s.children) yield* allScopesUnder(c);
}

export function moduleOf(s: Scope): Scope {
  let m = s;
  while (m.parent) m = m.parent;
  return m;
}
