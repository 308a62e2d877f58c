// profile.proto through protobufjs, validation of what is read, and merging.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { decodeProfile, encodeProfile, ProfileError, readProfile, writeProfile } from '../../profiler/format.js';
import { dropWarning, mergeProfiles } from '../../profiler/merge.js';
import type { Profile } from '../../profiler/model.js';
import { parseRaw, runProfile } from '../../profiler/raw.js';
import { encodeCounterMap, type CounterMap } from '../../profiler/counter-map.js';

function sample(calls = 3, checksum = 'aaaaaaaaaaaaaaaa'): Profile {
  return {
    program: { mainPath: '/p/app.py', sourceDigest: '0123456789abcdef', pyaotVersion: '0.1.0' },
    runs: 1,
    modules: [{ name: '__main__', path: '/p/app.py', display: 'app.py', digest: 'ffffffffffffffff', library: false }],
    functions: [
      {
        module: '__main__', qualname: 'f', kind: 'function', checksum, line: 1, endLine: 4, params: ['x'],
        counters: [
          { kind: 'entry', ordinal: 0, role: '', line: 1, col: 0, label: '', values: [calls] },
          { kind: 'if', ordinal: 3, role: '', line: 2, col: 4, label: '', values: [1, calls - 1] },
          { kind: 'type', ordinal: 0, role: 'param', line: 1, col: 0, label: '', values: [0, 0, calls, ...Array(13).fill(0)] },
        ],
      },
      {
        module: '__main__', qualname: 'g', kind: 'function', checksum: 'bbbbbbbbbbbbbbbb', line: 6, endLine: 7, params: [],
        counters: [{ kind: 'entry', ordinal: 0, role: '', line: 6, col: 0, label: '', values: [0] }],
      },
    ],
  };
}

function tmpFile(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-prof-')), name);
}

describe('profile files', () => {
  it('round-trips through profile.proto', () => {
    const p = sample();
    expect(decodeProfile(encodeProfile(p), 'x.pb')).toEqual(p);
    const f = tmpFile('a.pb');
    writeProfile(f, p);
    expect(readProfile(f)).toEqual(p);
    expect(fs.readdirSync(path.dirname(f))).toEqual(['a.pb']); // no temporary file left behind
    expect(readProfile(f + '.missing')).toBeUndefined();
  });

  it('refuses damaged and foreign files with an error naming the file', () => {
    const good = encodeProfile(sample());
    const cases: [string, Uint8Array][] = [
      ['empty', new Uint8Array()],
      ['truncated', good.slice(0, good.length - 7)],
      ['garbage', Buffer.from('this is not a profile at all, just text\n')],
      ['foreign protobuf', protobuf.Root.fromJSON({ nested: { M: { fields: { name: { type: 'string', id: 1 } } } } }).lookupType('M').encode({ name: 'hello' }).finish()],
    ];
    for (const [what, bytes] of cases) {
      let err: unknown;
      try {
        decodeProfile(bytes, '/x/prof.pb');
      } catch (e) {
        err = e;
      }
      expect(err, what).toBeInstanceOf(ProfileError);
      expect((err as Error).message, what).toContain('/x/prof.pb');
    }
  });

  it('refuses another format version', () => {
    const T = protobuf.loadSync(path.resolve('profiler/profile.proto')).lookupType('pyaot.profile.Profile');
    const bytes = T.encode(T.fromObject({ magic: 'pyaot-profile', formatVersion: 99, program: { mainPath: '/p/app.py' } })).finish();
    expect(() => decodeProfile(bytes, 'v.pb')).toThrow(/format version 99/);
  });
});

describe('merging', () => {
  it('adds counters and runs', () => {
    const r = mergeProfiles(sample(3), sample(3), { complete: true });
    expect(r.profile.runs).toBe(2);
    expect(r.profile.functions[0].counters.map((c) => c.values)).toEqual([[6], [0, 0, 6, ...Array(13).fill(0)], [2, 4]]);
    expect(r.changed).toEqual([]);
    expect(dropWarning(r, 'p.pb')).toBeNull();
  });

  it('drops a changed function with one warning and keeps the others', () => {
    const r = mergeProfiles(sample(3), sample(5, 'cccccccccccccccc'), { complete: true });
    const f = r.profile.functions.find((x) => x.qualname === 'f')!;
    expect(f.checksum).toBe('cccccccccccccccc');
    expect(f.counters[0].values).toEqual([5]); // the old counts of f are gone
    expect(r.changed).toEqual(['f']);
    expect(r.profile.functions.find((x) => x.qualname === 'g')).toBeDefined();
    const w = dropWarning(r, 'p.pb')!;
    expect(w.split('\n')).toHaveLength(1);
    expect(w).toMatch(/^warning: p\.pb: dropped the counters of 1 function changed since they were profiled \(f\)$/);
  });

  it('drops functions the program no longer has after a run, keeps them when merging files', () => {
    const newer = sample();
    newer.functions = newer.functions.filter((f) => f.qualname === 'f');
    expect(mergeProfiles(sample(), newer, { complete: true }).removed).toEqual(['g']);
    expect(mergeProfiles(sample(), newer, { complete: false }).profile.functions.map((f) => f.qualname)).toEqual(['f', 'g']);
  });
});

