import { existsSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig, type TestProjectConfiguration } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

/**
 * Two projects in one run, so that one JSON report counts both: component tests in jsdom (`src/`), and the
 * end-to-end tests (`e2e/`), which drive Debian's Chromium against the built API and dashboard.
 *
 * Chromium is a system package, like PostgreSQL for the database tests: a machine without it runs the
 * component tests and says that the end-to-end tests were not run; CI (`CI=true`, where `.ci/run` installs
 * Chromium) always runs them, and they fail there, saying why, if it is missing.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const withBrowser = existsSync(CHROMIUM) || process.env.CI === 'true';
if (!withBrowser) {
  console.warn(
    `@mbi/dashboard: the end-to-end tests were not run: no Chromium at ${CHROMIUM}. Install Debian's package ` +
      '(apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH; .ci/run installs it and runs them.',
  );
}

const E2E: TestProjectConfiguration = {
  extends: true,
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    fileParallelism: false,
    // The whole repository's tests share two cores under turbo: a page may take seconds to answer.
    expect: { poll: { timeout: 30_000 } },
  },
};

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
            setupFiles: ['src/test/load-languages.ts', 'src/test/testing-library.ts'],
          },
        },
        ...(withBrowser ? [E2E] : []),
      ],
    },
  }),
);
