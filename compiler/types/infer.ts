// Whole-program type inference with function specialization.
//
// Each function is analyzed once per argument-type signature it is called with (a
// *specialization*), as Codon and Shed Skin do: `fib(n)` called with an int compiles to a
// function over a native int. A specialization's local variables get the join of every value
// assigned to them; expressions get types from their operands; calls to module-level functions
// get the return type of the callee's specialization for their argument types. Everything
// iterates to a fixed point (recursive functions start from `bottom`).
//
// Soundness rules that keep "static where provable, dynamic where not" honest:
//   - only locals that are never captured (no cells), never unbound at a read (assign.ts) and
//     of one primitive type are stored unboxed; globals are always boxed (any function or module
//     may rebind them);
//   - a call is specialized only for a module-level function that nothing rebinds (its global
//     is "sealed": the module refuses other assignments to it, see codegen);
//   - unknown operations give `object`, which is always correct.
import type * as A from '../parser/ast.js';
import type { Scope, ScopeInfo } from '../resolve/scopes.js';
import { lookupName } from '../resolve/scopes.js';
import type { ModuleGraph, SourceModule } from '../modules.js';
import { analyzeAssignment } from './assign.js';
import { BOTTOM, BOOL, FLOAT, INT, NONE, OBJECT, STR, join, sameTy, show, type Ty } from './lattice.js';

export interface Spec {
  id: number;
  fn: A.FunctionDef;
  scope: Scope;
  mod: SourceModule;
  /** Parameter types in rt.Code order (posonly, normal, kwonly). */
  params: Ty[];
  key: string;
  /** The all-`object` specialization every dynamic call reaches. */
  generic: boolean;
  vars: Map<string, Ty>;
  ret: Ty;
  exprs: Map<number, Ty>;
  /** Call node id -> the specialization it calls directly. */
  calls: Map<number, Spec>;
  /** Locals that may be read unassigned (keep their UNBOUND checks). */
  unsafe: Set<string>;
}

/** A module-level function eligible for direct, specialized calls. */
export interface SealedFn {
  def: A.FunctionDef;
  scope: Scope;
  mod: SourceModule;
  params: string[];
  nPos: number;
  /** Types of the positional defaults (the last nDefaults positional parameters). */
  defaultTypes: Ty[];
  specs: Map<string, Spec>;
}

export interface ProgramTypes {
  /** Specializations by function node, the generic one first. */
  specsOf(def: A.FunctionDef): Spec[];
  sealed(def: A.FunctionDef): SealedFn | undefined;
  /** Types for code outside any specialized function (module bodies, methods, lambdas). */
  scopeTypes(scope: Scope): Spec | undefined;
}

const MAX_SPECS_PER_FN = 8;

export function inferProgram(graph: ModuleGraph, scopes: Map<string, ScopeInfo>): ProgramTypes {
  const inf = new Inference(graph, scopes);
  inf.run();
  return inf;
}

function tyKey(t: Ty): string {
  return show(t);
}

/** Parameter types used as specialization keys: primitives, else object. */
function keyTy(t: Ty): Ty {
  switch (t.k) {
    case 'int':
    case 'float':
    case 'bool':
    case 'str':
      return t;
    default:
      return OBJECT;
  }
}

class Inference implements ProgramTypes {
  private sealedFns = new Map<A.FunctionDef, SealedFn>();
  private other = new Map<Scope, Spec>();
  private all: Spec[] = [];
  private dirty = true;
  private nextId = 0;

  constructor(readonly graph: ModuleGraph, readonly scopes: Map<string, ScopeInfo>) {}

  specsOf(def: A.FunctionDef): Spec[] {
    const s = this.sealedFns.get(def);
    return s ? [...s.specs.values()] : [];
  }
  sealed(def: A.FunctionDef): SealedFn | undefined {
    return this.sealedFns.get(def);
  }
  scopeTypes(scope: Scope): Spec | undefined {
    return this.other.get(scope);
  }

