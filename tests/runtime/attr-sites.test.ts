// Per-site inline caches for attribute access, method calls and class instantiation
// (abi/client_attr.zig, emitted by compiler/codegen/attr-site.ts):
// tests/runtime/attributes/attr_sites.py warms each site, then changes the class, the instance
// or the callee under it; it must print exactly what python3 prints.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
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
});
