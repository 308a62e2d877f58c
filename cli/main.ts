// pyaot's entry point. The common case — `pyaot app.py [args…]` with a cached build — must stay
// cheap: it must not load commander's full program, the compiler or the code generator. So the
// script form is recognised here by hand and everything else goes to the commander program.
import { splitRunArgs } from './run-args.js';

export async function main(argv: string[]): Promise<void> {
  const run = splitRunArgs(argv);
  if (run) {
    const { runScript } = await import('./run.js');
    process.exitCode = await runScript(run);
    return;
  }
  const { buildProgram } = await import('./program.js');
  await buildProgram().parseAsync(argv, { from: 'user' });
}