  run(): void {
    for (const m of this.graph.modules) this.findSealed(m);
    // Every function body gets at least its generic analysis (locals typed by assignment).
    for (const m of this.graph.modules) {
      const info = this.scopes.get(m.name)!;
      for (const s of info.all) {
        if (s.kind !== 'function' || s.isGenerator) continue;
        const def = s.node as A.FunctionDef;
        const sf = this.sealedFns.get(def);
        if (sf) this.spec(sf, sf.params.map(() => OBJECT), true);
        else this.other.set(s, this.newSpec(def, s, m, paramNames(def).map(() => OBJECT), 'generic', true));
      }
    }
    for (let round = 0; this.dirty && round < 50; round++) {
      this.dirty = false;
      for (let i = 0; i < this.all.length; i++) this.analyze(this.all[i]);
    }
    // Module bodies: direct calls from top-level code (e.g. main()).
    for (const m of this.graph.modules) {
      const info = this.scopes.get(m.name)!;
      const body = { nodeType: 'FunctionDef', name: '<module>', body: m.ast.body, args: { posonlyargs: [], args: [], kwonlyargs: [], kw_defaults: [], defaults: [], vararg: null, kwarg: null } } as unknown as A.FunctionDef;
      const spec = this.newSpec(body, info.module, m, [], 'module', false);
      this.other.set(info.module, spec);
      this.dirty = true;
      for (let round = 0; this.dirty && round < 50; round++) {
        this.dirty = false;
        for (let i = 0; i < this.all.length; i++) this.analyze(this.all[i]);
      }
    }
  }

  /** Module-level defs bound once and never rebound: eligible for direct specialized calls. */
  private findSealed(m: SourceModule): void {
    const info = this.scopes.get(m.name)!;
    const defs = new Map<string, A.FunctionDef[]>();
    const stores = new Map<string, number>();
    const count = (n: string) => stores.set(n, (stores.get(n) ?? 0) + 1);
    const walkTop = (body: A.Stmt[]) => {
      for (const st of body) {
        if (st.nodeType === 'FunctionDef') {
          const l = defs.get(st.name) ?? [];
          l.push(st);
          defs.set(st.name, l);
        }
      }
    };
    walkTop(m.ast.body);
    // Count every binding of module names anywhere in the module (assignments at top level,
    // `global` rebinding in functions, imports, class/def statements at any depth of the top).
    countStores(m.ast.body, count);
    for (const s of info.all) {
      if (s.kind === 'module') continue;
      for (const g of s.globals) if (s.stores.has(g)) count(g);
    }
    for (const [name, list] of defs) {
      if (list.length !== 1 || (stores.get(name) ?? 0) !== 1) continue;
      const def = list[0];
      if (def.decorator_list.length > 0) continue;
      const scope = info.byNode.get(def.nodeId)!;
      if (scope.isGenerator || scope.frees.size > 0 || scope.usesClassCell) continue;
      if (def.args.vararg || def.args.kwarg || def.args.kwonlyargs.length > 0) continue;
      if (this.externallyRebound(m.name, name)) continue;
      const defaultTypes = def.args.defaults.map((d) => constType(d));
      this.sealedFns.set(def, {
        def, scope, mod: m, params: paramNames(def), nPos: def.args.posonlyargs.length + def.args.args.length, defaultTypes, specs: new Map(),
      });
    }
  }

  /** `import m; m.f = ...` in another module rebinds f. */
  private externallyRebound(modName: string, name: string): boolean {
    for (const m of this.graph.modules) {
      let found = false;
      const visit = (x: unknown): void => {
        if (found || !x || typeof x !== 'object') return;
        if (Array.isArray(x)) return x.forEach(visit);
        const n = x as A.Node;
        if (!('nodeType' in n)) return;
        if (n.nodeType === 'Attribute' && (n as A.Attribute).ctx !== 'Load' && (n as A.Attribute).attr === name) found = true;
        for (const [k, v] of Object.entries(n)) if (k !== 'nodeType' && k !== 'nodeId') visit(v);
      };
      visit(m.ast.body);
      if (found) return true;
    }
    void modName;
    return false;
  }

  private newSpec(fn: A.FunctionDef, scope: Scope, mod: SourceModule, params: Ty[], key: string, generic: boolean): Spec {
    const da = analyzeAssignment(scope, fn.body, paramNames(fn));
    const spec: Spec = {
      id: this.nextId++, fn, scope, mod, params, key, generic, vars: new Map(), ret: da.fallsThrough ? NONE : BOTTOM, exprs: new Map(),
      calls: new Map(), unsafe: da.unsafe,
    };
    this.all.push(spec);
    this.dirty = true;
    return spec;
  }

