// Recognises `pyaot [run flags] SCRIPT.py [program args…]` without loading commander.
// Everything after the script belongs to the program, even if it looks like a pyaot flag.

export interface RunArgs {
  script: string;
  programArgs: string[];
  force: boolean;
  profile: boolean;
  profileOut: string | undefined;
}

const SUBCOMMANDS = new Set([
  'run', 'build', 'check', 'parse', 'doctor', 'cache', 'profile', 'optimize', 'help',
]);

/** Returns the run request, or undefined when argv is a subcommand or a bare flag like --help. */
export function splitRunArgs(argv: string[]): RunArgs | undefined {
  const out: RunArgs = { script: '', programArgs: [], force: false, profile: false, profileOut: undefined };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--force') out.force = true;
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
