// Expressions -> Zig expressions of type rt.Value (or bool for conditions).
//
// Every fallible runtime call is wrapped by FnCtx.check, which routes a raised exception to the
// innermost try/finally or out of the function; so the strings built here can nest freely and
// keep Python's left-to-right evaluation order (Zig evaluates arguments left to right).
// Expressions that need statements (short-circuit values, comprehensions, chained comparisons)
// become Zig labeled blocks.
import { nativeFastCall } from './native-fast.js';
import type * as A from '../parser/ast.js';
import { lookupName } from '../resolve/scopes.js';
import { zigFloat, Lines, zigString } from './emit.js';
import { FnCtx, zigLocal } from './context.js';
import { BUILTIN_FUNCTIONS, BUILTIN_TYPES, BUILTIN_EXCEPTIONS } from './builtins-table.js';
import { refuseSnapshotMethod } from './globals-snapshot.js';
import { emitLambda, emitComprehension, directCallTarget, emitDirectCall, boxCode, docstring } from './func.js';
import { assignTo } from './stmt.js';
import { moduleFnPrefix, modulePackage } from './imports.js';
import { isConstantSetDisplay } from './set-display.js';
import { type TExpr, box, coerce, inferred, typedBinop, typedCompare, typedConstant, typedName, typedTruth, typedUnary } from './typed.js';
import { BOOL, INT, OBJECT, isNative } from '../types/lattice.js';
import { instrumentBranch, instrumentCall, instrumentSeen } from './instrument.js';
import { dirCall } from './dir.js';
import { typedListLoad } from './typed-list.js';
import { fusedInt } from './fused-int.js';
import { instrumenting } from './instrument.js';
import { getattrSite, setattrSite, callMethodSite, callSite, callSitePositional } from './attr-site.js';
import { checkStdlibAttr } from './native-names.js';

const BINOPS: Record<A.Operator, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'bor', BitXor: 'bxor', BitAnd: 'band', FloorDiv: 'floordiv',
};

export function binopName(op: A.Operator): string {
  return BINOPS[op];
}

/** A block expression `label: { ...lines... }` yielding a value with `break :label v`. */
export function blockExpr(c: FnCtx, build: (lines: Lines, label: string) => void): string {
  const label = c.fresh('b');
  const saved = c.lines;
  const inner = new Lines();
  c.lines = inner;
  try {
    build(inner, label);
  } finally {
    c.lines = saved;
  }
  return `${label}: {\n${inner.toString()}}`;
}

/** An expression as an rt.Value. */
export function expr(c: FnCtx, e: A.Expr): string {
  return box(texpr(c, e));
}

/** An expression, unboxed (int/float/bool) where inference proved its type. */
export function texpr(c: FnCtx, e: A.Expr): TExpr {
  switch (e.nodeType) {
    case 'Constant': {
      const t = typedConstant(e);
      if (t && c.spec) return t;
      return { code: constant(c, e), ty: OBJECT };
    }
    case 'Name': {
      const t = typedName(c, e);
      if (t) return t;
      const k = lookupName(c.scope, e.id).kind === 'global' ? c.prog.constGlobal(c.mod, e.id) : undefined;
      if (k) {
        // A constant global (types/const-globals.ts): its literal, as a constant expression would be.
        const lit: A.Constant = { ...e, nodeType: 'Constant', value: k, kind: null } as unknown as A.Constant;
        return texpr(c, lit);
      }
      const code = readName(c, e);
      // A global inference typed (types/globals.ts): unboxed, checked.
      const g = inferred(c, e);
      if (isNative(g) && lookupName(c.scope, e.id).kind === 'global') return { code: coerce(c, { code, ty: OBJECT }, g, e), ty: g };
      return { code, ty: OBJECT };
    }
    case 'BinOp': {
      const f = inferred(c, e).k === 'int' ? fusedInt(c, e, () => texpr(c, e)) : null;
      if (f) return f;
      const l = texpr(c, e.left);
      const r = texpr(c, e.right);
      const t = typedBinop(c, e, l, r);
      if (t) return t;
      const m = modTupleDisplay(c, e, l);
      if (m) return { code: c.check(m, e), ty: OBJECT };
      return { code: c.check(`rt.ops.${binopName(e.op)}(${instrumentSeen(c, e, 'left', box(l))}, ${instrumentSeen(c, e, 'right', box(r))})`, e), ty: OBJECT };
    }
    case 'UnaryOp': {
      if (e.op === 'Not') return { code: `!${cond(c, e.operand)}`, ty: BOOL };
      const t = texpr(c, e.operand);
      const r = typedUnary(c, e, t);
      if (r) return r;
      const fn = e.op === 'USub' ? 'neg' : e.op === 'UAdd' ? 'pos' : 'invert';
      return { code: c.check(`rt.ops.${fn}(${instrumentSeen(c, e, 'operand', box(t))})`, e), ty: OBJECT };
    }
    case 'Compare':
      // Where a comparison may run a user method, its value is whatever the method returns
      // (`Expr.__eq__` building an expression); conditions still take just its truth (cond).
      if (inferred(c, e).k !== 'bool') return { code: compareValue(c, e), ty: OBJECT };
      return { code: compare(c, e), ty: BOOL };
    case 'BoolOp':
      if (inferred(c, e).k === 'bool') {
        const op = e.op === 'And' ? ' and ' : ' or ';
        return { code: '(' + e.values.map((v) => instrumentBranch(c, v, 'boolop', cond(c, v))).join(op) + ')', ty: BOOL };
      }
      return { code: boolOpValue(c, e), ty: OBJECT };
    case 'IfExp': {
      const want = inferred(c, e);
      if (isNative(want)) {
        const test = instrumentBranch(c, e, 'ifexp', cond(c, e.test));
        return { code: `(if (${test}) ${coerce(c, texpr(c, e.body), want, e)} else ${coerce(c, texpr(c, e.orelse), want, e)})`, ty: want };
      }
      return { code: `(if (${instrumentBranch(c, e, 'ifexp', cond(c, e.test))}) ${expr(c, e.body)} else ${expr(c, e.orelse)})`, ty: OBJECT };
    }
    case 'Call':
      refuseSnapshotMethod(c, e);
      return instrumentCall(c, e, call(c, e));
    case 'Subscript':
      return typedListLoad(c, e) ?? { code: exprDyn(c, e), ty: OBJECT };
    default:
      return { code: exprDyn(c, e), ty: OBJECT };
  }
}