  /** The specialization of `sf` for `args` (created on first use). */
  private spec(sf: SealedFn, args: Ty[], generic = false): Spec {
    const params = args.map(keyTy);
    const key = params.map(tyKey).join(',');
    let s = sf.specs.get(key);
    if (s) return s;
    if (!generic && sf.specs.size >= MAX_SPECS_PER_FN) return this.spec(sf, args.map(() => OBJECT), true);
    s = this.newSpec(sf.def, sf.scope, sf.mod, params, key, generic || params.every((p) => p.k === 'object'));
    sf.specs.set(key, s);
    return s;
  }

  // ---- analysis of one specialization --------------------------------------------------------

  private cur!: Spec;
  private changed = false;

  private analyze(spec: Spec): void {
    this.cur = spec;
    const names = paramNames(spec.fn);
    names.forEach((n, i) => this.setVar(n, spec.params[i] ?? OBJECT));
    do {
      this.changed = false;
      this.stmts(spec.fn.body);
    } while (this.changed);
  }

  private isTypedLocal(name: string): boolean {
    const s = this.cur.scope;
    return s.kind !== 'module' && s.locals.has(name) && !s.cells.has(name) && !s.globals.has(name) && !s.nonlocals.has(name);
  }

  private setVar(name: string, t: Ty): void {
    if (!this.isTypedLocal(name)) return;
    const old = this.cur.vars.get(name) ?? BOTTOM;
    const j = this.cur.unsafe.has(name) ? OBJECT : join(old, t);
    if (!sameTy(j, old)) {
      this.cur.vars.set(name, j);
      this.changed = true;
      this.dirty = true;
    }
  }

  private setRet(t: Ty): void {
    const j = join(this.cur.ret, t);
    if (!sameTy(j, this.cur.ret)) {
      this.cur.ret = j;
      this.dirty = true;
    }
  }

  private note(e: A.Expr, t: Ty): Ty {
    const old = this.cur.exprs.get(e.nodeId);
    if (!old || !sameTy(old, t)) this.cur.exprs.set(e.nodeId, t);
    return t;
  }

  private stmts(body: A.Stmt[]): void {
    for (const st of body) this.stmt(st);
  }

  private assignTarget(t: A.Expr, ty: Ty): void {
    switch (t.nodeType) {
      case 'Name':
        this.setVar(t.id, ty);
        return;
      case 'Tuple':
      case 'List': {
        const star = t.elts.some((e) => e.nodeType === 'Starred');
        t.elts.forEach((e, i) => {
          const it = !star && ty.k === 'tuple' && ty.items.length === t.elts.length ? ty.items[i] : OBJECT;
          this.assignTarget(e.nodeType === 'Starred' ? e.value : e, it);
        });
        return;
      }
      case 'Attribute':
        this.expr(t.value);
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        return;
      default:
        return;
    }
  }

