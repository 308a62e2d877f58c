// Code generation state: the program-wide tables (string constants, source locations, interned
// names, emitted functions) and the per-function context (locals, and the stack of open
// try/except/finally/with/loop frames that decides where an exception, `return`, `break` or
// `continue` goes from any point in the body).
import type * as A from '../parser/ast.js';
import type { ConstantValue } from '../parser/ast.js';
import { constantGlobals } from '../types/const-globals.js';
import type { Scope, ScopeInfo } from '../resolve/scopes.js';
import type { SourceModule, ModuleGraph, ImportTarget } from '../modules.js';
import { Lines, zigBytes, wtf8, ident } from './emit.js';
import { caretLine } from './carets.js';
import { CompileError, type Diagnostic } from '../diagnostics.js';
import type { ProgramTypes, Spec } from '../types/infer.js';
import { OBJECT, type Ty, zigType, isNative } from '../types/lattice.js';

export class ProgramCtx {
  /** Top-level Zig declarations (constants, globals, functions), in emission order. */
  decls = new Lines();
  private strConsts = new Map<string, string>();
  private locConsts = new Map<string, string>();
  private counter = 0;
  diagnostics: Diagnostic[] = [];
  /** Inferred types (types/infer.ts). */
  types!: ProgramTypes;
  /** A profiling build (codegen/instrument.ts counts entries, calls, branches). */
  instrumented = false;
  /** Public names a `from m import *` of target binds (set by the program assembler). */
  starNames: (t: ImportTarget) => string[] = () => [];
  /**
   * Compiled functions defined in class bodies, by `name/positional parameter count`: their
   * function object's Zig global and a direct call of their Zig code (receiver `obj`, further
   * arguments `a[i]`, the function `f`), as an rt.Error!rt.Value expression. Method call sites
   * call these directly when their site cache finds one (attr-site.ts methodDispatchers).
   */
  methods = new Map<string, { obj: string; call: string }[]>();
  /** Method dispatchers call sites use, by `name/argument count`: their Zig function name. */
  dispatchers = new Map<string, { name: string; nArgs: number; fn: string }>();
  /** Constructor dispatchers dynamic call sites use, by argument count: their Zig function name. */
  ctorDispatchers = new Map<number, string>();

  constructor(readonly graph: ModuleGraph, readonly scopes: Map<string, ScopeInfo>) {}

  private consts?: Map<SourceModule, Map<string, ConstantValue>>;
  /** The literal a read of global `name` of `mod` always yields, if it is a constant (types/const-globals.ts). */
  constGlobal(mod: SourceModule, name: string): ConstantValue | undefined {
    this.consts ??= constantGlobals(this.graph, this.scopes);
    return this.consts.get(mod)?.get(name);
  }

  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  /** Every static str's Zig name (their type pointers are set at start: see program.ts). */
  strNames(): string[] {
    return [...this.strConsts.values()];
  }

  /** A static str object for a Python string constant; returns the Zig global's name. */
  str(s: string): string {
    let name = this.strConsts.get(s);
    if (!name) {
      name = this.fresh('S');
      this.strConsts.set(s, name);
      this.decls.line(`var ${name} = rt.str.literal(${zigBytes(wtf8(s))});`);
    }
    return name;
  }

  /** `rt.Value` of a string constant. */
  strVal(s: string): string {
    return `rt.Value{ .obj = &${this.str(s)}.base }`;
  }

  /** A source location constant for tracebacks. */
  /**
   * A source location constant for tracebacks: the line of `node`, and the marker line CPython
   * prints under it for that node (carets.ts).
   */
  loc(mod: SourceModule, node: A.Located | { lineno: number }, func: string): string {
    const line = node.lineno;
    const source = this.sourceLines(mod)[line - 1] ?? '';
    const marks = 'nodeType' in node ? caretLine(source, node as A.Node) : '';
    const key = `${mod.name}\0${line}\0${func}\0${marks}`;
    let name = this.locConsts.get(key);
    if (!name) {
      name = this.fresh('L');
      this.locConsts.set(key, name);
      // As CPython prints it: without the indentation (trailing spaces stay).
      const text = source.trimStart();
      const marksField = marks === '' ? '' : `, .marks = ${zigBytes(Buffer.from(marks))}`;
      // The absolute path, as CPython (3.9+) puts in tracebacks and co_filename for every module.
      this.decls.line(`const ${name} = rt.Loc{ .file = ${zigBytes(Buffer.from(mod.file))}, .line = ${line}, .func = ${zigBytes(Buffer.from(func))}, .text = ${zigBytes(Buffer.from(text))}${marksField} };`);
    }
    return name;
  }

  private lineCache = new Map<SourceModule, string[]>();