/** The expressions texpr does not type, as rt.Value. */
function exprDyn(c: FnCtx, e: A.Expr): string {
  switch (e.nodeType) {
    case 'Attribute':
      checkStdlibAttr(c, e);
      return c.check(getattrSite(c, instrumentSeen(c, e, 'receiver', expr(c, e.value)), e.attr), e);
    case 'Subscript': {
      const s = e.slice;
      // `x[a:b:c]`: rt.sub.getslice puts the slice object on the stack when x is a builtin
      // str, list or tuple (zig-runtime/abi/client_ops.zig). Profiling builds keep the
      // getitem form their counters are written for.
      if (s.nodeType === 'Slice' && !instrumenting(c)) {
        const part = (x: A.Expr | null) => (x ? expr(c, x) : 'rt.Value.None');
        return c.check(`rt.sub.getslice(${expr(c, e.value)}, ${part(s.lower)}, ${part(s.upper)}, ${part(s.step)})`, e);
      }
      return c.check(`rt.sub.getitem(${instrumentSeen(c, e, 'container', expr(c, e.value))}, ${sliceOrIndex(c, e.slice)})`, e);
    }
    case 'Slice':
      return sliceOrIndex(c, e);
    case 'List':
      return seqDisplay(c, e.elts, 'list', e);
    case 'Tuple':
      return seqDisplay(c, e.elts, 'tuple', e);
    case 'Set':
      return seqDisplay(c, e.elts, 'set', e);
    case 'Dict':
      return dictDisplay(c, e);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return emitComprehension(c, e);
    case 'Lambda':
      return emitLambda(c, e);
    case 'JoinedStr':
      return joinedStr(c, e);
    case 'FormattedValue':
      return formatted(c, e);
    case 'NamedExpr': {
      return blockExpr(c, (l, label) => {
        const t = c.fresh('w');
        l.line(`const ${t} = ${expr(c, e.value)};`);
        assignTo(c, e.target, t, e);
        l.line(`break :${label} ${t};`);
      });
    }
    case 'Starred':
      return c.error(e, "can't use starred expression here");
    case 'Yield':
    case 'YieldFrom':
      return c.error(e, "'yield' inside an expression is not supported by pyaot; use it as a statement or as `x = yield value`");
    case 'Await':
      return c.error(e, "'await' is not supported by pyaot (no asyncio)");
  }
  return c.error(e as A.Located, `unsupported expression: ${(e as A.Node).nodeType}`);
}

/** A Python expression as a Zig bool (its truth value), short-circuiting like Python. */
export function cond(c: FnCtx, e: A.Expr): string {
  switch (e.nodeType) {
    case 'Compare':
      return compare(c, e);
    case 'BoolOp': {
      const op = e.op === 'And' ? ' and ' : ' or ';
      const chain = '(' + e.values.map((v) => instrumentBranch(c, v, 'boolop', cond(c, v))).join(op) + ')';
      const fused = inChain(c, e);
      return fused === null ? chain : `(${fused} orelse ${chain})`;
    }
    case 'UnaryOp':
      if (e.op === 'Not') return `!${cond(c, e.operand)}`;
      break;
    case 'Constant':
      if (e.value.t === 'bool') return e.value.v ? 'true' : 'false';
      break;
    default:
      break;
  }
  const t = texpr(c, e);
  return typedTruth(t) ?? truthy(c, instrumentSeen(c, e, 'test', t.code), e);
}

/** Code that reads a value and can neither fail nor run user code: a local, boxed or not. */
const PURE_OPERAND = /^(?:[\w.]+|rt\.Value\{ \.\w+ = [\w.]+ \})$/;

/**
 * `a in s or b in t or ...` (or `a not in s and b not in t and ...`) over names: a ?bool that
 * answers the whole test at once when every container is a builtin set of small ints and
 * every item a small int (zig-runtime/client.zig sub.anyIn: one bit test each, no branch
 * between them — backtracking searches test unpredictable memberships), null for the
 * short-circuit chain. Reading a name early is harmless only when it cannot fail (an unbound
 * local raises): operands whose code is not a plain read keep the chain alone, as do
 * profiling builds (their counters observe each operand).
 */
