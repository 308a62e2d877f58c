// What profiling costs: every ../shared/bench program built plain and instrumented (the
// `pyaot --profile` build) from one snapshot of the compiler and runtime, run alternately in the
// same session, with the instrumented runs writing their counters at exit as under --profile.
// Writes RESULTS.md beside this file with the date and machine.
//
//   npm run bench:profile [-- --runs N] [-- --min-time S] [-- --only fib,nbody] [-- --runtime DIR]
//
// Each build of a program runs at least N times (default 7) and, for short programs, until the
// plain build has used S seconds of CPU (default 3, at most 60 runs).
//
// --runtime DIR builds against another copy of zig-runtime/ (one whose object is already built).
//
// Goal (issue 6): median overhead under 5%, no program over 20%.
//
// Each program runs with no arguments (its defaults equal NAME.args) after one warm-up run of
// each build; both builds' stdout must equal NAME.out. The overhead is taken on CPU time (user +
// system, of the child, from python3's os.wait4): on a shared machine wall time also measures
// the neighbours.
// The compiler, runtime and pylib are copied to a temporary snapshot first, so edits others make
// to the tree while this runs cannot give the two builds different runtimes.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GOAL_MEDIAN = 0.05;
const GOAL_MAX = 0.2;

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const here = join(repo, 'benchmarks', 'profile');
const benchDir = join(repo, '..', 'shared', 'bench');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(option('--runs') ?? 7);
if (!Number.isInteger(runs) || runs < 3) throw new Error('--runs takes an integer >= 3');
// Short programs run more pairs: until the plain build has used this much CPU time (at most
// MAX_RUNS pairs), so that a 50 ms program's median is not seven samples of a noisy machine.
const minSeconds = Number(option('--min-time') ?? 3);
if (!(minSeconds >= 0)) throw new Error('--min-time takes a number of seconds >= 0');
const MAX_RUNS = 60;
const only = option('--only')?.split(',');

interface Timing {
  wall: number;
  cpu: number;
}