  private sourceLines(mod: SourceModule): string[] {
    let lines = this.lineCache.get(mod);
    if (!lines) {
      lines = mod.source.split(/\r\n|\r|\n/);
      this.lineCache.set(mod, lines);
    }
    return lines;
  }

  error(mod: SourceModule, node: A.Located | null, message: string): never {
    const d: Diagnostic = {
      severity: 'error', message, file: mod.displayPath,
      line: node?.lineno ?? 1, col: node?.col_offset ?? 0, endLine: node?.end_lineno, endCol: node?.end_col_offset,
    };
    throw new CompileError([d]);
  }
}

/** Where control goes on exception/return/break/continue, innermost frame last. */
export type Frame =
  /** Inside a try body with handlers: an exception goes to `jump` (`break :t false;` or `continue :sw 7;`). */
  | { kind: 'try'; jump: string }
  /** Inside an except block: leaving it pops the handled exception. */
  | { kind: 'handler' }
  /** Exits route through a finally block: `act` says which exit (1 exception, 2+ from ids), then `jump`. */
  | { kind: 'finally'; jump: string; act: string; ret: string; ids: Map<string, number> }
  | { kind: 'loop'; breakJump: string; continueJump: string; usedBreak: boolean; usedContinue: boolean }
  /** Inside a with block: an exception goes to `jump` (the __exit__ call decides). */
  | { kind: 'with'; mgr: string; exit: string; jump: string }
  /**
   * Inside a list/set/dict comprehension compiled inline: CPython runs it as a function of its
   * own, so an exception leaving it gets a `<listcomp>` traceback entry, then one for the
   * enclosing function at `outerLoc` (the comprehension's line).
   */
  | { kind: 'scope'; outerLoc: string };

export interface LocalVar {
  zig: string;
  /** Inferred type: int/float/bool locals are stored unboxed (see types/lattice.ts). */
  ty: Ty;
  /** Lives in a heap cell because an inner scope captures it. */
  cell: boolean;
  /** Always bound when read (a parameter): no unbound check needed. */
  alwaysBound: boolean;
}

export class FnCtx {
  lines = new Lines();
  frames: Frame[] = [];
  locals = new Map<string, LocalVar>();
  /** Free variables: name -> expression of the *rt.Cell pointer (through the closure env). */
  frees = new Map<string, string>();
  /** For class bodies compiled inline: the Zig name of the namespace dict. */
  classNs: string | null = null;
  /** Inside a class body: the Zig name of the class's `__class__` cell (for super()). */
  classCell: string | null = null;
  /** In a generator's resume function: how `return v` finishes the generator. */
  genReturn: ((v: string) => string) | null = null;
  /** The specialization being compiled (its inferred types), if any. */
  spec: Spec | null = null;
  /** Its direct self-calls go through the once-unrolled body (func.ts unrollsSelf). */
  unrollSelf = false;
  /** The type this Zig function returns (`object`: rt.Value). */
  retTy: Ty = OBJECT;
  /** Declarations placed at the top of the Zig function. */
  private decls = new Lines();
  /** Plain locals declared only if the body touches them: python name -> zig name. */
  private lazy = new Map<string, { zig: string; ty: Ty }>();
  private lazyAssigned = new Set<string>();
  private lazyRead = new Set<string>();
  private tmp = 0;
  private shared: { tmp: number } | null = null;

  constructor(
    readonly prog: ProgramCtx,
    readonly mod: SourceModule,
    readonly scope: Scope,
    /** Name shown in tracebacks (`<module>`, the function's name). */
    readonly funcName: string,
    readonly parent: FnCtx | null,
  ) {}

  /** A new temporary name. The underscore keeps it clear of Zig's primitive names (u1, f32...). */
  fresh(prefix: string): string {
    if (this.shared) return `${prefix}_${this.shared.tmp++}`;
    return `${prefix}_${this.tmp++}`;
  }

  /** A declaration line for the top of the function. */
  declare(line: string): void {
    this.decls.line(line);
  }

  /** A plain local (rt.Value, initially UNBOUND) declared only if used. */
  declareLazy(name: string, zig: string, ty: Ty = OBJECT): void {
    this.lazy.set(name, { zig, ty });
  }

  noteAssign(name: string): void {
    if (this.lazy.has(name)) this.lazyAssigned.add(name);
    else this.parent?.noteAssignInline(name);
  }
  noteRead(name: string): void {
    if (this.lazy.has(name)) this.lazyRead.add(name);
    else this.parent?.noteReadInline(name);
  }
  /** Inline children (comprehensions, class bodies) share the Zig function of their parent. */
  private inlineChild = false;
  noteAssignInline(name: string): void {
    if (this.lazy.has(name)) this.lazyAssigned.add(name);
    else if (this.inlineChild) this.parent?.noteAssignInline(name);
  }
  noteReadInline(name: string): void {
    if (this.lazy.has(name)) this.lazyRead.add(name);
    else if (this.inlineChild) this.parent?.noteReadInline(name);
  }

