// The main benchmark: every program of ../shared/bench built by pyaot, its output checked against
// NAME.out, and its run time set beside CPython's and PyPy's, measured in the same session.
// Writes benchmarks/RESULTS.md (the table, the machine, and the goals of issues 3 and 4).
//
//   npm run bench [-- --only fib,nbody] [-- --runs N] [-- --no-pypy]
//
// pyaot runs from a snapshot of the built package (benchmarks/lib/package.ts) with a private
// PYAOT_HOME; the prebuilt runtime object is kept in the user's Zig cache, so a second run of the
// benchmark does not rebuild it. Timed per program, interleaved in rounds: the built binary
// (cached build, run only), CPython through its real executable (sys.executable: a version
// manager's shim on PATH adds half a second to every start), and Debian's pypy3 when installed.
// The runner installs nothing: what is missing is skipped and said so in RESULTS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProgramResult, Timing } from './lib/goals.js';
import { describeMachine, gitRevision, loadAverage, machine, pythonExecutable, tryRun } from './lib/machine.js';
import { parseOptions, selectPrograms, USAGE, UsageError } from './lib/options.js';
import { benchEnv, provisionedZig, snapshotPackage, userZigCache } from './lib/package.js';
import { renderResults, type RunInfo } from './lib/report.js';
import { childrenCpuMs, hyperfineVersion, median, timeBatch, type Command } from './lib/timing.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const benchDir = join(repo, '..', 'shared', 'bench');
const COLD_COMPILES = 3; // fresh caches each: the median is reported
const FRONT_END_PROCESSES = 3;
const FRONT_END_CALLS = 5;

const log = (msg: string): void => void process.stderr.write(`bench: ${msg}\n`);

