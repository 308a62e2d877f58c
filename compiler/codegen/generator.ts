// Generators as state machines.
//
// A generator function compiles to (1) a frame struct holding its locals, the state number and
// whatever must survive a `yield` (iterators, context managers, handled exceptions), (2) an
// entry function that builds the frame and returns a generator object, and (3) a resume
// function: a labeled `switch (state)` over basic blocks, each ending in `continue :sw N` (a
// jump) or a `return` (a yield, or the end). Statements without a yield inside are emitted
// whole by the ordinary statement compiler; only the control flow that contains a yield is cut
// into blocks. Exceptions, break, continue and return inside the structured parts reach the
// block-level targets through the same frame stack the ordinary compiler uses.
import type * as A from '../parser/ast.js';
import type { Scope } from '../resolve/scopes.js';
import { EVAL_QUOTA, Lines, ident, zigString } from './emit.js';
import { FnCtx, type Frame } from './context.js';
import { expr, cond } from './expr.js';
import { emitStmt, assignTo, emitJump } from './stmt.js';
import { setupGeneratorLocals, type FnInfo } from './func.js';
import { matchCaseTest } from './match.js';
import { instrumentBranch, instrumentEntry, instrumentSeen, instrumentSome, instrumentTick } from './instrument.js';

/** True when `n` contains a yield in this scope (not in nested functions, lambdas or comprehensions). */
export function containsYield(n: A.Node | null | undefined): boolean {
  if (!n || typeof n !== 'object') return false;
  switch (n.nodeType) {
    case 'Yield':
    case 'YieldFrom':
      return true;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'Lambda':
    case 'ClassDef':
    case 'GeneratorExp':
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      return false;
  }
  for (const [k, v] of Object.entries(n)) {
    if (k === 'nodeType' || k === 'nodeId') continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object' && 'nodeType' in x && containsYield(x as A.Node)) return true;
    } else if (v && typeof v === 'object' && 'nodeType' in v) {
      if (containsYield(v as A.Node)) return true;
    }
  }
  return false;
}

const DONE = 0x7fffffff;

class Lowering {
  blocks: Lines[] = [];
  /** Blocks that ended in a jump or return (nothing may follow). */
  ended: boolean[] = [];
  cur = 0;
  /** Extra frame fields: name -> Zig type and default. */
  fields = new Map<string, string>();
  /** Except handlers open at this point, innermost last: frame fields holding their exceptions. */
  handlers: string[] = [];
  usesSent = false;
  usesHow = false;
  private n = 0;

  constructor(readonly c: FnCtx) {
    this.newBlock();
  }

  newBlock(): number {
    this.blocks.push(new Lines());
    this.ended.push(false);
    return this.blocks.length - 1;
  }

  field(prefix: string, type: string, init: string): string {
    const name = `${prefix}${this.n++}`;
    this.fields.set(name, `${type} = ${init}`);
    return `fr.${name}`;
  }

  /** Makes `b` the current block: statements go there. */
  enter(b: number): void {
    this.cur = b;
    this.c.lines = this.blocks[b];
  }

  jump(to: number): void {
    if (this.ended[this.cur]) return;
    this.c.lines.line(`continue :sw ${to};`);
    this.ended[this.cur] = true;
  }

  endWith(line: string): void {
    if (this.ended[this.cur]) return;
    this.c.lines.line(line);
    this.ended[this.cur] = true;
  }

  body(stmts: A.Stmt[]): void {
    for (const st of stmts) {
      if (this.ended[this.cur]) return; // dead code after a jump
      if (!containsYield(st)) {
        if (emitStmt(this.c, st)) this.ended[this.cur] = true;
      } else {
        this.stmt(st);
      }
    }
  }

  stmt(st: A.Stmt): void {
    const c = this.c;
    switch (st.nodeType) {
      case 'Expr':
        if (st.value.nodeType === 'Yield' || st.value.nodeType === 'YieldFrom') return void this.yieldExpr(st.value, null, st);
        break;
      case 'Assign':
        if (st.targets.length === 1 && (st.value.nodeType === 'Yield' || st.value.nodeType === 'YieldFrom')) {
          return void this.yieldExpr(st.value, st.targets[0], st);
        }
        break;
      case 'AnnAssign':
        if (st.value && (st.value.nodeType === 'Yield' || st.value.nodeType === 'YieldFrom')) return void this.yieldExpr(st.value, st.target, st);
        break;
      case 'Return':
        break;
      case 'If':
        return this.ifStmt(st);
      case 'While':
        return this.whileStmt(st);
      case 'For':
        return this.forStmt(st);
      case 'Try':
        return this.tryStmt(st);
      case 'With':
        return this.withStmt(st, 0);
      case 'Match':
        return this.matchStmt(st);
      default:
        break;
    }
    c.error(st, "this use of 'yield' is not supported by pyaot; use it as a statement or as `x = yield value`");
  }

