// Exception details (zig-runtime/core/exc.zig, builtins/excattrs.zig, builtins/traceback_obj.zig,
// builtins/subclasses.zig, the raise/with/except* support in core/stmt_rt.zig and
// core/excgroup.zig, call-binding messages) and dir() without arguments (compiler/codegen/dir.ts):
// tests/runtime/exceptions/exc_details.py and unbound_methods.py run through the real CLI and must
// print exactly what python3 prints.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'exceptions');

describe('exception details against CPython', () => {
  // Building the runtime takes a minute of CPU; much longer on a loaded machine.
  it('exc_details.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'exc_details.py'), 1_200_000);
  });
  it('builtin_classes.py (every builtin exception class, OSError errno subclasses) prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'builtin_classes.py'), 1_200_000);
  });
  it('unbound_methods.py (object/BaseException methods called through the class) prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'unbound_methods.py'), 1_200_000);
  });
  it('generator_close.py closes generators where their loop ends, as CPython (stdout and stderr)', { timeout: 1_200_000 }, () => {
    const script = path.join(dir, 'generator_close.py');
    // The reports' first and last lines (addresses aside): CPython's RuntimeError for a
    // generator that yields when closed also names the frame where the loop ended, pyaot's
    // report gives no frame for it (docs/python-support.md).
    const reports = (s: string) => s.replace(/0x[0-9a-f]+/g, 'ADDR').split('\n').filter((x) => x !== '' && !x.startsWith(' ') && x !== 'Traceback (most recent call last):');
    const want = runPython([script], { cwd: dir });
    const got = runPyaot([script], { cwd: dir, timeoutMs: 1_200_000 });
    expect(want.code).toBe(0);
    expect(got.code, got.stderr).toBe(0);
    expect(got.stdout).toBe(want.stdout);
    expect(reports(got.stderr)).toEqual(reports(want.stderr));
    expect(reports(want.stderr)).toEqual([
      'Exception ignored in: <generator object raiser at ADDR>', 'ValueError: from finally',
      'Exception ignored in: <generator object stubborn at ADDR>', 'RuntimeError: generator ignored GeneratorExit',
    ]);
  });
  it('markers.py prints CPython\'s `~~^^` marker lines in every scenario', { timeout: 1_200_000 }, () => {
    const script = path.join(dir, 'markers.py');
    const scenarios = ['binop', 'nested_call', 'subscript', 'index', 'attr', 'method_attr', 'name', 'compare', 'paren',
      'multiline', 'unary', 'builtin', 'assert', 'for', 'unpack', 'star', 'listcomp', 'comp_iter', 'generator',
      'unicode', 'pow', 'aug', 'setitem', 'lambda', 'raise', 'chained'];
    for (const scenario of scenarios) {
      const want = runPython([script, scenario], { cwd: dir });
      const got = runPyaot([script, scenario], { cwd: dir, timeoutMs: 1_200_000 });
      expect(want.code, `scenario ${scenario}`).toBe(1);
      expect(got.code, `scenario ${scenario}`).toBe(1);
      expect(got.stderr, `scenario ${scenario}`).toBe(want.stderr);
    }
  });
  it('groups_notes.py reports uncaught exceptions with notes and exception groups as CPython, in every scenario', { timeout: 1_200_000 }, () => {
    const script = path.join(dir, 'groups_notes.py');
    for (const scenario of ['notes', 'chained_notes', 'flat', 'nested', 'members', 'wide', 'star', 'star_unmatched',
      'group_chain', 'member_chain']) {
      const want = runPython([script, scenario], { cwd: dir });
      const got = runPyaot([script, scenario], { cwd: dir, timeoutMs: 1_200_000 });
      expect(want.code, `scenario ${scenario}`).toBe(1);
      expect(got.stdout, `scenario ${scenario}`).toBe(want.stdout);
      expect(got.code, `scenario ${scenario}`).toBe(want.code);
      expect(got.stderr, `scenario ${scenario}`).toBe(want.stderr);
    }
  });
  it('tracebacks.py prints the tracebacks CPython prints (frames and `~~^^` markers), in every scenario', { timeout: 1_200_000 }, () => {
    const script = path.join(dir, 'tracebacks.py');
    for (const scenario of ['1', '2', '3', '4', '5']) {
      const want = runPython([script, scenario], { cwd: dir });
      const got = runPyaot([script, scenario], { cwd: dir, timeoutMs: 1_200_000 });
      expect(got.stdout, `scenario ${scenario}`).toBe(want.stdout);
      expect(got.code, `scenario ${scenario}`).toBe(want.code);
      expect(got.stderr, `scenario ${scenario}`).toBe(want.stderr);
    }
  });
});