  private stmt(st: A.Stmt): void {
    switch (st.nodeType) {
      case 'Expr':
        this.expr(st.value);
        return;
      case 'Assign': {
        const t = this.expr(st.value);
        for (const target of st.targets) this.assignTarget(target, t);
        return;
      }
      case 'AugAssign': {
        const v = this.expr(st.value);
        if (st.target.nodeType === 'Name') {
          const cur = this.nameType(st.target.id);
          this.note(st.target, cur);
          this.setVar(st.target.id, binopType(st.op, cur, v));
        } else this.assignTarget(st.target, OBJECT);
        return;
      }
      case 'AnnAssign':
        if (st.value) this.assignTarget(st.target, this.expr(st.value));
        return;
      case 'Return':
        this.setRet(st.value ? this.expr(st.value) : NONE);
        return;
      case 'If':
        this.expr(st.test);
        this.stmts(st.body);
        this.stmts(st.orelse);
        return;
      case 'While':
        this.expr(st.test);
        this.stmts(st.body);
        this.stmts(st.orelse);
        return;
      case 'For': {
        const it = this.expr(st.iter);
        this.assignTarget(st.target, this.elementOf(st.iter, it));
        this.stmts(st.body);
        this.stmts(st.orelse);
        return;
      }
      case 'Try':
      case 'TryStar':
        this.stmts(st.body);
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.setVar(h.name, OBJECT);
          this.stmts(h.body);
        }
        this.stmts(st.orelse);
        this.stmts(st.finalbody);
        return;
      case 'With':
        for (const it of st.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.assignTarget(it.optional_vars, OBJECT);
        }
        this.stmts(st.body);
        return;
      case 'Match':
        this.expr(st.subject);
        for (const c of st.cases) {
          this.patternVars(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        return;
      case 'Raise':
        if (st.exc) this.expr(st.exc);
        if (st.cause) this.expr(st.cause);
        return;
      case 'Assert':
        this.expr(st.test);
        if (st.msg) this.expr(st.msg);
        return;
      case 'Delete':
        for (const t of st.targets) this.assignTarget(t, OBJECT);
        return;
      case 'Import':
        for (const a of st.names) this.setVar(a.asname ?? a.name.split('.')[0], OBJECT);
        return;
      case 'ImportFrom':
        for (const a of st.names) this.setVar(a.asname ?? a.name, OBJECT);
        return;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'ClassDef':
        for (const d of st.decorator_list) this.expr(d);
        if (st.nodeType !== 'ClassDef') {
          for (const d of st.args.defaults) this.expr(d);
          for (const d of st.args.kw_defaults) if (d) this.expr(d);
        } else for (const b of st.bases) this.expr(b);
        this.setVar(st.name, OBJECT);
        return;
      default:
        return;
    }
  }

  private patternVars(p: A.Pattern): void {
    const visit = (q: A.Pattern): void => {
      switch (q.nodeType) {
        case 'MatchAs':
          if (q.pattern) visit(q.pattern);
          if (q.name) this.setVar(q.name, OBJECT);
          return;
        case 'MatchStar':
          if (q.name) this.setVar(q.name, OBJECT);
          return;
        case 'MatchSequence':
        case 'MatchOr':
          q.patterns.forEach(visit);
          return;
        case 'MatchMapping':
          q.patterns.forEach(visit);
          if (q.rest) this.setVar(q.rest, OBJECT);
          return;
        case 'MatchClass':
          [...q.patterns, ...q.kwd_patterns].forEach(visit);
          return;
        case 'MatchValue':
          this.expr(q.value);
          return;
        default:
          return;
      }
    };
    visit(p);
  }

  /** The type of the items a `for` over `iter` produces. */
  private elementOf(iterNode: A.Expr, it: Ty): Ty {
    if (isRangeCall(this.cur.scope, iterNode)) return INT;
    if (it.k === 'str') return STR;
    return OBJECT;
  }

  private nameType(id: string): Ty {
    if (this.isTypedLocal(id)) return this.cur.vars.get(id) ?? BOTTOM;
    return OBJECT;
  }

  private expr(e: A.Expr): Ty {
    return this.note(e, this.exprInner(e));
  }

  private exprInner(e: A.Expr): Ty {
    switch (e.nodeType) {
      case 'Constant':
        return constType(e);
      case 'Name':
        return this.nameType(e.id);
      case 'BinOp':
        return binopType(e.op, this.expr(e.left), this.expr(e.right), e.right);
      case 'UnaryOp': {
        const t = this.expr(e.operand);
        if (e.op === 'Not') return BOOL;
        if (t.k === 'bottom') return BOTTOM;
        if (e.op === 'Invert') return t.k === 'int' || t.k === 'bool' ? INT : OBJECT;
        if (t.k === 'int' || t.k === 'float') return t;
        if (t.k === 'bool') return INT;
        return OBJECT;
      }
      case 'BoolOp': {
        let t: Ty = BOTTOM;
        for (const v of e.values) t = joinValue(t, this.expr(v));
        return t;
      }
      case 'Compare': {
        const ts = [this.expr(e.left), ...e.comparators.map((c) => this.expr(c))];
        const prim = ts.every((t) => t.k === 'int' || t.k === 'float' || t.k === 'bool' || t.k === 'str' || t.k === 'bottom');
        const identity = e.ops.every((o) => o === 'Is' || o === 'IsNot' || o === 'In' || o === 'NotIn');
        return prim || identity ? BOOL : OBJECT;
      }
      case 'IfExp': {
        this.expr(e.test);
        return joinValue(this.expr(e.body), this.expr(e.orelse));
      }
      case 'Call':
        return this.call(e);
      case 'JoinedStr':
        for (const v of e.values) this.expr(v);
        return STR;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        return STR;
      case 'Tuple': {
        const items = e.elts.map((x) => this.expr(x));
        if (e.elts.some((x) => x.nodeType === 'Starred')) return OBJECT;
        return items.some((t) => t.k === 'bottom') ? BOTTOM : { k: 'tuple', items };
      }
      case 'NamedExpr': {
        const t = this.expr(e.value);
        this.assignTarget(e.target, t);
        return t;
      }
      case 'Lambda':
        for (const d of e.args.defaults) this.expr(d);
        return OBJECT;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.expr(e.generators[0].iter);
        return OBJECT;
      default:
        this.children(e);
        return OBJECT;
    }
  }

  /** Visits sub-expressions of a node whose own type is `object`. */
  private children(e: A.Node): void {
    for (const [k, v] of Object.entries(e)) {
      if (k === 'nodeType' || k === 'nodeId') continue;
      const visit = (x: unknown) => {
        if (!x || typeof x !== 'object' || !('nodeType' in (x as object))) return;
        const n = x as A.Node;
        if (n.nodeType === 'keyword') this.expr((n as A.Keyword).value);
        else if (n.nodeType === 'comprehension' || n.nodeType === 'arguments') return;
        else if (/^[A-Z]/.test(n.nodeType)) this.expr(n as A.Expr);
      };
      if (Array.isArray(v)) v.forEach(visit);
      else visit(v);
    }
  }

  private call(e: A.Call): Ty {
    const args = e.args.map((a) => this.expr(a));
    const kws = e.keywords.map((k) => this.expr(k.value));
    if (e.func.nodeType !== 'Name') {
      this.expr(e.func);
      return OBJECT;
    }
    const name = e.func.id;
    const ref = lookupName(this.cur.scope, name);
    if (ref.kind === 'builtin') return builtinCallType(name, e, args, kws);
    if (ref.kind !== 'global') return OBJECT;
    const def = moduleDef(this.cur.mod, name);
    const sf = def ? this.sealedFns.get(def) : undefined;
    if (!sf || this.cur.mod !== sf.mod) return OBJECT;
    if (e.args.some((a) => a.nodeType === 'Starred') || e.keywords.length > 0) return OBJECT;
    if (args.length > sf.nPos || args.length < sf.nPos - sf.defaultTypes.length) return OBJECT;
    if (args.some((t) => t.k === 'bottom')) return BOTTOM;
    const full = [...args];
    for (let i = args.length; i < sf.nPos; i++) full.push(sf.defaultTypes[i - (sf.nPos - sf.defaultTypes.length)]);
    const target = this.spec(sf, full);
    this.cur.calls.set(e.nodeId, target);
    return target.ret;
  }
}

function joinValue(a: Ty, b: Ty): Ty {
  return join(a, b);
}

function paramNames(def: A.FunctionDef): string[] {
  const a = def.args;
  return [...a.posonlyargs, ...a.args, ...a.kwonlyargs].map((p) => p.arg);
}

function moduleDef(m: SourceModule, name: string): A.FunctionDef | undefined {
  for (const st of m.ast.body) if (st.nodeType === 'FunctionDef' && st.name === name) return st;
  return undefined;
}

function countStores(body: A.Stmt[], count: (n: string) => void): void {
  const target = (t: A.Expr): void => {
    if (t.nodeType === 'Name') count(t.id);
    else if (t.nodeType === 'Tuple' || t.nodeType === 'List') t.elts.forEach(target);
    else if (t.nodeType === 'Starred') target(t.value);
  };
  for (const st of body) {
    switch (st.nodeType) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'ClassDef':
        count(st.name);
        break;
      case 'Assign':
        st.targets.forEach(target);
        break;
      case 'AugAssign':
      case 'AnnAssign':
        target(st.target);
        break;
      case 'For':
      case 'AsyncFor':
        target(st.target);
        countStores(st.body, count);
        countStores(st.orelse, count);
        break;
      case 'While':
      case 'If':
        countStores(st.body, count);
        countStores(st.orelse, count);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of st.items) if (it.optional_vars) target(it.optional_vars);
        countStores(st.body, count);
        break;
      case 'Try':
      case 'TryStar':
        countStores(st.body, count);
        for (const h of st.handlers) {
          if (h.name) count(h.name);
          countStores(h.body, count);
        }
        countStores(st.orelse, count);
        countStores(st.finalbody, count);
        break;
      case 'Import':
        for (const a of st.names) count(a.asname ?? a.name.split('.')[0]);
        break;
      case 'ImportFrom':
        for (const a of st.names) count(a.asname ?? a.name);
        break;
      case 'Delete':
        st.targets.forEach(target);
        break;
      case 'Match':
        for (const c of st.cases) countStores(c.body, count);
        break;
      default:
        break;
    }
  }
}

