// Shared helpers for the parser tests: CPython as the oracle (one python3 process per batch of
// files, see oracle.py) and the locations of the shared corpus and of CPython's standard library.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../..');
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');

export type OracleResult =
  | { path: string; ok: true; dump: string }
  | {
      path: string;
      ok: false;
      type: string;
      msg: string;
      lineno: number | null;
      offset: number | null;
      end_lineno: number | null;
      end_offset: number | null;
    };

/** ast.parse + ast.dump(include_attributes=True) of each file, by CPython, in one process. */
export function runOracle(paths: string[]): Map<string, OracleResult> {
  const out = spawnSync('python3', [join(here, 'oracle.py')], {
    input: paths.join('\n') + '\n',
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (out.status !== 0) throw new Error(`oracle failed: ${out.stderr}`);
  const results = new Map<string, OracleResult>();
  for (const line of out.stdout.split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as OracleResult;
    results.set(r.path, r);
  }
  return results;
}

/** Every .py file under `dir`, sorted, skipping directories named in `skip`. */
export function findPyFiles(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) {
        if (!skip.has(name)) walk(full);
      } else if (name.endsWith('.py')) {
        files.push(full);
      }
    }
  };
  walk(dir);
  return files;
}

/** CPython's standard library directory (sysconfig's 'stdlib' path). */
export function stdlibDir(): string {
  const out = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: 'utf8',
  });
  return out.stdout.trim();
}

/** The standard library's .py files; third-party packages in site-packages are not part of it. */
export function stdlibFiles(): string[] {
  return findPyFiles(stdlibDir(), new Set(['site-packages']));
}

/** The shared corpus and benchmark programs, or null (with a notice) when ../shared is absent. */
export function sharedPrograms(): string[] | null {
  if (!existsSync(SHARED_DIR)) {
    const msg = `parser tests: ${SHARED_DIR} not found; skipping the shared corpus`;
    if (process.env.CI === 'true') throw new Error(msg);
    console.warn(msg);
    return null;
  }
  const files: string[] = [];
  for (const sub of ['corpus', 'bench']) {
    const d = join(SHARED_DIR, sub);
    if (existsSync(d)) files.push(...findPyFiles(d));
  }
  return files;
}

export interface Comparison {
  total: number;
  identical: number;
  rejectedByBoth: number;
  /** One line per file where pyaot and CPython disagree. */
  mismatches: string[];
}

/**
 * Parses each file with pyaot and compares with CPython: identical ast.dump when CPython accepts
 * the file, a rejection when CPython rejects it.
 */
export async function compareWithCPython(paths: string[]): Promise<Comparison> {
  const { readFileSync } = await import('node:fs');
  const { parseModule } = await import('../../compiler/parser/index.js');
  const { dumpAst } = await import('../../compiler/parser/dump.js');
  const oracle = runOracle(paths);
  const result: Comparison = { total: paths.length, identical: 0, rejectedByBoth: 0, mismatches: [] };
  for (const path of paths) {
    const expected = oracle.get(path);
    if (expected === undefined) {
      result.mismatches.push(`${path}: no answer from CPython`);
      continue;
    }
    const ours = parseModule(readFileSync(path), path);
    if (expected.ok && ours.ok) {
      if (dumpAst(ours.module) === expected.dump) result.identical++;
      else result.mismatches.push(`${path}: ast.dump differs`);
    } else if (!expected.ok && !ours.ok) {
      result.rejectedByBoth++;
    } else if (expected.ok && !ours.ok) {
      result.mismatches.push(`${path}: pyaot rejects it: ${ours.error.msg} (line ${ours.error.lineno})`);
    } else if (!expected.ok) {
      result.mismatches.push(`${path}: CPython rejects it (${expected.msg}, line ${expected.lineno}), pyaot accepts it`);
    }
  }
  return result;
}
