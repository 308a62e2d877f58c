// Statements -> Zig statements.
//
// Every emitter returns whether the Zig it wrote is `noreturn` by Zig's own rules (a return,
// break or continue; an if/else whose branches both are; a `while (true)` nobody breaks out
// of), because Zig rejects unreachable code: a block stops emitting after such a statement,
// which only drops Python code that could never run.
import type * as A from '../parser/ast.js';
import { lookupName } from '../resolve/scopes.js';
import { Lines, ident, zigString } from './emit.js';
import { FnCtx, type Frame } from './context.js';
import { CompileError } from '../diagnostics.js';
import { expr, texpr, cond, readName, globalVar, cellRef, binopName, sliceOrIndex, truthy, blockExpr } from './expr.js';
import { type TExpr, box, coerce, typedBinop } from './typed.js';
import { INT, OBJECT, isNative, zigType } from '../types/lattice.js';
import { emitFunctionDef } from './func.js';
import { emitClassDef, emitClassAnnotation } from './classdef.js';
import { emitImport, emitImportFrom } from './imports.js';
import { emitMatch } from './match.js';
import { typedListHold, typedListAugAssign, typedListStore } from './typed-list.js';
import { ownedSlot, ownStrings } from './str-append.js';
import { holdLists, holdTargets } from './list-hold.js';
import { refuseSnapshotStore, refuseSnapshotUpdate } from './globals-snapshot.js';
import { BUILTIN_FUNCTIONS } from './builtins-table.js';
import { instrumentBranch, instrumentCall, instrumentLoop, instrumentLoopBody, instrumentLoopNext, instrumentLoopTest, instrumentSeen, instrumentTick } from './instrument.js';
import { getattrSite, setattrSite, callMethodSite } from './attr-site.js';

/** Emits statements in order; returns true when the emitted code ends in a noreturn statement. */
export function emitBody(c: FnCtx, body: A.Stmt[]): boolean {
  for (const st of body) {
    try {
      if (emitStmt(c, st)) return true;
    } catch (e) {
      // Keep going: one `pyaot check` (or failed build) reports every unsupported construct.
      if (!(e instanceof CompileError)) throw e;
      c.prog.diagnostics.push(...e.diagnostics);
    }
  }
  return false;
}

/** Emits a nested block `{ ... }`; returns whether it is noreturn. */
function emitBlock(c: FnCtx, header: string, body: A.Stmt[]): boolean {
  c.lines.open(`${header}{`);
  const t = emitBody(c, body);
  c.lines.close();
  return t;
}

export function emitStmt(c: FnCtx, st: A.Stmt): boolean {
  const l = c.lines;
  switch (st.nodeType) {
    case 'Expr':
      if (st.value.nodeType === 'Constant') return false; // docstrings and bare constants
      l.line(`_ = ${expr(c, st.value)};`);
      return false;
    case 'Assign': {
      if (st.targets.length === 1 && st.targets[0].nodeType === 'Name') {
        storeTyped(c, st.targets[0].id, texpr(c, st.value), st.targets[0]);
        return false;
      }
      const t = c.fresh('v');
      l.line(`const ${t} = ${expr(c, st.value)};`);
      for (const target of st.targets) assignTo(c, target, t, st);
      return false;
    }
    case 'AugAssign':
      emitAugAssign(c, st);
      return false;
    case 'AnnAssign':
      if (st.value) {
        const t = c.fresh('v');
        l.line(`const ${t} = ${expr(c, st.value)};`);
        assignTo(c, st.target, t, st);
        if (c.classNs !== null && st.simple && st.target.nodeType === 'Name') emitClassAnnotation(c, st);
      } else if (c.classNs !== null && st.simple && st.target.nodeType === 'Name') {
        emitClassAnnotation(c, st);
      } else if (st.target.nodeType !== 'Name') {
        // `obj.attr: int` evaluates obj (and the subscript) without assigning.
        if (st.target.nodeType === 'Attribute') l.line(`_ = ${expr(c, st.target.value)};`);
      }
      return false;
    case 'Return': {
      const v = st.value ? coerce(c, texpr(c, st.value), c.retTy, st) : 'rt.Value.None';
      return emitJump(c, 'return', st, settled(c, v));
    }
    case 'Pass':
      return false;
    case 'Break':
      return emitJump(c, 'break', st);
    case 'Continue':
      return emitJump(c, 'continue', st);
    case 'If':
      return emitIf(c, st);
    case 'While':
      return emitWhile(c, st);
    case 'For':
      return emitFor(c, st);
    case 'Raise':
      return emitRaise(c, st);
    case 'Try':
      return emitTry(c, st);
    case 'TryStar':
      return emitTryStar(c, st);
    case 'With':
      return emitWith(c, st, 0);
    case 'Assert': {
      // The message is evaluated only when the assertion fails.
      l.open(`if (!${cond(c, st.test)}) {`);
      const msg = st.msg ? expr(c, st.msg) : 'null';
      l.line(`_ = rt.raiseAssert(${msg}) catch {};`);
      // CPython's traceback marks the test (the position its raise instruction carries).
      l.line(stripBraces(c.raiseExit(st.test)));
      l.close();
      return false;
    }
    case 'Delete':
      for (const t of st.targets) emitDelete(c, t);
      return false;
    case 'Global':
    case 'Nonlocal':
      return false;
    case 'Import':
      emitImport(c, st);
      return false;
    case 'ImportFrom':
      emitImportFrom(c, st);
      return false;
    case 'FunctionDef':
      emitFunctionDef(c, st);
      return false;
    case 'ClassDef':
      emitClassDef(c, st);
      return false;
    case 'Match':
      return emitMatch(c, st);
    case 'AsyncFunctionDef':
    case 'AsyncFor':
    case 'AsyncWith':
      return c.error(st, `'${st.nodeType === 'AsyncFunctionDef' ? 'async def' : st.nodeType === 'AsyncFor' ? 'async for' : 'async with'}' is not supported by pyaot (no asyncio)`);
  }
  return c.error(st as A.Located, `unsupported statement: ${(st as A.Node).nodeType}`);
}

