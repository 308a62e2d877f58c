// Constructs pyaot cannot run as CPython does are compile errors at their position, which
// `pyaot check` lists all at once, never silent differences at run time
// (docs/python-support.md, "Not supported").
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPyaot, runPython } from '../helpers/pyaot.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-refusals-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function program(name: string, source: string): string {
  const f = path.join(work, name);
  fs.writeFileSync(f, source);
  return f;
}

describe('refused at compile time', () => {
  // globals() is a snapshot (compiled globals are native variables): storing into it would
  // change nothing where CPython rebinds or creates the global.
  it('stores into the dict of globals() are compile errors; reads work', { timeout: 300_000 }, () => {
    const f = program('globals_store.py', [
      'X = 1',
      "globals()['X'] = 2",
      'g = globals()',
      "g['Y'] = 5",
      'g.update(Z=7)',
      "del g['X']",
      'g |= {}',
      'def f():',
      '    h = globals()',
      "    h.setdefault('W', 0)",
      "    vars()['k'] = 1",
      'print(X)',
    ].join('\n') + '\n');
    const r = runPyaot(['check', f]);
    expect(r.code).toBe(2);
    const out = r.stdout + r.stderr;
    for (const pos of ['2:1', '4:1', '5:1', '6:5', '7:1', '10:5']) {
      expect(out).toContain(`${f}:${pos}: error: storing into the dict of globals() is not supported by pyaot`);
    }
    // vars() inside a function is refused on its own (it needs the interpreter's namespaces).
    expect(out).toContain(`${f}:11:5: error: vars() is not supported by pyaot`);

    const reads = program('globals_read.py', [
      'X = 1',
      'def show():',
      '    g = globals()',
      "    print(g['X'], 'X' in g, sorted(k for k in g if not k.startswith('__')))",
      '    d = {}',
      "    d['a'] = 1",
      '    d.update(b=2)',
      '    print(d)',
      'show()',
      "print(globals().get('X'), type(globals()).__name__, sorted(vars())[-2:])",
    ].join('\n') + '\n');
    const got = runPyaot([reads]);
    expect(got.code, got.stderr).toBe(0);
    expect(got.stdout).toBe(runPython([reads]).stdout);
  });
  // __del__ cannot run when CPython runs it (the last reference going away): refused with its
  // position, for a method and for an assigned function alike, never ignored at run time.
  it('a class defining __del__ is a compile error at the definition', () => {
    const f = program('del.py', 'class R:\n    def __del__(self):\n        print("del")\n\n\ndef fin(self):\n    pass\n\n\nclass S:\n    __del__ = fin\n\n\nr = R()\ndel r\nprint("end")\n');
    const r = runPyaot(['check', f]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(`${f}:2:5: error: '__del__' is not supported by pyaot`);
    expect(r.stdout + r.stderr).toContain(`${f}:11:5: error: '__del__' is not supported by pyaot`);
    const run = runPyaot([f]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
  // A CPython builtin pyaot has no value for would be a NameError at run time where CPython finds
  // it: refused at its use unless the program binds the name itself. __debug__ is True (no -O).
  it('builtins pyaot lacks are compile errors unless the program binds the name; __debug__ is True', () => {
    const f = program('builtins.py', "m = __import__('os')\nprint(copyright)\ndef f():\n    return __build_class__\nprint(__debug__)\n");
    const r = runPyaot(['check', f]);
    expect(r.code).toBe(2);
    const out = r.stdout + r.stderr;
    expect(out).toContain(`${f}:1:5: error: the builtin '__import__' is not supported by pyaot`);
    expect(out).toContain(`${f}:2:7: error: the builtin 'copyright' is not supported by pyaot`);
    expect(out).toContain(`${f}:4:12: error: the builtin '__build_class__' is not supported by pyaot`);
    const bound = program('bound.py', 'license = 3\nprint(license)\ndef f():\n    return copyright\ncopyright = 4\nprint(f(), __debug__)\n');
    const got = runPyaot([bound]);
    expect(got.code, got.stderr).toBe(0);
    expect(got.stdout).toBe(runPython([bound]).stdout);
  });
});
