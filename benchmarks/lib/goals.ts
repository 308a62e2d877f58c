// What the main benchmark measured per program, and the goals of issues 3 and 4 judged on it.
// A goal is met only with a measured figure on the right side of its bound AND pyaot's output
// equal to NAME.out: a fast wrong answer meets nothing, and an unmeasured figure is not a hit.

/** Medians over the timed runs, in seconds. */
export interface Timing {
  wallS: number;
  /** User + system CPU time, when the timer measured it. */
  cpuS: number | undefined;
  runs: number;
}

export type OutputCheck =
  | { kind: 'match' }
  | { kind: 'mismatch'; detail: string }
  | { kind: 'build failed'; detail: string }
  | { kind: 'run failed'; detail: string };

export interface ProgramResult {
  name: string;
  args: string[];
  /** `pyaot build` from source to binary, the runtime object already built. */
  compile?: { wallS: number; cpuS: number | undefined };
  /** compileProgram (source to Zig text): first call in a fresh process, and warm repeats. */
  frontEnd?: { coldMs: number; warmMs: number };
  check: OutputCheck;
  pyaot?: Timing;
  cpython?: Timing;
  pypy?: Timing;
  /** Anything else that went wrong (a timing or front-end failure), shown with the table. */
  notes: string[];
}

/** Programs where CPython spends its time in C library code (issue 4: at least 2x there). */
export const LIBRARY_BOUND = new Set(['word_freq', 'json_roundtrip', 'dict_ops', 'bigint']);
/** Issue 3: at least 30x CPython on these. */
export const THIRTY_X = new Set(['fib', 'loop_sum']);
/** The programs issue 3 names (issue 4 adds the rest of ../shared/bench). */
export const ISSUE3_PROGRAMS = new Set(['fib', 'loop_sum', 'nbody', 'spectral_norm', 'sieve', 'mandelbrot', 'fannkuch']);
export const COMPILE_LIMIT_S = 5;
export const FRONT_END_LIMIT_MS = 150;

export type GoalKind = 'cpython' | 'pypy' | 'compile' | 'frontend';
export type Status = 'met' | 'missed' | 'not measured';

export interface Verdict {
  kind: GoalKind;
  program: string;
  /** Which issue sets the goal. */
  issue: string;
  /** The bound in words, e.g. ">= 30x CPython". */
  target: string;
  status: Status;
  /** The measured figure, formatted so it never shows a miss as a hit (see formatKeeping). */
  figure: string | undefined;
  /** Why there is no figure, or why a measured figure does not count. */
  why: string | undefined;
}

/**
 * `value` with `digits` decimals, or more if rounding would move it across the bound: e.g. a
 * speedup of 29.996x against ">= 30x" prints as 29.996, not 30.00. `meets` is the goal's test.
 */
export function formatKeeping(value: number, digits: number, meets: (x: number) => boolean): string {
  let d = digits;
  while (d < 12 && meets(Number(value.toFixed(d))) !== meets(value)) d++;
  return value.toFixed(d);
}

/** The speedup goal against CPython for a program: its factor and the issue that sets it. */
export function cpythonGoal(program: string): { factor: number; issue: string } {
  if (THIRTY_X.has(program)) return { factor: 30, issue: '3' };
  if (LIBRARY_BOUND.has(program)) return { factor: 2, issue: '4' };
  return { factor: 5, issue: '4' };
}

function outputProblem(r: ProgramResult): string | undefined {
  switch (r.check.kind) {
    case 'match':
      return undefined;
    case 'mismatch':
      return 'output differs from NAME.out';
    case 'build failed':
      return 'does not build';
    case 'run failed':
      return 'the binary failed';
  }
}

function judgeFigure(
  base: Omit<Verdict, 'status' | 'figure' | 'why'>,
  value: number | undefined,
  unmeasured: string,
  digits: number,
  unit: string,
  meets: (x: number) => boolean,
  problem: string | undefined,
): Verdict {
  if (value === undefined || !Number.isFinite(value)) return { ...base, status: 'not measured', figure: undefined, why: problem ?? unmeasured };
  const figure = `${formatKeeping(value, digits, meets)}${unit}`;
  if (problem !== undefined) return { ...base, status: 'missed', figure, why: problem };
  return { ...base, status: meets(value) ? 'met' : 'missed', figure, why: undefined };
}

/** Every goal of issues 3 and 4 for one program, judged on its wall-time medians. */
export function judge(r: ProgramResult): Verdict[] {
  const problem = outputProblem(r);
  const speed = (other: Timing | undefined): number | undefined => (other && r.pyaot ? other.wallS / r.pyaot.wallS : undefined);
  const { factor, issue } = cpythonGoal(r.name);
  const pypyIssue = ISSUE3_PROGRAMS.has(r.name) ? '3, 4' : '4';
  return [
    judgeFigure({ kind: 'cpython', program: r.name, issue, target: `>= ${factor}x CPython` }, speed(r.cpython), 'not timed', 2, 'x', (x) => x >= factor, problem),
    judgeFigure({ kind: 'pypy', program: r.name, issue: pypyIssue, target: 'faster than PyPy (> 1x)' }, speed(r.pypy), r.pypy ? 'not timed' : 'PyPy not timed', 2, 'x', (x) => x > 1, problem),
    judgeFigure(
      { kind: 'compile', program: r.name, issue: '3', target: `cold compile < ${COMPILE_LIMIT_S} s` },
      r.compile?.wallS,
      'not measured',
      2,
      ' s',
      (x) => x < COMPILE_LIMIT_S,
      problem,
    ),
    judgeFigure(
      { kind: 'frontend', program: r.name, issue: '3', target: `front end < ${FRONT_END_LIMIT_MS} ms` },
      r.frontEnd?.coldMs,
      'not measured',
      0,
      ' ms',
      (x) => x < FRONT_END_LIMIT_MS,
      problem,
    ),
  ];
}

/** One line per goal: how many programs meet it, and the figure of each that does not. */
export function summarizeGoal(kind: GoalKind, verdicts: Verdict[]): string {
  const mine = verdicts.filter((v) => v.kind === kind);
  const met = mine.filter((v) => v.status === 'met');
  const others = mine.filter((v) => v.status !== 'met');
  const title: Record<GoalKind, string> = {
    cpython: 'Speed vs CPython (issue 3: >= 30x on fib and loop_sum; issue 4: >= 5x where CPython runs its interpreter, >= 2x on word_freq, json_roundtrip, dict_ops, bigint)',
    pypy: 'Faster than PyPy on each program (issues 3 and 4)',
    compile: `Cold compile under ${COMPILE_LIMIT_S} s (issue 3)`,
    frontend: `TypeScript front end under ${FRONT_END_LIMIT_MS} ms (issue 3; first call in a fresh process)`,
  };
  const verdict = mine.length > 0 && others.length === 0 ? 'met' : '**MISSED**';
  const list = (vs: Verdict[]): string => vs.map((v) => `${v.program} ${v.figure ?? '—'}${v.why ? ` (${v.why})` : ''}${kind === 'cpython' ? ` [${v.target}]` : ''}`).join(', ');
  const parts = [`- ${title[kind]}: ${verdict} — ${met.length} of ${mine.length} programs.`];
  if (others.length > 0) parts.push(`  Not met: ${list(others)}.`);
  if (met.length > 0) parts.push(`  Met: ${list(met)}.`);
  return parts.join('\n');
}