// ---- Assignment ------------------------------------------------------------------------------

/** Stores the Zig value `v` into a Python assignment target. */
export function assignTo(c: FnCtx, target: A.Expr, v: string, node: A.Located): void {
  const l = c.lines;
  switch (target.nodeType) {
    case 'Name':
      storeName(c, target.id, v, target);
      return;
    case 'Attribute':
      l.line(`${c.check(setattrSite(c, expr(c, target.value), target.attr, v), target)};`);
      return;
    case 'Subscript':
      refuseSnapshotStore(c, target);
      if (typedListStore(c, target, v)) return;
      l.line(`${c.check(`rt.sub.setitem(${expr(c, target.value)}, ${sliceOrIndex(c, target.slice)}, ${v})`, target)};`);
      return;
    case 'Tuple':
    case 'List': {
      const star = target.elts.findIndex((e) => e.nodeType === 'Starred');
      const items = c.fresh('u');
      if (star < 0) {
        l.line(`const ${items} = ${c.check(`rt.unpack(${v}, ${target.elts.length})`, target)};`);
        target.elts.forEach((e, i) => assignTo(c, e, `${items}[${i}]`, node));
      } else {
        const after = target.elts.length - star - 1;
        l.line(`const ${items} = ${c.check(`rt.unpackStar(${v}, ${star}, ${after})`, target)};`);
        target.elts.forEach((e, i) => {
          if (i < star) assignTo(c, e, `${items}[${i}]`, node);
          else if (i === star) assignTo(c, (e as A.Starred).value, `${items}[${star}]`, node);
          else assignTo(c, e, `${items}[${i}]`, node);
        });
      }
      return;
    }
    case 'Starred':
      return c.error(target, 'starred assignment target must be in a list or tuple');
    default:
      return c.error(target, 'cannot assign to expression');
  }
}

/** Stores a typed value: unboxed into a native local, boxed everywhere else. */
export function storeTyped(c: FnCtx, name: string, t: TExpr, node: A.Located): void {
  const lv = c.locals.get(name);
  const ref = lookupName(c.scope, name);
  if (lv && !lv.cell && isNative(lv.ty) && (ref.kind === 'local' || ref.kind === 'cell')) {
    c.noteAssign(name);
    c.lines.line(`${lv.zig} = ${coerce(c, t, lv.ty, node)};`);
    return;
  }
  if (isNative(t.ty)) {
    storeName(c, name, box(t), node);
    return;
  }
  const tmp = c.fresh('v');
  c.lines.line(`const ${tmp} = ${t.code};`);
  storeName(c, name, tmp, node);
}

export function storeName(c: FnCtx, name: string, v: string, node: A.Located): void {
  const ref = lookupName(c.scope, name);
  const l = c.lines;
  switch (ref.kind) {
    case 'local': {
      const lv = c.locals.get(name)!;
      c.noteAssign(name);
      l.line(`${lv.zig} = ${isNative(lv.ty) ? coerce(c, { code: v, ty: OBJECT }, lv.ty, node) : v};`);
      return;
    }
    case 'cell': {
      const own = c.locals.get(name);
      if (own && !own.cell) {
        // A variable of the enclosing function read by an inline comprehension.
        c.noteAssign(name);
        l.line(`${own.zig} = ${isNative(own.ty) ? coerce(c, { code: v, ty: OBJECT }, own.ty, node) : v};`);
        return;
      }
      l.line(`${cellRef(c, name, node)}.v = ${v};`);
      return;
    }
    case 'classlocal':
      l.line(`rt.dict.setStr(${c.classNs}, &${c.prog.str(name)}, ${v});`);
      return;
    case 'global':
      l.line(`${globalVar(c, name)} = ${v};`);
      return;
    case 'builtin':
      return c.error(node, `internal: store to builtin '${name}'`);
  }
}

function emitAugAssign(c: FnCtx, st: A.AugAssign): void {
  const op = binopName(st.op);
  const l = c.lines;
  const t = st.target;
  if (t.nodeType === 'Name') {
    if (st.op === 'BitOr') refuseSnapshotUpdate(c, t, st); // `g |= {...}` updates the dict in place
    const slot = st.op === 'Add' ? ownedSlot(c, t.id) : null;
    if (slot) return emitStrAppend(c, st, t, slot);
    const cur = texpr(c, { ...t, ctx: 'Load' });
    const rhs = texpr(c, st.value);
    const fake: A.BinOp = { nodeType: 'BinOp', nodeId: -1, left: t, op: st.op, right: st.value, lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset };
    const typed = typedBinop(c, fake, cur, rhs);
    if (typed) {
      storeTyped(c, t.id, typed, t);
      return;
    }
    const nv = c.fresh('v');
    l.line(`const ${nv} = ${c.check(`rt.ops.inplace(.${op}, ${instrumentSeen(c, st, 'target', box(cur))}, ${instrumentSeen(c, st, 'value', box(rhs))})`, st)};`);
    storeName(c, t.id, nv, t);
  } else if (t.nodeType === 'Attribute') {
    const obj = c.fresh('o');
    l.line(`const ${obj} = ${expr(c, t.value)};`);
    const nv = c.fresh('v');
    l.line(`const ${nv} = ${c.check(`rt.ops.inplace(.${op}, ${c.check(getattrSite(c, obj, t.attr), t)}, ${expr(c, st.value)})`, st)};`);
    l.line(`${c.check(setattrSite(c, obj, t.attr, nv), t)};`);
  } else if (t.nodeType === 'Subscript') {
    refuseSnapshotStore(c, t);
    if (typedListAugAssign(c, st)) return;
    const obj = c.fresh('o');
    const key = c.fresh('k');
    l.line(`const ${obj} = ${expr(c, t.value)};`);
    l.line(`const ${key} = ${sliceOrIndex(c, t.slice)};`);
    const nv = c.fresh('v');
    const v = st.value;
    if (v.nodeType === 'Constant' && (v.value.t === 'int' || v.value.t === 'float')) {
      // `counts[w] += 1`: a number operand runs nothing between the read and the write, so an
      // exact dict's entry found by the read is written directly (rt.sub.augGet/augSet).
      const slot = c.fresh('ds');
      const old = c.fresh('old');
      l.line(`var ${slot}: ?*rt.Value = null;`);
      l.line(`const ${old} = ${c.check(`rt.sub.augGet(${obj}, ${key}, &${slot})`, t)};`);
      l.line(`const ${nv} = ${c.check(`rt.ops.inplace(.${op}, ${old}, ${expr(c, v)})`, st)};`);
      l.line(`${c.check(`rt.sub.augSet(${obj}, ${key}, ${slot}, ${old}, ${nv})`, t)};`);
      return;
    }
    l.line(`const ${nv} = ${c.check(`rt.ops.inplace(.${op}, ${c.check(`rt.sub.getitem(${obj}, ${key})`, t)}, ${expr(c, v)})`, st)};`);
    l.line(`${c.check(`rt.sub.setitem(${obj}, ${key}, ${nv})`, t)};`);
  } else {
    c.error(t, "illegal expression for augmented assignment");
  }
}

