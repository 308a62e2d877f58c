// The corpus: every program in ../shared/corpus runs through pyaot and must give CPython's
// recorded stdout, exit code and last stderr line (see DESIGN.md, semantics 1).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastLine, requireShared, runPyaot } from '../helpers/pyaot.js';

const FOLDERS = ['seed', 'core', 'control', 'functions', 'classes', 'errors', 'generators', 'strings', 'collections', 'modules', 'stdlib', 'io'];

interface Case {
  name: string;
  script: string;
  base: string;
}

function cases(dir: string): Case[] {
  const out: Case[] = [];
  for (const entry of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (entry.endsWith('.py')) out.push({ name: entry, script: full, base: full.slice(0, -3) });
    else if (fs.statSync(full).isDirectory() && fs.existsSync(path.join(full, 'main.py'))) {
      out.push({ name: entry, script: path.join(full, 'main.py'), base: full });
    }
  }
  return out;
}

const shared = requireShared('corpus');

describe.skipIf(!shared)('corpus', () => {
  for (const folder of FOLDERS) {
    const dir = path.join(shared ?? '', 'corpus', folder);
    if (!shared || !fs.existsSync(dir)) continue;
    describe.concurrent(folder, () => {
      for (const c of cases(dir)) {
        it(c.name, () => {
          const read = (ext: string) => (fs.existsSync(c.base + ext) ? fs.readFileSync(c.base + ext, 'utf8') : null);
          const args = (read('.args') ?? '').split(/\s+/).filter((a) => a !== '');
          // Each program runs in its own empty directory: some write files.
          const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-corpus-'));
          const r = runPyaot([c.script, ...args], { cwd, input: read('.in') ?? '' });
          fs.rmSync(cwd, { recursive: true, force: true });
          const expectedCode = Number((read('.exit') ?? '0').trim());
          const context = `stderr:\n${r.stderr.slice(-3000)}`;
          expect(r.stdout, context).toBe(read('.out') ?? '');
          expect(r.code, context).toBe(expectedCode);
          const err = read('.err');
          if (err !== null) expect(lastLine(r.stderr)).toBe(lastLine(err));
        });
      }
    });
  }
});
