// Functions: `def` and `lambda` become a Zig function over rt.Value parameters, a static
// rt.Code describing the parameters for dynamic calls, and at the definition site a
// rt.Function object (defaults evaluated then, closure cells captured) bound to the name.
// Calls to a module-level function whose global still holds that very function object are
// made directly, guarded by one pointer compare; everything else goes through rt.call.
import type * as A from '../parser/ast.js';
import type { Scope } from '../resolve/scopes.js';
import { lookupName } from '../resolve/scopes.js';
import { Lines, ident, zigString } from './emit.js';
import { FnCtx, zigLocal } from './context.js';
import { expr, cond, blockExpr, globalVar, argsLiteral, callArgs, cellRef, moduleGlobals } from './expr.js';
import { emitBody, assignTo, storeName } from './stmt.js';
import { emitGeneratorFunction, emitGeneratorExpression } from './generator.js';

/** Everything about a compiled function the definition site and direct callers need. */
export interface FnInfo {
  zigName: string;
  codeName: string;
  /** Global holding the function object created by the def (for direct-call guards and defaults). */
  objName: string;
  params: string[];
  nPosonly: number;
  nPos: number;
  nKwonly: number;
  varargs: boolean;
  varkw: boolean;
  nDefaults: number;
  kwDefaultNames: string[];
  hasEnv: boolean;
  envType: string;
  frees: string[];
  isGenerator: boolean;
}

const fnInfos = new WeakMap<A.Node, FnInfo>();

function qualnameOf(s: Scope): string {
  return s.qualname;
}

/** Parameter list of `args` in rt.Code order: posonly, normal, kwonly, *args, **kwargs. */
function paramNames(args: A.Arguments): string[] {
  const r = [...args.posonlyargs, ...args.args, ...args.kwonlyargs].map((a) => a.arg);
  if (args.vararg) r.push(args.vararg.arg);
  if (args.kwarg) r.push(args.kwarg.arg);
  return r;
}

/** Names stored to anywhere in the scope's own body (not nested scopes). */
export function storedNames(s: Scope): Set<string> {
  return s.stores;
}

/**
 * Compiles the body of a function scope into a Zig function declaration. Returns its info; the
 * declaration is appended to the program. Called once per def/lambda.
 */
function compileFunction(c: FnCtx, node: A.FunctionDef | A.Lambda, scope: Scope): FnInfo {
  const prog = c.prog;
  const args = node.args;
  const id = `${prog.fresh('F')}_${ident(node.nodeType === 'Lambda' ? 'lambda' : node.name)}`;
  const params = paramNames(args);
  const frees = [...scope.frees];
  if (scope.usesClassCell && !frees.includes('__class__')) frees.push('__class__');
  const info: FnInfo = {
    zigName: id,
    codeName: `${id}_code`,
    objName: `${id}_obj`,
    params,
    nPosonly: args.posonlyargs.length,
    nPos: args.posonlyargs.length + args.args.length,
    nKwonly: args.kwonlyargs.length,
    varargs: args.vararg !== null,
    varkw: args.kwarg !== null,
    nDefaults: args.defaults.length,
    kwDefaultNames: args.kwonlyargs.map((a) => a.arg),
    hasEnv: frees.length > 0,
    envType: `${id}_env`,
    frees,
    isGenerator: scope.isGenerator,
  };
  fnInfos.set(node, info);

  if (scope.isGenerator) {
    emitGeneratorFunction(c, node as A.FunctionDef, scope, info);
  } else {
    const fc = new FnCtx(prog, c.mod, scope, node.nodeType === 'Lambda' ? '<lambda>' : node.name, c);
    const paramUse = setupLocals(fc, scope, params, frees, 'env');
    const body = fc.lines;
    let terminated: boolean;
    if (node.nodeType === 'Lambda') {
      body.line(`return ${expr(fc, node.body)};`);
      terminated = true;
    } else {
      terminated = emitBody(fc, node.body);
    }
    if (!terminated) body.line('return rt.Value.None;');
    const sig = params.map((p) => `${paramUse.get(p) ? `p_${ident(p)}` : '_'}: rt.Value`);
    if (info.hasEnv) sig.unshift(`${paramUse.get('\0env') ? 'env' : '_'}: *const ${info.envType}`);
    const out = prog.decls;
    out.blank();
    out.open(`fn ${id}(${sig.join(', ')}) rt.Error!rt.Value {`);
    out.append(fc.prologue());
    out.append(body);
    out.close();
  }
  emitCodeObject(c, node, scope, info);
  return info;
}

