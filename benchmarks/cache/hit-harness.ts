// Plants a cache entry for `pyaot app.py` without a compiler: getOrBuild with the configuration a
// plain run uses (kind plain, BUILD_FLAGS, this installation's zig-runtime), whose "build" copies
// an existing executable. run.ts then times the real `node bin/pyaot.js app.py` on it: the whole
// hit path of the CLI, with a program whose own run time is ~0. Run it from the copy of pyaot
// being measured (its dist/benchmarks/cache/), since the key includes that copy's build stamp.
//
//   node dist/benchmarks/cache/hit-harness.js <main.py> <executable to "build">
//
// Prints whether it was a hit; run it twice, 2 s apart, so the second run records the stat
// signatures that let later hits skip hashing.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOrBuild } from '../../cache/index.js';
import { BUILD_FLAGS } from '../../cli/launch.cjs';

const [mainPath, executable] = process.argv.slice(2);
if (mainPath === undefined || executable === undefined) {
  process.stderr.write('usage: hit-harness.js <main.py> <executable>\n');
  process.exit(2);
}
const result = await getOrBuild({ mainPath, kind: 'plain', flags: BUILD_FLAGS }, async (tmpDir) => {
  const binaryPath = join(tmpDir, 'a.out');
  copyFileSync(executable, binaryPath);
  return { binaryPath, closure: [mainPath], probedMissing: [] };
});
process.stdout.write(`${result.hit ? 'hit' : 'miss'} ${result.key}\n`);
