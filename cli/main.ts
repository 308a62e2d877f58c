// pyaot's full command line, reached from launch.cts (bin/pyaot.js) for everything its fast path
// does not serve. `pyaot app.py` is still recognised by hand here, so that a miss does not load
// commander's full program; everything else goes to the commander program.
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
