// Functions: `def` and `lambda` become a Zig function over rt.Value parameters, a static
// rt.Code describing the parameters for dynamic calls, and at the definition site a
// rt.Function object (defaults evaluated then, closure cells captured) bound to the name.
// Calls to a module-level function whose global still holds that very function object are
// made directly, guarded by one pointer compare; everything else goes through rt.call.
import { writtenName } from '../resolve/mangle.js';
import type * as A from '../parser/ast.js';
import type { Scope } from '../resolve/scopes.js';
import { lookupName } from '../resolve/scopes.js';
import { EVAL_QUOTA, Lines, ident, zigString } from './emit.js';
import { FnCtx, ProgramCtx, zigLocal } from './context.js';
import { type TExpr, coerce } from './typed.js';
import { expr, texpr, cond, blockExpr, globalVar, argsLiteral, callArgs, cellRef, moduleGlobals } from './expr.js';
import { emitBody, assignTo, storeName, storeTyped, settled, hasLoop, isBuiltinRange } from './stmt.js';
import { emitGeneratorFunction, emitGeneratorExpression } from './generator.js';
import type { Spec } from '../types/infer.js';
import { INT, OBJECT, isNative, zigType, type Ty } from '../types/lattice.js';
import { annotationValue, functionAnnotations } from './annotations.js';
import { instrumentBody, instrumentBranch, instrumentEntry, instrumentLoop, instrumentLoopNext, instrumentLoopTest } from './instrument.js';
import { callsDirHere } from './dir.js';

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
/** The names of a function's Zig pieces, assigned once (direct callers may need them first). */
export function infoFor(prog: ProgramCtx, node: A.FunctionDef | A.Lambda, scope: Scope): FnInfo {
  const known = fnInfos.get(node);
  if (known) return known;
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
  return info;
}

/** Functions whose Zig code is already emitted (a def inside a specialized function is reached once per specialization). */
const emitted = new WeakSet<A.Node>();

function compileFunction(c: FnCtx, node: A.FunctionDef | A.Lambda, scope: Scope): FnInfo {
  const prog = c.prog;
  const info = infoFor(prog, node, scope);
  if (emitted.has(node)) return info;
  emitted.add(node);
  const id = info.zigName;

  if (scope.isGenerator) {
    emitGeneratorFunction(c, node as A.FunctionDef, scope, info);
  } else {
    // One Zig function per specialization (types/infer.ts); the generic one is the entry for
    // dynamic calls. Lambdas and unanalyzed functions compile once, untyped.
    const specs: (Spec | null)[] = node.nodeType === 'FunctionDef' ? prog.types.specsOf(node) : [];
    if (specs.length === 0) specs.push(node.nodeType === 'FunctionDef' ? prog.types.scopeTypes(scope) ?? null : null);
    for (const spec of specs) {
      const zigName = spec && !spec.generic ? specZigName(info, spec) : id;
      emitFunctionBody(c, node, scope, info, spec, zigName);
    }
  }
  emitCodeObject(c, node, scope, info);
  return info;
}

export function specZigName(info: FnInfo, spec: Spec): string {
  return spec.generic ? info.zigName : `${info.zigName}_s${spec.id}`;
}

/**
 * Whether a specialization uses the register calling convention: every parameter and the result
 * unboxed (int/float/bool). Zig returns an error union in memory and passes rt.Int by reference;
 * a C-ABI function returning rt.Ret(T) (value + failed flag, two registers) and taking its
 * scalars in registers makes a typed call cost what a C call does (fib: -30% run time).
 */
function regCall(info: FnInfo, spec: Spec | null): spec is Spec {
  if (!spec || spec.generic) return false;
  return isNative(specRetTy(spec)) && info.params.every((_, i) => isNative(specParamTy(spec, i)));
}

/** A call of a specialization, as an rt.Error!T expression. */
export function specCall(info: FnInfo, spec: Spec, args: string[]): string {
  if (regCall(info, spec) && inlineLeaf(spec.fn)) return `${specZigName(info, spec)}_body(${args.join(', ')})`;
  const call = `${specZigName(info, spec)}(${args.join(', ')})`;
  return regCall(info, spec) ? `rt.fromRet(${zigType(specRetTy(spec))}, ${call})` : call;
}

const leafCache = new WeakMap<A.FunctionDef, boolean>();
const LEAF_MAX_NODES = 60;

