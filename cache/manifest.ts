// Writing manifests (lookup.ts reads them). A manifest keeps up to MAX_VARIANTS closures per
// program configuration, newest first. Concurrent writers each replace the whole file
// atomically; the loser's variant is lost, which costs at most one rebuild later.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { manifestFile, type CacheLayout } from './layout.js';
import { MAX_VARIANTS, readManifest, type ManifestVariant } from './lookup.js';
import { tmpName } from './tmp.js';

function sameFiles(a: ManifestVariant, b: ManifestVariant): boolean {
  const norm = (v: ManifestVariant): string => JSON.stringify([[...v.closure].sort(), [...v.missing].sort()]);
  return norm(a) === norm(b);
}

export function recordVariant(layout: CacheLayout, mkey: string, variant: ManifestVariant): void {
  const others = readManifest(layout, mkey).filter((v) => !sameFiles(v, variant));
  const variants = [variant, ...others].slice(0, MAX_VARIANTS);
  const path = manifestFile(layout, mkey);
  mkdirSync(dirname(path), { recursive: true });
  mkdirSync(layout.tmp, { recursive: true });
  const tmp = tmpName(layout, 'manifest');
  writeFileSync(tmp, JSON.stringify({ format: 1, variants }));
  renameSync(tmp, path);
}
