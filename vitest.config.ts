import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    reporters: ['default', './tests/helpers/plain-summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: browser tests and scrapes in parallel files starve each other.
    maxWorkers: 2,
  },
});
