// The build cache: public API (getOrBuild) and the lookup that may hash.
//
// A cached `pyaot app.py` does not even load this module: bin/pyaot.js serves the hit with the
// stat-only functions of hit.cts (CommonJS, no ES module loader) and comes here only when that
// cannot decide. This module adds what needs hashing: keys, the runtime digest when a runtime
// file changed, closures with edited files, binaries whose signature is not yet trusted; it loads
// xxhash-wasm (3 ms) only when some file must really be hashed. The miss path (build, store,
// SQLite index, eviction) is miss.ts and its imports. docs/cache.md describes the design; in short:
//
//   PYAOT_HOME/cache/
//     objects/<k0k1>/<key>/   one finished build: the binary and meta.json (immutable once renamed in)
//     manifests/<b0b1>/<bucket>.json   per main script: configurations and the closures seen
//     runtime/<bucket>.json   the runtime sources' digest with their stat signatures
//     identity/<bucket>.json  pyaot's and Zig's versions for bin/pyaot.js (see pyaotIdentity)
//     tmp/<pid>-<purpose>-*   builds in progress, staging, trash (see tmp.ts)
//     locks/<mkey>.lock       held while one process builds that program configuration
//     journal                 hits recorded here, folded into the index later (db.ts)
//     index.sqlite            the catalog: entries, sizes, hits, last use (db.ts)
//
//   toolchain   = pyaot version, Zig version, target, build stamp, runtime source digest
//   config      = toolchain + main path + kind + flags + profile digest; mkey = xxHash64(config)
//   build key   = xxHash64(mkey, (path, bytes digest) of every module in the import closure,
//                 every path the import resolver probed and found missing)
//
// The closure is only known after parsing, and a hit must not parse, so (as in ccache's direct
// mode) the manifest remembers the closures of earlier builds with their digests; a lookup
// checks those files against what is on disk now and that the probed paths are still missing,
// which gives the build key without parsing anything.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { XXHash, XXHashAPI } from 'xxhash-wasm';
import { PYAOT_VERSION } from '../cli/version.js';
import { ZIG_VERSION } from '../compiler/zig/version.js';
import {
  type ArtifactMeta,
  artifactState,
  type BuildKind,
  buildStamp,
  type CacheLayout,
  cacheLayout,
  type ClosureEntry,
  configIdentity,
  defaultWarn,
  findRuntimeDir as findInstalledRuntime,
  type IdentityMemo,
  identityMemoFile,
  indexState,
  isSettled,
  isTrustworthy,
  type KeySpec,
  type Manifest,
  type ManifestVariant,
  manifestFile,
  memoizedIdentity,
  memoizedRuntimeDigest,
  objectDir,
  type PyaotIdentity,
  readManifest,
  readMeta,
  recordHit,
  runtimeMemoFile,
  signatureOf,
  statSignature,
  type TreeMemo,
  toolchainIdentity,
  variantState,
} from './hit.cjs';

// The stat-only functions are part of this module's API too (miss.ts, db.ts, the tests).
export {
  type ArtifactMeta,
  type BuildKind,
  type CacheLayout,
  cacheLayout,
  type ClosureEntry,
  configIdentity,
  indexState,
  type IndexState,
  isKey,
  type KeySpec,
  type Manifest,
  type ManifestConfig,
  manifestFile,
  type ManifestVariant,
  MAX_CONFIGS,
  MAX_VARIANTS,
  type MetaRead,
  objectDir,
  parseMeta,
  readManifest,
  readMeta,
  recordHit,
  type Signature,
  signatureOf,
} from './hit.cjs';

// ---------------------------------------------------------------------------------------------
// Public API

export interface BuildSpec {
  /** Absolute path of the main script (resolved against the cwd if relative). */
  mainPath: string;
  kind: BuildKind;
  /** Everything that changes codegen (mode, options), in a stable order: part of the key. */
  flags: string[];
  /** Optimized builds: digest of the profile used. */
  profileDigest?: string;
}

export interface BuildOutput {
  /** A freshly built executable; the cache moves it into the store. */
  binaryPath: string;
  /** Absolute paths of every module in the import closure, the main script included. */
  closure: string[];
  /** Paths the import resolver looked at that did not exist (a file created there changes resolution). */
  probedMissing: string[];
  /**
   * The exact text compiled for each closure path. When given, the key is computed from it, so a
   * module edited while the build runs can never be cached under its new contents. Without it the
   * files are read again after the build, and one changed during the build is not cached.
   */
  sources?: ReadonlyMap<string, string | Uint8Array>;
}

