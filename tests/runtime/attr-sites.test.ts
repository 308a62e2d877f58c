// Per-site inline caches for attribute access, method calls and class instantiation
// (abi/client_attr.zig, emitted by compiler/codegen/attr-site.ts):
// tests/runtime/attributes/attr_sites.py warms each site, then changes the class, the instance
// or the callee under it; it must print exactly what python3 prints.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastLine, repoRoot, runPyaot } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'attributes');

describe('attribute and call sites against CPython', () => {
  // Building the runtime takes a minute of CPU; much longer on a loaded machine.
  it('attr_sites.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'attr_sites.py'), 1_200_000);
  });
  // The sites' guard epoch and the instance dicts' bloom bits: every way a class dict changes
  // shape, or an instance dict gains a key that shadows a method.
  it('site_guards.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'site_guards.py'), 1_200_000);
  });
  // The commonest hits: the remembered instance dict position (and its "none"), and a method
  // way's remembered bloom bits, under deletions, other layouts, descriptors and shadowing.
  it('site_hits.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'site_hits.py'), 1_200_000);
  });
});

describe('native modules are fixed', () => {
  // A call site keeps the function it found on a native module (Module.fixed), so rebinding one
  // of the module's own names is refused where it happens instead of being ignored by the sites.
  it('rebinding random.random raises at the assignment; new names and sys.argv are allowed', { timeout: 1_200_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-fixed-'));
    const file = path.join(dir, 'patch.py');
    fs.writeFileSync(file, 'import random, sys\nrandom.extra = 1\nsys.argv = ["a"]\nprint(random.extra, sys.argv)\nrandom.random = lambda: 4\nprint("not reached")\n');
    const r = runPyaot([file], { timeoutMs: 1_200_000 });
    expect(r.stdout).toBe("1 ['a']\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 5, in <module>');
    expect(lastLine(r.stderr)).toBe("AttributeError: pyaot: cannot rebind 'random' of module 'random' at run time (pyaot's native modules are fixed)");
  });
});
