// Definite assignment: which local variables may be read before they are assigned (or after
// `del`). Those keep the UNBOUND check (and a boxed representation); every other local is known
// bound at each read, so the check disappears and the variable may be stored unboxed.
//
// A forward walk over the function's statements with the set of definitely assigned names.
// `null` is "unreachable" (after return/raise/break/continue). Conservative where control
// flow is implicit: an except handler starts from the state before its try (anything in the
// body may have raised first), code after a `with` sees only what was assigned before it
// (`__exit__` may swallow an exception from the middle of the body).
import type * as A from '../parser/ast.js';
import type { Scope } from '../resolve/scopes.js';

type State = Set<string> | null;

function meet(a: State, b: State): State {
  if (a === null) return b === null ? null : new Set(b);
  if (b === null) return new Set(a);
  const r = new Set<string>();
  for (const x of a) if (b.has(x)) r.add(x);
  return r;
}

export interface Assignment {
  /** Locals of the scope that may be read while unassigned. */
  unsafe: Set<string>;
  /** The end of the body is reachable (the function may return None by falling off it). */
  fallsThrough: boolean;
}

export function analyzeAssignment(scope: Scope, body: A.Stmt[], initiallyBound: Iterable<string>): Assignment {
  const w = new Walker(scope);
  const end = w.body(body, new Set(initiallyBound));
  return { unsafe: w.unsafe, fallsThrough: end !== null };
}

class Walker {
  unsafe = new Set<string>();
  private breaks: State[][] = [];
  constructor(readonly scope: Scope) {}

  isLocal(name: string): boolean {
    return this.scope.locals.has(name) && !this.scope.globals.has(name) && !this.scope.nonlocals.has(name);
  }

  body(stmts: A.Stmt[], s: State): State {
    for (const st of stmts) {
      if (s === null) return null;
      s = this.stmt(st, s);
    }
    return s;
  }

  assign(t: A.Expr, s: Set<string>): void {
    switch (t.nodeType) {
      case 'Name':
        if (this.isLocal(t.id)) s.add(t.id);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.assign(e, s);
        return;
      case 'Starred':
        this.assign(t.value, s);
        return;
      case 'Attribute':
        this.expr(t.value, s);
        return;
      case 'Subscript':
        this.expr(t.value, s);
        this.expr(t.slice, s);
        return;
      default:
        return;
    }
  }

  stmt(st: A.Stmt, s0: Set<string>): State {
    const s = new Set(s0);
    switch (st.nodeType) {
      case 'Expr':
        this.expr(st.value, s);
        return s;
      case 'Assign':
        this.expr(st.value, s);
        for (const t of st.targets) this.assign(t, s);
        return s;
      case 'AugAssign':
        this.expr(st.value, s);
        if (st.target.nodeType === 'Name') this.read(st.target.id, s);
        this.assign(st.target, s);
        return s;
      case 'AnnAssign':
        if (st.value) {
          this.expr(st.value, s);
          this.assign(st.target, s);
        }
        return s;
      case 'Return':
        if (st.value) this.expr(st.value, s);
        return null;
      case 'Raise':
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        return null;
      case 'Break':
        this.breaks[this.breaks.length - 1]?.push(s);
        return null;
      case 'Continue':
        return null;
      case 'Delete':
        for (const t of st.targets) {
          if (t.nodeType === 'Name') {
            this.read(t.id, s);
            s.delete(t.id);
          } else this.assign(t, s);
        }
        return s;
      case 'If': {
        this.expr(st.test, s);
        const k = constTruth(st.test);
        if (k === true) return this.body(st.body, s);
        if (k === false) return this.body(st.orelse, s);
        return meet(this.body(st.body, new Set(s)), this.body(st.orelse, new Set(s)));
      }
      case 'While': {
        const k = constTruth(st.test);
        if (k !== true) this.expr(st.test, s);
        this.breaks.push([]);
        this.body(st.body, new Set(s));
        const brks = this.breaks.pop()!;
        let after: State = k === true ? null : this.body(st.orelse, new Set(s));
        for (const b of brks) after = meet(after, b);
        return after;
      }
      case 'For': {
        this.expr(st.iter, s);
        const inBody = new Set(s);
        this.assign(st.target, inBody);
        this.breaks.push([]);
        this.body(st.body, inBody);
        const brks = this.breaks.pop()!;
        let after: State = this.body(st.orelse, new Set(s));
        for (const b of brks) after = meet(after, b);
        return after;
      }
      case 'Try': {
        let out = this.body(st.body, new Set(s));
        out = out === null ? null : this.body(st.orelse, out);
        for (const h of st.handlers) {
          const hs = new Set(s);
          if (h.type) this.expr(h.type, hs);
          if (h.name && this.isLocal(h.name)) hs.add(h.name);
          const ho = this.body(h.body, hs);
          if (ho && h.name) ho.delete(h.name);
          out = meet(out, ho);
        }
        if (st.finalbody.length > 0) {
          const fin = this.body(st.finalbody, new Set(s));
          if (fin === null) return null;
          if (out === null) return null;
          for (const x of fin) out.add(x);
        }
        return out;
      }
      case 'TryStar':
        return this.stmt({ ...st, nodeType: 'Try' } as unknown as A.Try, s);
      case 'With': {
        for (const it of st.items) {
          this.expr(it.context_expr, s);
          if (it.optional_vars) this.assign(it.optional_vars, s);
        }
        const inner = this.body(st.body, new Set(s));
        return inner === null ? s : s;
      }
      case 'Match': {
        this.expr(st.subject, s);
        let out: State = new Set(s); // no case may match
        for (const c of st.cases) {
          const cs = new Set(s);
          this.pattern(c.pattern, cs);
          if (c.guard) this.expr(c.guard, cs);
          out = meet(out, this.body(c.body, cs));
        }
        return out;
      }
      case 'Assert':
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        return s;
      case 'Import':
        for (const a of st.names) {
          const n = a.asname ?? a.name.split('.')[0];
          if (this.isLocal(n)) s.add(n);
        }
        return s;
      case 'ImportFrom':
        for (const a of st.names) {
          const n = a.asname ?? a.name;
          if (this.isLocal(n)) s.add(n);
        }
        return s;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        for (const d of st.decorator_list) this.expr(d, s);
        for (const d of st.args.defaults) this.expr(d, s);
        for (const d of st.args.kw_defaults) if (d) this.expr(d, s);
        if (this.isLocal(st.name)) s.add(st.name);
        return s;
      case 'ClassDef':
        for (const d of st.decorator_list) this.expr(d, s);
        for (const b of st.bases) this.expr(b, s);
        if (this.isLocal(st.name)) s.add(st.name);
        return s;
      default:
        return s;
    }
  }