  // ---- yield -------------------------------------------------------------------------------

  /** Suspends: hands the handled exceptions back, records the resume state, returns `v`. */
  private suspend(v: string, resume: number): void {
    const l = this.c.lines;
    for (let i = this.handlers.length - 1; i >= 0; i--) l.line('rt.exc.popHandling();');
    l.line(`fr.state = ${resume};`);
    this.endWith(`return ${v};`);
  }

  /** At a resume point: retake the handled exceptions, then raise a thrown exception here. */
  private resumed(node: A.Located): void {
    const l = this.c.lines;
    // pushHandlingOpt: a finally block's entry is optional (null when it runs for no exception).
    for (const e of this.handlers) l.line(`rt.exc.pushHandlingOpt(${e});`);
    this.usesHow = true;
    l.line(`if (how == .throw) ${exitStmt(this.c.raiseExit(node))}`);
  }

  yieldExpr(y: A.Yield | A.YieldFrom, target: A.Expr | null, node: A.Located): void {
    const c = this.c;
    if (y.nodeType === 'Yield') {
      const v = c.fresh('yv');
      c.lines.line(`const ${v} = ${y.value ? expr(c, y.value) : 'rt.Value.None'};`);
      const resume = this.newBlock();
      this.suspend(v, resume);
      this.enter(resume);
      this.resumed(node);
      if (target) {
        this.usesSent = true;
        assignTo(c, target, 'sent', node);
      }
      return;
    }
    // yield from: delegate next/send/throw to the sub-iterator until it finishes.
    const yf = this.field('yf', 'rt.Value', '.none');
    const started = this.field('yfs', 'bool', 'false');
    c.lines.line(`${yf} = ${c.check(`rt.gen.delegateIter(${expr(c, y.value)})`, y)};`);
    c.lines.line(`${started} = false;`);
    const step = this.newBlock();
    const resume = this.newBlock();
    this.jump(step);
    // On resume, retake handled exceptions; a thrown exception is passed to the delegate.
    this.enter(resume);
    for (const e of this.handlers) c.lines.line(`rt.exc.pushHandlingOpt(${e});`);
    this.jump(step);
    this.enter(step);
    this.usesSent = true;
    this.usesHow = true;
    const r = c.fresh('yr');
    c.lines.line(`const ${r} = ${c.check(`rt.gen.delegate(${yf}, if (${started}) sent else rt.Value.None, if (${started}) how else .send)`, y)};`);
    c.lines.line(`${started} = true;`);
    c.lines.open(`if (${r}) |${r}_v| {`);
    for (let i = this.handlers.length - 1; i >= 0; i--) c.lines.line('rt.exc.popHandling();');
    c.lines.line(`fr.state = ${resume};`);
    c.lines.line(`return ${r}_v;`);
    c.lines.close();
    if (target) assignTo(c, target, `rt.gen.delegateResult(${yf})`, node);
  }

  // ---- control flow ------------------------------------------------------------------------

  ifStmt(st: A.If): void {
    const c = this.c;
    const then = this.newBlock();
    const join = this.newBlock();
    const els = st.orelse.length > 0 ? this.newBlock() : join;
    this.endWith(`if (${instrumentBranch(c, st, 'if', cond(c, st.test))}) continue :sw ${then} else continue :sw ${els};`);
    this.enter(then);
    this.body(st.body);
    this.jump(join);
    if (st.orelse.length > 0) {
      this.enter(els);
      this.body(st.orelse);
      this.jump(join);
    }
    this.enter(join);
  }

  private loop(head: number, after: number, bodyFn: () => void): void {
    const frame: Extract<Frame, { kind: 'loop' }> = {
      kind: 'loop', breakJump: `continue :sw ${after};`, continueJump: `continue :sw ${head};`, usedBreak: false, usedContinue: false,
    };
    this.c.frames.push(frame);
    try {
      bodyFn();
    } finally {
      this.c.frames.pop();
    }
  }

