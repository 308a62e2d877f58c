// The module graph: starting from the main script, find every local module it imports (files
// next to it, packages with __init__.py, relative imports), parse each once, and record which
// imports name modules pyaot provides natively. Everything the cache needs to know about the
// import closure comes from here: the files read and the paths probed that did not exist.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as A from './parser/ast.js';
import { CompileError, type Diagnostic } from './diagnostics.js';
import { parseSource } from './parse.js';
import { writeDataclassInits } from './resolve/dataclass-init.js';
import { manglePrivateNames } from './resolve/mangle.js';
import { NATIVE_MODULES } from './native-modules.js';
import { STDLIB_MODULE_NAMES } from './stdlib-names.js';
import { fileURLToPath } from 'node:url';

/**
 * pyaot's standard library written in Python (pylib/): compiled with the program like a local
 * module, found after the program's own files and before the native (Zig) modules.
 */
export function pylibDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of ['../..', '..']) {
    const p = path.resolve(here, up, 'pylib');
    if (fs.existsSync(p)) return p;
  }
  return path.resolve(here, '../../pylib');
}

/** Whether `file` is one of pyaot's standard-library modules written in Python (pylib/). */
export function inPylib(file: string | undefined): boolean {
  return file?.startsWith(pylibDir() + path.sep) === true;
}

export interface SourceModule {
  /** Dotted module name (`__main__` for the script). */
  name: string;
  /** Absolute path of the file. */
  file: string;
  /** The path as the user gave it (for the main script: sys.argv[0], tracebacks). */
  displayPath: string;
  source: string;
  ast: A.Module;
  isPackage: boolean;
  /** Import statements of this module resolved to targets, by node id of the Import/ImportFrom. */
  imports: Map<number, ResolvedImport[]>;
}

export type ImportTarget =
  | { kind: 'source'; module: string }
  | { kind: 'native'; module: string }
  /**
   * An import CPython fails at run time, so the program may catch it: a module found nowhere
   * (`notFound`), a relative import in a module without a package (`noParent`) or one climbing
   * above the top-level package (`beyondTop`).
   */
  | { kind: 'missing'; module: string; reason: MissingReason };

export type MissingReason = 'notFound' | 'noParent' | 'beyondTop';

/** One imported name of an Import/ImportFrom statement. */
export interface ResolvedImport {
  alias: A.Alias;
  /** For `import a.b.c`: the modules a, a.b, a.b.c (all get imported); for `from m import x`: m. */
  chain: ImportTarget[];
  /** For `from m import x` when x is itself a submodule of package m. */
  submodule?: ImportTarget;
}

export interface ModuleGraph {
  main: SourceModule;
  /** Source modules in import-discovery order, main first. */
  modules: SourceModule[];
  byName: Map<string, SourceModule>;
  /** Native modules used anywhere. */
  natives: Set<string>;
  /** Every file read. */
  closure: string[];
  /** Paths probed for imports that did not exist (a file appearing there changes resolution). */
  probedMissing: string[];
  /** Imports that will fail at run time (reported by `pyaot check`; the program may catch them). */
  warnings: Diagnostic[];
}

export function loadProgram(mainPath: string, displayPath: string = mainPath): ModuleGraph {
  const g = new GraphBuilder(path.dirname(path.resolve(mainPath)));
  const main = g.loadFile('__main__', path.resolve(mainPath), displayPath, false);
  g.drain();
  if (g.errors.length > 0) throw new CompileError(g.errors);
  return {
    main,
    modules: g.modules,
    byName: g.byName,
    natives: g.natives,
    closure: g.modules.map((m) => m.file),
    probedMissing: [...g.missing],
    warnings: g.warnings,
  };
}

class GraphBuilder {
  modules: SourceModule[] = [];
  byName = new Map<string, SourceModule>();
  natives = new Set<string>();
  missing = new Set<string>();
  errors: Diagnostic[] = [];
  warnings: Diagnostic[] = [];
  private queue: SourceModule[] = [];

  constructor(readonly root: string) {}

  /** Whether the program has its own module `name` (found before pyaot's standard library). */
  private shadowsStdlib(name: string): boolean {
    return fs.existsSync(path.join(this.root, `${name}.py`)) || fs.existsSync(path.join(this.root, name, '__init__.py'));
  }

