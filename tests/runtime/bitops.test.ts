// Bitwise operators and shifts on values of unknown type (abi/client_ops.zig inlines them for
// two small ints): tests/runtime/bitops/bitwise_values.py must print exactly what python3 prints.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'bitops');

describe('bitwise operators against CPython', () => {
  // Building the runtime takes a minute of CPU; much longer on a loaded machine.
  it('bitwise_values.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'bitwise_values.py'), 1_200_000);
  });
});
