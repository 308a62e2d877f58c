// Program-side fast paths for dicts and for two allocations of the dynamic path
// (zig-runtime/abi/client_dict.zig, zig-runtime/abi/client_ops.zig modTuple/getslice,
// compiler/codegen/expr.ts and attr-site.ts): d[k], k in d, d[k] = v and d.get(k[, default])
// probed inline for small int and str keys; `"literal" % (a, b)` with a stack tuple; `x[a:b]`
// with a stack slice object. The scripts give every case that must leave the fast path (other
// key types, keys equal by __eq__, an __eq__ that empties the dict mid-lookup, subclasses,
// __missing__, unhashable keys, other receivers) and must print exactly what python3 prints.
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

const dir = path.join(repoRoot, 'tests', 'runtime', 'dict-fastpath');

describe('dict, %-tuple and slice fast paths against CPython', () => {
  // Building the runtime takes a minute of CPU; much longer on a loaded machine.
  it('dict_fast.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'dict_fast.py'), 1_200_000);
  });

  it('aug_fast.py (d[k] op= c) prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'aug_fast.py'), 1_200_000);
  });

  it('fmt_slice.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'fmt_slice.py'), 1_200_000);
  });

  // Comprehensions over range() counted with machine ints (compiler/codegen/func.ts).
  it('range_comp.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'range_comp.py'), 1_200_000);
  });

  // The index's hash tags and setdefault's single probe (zig-runtime/core/dict.zig).
  it('dict_table.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(dir, 'dict_table.py'), 1_200_000);
  });
});
