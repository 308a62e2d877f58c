// Shared setup for the cache tests: a sandbox (PYAOT_HOME, a project and a Zig runtime stand-in
// in a temp dir), the cache compiled to JS for child processes, and a way to run one.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const CHILD = fileURLToPath(new URL('./fixtures/child.mjs', import.meta.url));

export interface Sandbox {
  root: string;
  home: string;
  project: string;
  runtime: string;
  /** Writes a file under the project and returns its absolute path. */
  write(rel: string, text: string): string;
  cleanup(): void;
}

/** A fresh PYAOT_HOME (set in process.env, inherited by children), project and runtime dir. */
export function sandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'pyaot-cache-test-'));
  const home = join(root, 'home');
  const project = join(root, 'project');
  const runtime = join(root, 'zig-runtime');
  for (const d of [home, project, join(runtime, 'core')]) mkdirSync(d, { recursive: true });
  writeFileSync(join(runtime, 'core', 'value.zig'), 'pub const Value = u64;\n');
  const previous = process.env.PYAOT_HOME;
  process.env.PYAOT_HOME = home;
  return {
    root,
    home,
    project,
    runtime,
    write(rel, text) {
      const path = join(project, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
    cleanup() {
      if (previous === undefined) delete process.env.PYAOT_HOME;
      else process.env.PYAOT_HOME = previous;
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * Compiles cache/ (and the two version modules it imports) to JS in a temp dir, for child
 * processes: Node 20 cannot run the .ts sources. Returns the path of the compiled index.js.
 */
export function compileCache(): { module: string; cleanup(): void } {
  const out = mkdtempSync(join(tmpdir(), 'pyaot-cache-js-'));
  try {
    compileInto(out);
  } catch (e) {
    rmSync(out, { recursive: true, force: true });
    throw e;
  }
  symlinkSync(join(REPO, 'node_modules'), join(out, 'node_modules')); // bare imports resolve from here
  return { module: join(out, 'cache/index.js'), cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

function compileInto(out: string): void {
  execFileSync(
    join(REPO, 'node_modules/.bin/tsc'),
    ['--outDir', out, '--rootDir', REPO, '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022',
      '--types', 'node', '--skipLibCheck', '--strict', '--ignoreConfig', join(REPO, 'cache/index.ts'), join(REPO, 'cache/miss.ts')],
    { cwd: REPO, stdio: 'pipe' },
  );
}

/** A built copy of pyaot whose full CLI (dist/cli/main.js) is a stub; see compileCli. */
export interface CompiledCli {
  /** bin/pyaot.js of the copy. */
  bin: string;
  /** dist/cache/index.js of the copy, for fixtures/store.mjs. */
  cacheModule: string;
  /** The copy's zig-runtime/ (what its cache keys on by default). */
  runtime: string;
  cleanup(): void;
}

/** What the stub full CLI prints: the launcher's fast path did not serve the run. */
export const FULL_CLI = 'full CLI:';

/**
 * Builds pyaot into a temp dir laid out like the package (bin/, dist/, zig-runtime/), with
 * dist/cli/main.js replaced by a stub that prints FULL_CLI and its arguments: runs through
 * bin/pyaot.js then show whether the CommonJS fast path (cli/launch.cts) served them.
 */
export function compileCli(): CompiledCli {
  const out = mkdtempSync(join(tmpdir(), 'pyaot-cli-js-'));
  const cleanup = () => rmSync(out, { recursive: true, force: true });
  try {
    // The whole project, as `npm run build` does: launch.cts reaches main.ts and everything it imports.
    const tsc = spawnSync(join(REPO, 'node_modules/.bin/tsc'), ['-p', join(REPO, 'tsconfig.json'), '--outDir', join(out, 'dist')], {
      cwd: REPO,
      encoding: 'utf8',
    });
    for (const f of ['cli/launch.cjs', 'cli/main.js', 'cache/index.js', 'cache/miss.js']) {
      if (!existsSync(join(out, 'dist', f))) throw new Error(`tsc did not produce dist/${f}: ${tsc.stdout}${tsc.stderr}`);
    }
    writeFileSync(
      join(out, 'dist/cli/main.js'),
      `export async function main(argv) {
  process.stdout.write(${JSON.stringify(FULL_CLI)} + ' ' + JSON.stringify(argv) + '\\n');
}
`,
    );
    mkdirSync(join(out, 'bin'));
    for (const f of ['pyaot.js', 'package.json']) copyFileSync(join(REPO, 'bin', f), join(out, 'bin', f));
    mkdirSync(join(out, 'zig-runtime', 'core'), { recursive: true });
    writeFileSync(join(out, 'zig-runtime', 'core', 'value.zig'), 'pub const Value = u64;\n');
    symlinkSync(join(REPO, 'node_modules'), join(out, 'node_modules'));
  } catch (e) {
    cleanup();
    throw e;
  }
  return { bin: join(out, 'bin', 'pyaot.js'), cacheModule: join(out, 'dist/cache/index.js'), runtime: join(out, 'zig-runtime'), cleanup };
}

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The program's output lines (without the JSON summary line). */
  output: string[];
  result: { hit: boolean; key: string; binary: string; sqliteLoaded: boolean; hasherLoaded: boolean } | undefined;
}

export interface ChildOptions {
  kind?: string;
  flags?: string[];
  delayMs?: number;
  countFile?: string;
  startedFile?: string;
  notes?: boolean;
  cwd?: string;
}

/** Starts one child (one simulated `pyaot app.py`); `started` resolves when it exits. */
export function startChild(module: string, main: string, runtime: string, options: ChildOptions = {}): { pid: number; done: Promise<ChildRun>; kill(): void } {
  const { cwd, ...builderOptions } = options;
  const child = spawn(process.execPath, [CHILD, module, main, runtime, JSON.stringify(builderOptions)], {
    cwd: cwd ?? REPO,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<ChildRun>((resolve) => {
    child.on('close', (code, signal) => {
      const lines = stdout.trimEnd().split('\n');
      const last = lines.at(-1) ?? '';
      const result = last.startsWith('{') ? (JSON.parse(last) as ChildRun['result']) : undefined;
      resolve({ code, signal, stdout, stderr, output: result ? lines.slice(0, -1) : lines, result });
    });
  });
  return { pid: child.pid ?? -1, done, kill: () => child.kill('SIGKILL') };
}

export function runChild(module: string, main: string, runtime: string, options: ChildOptions = {}): Promise<ChildRun> {
  return startChild(module, main, runtime, options).done;
}

/** Every object directory in the store (keys). */
export function storedKeys(home: string): string[] {
  const objects = join(home, 'cache', 'objects');
  let shards: string[];
  try {
    shards = readdirSync(objects);
  } catch {
    return [];
  }
  return shards.flatMap((s) => readdirSync(join(objects, s))).sort();
}

export function tmpEntries(home: string): string[] {
  try {
    return readdirSync(join(home, 'cache', 'tmp'));
  } catch {
    return [];
  }
}

/** Runs a binary and returns its stdout lines. */
export function runBinary(path: string): string[] {
  return execFileSync(path, { encoding: 'utf8' }).trimEnd().split('\n');
}