  whileStmt(st: A.While): void {
    const c = this.c;
    const head = this.newBlock();
    const body = this.newBlock();
    const after = this.newBlock();
    const els = st.orelse.length > 0 ? this.newBlock() : after;
    instrumentTick(c, st, 'loop', 2);
    this.jump(head);
    this.enter(head);
    this.endWith(`if (${instrumentBranch(c, st, 'loop', cond(c, st.test))}) continue :sw ${body} else continue :sw ${els};`);
    this.loop(head, after, () => {
      this.enter(body);
      this.body(st.body);
      this.jump(head);
    });
    if (st.orelse.length > 0) {
      this.enter(els);
      this.body(st.orelse);
      this.jump(after);
    }
    this.enter(after);
  }

  forStmt(st: A.For): void {
    const c = this.c;
    const it = this.field('it', 'rt.Value', '.none');
    c.lines.line(`${it} = ${c.check(`rt.iter.iter(${instrumentSeen(c, st, 'iterable', expr(c, st.iter))})`, st)};`);
    const head = this.newBlock();
    const body = this.newBlock();
    const after = this.newBlock();
    const els = st.orelse.length > 0 ? this.newBlock() : after;
    instrumentTick(c, st, 'loop', 2);
    this.jump(head);
    this.enter(head);
    const v = c.fresh('nv');
    c.lines.line(`const ${v} = ${instrumentSome(c, st, c.check(`rt.iter.next(${it})`, st))} orelse continue :sw ${els};`);
    assignTo(c, st.target, v, st);
    this.jump(body);
    this.loop(head, after, () => {
      this.enter(body);
      this.body(st.body);
      this.jump(head);
    });
    if (st.orelse.length > 0) {
      this.enter(els);
      this.body(st.orelse);
      this.jump(after);
    }
    this.enter(after);
  }

  matchStmt(st: A.Match): void {
    // Cases are tested with the ordinary compiler (tests contain no yield); bodies become blocks.
    const c = this.c;
    const subj = this.field('subj', 'rt.Value', '.none');
    c.lines.line(`${subj} = ${expr(c, st.subject)};`);
    const after = this.newBlock();
    const bodies = st.cases.map(() => this.newBlock());
    st.cases.forEach((mc, i) => {
      const test = c.fresh('m');
      c.lines.line(`const ${test} = ${caseTestFor(c, mc, subj)};`);
      c.lines.line(`if (${instrumentBranch(c, mc, 'case', test)}) continue :sw ${bodies[i]};`);
    });
    this.jump(after);
    st.cases.forEach((mc, i) => {
      this.enter(bodies[i]);
      this.body(mc.body);
      this.jump(after);
    });
    this.enter(after);
  }

  // ---- try / with --------------------------------------------------------------------------

