// traceback (pylib/traceback.py) and the frames tracebacks record (compiler/codegen/context.ts
// exitRoute: a caught exception keeps the frame that caught it; comprehensions get their
// `<listcomp>` frames; recursion is cut off after three repeats): tests/runtime/traceback/main.py
// must print exactly what python3 prints, the `~~^^` marker lines aside (filtered by the script).
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { repoRoot } from '../helpers/pyaot.js';
import { expectScriptMatches } from '../helpers/sections.js';

describe('traceback against CPython', () => {
  it('main.py prints what python3 prints', { timeout: 1_200_000 }, () => {
    expectScriptMatches(path.join(repoRoot, 'tests', 'runtime', 'traceback', 'main.py'), 1_200_000);
  });
});
