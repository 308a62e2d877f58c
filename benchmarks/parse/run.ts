// Parser throughput: lines per second for pyaot's parser over CPython's whole standard library,
// beside CPython's own ast.parse over the same files, measured in the same run. Both sides parse
// bytes already in memory (no I/O, no dump); each side gets one warm-up pass, then the best of
// several timed passes is reported (plus pyaot's cold first pass, which includes JIT warm-up).
//
//   npm run bench:parse            (builds, then runs this file from dist/)
//   node dist/benchmarks/parse/run.js [passes]

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseModule } from '../../compiler/parser/index.js';
import { describeMachine, formatLoad, loadAverage, machine, pythonExecutable, tryRun } from '../lib/machine.js';

const resultsPath = join(fileURLToPath(new URL('../../../', import.meta.url)), 'benchmarks', 'parse', 'RESULTS.md');

const PASSES = Number(process.argv[2] ?? 3);

function stdlibFiles(): string[] {
  const dir = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: 'utf8',
  }).stdout.trim();
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'site-packages') walk(full);
      } else if (name.endsWith('.py')) {
        files.push(full);
      }
    }
  };
  walk(dir);
  return files;
}

/** Times `passes` passes of CPython's ast.parse over `files` (after one warm-up pass). */
function timeCPython(files: string[], passes: number): { best: number; first: number } {
  const script = `
import ast, sys, time, warnings
warnings.simplefilter("ignore")
paths = sys.stdin.read().split("\\n")
sources = [open(p, "rb").read() for p in paths if p]
def run():
    t = time.perf_counter()
    for s in sources:
        try:
            ast.parse(s)
        except (SyntaxError, ValueError):
            pass
    return time.perf_counter() - t
first = run()
print(first, min(run() for _ in range(${passes})))
`;
  const out = spawnSync('python3', ['-c', script], { input: files.join('\n'), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(`python3 failed: ${out.stderr}`);
  const [first, best] = out.stdout.trim().split(/\s+/).map(Number);
  return { best, first };
}

function timePyaot(files: string[], sources: Uint8Array[], passes: number): { best: number; first: number } {
  const run = (): number => {
    const t = performance.now();
    for (let i = 0; i < sources.length; i++) parseModule(sources[i], files[i]);
    return (performance.now() - t) / 1000;
  };
  const first = run();
  let best = Infinity;
  for (let i = 0; i < passes; i++) best = Math.min(best, run());
  return { best, first };
}

function main(): void {
  const files = stdlibFiles();
  const sources = files.map((f) => readFileSync(f));
  let lines = 0;
  let bytes = 0;
  for (const s of sources) {
    bytes += s.length;
    for (const b of s) if (b === 0x0a) lines++;
  }
  const started = new Date();
  const load0 = loadAverage();
  const ours = timePyaot(files, sources, PASSES);
  const cpython = timeCPython(files, PASSES);
  const rate = (seconds: number): string => `${Math.round(lines / seconds / 1000)}k lines/s`;
  const ratio = cpython.best / ours.best;
  const summary = [
    `CPython stdlib: ${files.length} files, ${lines} lines, ${(bytes / 1e6).toFixed(1)} MB`,
    `pyaot parseModule:  best ${ours.best.toFixed(2)} s (${rate(ours.best)}), first pass ${ours.first.toFixed(2)} s (${rate(ours.first)})`,
    `CPython ast.parse:  best ${cpython.best.toFixed(2)} s (${rate(cpython.best)}), first pass ${cpython.first.toFixed(2)} s (${rate(cpython.first)})`,
    `pyaot / CPython (best passes): ${ratio.toFixed(2)}x`,
  ];
  console.log(summary.join('\n'));
  const verdict = ratio >= 1 ? 'met' : '**missed**';
  writeFileSync(
    resultsPath,
    [
      '# Parser throughput: pyaot vs CPython ast.parse',
      '',
      `Written by \`npm run bench:parse\` (benchmarks/parse/run.ts) on ${started.toISOString().replace('T', ' ').slice(0, 16)} UTC.`,
      '',
      `- Machine: ${describeMachine(machine())}; load average ${formatLoad(load0)} at the start, ${formatLoad(loadAverage())} at the end`,
      `- Node ${process.version}; ${tryRun(pythonExecutable() ?? 'python3', ['--version']) ?? 'python3'}`,
      `- Both parse the same bytes in memory, no I/O and no dump; one warm-up pass each, then the best of ${PASSES} timed passes`,
      '',
      '```',
      ...summary,
      '```',
      '',
      `Goal (issue 2): at least as fast as CPython's ast.parse — ${verdict} (${ratio.toFixed(2)}x).`,
      '',
    ].join('\n'),
  );
  console.log(`wrote ${resultsPath}`);
}

main();
