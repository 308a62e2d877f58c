// The cache-hit path: from a manifest key to a verified binary, touching only a few small files.
// It must not load SQLite (about 14 ms of module loading), the compiler or anything else large;
// the index is brought up to date later from the journal (db.ts).
//
// 1. manifests/<mkey>.json lists the closures seen for this program configuration, newest first
//    (one per distinct set of imported modules, so flipping an import back and forth stays cached).
// 2. For each: if a path the resolver found missing now exists, resolution could differ: skip.
//    Otherwise hash the current bytes of every module and derive the build key.
// 3. objects/<key>/meta.json records the binary's size, checksum and stat signature. The binary
//    is trusted when its stat matches the signature and that signature is older than the
//    timestamp granularity ("racy git"); otherwise it is re-hashed in full (1–4 ms for 2 MB).
//    Any write through the filesystem changes ctime, which no one can set back, so a modified
//    binary never passes the stat check.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync, writeSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import type { XXHashAPI } from 'xxhash-wasm';
import { buildKey, fileDigest, type BuildKind, type ClosureFile } from './digest.js';
import { manifestFile, objectDir, type CacheLayout } from './layout.js';

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

/** One closure seen for a manifest key. */
export interface ManifestVariant {
  closure: string[];
  missing: string[];
  used: number;
}

export type LookupResult =
  | { hit: true; key: string; binary: string }
  | {
      hit: false;
      /** The current sources map to this key, but its artifact is damaged (message for a warning). */
      damaged: { key: string; reason: string } | undefined;
      /** Keys the current sources map to whose object directory is gone (evicted, or deleted). */
      vanished: string[];
    };

// Timestamps can be as coarse as 2 s (FAT) and file times use a coarser clock than Date.now();
// a signature taken closer than this to the file's last change may not reveal a later change.
const TRUST_SLACK_MS = 2000;
const META_FORMAT = 1;
export const MAX_VARIANTS = 8;

export function readManifest(layout: CacheLayout, mkey: string): ManifestVariant[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(manifestFile(layout, mkey), 'utf8'));
  } catch {
    return []; // absent or damaged: a manifest is only a hint, the worst outcome is a miss
  }
  const variants = (parsed as { variants?: unknown }).variants;
  if (!Array.isArray(variants)) return [];
  return variants.filter(isVariant).sort((a, b) => b.used - a.used).slice(0, MAX_VARIANTS);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

function isVariant(v: unknown): v is ManifestVariant {
  const o = v as ManifestVariant;
  return typeof o === 'object' && o !== null && isStringArray(o.closure) && isStringArray(o.missing) && typeof o.used === 'number';
}

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
export function verifyArtifact(x: XXHashAPI, dir: string, meta: ArtifactMeta): Verification {
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

  const verifiedAt = Date.now();
  let digest: string;
  try {
    digest = fileDigest(x, binary);
  } catch {
    return { ok: false, reason: 'its binary cannot be read' };
  }
  if (digest !== meta.checksum) return { ok: false, reason: 'its binary does not match its checksum' };
  const sig = signatureOf(st, verifiedAt);
  if (isTrustworthy(sig)) {
    const updated = { ...meta, sig };
    writeMetaQuietly(dir, updated);
    return { ok: true, binary, meta: updated };
  }
  return { ok: true, binary, meta };
}

/** Atomically replaces meta.json; failure only means the next hit hashes again. */
function writeMetaQuietly(dir: string, meta: ArtifactMeta): void {
  const tmp = join(dir, `.meta-${process.pid}-${Math.random().toString(16).slice(2)}.tmp`);
  try {
    writeFileSync(tmp, JSON.stringify(meta));
    renameSync(tmp, join(dir, 'meta.json'));
  } catch {
    // read-only cache or a full disk: verification already succeeded, so carry on
  }
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

/** Hashes a variant's modules, or returns undefined when it cannot describe the current sources. */
function variantKey(x: XXHashAPI, mkey: string, v: ManifestVariant, digests: Map<string, string | null>): string | undefined {
  for (const p of v.missing) if (existsSync(p)) return undefined;
  const files: ClosureFile[] = [];
  for (const path of v.closure) {
    let digest = digests.get(path);
    if (digest === undefined) {
      try {
        digest = fileDigest(x, path);
      } catch {
        digest = null;
      }
      digests.set(path, digest);
    }
    if (digest === null) return undefined;
    files.push({ path, digest });
  }
  return buildKey(x, mkey, files, v.missing);
}

/** The cache lookup for one manifest key. Never throws for damaged cache contents. */
export function lookupBuild(x: XXHashAPI, layout: CacheLayout, mkey: string): LookupResult {
  const vanished: string[] = [];
  const digests = new Map<string, string | null>();
  for (const variant of readManifest(layout, mkey)) {
    const key = variantKey(x, mkey, variant, digests);
    if (key === undefined) continue;
    const dir = objectDir(layout, key);
    const read = readMeta(dir, key);
    if (read.state === 'absent') {
      vanished.push(key);
      continue;
    }
    if (read.state === 'damaged') return { hit: false, damaged: { key, reason: read.reason }, vanished };
    const check = verifyArtifact(x, dir, read.meta);
    if (!check.ok) return { hit: false, damaged: { key, reason: check.reason }, vanished };
    return { hit: true, key, binary: check.binary };
  }
  return { hit: false, damaged: undefined, vanished };
}

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

/** A cheap look at index.sqlite (16 bytes), so a deleted or clobbered index is noticed on a hit. */
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
    return n === 16 && head.toString('latin1') === SQLITE_MAGIC ? 'ok' : 'damaged';
  } catch {
    return 'damaged'; // e.g. a directory where the file should be
  } finally {
    closeSync(fd);
  }
}
