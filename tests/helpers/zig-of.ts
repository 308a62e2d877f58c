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

/**
 * The Zig body of the function compiled from Python function `name` (its last specialization).
 * A compiled function's code is in its inline `<name>_body` (codegen/func.ts: inlined into the
 * C-ABI shell of the register or the word convention); a generator's is in a plain `fn <name>`.
 */
export function fnBody(zig: string, name: string): string {
  let starts = [...zig.matchAll(new RegExp(`\\ninline fn F\\d+_${name}(_s\\d+)?_body\\(`, 'g'))];
  if (starts.length === 0) starts = [...zig.matchAll(new RegExp(`\\nfn F\\d+_${name}(_s\\d+)?\\(`, 'g'))];
  if (starts.length === 0) throw new Error(`no function ${name} in the generated Zig`);
  const at = starts[starts.length - 1].index!;
  return zig.slice(at, zig.indexOf('\n}\n', at));
}
