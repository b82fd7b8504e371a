// Runs the timing files in bench/ (figures, not tests), e.g.
//   npx vitest run --config bench/vitest.config.ts bench/btyd-scale.test.ts
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 900_000,
    env: { TZ: 'UTC' },
  },
});