  tryStmt(st: A.Try): void {
    const c = this.c;
    const after = this.newBlock();
    let fin: { block: number; frame: Extract<Frame, { kind: 'finally' }>; pend: string } | null = null;
    if (st.finalbody.length > 0) {
      const act = this.field('act', 'u32', '0');
      const ret = this.field('ret', 'rt.Value', '.none');
      const block = this.newBlock();
      fin = { block, frame: { kind: 'finally', jump: `continue :sw ${block};`, act, ret, ids: new Map() }, pend: this.field('pend', '?*rt.exc.ExcObject', 'null') };
      c.lines.line(`${act} = 0;`);
      c.frames.push(fin.frame);
    }
    const normalEnd = fin ? fin.block : after;
    try {
      if (st.handlers.length === 0) {
        this.body(st.body);
        this.body(st.orelse);
        this.jump(normalEnd);
      } else {
        const handlerBlock = this.newBlock();
        const bodyBlock = this.newBlock();
        this.jump(bodyBlock);
        this.enter(bodyBlock);
        c.frames.push({ kind: 'try', jump: `continue :sw ${handlerBlock};` });
        try {
          this.body(st.body);
        } finally {
          c.frames.pop();
        }
        this.body(st.orelse);
        this.jump(normalEnd);
        this.handlersBlocks(st, handlerBlock, normalEnd);
      }
    } finally {
      if (fin) c.frames.pop();
    }
    if (fin) {
      // The finally body, with a pending exception set aside; then the routed exit continues.
      this.enter(fin.block);
      c.lines.line(`${fin.pend} = if (${fin.frame.act} == 1) rt.exc.getCurrent() else null;`);
      c.lines.line('rt.exc.setCurrent(null);');
      c.lines.line(`rt.exc.pushHandlingOpt(${fin.pend});`);
      this.handlers.push(`${fin.pend}`);
      c.frames.push({ kind: 'handler' });
      try {
        this.body(st.finalbody);
      } finally {
        c.frames.pop();
        this.handlers.pop();
      }
      if (!this.ended[this.cur]) {
        // The block current now: a yield in the finally body moved on to its resume block.
        const l = c.lines;
        l.line('rt.exc.popHandling();');
        l.open(`switch (${fin.frame.act}) {`);
        l.line(`0 => continue :sw ${after},`);
        l.line(`1 => { rt.exc.setCurrent(${fin.pend}); ${exitStmt(c.reraiseExit())} },`);
        for (const [key, code] of fin.frame.ids) {
          l.open(`${code} => {`);
          if (key === 'return') emitJump(c, 'return', st, fin.frame.ret);
          else emitJump(c, key.split(':')[0] as 'break' | 'continue', st);
          l.close('},');
        }
        l.line('else => unreachable,');
        l.close();
        this.ended[this.cur] = true;
      }
    }
    this.enter(after);
  }

  /** The except clauses as blocks; `fr.e` holds the caught exception across yields. */
  private handlersBlocks(st: A.Try, handlerBlock: number, done: number): void {
    const c = this.c;
    this.enter(handlerBlock);
    const e = this.field('exc', '?*rt.exc.ExcObject', 'null');
    c.lines.line(`${e} = rt.exc.take();`);
    const blocks = st.handlers.map(() => this.newBlock());
    let bare = false;
    st.handlers.forEach((h, i) => {
      if (h.type === null) {
        bare = true;
        c.lines.line(`continue :sw ${blocks[i]};`);
        return;
      }
      if (bare) return;
      c.lines.line(`if (${c.check(`rt.excMatches(${e}.?, ${expr(c, h.type)})`, h)}) continue :sw ${blocks[i]};`);
    });
    if (!bare) {
      c.lines.line(`rt.exc.setCurrent(${e});`);
      this.endWith(exitStmt(c.reraiseExit()));
    }
    this.ended[this.cur] = true;
    st.handlers.forEach((h, i) => {
      this.enter(blocks[i]);
      instrumentTick(c, h, 'handler');
      c.lines.line(`rt.exc.pushHandling(${e}.?);`);
      if (h.name) assignTo(c, { nodeType: 'Name', nodeId: -1, id: h.name, ctx: 'Store', lineno: h.lineno, col_offset: h.col_offset, end_lineno: h.end_lineno, end_col_offset: h.end_col_offset }, `${e}.?.val()`, h);
      this.handlers.push(`${e}.?`);
      c.frames.push({ kind: 'handler' });
      try {
        this.body(h.body);
      } finally {
        c.frames.pop();
        this.handlers.pop();
      }
      if (!this.ended[this.cur]) {
        c.lines.line('rt.exc.popHandling();');
        if (h.name) assignTo(c, { nodeType: 'Name', nodeId: -1, id: h.name, ctx: 'Store', lineno: h.lineno, col_offset: h.col_offset, end_lineno: h.end_lineno, end_col_offset: h.end_col_offset }, 'rt.UNBOUND', h);
        this.jump(done);
      }
    });
  }