function inChain(c: FnCtx, e: A.BoolOp): string | null {
  const op = e.op === 'Or' ? 'In' : 'NotIn';
  if (e.values.length < 2 || instrumenting(c)) return null;
  const pairs: string[] = [];
  for (const v of e.values) {
    if (v.nodeType !== 'Compare' || v.ops.length !== 1 || v.ops[0] !== op) return null;
    const item = v.left;
    const cont = v.comparators[0];
    if (item.nodeType !== 'Name' || cont.nodeType !== 'Name') return null;
    const a = box(texpr(c, item));
    const b = box(texpr(c, cont));
    if (!PURE_OPERAND.test(a) || !PURE_OPERAND.test(b)) return null;
    pairs.push(`.{ ${b}, ${a} }`);
  }
  const call = `rt.sub.anyIn(.{ ${pairs.join(', ')} })`;
  return op === 'In' ? call : `rt.sub.noneIn(.{ ${pairs.join(', ')} })`;
}

export function truthy(c: FnCtx, v: string, node: A.Located): string {
  return c.check(`rt.ops.truthy(${v})`, node);
}

function constant(c: FnCtx, e: A.Constant): string {
  const v = e.value;
  switch (v.t) {
    case 'None':
      return 'rt.Value.None';
    case 'bool':
      return v.v ? 'rt.Value.True' : 'rt.Value.False';
    case 'int':
      if (v.v >= -(2n ** 62n) && v.v < 2n ** 62n) return `rt.Value{ .int = rt.Int.fromSmall(${v.v}) }`;
      return c.check(`rt.bigLiteral(${JSON.stringify(v.v.toString())})`, e);
    case 'float':
      return `rt.Value{ .float = ${zigFloat(v.v)} }`;
    case 'str':
      return c.prog.strVal(v.v);
    case 'bytes':
      return `rt.bytesLiteral(${bytesLit(v.v)})`;
    case 'Ellipsis':
      return 'rt.Value{ .obj = rt.ops.ellipsis }';
    case 'complex':
      return `rt.complex.new(0.0, ${zigFloat(v.imag)})`;
  }
}

function bytesLit(b: Uint8Array): string {
  let r = '"';
  for (const x of b) r += '\\x' + x.toString(16).padStart(2, '0');
  return r + '"';
}

// ---- Names -----------------------------------------------------------------------------------

export function readName(c: FnCtx, e: A.Name): string {
  const ref = lookupName(c.scope, e.id);
  switch (ref.kind) {
    case 'local': {
      const lv = c.locals.get(e.id);
      if (!lv) return c.error(e, `internal: unknown local '${e.id}'`);
      if (isNative(lv.ty)) {
        c.noteRead(e.id);
        return boxCode(lv.zig, lv.ty);
      }
      if (lv.alwaysBound) {
        c.noteRead(e.id);
        return lv.zig;
      }
      c.noteRead(e.id);
      return c.check(`rt.checkLocal(${lv.zig}, ${zigString(e.id)})`, e);
    }
    case 'cell': {
      const own = c.locals.get(e.id);
      if (own && !own.cell) {
        // A variable of an enclosing inline comprehension or function, read directly.
        c.noteRead(e.id);
        if (isNative(own.ty)) return boxCode(own.zig, own.ty);
        return c.check(`rt.checkLocal(${own.zig}, ${zigString(e.id)})`, e);
      }
      const cell = cellRef(c, e.id, e);
      return c.check(`rt.checkCell(${cell}, ${zigString(e.id)})`, e);
    }
    case 'classlocal':
      return c.check(`rt.classLookup(${c.classNs}, &${c.prog.str(e.id)}, ${globalRead(c, e.id, true)})`, e);
    case 'global': {
      const builtin = builtinValueOrUnbound(c, e.id);
      if (builtin !== 'rt.UNBOUND') return `rt.globalOrBuiltin(${globalVar(c, e.id)}, ${builtin})`;
      return c.check(`rt.checkGlobal(${globalVar(c, e.id)}, ${zigString(e.id)})`, e);
    }
    case 'builtin':
      return builtinValue(c, e.id, e);
  }
}

/** Reads a global as a Value that may be UNBOUND (for class bodies' fallback chain). */
function globalRead(c: FnCtx, name: string, allowBuiltin: boolean): string {
  const mod = c.scope;
  let m = mod;
  while (m.parent) m = m.parent;
  if (m.locals.has(name) || anyGlobalDecl(m, name)) return globalVar(c, name);
  return allowBuiltin ? builtinValueOrUnbound(c, name) : 'rt.UNBOUND';
}

function anyGlobalDecl(s: import('../resolve/scopes.js').Scope, name: string): boolean {
  if (s.globals.has(name)) return true;
  return s.children.some((ch) => anyGlobalDecl(ch, name));
}

export function globalVar(c: FnCtx, name: string): string {
  return `${moduleGlobals(c)}.${zigLocal(name)}`;
}

export function moduleGlobals(c: FnCtx): string {
  return `G_${c.mod.name.replace(/\W/g, '_')}`;
}

export function cellRef(c: FnCtx, name: string, node: A.Located): string {
  const own = c.locals.get(name);
  if (own && own.cell) return own.zig;
  const free = c.frees.get(name);
  if (free) return free;
  return c.error(node, `internal: no cell for '${name}'`);
}

