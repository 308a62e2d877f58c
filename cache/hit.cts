// The cache-hit path that needs nothing but stat() and a few small reads: a CommonJS module, so
// that `pyaot app.py` (bin/pyaot.js, also CommonJS) can serve a hit without starting Node's ES
// module loader at all. That loader, and the ES facades of node:fs, node:path and friends, cost
// about 5 ms, a quarter of the whole budget of a cached run (see docs/cache.md, "Cost").
//
// Everything here decides without hashing. Whenever a file would have to be hashed, a record is
// damaged or anything else is unusual, the functions answer "undecided" and leave no trace, and
// the caller takes the full path in index.ts (ES module, hasher, SQLite), which reaches the same
// answer the slow way and reports what it finds. index.ts builds on these same functions, so a
// decision made here is one the full path would make too.
//
// No imports of the project's ES modules (a CommonJS module cannot load them cheaply): the
// version constants reach this file through the identity memo below.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync, writeSync, type BigIntStats } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** `debug` is a plain program built with `--debug` (Zig -ODebug): listed apart by `pyaot cache list`. */
export type BuildKind = 'plain' | 'debug' | 'instrumented' | 'optimized';

/** How the cache reports a problem unless told otherwise: one `warning: …` line on stderr. */
export function defaultWarn(line: string): void {
  process.stderr.write(`warning: ${line}\n`);
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
  identityMemos: string;
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
    identityMemos: join(root, 'identity'),
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

/** runtime/<bucket>.json: the runtime sources' digest and the signatures it rests on. */
export function runtimeMemoFile(layout: CacheLayout, runtimeDir: string): string {
  return join(layout.runtimeMemos, `${bucketOf(runtimeDir)}.json`);
}

/** identity/<bucket>.json: one installation's version constants (see "Identity memo"). */
export function identityMemoFile(layout: CacheLayout, stampFile: string): string {
  return join(layout.identityMemos, `${bucketOf(stampFile)}.json`);
}

/**
 * The zig-runtime/ directory of the installation whose cache modules are in `cacheDir`:
 * ../zig-runtime from cache/ (sources, as vitest runs them) or ../../zig-runtime from
 * dist/cache/ (the built CLI).
 */
export function findRuntimeDir(cacheDir: string): string {
  const source = join(cacheDir, '..', 'zig-runtime');
  return existsSync(source) ? source : join(cacheDir, '..', '..', 'zig-runtime');
}

/** Keys are 16 lowercase hex digits (xxHash64); anything else in objects/ is not ours. */
export function isKey(name: string): boolean {
  return /^[0-9a-f]{16}$/.test(name);
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

export function statSignature(st: BigIntStats): string {
  return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}`;
}

/** The signature of a path now, or undefined when it cannot be stat()ed. */
function currentSignature(path: string): string | undefined {
  const st = statSync(path, { bigint: true, throwIfNoEntry: false });
  return st === undefined ? undefined : statSignature(st);
}

/** True when a stat taken at `readAt` (ms) can stand for the bytes read just after it. */
export function isSettled(st: BigIntStats, readAt: number): boolean {
  return Number(st.ctimeNs / 1_000_000n) < readAt - TRUST_SLACK_MS;
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Identities. The toolchain and configuration identities are canonical JSON strings (readable in
// the manifests); index.ts hashes them into keys.

/** What identifies pyaot itself in a key; `stamp` is buildStamp(). */
export interface PyaotIdentity {
  pyaot: string;
  zig: string;
  stamp: string;
}

/** A build request after normalization (absolute main path). */
export interface KeySpec {
  mainPath: string;
  kind: BuildKind;
  flags: readonly string[];
  profileDigest: string | undefined;
}

/**
 * Size and mtime of pyaot's compiled cache module (index.js). tsc rewrites every output on each
 * build, so in a source checkout rebuilding pyaot changes the stamp and stale binaries from the
 * previous compiler are not reused even though the version did not change. Published packages
 * have fixed mtimes, so there the stamp is stable and the version does the work. One stat().
 */
export function buildStamp(stampFile: string): string {
  const st = statSync(stampFile);
  return `${st.size}:${st.mtimeMs}`;
}

export function toolchainIdentity(self: PyaotIdentity, runtimeDigest: string): string {
  return JSON.stringify({
    pyaot: self.pyaot,
    zig: self.zig,
    target: `${process.platform}-${process.arch}`,
    stamp: self.stamp,
    runtime: runtimeDigest,
  });
}

export function configIdentity(toolchain: string, spec: KeySpec): string {
  return JSON.stringify([toolchain, spec.mainPath, spec.kind, spec.flags, spec.profileDigest ?? null]);
}

// ---------------------------------------------------------------------------------------------
// Memos: a value remembered with the stat signatures of the files it was derived from; it stands
// while every one of them is unchanged (and was settled when recorded, see "Trusting stat()").

/** The runtime digest memo: every directory and file under `dir` ('' is dir itself). */
export interface TreeMemo {
  dir: string;
  digest: string;
  /** [path relative to dir, signature] for every directory and file. */
  entries: [string, string][];
}

function treeMemoStands(dir: string, memo: TreeMemo | undefined): memo is TreeMemo {
  if (memo?.dir !== dir || !Array.isArray(memo.entries)) return false;
  try {
    // Plain concatenation: path.join normalizes, and ~100 of those cost more than the stat
    // calls in a process that has not warmed up (rel always uses '/', and '' is dir itself).
    return memo.entries.every(([rel, sig]) => currentSignature(rel === '' ? dir : `${dir}/${rel}`) === sig);
  } catch {
    return false;
  }
}

/** The runtime digest from its memo, or undefined when some file changed (index.ts hashes). */
export function memoizedRuntimeDigest(layout: CacheLayout, dir: string): string | undefined {
  const memo = readJson<TreeMemo>(runtimeMemoFile(layout, dir));
  return treeMemoStands(dir, memo) ? memo.digest : undefined;
}

// Identity memo. The version constants live in ES modules (cli/version.ts,
// compiler/zig/version.ts) that this CommonJS file cannot load cheaply, so index.ts, which
// imports them, records them here with the signatures of the compiled modules they came from.
// Installing another version replaces those files (new inode and ctime), and a rebuild rewrites
// them, so while their signatures stand so do the versions.

export interface IdentityMemo {
  stampFile: string;
  pyaot: string;
  zig: string;
  /** [absolute path, signature] of each module a version was read from. */
  entries: [string, string][];
}

/** pyaot's identity from the memo, or undefined when it is missing or a version file changed. */
export function memoizedIdentity(layout: CacheLayout, stampFile: string): PyaotIdentity | undefined {
  const memo = readJson<IdentityMemo>(identityMemoFile(layout, stampFile));
  if (
    memo?.stampFile !== stampFile || typeof memo.pyaot !== 'string' || typeof memo.zig !== 'string' ||
    !Array.isArray(memo.entries) || memo.entries.length === 0
  ) return undefined;
  try {
    if (!memo.entries.every(([path, sig]) => currentSignature(path) === sig)) return undefined;
    return { pyaot: memo.pyaot, zig: memo.zig, stamp: buildStamp(stampFile) };
  } catch {
    return undefined;
  }
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

export type VariantState =
  /** A probed path now exists or a module is gone: the variant cannot describe the sources. */
  | { state: 'inapplicable' }
  /** Closure files whose signature changed (or was never settled): they must be hashed. */
  | { state: 'changed'; stale: ClosureEntry[] }
  /** Every signature stands: the sources are those the variant's key was computed from. */
  | { state: 'unchanged' };

/** What stat() says about a variant's files. */
export function variantState(v: ManifestVariant): VariantState {
  for (const p of v.missing) if (existsSync(p)) return { state: 'inapplicable' };
  const stale: ClosureEntry[] = [];
  for (const f of v.closure) {
    let sig: string | undefined;
    try {
      sig = currentSignature(f.path);
    } catch {
      sig = undefined;
    }
    if (sig === undefined) return { state: 'inapplicable' };
    if (f.sig !== sig) stale.push(f);
  }
  return stale.length === 0 ? { state: 'unchanged' } : { state: 'changed', stale };
}

// ---------------------------------------------------------------------------------------------
// Artifacts. objects/<key>/meta.json records the binary's size, checksum and stat signature;
// the binary is trusted by signature as above, otherwise re-hashed in full (index.ts).

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

export type MetaRead = { state: 'absent' } | { state: 'damaged'; reason: string } | { state: 'ok'; meta: ArtifactMeta };

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

export function signatureOf(st: BigIntStats, verifiedAt: number): Signature {
  return { ino: String(st.ino), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs), verifiedAt };
}

function sameFile(sig: Signature, st: BigIntStats): boolean {
  return sig.ino === String(st.ino) && sig.mtimeNs === String(st.mtimeNs) && sig.ctimeNs === String(st.ctimeNs);
}

export function isTrustworthy(sig: Signature): boolean {
  return Number(BigInt(sig.ctimeNs) / 1_000_000n) < sig.verifiedAt - TRUST_SLACK_MS;
}

export type ArtifactState =
  | { state: 'damaged'; reason: string }
  /** Size and permissions are right but the signature is not trusted: hash it to decide. */
  | { state: 'unverified'; st: BigIntStats }
  | { state: 'ok' };

/** What stat() alone says about the binary of an entry. */
export function artifactState(binary: string, meta: ArtifactMeta): ArtifactState {
  let st: BigIntStats | undefined;
  try {
    st = statSync(binary, { bigint: true, throwIfNoEntry: false });
  } catch {
    st = undefined;
  }
  if (st === undefined) return { state: 'damaged', reason: 'its binary is missing' };
  if (!st.isFile()) return { state: 'damaged', reason: 'its binary is not a regular file' };
  if (Number(st.size) !== meta.size) return { state: 'damaged', reason: `its binary has ${st.size} bytes, expected ${meta.size}` };
  if ((Number(st.mode) & 0o100) === 0) return { state: 'damaged', reason: 'its binary is not executable' };
  return sameFile(meta.sig, st) && isTrustworthy(meta.sig) ? { state: 'ok' } : { state: 'unverified', st };
}

// ---------------------------------------------------------------------------------------------
// The stat-only lookup.

/**
 * The cached binary for `config`, decided by stat() alone: the first usable variant (most recent
 * first, as lookupBuild in index.ts) must have unchanged sources and an intact, trusted binary.
 * Undefined means "undecided": the full lookup must run; nothing was written either way.
 */
export function statOnlyLookup(layout: CacheLayout, mainPath: string, config: string): { key: string; binary: string } | undefined {
  const entry = readManifest(layout, mainPath).configs.find((c) => c.config === config);
  for (const variant of entry?.variants ?? []) {
    const sources = variantState(variant);
    if (sources.state === 'inapplicable') continue;
    if (sources.state === 'changed') return undefined;
    const dir = objectDir(layout, variant.key);
    const read = readMeta(dir, variant.key);
    if (read.state === 'absent') continue; // as lookupBuild: evicted; an older variant may still hit
    if (read.state === 'damaged') return undefined;
    const binary = join(dir, read.meta.file);
    return artifactState(binary, read.meta).state === 'ok' ? { key: variant.key, binary } : undefined;
  }
  return undefined;
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
