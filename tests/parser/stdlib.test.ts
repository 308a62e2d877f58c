// The standard-library walk: for every .py file of CPython's stdlib (site-packages excluded:
// third-party code is not the standard library), pyaot's ast.dump is byte-identical to
// CPython's when CPython parses the file, and pyaot rejects it when CPython does. 100%, no skip
// list. `npm test` walks a fixed third of the files; `npm run test:stdlib` (PYAOT_STDLIB_FULL=1)
// walks all of them.

import { describe, expect, it } from 'vitest';
import { compareWithCPython, stdlibFiles } from './oracle.js';

const full = process.env.PYAOT_STDLIB_FULL === '1';
const all = stdlibFiles();
const files = full ? all : all.filter((_, i) => i % 3 === 0);

describe('CPython standard library', () => {
  it(`parses ${full ? 'every' : 'a fixed third of the'} stdlib file(s) exactly as CPython does`, async () => {
    expect(files.length).toBeGreaterThan(full ? 1000 : 300);
    const result = await compareWithCPython(files);
    console.log(
      `stdlib: ${result.total} files, ${result.identical} identical dumps, ` +
        `${result.rejectedByBoth} rejected by both, ${result.mismatches.length} mismatches`,
    );
    expect(result.mismatches).toEqual([]);
  }, 900_000);
});