function builtinValue(c: FnCtx, name: string, node: A.Located): string {
  const v = builtinValueOrUnbound(c, name);
  // Not bound anywhere in the program: the module may still have it at run time, set from
  // outside (`mod.NAME = v`), as CPython's LOAD_GLOBAL would find it; else NameError.
  if (v === 'rt.UNBOUND') {
    const missing = MISSING_BUILTINS.get(name);
    if (missing !== undefined) return c.error(node, `the builtin '${name}' is not supported by pyaot (${missing})`);
    if (name === '__spec__') return c.error(node, `'__spec__' of an imported module is not supported by pyaot (it has no import system at run time)`);
    return c.check(`rt.unknownGlobal(${moduleFnPrefix(c.mod.name)}_obj, ${zigString(name)})`, node);
  }
  return v;
}

/** CPython builtins pyaot has no value for: a use is a compile error, not a run-time NameError. */
const MISSING_BUILTINS: ReadonlyMap<string, string> = new Map([
  ['__import__', 'it needs the import system at run time; use an import statement'],
  ['__build_class__', 'classes are built by the compiler'],
  ['__loader__', 'it has no import system at run time'],
  ['copyright', 'it is for the interactive interpreter'],
  ['credits', 'it is for the interactive interpreter'],
  ['license', 'it is for the interactive interpreter'],
]);

function builtinValueOrUnbound(c: FnCtx, name: string): string {
  if (name === '__name__') return c.prog.strVal(c.mod.name);
  if (name === '__file__') return c.prog.strVal(c.mod.file);
  if (name === '__doc__') {
    const doc = docstring(c.mod.ast.body);
    return doc === null ? 'rt.Value.None' : c.prog.strVal(doc);
  }
  if (name === '__package__') {
    const pkg = modulePackage(c.mod);
    return pkg === null ? 'rt.Value.None' : c.prog.strVal(pkg);
  }
  if (name === '__spec__' && c.mod.name === '__main__') return 'rt.Value.None';
  // pyaot has no -O: assert statements always run, as under a plain `python3`.
  if (name === '__debug__') return 'rt.Value.True';
  if (BUILTIN_FUNCTIONS.has(name)) return `rt.Value{ .obj = &rt.builtinObj("${BUILTIN_FUNCTIONS.get(name)!.obj}").base }`;
  if (BUILTIN_TYPES.has(name)) return `rt.Value{ .obj = &${BUILTIN_TYPES.get(name)!}.base }`;
  if (BUILTIN_EXCEPTIONS.has(name)) return `rt.Value{ .obj = &rt.typeObj("${name}").base }`;
  if (name === 'IOError' || name === 'EnvironmentError') return 'rt.Value{ .obj = &rt.typeObj("OSError").base }';
  if (name === 'NotImplemented') return 'rt.Value{ .obj = rt.ops.not_implemented }';
  if (name === 'Ellipsis') return 'rt.Value{ .obj = rt.ops.ellipsis }';
  return 'rt.UNBOUND';
}

// ---- Operators -------------------------------------------------------------------------------

function boolOpValue(c: FnCtx, e: A.BoolOp): string {
  return blockExpr(c, (l, label) => {
    const t = c.fresh('t');
    l.line(`var ${t} = ${expr(c, e.values[0])};`);
    for (const v of e.values.slice(1)) {
      const test = instrumentBranch(c, e.values[e.values.indexOf(v) - 1], 'boolop', truthy(c, t, e));
      l.line(e.op === 'And' ? `if (!${test}) break :${label} ${t};` : `if (${test}) break :${label} ${t};`);
      l.line(`${t} = ${expr(c, v)};`);
    }
    l.line(`break :${label} ${t};`);
  });
}

const CMPOPS: Record<string, string> = { Eq: 'eq', NotEq: 'ne', Lt: 'lt', LtE: 'le', Gt: 'gt', GtE: 'ge' };

function cmpOne(c: FnCtx, op: A.CmpOp, a: string, b: string, node: A.Located): string {
  switch (op) {
    case 'Is':
      return `rt.ops.identical(${a}, ${b})`;
    case 'IsNot':
      return `!rt.ops.identical(${a}, ${b})`;
    case 'In':
      return c.check(`rt.sub.contains(${b}, ${a})`, node);
    case 'NotIn':
      return `!${c.check(`rt.sub.contains(${b}, ${a})`, node)}`;
    default:
      return c.check(`rt.ops.${CMPOPS[op]}(${a}, ${b})`, node);
  }
}

function cmpTyped(c: FnCtx, op: A.CmpOp, a: TExpr, b: TExpr, node: A.Located): string {
  return typedCompare(c, op, a, b) ?? cmpOne(c, op, instrumentSeen(c, node, 'left', box(a)), instrumentSeen(c, node, 'right', box(b)), node);
}

const CMP_ENUM: Record<string, string> = { Eq: '.eq', NotEq: '.ne', Lt: '.lt', LtE: '.le', Gt: '.gt', GtE: '.ge' };

/** One comparison as a Value: the rich comparison's own result (membership and identity are bools). */
function cmpOneValue(c: FnCtx, op: A.CmpOp, a: TExpr, b: TExpr, node: A.Located): string {
  const en = CMP_ENUM[op];
  if (en === undefined) return `rt.Value.fromBool(${cmpTyped(c, op, a, b, node)})`;
  return c.check(`rt.ops.compare(${en}, ${box(a)}, ${box(b)})`, node);
}

