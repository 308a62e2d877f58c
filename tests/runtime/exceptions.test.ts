// Exception details (zig-runtime/core/exc.zig, builtins/excattrs.zig, builtins/traceback_obj.zig,
// builtins/subclasses.zig, the raise/with/except* support in core/stmt_rt.zig and
// core/excgroup.zig, call-binding messages) and dir() without arguments (compiler/codegen/dir.ts):
// tests/runtime/exceptions/exc_details.py and unbound_methods.py run through the real CLI and must
// print exactly what python3 prints.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'exceptions');

describe('exception details against CPython', () => {
  // Building the runtime takes a minute of CPU; much longer on a loaded machine.
  it('exc_details.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'exc_details.py'), 1_200_000);
  });
  it('unbound_methods.py (object/BaseException methods called through the class) prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'unbound_methods.py'), 1_200_000);
  });
});
