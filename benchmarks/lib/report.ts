// benchmarks/RESULTS.md: the machine and tools, the timing table, failures, and the goals of
// issues 3 and 4 judged on the figures. Pure functions of the measurements (unit-tested).
import { judge, summarizeGoal, type GoalKind, type ProgramResult, type Timing, type Verdict } from './goals.js';

export interface RunInfo {
  date: Date;
  /** CPU model, cores, RAM, OS. */
  machine: string;
  cores: number;
  loadBefore: number[];
  loadAfter: number[];
  /** The highest 1-minute load average sampled during the run. */
  loadPeak: number;
  /** The checkout measured (commit, uncommitted changes). */
  revision: string;
  tools: { name: string; version: string }[];
  /** e.g. "hyperfine 1.15.0 (-N, ...)" or the built-in timer. */
  timer: string;
  runs: number;
  /** What happened to the prebuilt runtime object (reused, or built in this run and how long it took). */
  runtime: string;
  /** Things skipped (PyPy missing, --only), each a sentence. */
  notices: string[];
}

const GOAL_KINDS: GoalKind[] = ['cpython', 'pypy', 'compile', 'frontend'];

/** Text safe inside a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
}

const seconds = (t: Timing | undefined): string => (t ? t.wallS.toFixed(3) : '—');
const cpuSeconds = (t: Timing | undefined): string => (t?.cpuS !== undefined ? t.cpuS.toFixed(3) : '—');

function checkCell(r: ProgramResult): string {
  switch (r.check.kind) {
    case 'match':
      return 'ok';
    case 'mismatch':
      return '**WRONG OUTPUT**';
    case 'build failed':
      return '**BUILD FAILED**';
    case 'run failed':
      return '**RUN FAILED**';
  }
}

function figure(verdicts: Verdict[], kind: GoalKind): string {
  const v = verdicts.find((x) => x.kind === kind);
  if (v?.figure === undefined) return '—';
  return v.status === 'met' ? v.figure : `**${v.figure}**`;
}

/** The main table: wall-time medians, speedups, compile figures and the output check. */
export function mainTable(results: ProgramResult[]): string {
  const rows = results.map((r) => {
    const v = judge(r);
    const fe = r.frontEnd ? `${figure(v, 'frontend')} (warm ${r.frontEnd.warmMs.toFixed(0)})` : '—';
    return `| ${r.name} | \`${cell(r.args.join(' '))}\` | ${seconds(r.pyaot)} | ${seconds(r.cpython)} | ${seconds(r.pypy)} | ${figure(v, 'cpython')} | ${figure(v, 'pypy')} | ${figure(v, 'compile')} | ${fe} | ${checkCell(r)} |`;
  });
  return [
    '| program | args | pyaot s | CPython s | PyPy s | vs CPython | vs PyPy | cold compile s | front end ms | output |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}

const ratio = (a: number | undefined, b: number | undefined): string => (a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}x` : '—');

/** The same runs by CPU time (user + system): what other people's load disturbs least. */
export function cpuTable(results: ProgramResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${cpuSeconds(r.pyaot)} | ${cpuSeconds(r.cpython)} | ${cpuSeconds(r.pypy)} | ${ratio(r.cpython?.cpuS, r.pyaot?.cpuS)} | ${ratio(r.pypy?.cpuS, r.pyaot?.cpuS)} | ${r.compile?.cpuS !== undefined ? r.compile.cpuS.toFixed(2) : '—'} |`,
  );
  return [
    '| program | pyaot CPU s | CPython CPU s | PyPy CPU s | vs CPython (CPU) | vs PyPy (CPU) | cold compile CPU s |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

function verdictCell(v: Verdict): string {
  if (v.status === 'met') return `met: ${v.figure}`;
  const head = v.status === 'missed' ? '**MISSED**' : '**NOT MEASURED**';
  return cell([`${head}${v.figure ? `: ${v.figure}` : ''}`, v.why ? `(${v.why})` : ''].filter(Boolean).join(' '));
}

/** Every goal per program, each cell the verdict with its figure. */
export function goalTable(results: ProgramResult[]): string {
  const rows = results.map((r) => {
    const v = judge(r);
    const byKind = (k: GoalKind): Verdict => v.find((x) => x.kind === k)!;
    return `| ${r.name} | ${byKind('cpython').target.replace(' CPython', '')} | ${GOAL_KINDS.map((k) => verdictCell(byKind(k))).join(' | ')} |`;
  });
  return [
    '| program | CPython target | vs CPython | vs PyPy (> 1x) | cold compile (< 5 s) | front end (< 150 ms) |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Programs that did not build, printed other output, or could not be timed: never hidden. */
export function failures(results: ProgramResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    if (r.check.kind !== 'match') out.push(`- **${r.name}: ${r.check.kind.toUpperCase()}**: ${r.check.detail}`);
    for (const n of r.notes) out.push(`- ${r.name}: ${n}`);
  }
  return out;
}

export function renderResults(info: RunInfo, results: ProgramResult[]): string {
  const verdicts = results.flatMap(judge);
  const busy = Math.max(info.loadBefore[0], info.loadAfter[0], info.loadPeak) > info.cores * 0.75;
  const fmtLoad = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' ');
  const broken = failures(results);
  const lines = [
    '# Benchmark results: pyaot vs CPython and PyPy',
    '',
    'Written by `npm run bench` (benchmarks/run.ts) from the programs in ../shared/bench, each run with its `NAME.args`.',
    '',
    `- Date: ${info.date.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `- Machine: ${info.machine}`,
    `- Load average (1, 5, 15 min): ${fmtLoad(info.loadBefore)} before, ${fmtLoad(info.loadAfter)} after, ${info.loadPeak.toFixed(2)} at the highest sample during the run`,
    `- Checkout: ${info.revision}`,
    `- Tools: ${info.tools.map((t) => `${t.name} ${t.version}`).join('; ')}`,
    `- Timer: ${info.timer}; ${info.runs} timed run(s) of each command, one per round, the rounds interleaved over all programs so a burst of load spreads over everything`,
    `- Runtime object: ${info.runtime}`,
    ...info.notices.map((n) => `- Note: ${n}`),
  ];
  if (busy) {
    lines.push(
      '',
      `**The machine was busy** (load above ${(info.cores * 0.75).toFixed(1)} on ${info.cores} cores): wall times include waiting for a CPU. The CPU-time table below is the steadier comparison; the goals are still judged on wall time, as the issues state them.`,
    );
  }
  lines.push(
    '',
    '## Run time (median wall seconds)',
    '',
    'Speedups are CPython (or PyPy) time over pyaot time; a bold figure misses its goal. The cold compile is `pyaot build NAME.py -o out` from source to binary with a fresh PYAOT_HOME and a fresh Zig local cache (the runtime object and Zig\'s own compiler_rt/libc already built). The front end is `compileProgram` (source to Zig text): the median first call over fresh processes, and in parentheses the median of warm repeats.',
    '',
    mainTable(results),
    '',
  );
  if (broken.length > 0) lines.push('## FAILURES', '', ...broken, '');
  lines.push('## Run time by CPU (median user + system seconds)', '', cpuTable(results), '', '## Goals of issues 3 and 4', '', ...GOAL_KINDS.map((k) => summarizeGoal(k, verdicts)), '', goalTable(results), '');
  return lines.join('\n');
}