/**
 * A chained comparison `a op1 b op2 c ...` as a block expression: each operand evaluated once,
 * in order; `link` writes the Zig for one link (`last`: the final one, which must break).
 */
function chained(c: FnCtx, e: A.Compare, link: (l: Lines, label: string, op: A.CmpOp, a: TExpr, b: TExpr, last: boolean) => void): string {
  return blockExpr(c, (l, label) => {
    const first = texpr(c, e.left);
    let prev: TExpr = { code: c.fresh('c'), ty: first.ty };
    l.line(`const ${prev.code} = ${first.code};`);
    e.ops.forEach((op, i) => {
      const t = texpr(c, e.comparators[i]);
      const next: TExpr = { code: c.fresh('c'), ty: t.ty };
      l.line(`const ${next.code} = ${t.code};`);
      link(l, label, op, prev, next, i === e.ops.length - 1);
      prev = next;
    });
  });
}

/** A comparison as a Value: `a < b < c` is `a < b and b < c`, the first false result or the last. */
function compareValue(c: FnCtx, e: A.Compare): string {
  if (e.ops.length === 1) return cmpOneValue(c, e.ops[0], texpr(c, e.left), texpr(c, e.comparators[0]), e);
  return chained(c, e, (l, label, op, a, b, last) => {
    const r = c.fresh('r');
    l.line(`const ${r} = ${cmpOneValue(c, op, a, b, e)};`);
    if (last) l.line(`break :${label} ${r};`);
    else l.line(`if (!${c.check(`rt.ops.truthy(${r})`, e)}) break :${label} ${r};`);
  });
}

/** A comparison (possibly chained) as a Zig bool. */
export function compare(c: FnCtx, e: A.Compare): string {
  if (e.ops.length === 1) return cmpTyped(c, e.ops[0], texpr(c, e.left), texpr(c, e.comparators[0]), e);
  return chained(c, e, (l, label, op, a, b, last) => {
    if (last) l.line(`break :${label} ${cmpTyped(c, op, a, b, e)};`);
    else l.line(`if (!${cmpTyped(c, op, a, b, e)}) break :${label} false;`);
  });
}

/**
 * `"literal" % (a, b, ...)`: the tuple display's items go to rt.ops.modTuple, which formats
 * with a stack tuple (zig-runtime/abi/client_ops.zig) instead of allocating one. Null for
 * anything else, and in profiling builds (their counters observe the right operand).
 */
function modTupleDisplay(c: FnCtx, e: A.BinOp, l: TExpr): string | null {
  if (e.op !== 'Mod' || instrumenting(c)) return null;
  if (e.left.nodeType !== 'Constant' || e.left.value.t !== 'str') return null;
  const r = e.right;
  if (r.nodeType !== 'Tuple' || r.elts.length === 0 || r.elts.some((x) => x.nodeType === 'Starred')) return null;
  return `rt.ops.modTuple(${box(l)}, &[_]rt.Value{ ${r.elts.map((x) => expr(c, x)).join(', ')} })`;
}

// ---- Subscripts ------------------------------------------------------------------------------

export function sliceOrIndex(c: FnCtx, s: A.Expr): string {
  if (s.nodeType === 'Slice') {
    const part = (x: A.Expr | null) => (x ? expr(c, x) : 'rt.Value.None');
    return `rt.newSlice(${part(s.lower)}, ${part(s.upper)}, ${part(s.step)})`;
  }
  if (s.nodeType === 'Tuple' && s.elts.some((x) => x.nodeType === 'Slice')) {
    return `rt.tupleOf(&[_]rt.Value{ ${s.elts.map((x) => sliceOrIndex(c, x)).join(', ')} })`;
  }
  return expr(c, s);
}

// ---- Displays --------------------------------------------------------------------------------

function seqDisplay(c: FnCtx, elts: A.Expr[], kind: 'list' | 'tuple' | 'set', node: A.Located): string {
  const hasStar = elts.some((x) => x.nodeType === 'Starred');
  if (!hasStar) {
    const items = elts.map((x) => expr(c, x)).join(', ');
    if (kind === 'tuple' && elts.length === 0) return 'rt.Value{ .obj = &rt.tuple.empty.base }';
    if (kind === 'list') return `rt.listOf(&[_]rt.Value{ ${items} })`;
    if (kind === 'tuple') return `rt.tupleOf(&[_]rt.Value{ ${items} })`;
    if (isConstantSetDisplay(elts)) return c.check(`rt.set.setOfConstants(&[_]rt.Value{ ${items} })`, node);
    return c.check(`rt.setOf(&[_]rt.Value{ ${items} })`, node);
  }
  return blockExpr(c, (l, label) => {
    const acc = c.fresh('acc');
    l.line(`const ${acc} = rt.list.new();`);
    for (const x of elts) {
      if (x.nodeType === 'Starred') l.line(`${c.check(`rt.seq.listExtend(${acc}, ${expr(c, x.value)})`, x)};`);
      else l.line(`rt.list.append(${acc}, ${expr(c, x)});`);
    }
    if (kind === 'list') l.line(`break :${label} ${acc}.val();`);
    else if (kind === 'tuple') l.line(`break :${label} rt.tupleOf(${acc}.items());`);
    else l.line(`break :${label} ${c.check(`rt.setOf(${acc}.items())`, node)};`);
  });
}