/**
 * Declares a function's locals: parameters stay Zig parameters unless reassigned or captured;
 * captured variables live in cells; others are Zig vars starting UNBOUND. Returns which
 * parameters (and the env, under key '\0env') the body uses, for warning-free signatures.
 */
export function setupLocals(fc: FnCtx, scope: Scope, params: string[], frees: string[], envExpr: string): Map<string, boolean> {
  const used = new Map<string, boolean>();
  for (const f of frees) fc.frees.set(f, `${envExpr}.c_${ident(f)}`);
  if (frees.length > 0) used.set('\0env', true);
  for (const name of scope.locals) {
    const isParam = params.includes(name);
    const isCell = scope.cells.has(name);
    const zig = zigLocal(name);
    if (isParam) {
      used.set(name, true);
      if (isCell) fc.declare(`const ${zig} = rt.newCellWith(p_${ident(name)});`);
      else if (scope.stores.has(name)) fc.declare(`var ${zig}: rt.Value = p_${ident(name)};`);
      fc.locals.set(name, { zig: isCell || scope.stores.has(name) ? zig : `p_${ident(name)}`, cell: isCell, alwaysBound: !isCell });
    } else if (isCell) {
      fc.declare(`const ${zig} = rt.newCell();`);
      fc.locals.set(name, { zig, cell: true, alwaysBound: false });
    } else {
      fc.declareLazy(name, zig);
      fc.locals.set(name, { zig, cell: false, alwaysBound: false });
    }
  }
  // Parameters the body never mentions are unused Zig parameters.
  for (const p of params) if (!scope.uses.has(p) && !scope.stores.has(p) && !scope.cells.has(p)) used.set(p, false);
  return used;
}

/**
 * A generator's locals live in its frame (they survive yields): returns the frame's field
 * declarations and binds each local to `fr.l_<name>`. Parameters are copied in (into cells when
 * captured) by the entry function's prologue.
 */
export function setupGeneratorLocals(fc: FnCtx, scope: Scope, params: string[], frees: string[]): string[] {
  const fields: string[] = [];
  for (const f of frees) fc.frees.set(f, `fr.env.c_${ident(f)}`);
  const names = [...new Set([...params, ...scope.locals])];
  for (const name of names) {
    const zig = zigLocal(name);
    const isCell = scope.cells.has(name);
    const isParam = params.includes(name);
    if (isCell) {
      fields.push(`${zig}: *rt.Cell = undefined`);
      fc.declare(isParam ? `fr.${zig} = rt.newCellWith(p_${ident(name)});` : `fr.${zig} = rt.newCell();`);
    } else {
      fields.push(`${zig}: rt.Value = rt.UNBOUND`);
      if (isParam) fc.declare(`fr.${zig} = p_${ident(name)};`);
    }
    fc.locals.set(name, { zig: `fr.${zig}`, cell: isCell, alwaysBound: false });
  }
  return fields;
}

function emitCodeObject(c: FnCtx, node: A.FunctionDef | A.Lambda, scope: Scope, info: FnInfo): void {
  const out = c.prog.decls;
  const name = node.nodeType === 'Lambda' ? '<lambda>' : node.name;
  const call = info.params.map((_, i) => `a[${i}]`);
  const envArg = info.hasEnv ? `@ptrCast(@alignCast(f.closure.?))` : '';
  const allArgs = [...(info.hasEnv ? [envArg] : []), ...call];
  out.open(`fn ${info.zigName}_entry(${info.hasEnv ? 'f' : '_'}: *rt.Function, ${info.params.length > 0 ? 'a' : '_'}: []const rt.Value) rt.Error!rt.Value {`);
  out.line(`return ${info.zigName}(${allArgs.join(', ')});`);
  out.close();
  out.line(`const ${info.codeName} = rt.Code{ .name = ${zigString(name)}, .qualname = ${zigString(qualnameOf(scope))}, .params = &.{ ${info.params.map((p) => zigString(p)).join(', ')} }, .n_posonly = ${info.nPosonly}, .n_pos = ${info.nPos}, .n_kwonly = ${info.nKwonly}, .varargs = ${info.varargs}, .varkw = ${info.varkw}, .entry = ${info.zigName}_entry, .line = ${node.lineno} };`);
  if (info.hasEnv) {
    out.line(`const ${info.envType} = struct { ${info.frees.map((f) => `c_${ident(f)}: *rt.Cell`).join(', ')} };`);
  }
  out.line(`var ${info.objName}: ?*rt.Function = null;`);
}

