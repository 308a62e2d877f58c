// Recording a build's closure in its main script's manifest (index.ts reads manifests).
// Concurrent writers each replace the whole file atomically; the loser's variant is lost, which
// costs at most one rebuild later.
import { MAX_CONFIGS, MAX_VARIANTS, readManifest, writeManifest, type CacheLayout, type ManifestVariant } from './index.js';

function sameFiles(a: ManifestVariant, b: ManifestVariant): boolean {
  const norm = (v: ManifestVariant): string => JSON.stringify([v.closure.map((f) => f.path).sort(), [...v.missing].sort()]);
  return norm(a) === norm(b);
}

/** Puts `variant` first among the closures of `config`, replacing one with the same files. */
export function recordVariant(layout: CacheLayout, mainPath: string, config: string, variant: ManifestVariant): void {
  const manifest = readManifest(layout, mainPath);
  const previous = manifest.configs.find((c) => c.config === config);
  const variants = [variant, ...(previous?.variants ?? []).filter((v) => !sameFiles(v, variant))].slice(0, MAX_VARIANTS);
  const others = manifest.configs.filter((c) => c !== previous);
  // Most recently stored configuration first; the oldest fall off.
  manifest.configs = [{ config, variants }, ...others].slice(0, MAX_CONFIGS);
  writeManifest(layout, mainPath, manifest);
}
