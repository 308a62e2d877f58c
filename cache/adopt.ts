// Moving a freshly built binary into the store, atomically.
//
// The binary and its meta.json are assembled in a staging directory under tmp/, then the whole
// directory is renamed to objects/<k0k1>/<key>. rename() of a directory either happens entirely
// or not at all, so objects/ only ever holds complete entries; a process killed while staging
// leaves a tmp/ directory that a later run deletes (tmp.ts).
//
// When the rename finds the key already present, another process built the same key first: if
// its entry verifies, it is kept and ours dropped (both callers run identical binaries), and a
// damaged or, with --force, any existing entry is moved to the trash and replaced.
import { chmodSync, copyFileSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { XXHashAPI } from 'xxhash-wasm';
import { discard, makeTmpDir } from './tmp.js';
import {
  type ArtifactMeta,
  type BuildKind,
  type CacheLayout,
  fileDigest,
  objectDir,
  readMeta,
  signatureOf,
  verifyArtifact,
} from './index.js';

export interface ArtifactInfo {
  key: string;
  source: string;
  kind: BuildKind;
  flags: string[];
  profileDigest: string | null;
  closure: string[];
  missing: string[];
}

export interface Staged {
  dir: string;
  binary: string;
  meta: ArtifactMeta;
}

/** Thrown when staging fails; `binary` says where the built binary is now, so it can still run. */
export class StagingError extends Error {
  constructor(message: string, readonly binary: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StagingError';
  }
}

/** The binary's name in the store: the script's stem, so `ps` shows `app` for app.py. */
export function binaryName(mainPath: string): string {
  const stem = basename(mainPath).replace(/\.py$/, '').replace(/[^A-Za-z0-9._-]/g, '_');
  return stem === '' || stem === 'meta.json' || stem.startsWith('.') ? `program${stem}` : stem;
}

/** Moves the binary into a new staging directory and writes its meta.json beside it. */
export function stageArtifact(x: XXHashAPI, layout: CacheLayout, binarySrc: string, info: ArtifactInfo): Staged {
  let current = binarySrc;
  try {
    const dir = makeTmpDir(layout, 'stage');
    const binary = join(dir, binaryName(info.source));
    try {
      renameSync(binarySrc, binary);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      copyFileSync(binarySrc, binary); // the builder wrote outside the cache's filesystem
    }
    current = binary;
    chmodSync(binary, 0o755);
    const verifiedAt = Date.now();
    const checksum = fileDigest(x, binary);
    const st = statSync(binary, { bigint: true });
    const meta: ArtifactMeta = {
      format: 1,
      ...info,
      file: basename(binary),
      size: Number(st.size),
      checksum,
      created: Date.now(),
      sig: signatureOf(st, verifiedAt),
    };
    writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
    return { dir, binary, meta };
  } catch (e) {
    throw new StagingError(`cannot stage the build: ${(e as Error).message}`, current, { cause: e });
  }
}

export interface Published {
  binary: string;
  meta: ArtifactMeta;
  /** True when an equal entry from a concurrent build was already there and ours was dropped. */
  reused: boolean;
}

/** Renames the staging directory into objects/; see the header for what happens on a collision. */
export async function publish(layout: CacheLayout, staged: Staged, replace: boolean): Promise<Published> {
  const key = staged.meta.key;
  const final = objectDir(layout, key);
  mkdirSync(dirname(final), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      renameSync(staged.dir, final);
      return { binary: join(final, staged.meta.file), meta: staged.meta, reused: false };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
    }
    if (!replace) {
      const existing = readMeta(final, key);
      if (existing.state === 'ok') {
        const check = await verifyArtifact(final, existing.meta);
        if (check.ok) {
          discard(layout, staged.dir);
          return { binary: check.binary, meta: check.meta, reused: true };
        }
      }
    }
    discard(layout, final);
  }
  throw new Error(`cannot publish cache entry ${key}: ${final} keeps reappearing`);
}