function dictDisplay(c: FnCtx, e: A.Dict): string {
  return blockExpr(c, (l, label) => {
    const d = c.fresh('d');
    l.line(`const ${d} = rt.dict.withCapacity(${e.keys.length});`);
    e.keys.forEach((k, i) => {
      if (k === null) l.line(`${c.check(`rt.dictMerge(${d}, ${expr(c, e.values[i])})`, e)};`);
      else l.line(`${c.check(`rt.dict.set(${d}, ${expr(c, k)}, ${expr(c, e.values[i])})`, e)};`);
    });
    l.line(`break :${label} ${d}.val();`);
  });
}

// ---- f-strings -------------------------------------------------------------------------------

function joinedStr(c: FnCtx, e: A.JoinedStr): string {
  if (e.values.length === 0) return c.prog.strVal('');
  if (e.values.length === 1 && e.values[0].nodeType === 'Constant') return expr(c, e.values[0]);
  return blockExpr(c, (l, label) => {
    const b = c.fresh('sb');
    l.line(`var ${b} = rt.Builder{};`);
    for (const part of e.values) {
      if (part.nodeType === 'Constant' && part.value.t === 'str') {
        l.line(`rt.builderAppend(&${b}, ${c.prog.str(part.value.v)}.bytes);`);
      } else if (part.nodeType === 'FormattedValue') {
        l.line(`${c.check(`rt.fmt.formatInto(&${b}, ${expr(c, part.value)}, ${part.conversion}, ${formatSpec(c, part.format_spec)})`, part)};`);
      }
    }
    l.line(`break :${label} rt.builderFinish(&${b}).val();`);
  });
}

function formatSpec(c: FnCtx, spec: A.JoinedStr | null): string {
  if (!spec) return 'null';
  if (spec.values.length === 1 && spec.values[0].nodeType === 'Constant' && spec.values[0].value.t === 'str') {
    return `&${c.prog.str(spec.values[0].value.v)}`;
  }
  if (spec.values.length === 0) return `&${c.prog.str('')}`;
  return `(${joinedStr(c, spec)}).as(rt.Str)`;
}

function formatted(c: FnCtx, e: A.FormattedValue): string {
  return blockExpr(c, (l, label) => {
    const b = c.fresh('sb');
    l.line(`var ${b} = rt.Builder{};`);
    l.line(`${c.check(`rt.fmt.formatInto(&${b}, ${expr(c, e.value)}, ${e.conversion}, ${formatSpec(c, e.format_spec)})`, e)};`);
    l.line(`break :${label} rt.builderFinish(&${b}).val();`);
  });
}

// ---- Calls -----------------------------------------------------------------------------------

/** Builds `rt.Args` for positional and keyword arguments without star-splats. */
export function argsLiteral(c: FnCtx, pos: string[], kwNames: string[], kwVals: string[]): string {
  const p = pos.length === 0 ? '&.{}' : `&[_]rt.Value{ ${pos.join(', ')} }`;
  if (kwNames.length === 0) return `rt.Args{ .pos = ${p} }`;
  const names = `&[_]*rt.Str{ ${kwNames.map((n) => `&${c.prog.str(n)}`).join(', ')} }`;
  return `rt.Args{ .pos = ${p}, .kwnames = ${names}, .kwvals = &[_]rt.Value{ ${kwVals.join(', ')} } }`;
}

function hasSplat(e: A.Call): boolean {
  return e.args.some((a) => a.nodeType === 'Starred') || e.keywords.some((k) => k.arg === null);
}

/** Arguments of a call as an `rt.Args` expression (splats build them at run time). */
export function callArgs(c: FnCtx, e: A.Call, prefix: string[] = [], callee: string = 'rt.Value.None'): string {
  if (!hasSplat(e)) {
    const pos = [...prefix, ...e.args.map((a) => expr(c, a))];
    return argsLiteral(c, pos, e.keywords.map((k) => k.arg!), e.keywords.map((k) => expr(c, k.value)));
  }
  return blockExpr(c, (l, label) => {
    const pos = c.fresh('pa');
    const kw = c.fresh('ka');
    // The callee names itself in "f() got multiple values for keyword argument 'a'" and
    // "f() argument after * must be an iterable, not int".
    const named = callee !== 'rt.Value.None';
    const sole = named && prefix.length === 0 && e.args.length === 1;
    l.line(named ? `var ${kw} = rt.KwBuilder{ .callee = ${callee} };` : `var ${kw} = rt.KwBuilder{};`);
    l.line(`const ${pos} = rt.list.new();`);
    for (const p of prefix) l.line(`rt.list.append(${pos}, ${p});`);
    for (const a of e.args) {
      if (a.nodeType !== 'Starred') l.line(`rt.list.append(${pos}, ${expr(c, a)});`);
      else l.line(`${c.check(`rt.kwStarExtend(&${kw}, ${pos}, ${expr(c, a.value)}, ${sole})`, a)};`);
    }
    for (const k of e.keywords) {
      if (k.arg === null) l.line(`${c.check(`rt.kwAddMapping(&${kw}, ${expr(c, k.value)})`, k)};`);
      else l.line(`${c.check(`rt.kwAdd(&${kw}, &${c.prog.str(k.arg)}, ${expr(c, k.value)})`, k)};`);
    }
    l.line(`break :${label} rt.kwArgs(&${kw}, ${pos}.items());`);
  });
}

