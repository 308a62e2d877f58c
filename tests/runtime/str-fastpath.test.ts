// Method-call fast paths (zig-runtime/abi/client_attr.zig, zig-runtime/methods/fastcall.zig,
// compiler/codegen/attr-site.ts): str methods called directly on an exact str, builtin-type
// methods remembered per call site, module functions, int(float) and the presized split of a
// long text. tests/runtime/str-fastpath/fastpath.py warms each site, then gives it subclasses
// (with and without overrides), other receiver types and bad arguments; it must print exactly
// what python3 prints.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'str-fastpath');

describe('method-call fast paths against CPython', () => {
  // Building the runtime takes a minute of CPU; much longer on a loaded machine.
  it('fastpath.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'fastpath.py'), 1_200_000);
  });

  // The whitespace split of a long ASCII text shares repeated words (zig-runtime/text/
  // strsplit.zig splitAsciiSpaceShared): hashes, equality, counts and independence of the
  // pieces, texts without repeats, one-character words, the size threshold, other receivers.
  it('split_shared.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'split_shared.py'), 1_200_000);
  });

  // `s += x` in loops that only append to `s` (compiler/codegen/str-append.ts): strs shared
  // before the loop, resets, break/else, exceptions mid-loop, __radd__ keeping the operand,
  // subclasses, big ints, loops that read `s` (not optimized), `+=` error messages.
  it('appends.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'appends.py'), 1_200_000);
  });
});