/**
 * A small function that calls nothing and defines nothing (`def a_elem(i, j): ...`): its
 * register-convention body is an `inline fn`, so callers use it directly and LLVM compiles it
 * into the caller's loop (spectral_norm's inner loop). Calls are excluded so that no chain of
 * inline bodies can recurse; the size bound keeps callers small.
 */
function inlineLeaf(fn: A.FunctionDef): boolean {
  let r = leafCache.get(fn);
  if (r === undefined) {
    r = fn.decorator_list.length === 0 && smallBody(fn, LEAF_MAX_NODES, false);
    leafCache.set(fn, r);
  }
  return r;
}

/**
 * Whether a function's body has at most `maxNodes` nodes and nothing that defines a scope, yields,
 * or sets up handlers (and, unless `calls`, no call).
 */
function smallBody(fn: A.FunctionDef, maxNodes: number, calls: boolean): boolean {
  let nodes = 0;
  let small = true;
  const visit = (n: unknown): void => {
    if (!small || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    if (!('nodeType' in (n as object))) return;
    const x = n as A.Node;
    switch (x.nodeType) {
      case 'Call':
        if (calls) break;
        small = false;
        return;
      case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': case 'Lambda':
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': case 'Yield': case 'YieldFrom':
      case 'Try': case 'TryStar': case 'With': case 'Global': case 'Nonlocal':
        small = false;
        return;
    }
    if (++nodes > maxNodes) {
      small = false;
      return;
    }
    for (const [k, v] of Object.entries(x)) if (k !== 'parent') visit(v);
  };
  visit(fn.body);
  return small;
}

const UNROLL_MAX_NODES = 120;

/**
 * Whether a small register-convention specialization's body is compiled twice into its shell:
 * its direct calls of itself run the body's second copy inline, whose own self-calls are real
 * calls (`inline fn X_body(comptime unroll: u1, …)`). A recursive function then makes a call
 * every other level (fib(36): about half the calls, -25% run time), as C compilers' recursive
 * inlining does. Each copy's errors still pass through the call site's frame record, so
 * tracebacks and RecursionError are unchanged.
 */
function unrollsSelf(info: FnInfo, spec: Spec | null): boolean {
  if (!regCall(info, spec) || spec.fn.decorator_list.length > 0) return false;
  return !inlineLeaf(spec.fn) && smallBody(spec.fn, UNROLL_MAX_NODES, true) && callsByName(spec.fn.body, spec.fn.name);
}

/** Whether statements contain a call of `name` (the function calling itself, if it stays bound). */
function callsByName(n: unknown, name: string): boolean {
  if (!n || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some((x) => callsByName(x, name));
  if (!('nodeType' in (n as object))) return false;
  const x = n as A.Node;
  if (x.nodeType === 'Call' && x.func.nodeType === 'Name' && x.func.id === name) return true;
  return Object.entries(x).some(([k, v]) => k !== 'parent' && callsByName(v, name));
}

/** A direct call of the specialization being compiled, from its own body (see unrollsSelf). */
export function selfCall(c: FnCtx, info: FnInfo, spec: Spec, args: string[]): string | null {
  if (!c.unrollSelf || c.spec !== spec) return null;
  const name = specZigName(info, spec);
  return `(if (unroll == 0) ${name}_body(1, ${args.join(', ')}) else rt.fromRet(${zigType(specRetTy(spec))}, ${name}(${args.join(', ')})))`;
}

/** The Zig type a specialization returns (a function that never returns gives rt.Value). */
export function specRetTy(spec: Spec | null): Ty {
  if (!spec || spec.ret.k === 'bottom') return OBJECT;
  return isNative(spec.ret) ? spec.ret : OBJECT;
}

/**
 * Parameters the emitted code never names: the scope saw a use only in statements after a
 * `return` or `raise`, which are not emitted, and Zig rejects an unused parameter or local.
 * Such a parameter becomes `_`; its local copy (a parameter assigned there) is discarded.
 */
function settleUnnamedParams(fc: FnCtx, params: string[], used: Map<string, boolean>): void {
  const body = fc.lines.toString();
  const named = (zig: string, text: string) => new RegExp(`\\b${zig}\\b`).test(text);
  for (const p of params) {
    const lv = fc.locals.get(p);
    if (!used.get(p) || !lv || lv.cell) continue;
    const pv = `p_${ident(p)}`;
    if (lv.zig !== pv) {
      if (!named(lv.zig, body)) fc.declare(`_ = &${lv.zig};`);
    } else if (!named(pv, body) && !named(pv, fc.declText())) {
      used.set(p, false);
    }
  }
  // A closure whose free variables are read only there: its environment goes unnamed too.
  if (used.get('\0env') && !named('env', body) && !named('env', fc.declText())) used.set('\0env', false);
}

function specParamTy(spec: Spec | null, i: number): Ty {
  const t = spec?.params[i];
  return t && isNative(t) ? t : OBJECT;
}

function emitFunctionBody(c: FnCtx, node: A.FunctionDef | A.Lambda, scope: Scope, info: FnInfo, spec: Spec | null, zigName: string): void {
  const prog = c.prog;
  const fc = new FnCtx(prog, c.mod, scope, node.nodeType === 'Lambda' ? '<lambda>' : writtenName(node), c);
  fc.spec = spec;
  fc.retTy = specRetTy(spec);
  fc.unrollSelf = node.nodeType === 'FunctionDef' && unrollsSelf(info, spec);
  const paramUse = setupLocals(fc, scope, info.params, info.frees, 'env');
  instrumentEntry(fc, node, spec, info.params, paramUse);
  const body = fc.lines;
  let terminated: boolean;
  if (node.nodeType === 'Lambda') {
    body.line(`return ${expr(fc, node.body)};`);
    terminated = true;
  } else {
    terminated = emitBody(fc, node.body);
  }
  if (!terminated) {
    // A typed return type means the end is unreachable (types/assign.ts), even where Zig
    // cannot see it (a try whose every path returns).
    body.line(isNative(fc.retTy) ? `return rt.internalError("${zigName}: fell off a typed function");` : `return ${settled(fc, 'rt.Value.None')};`);
  }
  settleUnnamedParams(fc, info.params, paramUse);
  const guard = annotatedGuard(fc, node, spec, info);
  if (guard) for (const p of info.params) paramUse.set(p, true);
  const sig = info.params.map((p, i) => `${paramUse.get(p) ? `p_${ident(p)}` : '_'}: ${zigType(specParamTy(spec, i))}`);
  if (info.hasEnv) sig.unshift(`${paramUse.get('\0env') ? 'env' : '_'}: *const ${info.envType}`);
  const out = prog.decls;
  out.blank();
  const inlined = regCall(info, spec) && node.nodeType === 'FunctionDef' && inlineLeaf(spec.fn);
  if (regCall(info, spec)) {
    // The C-ABI shell; the body is inlined into it (its only caller) so its error union never
    // reaches memory.
    const names = sig.map((_, i) => `q${i}`);
    const shell = sig.map((p, i) => `${names[i]}${p.slice(p.indexOf(':'))}`);
    const unroll = fc.unrollSelf ? ['0'] : [];
    const body = `${zigName}_body(${[...unroll, ...names].join(', ')})`;
    // An inline leaf's body runs in its caller's frame wherever it is inlined (the caller
    // checked the stack at its entry), so only the shell, which has a frame of its own, checks.
    const call = inlined ? `if (rt.checkStack()) |_| ${body} else |e| e` : body;
    out.line(`fn ${zigName}(${shell.join(', ')}) ${FN_ALIGN} callconv(.c) rt.Ret(${zigType(fc.retTy)}) { return rt.toRet(${zigType(fc.retTy)}, ${call}); }`);
    out.open(`inline fn ${zigName}_body(${[...(fc.unrollSelf ? ['comptime unroll: u1'] : []), ...sig].join(', ')}) rt.Error!${zigType(fc.retTy)} {`);
  } else {
    emitWordShell(out, zigName, sig, fc.retTy);
    out.open(`inline fn ${zigName}_body(${sig.join(', ')}) rt.Error!${zigType(fc.retTy)} {`);
  }
  // (In the inline body, the quota applies to the shell it is analysed in.)
  out.line(EVAL_QUOTA);
  // The unrolled copy runs in its caller's frame, whose check covers it.
  if (!inlined) out.line(fc.unrollSelf ? 'if (unroll == 0) try rt.checkStack();' : 'try rt.checkStack();');
  if (guard) out.line(guard);
  out.append(fc.prologue());
  out.append(instrumentBody(fc, body));
  out.close();
}

/**
 * The word convention of every other compiled function (boxed parameters or result): a C-ABI
 * shell `<name>_r` taking each rt.Value parameter as its two words (rt.VW: two registers) and
 * returning a boxed result as its two words too, with a tag no Value has for "raised" (rt.toVRet),
 * or a native result as rt.Ret(T); the body is inlined into it (its only caller). Zig's own
 * convention passes a Value by reference and returns an error union in memory, so every call
 * stored and reloaded each argument and the result (richards_like: -14% CPU time). `<name>`
 * itself stays the function's Zig-convention face, an inline wrapper around the shell, so direct
 * callers, dispatchers and the code object's entry are unchanged.
 */
function emitWordShell(out: Lines, zigName: string, sig: string[], retTy: Ty): void {
  const tyOf = (p: string) => p.slice(p.indexOf(':') + 1).trim();
  const shell = sig.map((p, i) => `q${i}: ${tyOf(p) === 'rt.Value' ? 'rt.VW' : tyOf(p)}`);
  const intoBody = sig.map((p, i) => (tyOf(p) === 'rt.Value' ? `rt.fromVW(q${i})` : `q${i}`));
  const face = sig.map((p, i) => `a${i}: ${tyOf(p)}`);
  const intoShell = sig.map((p, i) => (tyOf(p) === 'rt.Value' ? `rt.toVW(a${i})` : `a${i}`));
  const rt = zigType(retTy);
  const body = `${zigName}_body(${intoBody.join(', ')})`;
  const call = `${zigName}_r(${intoShell.join(', ')})`;
  if (isNative(retTy)) {
    out.line(`fn ${zigName}_r(${shell.join(', ')}) ${FN_ALIGN} callconv(.c) rt.Ret(${rt}) { return rt.toRet(${rt}, ${body}); }`);
    out.line(`inline fn ${zigName}(${face.join(', ')}) rt.Error!${rt} { return rt.fromRet(${rt}, ${call}); }`);
  } else {
    out.line(`fn ${zigName}_r(${shell.join(', ')}) ${FN_ALIGN} callconv(.c) rt.VW { return rt.toVRet(${body}); }`);
    out.line(`inline fn ${zigName}(${face.join(', ')}) rt.Error!rt.Value { return rt.fromVRet(${call}); }`);
  }
}

const TAG: Record<string, string> = { int: 'int', float: 'float', bool: 'bool' };

/**
 * Every compiled Python function starts on a 64-byte line: where a hot loop falls relative to
 * cache lines otherwise depends on the size of unrelated code before it (even on the paths
 * embedded in the binary), and moved loop_sum's loop between 64 and 100 ms from build to build.
 */
const FN_ALIGN = 'align(64)';

/**
 * In the generic entry of a function with annotated parameters (`n: int`): when a dynamic call's
 * arguments have the annotated types, run the specialization for them (types/infer.ts
 * SealedFn.annotated) instead of the boxed body. Same semantics, typed code. In profiling builds
 * too, and before the generic entry's counters: the specialization counts the call, and its entry
 * gives the parameter types (profiler/raw.ts), so each call still counts once. Without the guard
 * the specialization lost its second caller, LLVM inlined it into the first, and its loops were
 * laid out differently from the plain build's (loop_sum +22% instrumented, +0% with the guard).
 */
function annotatedGuard(c: FnCtx, node: A.FunctionDef | A.Lambda, spec: Spec | null, info: FnInfo): string | null {
  if (!spec?.generic || node.nodeType !== 'FunctionDef') return null;
  const typed = c.prog.types.sealed(node)?.annotated;
  if (!typed || typed === spec || info.hasEnv) return null;
  const tests: string[] = [];
  const args = info.params.map((p, i) => {
    const t = specParamTy(typed, i);
    if (!isNative(t)) return `p_${ident(p)}`;
    tests.push(`p_${ident(p)} == .${TAG[t.k]}`);
    return `p_${ident(p)}.${TAG[t.k]}`;
  });
  if (tests.length === 0) return null;
  const call = `(try ${specCall(info, typed, args)})`;
  // Both return the same Python value; its Zig type follows each one's inferred return type.
  return `if (${tests.join(' and ')}) return ${coerce(c, { code: call, ty: specRetTy(typed) }, c.retTy, node)};`;
}

/**
 * Declares a function's locals: parameters stay Zig parameters unless reassigned, captured or
 * of another type than the local; captured variables live in cells; others are Zig vars
 * (unboxed when inferred int/float/bool, else rt.Value starting UNBOUND). Returns which
 * parameters (and the env, under key '\0env') the body uses, for warning-free signatures.
 */
export function setupLocals(fc: FnCtx, scope: Scope, params: string[], frees: string[], envExpr: string): Map<string, boolean> {
  const used = new Map<string, boolean>();
  const spec = fc.spec;
  for (const f of frees) fc.frees.set(f, `${envExpr}.c_${ident(f)}`);
  if (frees.length > 0) used.set('\0env', true);
  for (const name of scope.locals) {
    const isParam = params.includes(name);
    const isCell = scope.cells.has(name);
    const zig = zigLocal(name);
    const localTy = !isCell && spec && isNative(spec.vars.get(name) ?? OBJECT) ? spec.vars.get(name)! : OBJECT;
    const bound = !!spec && !spec.unsafe.has(name);
    if (isParam) {
      used.set(name, true);
      const pty = specParamTy(spec, params.indexOf(name));
      const pv = `p_${ident(name)}`;
      const boxedParam = boxCode(pv, pty);
      if (isCell) {
        fc.declare(`const ${zig} = rt.newCellWith(${boxedParam});`);
        fc.locals.set(name, { zig, ty: OBJECT, cell: true, alwaysBound: false });
      } else if (scope.stores.has(name) || zigType(pty) !== zigType(localTy)) {
        fc.declare(`var ${zig}: ${zigType(localTy)} = ${isNative(localTy) ? pv : boxedParam};`);
        fc.locals.set(name, { zig, ty: localTy, cell: false, alwaysBound: true });
      } else {
        fc.locals.set(name, { zig: pv, ty: pty, cell: false, alwaysBound: true });
      }
    } else if (isCell) {
      fc.declare(`const ${zig} = rt.newCell();`);
      fc.locals.set(name, { zig, ty: OBJECT, cell: true, alwaysBound: false });
    } else {
      fc.declareLazy(name, zig, localTy);
      fc.locals.set(name, { zig, ty: localTy, cell: false, alwaysBound: bound });
    }
  }
  // Parameters the body never mentions are unused Zig parameters.
  const readsAll = callsDirHere(scope.node);
  for (const p of params) if (!readsAll && !scope.uses.has(p) && !scope.stores.has(p) && !scope.cells.has(p)) used.set(p, false);
  return used;
}

/** A native value as rt.Value. */
export function boxCode(code: string, ty: Ty): string {
  switch (ty.k) {
    case 'int':
      return `rt.Value{ .int = ${code} }`;
    case 'float':
      return `rt.Value{ .float = ${code} }`;
    case 'bool':
      return `rt.Value.fromBool(${code})`;
    default:
      return code;
  }
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
      fields.push(`${zig}: rt.Value = undefined`);
      fc.declare(isParam ? `fr.${zig} = p_${ident(name)};` : `fr.${zig} = rt.UNBOUND;`);
    }
    fc.locals.set(name, { zig: `fr.${zig}`, ty: OBJECT, cell: isCell, alwaysBound: false });
  }
  return fields;
}

