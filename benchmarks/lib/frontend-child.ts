// Times pyaot's TypeScript front end (compileProgram: source to Zig text) in a fresh process, so
// the first call pays what a cold `pyaot build` pays (JIT warm-up included, module loading not).
//
//   node dist/benchmarks/lib/frontend-child.js <compiler/index.js> <program.py> <calls>
//
// Prints a JSON array of the calls' times in milliseconds; the first is the cold one.
import { pathToFileURL } from 'node:url';

type CompileProgram = (mainPath: string, opts?: { displayPath?: string }) => { zig: string };

const [indexJs, program, callsText] = process.argv.slice(2);
const calls = Number(callsText);
if (indexJs === undefined || program === undefined || !Number.isInteger(calls) || calls < 1) {
  process.stderr.write('usage: frontend-child.js <compiler/index.js> <program.py> <calls>\n');
  process.exit(2);
}
const { compileProgram } = (await import(pathToFileURL(indexJs).href)) as { compileProgram: CompileProgram };
const times: number[] = [];
let bytes = 0;
for (let i = 0; i < calls; i++) {
  const start = process.hrtime.bigint();
  const out = compileProgram(program, { displayPath: program });
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
  bytes += out.zig.length; // keep the result alive, so the work cannot be skipped
}
if (bytes === 0) throw new Error(`compileProgram produced no Zig for ${program}`);
process.stdout.write(`${JSON.stringify(times)}\n`);
