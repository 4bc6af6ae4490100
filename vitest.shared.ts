import { defineConfig } from 'vitest/config';

/**
 * Shared Vitest settings: tests read workspace packages from their TypeScript source through the
 * `@mbi/source` export condition, so no watch build is needed, and every run also writes a JSON
 * report that `.ci/summary.mjs` adds up into CI's single `N passed, N failed` line.
 */
export const sharedConfig = defineConfig({
  resolve: { conditions: ['@mbi/source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['@mbi/source', 'module', 'node', 'development|production'] } },
  test: {
    // Time limits only guard against hangs (speed is measured by benchmarks, not tests): the whole repo's
    // suites share 2 cores under turbo, so a test may wait long for CPU. Seen: a PGlite start and a 200-run
    // property test each past 60 s while other work loaded the machine (load average 17): five minutes.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
