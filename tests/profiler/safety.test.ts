// What `pyaot --profile` does with a profile it cannot use or with code that changed: a damaged
// or foreign file stops it with exit 2 and an error naming the file, and is left as it was; a
// function changed since it was profiled loses its old counters with one warning line, while an
// unchanged one keeps them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { counts, fn, Program } from './profiled.js';

const V1 = `def f(x):
    if x > 2:
        return 1
    return 0


def g(x):
    return x * 2


total = 0
for i in range(5):
    total += f(i) + g(i)
print(total)
`;

// f's body changed; g and the module body did not (a comment and blank lines do not count).
const V2 = V1.replace('if x > 2:', 'if x > 3:').replace('def g(x):', '# g is unchanged\n\ndef g(x):');

const prog = new Program('app.py', V1);
let defaultFile: string;

beforeAll(() => {
  const r = prog.profile();
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe('22\n');
  defaultFile = prog.show().profile;
});

describe('profiles kept safe', () => {
  it('drops a changed function with one warning line and keeps an unchanged one', () => {
    const before = prog.show();
    expect(fn(before, 'f').calls).toBe(5);
    prog.write(V2);
    try {
      const r = prog.profile();
      expect(r.stdout).toBe('21\n');
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^warning: \S*app-[0-9a-f]{16}\.pb: dropped the counters of 1 function changed since they were profiled \(f\)\n$/);
      const after = prog.show();
      expect(after.runs).toBe(2);
      expect(fn(after, 'f').calls).toBe(5); // this run's only
      expect(counts(prog, after, 'f', 'if', 'if x > 3:')).toEqual({ 'not taken': 4, taken: 1 });
      expect(fn(after, 'g').calls).toBe(10); // both runs
      expect(fn(after, 'g').checksum).toBe(fn(before, 'g').checksum);
      expect(counts(prog, after, '<module>', 'loop', 'for i in range(5):')).toEqual({ exits: 2, iterations: 10, entries: 2 });
    } finally {
      prog.write(V1);
    }
  });

  it('refuses a damaged profile with exit 2, naming it, and leaves it as it was', () => {
    const garbage = path.join(prog.dir, 'garbage.pb');
    fs.writeFileSync(garbage, 'these bytes are not a profile\n');
    const r = prog.profile([], ['--profile-out', 'garbage.pb']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(''); // refused before running the program
    expect(r.stderr).toBe(`pyaot: error: ${garbage} is not a valid pyaot profile (it does not decode: ${decodeReason(r.stderr)})\n`);
    expect(fs.readFileSync(garbage, 'utf8')).toBe('these bytes are not a profile\n');

    const show = prog.pyaot(['profile', 'show', 'garbage.pb']);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain(garbage);
    const merge = prog.pyaot(['profile', 'merge', defaultFile, 'garbage.pb', '-o', 'out.pb']);
    expect(merge.code).toBe(2);
    expect(merge.stderr).toContain(garbage);
    expect(fs.existsSync(path.join(prog.dir, 'out.pb'))).toBe(false);
  });

  it('refuses a damaged default profile the same way', () => {
    const saved = fs.readFileSync(defaultFile);
    const cut = saved.subarray(0, saved.length - 5);
    fs.writeFileSync(defaultFile, cut);
    try {
      const r = prog.profile();
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^pyaot: error: .*app-[0-9a-f]{16}\.pb is not a valid pyaot profile/);
      expect(fs.readFileSync(defaultFile)).toEqual(cut);
    } finally {
      fs.writeFileSync(defaultFile, saved);
    }
  });

  it("refuses another program's profile and leaves it as it was", () => {
    const other = new Program('other.py', 'print("other")\n');
    expect(other.profile([], ['--profile-out', 'other.pb']).code).toBe(0);
    const otherFile = path.join(other.dir, 'other.pb');
    const bytes = fs.readFileSync(otherFile);
    const r = prog.profile([], ['--profile-out', otherFile]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`is the profile of ${other.file}, not of ${prog.file}`);
    expect(r.stderr).toContain('other.pb');
    expect(fs.readFileSync(otherFile)).toEqual(bytes);
  });
});

/** protobufjs's own words for why the bytes do not decode (not this test's business). */
function decodeReason(stderr: string): string {
  return /it does not decode: (.*)\)\n$/.exec(stderr)?.[1] ?? '<no reason>';
}