function emitCodeObject(c: FnCtx, node: A.FunctionDef | A.Lambda, scope: Scope, info: FnInfo): void {
  const out = c.prog.decls;
  const name = node.nodeType === 'Lambda' ? '<lambda>' : writtenName(node);
  const call = info.params.map((_, i) => `a[${i}]`);
  const envArg = info.hasEnv ? `@ptrCast(@alignCast(f.closure.?))` : '';
  const allArgs = [...(info.hasEnv ? [envArg] : []), ...call];
  // The runtime calls compiled functions through the C ABI (see zig-runtime/abi/).
  out.open(`fn ${info.zigName}_entry(${info.hasEnv ? 'f' : '_'}: *rt.Function, ${info.params.length > 0 ? 'a' : '_'}: [*]const rt.Value, _: usize, out: *rt.Value) callconv(.c) u8 {`);
  const generic = node.nodeType === 'FunctionDef' ? (c.prog.types.specsOf(node).find((sp) => sp.generic) ?? c.prog.types.scopeTypes(scope) ?? null) : null;
  out.line(`out.* = ${boxCode(`(${info.zigName}(${allArgs.join(', ')}) catch return 1)`, specRetTy(generic))};`);
  out.line('return 0;');
  out.close();
  // A method: method call sites may call its Zig code directly (attr-site.ts), the entry's
  // call with the receiver and arguments in hand and errors passed on.
  if (node.nodeType === 'FunctionDef' && scope.parent?.kind === 'class' && !info.varargs && !info.varkw && info.nKwonly === 0 && info.nPos >= 1) {
    const direct = [...(info.hasEnv ? [envArg] : []), 'obj', ...call.slice(1).map((_, i) => `a[${i}]`)];
    const key = `${name}/${info.nPos}`;
    const list = c.prog.methods.get(key) ?? [];
    list.push({ obj: info.objName, call: boxCode(`(try ${info.zigName}(${direct.join(', ')}))`, specRetTy(generic)) });
    c.prog.methods.set(key, list);
  }
  out.line(`const ${info.codeName} = rt.Code{ .name = ${zigString(name)}, .qualname = ${zigString(qualnameOf(scope))}, .params = &.{ ${info.params.map((p) => zigString(p)).join(', ')} }, .n_posonly = ${info.nPosonly}, .n_pos = ${info.nPos}, .n_kwonly = ${info.nKwonly}, .varargs = ${info.varargs}, .varkw = ${info.varkw}, .entry = ${info.zigName}_entry, .line = ${node.lineno}, .file = ${zigString(c.mod.file)}, .varnames = &.{ ${[...new Set([...info.params, ...scope.locals])].map((p) => zigString(p)).join(', ')} }, .freevars = &.{ ${info.frees.map((p) => zigString(p)).join(', ')} } };`);
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
      const anns = functionAnnotations(node);
      if (anns.length > 0) {
        l.line(`${fo}.annotations = rt.dict.new();`);
        for (const [name, ann] of anns) l.line(`rt.dict.setStr(${fo}.annotations.?, &${c.prog.str(name)}, ${annotationValue(c, ann)});`);
      }
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

const loopCache = new WeakMap<A.FunctionDef, boolean>();

/**
 * A direct call of `def`, through rt.mem.scrubAfter when its body loops: the dead stack below
 * the caller is zeroed (paced by allocation) once the callee returns, so that the next callee's
 * unwritten frame slots do not keep the last one's data alive (zig-runtime/client.zig).
 */
function scrubbed(def: A.FunctionDef, call: string): string {
  let loops = loopCache.get(def);
  if (loops === undefined) {
    loops = hasLoop(def.body);
    loopCache.set(def, loops);
  }
  return loops ? `rt.mem.scrubAfter(${call})` : call;
}

export function emitDirectCall(c: FnCtx, t: DirectTarget, call: A.Call): TExpr {
  const info = t.info;
  const slots = bindStatic(info, call)!;
  const spec = c.spec?.calls.get(call.nodeId);
  const sealed = c.prog.types.sealed(t.def);
  const name = zigString(call.func.nodeType === 'Name' ? call.func.id : '?');
  if (spec && sealed) {
    // A sealed function (nothing rebinds its global): call the specialization directly once
    // the def has run; arguments in the specialization's representations.
    const retTy = specRetTy(spec);
    const code = blockExpr(c, (l, label) => {
      const args = slots.map((s, i) => {
        const want = spec.params[i] && isNative(spec.params[i]) ? spec.params[i] : OBJECT;
        const te: TExpr = s === 'default'
          ? { code: `${info.objName}.?.defaults[${i - (info.nPos - info.nDefaults)}]`, ty: OBJECT }
          : texpr(c, s as A.Expr);
        const tmp = c.fresh('a');
        l.line(`const ${tmp} = ${coerce(c, te, want, call)};`);
        return tmp;
      });
      // Inside the function itself its def has run: recursion needs no check.
      if (c.spec?.fn !== t.def) l.line(`if (${info.objName} == null) { _ = rt.nameError(${name}) catch {}; ${exitStmt(c.raiseExit(call))} }`);
      l.line(`break :${label} ${c.check(scrubbed(t.def, selfCall(c, info, spec, args) ?? specCall(info, spec, args)), call)};`);
    });
    return { code, ty: retTy };
  }
  const generic = sealed ? [...sealed.specs.values()].find((sp) => sp.generic) ?? null : c.prog.types.scopeTypes(c.prog.scopes.get(c.mod.name)!.byNode.get(t.def.nodeId)!) ?? null;
  // Keyword arguments are evaluated in source order, like Python: bind temporaries first.
  const code = blockExpr(c, (l, label) => {
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
    l.line(`if (${info.objName} != null and ${fnv}.isObj(&${info.objName}.?.base)) break :${label} ${boxCode(c.check(scrubbed(t.def, `${info.zigName}(${argv.join(', ')})`), call), specRetTy(generic))};`);
    l.line(`break :${label} ${c.check(`rt.call.call(${c.check(`rt.checkGlobal(${fnv}, ${name})`, call)}, ${dyn})`, call)};`);
  });
  return { code, ty: OBJECT };
}

function exitStmt(s: string): string {
  return s.startsWith('{') ? s : `${s};`;
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
  // The comprehension runs in a child context sharing this function's Zig body; tracebacks
  // name it as CPython's separate function (`<listcomp>`).
  const kind = e.nodeType === 'ListComp' ? 'listcomp' : e.nodeType === 'SetComp' ? 'setcomp' : 'dictcomp';
  const ranged = rangeComprehension(c, e, scope);
  if (ranged) return ranged;
  const cc = c.child(scope, `<${kind}>`);
  return blockExpr(cc, (l, label) => {
    for (const name of scope.locals) {
      const zig = cc.fresh(`q_${ident(name)}_`);
      if (scope.cells.has(name)) {
        l.line(`const ${zig} = rt.newCell();`);
        cc.locals.set(name, { zig, ty: OBJECT, cell: true, alwaysBound: false });
      } else {
        l.line(`var ${zig}: rt.Value = rt.UNBOUND;`);
        cc.locals.set(name, { zig, ty: OBJECT, cell: false, alwaysBound: false });
      }
    }
    const acc = cc.fresh('acc');
    if (e.nodeType === 'ListComp') l.line(`const ${acc} = rt.list.new();`);
    else if (e.nodeType === 'SetComp') l.line(`const ${acc} = rt.set.new();`);
    else l.line(`const ${acc} = rt.dict.new();`);
    // The first iterable is evaluated, and its iterator made, in the enclosing scope.
    const it0 = cc.fresh('it');
    l.line(`const ${it0} = ${c.check(`rt.iter.iter(${expr(c, e.generators[0].iter)})`, e)};`);
    c.frames.push({ kind: 'scope', outerLoc: c.loc(e) });
    try {
      emitCompLoops(cc, e, 0, it0, acc);
    } finally {
      c.frames.pop();
    }
    l.line(`break :${label} ${acc}.val();`);
  });
}

/**
 * `[elt for i in range(...)]` (one generator, a plain name target, the builtin range): the
 * items are counted with machine integers as `for i in range(...)` is (stmt.ts emitForLoop), no
 * range or iterator object, `i` a native int local. Null when the shape does not fit.
 */
function rangeComprehension(c: FnCtx, e: A.ListComp | A.SetComp | A.DictComp, scope: Scope): string | null {
  if (e.generators.length !== 1) return null;
  const g = e.generators[0];
  if (g.is_async || g.target.nodeType !== 'Name' || !isBuiltinRange(c, g.iter)) return null;
  const name = g.target.id;
  if (scope.cells.has(name) || [...scope.locals].length !== 1 || ![...scope.locals].includes(name)) return null;
  const iterCall = g.iter;
  const kind = e.nodeType === 'ListComp' ? 'listcomp' : e.nodeType === 'SetComp' ? 'setcomp' : 'dictcomp';
  const cc = c.child(scope, `<${kind}>`);
  return blockExpr(cc, (l, label) => {
    const zig = cc.fresh(`q_${ident(name)}_`);
    l.line(`var ${zig}: ${zigType(INT)} = undefined;`);
    cc.locals.set(name, { zig, ty: INT, cell: false, alwaysBound: true });
    // range(...) is evaluated in the enclosing scope, as CPython makes the first iterator there.
    const r = cc.fresh('r');
    const args = iterCall.args.map((a) => expr(c, a));
    l.line(`const ${r} = ${c.check(`rt.rangeArgs(${args.join(', ')}${args.length < 3 ? ', null'.repeat(3 - args.length) : ''})`, iterCall)};`);
    const acc = cc.fresh('acc');
    // Not presized: rt.list.withCapacity(r.n) here raised peak RSS of
    // tests/runtime/memory.test.ts 'phases' from 246 to 265 MB (cause not yet understood).
    if (e.nodeType === 'ListComp') l.line(`const ${acc} = rt.list.new();`);
    else if (e.nodeType === 'SetComp') l.line(`const ${acc} = rt.set.new();`);
    else l.line(`const ${acc} = rt.dict.new();`);
    c.frames.push({ kind: 'scope', outerLoc: c.loc(e) });
    try {
      const big = !hasLoop([e.nodeType === 'DictComp' ? [e.key, e.value] : e.elt, g.ifs]) ? cc.fresh('big') : null;
      if (big) {
        l.open(`switch (${r}.big) {`);
        l.open(`inline else => |${big}| {`);
      }
      const k = cc.fresh('k');
      l.line(`var ${k}: usize = 0;`);
      // Profiled as the generic comprehension loop is (the same sites: entries, iterations,
      // exits, filters), the iterations counted from the index as a `for` over a range does.
      instrumentLoop(cc, g, () => {
        l.open(`while (${instrumentLoopTest(cc, g, `${k} < ${r}.n`)}) : (${k} += 1) {`);
        const item: TExpr = { code: big ? `rt.rangeItemAs(${r}, ${k}, ${big})` : `rt.rangeItem(${r}, ${k})`, ty: INT };
        storeTyped(cc, name, item, g.target as A.Located);
        for (const test of g.ifs) l.line(`if (!${instrumentBranch(cc, test, 'filter', cond(cc, test))}) continue;`);
        emitCompItem(cc, e, acc);
        l.close();
      }, { kind: 'range', name: k });
      if (big) {
        l.close();
        l.close();
      }
    } finally {
      c.frames.pop();
    }
    l.line(`break :${label} ${acc}.val();`);
  });
}

function emitCompLoops(cc: FnCtx, e: A.ListComp | A.SetComp | A.DictComp, i: number, iterExpr: string, acc: string): void {
  instrumentLoop(cc, e.generators[i], () => emitCompLoop(cc, e, i, iterExpr, acc));
}

/** One `for` of a comprehension; for the first, `iterExpr` is the iterator already made. */
function emitCompLoop(cc: FnCtx, e: A.ListComp | A.SetComp | A.DictComp, i: number, iterExpr: string, acc: string): void {
  const g = e.generators[i];
  const l = cc.lines;
  let it = iterExpr;
  if (i > 0) {
    it = cc.fresh('it');
    l.line(`const ${it} = ${cc.check(`rt.iter.iter(${iterExpr})`, g.iter as A.Located)};`);
  }
  l.open(`while (${instrumentLoopNext(cc, g, cc.check(`rt.iter.next(${it})`, g.iter as A.Located))}) |${it}_v| {`);
  assignTo(cc, g.target, `${it}_v`, g.target as A.Located);
  for (const test of g.ifs) l.line(`if (!${instrumentBranch(cc, test, 'filter', cond(cc, test))}) continue;`);
  if (i + 1 < e.generators.length) emitCompLoops(cc, e, i + 1, expr(cc, e.generators[i + 1].iter), acc);
  else emitCompItem(cc, e, acc);
  l.close();
}

/** The innermost step of a comprehension: its element added to the result `acc`. */
function emitCompItem(cc: FnCtx, e: A.ListComp | A.SetComp | A.DictComp, acc: string): void {
  const l = cc.lines;
  if (e.nodeType === 'ListComp') {
    l.line(`rt.list.append(${acc}, ${expr(cc, e.elt)});`);
  } else if (e.nodeType === 'SetComp') {
    l.line(`${cc.check(`rt.set.add(${acc}, ${expr(cc, e.elt)})`, e)};`);
  } else {
    const k = cc.fresh('k');
    l.line(`const ${k} = ${expr(cc, e.key)};`);
    l.line(`${cc.check(`rt.dict.set(${acc}, ${k}, ${expr(cc, e.value)})`, e)};`);
  }
}

export { callArgs, moduleGlobals };