  withStmt(st: A.With, i: number): void {
    if (i >= st.items.length) return this.body(st.body);
    const c = this.c;
    const item = st.items[i];
    const mgr = this.field('mgr', 'rt.Value', '.none');
    const exit = this.field('exit', 'rt.Value', '.none');
    c.lines.line(`${mgr} = ${expr(c, item.context_expr)};`);
    c.lines.line(`${exit} = ${c.check(`rt.withExitFn(${mgr})`, item.context_expr as A.Located)};`);
    const entered = c.fresh('ent');
    c.lines.line(`const ${entered} = ${c.check(`rt.withEnter(${mgr})`, item.context_expr as A.Located)};`);
    if (item.optional_vars) assignTo(c, item.optional_vars, entered, st);
    else c.lines.line(`_ = ${entered};`);
    const errBlock = this.newBlock();
    const after = this.newBlock();
    c.frames.push({ kind: 'with', mgr, exit, jump: `continue :sw ${errBlock};` });
    try {
      this.withStmt(st, i + 1);
    } finally {
      c.frames.pop();
    }
    if (!this.ended[this.cur]) {
      c.lines.line(`_ = ${c.check(`rt.withExitNormal(${mgr}, ${exit})`, st)};`);
      this.jump(after);
    }
    this.enter(errBlock);
    c.lines.line(`if (!${c.check(`rt.withExitError(${mgr}, ${exit})`, st)}) ${exitStmt(c.reraiseExit())}`);
    this.jump(after);
    this.enter(after);
  }
}

function caseTestFor(c: FnCtx, mc: A.MatchCase, subj: string): string {
  return matchCaseTest(c, mc, subj);
}

/** Compiles a generator function (def with yield). */
export function emitGeneratorFunction(c: FnCtx, node: A.FunctionDef, scope: Scope, info: FnInfo): void {
  emitGeneratorBody(c, scope, info, node.name, (lo) => lo.body(node.body), node, false);
}

/**
 * Compiles a generator expression as an anonymous generator function whose one parameter is
 * an iterator over the first iterable (iter() runs where the expression appears, as in
 * CPython, so a non-iterable raises TypeError at once).
 */
export function emitGeneratorExpression(c: FnCtx, e: A.GeneratorExp, scope: Scope): string {
  const prog = c.prog;
  const id = `${prog.fresh('F')}_genexpr`;
  const frees = [...scope.frees];
  const info: FnInfo = {
    zigName: id, codeName: `${id}_code`, objName: `${id}_obj`, params: ['.0'], nPosonly: 0, nPos: 1, nKwonly: 0,
    varargs: false, varkw: false, nDefaults: 0, kwDefaultNames: [], hasEnv: frees.length > 0, envType: `${id}_env`, frees, isGenerator: true,
  };
  emitGeneratorBody(c, scope, info, '<genexpr>', (lo) => {
    const lc = lo.c;
    // for target in .0: [for ... ] if cond: yield elt
    const emitLevel = (i: number, iterExpr: string) => {
      const g = e.generators[i];
      const it = lo.field('it', 'rt.Value', '.none');
      lc.lines.line(`${it} = ${i === 0 ? iterExpr : lc.check(`rt.iter.iter(${iterExpr})`, e)};`);
      const head = lo.newBlock();
      const body = lo.newBlock();
      const after = lo.newBlock();
      instrumentTick(lc, g, 'loop', 2);
      lo.jump(head);
      lo.enter(head);
      const v = lc.fresh('nv');
      lc.lines.line(`const ${v} = ${instrumentSome(lc, g, lc.check(`rt.iter.next(${it})`, e))} orelse continue :sw ${after};`);
      assignTo(lc, g.target, v, e);
      for (const test of g.ifs) lc.lines.line(`if (!${instrumentBranch(lc, test, 'filter', cond(lc, test))}) continue :sw ${head};`);
      lo.jump(body);
      lo.enter(body);
      if (i + 1 < e.generators.length) emitLevel(i + 1, expr(lc, e.generators[i + 1].iter));
      else {
        const yv = lc.fresh('yv');
        lc.lines.line(`const ${yv} = ${expr(lc, e.elt)};`);
        const resume = lo.newBlock();
        lc.lines.line(`fr.state = ${resume};`);
        lo.endWith(`return ${yv};`);
        lo.enter(resume);
        lo.usesHow = true;
        lc.lines.line(`if (how == .throw) ${exitStmt(lc.raiseExit(e))}`);
      }
      lo.jump(head);
      lo.enter(after);
    };
    emitLevel(0, lc.locals.get('.0')!.zig);
  }, e, true);
  // The generator object, given the first iterable.
  const first = c.check(`rt.iter.iter(${expr(c, e.generators[0].iter)})`, e);
  const envArg = info.hasEnv ? makeEnv(c, info, e) + ', ' : '';
  return c.check(`${id}(${envArg}${first})`, e);
}

function makeEnv(c: FnCtx, info: FnInfo, node: A.Located): string {
  const fields = info.frees.map((f) => `.c_${ident(f)} = ${freeCell(c, f, node)}`);
  return `rt.mem.dupe(${info.envType}, .{ ${fields.join(', ')} })`;
}

