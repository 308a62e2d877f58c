// `pyaot profile show`: a profile as tables for people, or as JSON for tools.
import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import { entries, type Profile, type ProfileCounter, type ProfileFunction } from './model.js';
import { SITE_SLOTS, TYPE_SLOTS, type SiteKind } from './sites.js';

export interface ShowOptions {
  /** Rows per table. */
  limit: number;
  /** Include pyaot's own library modules (pylib/). */
  all: boolean;
  /** Colors and bold (stdout is a terminal). */
  color: boolean;
}

interface Located {
  fn: ProfileFunction;
  c: ProfileCounter;
  where: string;
}

const BRANCH_KINDS: ReadonlySet<SiteKind> = new Set(['if', 'ifexp', 'boolop', 'filter', 'case']);

export function renderText(p: Profile, file: string, opts: ShowOptions): string {
  const st = opts.color ? { b: (s: string) => `\x1b[1m${s}\x1b[0m`, dim: (s: string) => `\x1b[2m${s}\x1b[0m` } : { b: (s: string) => s, dim: (s: string) => s };
  const lib = new Set(p.modules.filter((m) => m.library).map((m) => m.name));
  const fns = p.functions.filter((f) => opts.all || !lib.has(f.module));
  const display = new Map(p.modules.map((m) => [m.name, m.display]));
  const loc = (f: ProfileFunction, line: number) => `${display.get(f.module) ?? f.module}:${line}`;
  const source = sourceLines(p);
  const text = (f: ProfileFunction, line: number) => {
    const t = source.get(f.module)?.[line - 1]?.trim() ?? '';
    return t.length > 48 ? `${t.slice(0, 47)}…` : t;
  };
  const out: string[] = [];
  const mainDisplay = display.get('__main__') ?? p.program.mainPath;
  out.push(`${st.b(`Profile of ${mainDisplay}`)}: ${n(p.runs)} run${p.runs === 1 ? '' : 's'} merged ${st.dim(`(${file})`)}`);
  const hidden = p.functions.length - fns.length;
  if (hidden > 0) out.push(st.dim(`${hidden} functions of pyaot's library modules hidden (--all shows them)`));
  const stale = staleModules(p);
  if (stale.length > 0) out.push(`note: ${stale.join(', ')} changed since the last profiled run; lines below are from that run`);

  const called = fns.filter((f) => f.kind !== 'module' && f.kind !== 'class');
  const total = called.reduce((s, f) => s + entries(f), 0);
  const hot = called.filter((f) => entries(f) > 0).sort((a, b) => entries(b) - entries(a)).slice(0, opts.limit);
  out.push('', st.b('Hottest functions'));
  out.push(...table(['calls', 'share', 'function', 'defined at'], 'rrll', hot.map((f) => [n(entries(f)), pct(entries(f), total), f.qualname, loc(f, f.line)]), 'no function was called'));

  const sites = (pred: (c: ProfileCounter) => boolean): Located[] => {
    const r: Located[] = [];
    for (const fn of fns) for (const c of fn.counters) if (pred(c)) r.push({ fn, c, where: loc(fn, c.line) });
    return r;
  };
  const sum = (c: ProfileCounter) => c.values.reduce((s, v) => s + v, 0);

  const calls = sites((c) => c.kind === 'call' && c.values[0] > 0).sort((a, b) => b.c.values[0] - a.c.values[0]).slice(0, opts.limit);
  out.push('', st.b('Hottest call sites'));
  out.push(...table(['calls', 'call', 'in', 'at'], 'rlll', calls.map((s) => [n(s.c.values[0]), `${s.c.label || '…'}(…)`, s.fn.qualname, `${s.where}:${s.c.col + 1}`]), 'no call was made'));

  const branches = sites((c) => BRANCH_KINDS.has(c.kind) && sum(c) > 0).sort((a, b) => sum(b.c) - sum(a.c)).slice(0, opts.limit);
  out.push('', st.b('Branches') + st.dim('  (taken: test true, case matched, item kept)'));
  out.push(...table(['taken', 'not taken', 'taken%', 'kind', 'at', 'source'], 'rrrlll', branches.map((s) => [n(s.c.values[1]), n(s.c.values[0]), pct(s.c.values[1], sum(s.c)), s.c.kind, s.where, text(s.fn, s.c.line)]), 'no branch was reached'));

  const loops = sites((c) => c.kind === 'loop' && c.values[2] > 0).sort((a, b) => b.c.values[1] - a.c.values[1]).slice(0, opts.limit);
  out.push('', st.b('Loops'));
  out.push(...table(['iterations', 'entries', 'per entry', 'exits', 'at', 'source'], 'rrrrll', loops.map((s) => [n(s.c.values[1]), n(s.c.values[2]), (s.c.values[1] / s.c.values[2]).toFixed(1), n(s.c.values[0]), s.where, text(s.fn, s.c.line)]), 'no loop was entered'));

  const handlers = sites((c) => c.kind === 'handler' && c.values[0] > 0).sort((a, b) => b.c.values[0] - a.c.values[0]).slice(0, opts.limit);
  if (handlers.length > 0) {
    out.push('', st.b('Exception handlers entered'));
    out.push(...table(['entered', 'at', 'source'], 'rll', handlers.map((s) => [n(s.c.values[0]), s.where, text(s.fn, s.c.line)]), ''));
  }

  const types = sites((c) => c.kind === 'type' && sum(c) > 0).sort((a, b) => sum(b.c) - sum(a.c)).slice(0, opts.limit);
  out.push('', st.b('Types seen at dynamic operations'));
  out.push(...table(['values', 'types', 'operand', 'at'], 'rlll', types.map((s) => [n(sum(s.c)), typeMix(s.c), operand(s.fn, s.c), `${s.where}:${s.c.col + 1}`]), 'no dynamically typed operation ran'));

  const never = called.filter((f) => entries(f) === 0).sort((a, b) => a.module.localeCompare(b.module) || a.line - b.line);
  out.push('', st.b(`Never run (${never.length} function${never.length === 1 ? '' : 's'})`));
  out.push(...table(['function', 'defined at'], 'll', never.slice(0, Math.max(opts.limit, 20)).map((f) => [f.qualname, loc(f, f.line)]), 'every function ran'));
  if (never.length > Math.max(opts.limit, 20)) out.push(st.dim(`  … and ${never.length - Math.max(opts.limit, 20)} more`));
  return out.join('\n') + '\n';
}

