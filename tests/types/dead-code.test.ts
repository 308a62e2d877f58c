// Code after `return`/`raise` is not compiled (codegen stops at a statement that ends its block):
// parameters and locals used only there once made Zig reject the program (unused parameter,
// unused local). dead_code.py has them in functions, methods, typed specializations,
// generators and closures, and must print what python3 prints.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

describe('dead code after return', () => {
  it('dead_code.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(repoRoot, 'tests', 'types', 'dead_code.py'), 1_200_000);
  });
});