/**
 * `s += x` where the loop being emitted only appends to `s` (codegen/str-append.ts): through
 * the loop's `owned` slot, and `s += str(i)` of an int without the digits' own str (except in
 * profiling builds, which observe the value's type as the general path does).
 */
function emitStrAppend(c: FnCtx, st: A.AugAssign, t: A.Name, slot: string): void {
  const cur = instrumentSeen(c, st, 'target', box(texpr(c, { ...t, ctx: 'Load' })));
  const v = st.value;
  const nv = c.fresh('v');
  let code: string;
  if (v.nodeType === 'Call' && v.func.nodeType === 'Name' && v.func.id === 'str' && lookupName(c.scope, 'str').kind === 'builtin' &&
    v.args.length === 1 && v.keywords.length === 0 && v.args[0].nodeType !== 'Starred' && c.spec?.exprs.get(v.args[0].nodeId)?.k === 'int') {
    const i = texpr(c, v.args[0]);
    if (i.ty.k === 'int') {
      // Profiling builds count the call of str() and observe its result, a str, as the general
      // path does (after the append: a str() that raises is not observed there either).
      const call = instrumentCall(c, v, { code: `rt.strAppend.addInt(&${slot}, ${cur}, ${i.code})`, ty: OBJECT });
      c.lines.line(`const ${nv} = ${c.check(call.code, st)};`);
      if (c.prog.instrumented) c.lines.line(`_ = ${instrumentSeen(c, st, 'value', `(rt.Value{ .obj = &${c.prog.str('')}.base })`)};`);
      storeName(c, t.id, nv, t);
      return;
    }
    code = `rt.strAppend.add(&${slot}, ${cur}, ${c.check(`rt.strOf(${box(i)})`, v)})`;
  } else {
    code = `rt.strAppend.add(&${slot}, ${cur}, ${instrumentSeen(c, st, 'value', box(texpr(c, v)))})`;
  }
  c.lines.line(`const ${nv} = ${c.check(code, st)};`);
  storeName(c, t.id, nv, t);
}

function emitDelete(c: FnCtx, t: A.Expr): void {
  const l = c.lines;
  switch (t.nodeType) {
    case 'Name': {
      const ref = lookupName(c.scope, t.id);
      if (ref.kind === 'local') {
        const lv = c.locals.get(t.id)!;
        if (!lv.alwaysBound) {
          c.noteRead(t.id);
          l.line(`_ = ${c.check(`rt.checkLocal(${lv.zig}, ${zigString(t.id)})`, t)};`);
        }
        c.noteAssign(t.id);
        l.line(`${lv.zig} = rt.UNBOUND;`);
      } else if (ref.kind === 'cell') {
        const cell = cellRef(c, t.id, t);
        l.line(`_ = ${c.check(`rt.checkCell(${cell}, ${zigString(t.id)})`, t)};`);
        l.line(`${cell}.v = rt.UNBOUND;`);
      } else if (ref.kind === 'global') {
        const g = globalVar(c, t.id);
        l.line(`_ = ${c.check(`rt.checkGlobal(${g}, ${zigString(t.id)})`, t)};`);
        l.line(`${g} = rt.UNBOUND;`);
      } else if (ref.kind === 'classlocal') {
        l.line(`${c.check(`rt.classDelete(${c.classNs}, &${c.prog.str(t.id)})`, t)};`);
      }
      return;
    }
    case 'Attribute':
      l.line(`${c.check(`rt.attr.delattr(${expr(c, t.value)}, &${c.prog.str(t.attr)})`, t)};`);
      return;
    case 'Subscript':
      refuseSnapshotStore(c, t);
      l.line(`${c.check(`rt.sub.delitem(${expr(c, t.value)}, ${sliceOrIndex(c, t.slice)})`, t)};`);
      return;
    case 'Tuple':
    case 'List':
      for (const e of t.elts) emitDelete(c, e);
      return;
    default:
      c.error(t, 'cannot delete expression');
  }
}

// ---- Control flow ----------------------------------------------------------------------------