export interface CacheOptions {
  /** Rebuild and replace the entry even if a valid one exists. */
  force?: boolean;
  /** One line per problem noticed (damaged entry or index); default: `warning: …` on stderr. */
  warn?: (line: string) => void;
  /** Progress worth telling a waiting user (another process is building the same program). */
  note?: (line: string) => void;
  /** Size cap enforced after a store; default PYAOT_CACHE_MAX_SIZE or 2 GiB. */
  maxSizeBytes?: number;
  /** The Zig runtime sources hashed into the key; default this installation's zig-runtime/. */
  runtimeDir?: string;
}

export interface CacheResult {
  /** The executable to run. */
  binary: string;
  hit: boolean;
  /** The build key ('' when the build could not be cached). */
  key: string;
}

export type Builder = (tmpDir: string) => Promise<BuildOutput>;

/**
 * Returns the cached binary for `spec`, or builds it with `build` (given a fresh temporary
 * directory on the cache's filesystem), stores it and returns the stored copy. Damaged cache
 * contents are reported through `warn` and rebuilt; errors thrown by `build` propagate unchanged.
 */
export async function getOrBuild(spec: BuildSpec, build: Builder, opts: CacheOptions = {}): Promise<CacheResult> {
  const warn = opts.warn ?? defaultWarn;
  const layout = cacheLayout();
  const keySpec: KeySpec = {
    mainPath: resolve(spec.mainPath),
    kind: spec.kind,
    flags: [...spec.flags],
    profileDigest: spec.profileDigest,
  };
  const runtime = await runtimeDigest(opts.runtimeDir ?? findRuntimeDir(), layout);
  const config = configIdentity(toolchainIdentity(pyaotIdentity(layout), runtime), keySpec);

  let lookup: LookupResult | undefined;
  if (!opts.force) {
    try {
      lookup = await lookupBuild(layout, keySpec.mainPath, config);
    } catch {
      lookup = undefined; // an unreadable cache directory: the miss path reports it, once
    }
    if (lookup?.hit) {
      const foldDue = recordHit(layout, lookup.key);
      if (foldDue || indexState(layout) !== 'ok') {
        const { tendIndex } = await import('./miss.js');
        tendIndex(layout, warn);
      }
      return { binary: lookup.binary, hit: true, key: lookup.key };
    }
  }
  const x = await hasher();
  const { buildAndStore } = await import('./miss.js');
  return buildAndStore({ layout, x, config, mkey: manifestKey(x, config), spec: keySpec, build, opts, warn, lookup });
}

// ---------------------------------------------------------------------------------------------
// Keys: xxHash64 digests of the identities (hit.cts), fields hashed as `name=<length>:<value>\n`
// so no two different field lists hash the same byte stream.

/** One module of the closure: absolute path and the digest of the bytes compiled. */
export interface ClosureFile {
  path: string;
  digest: string;
}

let api: Promise<XXHashAPI> | undefined;

/** The xxhash-wasm instance, imported and instantiated on first use (about 3 ms). */
export function hasher(): Promise<XXHashAPI> {
  api ??= import('xxhash-wasm').then((m) => m.default());
  return api;
}