function freeCell(c: FnCtx, name: string, node: A.Located): string {
  const own = c.locals.get(name);
  if (own && own.cell) return own.zig;
  const free = c.frees.get(name);
  if (free) return free;
  return c.error(node, `internal: no cell for '${name}'`);
}

function emitGeneratorBody(c: FnCtx, scope: Scope, info: FnInfo, name: string, lower: (lo: Lowering) => void, node: A.Located, declareEnv: boolean): void {
  const prog = c.prog;
  const fc = new FnCtx(prog, c.mod, scope, name, c);
  const frameFields = setupGeneratorLocals(fc, scope, info.params, info.frees);
  instrumentEntry(fc, node, null, info.params);
  fc.genReturn = (v: string) => `{ rt.gen.setReturn(fr.gen.?, ${v}); fr.state = ${DONE}; return null; }`;
  const lo = new Lowering(fc);
  lo.enter(0);
  lower(lo);
  if (!lo.ended[lo.cur]) lo.endWith(fc.genReturn('rt.Value.None'));
  // Unreached blocks still need a terminator for Zig.
  lo.blocks.forEach((b, i) => {
    if (!lo.ended[i]) b.line(`return rt.trace(&${fc.loc(node)});`);
  });

  const out = prog.decls;
  const frameType = `${info.zigName}_frame`;
  out.blank();
  out.open(`const ${frameType} = struct {`);
  out.line('state: u32 = 0,');
  out.line('gen: ?*rt.gen.Generator = null,');
  if (info.hasEnv) out.line(`env: *const ${info.envType} = undefined,`);
  for (const f of frameFields) out.line(`${f},`);
  for (const [n, t] of lo.fields) out.line(`${n}: ${t},`);
  out.close('};');
  // The entry: build the frame, wrap it in a generator object.
  const sig = info.params.map((p) => `p_${ident(p)}: rt.Value`);
  if (info.hasEnv) sig.unshift(`env: *const ${info.envType}`);
  out.open(`fn ${info.zigName}(${sig.join(', ')}) rt.Error!rt.Value {`);
  out.line(`const fr = rt.mem.create(${frameType}, .scan);`);
  // (UNBOUND is a runtime address: the locals are set by the prologue below, not by defaults.)
  out.line('fr.* = .{};');
  if (info.hasEnv) out.line('fr.env = env;');
  out.append(fc.prologue());
  out.line(`const g = rt.gen.new(fr, ${info.zigName}_resume_c, ${zigString(name)}, ${zigString(scope.qualname)});`);
  out.line('fr.gen = g;');
  out.line('return g.val();');
  out.close();
  // The runtime resumes generators through the C ABI (see zig-runtime/abi/).
  out.open(`fn ${info.zigName}_resume_c(fp: *anyopaque, sent: *const rt.Value, how: u8, out: *rt.Value) callconv(.c) u8 {`);
  out.line(`const r = ${info.zigName}_resume(fp, sent.*, @enumFromInt(how)) catch return 2;`);
  out.line('out.* = r orelse return 1;');
  out.line('return 0;');
  out.close();
  out.open(`fn ${info.zigName}_resume(fp: *anyopaque, ${lo.usesSent ? 'sent' : '_'}: rt.Value, ${lo.usesHow ? 'how' : '_'}: rt.gen.Resume) rt.Error!?rt.Value {`);
  out.line(EVAL_QUOTA);
  out.line(`const fr: *${frameType} = @ptrCast(@alignCast(fp));`);
  const jumps = lo.blocks.some((b) => b.toString().includes('continue :sw'));
  out.open(`${jumps ? 'sw: ' : ''}switch (fr.state) {`);
  lo.blocks.forEach((b, i) => {
    out.open(`${i} => {`);
    out.append(b);
    out.close('},');
  });
  out.line('else => return null,');
  out.close();
  out.close();
  if (info.hasEnv && declareEnv) {
    out.line(`const ${info.envType} = struct { ${info.frees.map((f) => `c_${ident(f)}: *rt.Cell`).join(', ')} };`);
  }
}

/** A route from raiseExit as a complete statement. */
function exitStmt(s: string): string {
  return s.startsWith('{') ? s : `${s};`;
}
