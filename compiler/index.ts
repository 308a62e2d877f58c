// The compiler's entry point: Python source (with its local imports) -> Zig source.
// Loaded only on a cache miss (see cli/run.ts), so nothing here sits on the cached path.
import { loadProgram, type ModuleGraph } from './modules.js';
import { generateProgram } from './codegen/program.js';
import { LIBC_MODULES } from './native-modules.js';
import { Instrumentation } from './codegen/instrument.js';
import type { CounterMap } from '../profiler/counter-map.js';

export interface CompileOutput {
  /** The generated Zig program (one file). */
  zig: string;
  graph: ModuleGraph;
  /** Link the C library (native modules that must call libm exactly as CPython does). */
  linkLibc: boolean;
  /** With `instrument`: what each profile counter of the program counts. */
  counterMap?: CounterMap;
}

export interface CompileOptions {
  /** The script path as the user typed it (sys.argv[0], tracebacks). */
  displayPath?: string;
  /** Count branches, loops, calls and boxed operand types for `pyaot --profile`. */
  instrument?: boolean;
}

/** Compiles the program rooted at `mainPath`. Throws CompileError for unsupported or invalid code. */
export function compileProgram(mainPath: string, opts: CompileOptions = {}): CompileOutput {
  const graph = loadProgram(mainPath, opts.displayPath ?? mainPath);
  const instrument = opts.instrument ? new Instrumentation() : undefined;
  const zig = generateProgram(graph, { instrument });
  const linkLibc = [...graph.natives].some((m) => LIBC_MODULES.has(m));
  return { zig, graph, linkLibc, counterMap: instrument?.counterMap() };
}
