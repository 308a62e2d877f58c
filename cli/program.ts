// The commander program for every form other than `pyaot SCRIPT.py` (see main.ts).
// Each command lives in its own module under commands/ and registers itself here.
import { Command } from 'commander';
import { PYAOT_VERSION } from './version.js';
import { registerCacheCommand } from './commands/cache.js';
import { registerParse } from './commands/parse.js';
import { registerDoctor } from './commands/doctor.js';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerProfile } from './commands/profile.js';

export function buildProgram(): Command {
  const program = new Command('pyaot')
    .description('Compile Python to native code through Zig, and run it')
    .version(PYAOT_VERSION)
    .usage('[options] <script.py> [args...] | <command>')
    .showHelpAfterError()
    // `pyaot [flags] app.py` is parsed by hand (launch.cts), so its flags are listed here.
    .addHelpText(
      'after',
      `
Run flags (before the script; everything after it goes to the program):
  --debug                   development build: Zig -ODebug, compiles ~10x faster, safety checks, slower program
  --force                   rebuild even if the cache has this build
  --profile                 run an instrumented build and merge its counters into the program's profile
  --profile-out <file>      with --profile, merge into <file>`,
    );
  registerCacheCommand(program);
  registerParse(program);
  registerBuild(program);
  registerCheck(program);
  registerDoctor(program);
  registerProfile(program);
  return program;
}
