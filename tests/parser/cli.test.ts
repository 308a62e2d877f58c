// `pyaot parse FILE --dump`: prints what `python3 -c "import ast,sys; print(ast.dump(ast.parse(
// open(sys.argv[1],'rb').read()), include_attributes=True))" FILE` prints; a syntax error is
// rendered as CPython renders it, with exit code 2.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { registerParse } from '../../cli/commands/parse.js';

const dir = mkdtempSync(join(tmpdir(), 'pyaot-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
});

async function pyaot(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const program = new Command('pyaot').exitOverride();
  registerParse(program, { out: (s) => (out += s), err: (s) => (err += s) });
  process.exitCode = undefined;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    return { out, err, code: e.exitCode };
  }
  return { out, err, code: Number(process.exitCode ?? 0) };
}

const DUMP = "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), include_attributes=True))";

describe('pyaot parse', () => {
  it('--dump prints exactly what ast.dump prints', async () => {
    const file = join(dir, 'ok.py');
    writeFileSync(file, 'def f(x, *, y=2):\n    return f"{x!r:>{y}}" + "é"\n');
    const expected = spawnSync('python3', ['-c', DUMP, file], { encoding: 'utf8' });
    const result = await pyaot('parse', file, '--dump');
    expect(result).toEqual({ out: expected.stdout, err: '', code: 0 });
  });

  it('without --dump prints nothing for a valid file', async () => {
    const file = join(dir, 'quiet.py');
    writeFileSync(file, 'x = 1\n');
    expect(await pyaot('parse', file)).toEqual({ out: '', err: '', code: 0 });
  });

  it('renders a syntax error like python3 and exits 2', async () => {
    const file = join(dir, 'bad.py');
    writeFileSync(file, 'def f():\n    return (1,\n        2]\n');
    const python = spawnSync('python3', [file], { encoding: 'utf8' });
    const result = await pyaot('parse', file, '--dump');
    expect(result).toEqual({ out: '', err: python.stderr, code: 2 });
    expect(result.err).toContain("SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 2");
  });

  it('reports an unreadable file', async () => {
    const result = await pyaot('parse', join(dir, 'missing.py'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/cannot read/);
  });
});
