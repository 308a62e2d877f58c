// Attribute and call sites with per-site inline caches: each `obj.x`, `obj.x = v`, `obj.m(...)`
// and dynamic call `f(...)` gets its own static cache (rt.attr.Site / rt.call.CallSite, see
// zig-runtime/abi/client_attr.zig), which remembers the class the last lookup there was for and
// where the answer was, so a repeated lookup on instances of one class is a few compares.
import type { FnCtx, ProgramCtx } from './context.js';
import { ident, type Lines } from './emit.js';
import { inPylib } from '../modules.js';
import type * as A from '../parser/ast.js';

function site(c: FnCtx, type: string): string {
  const name = c.prog.fresh('AS');
  c.prog.decls.line(`var ${name}: ${type} = .{};`);
  return name;
}

/** `obj.attr` (`obj` and the result are Zig rt.Value expressions; the result is fallible). */
export function getattrSite(c: FnCtx, obj: string, attr: string): string {
  return `rt.attr.getattrAt(&${site(c, attrSiteType(c, attr))}, ${obj}, &${c.prog.str(attr)})`;
}

/** `obj.attr = v` (fallible, void). */
export function setattrSite(c: FnCtx, obj: string, attr: string, v: string): string {
  return `rt.attr.setattrAt(&${site(c, attrSiteType(c, attr))}, ${obj}, &${c.prog.str(attr)}, ${v})`;
}

// Sites for names that some class of the program lists in its `__slots__` are SlotSites: they
// decide a fixed-slot read or write inline (zig-runtime/core/slots.zig). Only a speed choice:
// both kinds of site answer every object alike.
const slotNamesOf = new WeakMap<object, Set<string>>();

function attrSiteType(c: FnCtx, attr: string): string {
  let names = slotNamesOf.get(c.prog);
  if (!names) {
    names = new Set();
    for (const m of c.prog.graph.modules) collectSlotNames(m.ast, names);
    slotNamesOf.set(c.prog, names);
  }
  return names.has(attr) ? 'rt.attr.SlotSite' : 'rt.attr.Site';
}

/** The str constants of every `__slots__ = ...` assignment in a class body, anywhere in `node`. */
function collectSlotNames(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const x of node) collectSlotNames(x, out);
    return;
  }
  if (node === null || typeof node !== 'object' || !('nodeType' in node)) return;
  const n = node as { nodeType: string; body?: unknown; orelse?: unknown; finalbody?: unknown; handlers?: unknown; cases?: unknown };
  if (n.nodeType === 'ClassDef') {
    for (const st of (node as A.ClassDef).body) {
      if (st.nodeType !== 'Assign') continue;
      if (!st.targets.some((t) => t.nodeType === 'Name' && t.id === '__slots__')) continue;
      const v = st.value;
      const elts = v.nodeType === 'Tuple' || v.nodeType === 'List' ? v.elts : [v];
      for (const e of elts) if (e.nodeType === 'Constant' && e.value.t === 'str') out.add(e.value.v);
    }
  }
  // Statements nest only through these fields (functions, classes, control flow, try, match).
  for (const k of ['body', 'orelse', 'finalbody', 'handlers', 'cases'] as const) collectSlotNames(n[k], out);
}

// str methods with a direct path for an exact str receiver (rt.attr.StrMethod in
// zig-runtime/abi/client_attr.zig); other receivers take the ordinary method call there.
const STR_METHODS = new Set([
  'upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize',
  'strip', 'lstrip', 'rstrip', 'split', 'join', 'replace',
  'find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith',
]);

/**
 * `obj.attr(args)`; `args` is an rt.Args expression, `pos` the positional argument expressions
 * when those are all (no keywords, no splats): then the call goes through the method's
 * dispatcher, which calls a compiled method of that name directly.
 */
export function callMethodSite(c: FnCtx, obj: string, attr: string, args: string, pos?: string[]): string {
  const s = site(c, 'rt.attr.Site');
  if (pos && STR_METHODS.has(attr)) args = `rt.Args{ .pos = ${pos.length === 0 ? '&.{}' : `&[_]rt.Value{ ${pos.join(', ')} }`} }`;
  if (STR_METHODS.has(attr)) return `rt.attr.callStrAt(.${attr}, &${s}, ${obj}, &${c.prog.str(attr)}, ${args})`;
  if (pos) return `${dispatcher(c.prog, attr, pos.length)}${dispatchVariant(c)}(&${s}, ${obj}, &${c.prog.str(attr)}, .{ ${pos.join(', ')} })`;
  return `rt.attr.callMethodAt(&${s}, ${obj}, &${c.prog.str(attr)}, ${args})`;
}

function dispatcher(prog: ProgramCtx, name: string, nArgs: number): string {
  const key = `${name}/${nArgs}`;
  let d = prog.dispatchers.get(key);
  if (!d) {
    d = { name, nArgs, fn: `${prog.fresh('MD')}_${ident(name)}` };
    prog.dispatchers.set(key, d);
  }
  return d.fn;
}

