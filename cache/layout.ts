// Where the cache lives on disk.
//
//   PYAOT_HOME/cache/
//     objects/<k0k1>/<key>/   one finished build: the binary and meta.json (immutable once renamed in)
//     manifests/<m0m1>/<mkey>.json   per program configuration: the closures seen (see lookup.ts)
//     tmp/<pid>-<purpose>-<random>   builds in progress, staging dirs and trash
//     locks/<mkey>.lock       held while one process builds that program configuration
//     journal                 hits recorded by the fast path, folded into the index later
//     runtime/<h>.json        the runtime sources' digest with their stat signatures (digest.ts)
//     index.sqlite            the catalog: entries, sizes, hits, last use (db.ts)
//
// Everything sits under one directory so removing it is always a safe reset, and tmp/ shares a
// filesystem with objects/ because rename() is only atomic within one filesystem.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface CacheLayout {
  home: string;
  root: string;
  objects: string;
  manifests: string;
  tmp: string;
  locks: string;
  journal: string;
  runtimeMemos: string;
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
    tmp: join(root, 'tmp'),
    locks: join(root, 'locks'),
    journal: join(root, 'journal'),
    runtimeMemos: join(root, 'runtime'),
    index: join(root, 'index.sqlite'),
  };
}

/** objects/<first two hex digits>/<key>: the shard keeps directories small. */
export function objectDir(layout: CacheLayout, key: string): string {
  return join(layout.objects, key.slice(0, 2), key);
}

export function manifestFile(layout: CacheLayout, mkey: string): string {
  return join(layout.manifests, mkey.slice(0, 2), `${mkey}.json`);
}

export function lockFile(layout: CacheLayout, mkey: string): string {
  return join(layout.locks, `${mkey}.lock`);
}

/** Keys are 16 lowercase hex digits (xxHash64); anything else in objects/ is not ours. */
export function isKey(name: string): boolean {
  return /^[0-9a-f]{16}$/.test(name);
}
