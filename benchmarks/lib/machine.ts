// What a benchmark ran on and with: the machine, its load, the tools' versions. Numbers taken on
// a shared machine mean little without the load average next to them.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';

/** A command's trimmed stdout, or undefined when it cannot run or fails. */
export function tryRun(cmd: string, args: string[], opts: { cwd?: string; stderr?: boolean } = {}): string | undefined {
  try {
    return execFileSync(cmd, args, { cwd: opts.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', opts.stderr ? 'pipe' : 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export interface Machine {
  cpuModel: string;
  cores: number;
  ramGiB: number;
  os: string;
}

export function machine(): Machine {
  const cpu = cpus();
  return { cpuModel: cpu[0]?.model.trim() ?? 'unknown CPU', cores: cpu.length, ramGiB: totalmem() / 1024 ** 3, os: `${osType()} ${release()}` };
}

export function describeMachine(m: Machine): string {
  return `${m.cpuModel} x ${m.cores}, ${m.ramGiB.toFixed(1)} GiB, ${m.os}`;
}

/** The 1, 5 and 15 minute load averages. */
export function loadAverage(): number[] {
  return loadavg();
}

export function formatLoad(l: number[]): string {
  return l.map((x) => x.toFixed(2)).join(' ');
}

/** True when the 1-minute load average says runs wait for a CPU (wall times are inflated). */
export function isBusy(load: number[], cores: number): boolean {
  return load[0] > cores * 0.75;
}

/**
 * CPython's real executable. A version-manager shim on PATH (pyenv) adds about half a second to
 * every start, so timings call the executable directly.
 */
export function pythonExecutable(): string | undefined {
  return tryRun('python3', ['-c', 'import sys; print(sys.executable)']);
}

/** The checkout measured: HEAD's short hash, and how many tracked files differ from it. */
export function gitRevision(repo: string): string {
  const head = tryRun('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo });
  if (head === undefined) return 'not a git checkout';
  const changed = (tryRun('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repo }) ?? '').split('\n').filter(Boolean).length;
  return changed === 0 ? `${head} (clean)` : `${head} + uncommitted changes to ${changed} tracked file(s) (the working tree is what was measured)`;
}