/** The Zig expression creating the function object at the definition site. */
function makeFunctionObject(c: FnCtx, node: A.FunctionDef | A.Lambda, info: FnInfo): string {
  const args = node.args;
  return blockExpr(c, (l, label) => {
    const defaults = args.defaults.map((d) => expr(c, d));
    const kwd = args.kw_defaults.map((d) => (d ? expr(c, d) : 'rt.call.MISSING'));
    let env = 'null';
    if (info.hasEnv) {
      const ev = c.fresh('env');
      l.line(`const ${ev} = rt.mem.create(${info.envType}, .scan);`);
      for (const f of info.frees) {
        const cell = f === '__class__' && c.classCell ? c.classCell : cellRef(c, f, node);
        l.line(`${ev}.c_${ident(f)} = ${cell};`);
      }
      env = `@ptrCast(${ev})`;
    }
    const fo = c.fresh('fo');
    l.line(`const ${fo} = rt.call.newFunction(&${info.codeName}, &[_]rt.Value{ ${defaults.join(', ')} }, &[_]rt.Value{ ${kwd.join(', ')} }, ${env});`);
    l.line(`${fo}.module = ${zigString(c.mod.name)};`);
    if (node.nodeType === 'FunctionDef') {
      const doc = docstring(node.body);
      if (doc !== null) l.line(`${fo}.doc = ${c.prog.strVal(doc)};`);
    }
    l.line(`${info.objName} = ${fo};`);
    l.line(`break :${label} ${fo}.val();`);
  });
}

export function docstring(body: A.Stmt[]): string | null {
  const first = body[0];
  if (first && first.nodeType === 'Expr' && first.value.nodeType === 'Constant' && first.value.value.t === 'str') return first.value.value.v;
  return null;
}

export function emitFunctionDef(c: FnCtx, st: A.FunctionDef): void {
  // Decorators are evaluated before the function object is made, applied innermost first.
  const decos = st.decorator_list.map((d) => {
    const t = c.fresh('deco');
    c.lines.line(`const ${t} = ${expr(c, d)};`);
    return t;
  });
  const scope = c.prog.scopes.get(c.mod.name)!.byNode.get(st.nodeId)!;
  const info = compileFunction(c, st, scope);
  let v = makeFunctionObject(c, st, info);
  for (let i = decos.length - 1; i >= 0; i--) {
    v = c.check(`rt.call.call(${decos[i]}, rt.Args{ .pos = &[_]rt.Value{ ${v} } })`, st);
  }
  const t = c.fresh('fn');
  c.lines.line(`const ${t} = ${v};`);
  storeName(c, st.name, t, st);
}

export function emitLambda(c: FnCtx, e: A.Lambda): string {
  const scope = c.prog.scopes.get(c.mod.name)!.byNode.get(e.nodeId)!;
  const info = compileFunction(c, e, scope);
  return makeFunctionObject(c, e, info);
}

// ---- Direct calls ----------------------------------------------------------------------------

export interface DirectTarget {
  info: FnInfo;
  /** The Zig expression of the global the function lives in. */
  global: string;
  def: A.FunctionDef;
}

/** A module-level function the call may reach directly, when the call's shape allows it. */
export function directCallTarget(c: FnCtx, name: string, call: A.Call): DirectTarget | null {
  const ref = lookupName(c.scope, name);
  if (ref.kind !== 'global') return null;
  const def = c.moduleDefs().get(name);
  if (!def) return null;
  const info = fnInfos.get(def);
  if (!info || info.hasEnv) return null;
  if (call.args.some((a) => a.nodeType === 'Starred') || call.keywords.some((k) => k.arg === null)) return null;
  if (info.varkw) return null;
  const bound = bindStatic(info, call);
  if (!bound) return null;
  return { info, global: globalVar(c, name), def };
}

/** Matches a call's arguments to parameters at compile time; null if it needs run-time binding. */
function bindStatic(info: FnInfo, call: A.Call): (number | A.Expr | 'default' | 'varargs')[] | null {
  const nPos = info.nPos;
  if (call.args.length > nPos && !info.varargs) return null;
  if (info.varargs) return null; // *args callees bind at run time (tuple building)
  const slots: (A.Expr | 'default' | null)[] = new Array(info.params.length).fill(null);
  call.args.forEach((a, i) => (slots[i] = a));
  for (const k of call.keywords) {
    const i = info.params.indexOf(k.arg!);
    if (i < info.nPosonly || i < 0 || i >= nPos + info.nKwonly || slots[i] !== null) return null;
    slots[i] = k.value;
  }
  for (let i = 0; i < nPos; i++) {
    if (slots[i] === null) {
      if (i >= nPos - info.nDefaults) slots[i] = 'default';
      else return null;
    }
  }
  for (let i = nPos; i < nPos + info.nKwonly; i++) if (slots[i] === null) return null;
  return slots as (A.Expr | 'default')[];
}

