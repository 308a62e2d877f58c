// The compiler's entry point: Python source (with its local imports) -> Zig source.
// Loaded only on a cache miss (see cli/run.ts), so nothing here sits on the cached path.
import { loadProgram, type ModuleGraph } from './modules.js';
import { generateProgram } from './codegen/program.js';
import { LIBC_MODULES } from './native-modules.js';

export interface CompileOutput {
  /** The generated Zig program (one file). */
  zig: string;
  graph: ModuleGraph;
  /** Link the C library (native modules that must call libm exactly as CPython does). */
  linkLibc: boolean;
}

export interface CompileOptions {
  /** The script path as the user typed it (sys.argv[0], tracebacks). */
  displayPath?: string;
}

/** Compiles the program rooted at `mainPath`. Throws CompileError for unsupported or invalid code. */
export function compileProgram(mainPath: string, opts: CompileOptions = {}): CompileOutput {
  const graph = loadProgram(mainPath, opts.displayPath ?? mainPath);
  const zig = generateProgram(graph);
  const linkLibc = [...graph.natives].some((m) => LIBC_MODULES.has(m));
  return { zig, graph, linkLibc };
}