interface Row {
  name: string;
  plain?: Timing;
  instr?: Timing;
  overhead?: number;
  /** Timed runs of each build. */
  runs?: number;
  note?: string;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Copies what building needs (compiled CLI, runtime, pylib, schema) to a private directory. */
function snapshot(): string {
  const snap = mkdtempSync(join(tmpdir(), 'pyaot-bench-profile-'));
  for (const d of ['dist', 'pylib', 'profiler']) cpSync(join(repo, d), join(snap, d), { recursive: true });
  cpSync(option('--runtime') ?? join(repo, 'zig-runtime'), join(snap, 'zig-runtime'), { recursive: true });
  cpSync(join(repo, 'package.json'), join(snap, 'package.json'));
  symlinkSync(join(repo, 'node_modules'), join(snap, 'node_modules'));
  return snap;
}

// Runs a program and reports its wall and CPU time in microseconds (os.wait4's rusage: Node
// cannot see a child's CPU time, and /usr/bin/time prints only hundredths).
const TIMER = [
  'import os, sys, time',
  't = time.perf_counter()',
  'pid = os.spawnv(os.P_NOWAIT, sys.argv[2], sys.argv[2:])',
  '_, status, ru = os.wait4(pid, 0)',
  'w = time.perf_counter() - t',
  'open(sys.argv[1], "w").write(f"{os.waitstatus_to_exitcode(status)} {w} {ru.ru_utime + ru.ru_stime}")',
].join('\n');

function timed(binary: string, env: NodeJS.ProcessEnv, out: string): { t: Timing; stdout: string } {
  const r = spawnSync('python3', ['-c', TIMER, out, binary], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const [code, wall, cpu] = readFileSync(out, 'utf8').trim().split(' ').map(Number);
  if (r.status !== 0 || code !== 0) throw new Error(`${binary} exited with ${code}: ${r.stderr.slice(-300)}`);
  return { t: { wall, cpu }, stdout: r.stdout };
}

async function main(): Promise<void> {
  if (!existsSync(benchDir)) {
    process.stderr.write(`bench:profile: ${benchDir} not found; nothing to measure\n`);
    process.exitCode = 1;
    return;
  }
  const snap = snapshot();
  const work = mkdtempSync(join(tmpdir(), 'pyaot-bench-profile-work-'));
  const load0 = loadavg();
  const started = new Date();
  const rows: Row[] = [];
  try {
    const imp = (p: string) => import(pathToFileURL(join(snap, 'dist', p)).href);
    const { compileProgram } = await imp('compiler/index.js');
    const { ensureZig } = await imp('compiler/zig/toolchain.js');
    const { buildExecutable } = await imp('compiler/zig/build.js');
    const tc = await ensureZig((m: string) => process.stderr.write(`${m}\n`));
    const names = readdirSync(benchDir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).filter((n) => !only || only.includes(n)).sort();
    for (const name of names) {
      const row: Row = { name };
      rows.push(row);
      const src = join(benchDir, `${name}.py`);
      const expected = existsSync(join(benchDir, `${name}.out`)) ? readFileSync(join(benchDir, `${name}.out`), 'utf8') : undefined;
      const bins: Record<'plain' | 'instr', string> = { plain: join(work, `${name}-plain`), instr: join(work, `${name}-instr`) };
      try {
        for (const kind of ['plain', 'instr'] as const) {
          process.stderr.write(`bench:profile: building ${name} (${kind})\n`);
          const out = compileProgram(src, { displayPath: `${name}.py`, instrument: kind === 'instr' });
          await buildExecutable(tc, { zigSource: out.zig, outFile: bins[kind], workDir: join(work, `${name}-${kind}-zig`), mode: 'ReleaseFast', linkLibc: out.linkLibc });
        }
      } catch (e) {
        row.note = `does not build: ${((e as Error).message || String(e)).split('\n')[0]}`;
        continue;
      }
      const raw = join(work, `${name}.raw`);
      const envs = { plain: { ...process.env }, instr: { ...process.env, PYAOT_PROFILE_RAW: raw } };
      const times: Record<'plain' | 'instr', Timing[]> = { plain: [], instr: [] };
      try {
        let plainCpu = 0;
        for (let i = 0; i <= runs || (plainCpu < minSeconds && i <= MAX_RUNS); i++) {
          // Alternate, so drift in the machine's load hits both builds alike; run 0 warms up.
          for (const kind of (i % 2 ? ['instr', 'plain'] : ['plain', 'instr']) as ('plain' | 'instr')[]) {
            const r = timed(bins[kind], envs[kind], join(work, 'time.txt'));
            if (expected !== undefined && r.stdout !== expected) throw new Error(`${kind} build printed other output than ${name}.out`);
            if (i > 0) times[kind].push(r.t);
            if (i > 0 && kind === 'plain') plainCpu += r.t.cpu;
          }
        }
      } catch (e) {
        row.note = (e as Error).message.split('\n')[0];
        continue;
      }
      if (!existsSync(raw)) row.note = 'the instrumented build wrote no counters';
      const agg = (ts: Timing[]): Timing => ({ wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) });
      row.plain = agg(times.plain);
      row.instr = agg(times.instr);
      row.overhead = row.instr.cpu / row.plain.cpu - 1;
      row.runs = times.plain.length;
      process.stderr.write(`bench:profile: ${name}: ${row.plain.cpu.toFixed(3)} s -> ${row.instr.cpu.toFixed(3)} s CPU (${pct(row.overhead)})\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(snap, { recursive: true, force: true });
  }
  writeFileSync(join(here, 'RESULTS.md'), report(rows, started, load0, loadavg()));
  process.stderr.write(`bench:profile: wrote ${join(here, 'RESULTS.md')}\n`);
}

function pct(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}

function report(rows: Row[], started: Date, load0: number[], load1: number[]): string {
  const measured = rows.filter((r) => r.overhead !== undefined);
  const overheads = measured.map((r) => r.overhead!);
  const med = overheads.length ? median(overheads) : NaN;
  const worst = measured.reduce<Row | undefined>((w, r) => (!w || r.overhead! > w.overhead! ? r : w), undefined);
  const cpu = cpus();
  let zig = '';
  try {
    zig = execFileSync(process.env.PYAOT_ZIG ?? 'zig', ['version'], { encoding: 'utf8' }).trim();
  } catch {
    zig = '(see compiler/zig/version.ts)';
  }
  const lines = [
    '# Profiling overhead: instrumented vs plain builds',
    '',
    `Measured ${started.toISOString().replace('T', ' ').slice(0, 16)} UTC by \`npm run bench:profile\` (benchmarks/profile/run.ts): each build of a program run alternately with the other after one warm-up each, at least ${runs} times and, for short programs, until the plain build had used ${minSeconds} s of CPU (at most ${MAX_RUNS} runs; the count is in the table).`,
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}, Zig ${zig}. Load average ${load0[0].toFixed(1)} at the start, ${load1[0].toFixed(1)} at the end (the machine is shared: compare builds within one run, not across runs).`,
    '',
    'Times are medians in seconds; the overhead is on CPU time (user + system), which other processes disturb far less than wall time. The instrumented runs write their counters at exit (PYAOT_PROFILE_RAW), as under `pyaot --profile`.',
    '',
    '| program | runs | plain CPU s | instrumented CPU s | overhead | plain wall s | instrumented wall s |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) =>
      r.overhead === undefined
        ? `| ${r.name} | – | – | – | not measured: ${r.note} | – | – |`
        : `| ${r.name} | ${r.runs} | ${r.plain!.cpu.toFixed(3)} | ${r.instr!.cpu.toFixed(3)} | ${pct(r.overhead)} | ${r.plain!.wall.toFixed(3)} | ${r.instr!.wall.toFixed(3)} |`,
    ),
    '',
    `**Median overhead: ${Number.isNaN(med) ? 'n/a' : pct(med)}** (goal: under ${GOAL_MEDIAN * 100}%) — ${!Number.isNaN(med) && med < GOAL_MEDIAN ? 'met' : 'not met'}.`,
    '',
    `**Largest: ${worst ? `${worst.name} ${pct(worst.overhead!)}` : 'n/a'}** (goal: none over ${GOAL_MAX * 100}%) — ${worst && worst.overhead! <= GOAL_MAX ? 'met' : 'not met'}.`,
    '',
  ];
  const skipped = rows.filter((r) => r.overhead === undefined);
  if (skipped.length > 0) lines.push(`${skipped.length} program(s) could not be measured (see the table): they are counted in neither figure.`, '');
  return lines.join('\n');
}

mkdirSync(here, { recursive: true });
await main();
