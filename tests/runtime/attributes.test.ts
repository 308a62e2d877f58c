// Attribute access on user-class instances (zig-runtime/core/attr.zig with the lookup cache of
// core/attr_cache.zig, and the program-side fast paths of abi/client_attr.zig):
// tests/runtime/attributes/attr_paths.py runs through the real CLI and must print exactly what
// python3 prints, including the cases where the fast paths must defer to the generic lookup.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'attributes');

describe('attribute access against CPython', () => {
  // Building the runtime takes a minute of CPU; much longer on a loaded machine.
  it('attr_paths.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'attr_paths.py'), 1_200_000);
  });
  it('class_keywords.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'class_keywords.py'), 1_200_000);
  });
  it('dir_names.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'dir_names.py'), 1_200_000);
  });
  it('instance_dicts.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'instance_dicts.py'), 1_200_000);
  });
  it('slots_layout.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'slots_layout.py'), 1_200_000);
  });
  it('private_names.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'private_names.py'), 1_200_000);
  });
  // @dataclass __init__ written by the compiler (compiler/resolve/dataclass-init.ts) or left to
  // pylib's generic one: both must be CPython's, errors included.
  it('dataclass_init.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'dataclass_init.py'), 1_200_000);
  });
  // Property getters called straight from attribute sites, and the generic lookup's fallbacks
  // (rebinding, __getattr__ after a getter's AttributeError).
  it('property_getters.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'property_getters.py'), 1_200_000);
  });
  // Attribute sites read a namedtuple's fields from the tuple (mode .tuple_field).
  it('namedtuple_fields.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'namedtuple_fields.py'), 1_200_000);
  });
  it('dunder_ops.py (user comparison and pow dunders) prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'dunder_ops.py'), 1_200_000);
  });
  it('metaclasses.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'metaclasses.py'), 1_200_000);
  });
});
