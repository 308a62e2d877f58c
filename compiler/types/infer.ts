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
import { BOTTOM, BOOL, FLOAT, INT, NONE, OBJECT, STR, TVar, escape, escapeContents, isNative, join, sameTy, show, type Ty } from './lattice.js';
import { qualifiedGlobals } from './globals.js';
import { nativeCallType } from './native-calls.js';

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
  /** Element variables of the lists this specialization creates, by creating node (see site()). */
  sites: Map<number, TVar>;
  /** Locals some assignment may give a negative (or unknown) number (see nonNegative()). */
  mayBeNeg: Set<string>;
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
  /**
   * The specialization for the parameters' annotated types (int, float, bool), when some are
   * annotated: the generic entry runs it when the arguments of a dynamic call have those types
   * (codegen/func.ts), so calls inference could not follow still run typed code.
   */
  annotated?: Spec;
}

export interface ProgramTypes {
  /** Specializations by function node, the generic one first. */
  specsOf(def: A.FunctionDef): Spec[];
  sealed(def: A.FunctionDef): SealedFn | undefined;
  /**
   * Whether `def` is a module-level generator function that nothing rebinds (the same test as
   * sealed functions'): a call of its name then always makes a new generator.
   */
  sealedGenerator(def: A.FunctionDef): boolean;
  /** Types for code outside any specialized function (module bodies, methods, lambdas). */
  scopeTypes(scope: Scope): Spec | undefined;
  /**
   * What `name` read in `scope` of `mod` is bound to when it is a global bound only by imports of
   * a native module or function ('math', 'math.sqrt'; globals.ts), else undefined.
   */
  nativeBinding(mod: SourceModule, scope: Scope, name: string): string | undefined;
  /** The stdlib module (native or pylib) `name` is bound to when only `import m` statements bind it (globals.ts). */
  stdlibModuleBinding(mod: SourceModule, scope: Scope, name: string): string | undefined;
}

const MAX_SPECS_PER_FN = 8;

export function inferProgram(graph: ModuleGraph, scopes: Map<string, ScopeInfo>): ProgramTypes {
  const inf = new Inference(graph, scopes);
  inf.run();
  return inf;
}

function tyKey(t: Ty): string {
  // A list's key does not name its elements: they may still widen, and every list passed to one
  // parameter of one specialization shares a single element variable (see spec()).
  return t.k === 'list' ? 'list' : show(t);
}

/** Parameter types used as specialization keys: primitives and lists, else object. */
function keyTy(t: Ty): Ty {
  switch (t.k) {
    case 'int':
    case 'float':
    case 'bool':
    case 'str':
    case 'list':
      return t;
    default:
      return OBJECT;
  }
}

class Inference implements ProgramTypes {
  private sealedFns = new Map<A.FunctionDef, SealedFn>();
  private sealedGens = new Set<A.FunctionDef>();
  /** Types of the globals that qualify (globals.ts), per module. */
  private globalTys = new Map<SourceModule, Map<string, Ty>>();
  /** Globals bound only by native imports, per module: name -> 'math' or 'math.sqrt'. */
  private nativeGlobals = new Map<SourceModule, Map<string, string>>();
  private stdlibModuleGlobals = new Map<SourceModule, Map<string, string>>();
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
  sealedGenerator(def: A.FunctionDef): boolean {
    return this.sealedGens.has(def);
  }
  scopeTypes(scope: Scope): Spec | undefined {
    return this.other.get(scope);
  }

  run(): void {
    // A list's elements widening can change any expression reading them: analyze again.
    TVar.onWiden = () => {
      this.dirty = true;
      this.changed = true;
    };
    try {
      this.runRounds();
    } finally {
      TVar.onWiden = null;
    }
  }

