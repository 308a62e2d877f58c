// The build cache's public API: getOrBuild.
//
// A hit hashes the toolchain and the program's modules, verifies the stored binary and returns
// its path; it loads only this module, layout, digest, lookup and xxhash-wasm. Everything else —
// SQLite, locking, storing, eviction — is in miss.ts, imported only when something must be built
// or the index needs care. See docs/cache.md.
import { resolve } from 'node:path';
import { findRuntimeDir, hasher, manifestKey, toolchainDigest, type BuildKind, type KeySpec } from './digest.js';
import { cacheLayout } from './layout.js';
import { indexState, lookupBuild, recordHit, type LookupResult } from './lookup.js';

export type { BuildKind };

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
  const x = await hasher();
  const keySpec: KeySpec = {
    mainPath: resolve(spec.mainPath),
    kind: spec.kind,
    flags: [...spec.flags],
    profileDigest: spec.profileDigest,
  };
  const toolchain = toolchainDigest(x, opts.runtimeDir ?? findRuntimeDir(), layout.runtimeMemos);
  const mkey = manifestKey(x, toolchain, keySpec);

  let lookup: LookupResult | undefined;
  if (!opts.force) {
    try {
      lookup = lookupBuild(x, layout, mkey);
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
  const { buildAndStore } = await import('./miss.js');
  return buildAndStore({ layout, x, mkey, spec: keySpec, build, opts, warn, lookup });
}