describe('raw counters', () => {
  it('decode with the embedded counter map; specializations count as parameter types', () => {
    const map: CounterMap = {
      version: 1, mainPath: '/p/app.py', sourceDigest: '0123456789abcdef', pyaotVersion: '0.1.0', size: 4,
      modules: [{ name: '__main__', path: '/p/app.py', display: 'app.py', digest: 'ffffffffffffffff', library: false }],
      units: [{ module: 0, qualname: 'f', kind: 'function', checksum: 'aaaaaaaaaaaaaaaa', line: 1, endLine: 2, params: ['x'] }],
      sites: [
        { unit: 0, kind: 'entry', ordinal: 0, role: 'int', base: 0, line: 1, col: 0, label: '', paramTypes: ['int'] },
        { unit: 0, kind: 'entry', ordinal: 0, role: 'float', base: 1, line: 1, col: 0, label: '', paramTypes: ['float'] },
        { unit: 0, kind: 'if', ordinal: 2, role: '', base: 2, line: 2, col: 4, label: '', paramTypes: null },
      ],
      terms: [],
    };
    const meta = Buffer.from(encodeCounterMap(map));
    const head = Buffer.alloc(24);
    head.write('PYAOTRAW', 0, 'latin1');
    head.writeUInt32LE(1, 8);
    head.writeBigUInt64LE(BigInt(meta.length), 16);
    const counts = Buffer.alloc(8 + 4 * 8);
    counts.writeBigUInt64LE(4n, 0);
    [10n, 5n, 7n, 8n].forEach((v, i) => counts.writeBigUInt64LE(v, 8 + i * 8));
    const run = runProfile(parseRaw(Buffer.concat([head, meta, counts])));
    const f = run.functions[0];
    const types = f.counters.find((c) => c.kind === 'type')!;
    expect(types.values[2]).toBe(10); // int
    expect(types.values[3]).toBe(5); // float
    expect(f.counters.find((c) => c.kind === 'if')!.values).toEqual([7, 8]);
    expect(() => parseRaw(Buffer.concat([head, meta, counts.subarray(0, 20)]))).toThrow(/does not match/);
  });

  it('add derived counts back: an entry counted by the arms of the if it starts with', () => {
    // Counters 3 and 4 count the if's two arms in the int specialization, whose entry counter
    // (0) stays zero: the entry is their sum, the if is them plus its own counters (the float
    // specialization counted its if there), and the entry's parameter types follow its calls.
    const map: CounterMap = {
      version: 2, mainPath: '/p/app.py', sourceDigest: '0123456789abcdef', pyaotVersion: '0.1.0', size: 5,
      modules: [{ name: '__main__', path: '/p/app.py', display: 'app.py', digest: 'ffffffffffffffff', library: false }],
      units: [{ module: 0, qualname: 'f', kind: 'function', checksum: 'aaaaaaaaaaaaaaaa', line: 1, endLine: 2, params: ['x'] }],
      sites: [
        { unit: 0, kind: 'entry', ordinal: 0, role: 'int', base: 0, line: 1, col: 0, label: '', paramTypes: ['int'] },
        { unit: 0, kind: 'if', ordinal: 2, role: '', base: 1, line: 2, col: 4, label: '', paramTypes: null },
      ],
      terms: [[0, 0, 3], [0, 0, 4], [1, 0, 3], [1, 1, 4]],
    };
    const meta = Buffer.from(encodeCounterMap(map));
    const head = Buffer.alloc(24);
    head.write('PYAOTRAW', 0, 'latin1');
    head.writeUInt32LE(1, 8);
    head.writeBigUInt64LE(BigInt(meta.length), 16);
    const counts = Buffer.alloc(8 + 5 * 8);
    counts.writeBigUInt64LE(5n, 0);
    [0n, 2n, 1n, 30n, 40n].forEach((v, i) => counts.writeBigUInt64LE(v, 8 + i * 8));
    const f = runProfile(parseRaw(Buffer.concat([head, meta, counts]))).functions[0];
    expect(f.counters.find((c) => c.kind === 'entry')!.values).toEqual([70]);
    expect(f.counters.find((c) => c.kind === 'if')!.values).toEqual([32, 41]);
    expect(f.counters.find((c) => c.kind === 'type')!.values[2]).toBe(70); // int
    const bad = Buffer.from(encodeCounterMap({ ...map, terms: [[0, 1, 3]] }));
    head.writeBigUInt64LE(BigInt(bad.length), 16);
    expect(() => parseRaw(Buffer.concat([head, bad, counts]))).toThrow(/malformed term/);
  });
});
