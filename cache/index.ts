// The build cache: public API (getOrBuild) and the whole cache-hit path.
//
// Why one file: on this path every ES module costs about 0.5 ms to resolve, load and link (a
// bare package import 1 ms more), against a budget of roughly 0.3x `node -e 0` for all of a
// cached `pyaot app.py`. So a hit loads this module and the two version constants, nothing
// else; even xxhash-wasm (3 ms to import and instantiate) is loaded only when some file must
// really be hashed (see "Trusting stat()"). The miss path (build, store, SQLite index, eviction)
// is miss.ts and its imports. docs/cache.md describes the design; in short:
//
//   PYAOT_HOME/cache/
//     objects/<k0k1>/<key>/   one finished build: the binary and meta.json (immutable once renamed in)
//     manifests/<b0b1>/<bucket>.json   per main script: configurations and the closures seen
//     runtime/<bucket>.json   the runtime sources' digest with their stat signatures
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
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  type BigIntStats,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { XXHash, XXHashAPI } from 'xxhash-wasm';
import { PYAOT_VERSION } from '../cli/version.js';
import { ZIG_VERSION } from '../compiler/zig/version.js';

// ---------------------------------------------------------------------------------------------
// Public API

export type BuildKind = 'plain' | 'instrumented' | 'optimized';

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

function defaultWarn(line: string): void {
  process.stderr.write(`warning: ${line}\n`);
}

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
  const config = configIdentity(toolchainIdentity(runtime), keySpec);

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
// Layout. Everything sits under one directory so removing it is always a safe reset, and tmp/
// shares a filesystem with objects/ because rename() is only atomic within one filesystem.

export interface CacheLayout {
  home: string;
  root: string;
  objects: string;
  manifests: string;
  runtimeMemos: string;
  tmp: string;
  locks: string;
  journal: string;
  index: string;
}

/** The layout under PYAOT_HOME (default ~/.pyaot). Touches no files. */
export function cacheLayout(env: NodeJS.ProcessEnv = process.env): CacheLayout {
  const home = env.PYAOT_HOME ? resolve(env.PYAOT_HOME) : join(homedir(), '.pyaot');
  const root = join(home, 'cache');
  return {
    home,
    root,
    objects: join(root, 'objects'),
    manifests: join(root, 'manifests'),
    runtimeMemos: join(root, 'runtime'),
    tmp: join(root, 'tmp'),
    locks: join(root, 'locks'),
    journal: join(root, 'journal'),
    index: join(root, 'index.sqlite'),
  };
}

/** objects/<first two hex digits>/<key>: the shard keeps directories small. */
export function objectDir(layout: CacheLayout, key: string): string {
  return join(layout.objects, key.slice(0, 2), key);
}

/**
 * FNV-1a (32 bits) of a path, naming the file that holds its records. Only a bucket: records in
 * it carry their full path or identity and are compared exactly, so a collision merely shares a
 * file. It needs no hasher, which is the point on the hit path.
 */
function bucketOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export function manifestFile(layout: CacheLayout, mainPath: string): string {
  const bucket = bucketOf(mainPath);
  return join(layout.manifests, bucket.slice(0, 2), `${bucket}.json`);
}

/** Keys are 16 lowercase hex digits (xxHash64); anything else in objects/ is not ours. */
export function isKey(name: string): boolean {
  return /^[0-9a-f]{16}$/.test(name);
}

// ---------------------------------------------------------------------------------------------
// Identities and keys. The toolchain and configuration identities are canonical JSON strings
// (readable in the manifests); the keys are xxHash64 digests, fields hashed as
// `name=<length>:<value>\n` so no two different field lists hash the same byte stream.

/** A build request after normalization (absolute main path). */
export interface KeySpec {
  mainPath: string;
  kind: BuildKind;
  flags: readonly string[];
  profileDigest: string | undefined;
}

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

