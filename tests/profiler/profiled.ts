// Helpers for the end-to-end profiler tests: write a Python program into a temporary
// directory, run it under `pyaot --profile` through the real CLI, and look up counters in what
// `pyaot profile show --json` prints, by function and by the source text of the site.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect } from 'vitest';
import { runPyaot, type RunResult } from '../helpers/pyaot.js';

export interface JsonCounter {
  kind: string;
  ordinal: number;
  role: string;
  line: number;
  col: number;
  label: string;
  counts: Record<string, number>;
}

export interface JsonFunction {
  module: string;
  qualname: string;
  kind: string;
  calls: number;
  checksum: string;
  counters: JsonCounter[];
}

export interface JsonProfile {
  profile: string;
  program: { mainPath: string };
  runs: number;
  functions: JsonFunction[];
}

/** A program written by a test, with its own PYAOT_HOME. */
export class Program {
  readonly dir: string;
  readonly home: string;
  readonly file: string;
  private source = '';

  constructor(readonly name: string, source: string) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-prof-e2e-'));
    this.home = path.join(this.dir, 'home');
    this.file = path.join(this.dir, name);
    this.write(source);
  }

  write(source: string): void {
    this.source = source;
    fs.writeFileSync(this.file, source);
  }

  /** `pyaot [extra] --profile NAME args` run in the program's directory. */
  profile(args: string[] = [], extra: string[] = []): RunResult {
    return this.pyaot([...extra, '--profile', this.name, ...args]);
  }

  pyaot(args: string[]): RunResult {
    return runPyaot(args, { cwd: this.dir, home: this.home });
  }

  /** One clean `--profile` run that must print `stdout` (nothing on stderr, exit 0), then its profile. */
  profileAndShow(stdout: string): JsonProfile {
    const r = this.profile();
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(stdout);
    expect(r.code).toBe(0);
    return this.show();
  }

  /** `pyaot profile show --json` of the program's profile (or of a .pb file). */
  show(target: string = this.name): JsonProfile {
    const r = this.pyaot(['profile', 'show', '--json', target]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as JsonProfile;
  }

  /** The 1-based line holding `text` (which must occur once) and its column. */
  where(text: string): { line: number; col: number } {
    const lines = this.source.split('\n');
    const hits = lines.flatMap((l, i) => (l.includes(text) ? [i] : []));
    if (hits.length !== 1) throw new Error(`'${text}' occurs ${hits.length} times in ${this.name}`);
    return { line: hits[0] + 1, col: lines[hits[0]].indexOf(text) };
  }
}

export function fn(p: JsonProfile, qualname: string): JsonFunction {
  const f = p.functions.filter((x) => x.qualname === qualname && x.module === '__main__');
  if (f.length !== 1) throw new Error(`${f.length} functions named ${qualname} in the profile`);
  return f[0];
}

/**
 * The counts of the one `kind` site of function `qualname` on the line of `text`; when several
 * are on that line (the operands of `and`), the one starting where `text` starts. Type
 * observations are told apart by operand (`role`) and operation (`label`: '%', '==').
 */
export function counts(prog: Program, p: JsonProfile, qualname: string, kind: string, text: string, role?: string, label?: string): Record<string, number> {
  const { line, col } = prog.where(text);
  let found = fn(p, qualname).counters.filter(
    (c) => c.kind === kind && c.line === line && (role === undefined || c.role === role) && (label === undefined || c.label === label),
  );
  if (found.length > 1) found = found.filter((c) => c.col === col);
  if (found.length !== 1) throw new Error(`${found.length} ${kind} sites of ${qualname} at '${text}' (line ${line})`);
  return found[0].counts;
}

/** Only the nonzero counts of a type observation ({ int: 10, float: 5 }). */
export function types(c: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== 0));
}

/** Every counter of a profile as "function/kind/ordinal/role" -> counts, for comparing runs. */
export function allCounts(p: JsonProfile): Map<string, Record<string, number>> {
  const m = new Map<string, Record<string, number>>();
  for (const f of p.functions) for (const c of f.counters) m.set(`${f.module}.${f.qualname}/${c.kind}/${c.ordinal}/${c.role}`, c.counts);
  return m;
}
