// The methods of the builtin containers (zig-runtime/methods/{list,tuple,dict,set,bytes}.zig,
// core/set.zig, core/views.zig): the modules in tests/runtime/containers/ exercise them with
// edge cases and error messages; run_all.py imports them all, so one native build covers every
// module. It runs through the real CLI and must print exactly what python3 prints. set_order.py
// prints thousands of sets built by random operations, so set iteration order is checked
// against CPython's slot by slot; set_int_keys.py covers the inline small-int probes
// (core/set_table.zig findIntQuick) against keys that equal or collide with ints, set_small_bits.py
// the small-int bitmap (Table.small_only) through every operation that changes a set's keys.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runPyaot, runPython } from '../helpers/pyaot.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'containers');
const modules = ['list_tuple', 'dict_views', 'set_methods', 'set_order', 'set_int_keys', 'set_small_bits', 'bytes_methods', 'compact_bools', 'builtin_subclasses', 'dict_augassign'];

describe('container methods against CPython', () => {
  it('imports every test module', () => {
    const runAll = fs.readFileSync(path.join(dir, 'run_all.py'), 'utf8');
    const present = fs.readdirSync(dir).filter((f) => f.endsWith('.py') && f !== 'run_all.py');
    expect(present.map((f) => f.replace(/\.py$/, '')).sort()).toEqual([...modules].sort());
    for (const m of modules) expect(runAll).toContain(`import ${m}`);
  });

  // Building the runtime takes a minute of CPU; much longer on a loaded machine.
  it('run_all.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    const script = path.join(dir, 'run_all.py');
    const expected = runPython([script], { cwd: dir });
    expect(expected.code, expected.stderr).toBe(0);
    for (const m of modules) expect(expected.stdout).toContain(`== ${m}\n`);
    const r = runPyaot([script], { cwd: dir, timeoutMs: 1_200_000 });
    expect(r.code, `stderr:\n${r.stderr.slice(-3000)}`).toBe(0);
    // Line by line first, so a failure names the first differing line (and its module).
    const got = r.stdout.split('\n');
    const want = expected.stdout.split('\n');
    let section = '';
    for (let i = 0; i < want.length; i++) {
      if (want[i].startsWith('== ')) section = want[i].slice(3);
      expect(got[i], `line ${i + 1} (in ${section})`).toBe(want[i]);
    }
    expect(r.stdout).toBe(expected.stdout);
  });

  // int, float and complex values are unboxed: a subclass is a compile error, which `pyaot check`
  // reports with its position, not a failure at run time.
  it('subclassing int, float or complex is a compile error at the base', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-subclass-'));
    try {
      const f = path.join(d, 'prog.py');
      fs.writeFileSync(f, 'class A(int):\n    pass\n\n\nclass B(object, float):\n    pass\n\n\nclass C(complex):\n    pass\n');
      const r = runPyaot(['check', f]);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toContain(`${f}:1:9: error: subclassing 'int' is not supported by pyaot`);
      expect(r.stdout + r.stderr).toContain(`${f}:5:17: error: subclassing 'float' is not supported by pyaot`);
      expect(r.stdout + r.stderr).toContain(`${f}:9:9: error: subclassing 'complex' is not supported by pyaot`);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