  pattern(p: A.Pattern, s: Set<string>): void {
    const bind = (n: string | null) => {
      if (n && this.isLocal(n)) s.add(n);
    };
    switch (p.nodeType) {
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern, s);
        bind(p.name);
        return;
      case 'MatchStar':
        bind(p.name);
        return;
      case 'MatchSequence':
        for (const q of p.patterns) this.pattern(q, s);
        return;
      case 'MatchMapping':
        for (const q of p.patterns) this.pattern(q, s);
        bind(p.rest);
        return;
      case 'MatchClass':
        for (const q of [...p.patterns, ...p.kwd_patterns]) this.pattern(q, s);
        return;
      case 'MatchOr':
        // Each alternative binds the same names.
        if (p.patterns.length > 0) this.pattern(p.patterns[0], s);
        return;
      default:
        return;
    }
  }

  read(name: string, s: Set<string>): void {
    if (this.isLocal(name) && !s.has(name)) this.unsafe.add(name);
  }

  /** Reads in an expression; walrus targets count as assigned only when surely evaluated. */
  expr(e: A.Expr | null, s: Set<string>): void {
    if (!e) return;
    if (e.nodeType === 'Call' && e.func.nodeType === 'Name' && e.func.id === 'dir' && e.args.length === 0 && e.keywords.length === 0 && !this.isLocal('dir')) {
      // dir() lists the bound locals: it reads every local, assigned or not.
      for (const n of this.scope.locals) this.read(n, s);
    }
    switch (e.nodeType) {
      case 'Name':
        if (e.ctx === 'Load') this.read(e.id, s);
        return;
      case 'NamedExpr':
        this.expr(e.value, s);
        this.assign(e.target, s);
        return;
      case 'BoolOp':
        this.expr(e.values[0], s);
        for (const v of e.values.slice(1)) this.expr(v, new Set(s));
        return;
      case 'IfExp':
        this.expr(e.test, s);
        this.expr(e.body, new Set(s));
        this.expr(e.orelse, new Set(s));
        return;
      case 'Lambda':
        for (const d of e.args.defaults) this.expr(d, s);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp':
        // The first iterable runs here; reads of our locals inside the comprehension happen
        // now too (inline comprehensions) — treat them as reads at this point.
        this.expr(e.generators[0].iter, s);
        this.compReads(e, s);
        return;
      default:
        for (const [k, v] of Object.entries(e)) {
          if (k === 'nodeType' || k === 'nodeId') continue;
          if (Array.isArray(v)) {
            for (const x of v) if (x && typeof x === 'object' && 'nodeType' in x) this.sub(x as A.Node, s);
          } else if (v && typeof v === 'object' && 'nodeType' in v) this.sub(v as A.Node, s);
        }
    }
  }

  private sub(n: A.Node, s: Set<string>): void {
    if (n.nodeType === 'keyword') return this.expr((n as A.Keyword).value, s);
    if (n.nodeType === 'comprehension') return;
    if ('ctx' in n || n.nodeType.match(/^[A-Z]/)) this.expr(n as A.Expr, s);
  }

  /** Names of this scope read from inside a comprehension: any free read must already be bound. */
  private compReads(n: A.Node, s: Set<string>): void {
    const visit = (x: unknown): void => {
      if (!x || typeof x !== 'object') return;
      if (Array.isArray(x)) return x.forEach(visit);
      const node = x as A.Node;
      if (!('nodeType' in node)) return;
      if (node.nodeType === 'Name' && (node as A.Name).ctx === 'Load') this.read((node as A.Name).id, s);
      for (const [k, v] of Object.entries(node)) if (k !== 'nodeType' && k !== 'nodeId') visit(v);
    };
    for (const [k, v] of Object.entries(n)) if (k !== 'nodeType' && k !== 'nodeId') visit(v);
  }
}

export function constTruth(e: A.Expr): boolean | null {
  if (e.nodeType !== 'Constant') return null;
  const v = e.value;
  switch (v.t) {
    case 'bool':
      return v.v;
    case 'int':
      return v.v !== 0n;
    case 'None':
      return false;
    case 'str':
      return v.v.length > 0;
    default:
      return null;
  }
}
