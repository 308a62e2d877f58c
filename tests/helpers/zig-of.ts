// The generated Zig of a program given as source text (compiled from a temporary file), for
// tests that assert what the code generator emits.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileProgram } from '../../compiler/index.js';

export function zigOf(source: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-zig-of-'));
  const f = path.join(d, 'prog.py');
  fs.writeFileSync(f, source);
  try {
    return compileProgram(f).zig;
  } finally {
    fs.rmSync(d, { recursive: true, force: true });
  }
}