/** Builtin types called with one positional argument -> the runtime's direct function. */
const ONE_ARG_CONVERSIONS = new Map([['str', 'strOf'], ['int', 'intOf'], ['float', 'floatOf']]);

function call(c: FnCtx, e: A.Call): TExpr {
  const f = e.func;
  if (f.nodeType === 'Name') {
    const ref = lookupName(c.scope, f.id);
    if (ref.kind === 'builtin') {
      const t = isinstanceBuiltin(c, f.id, e);
      if (t) return t;
      // len(x): inline for builtin lists and tuples (rt.lenOf), typed int.
      if (f.id === 'len' && e.args.length === 1 && e.keywords.length === 0 && !hasSplat(e)) return { code: c.check(`rt.lenOf(${expr(c, e.args[0])})`, e), ty: INT };
      // str(x), int(x), float(x): the constructor's one-argument case called directly, without
      // dispatching a call on the type object.
      const conv = ONE_ARG_CONVERSIONS.get(f.id);
      if (conv && e.args.length === 1 && e.keywords.length === 0 && !hasSplat(e)) {
        const arg = texpr(c, e.args[0]);
        // int(x) of a float truncates inline (rt.intops.fromF64 raises for NaN and infinities).
        if (f.id === 'int' && arg.ty.k === 'float') return { code: c.check(`rt.intops.fromF64(${arg.code})`, e), ty: INT };
        return unboxInferred(c, e, c.check(`rt.${conv}(${box(arg)})`, e));
      }
    }
    if (ref.kind === 'builtin' || ref.kind === 'global' && ref.module.hasImportStar && !ref.module.locals.has(f.id) && !starProvides(c, f.id)) {
      const special = builtinCall(c, f.id, e);
      if (special) return unboxInferred(c, e, special);
    }
    const target = directCallTarget(c, f.id, e);
    if (target) return emitDirectCall(c, target, e);
    const native = c.prog.types.nativeBinding(c.mod, c.scope, f.id);
    const fast = native ? nativeFastCall(c, e, native) : null;
    if (fast) return fast;
  }
  if (f.nodeType === 'Attribute') {
    checkStdlibAttr(c, f);
    if (f.attr === 'append' && e.args.length === 1 && e.keywords.length === 0 && !hasSplat(e)) {
      // Inline for a builtin list (abi/client_ops.zig appendList), else the method call.
      const recv = instrumentSeen(c, f, 'receiver', expr(c, f.value));
      return { code: c.check(`rt.callAppend(${recv}, &${c.prog.str(f.attr)}, ${expr(c, e.args[0])})`, e), ty: OBJECT };
    }
    if ((f.attr === 'add' || f.attr === 'discard' || f.attr === 'remove') && e.args.length === 1 && e.keywords.length === 0 && !hasSplat(e)) {
      // Direct for a builtin set (abi/client_ops.zig setMethod), else the method call.
      const recv = instrumentSeen(c, f, 'receiver', expr(c, f.value));
      return { code: c.check(`rt.callSetMethod(.${f.attr}, ${recv}, &${c.prog.str(f.attr)}, ${expr(c, e.args[0])})`, e), ty: OBJECT };
    }
    if (hasSplat(e)) return { code: calleeFirst(c, e, c.check(`rt.attr.getattr(${instrumentSeen(c, f, 'receiver', expr(c, f.value))}, &${c.prog.str(f.attr)})`, e)), ty: OBJECT };
    const module = f.value.nodeType === 'Name' ? c.prog.types.nativeBinding(c.mod, c.scope, f.value.id) : undefined;
    const fast = module ? nativeFastCall(c, e, `${module}.${f.attr}`) : null;
    if (fast) return fast;
    const recv = instrumentSeen(c, f, 'receiver', expr(c, f.value));
    // `math.sqrt(x)`: a native function whose result type inference knows (types/native-calls.ts).
    if (e.keywords.length === 0) return unboxInferred(c, e, c.check(callMethodSite(c, recv, f.attr, '', e.args.map((a) => expr(c, a))), e));
    return { code: c.check(callMethodSite(c, recv, f.attr, callArgs(c, e)), e), ty: OBJECT };
  }
  if (hasSplat(e)) return { code: calleeFirst(c, e, instrumentSeen(c, e, 'callee', expr(c, f))), ty: OBJECT };
  const callee = instrumentSeen(c, e, 'callee', expr(c, f));
  const dynamic = e.keywords.length === 0 ? c.check(callSitePositional(c, callee, e.args.map((a) => expr(c, a))), e) : c.check(callSite(c, callee, callArgs(c, e)), e);
  // `sqrt(x)` after `from math import sqrt`: a native function whose result type inference knows.
  return f.nodeType === 'Name' ? unboxInferred(c, e, dynamic) : { code: dynamic, ty: OBJECT };
}

/** A call with `*` or `**` splats: the callee is evaluated first (as always) and named in the
 * argument builder, which reports duplicate keywords in the callee's name. */