/**
 * Which variant of a dispatcher a call site uses: the `inline fn` itself where the call may run
 * often (in a function, or in a loop or comprehension at module level), or its out-of-line copy
 * (`_once`, a plain `fn` LLVM inlines only when it judges it worth it) in code that runs once —
 * module and class bodies outside loops — and in pyaot's own Python-written stdlib (pylib/).
 *
 * Why: each inline expansion repeats the dispatcher's candidate checks and their calls (a
 * constructor dispatcher tries every `__init__` of its arity, up to MAX_CANDIDATES), so code
 * size grew as call sites times classes. A 33-line program importing typing (which brings in
 * dataclasses) was 25 MB of LLVM IR, 73 s of Zig CPU time; with the out-of-line copies, 28 s.
 */
function dispatchVariant(c: FnCtx): '' | '_once' {
  if (inPylib(c.mod.file)) return '_once';
  for (let x: FnCtx | null = c; x; x = x.parent) {
    if (x.scope.kind !== 'module' && x.scope.kind !== 'class') return '';
    if (x.frames.some((f) => f.kind === 'loop')) return '';
  }
  return '_once';
}

/** Methods a dispatcher checks for at most (each is a compare on the hit path). */
const MAX_CANDIDATES = 8;

/**
 * The method dispatchers, emitted once every function is compiled: when the site's cache says
 * `obj.name` is a compiled function on the class, not shadowed, whose positional parameters the
 * arguments fill exactly (rt.attr.methodAt), and it is one of the program's methods of that name
 * and arity, its Zig code is called directly — no argument array, no indirect call through its
 * entry, and LLVM may inline it. Anything else is the ordinary method call.
 */
export function methodDispatchers(prog: ProgramCtx, out: Lines): void {
  for (const d of prog.dispatchers.values()) {
    const cands = (prog.methods.get(`${d.name}/${d.nArgs + 1}`) ?? []).slice(0, MAX_CANDIDATES);
    out.open(`inline fn ${d.fn}(s: *rt.attr.Site, obj: rt.Value, name: *rt.Str, a: [${d.nArgs}]rt.Value) rt.Error!rt.Value {`);
    // `d.get(k[, default])` on a builtin dict with a small int or str key: probed inline
    // (zig-runtime/abi/client_dict.zig); one type compare for other receivers.
    if (d.name === 'get' && (d.nArgs === 1 || d.nArgs === 2)) out.line('if (rt.dictFast.get(obj, &a)) |v| return v;');
    if (cands.length > 0) {
      out.open(`if (rt.attr.methodAt(s, obj, name, ${d.nArgs})) |f| {`);
      for (const m of cands) out.line(`if (${m.obj} == f) return ${m.call};`);
      out.close();
    }
    out.line('return rt.attr.callMethodAt(s, obj, name, .{ .pos = &a });');
    out.close();
    out.open(`fn ${d.fn}_once(s: *rt.attr.Site, obj: rt.Value, name: *rt.Str, a: [${d.nArgs}]rt.Value) rt.Error!rt.Value {`);
    out.line(`return ${d.fn}(s, obj, name, a);`);
    out.close();
  }
  // Constructor dispatchers: when the site's cache says calling `cls` is object.__new__ plus a
  // compiled `__init__` (rt.call.initAt) and that is one of the program's `__init__` functions
  // of this arity, the instance is allocated here and the `__init__`'s Zig code called directly:
  // no argument array, no indirect call through its entry, and LLVM may inline it (a tree
  // node's construction was a fifth of binary_trees). Anything else is the ordinary call.
  for (const [nArgs, fn] of prog.ctorDispatchers) {
    const cands = (prog.methods.get(`__init__/${nArgs + 1}`) ?? []).slice(0, MAX_CANDIDATES);
    out.open(`inline fn ${fn}(s: *rt.call.CallSite, cls: rt.Value, a: [${nArgs}]rt.Value) rt.Error!rt.Value {`);
    if (cands.length > 0) {
      out.open('if (rt.call.initAt(s, cls)) |f| {');
      for (const m of cands) {
        out.open(`if (${m.obj} == f) {`);
        out.line('const obj = rt.call.newAt(s);');
        out.line(`return rt.call.initDone(s, obj, ${m.call});`);
        out.close();
      }
      out.close();
    }
    out.line('return rt.call.callAt(s, cls, .{ .pos = &a });');
    out.close();
    out.open(`fn ${fn}_once(s: *rt.call.CallSite, cls: rt.Value, a: [${nArgs}]rt.Value) rt.Error!rt.Value {`);
    out.line(`return ${fn}(s, cls, a);`);
    out.close();
  }
}

/** `f(args)` for a callee of unknown kind. */
export function callSite(c: FnCtx, f: string, args: string): string {
  return `rt.call.callAt(&${site(c, 'rt.call.CallSite')}, ${f}, ${args})`;
}

/**
 * `f(*pos)` (positional arguments only) for a callee of unknown kind: through the constructor
 * dispatcher for that many arguments (methodDispatchers), which enters a known `__init__`
 * directly when `f` turns out to be a plain class.
 */
export function callSitePositional(c: FnCtx, f: string, pos: string[]): string {
  let fn = c.prog.ctorDispatchers.get(pos.length);
  if (!fn) {
    fn = `${c.prog.fresh('CD')}_${pos.length}`;
    c.prog.ctorDispatchers.set(pos.length, fn);
  }
  return `${fn}${dispatchVariant(c)}(&${site(c, 'rt.call.CallSite')}, ${f}, .{ ${pos.join(', ')} })`;
}
