// A stand-in for `pyaot app.py` that needs no compiler: getOrBuild, then run the binary with the
// caller's stdio and exit with its code — the work cli/run.ts does on a hit. Its "build" copies
// an existing executable. Used by run.ts to measure the cache's share of a cached run, and to
// keep measuring it when the real CLI cannot run yet.
//
//   node dist/benchmarks/cache/hit-harness.js [--runtime DIR] <main.py> <executable to "build"> [args…]
//
// --runtime hashes DIR instead of this checkout's zig-runtime/ (which may be mid-edit).
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOrBuild } from '../../cache/index.js';

const argv = process.argv.slice(2);
const runtimeDir = argv[0] === '--runtime' ? argv[1] : undefined;
const [mainPath, executable, ...args] = runtimeDir === undefined ? argv : argv.slice(2);
if (mainPath === undefined || executable === undefined) {
  process.stderr.write('usage: hit-harness.js [--runtime DIR] <main.py> <executable> [args...]\n');
  process.exit(2);
}
const result = await getOrBuild({ mainPath, kind: 'plain', flags: ['bench-harness'] }, async (tmpDir) => {
  const binaryPath = join(tmpDir, 'a.out');
  copyFileSync(executable, binaryPath);
  return { binaryPath, closure: [mainPath], probedMissing: [] };
}, { runtimeDir });
const child = spawn(result.binary, args, { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 128 : 1);
});
