import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

/**
 * Two projects in one run, so that one JSON report counts both: component tests in jsdom (`src/`), and the
 * end-to-end tests (`e2e/`), which drive Debian's Chromium against the built API and dashboard.
 */
export default mergeConfig(
  sharedConfig,
  defineConfig({
    plugins: [react()],
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}'],
            setupFiles: ['src/test/load-languages.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['e2e/**/*.test.ts'],
            fileParallelism: false,
            // The whole repository's tests share two cores under turbo: a page may take seconds to answer.
            expect: { poll: { timeout: 30_000 } },
          },
        },
      ],
    },
  }),
);
