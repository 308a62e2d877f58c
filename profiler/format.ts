// Reading and writing profile files (profile.proto) with protobufjs.
//
// The schema is loaded from profile.proto itself when first needed (a few milliseconds), not
// from generated code or a reflection JSON copy: the .proto stays the one definition, and
// nothing can drift from it. Only profile commands and `--profile` runs load it.
//
// Reading validates everything: a file that is not a pyaot profile (another protobuf message,
// garbage, a truncated write) raises ProfileError naming the file, never a half-read profile.
// Writing goes to a temporary file in the same directory, then renames it over the target, so
// an existing profile is replaced whole or not at all.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import type { Profile, ProfileCounter, ProfileFunction } from './model.js';
import { SITE_KINDS, type SiteKind, type UnitKind, siteWidth } from './sites.js';

export const PROFILE_MAGIC = 'pyaot-profile';
export const FORMAT_VERSION = 1;

/** A profile file that cannot be used; the message names the file. */
export class ProfileError extends Error {
  constructor(message: string, readonly file: string) {
    super(message);
    this.name = 'ProfileError';
  }
}

let profileType: protobuf.Type | undefined;

function protoPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Run from source (profiler/) or compiled (dist/profiler/).
  for (const p of [path.join(here, 'profile.proto'), path.resolve(here, '../../profiler/profile.proto')]) {
    if (fs.existsSync(p)) return p;
  }
  throw new Error('pyaot installation is incomplete: profiler/profile.proto is missing');
}

function schema(): protobuf.Type {
  profileType ??= protobuf.loadSync(protoPath()).lookupType('pyaot.profile.Profile');
  return profileType;
}

const UNIT_ENUM: Record<UnitKind, string> = { module: 'UNIT_MODULE', function: 'UNIT_FUNCTION', lambda: 'UNIT_LAMBDA', class: 'UNIT_CLASS' };
const siteEnum = (k: SiteKind): string => `SITE_${k.toUpperCase()}`;

export function encodeProfile(p: Profile): Uint8Array {
  const T = schema();
  const msg = T.fromObject({
    magic: PROFILE_MAGIC,
    formatVersion: FORMAT_VERSION,
    program: p.program,
    runs: p.runs,
    modules: p.modules,
    functions: p.functions.map((f) => ({ ...f, kind: UNIT_ENUM[f.kind], counters: f.counters.map((c) => ({ ...c, kind: siteEnum(c.kind) })) })),
  });
  return T.encode(msg).finish();
}

/** Decodes and validates; throws ProfileError (naming `file`) for anything but a valid profile. */
export function decodeProfile(bytes: Uint8Array, file: string): Profile {
  const bad = (why: string): never => {
    throw new ProfileError(`${file} is not a valid pyaot profile (${why})`, file);
  };
  let obj: Record<string, any>;
  try {
    const T = schema();
    obj = T.toObject(T.decode(bytes), { longs: Number, enums: String, defaults: true, arrays: true });
  } catch (e) {
    return bad(`it does not decode: ${(e as Error).message}`);
  }
  if (obj.magic !== PROFILE_MAGIC) return bad(bytes.length === 0 ? 'the file is empty' : 'it is not a pyaot profile at all');
  if (obj.formatVersion !== FORMAT_VERSION) {
    throw new ProfileError(`${file} has profile format version ${obj.formatVersion}; this pyaot reads version ${FORMAT_VERSION} (record a new profile)`, file);
  }
  if (!obj.program || typeof obj.program.mainPath !== 'string' || obj.program.mainPath === '') return bad('it names no program');
  const unitKinds = new Map(Object.entries(UNIT_ENUM).map(([k, v]) => [v, k as UnitKind]));
  const siteKinds = new Map(SITE_KINDS.map((k) => [siteEnum(k), k]));
  const functions: ProfileFunction[] = (obj.functions as any[]).map((f) => {
    const kind = unitKinds.get(f.kind);
    if (!kind || !f.module || !f.qualname || !/^[0-9a-f]{16}$/.test(f.checksum)) bad(`a malformed function record (${f.module}.${f.qualname})`);
    const counters: ProfileCounter[] = (f.counters as any[]).map((c) => {
      const ck = siteKinds.get(c.kind);
      if (!ck) return bad(`a counter of unknown kind in ${f.qualname}`);
      if (c.values.length !== siteWidth(ck)) bad(`a ${ck} counter of ${f.qualname} has ${c.values.length} values, expected ${siteWidth(ck)}`);
      if (c.values.some((v: number) => !Number.isFinite(v) || v < 0)) bad(`a counter of ${f.qualname} holds an invalid count`);
      return { kind: ck, ordinal: c.ordinal, role: c.role, line: c.line, col: c.col, label: c.label, values: c.values };
    });
    return { module: f.module, qualname: f.qualname, kind: kind!, checksum: f.checksum, line: f.line, endLine: f.endLine, params: f.params, counters };
  });
  return { program: obj.program, runs: obj.runs, modules: obj.modules, functions };
}

/** Reads a profile; undefined when the file does not exist. Throws ProfileError when unusable. */
export function readProfile(file: string): Profile | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return undefined;
    throw new ProfileError(`cannot read the profile ${file} (${err.code ?? err.message})`, file);
  }
  return decodeProfile(bytes, file);
}

/** Writes a profile atomically: a temporary file beside it, flushed, then renamed over it. */
export function writeProfile(file: string, p: Profile): void {
  const bytes = encodeProfile(p);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    const fd = fs.openSync(tmp, 'w', 0o644);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new ProfileError(`cannot write the profile ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, file);
  }
}
