import * as os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The CLI's fast path is CommonJS TypeScript (cli/launch.cts, cache/hit.cts); Vite strips
  // types only from .ts/.mts/.tsx/.jsx unless told.
  oxc: { include: /\.(m?ts|cts|[jt]sx)$/ },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: 'forks',
    // One test file per core. Vitest's default leaves a core for its own process (cores - 1:
    // a single worker on a 2-core machine), but our workers spend their time waiting on
    // single-threaded child processes (zig build-exe, the built program, python3), so the
    // suite ran one file at a time with a core idle.
    maxWorkers: os.availableParallelism(),
    setupFiles: ['tests/helpers/cleanup.ts'],
  },
});
