// Every program of the shared corpus and benchmarks parses to exactly CPython's ast.dump.

import { describe, expect, it } from 'vitest';
import { compareWithCPython, sharedPrograms } from './oracle.js';

const files = sharedPrograms();

describe.skipIf(files === null)('shared corpus and benchmarks', () => {
  it('parses every program to the same ast.dump as CPython', async () => {
    expect(files!.length).toBeGreaterThan(0);
    const result = await compareWithCPython(files!);
    expect(result.mismatches).toEqual([]);
    expect(result.identical + result.rejectedByBoth).toBe(files!.length);
  });
});