export function toolchainIdentity(runtimeDigest: string): string {
  return JSON.stringify({
    pyaot: PYAOT_VERSION,
    zig: ZIG_VERSION,
    target: `${process.platform}-${process.arch}`,
    stamp: buildStamp(),
    runtime: runtimeDigest,
  });
}

export function configIdentity(toolchain: string, spec: KeySpec): string {
  return JSON.stringify([toolchain, spec.mainPath, spec.kind, spec.flags, spec.profileDigest ?? null]);
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
// Trusting stat(). Re-reading and hashing every input on every run costs milliseconds, so, as
// git's index does, a file's digest is remembered with its stat signature (size, mtime, ctime,
// inode), and while the signature is unchanged the digest stands. Any write changes mtime and
// ctime, and ctime cannot be set back by anyone; replacing a file changes its inode; adding or
// removing a file changes its directory's signature.
//
// One hazard: timestamps come from a coarse clock (a few ms on Linux, 2 s on FAT), so a file
// changed twice within one tick keeps its signature. A signature is therefore only recorded
// once the file's ctime is older than TRUST_SLACK_MS at the moment it was read ("racy git");
// until then the file is hashed on every use.

const TRUST_SLACK_MS = 2000;

function statSignature(st: BigIntStats): string {
  return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}`;
}

/** True when a stat taken at `readAt` (ms) can stand for the bytes read just after it. */
function isSettled(st: BigIntStats, readAt: number): boolean {
  return Number(st.ctimeNs / 1_000_000n) < readAt - TRUST_SLACK_MS;
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

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

interface TreeMemo {
  dir: string;
  digest: string;
  /** [path relative to dir ('' is dir itself), signature] for every directory and file. */
  entries: [string, string][];
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

function memoStands(dir: string, memo: TreeMemo | undefined): memo is TreeMemo {
  if (memo?.dir !== dir || !Array.isArray(memo.entries)) return false;
  try {
    // Plain concatenation: path.join normalizes, and 66 of those cost more than the stat calls
    // in a process that has not warmed up (rel always uses '/', and '' is dir itself).
    return memo.entries.every(([rel, sig]) => statSignature(statSync(rel === '' ? dir : `${dir}/${rel}`, { bigint: true })) === sig);
  } catch {
    return false;
  }
}

/** Digest of every file under dir (relative path + bytes); stat() only while nothing changed. */
export async function runtimeDigest(dir: string, layout: CacheLayout): Promise<string> {
  if (!existsSync(dir)) return `absent:${dir}`;
  const memoFile = join(layout.runtimeMemos, `${bucketOf(dir)}.json`);
  const memo = readJson<TreeMemo>(memoFile);
  if (memoStands(dir, memo)) return memo.digest;

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
    writeFileAtomic(memoFile, JSON.stringify({ dir, digest, entries } satisfies TreeMemo));
  }
  return digest;
}

// ---------------------------------------------------------------------------------------------
// Manifests: one file per main script (bucketed by bucketOf(mainPath)) holding, per program
// configuration, up to MAX_VARIANTS closures seen in its builds, newest first — several, so
// flipping an import back and forth stays cached. Each closure file keeps the digest it was
// compiled from and, once settled, its stat signature.

export interface ClosureEntry {
  path: string;
  digest: string;
  /** Stat signature standing for `digest` (see "Trusting stat()"), or null until settled. */
  sig: string | null;
}

export interface ManifestVariant {
  closure: ClosureEntry[];
  missing: string[];
  /** The build key these files gave. */
  key: string;
  used: number;
}

export interface ManifestConfig {
  config: string;
  variants: ManifestVariant[];
}

export interface Manifest {
  format: 2;
  configs: ManifestConfig[];
}

export const MAX_VARIANTS = 8;
// Every rebuild of pyaot itself (a new build stamp) is a new configuration; keep the recent ones.
export const MAX_CONFIGS = 16;

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

function isVariant(v: unknown): v is ManifestVariant {
  const o = v as ManifestVariant;
  return (
    typeof o === 'object' && o !== null && typeof o.key === 'string' && typeof o.used === 'number' &&
    isStringArray(o.missing) && Array.isArray(o.closure) &&
    o.closure.every((f) => typeof f?.path === 'string' && typeof f.digest === 'string' && (f.sig === null || typeof f.sig === 'string'))
  );
}

/** The manifest for a main script; empty when absent or damaged (a manifest is only a hint). */
export function readManifest(layout: CacheLayout, mainPath: string): Manifest {
  const m = readJson<Manifest>(manifestFile(layout, mainPath));
  if (m?.format !== 2 || !Array.isArray(m.configs)) return { format: 2, configs: [] };
  const configs = m.configs.filter((c) => typeof c?.config === 'string' && Array.isArray(c.variants));
  for (const c of configs) c.variants = c.variants.filter(isVariant).sort((a, b) => b.used - a.used).slice(0, MAX_VARIANTS);
  return { format: 2, configs };
}

export function writeManifest(layout: CacheLayout, mainPath: string, manifest: Manifest): void {
  writeFileAtomic(manifestFile(layout, mainPath), JSON.stringify(manifest));
}

// ---------------------------------------------------------------------------------------------
// Artifacts. objects/<key>/meta.json records the binary's size, checksum and stat signature;
// the binary is trusted by signature as above, otherwise re-hashed in full (1–4 ms for 2 MB).

/** A stat signature of a verified binary (bigint fields kept as decimal strings). */
export interface Signature {
  ino: string;
  mtimeNs: string;
  ctimeNs: string;
  /** When the bytes were read and found to match the checksum (ms since epoch). */
  verifiedAt: number;
}

/** objects/<key>/meta.json */
export interface ArtifactMeta {
  format: 1;
  key: string;
  source: string;
  kind: BuildKind;
  flags: string[];
  profileDigest: string | null;
  /** The binary's file name inside the object directory. */
  file: string;
  size: number;
  checksum: string;
  created: number;
  closure: string[];
  missing: string[];
  sig: Signature;
}

const META_FORMAT = 1;

/** Parses meta.json, or returns why it is not a valid record for `key`. */
export function parseMeta(text: string, key: string): ArtifactMeta | string {
  let m: ArtifactMeta;
  try {
    m = JSON.parse(text) as ArtifactMeta;
  } catch {
    return 'its metadata is not valid JSON';
  }
  const sig = m?.sig;
  const ok =
    typeof m === 'object' && m !== null && m.format === META_FORMAT && m.key === key &&
    typeof m.source === 'string' && typeof m.file === 'string' && m.file !== '' && !m.file.includes('/') &&
    Number.isSafeInteger(m.size) && typeof m.checksum === 'string' && typeof m.created === 'number' &&
    isStringArray(m.closure) && isStringArray(m.missing) && isStringArray(m.flags) &&
    typeof sig === 'object' && sig !== null && typeof sig.ino === 'string' && typeof sig.mtimeNs === 'string' &&
    typeof sig.ctimeNs === 'string' && typeof sig.verifiedAt === 'number';
  return ok ? m : 'its metadata is incomplete';
}

export function signatureOf(st: BigIntStats, verifiedAt: number): Signature {
  return { ino: String(st.ino), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs), verifiedAt };
}

function sameFile(sig: Signature, st: BigIntStats): boolean {
  return sig.ino === String(st.ino) && sig.mtimeNs === String(st.mtimeNs) && sig.ctimeNs === String(st.ctimeNs);
}

function isTrustworthy(sig: Signature): boolean {
  return Number(BigInt(sig.ctimeNs) / 1_000_000n) < sig.verifiedAt - TRUST_SLACK_MS;
}

export type Verification = { ok: true; binary: string; meta: ArtifactMeta } | { ok: false; reason: string };

/**
 * Checks the binary against its metadata. Cheap (one stat) when the stat signature is trusted;
 * otherwise reads and hashes the binary, and records a fresh signature once it can be trusted.
 */
export async function verifyArtifact(dir: string, meta: ArtifactMeta): Promise<Verification> {
  const binary = join(dir, meta.file);
  let st: BigIntStats;
  try {
    st = statSync(binary, { bigint: true });
  } catch {
    return { ok: false, reason: 'its binary is missing' };
  }
  if (!st.isFile()) return { ok: false, reason: 'its binary is not a regular file' };
  if (Number(st.size) !== meta.size) return { ok: false, reason: `its binary has ${st.size} bytes, expected ${meta.size}` };
  if ((Number(st.mode) & 0o100) === 0) return { ok: false, reason: 'its binary is not executable' };
  if (sameFile(meta.sig, st) && isTrustworthy(meta.sig)) return { ok: true, binary, meta };

  const x = await hasher();
  const verifiedAt = Date.now();
  let digest: string;
  try {
    digest = fileDigest(x, binary);
  } catch {
    return { ok: false, reason: 'its binary cannot be read' };
  }
  if (digest !== meta.checksum) return { ok: false, reason: 'its binary does not match its checksum' };
  const sig = signatureOf(st, verifiedAt);
  if (!isTrustworthy(sig)) return { ok: true, binary, meta };
  const updated = { ...meta, sig };
  writeFileAtomic(join(dir, 'meta.json'), JSON.stringify(updated)); // later hits need only the stat
  return { ok: true, binary, meta: updated };
}

type MetaRead = { state: 'absent' } | { state: 'damaged'; reason: string } | { state: 'ok'; meta: ArtifactMeta };

export function readMeta(dir: string, key: string): MetaRead {
  let text: string;
  try {
    text = readFileSync(join(dir, 'meta.json'), 'utf8');
  } catch {
    return existsSync(dir) ? { state: 'damaged', reason: 'its metadata is missing' } : { state: 'absent' };
  }
  const meta = parseMeta(text, key);
  return typeof meta === 'string' ? { state: 'damaged', reason: meta } : { state: 'ok', meta };
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
  for (const p of v.missing) if (existsSync(p)) return undefined;
  const stale: ClosureEntry[] = [];
  for (const f of v.closure) {
    let sig: string;
    try {
      sig = statSignature(statSync(f.path, { bigint: true }));
    } catch {
      return undefined;
    }
    if (f.sig !== sig) stale.push(f);
  }
  if (stale.length === 0) return { key: v.key, refreshed: false };

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

// ---------------------------------------------------------------------------------------------
// Bookkeeping a hit does without SQLite (which takes ~14 ms to load): append to the journal,
// and glance at index.sqlite's header so a deleted or clobbered index is noticed.

// Folding the journal loads SQLite, so a run that only ever hits does it this rarely.
const JOURNAL_FOLD_BYTES = 1 << 20;

/** Appends `<key> <ms>` to the journal; returns true when it is time to fold it into the index. */
export function recordHit(layout: CacheLayout, key: string): boolean {
  try {
    const fd = openSync(layout.journal, 'a');
    try {
      writeSync(fd, `${key} ${Date.now()}\n`);
      return fstatSync(fd).size >= JOURNAL_FOLD_BYTES;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // statistics are best effort; a read-only cache still serves hits
  }
}

export type IndexState = 'ok' | 'missing' | 'damaged';

const SQLITE_MAGIC = 'SQLite format 3\0';

/** A cheap look at index.sqlite (16 bytes). */
export function indexState(layout: CacheLayout): IndexState {
  let fd: number;
  try {
    fd = openSync(layout.index, 'r');
  } catch {
    return 'missing';
  }
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    // SQLite creates the file empty and writes its header with the first transaction, so an
    // empty file is one another process is creating right now, not damage.
    if (n === 0) return 'missing';
    return n === 16 && head.toString('latin1') === SQLITE_MAGIC ? 'ok' : 'damaged';
  } catch {
    return 'damaged'; // e.g. a directory where the file should be
  } finally {
    closeSync(fd);
  }
}
