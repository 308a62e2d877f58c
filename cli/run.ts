// `pyaot SCRIPT.py [args…]`: take the binary from the cache (or build it) and run it with the
// program's own stdin, stdout, stderr, argv and exit status. sys.argv[0] is the script path as
// typed. The compiler is imported only on a cache miss. A plain hit is usually served before this
// module is even loaded (launch.cts); this is the path that can hash, build and report.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILD_FLAGS, buildFlags, plainKind, runBinary, type RunArgs } from './launch.cjs';

// Shared with the fast path in launch.cts (and with the profiler).
export { BUILD_FLAGS, runBinary };

/**
 * --debug picks how the program is compiled; --profile needs the release build (its counters
 * describe the code users run, and feed the optimizer), so the two do not combine.
 */
export const DEBUG_WITH_PROFILE = '--debug cannot be combined with --profile or --profile-out (profiles are recorded from the release build)';

export async function runScript(r: RunArgs): Promise<number> {
  if (r.debug && (r.profile || r.profileOut !== undefined)) {
    process.stderr.write(`pyaot: error: ${DEBUG_WITH_PROFILE}\n`);
    return 2;
  }
  if (r.profile || r.profileOut !== undefined) return (await import('../profiler/run.js')).runProfiled(r);
  const abs = path.resolve(r.script);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) {
    process.stderr.write(`pyaot: can't open file '${abs}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  let binary: string;
  try {
    binary = await getBinary(abs, r.script, r.force, r.debug);
  } catch (e) {
    // Only failures pay for loading the error renderer.
    const { reportError } = await import('./errors.js');
    return reportError(e);
  }
  return runBinary(binary, r.script, r.programArgs);
}

/** The program's binary, from the cache or built; `debug` selects the development build (--debug). */
export async function getBinary(abs: string, display: string, force: boolean, debug = false): Promise<string> {
  const { getOrBuild } = await import('../cache/index.js');
  const res = await getOrBuild(
    { mainPath: abs, kind: plainKind(debug), flags: buildFlags(debug) },
    async (tmpDir) => {
      const { buildProgram } = await import('./build-program.js');
      return buildProgram({ mainPath: abs, displayPath: display, mode: debug ? 'Debug' : 'ReleaseFast' }, tmpDir);
    },
    { force },
  );
  return res.binary;
}
