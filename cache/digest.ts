// Cache keys. Everything that can change the binary goes into an xxHash64 digest:
//
//   toolchain digest = pyaot version, Zig version, target, build stamp, runtime source digest
//   manifest key     = toolchain digest + main path + kind + flags + profile digest
//   build key        = manifest key + (path, bytes digest) of every module in the import closure
//                      + every path the import resolver probed and found missing
//
// The manifest key is known before parsing; the build key needs the closure, which lookup.ts
// takes from the manifest of the last build (ccache's "direct mode").
//
// Fields are written as `name=<length>:<value>\n`, so no two different field lists hash the
// same byte stream.
import xxhash, { type XXHash, type XXHashAPI } from 'xxhash-wasm';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PYAOT_VERSION } from '../cli/version.js';
import { ZIG_VERSION } from '../compiler/zig/version.js';

export type BuildKind = 'plain' | 'instrumented' | 'optimized';

/** A build request after normalization (absolute main path). */
export interface KeySpec {
  mainPath: string;
  kind: BuildKind;
  flags: readonly string[];
  profileDigest: string | undefined;
}

let api: Promise<XXHashAPI> | undefined;

/** The xxhash-wasm instance; instantiated once per process (about 1 ms). */
export function hasher(): Promise<XXHashAPI> {
  api ??= xxhash();
  return api;
}

export function hex64(value: bigint): string {
  return value.toString(16).padStart(16, '0');
}

function field(h: XXHash<bigint>, name: string, value: string): void {
  h.update(`${name}=${value.length}:${value}\n`);
}

/** Digest of one file's bytes. Throws when the file cannot be read. */
export function fileDigest(x: XXHashAPI, path: string): string {
  return hex64(x.h64Raw(readFileSync(path)));
}

/** Digest of source text as compiled; equals fileDigest of its UTF-8 bytes. */
export function textDigest(x: XXHashAPI, text: string | Uint8Array): string {
  return hex64(typeof text === 'string' ? x.h64(text) : x.h64Raw(text));
}

// Zig's build outputs and editor/VCS droppings are not runtime sources; hashing them would
// make every `zig build test` in zig-runtime/ invalidate the cache.
const SKIPPED_DIRS = new Set(['.zig-cache', 'zig-cache', 'zig-out', 'node_modules']);

/** Every file under dir, as sorted relative paths with forward slashes. */
function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string): void => {
    const entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
      const childAbs = join(abs, e.name);
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory() || (e.isSymbolicLink() && statSync(childAbs).isDirectory())) walk(childAbs, childRel);
      else out.push(childRel);
    }
  };
  walk(dir, '');
  return out;
}

/** What changes whenever a file's bytes do: ctime cannot be set back by anyone. */
function statSignature(path: string): { sig: string; ctimeMs: number } {
  const st = statSync(path, { bigint: true });
  return { sig: `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}`, ctimeMs: Number(st.ctimeNs / 1_000_000n) };
}

interface TreeMemo {
  dir: string;
  digest: string;
  files: [string, string][];
}

// See lookup.ts: a signature closer than this to the file's last change may hide a later change.
const TRUST_SLACK_MS = 2000;

/**
 * Digest of every file under dir (relative path + bytes). Reading and hashing the whole runtime
 * costs several ms per run, so the digest is remembered in `memoFile` together with each file's
 * stat signature (git's index does the same): while no file's size, mtime, ctime or inode
 * changed and no file came or went, the remembered digest stands. It is only remembered once
 * every file is older than the timestamp granularity, so an edit can never hide behind it.
 */
export function treeDigest(x: XXHashAPI, dir: string, memoFile: string): string {
  if (!existsSync(dir)) return `absent:${dir}`;
  const rels = listTree(dir);
  const stats = rels.map((rel) => statSignature(join(dir, rel)));
  const memo = readTreeMemo(memoFile);
  if (
    memo?.dir === dir &&
    memo.files.length === rels.length &&
    memo.files.every(([rel, sig], i) => rel === rels[i] && sig === stats[i].sig)
  ) {
    return memo.digest;
  }
  const startedAt = Date.now();
  const h = x.create64();
  for (const rel of rels) field(h, 'file', `${rel} ${fileDigest(x, join(dir, rel))}`);
  const digest = hex64(h.digest());
  if (stats.every((st) => st.ctimeMs < startedAt - TRUST_SLACK_MS)) {
    writeTreeMemo(memoFile, { dir, digest, files: rels.map((rel, i) => [rel, stats[i].sig]) });
  }
  return digest;
}

function readTreeMemo(path: string): TreeMemo | undefined {
  try {
    const memo = JSON.parse(readFileSync(path, 'utf8')) as TreeMemo;
    return typeof memo.digest === 'string' && Array.isArray(memo.files) ? memo : undefined;
  } catch {
    return undefined;
  }
}

function writeTreeMemo(path: string, memo: TreeMemo): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, JSON.stringify(memo));
    renameSync(tmp, path);
  } catch {
    // a read-only cache: the digest is simply computed again next time
  }
}

/**
 * The zig-runtime/ directory of this installation: ../zig-runtime from cache/*.ts (sources, as
 * vitest runs them) or ../../zig-runtime from dist/cache/*.js (the built CLI).
 */
export function findRuntimeDir(): string {
  const source = fileURLToPath(new URL('../zig-runtime', import.meta.url));
  return existsSync(source) ? source : fileURLToPath(new URL('../../zig-runtime', import.meta.url));
}

/**
 * Size and mtime of this very file. tsc rewrites every output on each build, so in a source
 * checkout rebuilding pyaot changes the stamp and stale binaries from the previous compiler are
 * not reused even though PYAOT_VERSION did not change. Published packages have fixed mtimes, so
 * there the stamp is stable and the version does the work. Costs one stat().
 */
function buildStamp(): string {
  const st = statSync(fileURLToPath(import.meta.url));
  return `${st.size}:${st.mtimeMs}`;
}

/** `memoDir` holds the runtime digest memo (see treeDigest), one file per runtime directory. */
export function toolchainDigest(x: XXHashAPI, runtimeDir: string, memoDir: string): string {
  const h = x.create64();
  field(h, 'pyaot', PYAOT_VERSION);
  field(h, 'zig', ZIG_VERSION);
  field(h, 'target', `${process.platform}-${process.arch}`);
  field(h, 'stamp', buildStamp());
  field(h, 'runtime', treeDigest(x, runtimeDir, join(memoDir, `${hex64(x.h64(runtimeDir))}.json`)));
  return hex64(h.digest());
}

export function manifestKey(x: XXHashAPI, toolchain: string, spec: KeySpec): string {
  const h = x.create64();
  field(h, 'toolchain', toolchain);
  field(h, 'main', spec.mainPath);
  field(h, 'kind', spec.kind);
  field(h, 'flags', JSON.stringify(spec.flags));
  field(h, 'profile', spec.profileDigest ?? '');
  return hex64(h.digest());
}

/** One module of the closure: absolute path and the digest of the bytes compiled. */
export interface ClosureFile {
  path: string;
  digest: string;
}

/** The build key. Order of `files` and `missing` does not matter (both are sorted here). */
export function buildKey(x: XXHashAPI, mkey: string, files: readonly ClosureFile[], missing: readonly string[]): string {
  const h = x.create64();
  field(h, 'manifest', mkey);
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    field(h, 'module', `${f.path}\0${f.digest}`);
  }
  for (const m of [...missing].sort()) field(h, 'missing', m);
  return hex64(h.digest());
}