function calleeFirst(c: FnCtx, e: A.Call, callee: string): string {
  return blockExpr(c, (l, label) => {
    const fn = c.fresh('fn');
    l.line(`const ${fn} = ${callee};`);
    l.line(`break :${label} ${c.check(`rt.call.call(${fn}, ${callArgs(c, e, [], fn)})`, e)};`);
  });
}

/**
 * Whether a `from m import *` of this module may bind `name` (such a module reads every
 * unassigned name as a global; a name no star import provides is still the builtin).
 */
function starProvides(c: FnCtx, name: string): boolean {
  let seen = 0;
  for (const st of c.mod.ast.body) {
    if (st.nodeType !== 'ImportFrom' || !st.names.some((a) => a.name === '*')) continue;
    seen++;
    const r = c.mod.imports.get(st.nodeId);
    if (!r || r.length === 0) return true;
    if (c.prog.starNames(r[0].chain[r[0].chain.length - 1]).includes(name)) return true;
  }
  // A star import nested in an if or try: assume it may.
  return seen === 0;
}

/** A builtin's rt.Value result, unboxed when inference knows its type (int(), len(), ...). */
function unboxInferred(c: FnCtx, e: A.Call, v: string): TExpr {
  const t = inferred(c, e);
  if (!isNative(t)) return { code: v, ty: OBJECT };
  return { code: coerce(c, { code: v, ty: OBJECT }, t, e), ty: t };
}

/**
 * `isinstance(x, T)` or `isinstance(x, (T, U))` with builtin types named directly: inline
 * (rt.isinstanceBuiltin), typed bool. Any other form calls the builtin.
 */
function isinstanceBuiltin(c: FnCtx, name: string, e: A.Call): TExpr | null {
  if (name !== 'isinstance' || e.args.length !== 2 || e.keywords.length > 0 || hasSplat(e)) return null;
  const spec = e.args[1];
  const names = spec.nodeType === 'Name' ? [spec] : spec.nodeType === 'Tuple' && spec.elts.length > 0 ? spec.elts : [];
  const types: string[] = [];
  for (const n of names) {
    const ty = n.nodeType === 'Name' ? BUILTIN_TYPES.get(n.id) : undefined;
    if (!ty || lookupName(c.scope, (n as A.Name).id).kind !== 'builtin') return null;
    types.push(ty);
  }
  if (types.length === 0) return null;
  const x = expr(c, e.args[0]);
  if (types.length === 1) return { code: `rt.isinstanceBuiltin(${x}, ${types[0]})`, ty: BOOL };
  const v = c.fresh('x');
  return { code: blockExpr(c, (l, label) => {
    l.line(`const ${v} = ${x};`);
    l.line(`break :${label} (${types.map((t) => `rt.isinstanceBuiltin(${v}, ${t})`).join(' or ')});`);
  }), ty: BOOL };
}

/** Calls of builtins that need the compiler's help (zero-argument super, locals, ...). */
function builtinCall(c: FnCtx, name: string, e: A.Call): string | null {
  if (name === 'super' && e.args.length === 0 && e.keywords.length === 0) {
    // super() is super(__class__, <first argument>).
    let f = c;
    while (f.scope.kind === 'comprehension' || f.scope.kind === 'lambda') f = f.parent!;
    const first = f.scope.params[0];
    if (!first || !f.frees.has('__class__') && !f.locals.has('__class__')) return c.error(e, 'super(): no arguments');
    const cls = cellRef(c, '__class__', e);
    const selfv = f === c ? readName(c, { nodeType: 'Name', nodeId: -1, id: first, ctx: 'Load', lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset }) : c.error(e, 'super() inside a nested function is not supported by pyaot');
    return c.check(`rt.class.newSuper(${cls}.v.as(rt.Type), ${selfv})`, e);
  }
  if (name === 'globals' && e.args.length === 0 && e.keywords.length === 0) {
    // A snapshot of the module's globals; stores into it are compile errors (globals-snapshot.ts).
    return c.check(`${moduleFnPrefix(c.mod.name)}_globals()`, e);
  }
  if (name === 'vars' && e.args.length === 0 && e.keywords.length === 0 && c.scope.kind === 'module') {
    // At module level vars() is the module's namespace (a snapshot, like globals()).
    return c.check(`${moduleFnPrefix(c.mod.name)}_globals()`, e);
  }
  if (name === 'dir' && e.args.length === 0 && e.keywords.length === 0) return dirCall(c, e);
  // eval(text) alone evaluates literals at run time (zig-runtime/builtins/literal_eval.zig); with
  // namespaces it would need the interpreter.
  const evalOfLiteral = name === 'eval' && e.args.length === 1 && e.keywords.length === 0 && e.args[0].nodeType !== 'Starred';
  if ((name === 'locals' || name === 'globals' || name === 'vars' && e.args.length === 0 || name === 'exec' || name === 'eval' && !evalOfLiteral || name === 'compile') ) {
    return c.error(e, `${name}() is not supported by pyaot (it needs the interpreter's namespaces)`);
  }
  const bf = BUILTIN_FUNCTIONS.get(name);
  if (bf) return c.check(`rt.callBuiltin("${bf.fn}", ${callArgs(c, e, [], hasSplat(e) ? `rt.Value{ .obj = &rt.builtinObj("${bf.obj}").base }` : undefined)})`, e);
  return null;
}