function operand(f: ProfileFunction, c: ProfileCounter): string {
  if (c.role === 'param') return `parameter ${f.params[c.ordinal] ?? c.ordinal} of ${f.qualname}`;
  if (c.label === 'truth test') return c.label;
  return c.label ? `${c.role} of ${c.label}` : c.role;
}

function typeMix(c: ProfileCounter): string {
  const total = c.values.reduce((s, v) => s + v, 0);
  return c.values
    .map((v, i) => [TYPE_SLOTS[i], v] as const)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([t, v]) => `${t} ${n(v)}${v === total ? '' : ` (${pct(v, total)})`}`)
    .join(', ');
}

function n(v: number): string {
  return v.toLocaleString('en-US');
}

function pct(v: number, total: number): string {
  if (total === 0) return '-';
  const p = (100 * v) / total;
  return `${p >= 10 || p === 0 ? p.toFixed(1) : p.toFixed(2)}%`;
}

/** Left/right-aligned columns under a header; `empty` when there are no rows. */
function table(head: string[], align: string, rows: string[][], empty: string): string[] {
  if (rows.length === 0) return empty ? [`  ${empty}`] : [];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => '  ' + r.map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]) : i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ');
  return [fmt(head).trimEnd(), ...rows.map((r) => fmt(r).trimEnd())];
}

/** Source lines of each module whose file still has the profiled digest (else none shown). */
function sourceLines(p: Profile): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of p.modules) {
    try {
      const text = fs.readFileSync(m.path, 'utf8');
      if (digest(text) === m.digest) out.set(m.name, text.split(/\r\n|\r|\n/));
    } catch {
      // gone or unreadable: locations still show, without the source text
    }
  }
  return out;
}

function staleModules(p: Profile): string[] {
  const r: string[] = [];
  for (const m of p.modules) {
    if (m.library) continue;
    try {
      if (digest(fs.readFileSync(m.path, 'utf8')) !== m.digest) r.push(m.display);
    } catch {
      r.push(`${m.display} (missing)`);
    }
  }
  return r;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The profile as JSON for tools: every function and counter, slots named. */
export function renderJson(p: Profile, file: string, all: boolean): string {
  const mods = new Map(p.modules.map((m) => [m.name, m]));
  const fns = p.functions.filter((f) => all || !mods.get(f.module)?.library);
  const slotNames = (k: SiteKind): readonly string[] => (k === 'type' ? TYPE_SLOTS : SITE_SLOTS[k]);
  return JSON.stringify(
    {
      profile: file,
      program: p.program,
      runs: p.runs,
      modules: p.modules,
      functions: fns.map((f) => ({
        module: f.module,
        file: mods.get(f.module)?.display ?? null,
        qualname: f.qualname,
        kind: f.kind,
        line: f.line,
        endLine: f.endLine,
        checksum: f.checksum,
        params: f.params,
        calls: entries(f),
        counters: f.counters.map((c) => ({
          kind: c.kind,
          ordinal: c.ordinal,
          role: c.role,
          line: c.line,
          col: c.col,
          label: c.label,
          counts: Object.fromEntries(slotNames(c.kind).map((s, i) => [s, c.values[i]])),
        })),
      })),
    },
    null,
    2,
  ) + '\n';
}