/** Runs a command to completion, timing its wall and CPU time (this process's waited-for children). */
function timedRun(cmd: string[], env: NodeJS.ProcessEnv, cwd?: string): { wallS: number; cpuS: number | undefined; status: number | null; stdout: string; stderr: string } {
  const cpu0 = childrenCpuMs();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { env, cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu1 = childrenCpuMs();
  return { wallS, cpuS: cpu0 === undefined || cpu1 === undefined ? undefined : (cpu1 - cpu0) / 1000, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const lastLine = (text: string): string => text.trim().split('\n').at(-1) ?? '';

/** A Zig cache with the shared runtime object and Zig's own libraries, but an empty local cache. */
function coldZigCache(dir: string, shared: string): string {
  mkdirSync(join(shared, 'runtime'), { recursive: true });
  mkdirSync(join(shared, 'global'), { recursive: true });
  mkdirSync(dir, { recursive: true });
  symlinkSync(join(shared, 'runtime'), join(dir, 'runtime'));
  symlinkSync(join(shared, 'global'), join(dir, 'global'));
  return dir;
}

function frontEnd(snapshotDist: string, program: string): { coldMs: number; warmMs: number } {
  const child = join(repo, 'dist', 'benchmarks', 'lib', 'frontend-child.js');
  const firsts: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < FRONT_END_PROCESSES; i++) {
    const r = spawnSync(process.execPath, ['--stack-size=4000', child, join(snapshotDist, 'compiler', 'index.js'), program, String(FRONT_END_CALLS)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`front end failed: ${lastLine(r.stderr)}`);
    const times = JSON.parse(r.stdout) as number[];
    firsts.push(times[0]);
    warm.push(...times.slice(1));
  }
  return { coldMs: median(firsts), warmMs: median(warm) };
}

async function main(): Promise<number> {
  let opts;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`bench: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!existsSync(benchDir)) {
    log(`${benchDir} not found: the benchmark programs live in ../shared/bench next to the repository`);
    return 1;
  }
  const available = readdirSync(benchDir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3));
  const names = selectPrograms(available, opts.only);
  const notices: string[] = [];
  if (opts.only) notices.push(`only ${names.join(', ')} (--only)`);
  const python = pythonExecutable();
  if (python === undefined) notices.push('CPython (python3) not found: not timed');
  const pypyVersion = opts.pypy ? tryRun('pypy3', ['--version'], { stderr: true }) : undefined;
  if (!opts.pypy) notices.push('PyPy not timed (--no-pypy)');
  else if (pypyVersion === undefined) notices.push('PyPy not timed: pypy3 is not installed (`apt-get install pypy3`)');

  const started = new Date();
  const loadBefore = loadAverage();
  let loadPeak = loadBefore[0];
  const work = mkdtempSync(join(tmpdir(), 'pyaot-bench-'));
  try {
    const pyaot = snapshotPackage(repo, work);
    const snapshotDist = join(work, 'pyaot', 'dist');
    const sharedZigCache = userZigCache();
    const env = { ...benchEnv(join(work, 'home')), PYAOT_ZIG_CACHE: sharedZigCache };

    // The runtime object: built once per runtime version, before anything is timed.
    const warm = join(work, 'warm.py');
    writeFileSync(warm, 'print("ready")\n');
    log('preparing the runtime object (built once per runtime version)');
    const prep = timedRun([process.execPath, pyaot, 'build', warm, '-o', join(work, 'warm')], env);
    if (prep.status !== 0) throw new Error(`pyaot cannot build a hello-world program: ${lastLine(prep.stderr)}`);
    const runtime = prep.wallS > 20 ? `built in this run (${prep.wallS.toFixed(0)} s wall, once per runtime version; not part of any figure)` : `reused from the Zig cache (${sharedZigCache})`;

    const results: ProgramResult[] = [];
    const commands = new Map<string, Command[]>();
    for (const name of names) {
      const src = join(benchDir, `${name}.py`);
      const args = existsSync(join(benchDir, `${name}.args`)) ? readFileSync(join(benchDir, `${name}.args`), 'utf8').trim().split(/\s+/).filter(Boolean) : [];
      const expected = existsSync(join(benchDir, `${name}.out`)) ? readFileSync(join(benchDir, `${name}.out`), 'utf8') : undefined;
      const r: ProgramResult = { name, args, check: { kind: 'match' }, notes: [] };
      results.push(r);
      log(`${name}: cold compile`);
      const binary = join(work, 'bin', name);
      const compiles: { wallS: number; cpuS: number | undefined }[] = [];
      for (let i = 0; i < COLD_COMPILES && r.check.kind === 'match'; i++) {
        const coldEnv = { ...env, PYAOT_HOME: join(work, `home-${name}-${i}`), PYAOT_ZIG_CACHE: coldZigCache(join(work, `zig-${name}-${i}`), sharedZigCache) };
        const b = timedRun([process.execPath, pyaot, 'build', src, '-o', binary], coldEnv);
        if (b.status !== 0) r.check = { kind: 'build failed', detail: lastLine(b.stderr) || `exit ${b.status}` };
        else compiles.push({ wallS: b.wallS, cpuS: b.cpuS });
      }
      if (r.check.kind !== 'match') continue;
      r.compile = { wallS: median(compiles.map((c) => c.wallS)), cpuS: compiles.every((c) => c.cpuS !== undefined) ? median(compiles.map((c) => c.cpuS!)) : undefined };
      try {
        r.frontEnd = frontEnd(snapshotDist, src);
      } catch (e) {
        r.notes.push((e as Error).message);
      }
      const run = timedRun([binary, ...args], env, benchDir);
      if (run.status !== 0) {
        r.check = { kind: 'run failed', detail: `exit ${run.status}: ${lastLine(run.stderr)}` };
        continue;
      }
      if (expected !== undefined && run.stdout !== expected) {
        const got = run.stdout.split('\n');
        const line = expected.split('\n').findIndex((l, i) => l !== got[i]);
        r.check = { kind: 'mismatch', detail: `line ${line + 1}: expected ${JSON.stringify(expected.split('\n')[line])}, got ${JSON.stringify(got[line])}` };
        continue;
      }
      const cmds: Command[] = [{ label: 'pyaot', command: [binary, ...args] }];
      if (python) cmds.push({ label: 'cpython', command: [python, src, ...args] });
      if (pypyVersion !== undefined) cmds.push({ label: 'pypy', command: ['pypy3', src, ...args] });
      commands.set(name, cmds);
    }

    // Rounds over all programs, so a burst of load spreads over everything; round 0 warms up.
    const times = new Map<string, number[]>();
    const cpus = new Map<string, number[]>();
    for (let round = 0; round <= opts.runs; round++) {
      log(round === 0 ? 'warm-up round' : `timed round ${round} of ${opts.runs}`);
      for (const [name, cmds] of commands) {
        const b = timeBatch(cmds, env, { runs: 1, warmup: 0 });
        loadPeak = Math.max(loadPeak, loadAverage()[0]);
        if (round === 0) continue;
        cmds.forEach((c, i) => {
          const key = `${name}/${c.label}`;
          times.set(key, [...(times.get(key) ?? []), b.timesMs[i][0]]);
          const cpu = b.cpuMs[i];
          if (cpu !== undefined) cpus.set(key, [...(cpus.get(key) ?? []), cpu]);
        });
      }
    }
    const timing = (key: string): Timing | undefined => {
      const t = times.get(key);
      if (!t || t.length === 0) return undefined;
      const c = cpus.get(key);
      return { wallS: median(t) / 1000, cpuS: c && c.length === t.length ? median(c) / 1000 : undefined, runs: t.length };
    };
    for (const r of results) {
      r.pyaot = timing(`${r.name}/pyaot`);
      r.cpython = timing(`${r.name}/cpython`);
      r.pypy = timing(`${r.name}/pypy`);
    }

    const m = machine();
    const tools = [
      { name: 'Node', version: process.version },
      { name: 'Zig', version: tryRun(provisionedZig() ?? 'zig', ['version']) ?? 'unknown' },
      { name: 'CPython', version: python ? `${tryRun(python, ['--version']) ?? '?'} (${python})` : 'not found' },
      { name: 'PyPy', version: pypyVersion?.split('\n').join(' ') ?? 'not timed' },
    ];
    const hf = hyperfineVersion();
    const info: RunInfo = {
      date: started,
      machine: describeMachine(m),
      cores: m.cores,
      loadBefore,
      loadAfter: loadAverage(),
      loadPeak,
      revision: gitRevision(repo),
      tools,
      timer: hf ? `${hf} (\`-N\`, no shell)` : 'built-in timer (hyperfine not installed)',
      runs: opts.runs,
      runtime,
      notices,
    };
    const out = join(repo, 'benchmarks', 'RESULTS.md');
    writeFileSync(out, renderResults(info, results));
    log(`wrote ${out}`);
    for (const r of results) {
      const ratio = (o: Timing | undefined): string => (o && r.pyaot ? `${(o.wallS / r.pyaot.wallS).toFixed(2)}x` : '—');
      log(`${r.name.padEnd(15)} ${r.check.kind.padEnd(12)} pyaot ${r.pyaot?.wallS.toFixed(3) ?? '—'} s  vs CPython ${ratio(r.cpython)}  vs PyPy ${ratio(r.pypy)}  compile ${r.compile?.wallS.toFixed(2) ?? '—'} s`);
    }
    return results.every((r) => r.check.kind === 'match') ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