  private runRounds(): void {
    for (const m of this.graph.modules) this.findSealed(m);
    for (const [m, q] of qualifiedGlobals(this.graph, this.scopes)) {
      this.globalTys.set(m, new Map([...q.plain].map((n) => [n, BOTTOM])));
      this.nativeGlobals.set(m, q.natives);
      this.stdlibModuleGlobals.set(m, q.stdlibModules);
    }
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
    for (const sf of this.sealedFns.values()) {
      const types = annotatedTypes(sf);
      if (types) sf.annotated = this.spec(sf, types);
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
      if (scope.isGenerator) {
        if (!this.externallyRebound(m.name, name)) this.sealedGens.add(def);
        continue;
      }
      if (scope.frees.size > 0 || scope.usesClassCell) continue;
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
      calls: new Map(), unsafe: da.unsafe, sites: new Map(), mayBeNeg: new Set(),
    };
    this.all.push(spec);
    this.dirty = true;
    return spec;
  }

  /** The specialization of `sf` for `args` (created on first use). */
  private spec(sf: SealedFn, args: Ty[], generic = false): Spec {
    const params = args.map(keyTy);
    // An argument passed as `object` meets dynamic code.
    args.forEach((a, i) => params[i].k === 'object' && escape(a));
    const key = params.map(tyKey).join(',');
    let s = sf.specs.get(key);
    if (s) {
      // Every list reaching this parameter shares the parameter's element variable.
      s.params.forEach((p, i) => p.k === 'list' && join(p, params[i]));
      return s;
    }
    if (!generic && sf.specs.size >= MAX_SPECS_PER_FN) {
      args.forEach(escape);
      return this.spec(sf, args.map(() => OBJECT), true);
    }
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

  private setVar(name: string, t: Ty, nonNeg = false): void {
    if (!nonNeg && !this.cur.mayBeNeg.has(name)) {
      this.cur.mayBeNeg.add(name);
      this.changed = true;
      this.dirty = true;
    }
    // A value stored where it is not typed (a global, a cell, a maybe-unbound local) meets
    // dynamic code.
    if (!this.isTypedLocal(name)) {
      this.setGlobal(name, t);
      return escape(t);
    }
    const old = this.cur.vars.get(name) ?? BOTTOM;
    if (this.cur.unsafe.has(name)) escape(t);
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
        const items = (i: number): Ty => {
          if (!star && ty.k === 'tuple' && ty.items.length === t.elts.length) return ty.items[i];
          if (!star && ty.k === 'list') return ty.elem.get();
          return OBJECT;
        };
        if (star || !(ty.k === 'list' || (ty.k === 'tuple' && ty.items.length === t.elts.length))) escape(ty);
        t.elts.forEach((e, i) => this.assignTarget(e.nodeType === 'Starred' ? e.value : e, items(i)));
        return;
      }
      case 'Attribute':
        this.use(t.value);
        escape(ty);
        return;
      case 'Subscript': {
        const base = this.expr(t.value);
        this.use(t.slice);
        if (base.k !== 'list') {
          escape(base);
          escape(ty);
        } else if (t.slice.nodeType !== 'Slice') {
          base.elem.add(ty);
        } else if (ty.k === 'list') {
          base.elem.add(ty.elem.get());
        } else {
          escape(ty);
          base.elem.add(OBJECT);
        }
        return;
      }
      default:
        this.poison(t);
        escape(ty);
        return;
    }
  }

  /** `del` of a target: unbinds names, removes items (which stores nothing). */
  private deleteTarget(t: A.Expr): void {
    switch (t.nodeType) {
      case 'Name':
        this.setVar(t.id, OBJECT);
        return;
      case 'Subscript':
        this.expr(t.value);
        this.use(t.slice);
        return;
      case 'Tuple':
      case 'List':
        t.elts.forEach((e) => this.deleteTarget(e));
        return;
      default:
        this.poison(t);
        return;
    }
  }

  /** The value of `e`, which then meets code the analysis does not follow. */
  private use(e: A.Expr): Ty {
    const t = this.expr(e);
    escape(t);
    return t;
  }

  /**
   * Code this analysis does not look into (inline comprehension bodies, statements it does not
   * model) may do anything to the containers held by the locals it names.
   */
  private poison(n: A.Node): void {
    const visit = (x: unknown): void => {
      if (!x || typeof x !== 'object') return;
      if (Array.isArray(x)) return x.forEach(visit);
      const node = x as A.Node;
      if (node.nodeType === 'Name') escape(this.nameType((node as A.Name).id));
      for (const [k, v] of Object.entries(node)) if (k !== 'nodeType' && k !== 'nodeId') visit(v);
    };
    visit(n);
  }

  private stmt(st: A.Stmt): void {
    switch (st.nodeType) {
      case 'Expr':
        this.expr(st.value);
        return;
      case 'Assign': {
        const t = this.expr(st.value);
        for (const target of st.targets) {
          if (target.nodeType === 'Name') this.setVar(target.id, t, this.nonNegative(st.value));
          else this.assignTarget(target, t);
        }
        return;
      }
      case 'AugAssign':
        this.augAssign(st);
        return;
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
        if (it.k !== 'list') escape(it);
        this.assignTarget(st.target, this.elementOf(st.iter, it));
        this.stmts(st.body);
        this.stmts(st.orelse);
        return;
      }
      case 'Try':
      case 'TryStar':
        this.stmts(st.body);
        for (const h of st.handlers) {
          if (h.type) this.use(h.type);
          if (h.name) this.setVar(h.name, OBJECT);
          this.stmts(h.body);
        }
        this.stmts(st.orelse);
        this.stmts(st.finalbody);
        return;
      case 'With':
        for (const it of st.items) {
          this.use(it.context_expr);
          if (it.optional_vars) this.assignTarget(it.optional_vars, OBJECT);
        }
        this.stmts(st.body);
        return;
      case 'Match':
        this.use(st.subject);
        for (const c of st.cases) {
          this.patternVars(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        return;
      case 'Raise':
        if (st.exc) this.use(st.exc);
        if (st.cause) this.use(st.cause);
        return;
      case 'Assert':
        this.expr(st.test);
        if (st.msg) this.use(st.msg);
        return;
      case 'Delete':
        for (const t of st.targets) this.deleteTarget(t);
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
        for (const d of st.decorator_list) this.use(d);
        if (st.nodeType !== 'ClassDef') {
          for (const d of st.args.defaults) this.use(d);
          for (const d of st.args.kw_defaults) if (d) this.use(d);
        } else {
          for (const b of st.bases) this.use(b);
          for (const k of st.keywords) this.use(k.value);
        }
        this.setVar(st.name, OBJECT);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
      case 'Global':
      case 'Nonlocal':
        return;
      default:
        // async for/with and anything else not modelled here
        this.poison(st);
        return;
    }
  }

  private augAssign(st: A.AugAssign): void {
    const v = this.expr(st.value);
    const t = st.target;
    if (t.nodeType === 'Name') {
      const cur = this.nameType(t.id);
      this.note(t, cur);
      if (cur.k === 'list' && st.op === 'Add' && v.k === 'list') {
        // `xs += ys` extends xs in place.
        cur.elem.add(v.elem.get());
        return;
      }
      const r = binopType(st.op, cur, v);
      if (r.k === 'object') {
        escape(cur);
        escape(v);
      }
      this.setVar(t.id, r);
    } else if (t.nodeType === 'Subscript') {
      const base = this.expr(t.value);
      this.use(t.slice);
      if (base.k === 'list' && t.slice.nodeType !== 'Slice') {
        const cur = base.elem.get();
        this.note(t, cur);
        const r = binopType(st.op, cur, v);
        if (r.k === 'object') {
          escape(cur);
          escape(v);
        }
        base.elem.add(r);
      } else {
        escape(base);
        escape(v);
      }
    } else {
      this.poison(t);
      escape(v);
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
    if (it.k === 'list') return it.elem.get();
    return OBJECT;
  }

  /** The element variable of the list created at `e` (one per node and specialization). */
  private site(e: A.Node): TVar {
    let v = this.cur.sites.get(e.nodeId);
    if (!v) {
      v = new TVar();
      this.cur.sites.set(e.nodeId, v);
    }
    return v;
  }

  /** A new list created at `e` holding values of type `elem`. */
  private newList(e: A.Node, elem: Ty): Ty {
    const v = this.site(e);
    v.add(elem);
    return { k: 'list', elem: v };
  }

  private binop(e: A.BinOp): Ty {
    const l = this.expr(e.left);
    const r = this.expr(e.right);
    const intLike = (t: Ty) => t.k === 'int' || t.k === 'bool';
    if (e.op === 'Add' && l.k === 'list' && r.k === 'list') {
      const v = this.site(e);
      v.add(l.elem.get());
      v.add(r.elem.get());
      return { k: 'list', elem: v };
    }
    if (e.op === 'Mult' && l.k === 'list' && intLike(r)) return this.newList(e, l.elem.get());
    if (e.op === 'Mult' && r.k === 'list' && intLike(l)) return this.newList(e, r.elem.get());
    escape(l);
    escape(r);
    // A non-negative number to a float power is a float (a negative one's may be complex).
    if (e.op === 'Pow' && (l.k === 'float' || intLike(l)) && r.k === 'float' && this.nonNegative(e.left)) return FLOAT;
    return binopType(e.op, l, r, e.right);
  }

  /**
   * True when `e` is a number that cannot be negative: a non-negative constant, x * x, sums,
   * products and quotients of such, abs() or len(), or a local every assignment of which is one.
   * (NaN passes; CPython gives NaN for NaN ** y, as the float path does.)
   */
  private nonNegative(e: A.Expr): boolean {
    switch (e.nodeType) {
      case 'Constant':
        return (e.value.t === 'int' && e.value.v >= 0n) || (e.value.t === 'float' && (e.value.v > 0 || Object.is(e.value.v, 0))) || e.value.t === 'bool';
      case 'Name':
        return this.isTypedLocal(e.id) && !this.cur.mayBeNeg.has(e.id);
      case 'BinOp':
        if (e.op === 'Mult' && e.left.nodeType === 'Name' && e.right.nodeType === 'Name' && e.left.id === e.right.id) return true;
        return (e.op === 'Add' || e.op === 'Mult' || e.op === 'Div') && this.nonNegative(e.left) && this.nonNegative(e.right);
      case 'Call':
        return e.func.nodeType === 'Name' && (e.func.id === 'abs' || e.func.id === 'len') && lookupName(this.cur.scope, e.func.id).kind === 'builtin';
      default:
        return false;
    }
  }

  private nameType(id: string): Ty {
    if (this.isTypedLocal(id)) return this.cur.vars.get(id) ?? BOTTOM;
    return this.globalTable(id)?.get(id) ?? OBJECT;
  }

  /** What `name` is bound to when the current scope reads a native-import global (globals.ts). */
  private nativeGlobal(name: string): string | undefined {
    return this.nativeBinding(this.cur.mod, this.cur.scope, name);
  }

  nativeBinding(mod: SourceModule, scope: Scope, name: string): string | undefined {
    if (lookupName(scope, name).kind !== 'global') return undefined;
    return this.nativeGlobals.get(mod)?.get(name);
  }

  stdlibModuleBinding(mod: SourceModule, scope: Scope, name: string): string | undefined {
    if (lookupName(scope, name).kind !== 'global') return undefined;
    return this.stdlibModuleGlobals.get(mod)?.get(name);
  }

  /** The typed-globals table holding `name` as the current scope sees it, if it qualifies. */
  private globalTable(name: string): Map<string, Ty> | undefined {
    if (lookupName(this.cur.scope, name).kind !== 'global') return undefined;
    const table = this.globalTys.get(this.cur.mod);
    return table?.has(name) ? table : undefined;
  }

  /** A store to a global: qualifying globals keep the join, if it is int, float or bool. */
  private setGlobal(name: string, t: Ty): void {
    const table = this.globalTable(name);
    if (!table) return;
    const old = table.get(name)!;
    let j = join(old, t);
    if (j.k !== 'bottom' && !isNative(j)) j = OBJECT;
    if (!sameTy(j, old)) {
      table.set(name, j);
      this.changed = true;
      this.dirty = true;
    }
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
        return this.binop(e);
      case 'UnaryOp': {
        const t = this.expr(e.operand);
        if (e.op === 'Not') return BOOL;
        escape(t);
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
        // A comparison with a value of unknown type may run its methods on the other operand;
        // `x in xs` compares x with the elements.
        if (ts.some((t) => t.k === 'object')) ts.forEach(escape);
        e.ops.forEach((o, i) => (o === 'In' || o === 'NotIn') && (escape(ts[i]), escapeContents(ts[i + 1])));
        return prim || identity ? BOOL : OBJECT;
      }
      case 'IfExp': {
        this.expr(e.test);
        return joinValue(this.expr(e.body), this.expr(e.orelse));
      }
      case 'Call':
        return this.call(e);
      case 'JoinedStr':
        for (const v of e.values) this.use(v);
        return STR;
      case 'FormattedValue':
        this.use(e.value);
        if (e.format_spec) this.use(e.format_spec);
        return STR;
      case 'List': {
        if (e.elts.some((x) => x.nodeType === 'Starred')) {
          e.elts.forEach((x) => this.use(x));
          return OBJECT;
        }
        const elem = this.site(e);
        for (const x of e.elts) elem.add(this.expr(x));
        return { k: 'list', elem };
      }
      case 'Subscript': {
        const base = this.expr(e.value);
        this.use(e.slice);
        if (base.k !== 'list') {
          escape(base);
          return OBJECT;
        }
        return e.slice.nodeType === 'Slice' ? this.newList(e, base.elem.get()) : base.elem.get();
      }
      case 'Tuple': {
        const items = e.elts.map((x) => this.expr(x));
        if (e.elts.some((x) => x.nodeType === 'Starred')) {
          items.forEach(escape);
          return OBJECT;
        }
        return items.some((t) => t.k === 'bottom') ? BOTTOM : { k: 'tuple', items };
      }
      case 'NamedExpr': {
        const t = this.expr(e.value);
        this.assignTarget(e.target, t);
        return t;
      }
      case 'Lambda':
        for (const d of e.args.defaults) this.use(d);
        for (const d of e.args.kw_defaults) if (d) this.use(d);
        return OBJECT;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        // The first iterable is evaluated here; the rest runs in the comprehension's own scope,
        // which reads (and may mutate) this function's locals without being analyzed.
        this.use(e.generators[0].iter);
        this.poison(e);
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
        if (n.nodeType === 'keyword') this.use((n as A.Keyword).value);
        else if (n.nodeType === 'comprehension' || n.nodeType === 'arguments') this.poison(n);
        else if (/^[A-Z]/.test(n.nodeType)) this.use(n as A.Expr);
      };
      if (Array.isArray(v)) v.forEach(visit);
      else visit(v);
    }
  }

  private call(e: A.Call): Ty {
    if (e.func.nodeType === 'Attribute') {
      const recv = this.expr(e.func.value);
      if (recv.k === 'list') {
        const r = this.listMethod(e, e.func.attr, recv.elem);
        if (r) return r;
      }
      escape(recv);
      const args = e.args.map((a) => this.use(a));
      e.keywords.forEach((k) => this.use(k.value));
      const module = e.func.value.nodeType === 'Name' ? this.nativeGlobal(e.func.value.id) : undefined;
      return module ? nativeCallType(`${module}.${e.func.attr}`, e, args) : OBJECT;
    }
    const args = e.args.map((a) => this.expr(a));
    const kws = e.keywords.map((k) => this.use(k.value));
    if (e.func.nodeType !== 'Name') {
      this.use(e.func);
      args.forEach(escape);
      return OBJECT;
    }
    const name = e.func.id;
    const ref = lookupName(this.cur.scope, name);
    if (ref.kind === 'builtin') return this.builtinCall(name, e, args, kws);
    const native = this.nativeGlobal(name);
    if (native) {
      args.forEach(escape);
      return nativeCallType(native, e, args);
    }
    const dynamic = (): Ty => {
      args.forEach(escape);
      return OBJECT;
    };
    if (ref.kind !== 'global') return dynamic();
    const def = moduleDef(this.cur.mod, name);
    const sf = def ? this.sealedFns.get(def) : undefined;
    if (!sf || this.cur.mod !== sf.mod) return dynamic();
    if (e.args.some((a) => a.nodeType === 'Starred') || e.keywords.length > 0) return dynamic();
    if (args.length > sf.nPos || args.length < sf.nPos - sf.defaultTypes.length) return dynamic();
    if (args.some((t) => t.k === 'bottom')) {
      // Not specialized yet (codegen calls dynamically if it stays so).
      args.forEach(escape);
      return BOTTOM;
    }
    const full = [...args];
    for (let i = args.length; i < sf.nPos; i++) full.push(sf.defaultTypes[i - (sf.nPos - sf.defaultTypes.length)]);
    const target = this.spec(sf, full);
    this.cur.calls.set(e.nodeId, target);
    return target.ret;
  }

  /** A method call on a list: the methods that store elements widen them; unknown ones escape. */
  private listMethod(e: A.Call, method: string, elem: TVar): Ty | null {
    if (e.args.some((a) => a.nodeType === 'Starred')) return null;
    const n = e.args.length;
    if (e.keywords.length > 0) {
      // sort(key=..., reverse=...) hands the elements to the key function.
      if (method !== 'sort' || n > 0) return null;
      e.keywords.forEach((k) => this.use(k.value));
      escape(elem.get());
      return NONE;
    }
    switch (method) {
      case 'append':
        if (n !== 1) return null;
        elem.add(this.expr(e.args[0]));
        return NONE;
      case 'insert':
        if (n !== 2) return null;
        this.use(e.args[0]);
        elem.add(this.expr(e.args[1]));
        return NONE;
      case 'extend': {
        if (n !== 1) return null;
        const t = this.expr(e.args[0]);
        if (t.k === 'list') elem.add(t.elem.get());
        else if (isRangeCall(this.cur.scope, e.args[0])) elem.add(INT);
        else {
          escape(t);
          elem.add(OBJECT);
        }
        return NONE;
      }
      case 'pop':
        if (n > 1) return null;
        e.args.forEach((a) => this.use(a));
        return elem.get();
      case 'index':
      case 'count':
      case 'remove':
        // Compares the argument with the elements.
        e.args.forEach((a) => this.use(a));
        escape(elem.get());
        return method === 'remove' ? NONE : INT;
      case 'reverse':
      case 'clear':
      case 'sort':
        return n === 0 ? NONE : null;
      case 'copy':
        return n === 0 ? this.newList(e, elem.get()) : null;
      default:
        return null;
    }
  }

  /** A builtin call: its result type, and what its arguments meet. */
  private builtinCall(name: string, e: A.Call, args: Ty[], kws: Ty[]): Ty {
    const plain = e.keywords.length === 0 && !e.args.some((a) => a.nodeType === 'Starred');
    if (plain && (name === 'list' || name === 'sorted') && args.length <= 1) {
      if (args.length === 0) return name === 'list' ? this.newList(e, BOTTOM) : OBJECT;
      if (isRangeCall(this.cur.scope, e.args[0])) return this.newList(e, INT);
      if (args[0].k === 'list') return this.newList(e, args[0].elem.get());
    }
    if (READ_ONLY_BUILTINS.has(name)) {
      // They read their arguments and hand nothing of them to other code.
    } else if (CONTENT_BUILTINS.has(name)) {
      // They hand the elements of their arguments on (to their result, a key function, ...).
      args.forEach(escapeContents);
    } else args.forEach(escape);
    return builtinCallType(name, e, args, kws);
  }
}

const READ_ONLY_BUILTINS = new Set(['len', 'print', 'bool', 'str', 'repr', 'ascii', 'format', 'isinstance', 'id', 'abs', 'any', 'all', 'callable', 'type', 'hash']);
const CONTENT_BUILTINS = new Set(['list', 'sorted', 'tuple', 'set', 'frozenset', 'dict', 'iter', 'enumerate', 'zip', 'reversed', 'min', 'max', 'sum', 'map', 'filter']);

/** Parameter types from `int`/`float`/`bool` annotations (others object), if any is annotated. */
function annotatedTypes(sf: SealedFn): Ty[] | null {
  const a = sf.def.args;
  const module = sf.scope.parent;
  let any = false;
  const types = [...a.posonlyargs, ...a.args].map((p) => {
    const n = p.annotation;
    if (!n || n.nodeType !== 'Name' || !module || lookupName(module, n.id).kind !== 'builtin') return OBJECT;
    const t = n.id === 'int' ? INT : n.id === 'float' ? FLOAT : n.id === 'bool' ? BOOL : OBJECT;
    if (t !== OBJECT) any = true;
    return t;
  });
  return any ? types : null;
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