export function emitDirectCall(c: FnCtx, t: DirectTarget, call: A.Call): string {
  const info = t.info;
  const slots = bindStatic(info, call)!;
  // Keyword arguments are evaluated in source order, like Python: bind temporaries first.
  return blockExpr(c, (l, label) => {
    const temps = new Map<A.Expr, string>();
    for (const a of [...call.args, ...call.keywords.map((k) => k.value)]) {
      const tmp = c.fresh('a');
      l.line(`const ${tmp} = ${expr(c, a)};`);
      temps.set(a, tmp);
    }
    const fnv = c.fresh('f');
    l.line(`const ${fnv} = ${t.global};`);
    const argv = slots.map((s, i) => {
      if (s === 'default') return `${info.objName}.?.defaults[${i - (info.nPos - info.nDefaults)}]`;
      return temps.get(s as A.Expr)!;
    });
    const dyn = argsLiteral(c, call.args.map((a) => temps.get(a)!), call.keywords.map((k) => k.arg!), call.keywords.map((k) => temps.get(k.value)!));
    l.line(`if (${info.objName} != null and ${fnv}.isObj(&${info.objName}.?.base)) break :${label} ${c.check(`${info.zigName}(${argv.join(', ')})`, call)};`);
    l.line(`break :${label} ${c.check(`rt.call.call(${c.check(`rt.checkGlobal(${fnv}, ${zigString(call.func.nodeType === 'Name' ? call.func.id : '?')})`, call)}, ${dyn})`, call)};`);
  });
}

// ---- Comprehensions --------------------------------------------------------------------------

/**
 * List, set and dict comprehensions are compiled inline as loops in the current function, with
 * their own scope's variables as fresh Zig locals (cells if captured). Generator expressions
 * become generator objects.
 */
export function emitComprehension(c: FnCtx, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): string {
  const scope = c.prog.scopes.get(c.mod.name)!.byNode.get(e.nodeId)!;
  if (e.nodeType === 'GeneratorExp') return emitGeneratorExpression(c, e, scope);
  // The comprehension runs in a child context sharing this function's Zig body.
  const cc = c.child(scope);
  return blockExpr(cc, (l, label) => {
    for (const name of scope.locals) {
      const zig = cc.fresh(`q_${ident(name)}_`);
      if (scope.cells.has(name)) {
        l.line(`const ${zig} = rt.newCell();`);
        cc.locals.set(name, { zig, cell: true, alwaysBound: false });
      } else {
        l.line(`var ${zig}: rt.Value = rt.UNBOUND;`);
        cc.locals.set(name, { zig, cell: false, alwaysBound: false });
      }
    }
    const acc = cc.fresh('acc');
    if (e.nodeType === 'ListComp') l.line(`const ${acc} = rt.list.new();`);
    else if (e.nodeType === 'SetComp') l.line(`const ${acc} = rt.set.new();`);
    else l.line(`const ${acc} = rt.dict.new();`);
    // The first iterable was evaluated in the enclosing scope.
    const firstIter = expr(c, e.generators[0].iter);
    emitCompLoops(cc, e, 0, firstIter, acc);
    l.line(`break :${label} ${acc}.val();`);
  });
}

function emitCompLoops(cc: FnCtx, e: A.ListComp | A.SetComp | A.DictComp, i: number, iterExpr: string, acc: string): void {
  const g = e.generators[i];
  const l = cc.lines;
  const it = cc.fresh('it');
  l.line(`const ${it} = ${cc.check(`rt.iter.iter(${iterExpr})`, g.iter as A.Located)};`);
  l.open(`while (${cc.check(`rt.iter.next(${it})`, g.iter as A.Located)}) |${it}_v| {`);
  assignTo(cc, g.target, `${it}_v`, g.target as A.Located);
  for (const test of g.ifs) l.line(`if (!${cond(cc, test)}) continue;`);
  if (i + 1 < e.generators.length) {
    emitCompLoops(cc, e, i + 1, expr(cc, e.generators[i + 1].iter), acc);
  } else if (e.nodeType === 'ListComp') {
    l.line(`rt.list.append(${acc}, ${expr(cc, e.elt)});`);
  } else if (e.nodeType === 'SetComp') {
    l.line(`${cc.check(`rt.set.add(${acc}, ${expr(cc, e.elt)})`, e)};`);
  } else {
    const k = cc.fresh('k');
    l.line(`const ${k} = ${expr(cc, e.key)};`);
    l.line(`${cc.check(`rt.dict.set(${acc}, ${k}, ${expr(cc, e.value)})`, e)};`);
  }
  l.close();
}

export { callArgs, moduleGlobals };
