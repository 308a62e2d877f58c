// Everyday patterns (patterns.py beside this file: dataclasses, properties, namedtuples, sorting,
// Counter, comprehensions, user __hash__/__eq__, generators, exceptions, zip/enumerate loops),
// each timed inside one program run under pyaot and under CPython, alternately, in the same
// session. Writes RESULTS.md beside this file with the machine and its load.
//
//   npm run bench:patterns [-- --runs N]
//
// Each pattern's figure is the median of N runs (default 3) of its own in-program timer; both
// interpreters must print the same checksums, or the run stops. The point is the ratio per
// pattern, slow spots included: the numbers are not the benchmark suite's goals.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine, formatLoad, gitRevision, loadAverage, machine, pythonExecutable } from '../lib/machine.js';
import { median } from '../lib/timing.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const here = join(repo, 'benchmarks', 'patterns');
const source = join(here, 'patterns.py');

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive integer');

interface Line { name: string; seconds: number; checksum: string }

/** patterns.py's lines: `name   seconds s  checksum`. */
function parse(stdout: string): Line[] {
  return stdout.trim().split('\n').map((l) => {
    const m = /^(\S+)\s+([\d.]+) s {2}(.*)$/.exec(l);
    if (!m) throw new Error(`unexpected line from patterns.py: ${l}`);
    return { name: m[1], seconds: Number(m[2]), checksum: m[3] };
  });
}

const python = pythonExecutable();
if (!python) throw new Error('python3 is not on PATH: CPython is the comparison');
const work = mkdtempSync(join(tmpdir(), 'pyaot-patterns-'));
try {
  const binary = join(work, 'patterns');
  execFileSync(process.execPath, [join(repo, 'bin', 'pyaot.js'), 'build', source, '-o', binary], { stdio: ['ignore', 'ignore', 'inherit'] });
  const loadBefore = loadAverage();
  const times = new Map<string, { pyaot: number[]; cpython: number[] }>();
  let checksums: Map<string, string> | undefined;
  for (let r = 0; r < runs; r++) {
    for (const [who, cmd, args] of [['pyaot', binary, []], ['cpython', python, [source]]] as const) {
      const lines = parse(execFileSync(cmd, [...args], { encoding: 'utf8' }));
      for (const l of lines) {
        if (checksums && checksums.get(l.name) !== l.checksum) {
          throw new Error(`${l.name}: ${who} printed ${l.checksum}, the first run printed ${checksums.get(l.name)}`);
        }
        const t = times.get(l.name) ?? { pyaot: [], cpython: [] };
        t[who].push(l.seconds);
        times.set(l.name, t);
      }
      checksums ??= new Map(lines.map((l) => [l.name, l.checksum]));
    }
  }
  const rows = [...times].map(([name, t]) => {
    const p = median(t.pyaot);
    const c = median(t.cpython);
    return `| ${name} | ${p.toFixed(3)} | ${c.toFixed(3)} | ${(c / p).toFixed(2)}x${c < p ? ' (slower)' : ''} |`;
  });
  const report = [
    '# Everyday patterns: pyaot vs CPython',
    '',
    'Written by `npm run bench:patterns` (benchmarks/patterns/run.ts) from patterns.py: each pattern timed by the program itself (time.perf_counter), the pyaot binary and CPython alternating, the median of the runs. Both printed the same checksums.',
    '',
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${describeMachine(machine())}`,
    `- Load average (1, 5, 15 min): ${formatLoad(loadBefore)} before, ${formatLoad(loadAverage())} after`,
    `- Checkout: ${gitRevision(repo)}`,
    `- CPython: ${python}; ${runs} run(s) of each`,
    '',
    '| pattern | pyaot s | CPython s | speedup |',
    '|---|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
  writeFileSync(join(here, 'RESULTS.md'), report);
  process.stdout.write(report);
} finally {
  rmSync(work, { recursive: true, force: true });
}
