// Where profiles live and how a run's counters get into one.
//
// PYAOT_HOME/profiles/<script stem>-<16 hex digits of SHA-256 of the absolute path>.pb: one
// profile per main script (the stem keeps the directory readable; the digest keeps two app.py
// in different folders apart). Merges into a file hold a lock beside it, so two `--profile`
// runs ending together both count.
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { acquireBuildLock } from '../cache/lock.js';
import { ProfileError, readProfile, writeProfile } from './format.js';
import { dropWarning, mergeProfiles } from './merge.js';
import type { Profile } from './model.js';

export function profilesDir(env: NodeJS.ProcessEnv = process.env): string {
  const home = env.PYAOT_HOME ? path.resolve(env.PYAOT_HOME) : path.join(homedir(), '.pyaot');
  return path.join(home, 'profiles');
}

/** The default profile of a main script (given by absolute path). */
export function profileFileFor(mainPath: string, env: NodeJS.ProcessEnv = process.env): string {
  const stem = path.basename(mainPath).replace(/\.py$/, '').replace(/[^A-Za-z0-9._-]/g, '_') || 'program';
  const key = createHash('sha256').update(mainPath).digest('hex').slice(0, 16);
  return path.join(profilesDir(env), `${stem}-${key}.pb`);
}

/** A run is only merged into a profile of the same program (its file is left untouched). */
export function checkSameProgram(existing: Profile, mainPath: string, file: string): void {
  if (existing.program.mainPath === mainPath) return;
  throw new ProfileError(`${file} is the profile of ${existing.program.mainPath}, not of ${mainPath}; give another --profile-out or remove that file`, file);
}

export interface Merged {
  profile: Profile;
  /** The warning about dropped counters, if any (one line). */
  warning: string | null;
}

/**
 * Merges a fresh run into `file` under its lock. The file is read again under the lock, so a
 * concurrent merge is never lost; a damaged file raises ProfileError and is left as it is.
 */
export async function mergeRunInto(file: string, run: Profile, shownAs: string = file): Promise<Merged> {
  const lock = await acquireBuildLock(`${file}.lock`);
  try {
    const existing = readProfile(file);
    if (existing) checkSameProgram(existing, run.program.mainPath, file);
    const r = mergeProfiles(existing, run, { complete: true });
    writeProfile(file, r.profile);
    return { profile: r.profile, warning: dropWarning(r, shownAs) };
  } finally {
    lock.release();
  }
}