/** Whether this process needed the hasher (for tests and measurements of the hit path). */
export function hasherLoaded(): boolean {
  return api !== undefined;
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

/** A module of this installation: the compiled .js next to dist/cache, the .ts source under vitest. */
function moduleFile(rel: string): string {
  const built = fileURLToPath(new URL(`${rel}.js`, import.meta.url));
  return existsSync(built) ? built : fileURLToPath(new URL(`${rel}.ts`, import.meta.url));
}

/** The zig-runtime/ directory of this installation. */
export function findRuntimeDir(): string {
  return findInstalledRuntime(dirname(fileURLToPath(import.meta.url)));
}

/**
 * pyaot's part of the toolchain identity: its version constants and the build stamp of this very
 * file (see buildStamp in hit.cts). Also records them in the identity memo, once their modules
 * are settled, so that bin/pyaot.js can tell a hit without loading any ES module. The memo rests
 * on the two modules that define the constants: should a version ever be derived from another
 * file, that file must join them here.
 */
export function pyaotIdentity(layout: CacheLayout): PyaotIdentity {
  const stampFile = fileURLToPath(import.meta.url);
  const self = { pyaot: PYAOT_VERSION, zig: ZIG_VERSION, stamp: buildStamp(stampFile) };
  if (memoizedIdentity(layout, stampFile) === undefined) {
    const readAt = Date.now();
    const stats = [moduleFile('../cli/version'), moduleFile('../compiler/zig/version')].map(
      (path) => [path, statSync(path, { bigint: true })] as const,
    );
    if (stats.every(([, st]) => isSettled(st, readAt))) {
      const memo: IdentityMemo = { stampFile, pyaot: self.pyaot, zig: self.zig, entries: stats.map(([path, st]) => [path, statSignature(st)]) };
      writeFileAtomic(identityMemoFile(layout, stampFile), JSON.stringify(memo));
    }
  }
  return self;
}

/** Names one program configuration (its build lock, and the first field of its build keys). */
export function manifestKey(x: XXHashAPI, config: string): string {
  return hex64(x.h64(config));
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

// ---------------------------------------------------------------------------------------------
// Writing memos and records.

/** Writes via a temporary file and rename; failure is ignored (the data is only a shortcut). */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch {
    // a read-only or full cache: the shortcut is just not remembered
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The runtime digest: every file under zig-runtime/ (600 KB), remembered with the signature of
// every file and directory in it, so a hit only needs stat() calls.

// Zig's build outputs and editor/VCS droppings are not runtime sources; hashing them would
// make every `zig build test` in zig-runtime/ invalidate the cache.
const SKIPPED_DIRS = new Set(['zig-cache', 'zig-out', 'node_modules']);

function skipped(name: string): boolean {
  return name.startsWith('.') || SKIPPED_DIRS.has(name);
}

/** Every directory ('' and 'a/b') and file under dir, sorted, with forward slashes. */
function listTree(dir: string): { dirs: string[]; files: string[] } {
  const dirs: string[] = [''];
  const files: string[] = [];
  const walk = (abs: string, rel: string): void => {
    const entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (skipped(e.name)) continue;
      const childAbs = join(abs, e.name);
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory() || (e.isSymbolicLink() && statSync(childAbs).isDirectory())) {
        dirs.push(childRel);
        walk(childAbs, childRel);
      } else {
        files.push(childRel);
      }
    }
  };
  walk(dir, '');
  return { dirs, files };
}

/** Digest of every file under dir (relative path + bytes); stat() only while nothing changed. */
export async function runtimeDigest(dir: string, layout: CacheLayout): Promise<string> {
  if (!existsSync(dir)) return `absent:${dir}`;
  const memoized = memoizedRuntimeDigest(layout, dir);
  if (memoized !== undefined) return memoized;

  const x = await hasher();
  const readAt = Date.now();
  const { dirs, files } = listTree(dir);
  const rels = [...dirs, ...files];
  const stats = rels.map((rel) => statSync(join(dir, rel), { bigint: true }));
  const h = x.create64();
  for (const rel of files) field(h, 'file', `${rel} ${fileDigest(x, join(dir, rel))}`);
  const digest = hex64(h.digest());
  if (stats.every((st) => isSettled(st, readAt))) {
    const entries = rels.map((rel, i): [string, string] => [rel, statSignature(stats[i])]);
    writeFileAtomic(runtimeMemoFile(layout, dir), JSON.stringify({ dir, digest, entries } satisfies TreeMemo));
  }
  return digest;
}

// ---------------------------------------------------------------------------------------------
// Manifests (format and reading: hit.cts).

export function writeManifest(layout: CacheLayout, mainPath: string, manifest: Manifest): void {
  writeFileAtomic(manifestFile(layout, mainPath), JSON.stringify(manifest));
}

// ---------------------------------------------------------------------------------------------
// Artifacts: a binary whose stat signature is not trusted (hit.cts) is re-hashed in full (1–4 ms
// for 2 MB).

export type Verification = { ok: true; binary: string; meta: ArtifactMeta } | { ok: false; reason: string };

/**
 * Checks the binary against its metadata. Cheap (one stat) when the stat signature is trusted;
 * otherwise reads and hashes the binary, and records a fresh signature once it can be trusted.
 */
export async function verifyArtifact(dir: string, meta: ArtifactMeta): Promise<Verification> {
  const binary = join(dir, meta.file);
  const state = artifactState(binary, meta);
  if (state.state === 'damaged') return { ok: false, reason: state.reason };
  if (state.state === 'ok') return { ok: true, binary, meta };

  const x = await hasher();
  const verifiedAt = Date.now();
  let digest: string;
  try {
    digest = fileDigest(x, binary);
  } catch {
    return { ok: false, reason: 'its binary cannot be read' };
  }
  if (digest !== meta.checksum) return { ok: false, reason: 'its binary does not match its checksum' };
  const sig = signatureOf(state.st, verifiedAt);
  if (!isTrustworthy(sig)) return { ok: true, binary, meta };
  const updated = { ...meta, sig };
  writeFileAtomic(join(dir, 'meta.json'), JSON.stringify(updated)); // later hits need only the stat
  return { ok: true, binary, meta: updated };
}

// ---------------------------------------------------------------------------------------------
// Lookup.

export type LookupResult =
  | { hit: true; key: string; binary: string }
  | {
      hit: false;
      /** The current sources map to this key, but its artifact is damaged (message for a warning). */
      damaged: { key: string; reason: string } | undefined;
      /** Keys the current sources map to whose object directory is gone (evicted, or deleted). */
      vanished: string[];
    };

/** Hashing state shared by the variants of one lookup, created only if something must be hashed. */
interface Rehash {
  x: XXHashAPI;
  mkey: string;
  digests: Map<string, { digest: string; sig: string | null } | null>;
}

/**
 * The build key the current sources give under `v`, or undefined when `v` cannot describe them
 * (a probed path now exists, a module is gone). Hash-free while every signature stands;
 * otherwise hashes the changed files, records the signatures of those that are unchanged and
 * settled in `v` (each one stands for its own digest), and says whether it did.
 */
async function variantKey(v: ManifestVariant, rehash: () => Promise<Rehash>): Promise<{ key: string; refreshed: boolean } | undefined> {
  const sources = variantState(v);
  if (sources.state === 'inapplicable') return undefined;
  if (sources.state === 'unchanged') return { key: v.key, refreshed: false };
  const stale = sources.stale;

  const r = await rehash();
  let refreshed = false;
  const files: ClosureFile[] = [];
  for (const f of v.closure) {
    if (!stale.includes(f)) {
      files.push({ path: f.path, digest: f.digest });
      continue;
    }
    let now = r.digests.get(f.path);
    if (now === undefined) {
      try {
        const readAt = Date.now();
        const st = statSync(f.path, { bigint: true }); // before reading: a later change shows in the next stat
        now = { digest: fileDigest(r.x, f.path), sig: isSettled(st, readAt) ? statSignature(st) : null };
      } catch {
        now = null;
      }
      r.digests.set(f.path, now);
    }
    if (now === null) return undefined;
    files.push({ path: f.path, digest: now.digest });
    if (now.digest === f.digest && now.sig !== null) {
      f.sig = now.sig;
      refreshed = true;
    }
  }
  const key = buildKey(r.x, r.mkey, files, v.missing);
  return { key, refreshed };
}

/** The cache lookup for one program configuration. Never throws for damaged cache contents. */
export async function lookupBuild(layout: CacheLayout, mainPath: string, config: string): Promise<LookupResult> {
  const manifest = readManifest(layout, mainPath);
  const entry = manifest.configs.find((c) => c.config === config);
  const vanished: string[] = [];
  let shared: Rehash | undefined;
  const rehash = async (): Promise<Rehash> => {
    if (shared === undefined) {
      const x = await hasher();
      shared = { x, mkey: manifestKey(x, config), digests: new Map() };
    }
    return shared;
  };
  for (const variant of entry?.variants ?? []) {
    const found = await variantKey(variant, rehash);
    if (found === undefined) continue;
    const dir = objectDir(layout, found.key);
    const read = readMeta(dir, found.key);
    if (read.state === 'absent') {
      vanished.push(found.key);
      continue;
    }
    if (read.state === 'damaged') return { hit: false, damaged: { key: found.key, reason: read.reason }, vanished };
    const check = await verifyArtifact(dir, read.meta);
    if (!check.ok) return { hit: false, damaged: { key: found.key, reason: check.reason }, vanished };
    if (found.refreshed) writeManifest(layout, mainPath, manifest); // later hits need only stat()
    return { hit: true, key: found.key, binary: check.binary };
  }
  return { hit: false, damaged: undefined, vanished };
}
