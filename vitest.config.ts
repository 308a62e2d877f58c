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
    setupFiles: ['tests/helpers/cleanup.ts'],
  },
});
