// What bin/pyaot.js runs first. The common case — `pyaot app.py [args…]` with a cached build —
// is served right here, in CommonJS, from stat() calls and a few small JSON files: no ES module
// is loaded, so Node never starts its ES module loader (about 5 ms), nor commander, the compiler,
// xxhash-wasm or SQLite. Everything else, and every hit the stat-only lookup cannot vouch for
// (an edited module, an unsettled file, damage), goes to the full CLI in main.ts, which decides
// the same way with hashing and reports what it finds.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  cacheLayout,
  configIdentity,
  defaultWarn,
  findRuntimeDir,
  indexState,
  memoizedIdentity,
  memoizedRuntimeDigest,
  recordHit,
  statOnlyLookup,
  toolchainIdentity,
} from '../cache/hit.cjs';

// ---------------------------------------------------------------------------------------------
// `pyaot [run flags] SCRIPT.py [program args…]`, recognised without commander. Everything after
// the script belongs to the program, even if it looks like a pyaot flag.

export interface RunArgs {
  script: string;
  programArgs: string[];
  force: boolean;
  /** --debug: the development build (Zig -ODebug: fast compile, safety checks, slower binary). */
  debug: boolean;
  profile: boolean;
  profileOut: string | undefined;
}

const SUBCOMMANDS = new Set([
  'run', 'build', 'check', 'parse', 'doctor', 'cache', 'profile', 'optimize', 'help',
]);

/** Returns the run request, or undefined when argv is a subcommand or a bare flag like --help. */
export function splitRunArgs(argv: string[]): RunArgs | undefined {
  const out: RunArgs = { script: '', programArgs: [], force: false, debug: false, profile: false, profileOut: undefined };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--force') out.force = true;
    else if (a === '--debug') out.debug = true;
    else if (a === '--profile') out.profile = true;
    else if (a === '--profile-out') {
      out.profileOut = argv[++i];
      if (out.profileOut === undefined) return undefined;
    } else if (a.startsWith('--profile-out=')) out.profileOut = a.slice('--profile-out='.length);
    else break;
  }
  const script = argv[i];
  if (script === undefined || script.startsWith('-') || SUBCOMMANDS.has(script)) return undefined;
  out.script = script;
  out.programArgs = argv.slice(i + 1);
  return out;
}

/** The flags of a plain `pyaot app.py` build: part of its cache key. */
export const BUILD_FLAGS = ['mode=ReleaseFast'];

/**
 * The flags of `pyaot --debug app.py`: the program's own code in Zig's Debug mode (the runtime
 * object stays ReleaseFast). Part of the cache key, so that a debug build is never served for a
 * release request, nor the reverse.
 */
export const DEBUG_BUILD_FLAGS = ['mode=Debug'];

/** The cache-key flags of a plain build in the given mode. */
export function buildFlags(debug: boolean): string[] {
  return debug ? DEBUG_BUILD_FLAGS : BUILD_FLAGS;
}

/** The cache kind of a program run or built without profiling, as `pyaot cache list` shows it. */
export function plainKind(debug: boolean): 'plain' | 'debug' {
  return debug ? 'debug' : 'plain';
}

// ---------------------------------------------------------------------------------------------
// Running the program.

/** Runs the program; resolves to its exit status (128+n when killed by signal n, like a shell). */
export function runBinary(binary: string, argv0: string, args: string[]): Promise<number> {
  // Required here, not at the top: only a run needs child_process (about 3 ms to load).
  const { spawn } = require('node:child_process') as typeof import('node:child_process');
  return new Promise((resolve) => {
    // The handlers go in before the spawn: a signal arriving between the two would otherwise
    // meet the default action, and SIGTERM would kill us and orphan the running program.
    // Signals are delivered as events, so `child` is set by the time a handler runs.
    // Ctrl-C goes to the whole foreground group: let the program handle it, not us.
    const ignore = (): void => {};
    process.on('SIGINT', ignore);
    process.on('SIGTERM', () => child.kill('SIGTERM'));
    const child = spawn(binary, args, { stdio: 'inherit', argv0 });
    child.on('error', (e) => {
      process.stderr.write(`pyaot: could not run the built program: ${e.message}\n`);
      resolve(3);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', ignore);
      if (signal) {
        const { constants } = require('node:os') as typeof import('node:os');
        resolve(128 + ((constants.signals as Record<string, number>)[signal] ?? 0));
      } else resolve(code ?? 0);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The fast path.

/**
 * The cached entry of a plain `pyaot SCRIPT` when stat() alone proves it current; undefined when
 * the full CLI must decide. Records nothing, and never throws (an unreadable cache directory, say,
 * is for the full CLI to report).
 */
function statOnlyHit(script: string, debug: boolean): { key: string; binary: string } | undefined {
  try {
    const mainPath = resolve(script);
    if (statSync(mainPath, { throwIfNoEntry: false })?.isFile() !== true) return undefined; // main.ts reports it
    const layout = cacheLayout();
    const cacheDir = join(__dirname, '..', 'cache');
    const self = memoizedIdentity(layout, join(cacheDir, 'index.js'));
    if (self === undefined) return undefined;
    const runtime = memoizedRuntimeDigest(layout, findRuntimeDir(cacheDir));
    if (runtime === undefined) return undefined;
    const config = configIdentity(toolchainIdentity(self, runtime), {
      mainPath,
      kind: plainKind(debug),
      flags: buildFlags(debug),
      profileDigest: undefined,
    });
    return statOnlyLookup(layout, mainPath, config);
  } catch {
    return undefined;
  }
}

/** Runs pyaot with `argv` (the arguments after `pyaot`); a hit served here exits with the program's status. */
export async function launch(argv: string[]): Promise<void> {
  const run = splitRunArgs(argv);
  const found = run !== undefined && !run.force && !run.profile && run.profileOut === undefined ? statOnlyHit(run.script, run.debug) : undefined;
  if (run === undefined || found === undefined) {
    const { main } = await import('./main.js');
    return main(argv);
  }
  // A hit, bookkept exactly as getOrBuild does it (cache/index.ts).
  const layout = cacheLayout();
  if (recordHit(layout, found.key) || indexState(layout) !== 'ok') {
    const { tendIndex } = await import('../cache/miss.js');
    tendIndex(layout, defaultWarn);
  }
  // Exit at once: nothing is left to do, and a natural exit would first tear the whole
  // environment down (about 1 ms). Our own output is written synchronously (stderr only).
  process.exit(await runBinary(found.binary, run.script, run.programArgs));
}
