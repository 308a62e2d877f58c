// A cache miss: compile the program (Python -> Zig), find or provision Zig, and build the
// executable into the cache's temporary directory. Loaded only when something must be built.
import * as path from 'node:path';
import { compileProgram } from '../compiler/index.js';
import { ensureZig } from '../compiler/zig/toolchain.js';
import { buildExecutable, type BuildMode } from '../compiler/zig/build.js';
import type { BuildOutput } from '../cache/index.js';
import { Progress } from './progress.js';

export interface ProgramBuild {
  /** Absolute path of the main script. */
  mainPath: string;
  /** The path as the user typed it (tracebacks, sys.argv[0]). */
  displayPath: string;
  mode: BuildMode;
  /** Profile counters (pyaot --profile). */
  instrument?: boolean;
}

export async function buildProgram(req: ProgramBuild, tmpDir: string): Promise<BuildOutput> {
  const progress = new Progress();
  try {
    progress.start(`Compiling ${req.displayPath}`);
    const out = compileProgram(req.mainPath, { displayPath: req.displayPath, instrument: req.instrument });
    const tc = await ensureZig((msg) => progress.update(msg));
    progress.update(`Building ${req.displayPath} with Zig ${tc.version}`);
    const binaryPath = path.join(tmpDir, 'program');
    await buildExecutable(tc, { zigSource: out.zig, outFile: binaryPath, workDir: path.join(tmpDir, 'zig'), mode: req.mode, linkLibc: out.linkLibc }, (msg) => progress.update(msg));
    const sources = new Map<string, string>();
    for (const m of out.graph.modules) sources.set(m.file, m.source);
    progress.stop();
    return { binaryPath, closure: out.graph.closure, probedMissing: out.graph.probedMissing, sources };
  } catch (e) {
    progress.stop();
    throw e;
  }
}