export function constType(e: A.Expr): Ty {
  if (e.nodeType !== 'Constant') return OBJECT;
  switch (e.value.t) {
    case 'int':
      return INT;
    case 'float':
      return FLOAT;
    case 'bool':
      return BOOL;
    case 'str':
      return STR;
    case 'None':
      return NONE;
    default:
      return OBJECT;
  }
}

/** The result type of a binary operator on operand types (int/float/bool/str rules). */
export function binopType(op: A.Operator, a: Ty, b: Ty, right?: A.Expr): Ty {
  if (a.k === 'bottom' || b.k === 'bottom') return BOTTOM;
  const intLike = (t: Ty) => t.k === 'int' || t.k === 'bool';
  const num = (t: Ty) => intLike(t) || t.k === 'float';
  if (intLike(a) && intLike(b)) {
    switch (op) {
      case 'Add':
      case 'Sub':
      case 'Mult':
      case 'FloorDiv':
      case 'Mod':
      case 'LShift':
      case 'RShift':
        return INT;
      case 'BitAnd':
      case 'BitOr':
      case 'BitXor':
        return a.k === 'bool' && b.k === 'bool' ? BOOL : INT;
      case 'Div':
        return FLOAT;
      case 'Pow':
        // Negative exponents give floats: only a literal non-negative exponent is known int.
        if (right && right.nodeType === 'Constant' && right.value.t === 'int' && right.value.v >= 0n) return INT;
        return OBJECT;
      default:
        return OBJECT;
    }
  }
  if (num(a) && num(b)) {
    switch (op) {
      case 'Add':
      case 'Sub':
      case 'Mult':
      case 'Div':
      case 'FloorDiv':
      case 'Mod':
        return FLOAT;
      case 'Pow':
        // A negative float to a fractional power is complex in Python: only int exponents.
        if (intLike(b)) return FLOAT;
        if (right && right.nodeType === 'Constant' && right.value.t === 'float' && a.k !== 'float') return OBJECT;
        return OBJECT;
      default:
        return OBJECT;
    }
  }
  if (a.k === 'str' && b.k === 'str' && op === 'Add') return STR;
  if (a.k === 'str' && intLike(b) && op === 'Mult') return STR;
  if (a.k === 'str' && op === 'Mod') return STR;
  return OBJECT;
}