  loadFile(name: string, file: string, displayPath: string, isPackage: boolean): SourceModule {
    const bytes = fs.readFileSync(file);
    const parsed = parseSource(bytes, displayPath);
    this.errors.push(...manglePrivateNames(parsed, displayPath));
    writeDataclassInits(parsed, displayPath, this.shadowsStdlib('dataclasses'));
    const source = bytes.toString('utf8');
    const m: SourceModule = { name, file, displayPath, source, ast: parsed, isPackage, imports: new Map() };
    this.modules.push(m);
    this.byName.set(name, m);
    this.queue.push(m);
    return m;
  }

  drain(): void {
    while (this.queue.length > 0) {
      const m = this.queue.shift()!;
      this.scanImports(m, m.ast.body);
      if (m.source.includes('import_module')) this.scanDynamicImports(m.ast);
    }
  }

  /**
   * `importlib.import_module("name")` with a literal absolute name: the module is compiled into
   * the program so the call finds it (a name found nowhere fails at run time, as in CPython).
   */
  scanDynamicImports(node: unknown): void {
    if (Array.isArray(node)) {
      for (const n of node) this.scanDynamicImports(n);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as { nodeType?: string };
    if (n.nodeType === 'Call') {
      const call = node as A.Call;
      const f = call.func;
      const named = f.nodeType === 'Attribute' ? f.attr === 'import_module' && f.value.nodeType === 'Name' && f.value.id === 'importlib' : f.nodeType === 'Name' && f.id === 'import_module';
      const arg = call.args[0];
      if (named && call.args.length === 1 && arg.nodeType === 'Constant' && arg.value.t === 'str' && /^\w+(\.\w+)*$/.test(arg.value.v)) {
        const parts = arg.value.v.split('.');
        for (let i = 1; i <= parts.length; i++) if (!this.tryResolve(parts.slice(0, i).join('.'))) break;
      }
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'nodeType' && typeof v === 'object') this.scanDynamicImports(v);
  }

  /** Walks every statement (imports may sit inside functions, ifs, try blocks). */
  scanImports(m: SourceModule, body: A.Stmt[]): void {
    for (const st of body) {
      switch (st.nodeType) {
        case 'Import': {
          const out: ResolvedImport[] = [];
          for (const alias of st.names) {
            const parts = alias.name.split('.');
            const chain: ImportTarget[] = [];
            for (let i = 1; i <= parts.length; i++) {
              const t = this.resolve(parts.slice(0, i).join('.'), m, st);
              if (!t) break;
              chain.push(t);
              if (t.kind === 'missing') break;
            }
            if (chain.length > 0 && (chain.length === parts.length || chain[chain.length - 1].kind === 'missing')) out.push({ alias, chain });
          }
          m.imports.set(st.nodeId, out);
          break;
        }
        case 'ImportFrom': {
          const out: ResolvedImport[] = [];
          const base = this.absoluteName(m, st);
          if (typeof base !== 'string') {
            // The relative import fails when it runs (CPython raises ImportError there).
            this.warn(m, st, base.reason === 'noParent' ? 'attempted relative import with no known parent package' : 'attempted relative import beyond top-level package', 'ImportError');
            for (const alias of st.names) out.push({ alias, chain: [base] });
            m.imports.set(st.nodeId, out);
            break;
          }
          const parts = base.split('.');
          const chain: ImportTarget[] = [];
          for (let i = 1; i <= parts.length; i++) {
            const t = this.resolve(parts.slice(0, i).join('.'), m, st);
            if (!t) break;
            chain.push(t);
            if (t.kind === 'missing') break;
          }
          if (chain.length === 0 || (chain.length !== parts.length && chain[chain.length - 1].kind !== 'missing')) break;
          if (chain[chain.length - 1].kind === 'missing') {
            for (const alias of st.names) out.push({ alias, chain });
            m.imports.set(st.nodeId, out);
            break;
          }
          for (const alias of st.names) {
            const r: ResolvedImport = { alias, chain };
            const last = chain[chain.length - 1];
            if (alias.name !== '*' && last.kind === 'source' && this.byName.get(last.module)?.isPackage) {
              const sub = this.tryResolve(`${last.module}.${alias.name}`);
              if (sub) r.submodule = sub;
            }
            if (alias.name !== '*' && last.kind === 'native') {
              const sub = `${last.module}.${alias.name}`;
              if (NATIVE_MODULES.has(sub)) {
                this.natives.add(sub);
                r.submodule = { kind: 'native', module: sub };
              }
            }
            out.push(r);
          }
          m.imports.set(st.nodeId, out);
          break;
        }
        case 'FunctionDef':
        case 'AsyncFunctionDef':
        case 'ClassDef':
        case 'With':
        case 'AsyncWith':
        case 'For':
        case 'AsyncFor':
        case 'While':
          this.scanImports(m, st.body);
          if ('orelse' in st) this.scanImports(m, st.orelse);
          break;
        case 'If':
          this.scanImports(m, st.body);
          this.scanImports(m, st.orelse);
          break;
        case 'Try':
        case 'TryStar':
          this.scanImports(m, st.body);
          for (const h of st.handlers) this.scanImports(m, h.body);
          this.scanImports(m, st.orelse);
          this.scanImports(m, st.finalbody);
          break;
        case 'Match':
          for (const c of st.cases) this.scanImports(m, c.body);
          break;
        default:
          break;
      }
    }
  }

  /**
   * The absolute module name of a `from ... import`, handling relative levels; a relative import
   * CPython cannot resolve becomes the failing target it raises from.
   */
  absoluteName(m: SourceModule, st: A.ImportFrom): string | ImportTarget & { kind: 'missing' } {
    if (st.level === 0) return st.module!;
    const missing = (reason: MissingReason) => ({ kind: 'missing' as const, module: st.module ?? '', reason });
    // The package a relative import is relative to (the main script has none).
    let pkg = m.isPackage ? m.name : m.name.split('.').slice(0, -1).join('.');
    if (m.name === '__main__' || pkg === '') return missing('noParent');
    for (let i = 1; i < st.level; i++) {
      const parts = pkg.split('.');
      if (parts.length <= 1) return missing('beyondTop');
      pkg = parts.slice(0, -1).join('.');
    }
    return st.module ? `${pkg}.${st.module}` : pkg;
  }

  /**
   * A module found nowhere fails when the import runs, as in CPython (programs probe optional
   * packages with try/except ImportError); a standard-library module pyaot does not provide is
   * a compile error instead, since the program expects it to exist.
   */
  resolve(name: string, from: SourceModule, st: A.Located): ImportTarget | null {
    const t = this.tryResolve(name);
    if (t) return t;
    if (STDLIB_MODULE_NAMES.has(name.split('.')[0])) {
      this.errors.push({
        severity: 'error',
        message: `standard library module '${name}' is not supported by pyaot`,
        file: from.displayPath,
        line: st.lineno,
        col: st.col_offset,
        endLine: st.end_lineno,
        endCol: st.end_col_offset,
      });
      return null;
    }
    this.warn(from, st, `No module named '${name}'`, 'ModuleNotFoundError');
    return { kind: 'missing', module: name, reason: 'notFound' };
  }

  /** Local files first (like sys.path[0] = the script's folder), then pylib/, then native modules. */
  tryResolve(name: string): ImportTarget | null {
    if (this.byName.has(name)) return { kind: 'source', module: name };
    if (this.natives.has(name)) return { kind: 'native', module: name };
    return this.tryResolveIn(this.root, name, true) ?? this.tryResolveIn(pylibDir(), name, false);
  }

  private tryResolveIn(root: string, name: string, local: boolean): ImportTarget | null {
    const rel = name.split('.');
    const dir = path.join(root, ...rel);
    const pkgInit = path.join(dir, '__init__.py');
    const file = dir + '.py';
    // A package's parent must itself be a package we loaded.
    if (rel.length > 1) {
      const parent = this.byName.get(rel.slice(0, -1).join('.'));
      if (!parent || !parent.isPackage) {
        if (NATIVE_MODULES.has(name)) {
          this.natives.add(name);
          return { kind: 'native', module: name };
        }
        return null;
      }
    }
    if (fs.existsSync(pkgInit)) {
      this.loadFile(name, pkgInit, path.relative(process.cwd(), pkgInit) || pkgInit, true);
      return { kind: 'source', module: name };
    }
    if (local) this.missing.add(pkgInit);
    if (fs.existsSync(file)) {
      this.loadFile(name, file, path.relative(process.cwd(), file) || file, false);
      return { kind: 'source', module: name };
    }
    if (local) {
      this.missing.add(file);
      return null;
    }
    if (NATIVE_MODULES.has(name)) {
      this.natives.add(name);
      return { kind: 'native', module: name };
    }
    return null;
  }

  /** An import that raises `pyType` when it runs. */
  warn(m: SourceModule, node: A.Located, message: string, pyType: string): void {
    this.warnings.push({
      severity: 'warning',
      message: `${message} (${pyType} raised when this import runs)`,
      file: m.displayPath,
      line: node.lineno,
      col: node.col_offset,
      endLine: node.end_lineno,
      endCol: node.end_col_offset,
    });
  }
}