/** A Python test known at compile time (`if True:`, `while 1:`), so no Zig comptime branch is emitted. */
function constTruth(e: A.Expr): boolean | null {
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

function emitIf(c: FnCtx, st: A.If): boolean {
  const k = constTruth(st.test);
  if (k === true) return emitBlock(c, '', st.body);
  if (k === false) return st.orelse.length > 0 ? emitBlock(c, '', st.orelse) : false;
  const l = c.lines;
  l.open(`if (${instrumentBranch(c, st, 'if', cond(c, st.test))}) {`);
  const t1 = emitBody(c, st.body);
  if (st.orelse.length === 0) {
    l.close();
    return false;
  }
  l.dedent();
  if (st.orelse.length === 1 && st.orelse[0].nodeType === 'If' && constTruth(st.orelse[0].test) === null) {
    l.line('} else {');
    l.indent();
    const t2 = emitIf(c, st.orelse[0]);
    l.close();
    return t1 && t2;
  }
  l.line('} else {');
  l.indent();
  const t2 = emitBody(c, st.orelse);
  l.close();
  return t1 && t2;
}

type LoopFrame = Extract<Frame, { kind: 'loop' }>;

/**
 * Emits a loop: `header` is the Zig loop head (without label), `body` emits the loop body.
 * Python's `else:` runs when the loop ends without `break`. Labels appear only when used.
 */
function emitLoop(c: FnCtx, header: (label: string) => string, emitInner: () => void, orelse: A.Stmt[], infinite: boolean): boolean {
  const l = c.lines;
  const breakLabel = c.fresh('brk');
  const continueLabel = c.fresh('lp');
  const hasElse0 = orelse.length > 0;
  const frame: LoopFrame = { kind: 'loop', breakJump: `break :${hasElse0 ? breakLabel : continueLabel};`, continueJump: `continue :${continueLabel};`, usedBreak: false, usedContinue: false };
  const [inner] = underFrame(c, frame, () => { emitInner(); });
  const hasElse = orelse.length > 0;
  // With an else clause, `break` leaves an enclosing labeled block so the else is skipped.
  const loopLabel = frame.usedContinue || (frame.usedBreak && !hasElse) ? `${continueLabel}: ` : '';
  if (hasElse && frame.usedBreak) l.open(`${breakLabel}: {`);
  l.open(`${loopLabel}${header(continueLabel)} {`);
  l.append(inner);
  l.close();
  let term = infinite && !frame.usedBreak;
  if (hasElse) {
    if (!term) term = emitBody(c, orelse);
  }
  if (hasElse && frame.usedBreak) {
    l.close();
    term = false;
  }
  return term;
}

function emitWhile(c: FnCtx, st: A.While): boolean {
  const k = constTruth(st.test);
  if (k === false) return st.orelse.length > 0 ? emitBlock(c, '', st.orelse) : false;
  return holdLists(c, st, (e) => typedListHold(c, e), () => ownStrings(c, st, () => instrumentLoop(c, st, () => emitLoop(
    c,
    () => (k === true ? 'while (true)' : `while (${instrumentLoopTest(c, st, cond(c, st.test))})`),
    () => {
      instrumentLoopBody(c, st, k === true);
      emitBody(c, st.body);
    },
    st.orelse,
    k === true,
  ))));
}

export function isBuiltinRange(c: FnCtx, e: A.Expr): e is A.Call {
  return e.nodeType === 'Call' && e.func.nodeType === 'Name' && e.func.id === 'range' &&
    lookupName(c.scope, 'range').kind === 'builtin' && e.keywords.length === 0 &&
    e.args.length >= 1 && e.args.length <= 3 && !e.args.some((a) => a.nodeType === 'Starred') &&
    BUILTIN_FUNCTIONS !== null;
}

/** Whether statements contain a loop (a comprehension or nested scope counts: conservative). */
export function hasLoop(n: unknown): boolean {
  if (!n || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(hasLoop);
  if (!('nodeType' in (n as object))) return false;
  const t = (n as A.Node).nodeType;
  if (t === 'For' || t === 'While' || t === 'AsyncFor' || t === 'ListComp' || t === 'SetComp' || t === 'DictComp' ||
    t === 'GeneratorExp' || t === 'FunctionDef' || t === 'AsyncFunctionDef' || t === 'ClassDef' || t === 'Lambda') return true;
  return Object.entries(n).some(([k, v]) => k !== 'parent' && hasLoop(v));
}

function emitFor(c: FnCtx, st: A.For): boolean {
  return holdLists(c, st, (e) => typedListHold(c, e), () => ownStrings(c, st, () => emitForLoop(c, st)));
}

/** `recv.split()` without arguments: the call and its receiver. */
function bareSplitCall(e: A.Expr): { call: A.Call; recv: A.Expr } | null {
  if (e.nodeType !== 'Call' || e.func.nodeType !== 'Attribute' || e.func.attr !== 'split') return null;
  if (e.args.length !== 0 || e.keywords.length !== 0) return null;
  return { call: e, recv: e.func.value };
}

function emitForLoop(c: FnCtx, st: A.For): boolean {
  const l = c.lines;
  if (isBuiltinRange(c, st.iter)) {
    // for i in range(...): count with machine integers, no iterator object.
    const r = c.fresh('r');
    const args = st.iter.args.map((a) => expr(c, a));
    l.line(`const ${r} = ${c.check(`rt.rangeArgs(${args.join(', ')}${args.length < 3 ? ', null'.repeat(3 - args.length) : ''})`, st.iter)};`);
    // An innermost loop is compiled once for small items and once for big ones (an inline
    // switch prong; one copy runs): its items need no test of r.big at each step, and
    // LLVM sees their tag. Loops around loops keep one copy, so code grows at most twofold.
    const big = !hasLoop([st.body, st.orelse]) ? c.fresh('big') : null;
    if (big) {
      // A switch with an inline prong (not an inline for and an if): Zig sees that one copy
      // runs, so a loop whose every exit returns ends the function.
      l.open(`switch (${r}.big) {`);
      l.open(`inline else => |${big}| {`);
    }
    const k = c.fresh('k');
    l.line(`var ${k}: usize = 0;`);
    const term = instrumentLoop(c, st, () => emitLoop(
      c,
      () => `while (${instrumentLoopTest(c, st, `${k} < ${r}.n`)}) : (${k} += 1)`,
      () => {
        // Item k: a small int word computed without a check when every item is small (the
        // common case), an int computed out of line otherwise (abi/client_ops.zig rangeItem).
        const i: TExpr = { code: big ? `rt.rangeItemAs(${r}, ${k}, ${big})` : `rt.rangeItem(${r}, ${k})`, ty: INT };
        if (st.target.nodeType === 'Name') storeTyped(c, st.target.id, i, st);
        else assignTo(c, st.target, box(i), st);
        emitBody(c, st.body);
      },
      st.orelse,
      false,
    ), { kind: 'range', name: k });
    if (big) {
      l.close();
      l.close();
    }
    return term;
  }
  const sp = bareSplitCall(st.iter);
  if (!c.prog.instrumented && sp) {
    // for w in s.split(): when s is an exact str, its pieces one at a time without the list
    // (abi/client_ops.zig forIterSplit; unobservable: the str is immutable); otherwise the
    // method call and forIter exactly as below, with the same error locations.
    const recv = c.fresh('sr');
    l.line(`const ${recv} = ${expr(c, sp.recv)};`);
    const call = c.check(callMethodSite(c, recv, 'split', '', []), sp.call);
    const it = c.fresh('it');
    l.line(`var ${it} = rt.forIterSplit(${recv}) orelse ${c.check(`rt.forIter(${call})`, st)};`);
    return instrumentLoop(c, st, () => emitItemLoop(c, st, `${it}.next()`, it));
  }
  const zipped = c.prog.instrumented ? null : lockstepPlan(c, st.iter, st.target);
  if (zipped) return emitLockstepLoop(c, st, zipped);
  if (c.spec?.exprs.get(st.iter.nodeId)?.k === 'list') {
    // for x in xs over a proven list: CPython's list iterator inline (an index checked against
    // the current length at each step), no iterator object.
    const xs = c.fresh('xs');
    const k = c.fresh('k');
    l.line(`const ${xs} = ${expr(c, st.iter)};`);
    l.line(`var ${k}: usize = 0;`);
    return instrumentLoop(c, st, () => emitItemLoop(c, st, `rt.lists.next(${xs}, &${k})`, xs), { kind: 'items', name: k });
  }
  // rt.forIter walks a builtin list or tuple inline (as their iterators do) and anything else
  // through its iterator.
  const it = c.fresh('it');
  // A new generator only this loop holds is closed wherever the loop ends, as CPython's
  // finalizer closes it when the loop drops it (core/gen.zig closeDropped). A Zig defer covers
  // every way out; generator bodies are resumable state machines where a defer cannot live.
  const closes = !c.scope.isGenerator && c.genReturn === null && freshGeneratorCall(c, st.iter);
  if (closes) l.open('{');
  l.line(`var ${it} = ${c.check(`rt.forIter(${instrumentSeen(c, st, 'iterable', expr(c, st.iter))})`, st)};`);
  if (closes) l.line(`defer ${it}.closeFresh();`);
  const term = instrumentLoop(c, st, () => emitItemLoop(c, st, `${it}.next()`, it));
  if (closes) l.close();
  return term;
}

/**
 * `for x, y in zip(a, b)` and `for i, (x, y) in enumerate(zip(a, b))` (or `enumerate(xs)`):
 * the builtins' iterators stepped in lockstep by the loop itself, each item assigned straight
 * to its target, with no zip/enumerate object and no tuple per step. CPython's order is kept:
 * the arguments are evaluated, then iter() is called on each in turn; each step calls next()
 * on each in turn and stops at the first exhausted, as zip does.
 */
type Lockstep =
  | { kind: 'iter'; iter: A.Expr; target: A.Expr }
  | { kind: 'zip'; call: A.Call; parts: Lockstep[] }
  | { kind: 'enumerate'; call: A.Call; counter: A.Expr; inner: Lockstep };

function lockstepPlan(c: FnCtx, iter: A.Expr, target: A.Expr): Lockstep | null {
  const call = plainBuiltinCall(c, iter);
  const elts = target.nodeType === 'Tuple' || target.nodeType === 'List' ? target.elts : null;
  if (call && elts && !elts.some((e) => e.nodeType === 'Starred')) {
    const fn = (call.func as A.Name).id;
    if (fn === 'zip' && call.args.length >= 1 && call.args.length === elts.length) {
      return { kind: 'zip', call, parts: call.args.map((a, i) => ({ kind: 'iter', iter: a, target: elts[i] })) };
    }
    if (fn === 'enumerate' && call.args.length === 1 && elts.length === 2) {
      const inner = lockstepPlan(c, call.args[0], elts[1]) ?? { kind: 'iter', iter: call.args[0], target: elts[1] };
      return { kind: 'enumerate', call, counter: elts[0], inner };
    }
  }
  return null;
}

/** `zip(...)`/`enumerate(...)` of the builtins (not rebound), positional arguments only. */
function plainBuiltinCall(c: FnCtx, e: A.Expr): A.Call | null {
  if (e.nodeType !== 'Call' || e.func.nodeType !== 'Name') return null;
  const fn = e.func.id;
  if (fn !== 'zip' && fn !== 'enumerate') return null;
  if (lookupName(c.scope, fn).kind !== 'builtin' || e.keywords.length !== 0) return null;
  if (e.args.some((a) => a.nodeType === 'Starred')) return null;
  return e;
}

function emitLockstepLoop(c: FnCtx, st: A.For, plan: Lockstep): boolean {
  const l = c.lines;
  // The arguments in order, then iter() on each (zip's constructor).
  const sources: { it: string; target: A.Expr; value: string }[] = [];
  const counters: { k: string; target: A.Expr }[] = [];
  // iter() is called by the zip() or enumerate() call that holds the argument: its errors
  // point there, as CPython's do.
  const evaluated: { v: string; call: A.Expr; it: string }[] = [];
  const walk = (p: Lockstep, call: A.Expr): void => {
    if (p.kind === 'iter') {
      const v = c.fresh('zv');
      l.line(`const ${v} = ${expr(c, p.iter)};`);
      const it = c.fresh('zi');
      evaluated.push({ v, call, it });
      sources.push({ it, target: p.target, value: c.fresh('zx') });
    } else if (p.kind === 'zip') {
      for (const part of p.parts) walk(part, p.call);
    } else {
      const k = c.fresh('zk');
      counters.push({ k, target: p.counter });
      walk(p.inner, p.call);
    }
  };
  walk(plan, st.iter);
  for (const e of evaluated) l.line(`var ${e.it} = ${c.check(`rt.forIter(${e.v})`, e.call)};`);
  for (const k of counters) l.line(`var ${k.k}: usize = 0;`);
  return instrumentLoop(c, st, () => emitLoop(
    c,
    () => 'while (true)',
    () => {
      // An exhausted iterator leaves the loop (a plain break: the else clause still runs).
      // (c.lines: the loop body is collected apart, see emitLoop.)
      for (const s of sources) c.lines.line(`const ${s.value} = ${c.check(`${s.it}.next()`, st)} orelse break;`);
      for (const k of counters) {
        const i: TExpr = { code: `rt.Int.fromSmall(@intCast(${k.k}))`, ty: INT };
        if (k.target.nodeType === 'Name') storeTyped(c, k.target.id, i, st);
        else assignTo(c, k.target, box(i), st);
        c.lines.line(`${k.k} += 1;`);
      }
      for (const s of sources) assignTo(c, s.target, s.value, st);
      holdTargets(c, st, (e) => typedListHold(c, e), () => emitBody(c, st.body));
    },
    st.orelse,
    false,
  ));
}

/**
 * `gen(...)` calling a module-level generator function that nothing rebinds: its result is a
 * new generator no one else holds.
 */
function freshGeneratorCall(c: FnCtx, e: A.Expr): boolean {
  if (e.nodeType !== 'Call' || e.func.nodeType !== 'Name') return false;
  if (lookupName(c.scope, e.func.id).kind !== 'global') return false;
  const def = c.moduleDefs().get(e.func.id);
  return def !== undefined && c.prog.types.sealedGenerator(def);
}

/**
 * The loop of a for statement whose items come from `next`, a Zig expression of an optional
 * item (checked for a raised error), each bound as `<cap>_v` and assigned to the target.
 */
function emitItemLoop(c: FnCtx, st: A.For, next: string, cap: string): boolean {
  return emitLoop(
    c,
    () => `while (${instrumentLoopNext(c, st, c.check(next, st))}) |${cap}_v|`,
    () => {
      assignTo(c, st.target, `${cap}_v`, st);
      holdTargets(c, st, (e) => typedListHold(c, e), () => emitBody(c, st.body));
    },
    st.orelse,
    false,
  );
}

// ---- Jumps through try/finally/with/handlers --------------------------------------------------

/**
 * Emits `return v`, `break` or `continue`, running on the way out whatever the frames between
 * here and the target require: pop handled exceptions, call `__exit__` of with-blocks, and
 * route through finally blocks (which then continue the jump).
 */
export function emitJump(c: FnCtx, kind: 'return' | 'break' | 'continue', node: A.Located, value?: string): boolean {
  const l = c.lines;
  let rv = value;
  if (kind === 'return' && value !== undefined && c.frames.length > 0) {
    rv = c.fresh('rv');
    l.line(`const ${rv} = ${value};`);
  }
  let pre = '';
  for (let i = c.frames.length - 1; i >= 0; i--) {
    const f = c.frames[i];
    if (f.kind === 'handler') pre += 'rt.exc.popHandling(); ';
    else if (f.kind === 'with') {
      // Leaving a with-block normally calls __exit__(None, None, None); it may raise.
      const saved = c.frames;
      c.frames = saved.slice(0, i);
      pre += `_ = ${c.check(`rt.withExitNormal(${f.mgr}, ${f.exit})`, node)}; `;
      c.frames = saved;
    } else if (f.kind === 'finally') {
      const key = kind === 'return' ? 'return' : `${kind}:${innermostLoop(c, i)}`;
      let code = f.ids.get(key);
      if (code === undefined) {
        code = 2 + f.ids.size;
        f.ids.set(key, code);
      }
      const setRet = kind === 'return' ? `${f.ret} = ${rv}; ` : '';
      l.line(`{ ${pre}${setRet}${f.act} = ${code}; ${f.jump} }`);
      return true;
    } else if (f.kind === 'loop' && kind !== 'return') {
      if (kind === 'break') f.usedBreak = true;
      else f.usedContinue = true;
      const jump = kind === 'break' ? f.breakJump : f.continueJump;
      l.line(pre === '' ? jump : `{ ${pre}${jump} }`);
      return true;
    }
  }
  if (kind !== 'return') return c.error(node, `'${kind}' outside loop`);
  const ret = c.genReturn ? c.genReturn(rv!) : `return ${rv};`;
  l.line(pre === '' ? ret : `{ ${pre}${ret} }`);
  return true;
}

/**
 * A function's boxed result, returned through memory as one 16-byte store (rt.attr.settle):
 * LLVM otherwise writes a result that may be a bool in pieces, and the caller's 16-byte load
 * of it stalls on store forwarding (measured on method calls returning a bool).
 */
export function settled(c: FnCtx, v: string): string {
  return c.scope.kind === 'function' && !c.genReturn && !isNative(c.retTy) ? `rt.attr.settle(${v})` : v;
}

/** Index of the innermost loop frame below frame index `i` (the loop a break/continue targets). */
function innermostLoop(c: FnCtx, below: number): number {
  for (let j = below - 1; j >= 0; j--) if (c.frames[j].kind === 'loop') return j;
  return -1;
}

/** After a finally block: continue the jump that was routed through it. */
function emitFinallyDispatch(c: FnCtx, f: Extract<Frame, { kind: 'finally' }>, node: A.Located, saved: string | null): void {
  const l = c.lines;
  l.open(`switch (${f.act}) {`);
  l.line('0 => {},');
  if (saved !== null) l.line(`1 => { rt.exc.setCurrent(${saved}); ${stripBraces(c.reraiseExit())} },`);
  for (const [key, code] of f.ids) {
    l.open(`${code} => {`);
    if (key === 'return') emitJump(c, 'return', node, f.ret);
    else {
      const [kind] = key.split(':');
      emitJump(c, kind as 'break' | 'continue', node);
    }
    l.close('},');
  }
  l.line('else => unreachable,');
  l.close();
}

// ---- raise / try -----------------------------------------------------------------------------

function emitRaise(c: FnCtx, st: A.Raise): boolean {
  const l = c.lines;
  if (!st.exc) {
    l.line(`{ _ = rt.reraise() catch {}; ${stripBraces(c.reraiseExit())} }`);
    return true;
  }
  const cause = st.cause ? expr(c, st.cause) : 'null';
  const e = expr(c, st.exc);
  l.line(`{ _ = rt.raiseValue(${e}, ${st.cause ? cause : 'null'}) catch {}; ${stripBraces(c.raiseExit(st))} }`);
  return true;
}

function stripBraces(s: string): string {
  if (s.startsWith('{ ') && s.endsWith(' }')) return s.slice(2, -2);
  return s.endsWith(';') ? s : s + ';';
}

function emitTry(c: FnCtx, st: A.Try): boolean {
  if (st.finalbody.length > 0) return emitTryFinally(c, st);
  return emitTryExcept(c, st);
}

/** try/except/else without finally. */
function emitTryExcept(c: FnCtx, st: A.Try): boolean {
  const l = c.lines;
  if (st.handlers.length === 0) {
    // try/else without except is not valid Python; try/finally goes elsewhere.
    return emitBody(c, st.body) || emitBody(c, st.orelse);
  }
  const label = c.fresh('try');
  const ok = c.fresh('ok');
  const [inner, bodyTerm] = underFrame(c, { kind: 'try', jump: `break :${label} false;` }, () => emitBody(c, st.body));
  const text = inner.toString();
  const usesLabel = text.includes(`:${label} `) || text.includes(`:${label};`);
  if (!usesLabel) {
    // Nothing in the body can raise: no handler can run.
    l.append(inner);
    if (bodyTerm) return true;
    return emitBody(c, st.orelse);
  }
  l.open(`const ${ok} = ${label}: {`);
  l.append(inner);
  if (!bodyTerm) l.line(`break :${label} true;`);
  l.close('};');
  l.open(`if (${ok}) {`);
  const elseTerm = emitBody(c, st.orelse);
  l.dedent();
  l.line('} else {');
  l.indent();
  const handlersTerm = emitHandlers(c, st.handlers, st);
  l.close();
  return elseTerm && handlersTerm;
}

/** The except clauses, with the caught exception pending. Unmatched: re-raise outward. */
function emitHandlers(c: FnCtx, handlers: A.ExceptHandler[], st: A.Located): boolean {
  const l = c.lines;
  const e = c.fresh('e');
  l.line(`const ${e} = rt.exc.take();`);
  let allTerm = true;
  let first = true;
  let bare = false;
  for (const h of handlers) {
    if (h.type === null) {
      l.line(first ? '{' : '} else {');
      bare = true;
    } else {
      const test = c.check(`rt.excMatches(${e}, ${expr(c, h.type)})`, h);
      l.line(`${first ? '' : '} else '}if (${test}) {`);
    }
    first = false;
    l.indent();
    instrumentTick(c, h, 'handler');
    l.line(`rt.exc.pushHandling(${e});`);
    if (h.name) storeName(c, h.name, `${e}.val()`, h);
    c.frames.push({ kind: 'handler' });
    let t: boolean;
    try {
      t = emitBody(c, h.body);
    } finally {
      c.frames.pop();
    }
    if (!t) {
      l.line('rt.exc.popHandling();');
      if (h.name) unbindName(c, h.name, h);
    }
    allTerm = allTerm && t;
    l.dedent();
    if (bare) break;
  }
  if (!bare) {
    l.line('} else {');
    l.indent();
    l.line(`rt.exc.setCurrent(${e});`);
    l.line(stripBraces(c.reraiseExit()));
    l.dedent();
  }
  l.line('}');
  return allTerm;
}

/**
 * try/except* (PEP 654): the exception, wrapped into a group if it is not one, is split clause
 * by clause; each clause runs with its matching part; what the handlers raise and what no
 * clause matched are combined and raised at the end (rt.starEnd).
 */
function emitTryStar(c: FnCtx, st: A.TryStar): boolean {
  if (st.finalbody.length > 0) {
    // try/except*/finally: the except* part nested inside a try/finally.
    const inner: A.TryStar = { ...st, finalbody: [] };
    const outer: A.Try = { ...st, nodeType: 'Try', body: [inner as unknown as A.Stmt], handlers: [], orelse: [] };
    return emitTryFinally(c, outer);
  }
  const l = c.lines;
  const label = c.fresh('try');
  const ok = c.fresh('ok');
  const [inner, bodyTerm] = underFrame(c, { kind: 'try', jump: `break :${label} false;` }, () => emitBody(c, st.body));
  l.open(`const ${ok} = ${label}: {`);
  l.append(inner);
  if (!bodyTerm) l.line(`break :${label} true;`);
  l.close('};');
  l.open(`if (${ok}) {`);
  emitBody(c, st.orelse);
  l.dedent();
  l.line('} else {');
  l.indent();
  const orig = c.fresh('orig');
  const rest = c.fresh('rest');
  const raised = c.fresh('raised');
  l.line(`const ${orig} = rt.exc.take();`);
  l.line(`var ${rest}: ?*rt.exc.ExcObject = rt.starBegin(${orig});`);
  l.line(`const ${raised} = rt.list.new();`);
  for (const h of st.handlers) {
    const m = c.fresh('m');
    l.line(`const ${m} = ${c.check(`rt.starMatch(&${rest}, ${expr(c, h.type!)})`, h)};`);
    l.open(`if (${m}) |${m}_g| {`);
    instrumentTick(c, h, 'handler');
    l.line(`rt.exc.pushHandling(${m}_g);`);
    if (h.name) storeName(c, h.name, `${m}_g.val()`, h);
    // An exception raised in the handler is collected, not propagated at once.
    const hl = c.fresh('h');
    const [hinner, t] = underFrame(c, { kind: 'try', jump: `break :${hl} false;` }, () => emitBody(c, h.body));
    const text: string = hinner.toString();
    if (text.includes(`:${hl} `)) {
      l.open(`const ${hl}_ok = ${hl}: {`);
      l.append(hinner);
      if (!t) l.line(`break :${hl} true;`);
      l.close('};');
      l.line(`if (!${hl}_ok) rt.list.append(${raised}, rt.exc.take().val());`);
    } else {
      l.append(hinner);
    }
    l.line('rt.exc.popHandling();');
    if (h.name) unbindName(c, h.name, h);
    l.close();
  }
  // What starEnd raises already carries its entries (the original group, what a handler raised)
  // or, as the group CPython's _PyExc_PrepReraiseStar builds, gets none from this frame (RERAISE).
  l.line(`rt.starEnd(${orig}, ${rest}, ${raised}) catch ${c.reraiseExit()};`);
  l.close();
  return false;
}

function unbindName(c: FnCtx, name: string, node: A.Located): void {
  // `except E as e:` deletes e at the end of the handler.
  storeName(c, name, 'rt.UNBOUND', node);
}

/** try/finally (with optional except/else). */
function emitTryFinally(c: FnCtx, st: A.Try): boolean {
  const l = c.lines;
  const label = c.fresh('fin');
  const act = c.fresh('act');
  const ret = c.fresh('ret');
  const frame: Extract<Frame, { kind: 'finally' }> = { kind: 'finally', jump: `break :${label};`, act, ret, ids: new Map() };
  const [inner, term] = underFrame(c, frame, () => emitTryExcept(c, { ...st, finalbody: [] }));
  const text: string = inner.toString();
  const usesLabel = text.includes(`break :${label};`);
  // Exits routed here: exceptions (act 1) and the jumps in frame.ids (act 2, 3, ...).
  const routesExc = text.includes(`${act} = 1;`);
  if (usesLabel) {
    l.line(`var ${act}: u32 = 0;`);
    if (frame.ids.has('return')) l.line(`var ${ret}: ${zigType(c.retTy)} = undefined;`);
    l.open(`${label}: {`);
    l.append(inner);
    l.close();
  } else {
    l.append(inner);
    if (term) return true;
  }
  // The finally body runs with any pending exception set aside (it becomes the context of
  // anything raised in there), then the pending action continues.
  const pend = c.fresh('pend');
  if (routesExc) {
    l.line(`const ${pend} = if (${act} == 1) rt.exc.getCurrent() else null;`);
    l.line('rt.exc.setCurrent(null);');
    l.line(`rt.exc.pushHandlingOpt(${pend});`);
    c.frames.push({ kind: 'handler' });
  }
  let finTerm: boolean;
  try {
    finTerm = emitBody(c, st.finalbody);
  } finally {
    if (routesExc) c.frames.pop();
  }
  if (finTerm) return true;
  if (routesExc) l.line('rt.exc.popHandling();');
  if (usesLabel) emitFinallyDispatch(c, frame, st, routesExc ? pend : null);
  return !usesLabel && term;
}

// ---- with ------------------------------------------------------------------------------------

function emitWith(c: FnCtx, st: A.With, i: number): boolean {
  if (i >= st.items.length) return emitBody(c, st.body);
  const l = c.lines;
  const item = st.items[i];
  const mgr = c.fresh('mgr');
  const exit = `${mgr}_exit`;
  l.line(`const ${mgr} = ${expr(c, item.context_expr)};`);
  l.line(`const ${exit} = ${c.check(`rt.withExitFn(${mgr})`, item.context_expr as A.Located)};`);
  const entered = c.fresh('ent');
  l.line(`const ${entered} = ${c.check(`rt.withEnter(${mgr})`, item.context_expr as A.Located)};`);
  if (item.optional_vars) assignTo(c, item.optional_vars, entered, st);
  else l.line(`_ = ${entered};`);
  const label = `${mgr}_body`;
  const frame: Extract<Frame, { kind: 'with' }> = { kind: 'with', mgr, exit, jump: `break :${label} false;` };
  const [inner, term] = underFrame(c, frame, () => emitWith(c, st, i + 1));
  const text = inner.toString();
  const usesLabel = text.includes(`:${label} `);
  if (!usesLabel) {
    l.append(inner);
    if (!term) l.line(`_ = ${c.check(`rt.withExitNormal(${mgr}, ${exit})`, st)};`);
    return term;
  }
  const ok = c.fresh('ok');
  l.open(`const ${ok} = ${label}: {`);
  l.append(inner);
  if (!term) l.line(`break :${label} true;`);
  l.close('};');
  l.open(`if (${ok}) {`);
  l.line(`_ = ${c.check(`rt.withExitNormal(${mgr}, ${exit})`, st)};`);
  l.dedent();
  l.line('} else {');
  l.indent();
  // An exception left the body: __exit__ decides whether it is suppressed.
  l.line(`if (!${c.check(`rt.withExitError(${mgr}, ${exit})`, st)}) ${stripBraces(c.reraiseExit())}`);
  l.close();
  return false;
}

export { truthy, blockExpr, ident };

/**
 * Emits into a fresh block of lines with `frame` pushed (a loop, try, finally or with body whose
 * jumps the frame resolves), and returns the lines with what `emit` returned: the caller
 * decides from the text (which labels it uses) how to wrap it.
 */
function underFrame<T>(c: FnCtx, frame: Frame, emit: () => T): [Lines, T] {
  const saved = c.lines;
  const inner = new Lines();
  c.lines = inner;
  c.frames.push(frame);
  try {
    return [inner, emit()];
  } finally {
    c.frames.pop();
    c.lines = saved;
  }
}