function isRangeCall(scope: Scope, e: A.Expr): boolean {
  return e.nodeType === 'Call' && e.func.nodeType === 'Name' && e.func.id === 'range' &&
    lookupName(scope, 'range').kind === 'builtin' && e.keywords.length === 0 && e.args.length >= 1 && e.args.length <= 3 &&
    !e.args.some((a) => a.nodeType === 'Starred');
}

/** Result types of builtin functions whose result type is fixed. */
function builtinCallType(name: string, e: A.Call, args: Ty[], kws: Ty[]): Ty {
  if (e.args.some((a) => a.nodeType === 'Starred') || e.keywords.some((k) => k.arg === null)) return OBJECT;
  void kws;
  const one = args.length === 1 && e.keywords.length === 0;
  switch (name) {
    case 'len':
    case 'hash':
    case 'ord':
      return one ? INT : OBJECT;
    case 'int':
      return args.length >= 1 && args.length <= 2 ? INT : args.length === 0 ? INT : OBJECT;
    case 'float':
      return args.length <= 1 ? FLOAT : OBJECT;
    case 'str':
    case 'repr':
    case 'chr':
    case 'hex':
    case 'oct':
    case 'bin':
    case 'ascii':
      return args.length <= 1 ? STR : OBJECT;
    case 'bool':
    case 'isinstance':
    case 'issubclass':
    case 'callable':
    case 'hasattr':
      return BOOL;
    case 'abs':
      return one && (args[0].k === 'int' || args[0].k === 'float') ? args[0] : one && args[0].k === 'bool' ? INT : OBJECT;
    case 'round':
      if (args.length === 1 && (args[0].k === 'float' || args[0].k === 'int')) return INT;
      if (args.length === 2 && args[0].k === 'float') return FLOAT;
      if (args.length === 2 && args[0].k === 'int') return INT;
      return OBJECT;
    case 'min':
    case 'max': {
      if (args.length < 2 || e.keywords.length > 0) return OBJECT;
      const t = args[0];
      return args.every((x) => sameTy(x, t)) && (t.k === 'int' || t.k === 'float' || t.k === 'str') ? t : OBJECT;
    }
    default:
      return OBJECT;
  }
}