  /** The text of the declarations made so far (without the lazy locals). */
  declText(): string {
    return this.decls.toString();
  }

  /** The declarations for the top of the Zig function (call after emitting the body). */
  prologue(): Lines {
    const out = new Lines();
    out.append(this.decls);
    for (const [name, { zig, ty }] of this.lazy) {
      // Native locals are definitely assigned before every read (types/assign.ts).
      const init = isNative(ty) ? 'undefined' : 'rt.UNBOUND';
      if (this.lazyAssigned.has(name)) out.line(`var ${zig}: ${zigType(ty)} = ${init};`);
      else if (this.lazyRead.has(name)) out.line(`const ${zig}: ${zigType(ty)} = ${init};`);
    }
    return out;
  }

  /**
   * A context for a scope compiled inline into this Zig function (a list/set/dict
   * comprehension, a class body): it sees this function's locals and shares its lines, frames
   * and temporaries.
   */
  child(scope: Scope, funcName: string = this.funcName): FnCtx {
    const c = new FnCtx(this.prog, this.mod, scope, funcName, this);
    c.inlineChild = true;
    c.lines = this.lines;
    c.frames = this.frames;
    c.shared = this.shared ?? { tmp: this.tmp + 100000 };
    if (!this.shared) this.shared = c.shared;
    for (const [k, v] of this.locals) c.locals.set(k, v);
    for (const [k, v] of this.frees) c.frees.set(k, v);
    c.classNs = this.classNs;
    c.classCell = this.classCell;
    c.genReturn = this.genReturn;
    c.spec = this.spec;
    c.retTy = this.retTy;
    return c;
  }

  /** Module-level `def`s by name (first definition), for direct calls. */
  moduleDefs(): Map<string, A.FunctionDef> {
    let m = moduleDefsCache.get(this.mod);
    if (!m) {
      m = new Map();
      for (const st of this.mod.ast.body) if (st.nodeType === 'FunctionDef' && !m.has(st.name)) m.set(st.name, st);
      moduleDefsCache.set(this.mod, m);
    }
    return m;
  }

  loc(node: A.Located | { lineno: number }): string {
    return this.prog.loc(this.mod, node, this.funcName);
  }

  error(node: A.Located | null, message: string): never {
    return this.prog.error(this.mod, node, message);
  }

  /**
   * The Zig statement(s) that send a pending exception to the right place from here: the
   * nearest try body, through any handlers being left (popping their handled exception) and
   * finally blocks, or out of the function with a traceback entry.
   */
  raiseExit(node: A.Located | { lineno: number }): string {
    return this.exitRoute(`_ = rt.trace(&${this.loc(node)}) catch {}; `, `return rt.trace(&${this.loc(node)})`);
  }

  /**
   * The same route for an exception that already has this frame's traceback entry, as CPython's
   * RERAISE adds none: a bare `raise`, an exception no except clause matched, one that a
   * finally block or a `with` whose __exit__ did not suppress it passes on.
   */
  reraiseExit(): string {
    return this.exitRoute('', 'return error.PyException');
  }

  // The entry is recorded where the exception first meets this frame, also when a try or with
  // here catches it: a caught exception's traceback names the line that raised it.
  private exitRoute(record: string, leave: string): string {
    let pre = '';
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (f.kind === 'handler') pre += 'rt.exc.popHandling(); ';
      else if (f.kind === 'try' || f.kind === 'with') return `{ ${pre}${record}${f.jump} }`;
      else if (f.kind === 'finally') return `{ ${pre}${record}${f.act} = 1; ${f.jump} }`;
      else if (f.kind === 'scope') {
        // Leaving the comprehension's frame: its entry, then the enclosing function's.
        pre += record;
        record = `_ = rt.trace(&${f.outerLoc}) catch {}; `;
        leave = `return rt.trace(&${f.outerLoc})`;
      }
    }
    return pre === '' ? leave : `{ ${pre}${leave}; }`;
  }

  /** `expr` (an error union) with errors routed by raiseExit. */
  check(expr: string, node: A.Located | { lineno: number }): string {
    return `(${expr} catch ${this.raiseExit(node)})`;
  }

  /** Emits a statement that evaluates a fallible expression for its effect. */
  exec(expr: string, node: A.Located): void {
    this.lines.line(`_ = ${this.check(expr, node)};`);
  }
}

const moduleDefsCache = new WeakMap<SourceModule, Map<string, A.FunctionDef>>();

export function zigLocal(name: string): string {
  return `l_${ident(name)}`;
}
