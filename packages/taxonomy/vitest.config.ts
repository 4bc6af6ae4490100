import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

// Type tests (`*.test-d.ts`) run with the others, so `vitest run` alone checks the typed API too.
export default mergeConfig(
  sharedConfig,
  defineConfig({ test: { typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] } } }),
);
