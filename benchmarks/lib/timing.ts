// Timing commands on a shared, noisy machine: hyperfine (`-N`, no shell) when it is installed,
// else a built-in timer. Both report wall time per run and the children's CPU time (user +
// system), which other people's load disturbs far less than wall time.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tryRun } from './machine.js';

export interface Command {
  label: string;
  command: string[];
}

export interface Stat {
  label: string;
  command: string[];
  meanMs: number;
  medianMs: number;
  minMs: number;
  stddevMs: number;
  /** Mean user + system CPU time, when it was measured: steadier than wall time under load. */
  cpuMs: number | undefined;
}

/** One batch's results, per command: every timed run's wall time, and the mean CPU time of a run. */
export interface Batch {
  timesMs: number[][];
  cpuMs: (number | undefined)[];
}

let hyperfineProbe: { version: string | undefined } | undefined;

/** hyperfine's version line, or undefined when it is not installed (the built-in timer is used). */
export function hyperfineVersion(): string | undefined {
  hyperfineProbe ??= { version: tryRun('hyperfine', ['--version']) };
  return hyperfineProbe.version;
}

/** Quotes for hyperfine's shell-words parsing of a command line (it runs with -N, no shell). */
export function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The median (the mean of the middle two for an even count). */
export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function summarize(label: string, command: string[], timesMs: number[], cpuMs?: number): Stat {
  const sorted = [...timesMs].sort((a, b) => a - b);
  const mean = sorted.reduce((s, t) => s + t, 0) / sorted.length;
  const variance = sorted.reduce((s, t) => s + (t - mean) ** 2, 0) / Math.max(1, sorted.length - 1);
  return { label, command, meanMs: mean, medianMs: sorted[sorted.length >> 1], minMs: sorted[0], stddevMs: Math.sqrt(variance), cpuMs };
}

let clockTicks: number | undefined;

/**
 * CPU time (user + system, ms) of this process's children that have been waited for, from
 * /proc/self/stat (Node has no API for a child's rusage). It includes their own waited-for
 * children, e.g. the Zig a `pyaot build` runs. Undefined where /proc is missing.
 */
export function childrenCpuMs(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may contain spaces, hence the last ')'): the 3rd field
  // of the line is index 0 here, so cutime (16th) and cstime (17th) are 13 and 14.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  clockTicks ??= Number(tryRun('getconf', ['CLK_TCK'])) || 100;
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / clockTicks;
}

/** Runs a command once, failing loudly on a non-zero exit (hyperfine does the same). */
function runOnce(c: Command, env: NodeJS.ProcessEnv): { wallMs: number; cpuMs: number | undefined } {
  const cpu0 = childrenCpuMs();
  const start = process.hrtime.bigint();
  const r = spawnSync(c.command[0], c.command.slice(1), { env, stdio: 'ignore' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu1 = childrenCpuMs();
  if (r.status !== 0) throw new Error(`${c.label}: \`${c.command.join(' ')}\` failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`})`);
  return { wallMs, cpuMs: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0 };
}

/**
 * Times every command `runs` times after `warmup` untimed runs, in one session: one hyperfine
 * call if hyperfine is installed, else round-robin (each run goes through all commands, so a
 * burst of load spreads over them).
 */
export function timeBatch(commands: Command[], env: NodeJS.ProcessEnv, opts: { runs: number; warmup: number }): Batch {
  if (hyperfineVersion() !== undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'pyaot-bench-'));
    const json = join(dir, 'out.json');
    try {
      const r = spawnSync(
        'hyperfine',
        ['-N', '--warmup', String(opts.warmup), '--runs', String(opts.runs), '--style', 'none', '--export-json', json, ...commands.map((c) => c.command.map(quote).join(' '))],
        { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
      );
      if (r.status !== 0) {
        const why = (r.stderr ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
        throw new Error(`hyperfine failed: ${why.find((l) => /error/i.test(l)) ?? why.at(-1) ?? r.error?.message ?? `exit ${r.status}`}`);
      }
      const results = (JSON.parse(readFileSync(json, 'utf8')) as { results: { times: number[]; user: number; system: number }[] }).results;
      return { timesMs: results.map((x) => x.times.map((t) => t * 1000)), cpuMs: results.map((x) => (x.user + x.system) * 1000) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const timesMs = commands.map(() => [] as number[]);
  const cpuSums: (number | undefined)[] = commands.map(() => 0);
  for (let run = -opts.warmup; run < opts.runs; run++) {
    commands.forEach((c, i) => {
      const t = runOnce(c, env);
      if (run < 0) return;
      timesMs[i].push(t.wallMs);
      const sum = cpuSums[i];
      cpuSums[i] = sum === undefined || t.cpuMs === undefined ? undefined : sum + t.cpuMs;
    });
  }
  return { timesMs, cpuMs: cpuSums.map((s) => (s === undefined ? undefined : s / opts.runs)) };
}

/**
 * Times every command about `runs` times in one session. A tool runs one command's runs back to
 * back, so on a shared machine a burst of load lands on one command; `rounds` batches spread
 * every command over the whole session. Without hyperfine, the built-in timer interleaves every
 * run (after three warm-up rounds).
 */
export function measure(commands: Command[], env: NodeJS.ProcessEnv, runs: number, rounds: number): Stat[] {
  if (hyperfineVersion() === undefined) {
    const b = timeBatch(commands, env, { runs, warmup: 3 });
    return commands.map((c, i) => summarize(c.label, c.command, b.timesMs[i], b.cpuMs[i]));
  }
  const times = commands.map(() => [] as number[]);
  const cpu: (number | undefined)[] = commands.map(() => 0);
  const perRound = Math.max(2, Math.ceil(runs / rounds));
  for (let round = 0; round < rounds; round++) {
    const b = timeBatch(commands, env, { runs: perRound, warmup: 1 });
    commands.forEach((_, i) => {
      times[i].push(...b.timesMs[i]);
      const c = cpu[i];
      const add = b.cpuMs[i];
      cpu[i] = c === undefined || add === undefined ? undefined : c + add / rounds;
    });
  }
  return commands.map((c, i) => summarize(c.label, c.command, times[i], cpu[i]));
}
