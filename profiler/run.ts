// `pyaot --profile app.py [args…]`: build (or take from the cache) the instrumented binary, run
// it with the program's own stdio, argv and exit status, and merge the counters it writes at
// exit into the app's profile (or --profile-out FILE).
//
// The binary learns where to write from PYAOT_PROFILE_RAW (a fresh temporary file); it writes
// on every exit but os._exit and SIGKILL, atomically, so a missing file means no counters, never
// half of them. The profile is checked before the program runs: a damaged or foreign file
// stops the run with exit 2 and is left as it is.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RunArgs } from '../cli/run-args.js';
import { runBinary, BUILD_FLAGS } from '../cli/run.js';
import { ProfileError, readProfile } from './format.js';
import { readRaw, runProfile } from './raw.js';
import { checkSameProgram, mergeRunInto, profileFileFor } from './store.js';

export const EXIT_PROFILE = 2;

/** The cache configuration of instrumented builds (a kind of its own, and its own flags). */
export const INSTRUMENTED_FLAGS = [...BUILD_FLAGS, 'instrument'];

export async function runProfiled(r: RunArgs): Promise<number> {
  const abs = path.resolve(r.script);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) {
    process.stderr.write(`pyaot: can't open file '${abs}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const file = r.profileOut ? path.resolve(r.profileOut) : profileFileFor(abs);
  const shown = shortPath(file);
  try {
    const existing = readProfile(file);
    if (existing) checkSameProgram(existing, abs, shown);
  } catch (e) {
    return profileFailure(e);
  }
  let binary: string;
  try {
    binary = await instrumentedBinary(abs, r.script, r.force);
  } catch (e) {
    const { reportError } = await import('../cli/errors.js');
    return reportError(e);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-profile-'));
  const raw = path.join(dir, 'counters.raw');
  try {
    process.env.PYAOT_PROFILE_RAW = raw;
    const status = await runBinary(binary, r.script, r.programArgs);
    delete process.env.PYAOT_PROFILE_RAW;
    if (!fs.existsSync(raw)) {
      process.stderr.write(`warning: ${r.script} ended without writing its profile counters (killed, or os._exit); ${shown} is unchanged\n`);
      return status;
    }
    let run;
    try {
      run = runProfile(readRaw(raw));
    } catch (e) {
      process.stderr.write(`pyaot: internal error: the counters of this run are unreadable (${(e as Error).message}); ${shown} is unchanged\n`);
      return 3;
    }
    try {
      const merged = await mergeRunInto(file, run, shown);
      if (merged.warning) process.stderr.write(`${merged.warning}\n`);
      if (process.stderr.isTTY) {
        const runs = merged.profile.runs;
        process.stderr.write(`pyaot: profile of ${r.script}: ${runs} run${runs === 1 ? '' : 's'} merged in ${shown}\n`);
      }
    } catch (e) {
      return profileFailure(e);
    }
    return status;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The instrumented build of a program, from the cache or built now. */
export async function instrumentedBinary(abs: string, display: string, force: boolean): Promise<string> {
  const { getOrBuild } = await import('../cache/index.js');
  const res = await getOrBuild(
    { mainPath: abs, kind: 'instrumented', flags: INSTRUMENTED_FLAGS },
    async (tmpDir) => {
      const { buildProgram } = await import('../cli/build-program.js');
      return buildProgram({ mainPath: abs, displayPath: display, mode: 'ReleaseFast', instrument: true }, tmpDir);
    },
    { force },
  );
  return res.binary;
}

function profileFailure(e: unknown): number {
  if (e instanceof ProfileError) {
    process.stderr.write(`pyaot: error: ${e.message}\n`);
    return EXIT_PROFILE;
  }
  throw e;
}

/** A path relative to the cwd when inside it, else with ~ for the home directory. */
export function shortPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel;
  const home = os.homedir();
  return p.startsWith(home + path.sep) ? `~${p.slice(home.length)}` : p;
}
